package openai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/domainyours/domainyours/internal/llm"
)

// Fine-tuning job statuses as the API reports them.
const (
	JobValidatingFiles = "validating_files"
	JobQueued          = "queued"
	JobRunning         = "running"
	JobSucceeded       = "succeeded"
	JobFailed          = "failed"
	JobCancelled       = "cancelled"
)

// FineTuneRequest is a fine-tuning job to create. Zero hyperparameters are
// left to the server ("auto").
type FineTuneRequest struct {
	TrainingFile, ValidationFile string
	Model                        string
	Suffix                       string
	Epochs                       int
	LearningRateMultiplier       float64
	BatchSize                    int
}

// FineTuneJob is the part of a fine-tuning job the orchestration needs.
type FineTuneJob struct {
	ID             string
	Status         string
	Model          string
	FineTunedModel string
	ResultFiles    []string
	TrainedTokens  int
	Epochs         int // as the server resolved them; 0 when not reported
	// ErrorCode and ErrorMessage are the API's reason for a failed job.
	ErrorCode, ErrorMessage string
}

// Terminal reports whether the job will not change any more.
func (j FineTuneJob) Terminal() bool {
	return j.Status == JobSucceeded || j.Status == JobFailed || j.Status == JobCancelled
}

// FineTuneEvent is one event of a job, oldest first in Events' answer.
type FineTuneEvent struct {
	CreatedAt int64
	Level     string
	Message   string
}

// FineTuneClient calls the Files and fine-tuning jobs APIs of an
// OpenAI-compatible server. Like Provider it never retries.
type FineTuneClient struct {
	*BatchClient // file uploads and downloads share the batch client's limits
	key, org     string
	base         string
}

// NewFineTuneClient checks cfg as New does.
func NewFineTuneClient(cfg Config) (*FineTuneClient, error) {
	b, err := NewBatchClient(cfg)
	if err != nil {
		return nil, err
	}
	return &FineTuneClient{BatchClient: b, key: cfg.APIKey, org: cfg.Organization, base: cfg.apiRoot()}, nil
}

// UploadTrainingFile uploads a JSONL file of conversations with purpose
// "fine-tune" and returns its file id.
func (c *FineTuneClient) UploadTrainingFile(ctx context.Context, name string, jsonl []byte) (string, error) {
	return c.upload(ctx, "uploading "+name, name, name, jsonl, goopenai.PurposeFineTune)
}

// CreateJob starts a fine-tuning job.
func (c *FineTuneClient) CreateJob(ctx context.Context, r FineTuneRequest) (FineTuneJob, error) {
	req := goopenai.FineTuningJobRequest{TrainingFile: r.TrainingFile, ValidationFile: r.ValidationFile, Model: r.Model, Suffix: r.Suffix}
	if r.Epochs > 0 || r.LearningRateMultiplier > 0 || r.BatchSize > 0 {
		h := &goopenai.Hyperparameters{}
		if r.Epochs > 0 {
			h.Epochs = r.Epochs
		}
		if r.LearningRateMultiplier > 0 {
			h.LearningRateMultiplier = r.LearningRateMultiplier
		}
		if r.BatchSize > 0 {
			h.BatchSize = r.BatchSize
		}
		req.Hyperparameters = h
	}
	return sdkCall(ctx, c.BatchClient, "creating a fine-tuning job on "+r.Model, func(ctx context.Context) (goopenai.FineTuningJob, error) {
		return c.sdk.CreateFineTuningJob(ctx, req)
	}, jobOf)
}

// RetrieveJob reads a job's current state; for a failed job it also reads
// the API's reason, which go-openai does not decode.
func (c *FineTuneClient) RetrieveJob(ctx context.Context, id string) (FineTuneJob, error) {
	j, err := sdkCall(ctx, c.BatchClient, "reading fine-tuning job "+id, func(ctx context.Context) (goopenai.FineTuningJob, error) {
		return c.sdk.RetrieveFineTuningJob(ctx, id)
	}, jobOf)
	if err != nil || j.Status != JobFailed {
		return j, err
	}
	j.ErrorCode, j.ErrorMessage = c.jobError(ctx, id)
	return j, nil
}

// jobError reads the error object of a failed job with a plain GET: the
// SDK's FineTuningJob has no field for it. A failure to read it leaves the
// reason empty; the events usually repeat it.
func (c *FineTuneClient) jobError(ctx context.Context, id string) (code, msg string) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/fine_tuning/jobs/"+id, nil)
	if err != nil {
		return "", ""
	}
	if c.key != "" {
		req.Header.Set("Authorization", "Bearer "+c.key)
	}
	if c.org != "" {
		req.Header.Set("OpenAI-Organization", c.org)
	}
	resp, err := c.p.http.Do(req)
	if err != nil {
		return "", ""
	}
	defer resp.Body.Close()
	var body struct {
		Error *struct {
			Code    any    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if resp.StatusCode != http.StatusOK || json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&body) != nil || body.Error == nil {
		return "", ""
	}
	if body.Error.Code != nil {
		code = fmt.Sprint(body.Error.Code)
	}
	return c.p.red.String(code), llm.Clip(c.p.red.String(body.Error.Message))
}

// Events returns the job's latest events (at most limit), oldest first.
func (c *FineTuneClient) Events(ctx context.Context, id string, limit int) ([]FineTuneEvent, error) {
	var list goopenai.FineTuningJobEventList
	err := c.call(ctx, "reading the events of fine-tuning job "+id, func(ctx context.Context) (err error) {
		list, err = c.sdk.ListFineTuningJobEvents(ctx, id, goopenai.ListFineTuningJobEventsWithLimit(limit))
		return err
	})
	if err != nil {
		return nil, err
	}
	out := make([]FineTuneEvent, len(list.Data))
	for i, e := range list.Data {
		out[i] = FineTuneEvent{CreatedAt: e.CreatedAt, Level: e.Level, Message: llm.Clip(c.p.red.String(e.Message))}
	}
	// The API lists newest first.
	sort.SliceStable(out, func(a, b int) bool { return out[a].CreatedAt < out[b].CreatedAt })
	return out, nil
}

// CancelJob asks the server to stop a job.
func (c *FineTuneClient) CancelJob(ctx context.Context, id string) (FineTuneJob, error) {
	return sdkCall(ctx, c.BatchClient, "cancelling fine-tuning job "+id, func(ctx context.Context) (goopenai.FineTuningJob, error) {
		return c.sdk.CancelFineTuningJob(ctx, id)
	}, jobOf)
}

func jobOf(j goopenai.FineTuningJob) (FineTuneJob, error) {
	if j.ID == "" || j.Status == "" {
		return FineTuneJob{}, &llm.Error{Class: llm.Malformed, Message: "the server's fine-tuning job has no id or status"}
	}
	out := FineTuneJob{ID: j.ID, Status: j.Status, Model: j.Model, FineTunedModel: j.FineTunedModel,
		ResultFiles: j.ResultFiles, TrainedTokens: j.TrainedTokens}
	// n_epochs is a number once resolved, "auto" before.
	if n, ok := j.Hyperparameters.Epochs.(float64); ok {
		out.Epochs = int(n)
	}
	return out, nil
}

// errNoResult is a succeeded job without a result file.
var errNoResult = errors.New("the job succeeded but lists no result file")

// ResultFile downloads the job's first result file (its CSV of step,
// train_loss, valid_loss, ...).
func (c *FineTuneClient) ResultFile(ctx context.Context, j FineTuneJob) ([]byte, error) {
	if len(j.ResultFiles) == 0 {
		return nil, &llm.Error{Class: llm.Malformed, Message: errNoResult.Error(), Err: errNoResult}
	}
	return c.DownloadFile(ctx, j.ResultFiles[0])
}
