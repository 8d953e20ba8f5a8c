package trainer

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/domainyours/domainyours/internal/atomicfile"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/lazyregexp"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/openai"
	"github.com/domainyours/domainyours/internal/prompt"
)

// BackendOpenAI is the managed fine-tuning backend: the model is trained and
// served by an OpenAI-compatible fine-tuning API, not by llama.cpp and
// Ollama. Manifests of such versions say so in Backend.
const BackendOpenAI = "openai"

// MethodManaged is the manifest's method for a provider-trained model.
const MethodManaged = "managed"

// FineTuner is the fine-tuning API train talks to (openai.FineTuneClient).
type FineTuner interface {
	UploadTrainingFile(ctx context.Context, name string, jsonl []byte) (string, error)
	CreateJob(ctx context.Context, r openai.FineTuneRequest) (openai.FineTuneJob, error)
	RetrieveJob(ctx context.Context, id string) (openai.FineTuneJob, error)
	EventsSince(ctx context.Context, id, since string) (events []openai.FineTuneEvent, cut bool, err error)
	CancelJob(ctx context.Context, id string) (openai.FineTuneJob, error)
	ResultFile(ctx context.Context, j openai.FineTuneJob) ([]byte, error)
	// Complete chats with a model on the same server: the smoke test of the
	// fine-tuned model.
	completer
}

// OpenAIJob is what a managed run needs beyond Config.
type OpenAIJob struct {
	Client FineTuner
	Model  string // the base, e.g. gpt-4o-mini-2024-07-18
	// Zero values are left to the provider ("auto").
	Epochs                 int
	LearningRateMultiplier float64
	BatchSize              int
	// Poll is the wait between status reads (0: DefaultPoll).
	Poll time.Duration
	// OnProgress, when set, is called after every status read.
	OnProgress func(JobProgress)
}

// DefaultPoll is how often a managed job's status is read: jobs take
// minutes to hours, and every read is a request.
const DefaultPoll = 15 * time.Second

// JobProgress is a managed job's state for a progress display.
type JobProgress struct {
	Run, Status string
	Step, Steps int
	TrainLoss   float64 // NaN until the first metrics event
	ValLoss     float64 // NaN until a validation loss was reported
	Done        bool
}

// jobRecord is the journal of a managed run: written after each paid step
// so that an interrupted run picks up where it stopped instead of
// uploading or starting a second job.
type jobRecord struct {
	Fingerprint    jobFingerprint `json:"fingerprint"`
	TrainingFile   string         `json:"training_file,omitempty"`
	ValidationFile string         `json:"validation_file,omitempty"`
	JobID          string         `json:"job_id,omitempty"`
}

type jobFingerprint struct {
	Dataset   string  `json:"dataset_sha256"`
	Model     string  `json:"model"`
	Epochs    int     `json:"epochs"`
	LR        float64 `json:"learning_rate_multiplier"`
	BatchSize int     `json:"batch_size"`
	Prompt    string  `json:"prompt"`
	Seed      int64   `json:"seed"`
}

const jobFile = "openai-job.json"

func (cfg Config) jobPath() string {
	return filepath.Join(cfg.layout().PartialDir(cfg.name()), jobFile)
}

func readJob(path string) (*jobRecord, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var r jobRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%s: %w (delete it to start over; a job it names keeps running on the provider)", path, err)
	}
	return &r, nil
}

// RunOpenAI trains a version through a managed fine-tuning API: the rows
// rendered as local training renders them, uploaded as training and
// validation files, one job, followed until it ends, its result file turned
// into metrics.csv and loss.png, and the version's manifest naming the
// fine-tuned model. A journaled job is followed again, never created twice.
func RunOpenAI(ctx context.Context, cfg Config, job OpenAIJob) (*Result, error) {
	start := time.Now()
	cfg, err := cfg.managed()
	if err != nil {
		return nil, err
	}
	if err := job.CheckJob(); err != nil {
		return nil, err
	}
	if job.Poll == 0 {
		job.Poll = DefaultPoll
	}
	name, d, err := claimVersion(cfg)
	if err != nil {
		return nil, err
	}
	fp := jobFingerprint{Dataset: d.sha256, Model: job.Model, Epochs: job.Epochs, LR: job.LearningRateMultiplier,
		BatchSize: job.BatchSize, Prompt: prompt.Hash(5), Seed: cfg.Hyper.Seed}
	path := cfg.jobPath()
	rec, err := readJob(path)
	if err != nil {
		return nil, err
	}
	if rec != nil && rec.Fingerprint != fp {
		return nil, exitcode.New(exitcode.Usage, fmt.Errorf("%s records fine-tuning job %q made with another dataset, model or hyperparameters", path, rec.JobID),
			fmt.Sprintf("rerun with the same settings to follow it, or `domainyours train --version %s --backend openai --cancel` to cancel it first", cfg.Version))
	}
	if rec == nil {
		rec = &jobRecord{Fingerprint: fp}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("create the work folder: %w", err)
	}
	save := func() error { return WriteJSON(path, rec) }

	fmt.Fprintf(cfg.Log, "train %s: %d rows (%d train, %d validation), base %s on the OpenAI fine-tuning API\n",
		name, len(d.rows), len(d.train), len(d.val), job.Model)
	for _, f := range []struct {
		id   *string
		file string
		rows []dataset.Row
	}{{&rec.TrainingFile, "train", d.train}, {&rec.ValidationFile, "validation", d.val}} {
		if *f.id != "" {
			continue // uploaded before the interruption
		}
		var b bytes.Buffer
		if err := WriteJSONL(&b, f.rows); err != nil {
			return nil, err
		}
		id, err := job.Client.UploadTrainingFile(ctx, fmt.Sprintf("domainyours-%s-%s.jsonl", name, f.file), b.Bytes())
		if err != nil {
			return nil, err
		}
		*f.id = id
		if err := save(); err != nil {
			return nil, err
		}
	}
	if rec.JobID == "" {
		j, err := job.Client.CreateJob(ctx, openai.FineTuneRequest{TrainingFile: rec.TrainingFile, ValidationFile: rec.ValidationFile,
			Model: job.Model, Suffix: "domainyours-" + name, Epochs: job.Epochs, LearningRateMultiplier: job.LearningRateMultiplier, BatchSize: job.BatchSize})
		if err != nil {
			return nil, err
		}
		rec.JobID = j.ID
		if err := save(); err != nil {
			return nil, err
		}
		fmt.Fprintf(cfg.Log, "created fine-tuning job %s (journaled in %s: an interrupted run follows it again)\n", j.ID, path)
	} else {
		fmt.Fprintf(cfg.Log, "following fine-tuning job %s from %s\n", rec.JobID, path)
	}

	j, err := follow(ctx, cfg, job, rec.JobID)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("job %s keeps running on the provider; rerun the same command to follow it, or add --cancel to cancel it: %w", rec.JobID, ctx.Err())
		}
		return nil, err
	}
	switch j.Status {
	case openai.JobFailed:
		_ = removeIfExists(filepath.Dir(path)) // a rerun starts a new job
		return nil, jobFailed(j)
	case openai.JobCancelled:
		_ = removeIfExists(filepath.Dir(path))
		return nil, exitcode.New(exitcode.Failure, fmt.Errorf("fine-tuning job %s was cancelled", j.ID), "rerun train to start a new job")
	}
	if j.FineTunedModel == "" {
		return nil, &llm.Error{Class: llm.Malformed, Message: fmt.Sprintf("fine-tuning job %s succeeded but names no fine-tuned model", j.ID)}
	}
	result, err := job.Client.ResultFile(ctx, j)
	if err != nil {
		return nil, err
	}
	epochs := j.Epochs
	if epochs == 0 {
		epochs = job.Epochs
	}
	metrics, err := resultMetrics(result, epochs)
	if err != nil {
		return nil, fmt.Errorf("the result file of job %s: %w", j.ID, err)
	}
	man := Manifest{
		Method: MethodManaged, Backend: BackendOpenAI, Version: cfg.Version, Name: name,
		Dataset: portablePath(cfg.ProjectRoot, d.path), DatasetSHA256: d.sha256, Rows: len(d.rows), SkippedInvalid: d.rejected,
		TrainRows: len(d.train), ValRows: len(d.val), PromptVersion: prompt.Version, PromptHash: prompt.Hash(5),
		Base: BaseRecord{Name: job.Model}, Hyper: Hyper{Epochs: epochs, Seed: cfg.Hyper.Seed}, GitRevision: cfg.GitRevision, Epochs: metrics,
		Job: &JobRecord{ID: j.ID, TrainingFile: rec.TrainingFile, ValidationFile: rec.ValidationFile, FineTunedModel: j.FineTunedModel,
			TrainedTokens: j.TrainedTokens, Epochs: epochs, LearningRateMultiplier: job.LearningRateMultiplier, BatchSize: job.BatchSize},
	}
	man.Trainer = TrainerRecord{Name: "openai fine-tuning API", Args: []string{}}
	man.BestEpoch, man.BestValLoss = bestEpoch(metrics)
	res, err := finalize(ctx, cfg, name, &openaiArtifact{model: j.FineTunedModel, result: result, chat: job.Client, timeout: cfg.SmokeTimeout}, man, start)
	if err != nil {
		return nil, err
	}
	if err := removeIfExists(filepath.Dir(path)); err != nil {
		fmt.Fprintf(cfg.Log, "warning: could not remove the work folder %s: %v\n", filepath.Dir(path), err)
	}
	return res, nil
}

// managed normalizes a managed run's Config: of Hyper it takes only the
// split's seed (the provider's hyperparameters are in OpenAIJob).
func (cfg Config) managed() (Config, error) {
	seed := cfg.Hyper.Seed
	cfg.Hyper = DefaultHyper()
	cfg.Hyper.Seed = seed
	return cfg.normalize()
}

// JobRecord is a managed fine-tuning job in a manifest.
type JobRecord struct {
	ID                     string  `json:"id"`
	TrainingFile           string  `json:"training_file"`
	ValidationFile         string  `json:"validation_file"`
	FineTunedModel         string  `json:"fine_tuned_model"`
	TrainedTokens          int     `json:"trained_tokens"`
	Epochs                 int     `json:"epochs,omitempty"`
	LearningRateMultiplier float64 `json:"learning_rate_multiplier,omitempty"`
	BatchSize              int     `json:"batch_size,omitempty"`
}

// jobFailed reports a failed job with the API's reason: an invalid file or
// parameter is the user's input (exit 2), anything else a failure (exit 1).
func jobFailed(j openai.FineTuneJob) error {
	reason := j.ErrorMessage
	if reason == "" {
		reason = "the provider gave no reason"
	}
	if j.ErrorCode != "" {
		reason = j.ErrorCode + ": " + reason
	}
	err := fmt.Errorf("fine-tuning job %s failed: %s", j.ID, reason)
	if strings.HasPrefix(j.ErrorCode, "invalid_") {
		return exitcode.Input(err, "fix the dataset or the flags the provider names, then rerun train (a new job is created)")
	}
	return exitcode.New(exitcode.Failure, err, "rerun train to start a new job")
}

// follow polls the job until it ends, printing each new event and feeding
// the progress display. Transient errors (rate limits, server errors,
// broken connections) are retried at the next poll.
func follow(ctx context.Context, cfg Config, job OpenAIJob, id string) (openai.FineTuneJob, error) {
	last := ""                // the newest event printed; each poll reads only what came after it
	seen := map[string]bool{} // events without an id (not OpenAI's API): printed once all the same
	p := JobProgress{Run: cfg.name(), TrainLoss: math.NaN(), ValLoss: math.NaN()}
	failures := 0
	for {
		j, err := job.Client.RetrieveJob(ctx, id)
		if err == nil {
			var events []openai.FineTuneEvent
			var cut bool
			events, cut, err = job.Client.EventsSince(ctx, id, last)
			if cut {
				fmt.Fprintf(cfg.Log, "job %s: more events since the last poll than one read follows; older ones are not shown\n", id)
			}
			for _, e := range events {
				if e.ID != "" {
					last = e.ID
				} else if key := strconv.FormatInt(e.CreatedAt, 10) + "\x00" + e.Message; seen[key] {
					continue
				} else {
					seen[key] = true
				}
				if !readMetrics(e.Message, &p) {
					fmt.Fprintf(cfg.Log, "job %s: %s\n", id, e.Message)
				}
			}
		}
		if err != nil {
			var le *llm.Error
			if ctx.Err() != nil || !errors.As(err, &le) || !le.Retryable() || failures >= 5 {
				return openai.FineTuneJob{}, err
			}
			failures++
			fmt.Fprintf(cfg.Log, "job %s: %v (trying again)\n", id, err)
		} else {
			failures = 0
			p.Status, p.Done = j.Status, j.Terminal()
			if job.OnProgress != nil {
				job.OnProgress(p)
			}
			if j.Terminal() {
				return j, nil
			}
		}
		t := time.NewTimer(job.Poll)
		select {
		case <-ctx.Done():
			t.Stop()
			return openai.FineTuneJob{}, ctx.Err()
		case <-t.C:
		}
	}
}

// metricsEvent matches OpenAI's metrics events: "Step 10/100: training
// loss=1.234" with an optional ", validation loss=1.3".
var metricsEvent = lazyregexp.New(`^Step (\d+)/(\d+): training loss=([0-9.eE+-]+)(?:, validation loss=([0-9.eE+-]+))?`)

func readMetrics(msg string, p *JobProgress) bool {
	m := metricsEvent.FindStringSubmatch(msg)
	if m == nil {
		return false
	}
	p.Step, _ = strconv.Atoi(m[1])
	p.Steps, _ = strconv.Atoi(m[2])
	if f, err := strconv.ParseFloat(m[3], 64); err == nil {
		p.TrainLoss = f
	}
	if m[4] != "" {
		if f, err := strconv.ParseFloat(m[4], 64); err == nil {
			p.ValLoss = f
		}
	}
	return true
}

// resultMetrics turns a job's result CSV (step, train_loss, valid_loss, and
// on OpenAI full_valid_loss at epoch ends) into per-epoch metrics as local
// runs record them: the mean training loss of the epoch's steps, and its
// last full validation loss, else the mean of its per-step validation
// losses. epochs splits the steps evenly (0: one epoch).
func resultMetrics(data []byte, epochs int) ([]EpochMetrics, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("no header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(h)] = i
	}
	if _, ok := col["step"]; !ok {
		return nil, errors.New("no step column")
	}
	if _, ok := col["train_loss"]; !ok {
		return nil, errors.New("no train_loss column")
	}
	type row struct {
		step             int
		train, val, full float64
	}
	num := func(rec []string, name string) float64 {
		i, ok := col[name]
		if !ok || i >= len(rec) || strings.TrimSpace(rec[i]) == "" {
			return math.NaN()
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(rec[i]), 64)
		if err != nil {
			return math.NaN()
		}
		return f
	}
	var rows []row
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		step, err := strconv.Atoi(strings.TrimSpace(rec[col["step"]]))
		if err != nil {
			return nil, fmt.Errorf("step %q is not a number", rec[col["step"]])
		}
		rows = append(rows, row{step, num(rec, "train_loss"), num(rec, "valid_loss"), num(rec, "full_valid_loss")})
	}
	if len(rows) == 0 {
		return nil, errors.New("no steps")
	}
	if epochs <= 0 {
		epochs = 1
	}
	last := rows[len(rows)-1].step
	per := (last + epochs - 1) / epochs
	out := make([]EpochMetrics, 0, epochs)
	for e := 1; e <= epochs; e++ {
		m := EpochMetrics{Epoch: e, TrainLoss: math.NaN(), ValLoss: math.NaN()}
		var ts, vs float64
		var tn, vn int
		full := math.NaN()
		for _, r := range rows {
			if (r.step-1)/per+1 != e {
				continue
			}
			m.Step = r.step
			if finite(r.train) {
				ts, tn = ts+r.train, tn+1
			}
			if finite(r.val) {
				vs, vn = vs+r.val, vn+1
			}
			if finite(r.full) {
				full = r.full
			}
		}
		if m.Step == 0 {
			continue
		}
		if tn > 0 {
			m.TrainLoss = ts / float64(tn)
		}
		switch {
		case finite(full):
			m.ValLoss = full
		case vn > 0:
			m.ValLoss = vs / float64(vn)
		}
		out = append(out, m)
	}
	return out, nil
}

// bestEpoch is the epoch with the lowest finite validation loss; the
// provider's model is the last epoch's, so this only marks the chart.
func bestEpoch(ms []EpochMetrics) (int, float64) {
	best, loss := 0, math.Inf(1)
	for _, m := range ms {
		if finite(m.ValLoss) && m.ValLoss < loss {
			best, loss = m.Epoch, m.ValLoss
		}
	}
	if best == 0 {
		return 0, 0
	}
	return best, loss
}

// openaiArtifact is a model the provider already serves: its staged file is
// the provider's result file, and registering it is a smoke test of the
// model under its name.
type openaiArtifact struct {
	model   string
	result  []byte
	chat    completer
	timeout time.Duration
}

func (a *openaiArtifact) Stage(_ context.Context, dir string) error {
	return atomicfile.WriteFile(filepath.Join(dir, "openai-result.csv"), a.result, 0o644)
}

// Register asks the fine-tuned model the suggest prompt with the reply
// schema, as local registration does: a job can succeed with a model the
// server does not serve yet, or one whose replies do not decode.
func (a *openaiArtifact) Register(ctx context.Context, _ string) (*Registered, error) {
	reply, err := smoke(ctx, a.chat, a.model, a.timeout)
	if err != nil {
		return nil, fmt.Errorf("smoke test of %s: %w", a.model, err)
	}
	return &Registered{Model: a.model, SmokeTest: reply}, nil
}

func (a *openaiArtifact) RegisterHint() string {
	return "the job is done and still journaled: rerun the same command to repeat the smoke test without a new job (a new model can take a few minutes to be served)"
}

// CancelOpenAI cancels the version's journaled job, forgets it, and prints
// "<version>\tjob <id>\t<status>" on out.
func CancelOpenAI(ctx context.Context, cfg Config, client FineTuner, out io.Writer) error {
	j, err := cancelOpenAI(ctx, cfg, client)
	if err == nil {
		fmt.Fprintf(out, "%s\tjob %s\t%s\n", cfg.name(), j.ID, j.Status)
	}
	return err
}

func cancelOpenAI(ctx context.Context, cfg Config, client FineTuner) (openai.FineTuneJob, error) {
	cfg, err := cfg.managed()
	if err != nil {
		return openai.FineTuneJob{}, err
	}
	path := cfg.jobPath()
	rec, err := readJob(path)
	if err != nil {
		return openai.FineTuneJob{}, err
	}
	if rec == nil || rec.JobID == "" {
		return openai.FineTuneJob{}, exitcode.Input(fmt.Errorf("no fine-tuning job of %s is journaled in %s", cfg.name(), path),
			"nothing to cancel; a job started elsewhere is cancelled in the provider's dashboard")
	}
	j, err := client.CancelJob(ctx, rec.JobID)
	if err != nil {
		return j, err
	}
	if err := removeIfExists(filepath.Dir(path)); err != nil {
		return j, err
	}
	return j, nil
}
