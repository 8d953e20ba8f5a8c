package train_test

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/domainyours/domainyours/internal/app"
	"github.com/domainyours/domainyours/internal/iostreams"
	"github.com/domainyours/domainyours/internal/llm/openaitest"
	"github.com/domainyours/domainyours/internal/prompt"
	"github.com/domainyours/domainyours/internal/trainer"
)

const (
	ftKey   = "sk-ft-canary-5e4d3c2b1a"
	ftModel = "ft:gpt-4o-mini-2024-07-18:acme:domainyours-v1:AbC123"
)

// fineTuneServer is the shared fake OpenAI server (files, chat
// completions, a key it quotes back when refused) with the fine-tuning job
// routes of one job that stays "running" until finish is called; then it
// ends with end.
type fineTuneServer struct {
	*openaitest.Server

	mu       sync.Mutex
	end      string // succeeded, failed or cancelled once finished
	finished bool
	errCode  string        // of a failed job
	chats    []string      // the model of each chat request
	polled   chan struct{} // closed at the first status read of a running job
	once     sync.Once
}

const resultCSV = "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy,full_valid_loss,full_valid_mean_token_accuracy\n" +
	"1,2.0,0.5,2.1,0.5,,\n2,1.6,0.6,1.7,0.6,1.65,0.6\n3,1.2,0.7,1.3,0.7,,\n4,1.0,0.8,1.1,0.8,1.25,0.8\n"

func newFineTuneServer(t *testing.T, end string) *fineTuneServer {
	f := &fineTuneServer{Server: openaitest.New(t), end: end, polled: make(chan struct{})}
	f.RequireKey(ftKey, true) // it quotes the key it got, as some servers do: the redactor must hold
	f.AddFile("file-result", []byte(resultCSV))
	f.Handle("POST /fine_tuning/jobs", func(w http.ResponseWriter, _ *http.Request) {
		openaitest.WriteJSON(w, http.StatusOK, f.job("validating_files"))
	})
	f.Handle("GET /fine_tuning/jobs/ftjob-abc123", func(w http.ResponseWriter, _ *http.Request) {
		status := f.status()
		if status == "running" {
			f.once.Do(func() { close(f.polled) })
		}
		openaitest.WriteJSON(w, http.StatusOK, f.job(status))
	})
	f.Handle("GET /fine_tuning/jobs/ftjob-abc123/events", func(w http.ResponseWriter, _ *http.Request) {
		// Newest first, as the API lists them.
		openaitest.WriteJSON(w, http.StatusOK, map[string]any{"object": "list", "has_more": false, "data": []map[string]any{
			{"object": "fine_tuning.job.event", "id": "ev-3", "created_at": 1764900300, "level": "info", "message": "Step 2/4: training loss=1.6000, validation loss=1.7000", "type": "metrics"},
			{"object": "fine_tuning.job.event", "id": "ev-2", "created_at": 1764900200, "level": "info", "message": "Fine-tuning job started", "type": "message"},
			{"object": "fine_tuning.job.event", "id": "ev-1", "created_at": 1764900100, "level": "info", "message": "Validating training file: file-1", "type": "message"},
		}})
	})
	f.Handle("POST /fine_tuning/jobs/ftjob-abc123/cancel", func(w http.ResponseWriter, _ *http.Request) {
		f.mu.Lock()
		f.finished, f.end = true, "cancelled"
		f.mu.Unlock()
		openaitest.WriteJSON(w, http.StatusOK, f.job("cancelled"))
	})
	f.OnChat(func(req openaitest.ChatRequest) openaitest.Reply {
		f.mu.Lock()
		f.chats = append(f.chats, req.Model)
		f.mu.Unlock()
		return openaitest.Completion{Content: prompt.Assistant([]string{"lyonloaf", "crumbhouse", "levainlyon", "petitfour", "ovenrise"}, ""),
			Model: req.Model, PromptTokens: 200, CompletionTokens: 30}
	})
	return f
}

// count is how many requests a route had: "POST /files".
func (f *fineTuneServer) count(route string) int { return f.Count(route) }

func (f *fineTuneServer) finish() {
	f.mu.Lock()
	f.finished = true
	f.mu.Unlock()
}

func (f *fineTuneServer) status() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.finished {
		return f.end
	}
	return "running"
}

// created is the last job creation request.
func (f *fineTuneServer) created() map[string]any {
	var m map[string]any
	_ = json.Unmarshal(f.LastBody("POST /fine_tuning/jobs"), &m)
	return m
}

// file is an uploaded file's content.
func (f *fineTuneServer) file(id string) string {
	b, _ := f.File(id)
	return string(b)
}

func (f *fineTuneServer) job(status string) map[string]any {
	f.mu.Lock()
	defer f.mu.Unlock()
	j := map[string]any{"id": "ftjob-abc123", "object": "fine_tuning.job", "created_at": 1764900000, "model": "gpt-4o-mini-2024-07-18",
		"organization_id": "org-acme", "status": status, "training_file": "file-1", "validation_file": "file-2",
		"hyperparameters": map[string]any{"n_epochs": 2, "batch_size": 1, "learning_rate_multiplier": 1.8}, "result_files": []string{}, "trained_tokens": nil}
	switch status {
	case "succeeded":
		j["fine_tuned_model"], j["result_files"], j["trained_tokens"], j["finished_at"] = ftModel, []string{"file-result"}, 41000, 1764900900
	case "failed":
		j["error"] = map[string]any{"code": f.errCode, "message": "The job failed due to an internal error on step 3.", "param": nil}
	}
	return j
}

func ftEnv(t *testing.T, f *fineTuneServer) map[string]string {
	env, _ := workspace(t, "")
	delete(env, "DOMAINYOURS_TRAINER")
	env["OPENAI_BASE_URL"], env["OPENAI_API_KEY"] = f.BaseURL(), ftKey
	return env
}

var ftArgs = []string{"train", "--version", "v1", "--backend", "openai", "--model", "gpt-4o-mini-2024-07-18", "--epochs", "2",
	"--learning-rate", "1.8", "--batch-size", "1", "--poll-interval", "5ms"}

// runCtx runs the CLI with a context the test can cancel (Ctrl-C).
func runCtx(ctx context.Context, env map[string]string, args ...string) (int, string, string) {
	ios, _, out, errOut := iostreams.Test()
	code := app.Run(ctx, args, ios, func(k string) (string, bool) { v, ok := env[k]; return v, ok })
	return int(code), out.String(), errOut.String()
}

func noKey(t *testing.T, where, s string) {
	t.Helper()
	if strings.Contains(s, ftKey) {
		t.Errorf("%s holds the API key", where)
	}
}

// A job that succeeds: two fine-tune files with the rendered conversations,
// one job with the flags' hyperparameters, metrics.csv and loss.png from the
// result file, a manifest naming the fine-tuned model; then suggest
// --version v1 reaches the chat endpoint with that model.
func TestTrainOpenAISucceedsAndSuggestUsesTheModel(t *testing.T) {
	f := newFineTuneServer(t, "succeeded")
	f.finish()
	env := ftEnv(t, f)
	r := runCLI(t, env, ftArgs...)
	if r.Code != 0 {
		t.Fatalf("train: code %d\n%s", r.Code, r.Stderr)
	}
	noKey(t, "stderr", r.Stderr)
	if !strings.Contains(r.Stdout, ftModel) {
		t.Errorf("stdout does not name the fine-tuned model: %q", r.Stdout)
	}
	if f.count("POST /files") != 2 || f.count("POST /fine_tuning/jobs") != 1 {
		t.Errorf("uploads %d, jobs %d; want 2 and 1", f.count("POST /files"), f.count("POST /fine_tuning/jobs"))
	}
	if strings.Join(f.Purposes(), ",") != "fine-tune,fine-tune" {
		t.Errorf("purposes %v", f.Purposes())
	}
	// The files hold the conversations local training renders.
	var line struct {
		Messages []struct{ Role, Content string } `json:"messages"`
	}
	first := strings.SplitN(f.file("file-1"), "\n", 2)[0]
	if err := json.Unmarshal([]byte(first), &line); err != nil || len(line.Messages) != 3 || line.Messages[0].Content != prompt.System(5) {
		t.Errorf("training file line is not a rendered conversation (%v): %.200s", err, first)
	}
	if n := strings.Count(f.file("file-2"), "\n"); n != trainer.ValidationRows(200) {
		t.Errorf("validation file has %d lines, want %d", n, trainer.ValidationRows(200))
	}
	created := f.created()
	hp, _ := created["hyperparameters"].(map[string]any)
	if created["model"] != "gpt-4o-mini-2024-07-18" || created["training_file"] != "file-1" || created["validation_file"] != "file-2" ||
		hp["n_epochs"] != 2.0 || hp["learning_rate_multiplier"] != 1.8 || hp["batch_size"] != 1.0 {
		t.Errorf("job request %v", created)
	}
	dir := filepath.Join(env["DOMAINYOURS_MODELS_DIR"], "model_v1")
	var m trainer.Manifest
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	noKey(t, "manifest", string(b))
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m.Backend != "openai" || m.Model != ftModel || m.Job == nil || m.Job.ID != "ftjob-abc123" || m.Job.FineTunedModel != ftModel {
		t.Errorf("manifest: backend %q model %q job %+v", m.Backend, m.Model, m.Job)
	}
	// The fine-tuned model answered the smoke test before the version was made.
	if !m.Registered || !strings.Contains(m.SmokeTest, "lyonloaf") || len(f.chats) != 1 || f.chats[0] != ftModel {
		t.Errorf("smoke test: registered %v, reply %q, chats %v; want one chat with %s", m.Registered, m.SmokeTest, f.chats, ftModel)
	}
	metrics, err := os.ReadFile(filepath.Join(dir, "metrics.csv"))
	if err != nil {
		t.Fatal(err)
	}
	// Two epochs of two steps: mean train loss, the epoch's full validation loss.
	if want := "epoch,step,train_loss,val_loss\n1,2,1.80000,1.65000\n2,4,1.10000,1.25000\n"; string(metrics) != want {
		t.Errorf("metrics.csv:\n%s\nwant:\n%s", metrics, want)
	}
	if png, err := os.ReadFile(filepath.Join(dir, "loss.png")); err != nil || !strings.HasPrefix(string(png), "\x89PNG") {
		t.Errorf("loss.png: %v", err)
	}
	if _, err := os.Stat(filepath.Join(env["DOMAINYOURS_MODELS_DIR"], ".model_v1.partial")); !os.IsNotExist(err) {
		t.Errorf("the work folder with the journal is left behind: %v", err)
	}

	s := runCLI(t, env, "suggest", "--version", "v1", "a sourdough bakery in Lyon")
	if s.Code != 0 {
		t.Fatalf("suggest: code %d\n%s", s.Code, s.Stderr)
	}
	if len(f.chats) == 0 || f.chats[0] != ftModel {
		t.Errorf("chat requests named models %v, want %s", f.chats, ftModel)
	}
	if !strings.Contains(s.Stdout, "lyonloaf") {
		t.Errorf("suggest did not print the model's names: %q", s.Stdout)
	}
}

// Ctrl-C while the job runs keeps the journal; the rerun follows the same
// job (no second upload or job) to the end.
func TestTrainOpenAIResumesPollingAfterInterrupt(t *testing.T) {
	f := newFineTuneServer(t, "succeeded")
	env := ftEnv(t, f)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-f.polled; cancel() }()
	code, _, stderr := runCtx(ctx, env, ftArgs...)
	if code != 130 {
		t.Fatalf("interrupted train: code %d\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "ftjob-abc123 keeps running") {
		t.Errorf("the interruption does not say the job keeps running: %s", stderr)
	}
	if _, err := os.Stat(filepath.Join(env["DOMAINYOURS_MODELS_DIR"], ".model_v1.partial", "openai-job.json")); err != nil {
		t.Fatalf("no journal after the interruption: %v", err)
	}
	f.finish()
	r := runCLI(t, env, ftArgs...)
	if r.Code != 0 {
		t.Fatalf("resumed train: code %d\n%s", r.Code, r.Stderr)
	}
	if !strings.Contains(r.Stderr, "following fine-tuning job ftjob-abc123") {
		t.Errorf("the rerun does not say it follows the journaled job: %s", r.Stderr)
	}
	if u, j := f.count("POST /files"), f.count("POST /fine_tuning/jobs"); u != 2 || j != 1 {
		t.Errorf("after a resume: %d uploads and %d jobs, want exactly 2 and 1", u, j)
	}
	if _, err := os.Stat(filepath.Join(env["DOMAINYOURS_MODELS_DIR"], "model_v1", "manifest.json")); err != nil {
		t.Error(err)
	}
}

// A job that succeeds with a model the server does not serve yet fails the
// smoke test: no version is made, the job stays journaled, and the rerun
// repeats only the smoke test (no new upload or job).
func TestTrainOpenAISmokeTestFailureKeepsTheJob(t *testing.T) {
	f := newFineTuneServer(t, "succeeded")
	f.finish()
	env := ftEnv(t, f)
	f.Fail("POST /chat/completions", 1, openaitest.Error{Status: http.StatusNotFound, Type: "invalid_request_error",
		Code: "model_not_found", Message: "The model `" + ftModel + "` does not exist or you do not have access to it."})
	r := runCLI(t, env, ftArgs...)
	if r.Code != 1 || !strings.Contains(r.Stderr, "smoke test of "+ftModel) || !strings.Contains(r.Stderr, "rerun the same command") {
		t.Fatalf("train with an unserved model: code %d, want 1 naming the smoke test and the rerun:\n%s", r.Code, r.Stderr)
	}
	noKey(t, "stderr", r.Stderr)
	models := env["DOMAINYOURS_MODELS_DIR"]
	if _, err := os.Stat(filepath.Join(models, "model_v1")); !os.IsNotExist(err) {
		t.Errorf("a version was made although its model failed the smoke test: %v", err)
	}
	if _, err := os.Stat(filepath.Join(models, ".model_v1.partial", "openai-job.json")); err != nil {
		t.Fatalf("the job journal is gone after a failed smoke test: %v", err)
	}
	r = runCLI(t, env, ftArgs...)
	if r.Code != 0 {
		t.Fatalf("rerun: code %d\n%s", r.Code, r.Stderr)
	}
	if u, j, c := f.count("POST /files"), f.count("POST /fine_tuning/jobs"), f.Hits(); u != 2 || j != 1 || c != 2 {
		t.Errorf("after the rerun: %d uploads, %d jobs, %d chats; want 2, 1 and 2", u, j, c)
	}
	if _, err := os.Stat(filepath.Join(models, "model_v1", "manifest.json")); err != nil {
		t.Error(err)
	}
}

// --cancel cancels the journaled job once and forgets it; a second --cancel
// has nothing to cancel (exit 2).
func TestTrainOpenAICancel(t *testing.T) {
	f := newFineTuneServer(t, "succeeded")
	env := ftEnv(t, f)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-f.polled; cancel() }()
	if code, _, stderr := runCtx(ctx, env, ftArgs...); code != 130 {
		t.Fatalf("interrupted train: code %d\n%s", code, stderr)
	}
	r := runCLI(t, env, "train", "--version", "v1", "--backend", "openai", "--cancel")
	if r.Code != 0 || !strings.Contains(r.Stdout, "job ftjob-abc123\tcancelled") {
		t.Fatalf("cancel: code %d stdout %q\n%s", r.Code, r.Stdout, r.Stderr)
	}
	if n := f.count("POST /fine_tuning/jobs/ftjob-abc123/cancel"); n != 1 {
		t.Errorf("%d cancel requests, want 1", n)
	}
	if _, err := os.Stat(filepath.Join(env["DOMAINYOURS_MODELS_DIR"], ".model_v1.partial")); !os.IsNotExist(err) {
		t.Errorf("the journal outlives the cancelled job: %v", err)
	}
	if r := runCLI(t, env, "train", "--version", "v1", "--backend", "openai", "--cancel"); r.Code != 2 || !strings.Contains(r.Stderr, "no fine-tuning job") {
		t.Errorf("second cancel: code %d\n%s", r.Code, r.Stderr)
	}
}

// Failures exit with the README's codes and the API's reason, never the key.
func TestTrainOpenAIFailures(t *testing.T) {
	for _, c := range []struct {
		name, end, errCode string
		uploadStatus       int
		uploadErr          string
		key                string
		code               int
		want               string
	}{
		{name: "job failed", end: "failed", errCode: "server_error", code: 1, want: "server_error: The job failed due to an internal error on step 3."},
		{name: "invalid file", end: "failed", errCode: "invalid_training_file", code: 2, want: "invalid_training_file"},
		{name: "cancelled elsewhere", end: "cancelled", code: 1, want: "was cancelled"},
		{name: "quota", uploadStatus: 429, uploadErr: `{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","code":"insufficient_quota"}}`, code: 4, want: "exceeded your current quota"},
		{name: "bad request", uploadStatus: 400, uploadErr: `{"error":{"message":"Invalid file format for Fine-Tuning API. Must be .jsonl","type":"invalid_request_error","code":null}}`, code: 2, want: "Invalid file format"},
		{name: "refused key", key: "sk-wrong-key-0000", code: 4, want: "Incorrect API key"},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFineTuneServer(t, c.end)
			f.errCode = c.errCode
			if c.uploadStatus != 0 {
				f.Fail("POST /files", 0, openaitest.Raw{Status: c.uploadStatus, ContentType: "application/json", Body: c.uploadErr})
			}
			f.finish()
			env := ftEnv(t, f)
			if c.key != "" {
				env["OPENAI_API_KEY"] = c.key
			}
			r := runCLI(t, env, ftArgs...)
			if r.Code != c.code || !strings.Contains(r.Stderr, c.want) {
				t.Errorf("code %d, want %d; stderr does not say %q:\n%s", r.Code, c.code, c.want, r.Stderr)
			}
			noKey(t, "stderr", r.Stderr+r.Stdout)
			if c.key != "" && strings.Contains(r.Stderr, c.key) {
				t.Errorf("stderr holds the refused key")
			}
			if _, err := os.Stat(filepath.Join(env["DOMAINYOURS_MODELS_DIR"], "model_v1")); !os.IsNotExist(err) {
				t.Errorf("a failed run left a version: %v", err)
			}
		})
	}
}
