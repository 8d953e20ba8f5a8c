package openai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"

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

// FineTuneEvent is one event of a job, oldest first in EventsSince's answer.
type FineTuneEvent struct {
	ID        string
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

// Complete sends a chat request to the same server, for the smoke test of a
// fine-tuned model.
func (c *FineTuneClient) Complete(ctx context.Context, req llm.Request) (llm.Response, error) {
	return c.p.Complete(ctx, req)
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
	var body struct {
		Error *struct {
			Code    any    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if c.getJSON(ctx, "reading fine-tuning job "+id, "/fine_tuning/jobs/"+url.PathEscape(id), &body) != nil || body.Error == nil {
		return "", ""
	}
	if body.Error.Code != nil {
		code = fmt.Sprint(body.Error.Code)
	}
	return c.p.red.String(code), llm.Clip(c.p.red.String(body.Error.Message))
}

// An events read asks for pages of eventPage events and follows at most
// maxEventPages of them: 2,000 events between two polls is far beyond any job's
// pace, and the bound keeps a server that always says has_more from looping.
const (
	eventPage     = 100
	maxEventPages = 20
)

// EventsSince returns the job's events newer than the event whose id is since
// (every event when since is ""), oldest first. The API lists events newest
// first and pages towards older ones with `after`; go-openai's event type has
// no id to page with, so the list is read with plain GETs. cut reports that
// the page bound stopped the read before it reached since: older new events
// were not read.
func (c *FineTuneClient) EventsSince(ctx context.Context, id, since string) (events []FineTuneEvent, cut bool, err error) {
	what := "reading the events of fine-tuning job " + id
	after := ""
	for page := 0; ; page++ {
		if page == maxEventPages {
			cut = true
			break
		}
		q := url.Values{"limit": {strconv.Itoa(eventPage)}}
		if after != "" {
			q.Set("after", after)
		}
		var list struct {
			Data []struct {
				ID        string `json:"id"`
				CreatedAt int64  `json:"created_at"`
				Level     string `json:"level"`
				Message   string `json:"message"`
			} `json:"data"`
			HasMore bool `json:"has_more"`
		}
		if err := c.getJSON(ctx, what, "/fine_tuning/jobs/"+url.PathEscape(id)+"/events?"+q.Encode(), &list); err != nil {
			return nil, false, err
		}
		reached := false
		for _, e := range list.Data {
			if reached = since != "" && e.ID == since; reached {
				break
			}
			events = append(events, FineTuneEvent{ID: e.ID, CreatedAt: e.CreatedAt, Level: e.Level,
				Message: llm.Clip(c.p.red.String(e.Message))})
		}
		if reached || !list.HasMore || len(list.Data) == 0 {
			break
		}
		after = list.Data[len(list.Data)-1].ID
	}
	slices.Reverse(events)
	return events, cut, nil
}

// getJSON GETs path under the API root and decodes a 200 reply into v; other
// replies become *llm.Error the way the SDK's calls do (status classes,
// Retry-After, redaction), with what in front of the message.
func (c *FineTuneClient) getJSON(ctx context.Context, what, path string, v any) error {
	ctx, meta := llm.WithResponseMeta(ctx)
	fail := func(e *llm.Error) error {
		e.Message = what + ": " + e.Message
		return e
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return fail(&llm.Error{Class: llm.BadRequest, Message: "request not sent: " + c.p.red.String(err.Error())})
	}
	if c.key != "" {
		req.Header.Set("Authorization", "Bearer "+c.key)
	}
	if c.org != "" {
		req.Header.Set("OpenAI-Organization", c.org)
	}
	resp, err := c.p.http.Do(req)
	if err != nil {
		return fail(c.p.mapError(ctx, err, meta, ""))
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return fail(c.p.mapError(ctx, err, meta, ""))
	}
	if resp.StatusCode != http.StatusOK {
		var eb struct {
			Error struct {
				Code    any    `json:"code"`
				Type    string `json:"type"`
				Message string `json:"message"`
			} `json:"error"`
		}
		b := errorBody{status: resp.StatusCode}
		if json.Unmarshal(body, &eb) == nil && eb.Error.Message != "" {
			b.typ, b.msg = eb.Error.Type, eb.Error.Message
			if eb.Error.Code != nil {
				b.code = fmt.Sprint(eb.Error.Code)
			}
		} else {
			b.msg = string(body)
		}
		e := c.p.fromStatus(b, meta.RetryAfter(), fmt.Errorf("GET %s: status %d", path, resp.StatusCode), "")
		if resp.StatusCode == http.StatusNotFound {
			e.Hint = "check the job id and that OPENAI_BASE_URL is the API root the job was created under"
		}
		return fail(e)
	}
	if err := json.Unmarshal(body, v); err != nil {
		return fail(&llm.Error{Class: llm.Malformed, Message: "the reply is not the JSON expected: " + c.p.red.String(err.Error()),
			Hint: "check that OPENAI_BASE_URL points at an OpenAI-compatible API", Err: c.p.red.Opaque(err)})
	}
	return nil
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
