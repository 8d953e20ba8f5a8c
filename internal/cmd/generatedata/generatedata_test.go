package generatedata_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/cmd/clitest"

	"github.com/domainyours/domainyours/internal/app"
	"github.com/domainyours/domainyours/internal/datagen"
	"github.com/domainyours/domainyours/internal/datagen/fakellm"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/ollamatest"
)

// helperEnv makes the test binary act as domainyours: the kill test needs a
// real process to kill -9.
const helperEnv = "DOMAINYOURS_GENDATA_HELPER"

func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) == "1" {
		os.Exit(int(app.Main()))
	}
	os.Exit(m.Run())
}

func runCLI(t *testing.T, env map[string]string, args ...string) clitest.Result {
	t.Helper()
	return clitest.Run(t, env, args...)
}

// baseEnv isolates a run in a temporary folder, with a price table for the
// fake model and servers that are not there unless a test sets them.
func baseEnv(t *testing.T) map[string]string {
	t.Helper()
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	if err := os.MkdirAll(data, 0o755); err != nil {
		t.Fatal(err)
	}
	// The shipped test set: training rows are checked against it.
	test, err := os.ReadFile("../../../data/test_set.csv")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(data, "test_set.csv"), test, 0o644); err != nil {
		t.Fatal(err)
	}
	prices := filepath.Join(dir, "prices.json")
	if err := os.WriteFile(prices, []byte(`{"gpt-fake": {"input": 1, "output": 2}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	return map[string]string{
		"DOMAINYOURS_DATA_DIR":  data,
		"DOMAINYOURS_CACHE_DIR": filepath.Join(dir, "cache"),
		"DOMAINYOURS_PRICES":    prices,
		"OPENAI_BASE_URL":       "http://127.0.0.1:9/v1",
		"OPENAI_API_KEY":        "sk-test-key",
		"OLLAMA_HOST":           "127.0.0.1:9",
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{}, "no --version given"},
		{[]string{"--test-set", "--version", "v1"}, "--test-set cannot be combined"},
		{[]string{"--version", "v2", "--from", "v1"}, "--from and --augment-from go together"},
		{[]string{"--version", "v1", "--rows", "0"}, "--rows 0 is out of range"},
		{[]string{"--version", "v1", "--rows", "1000000"}, "--rows 1000000 is out of range"},
		{[]string{"--version", "v1", "--refusal-ratio", "0.9"}, "--refusal-ratio 0.9 is out of range"},
		{[]string{"--version", "v1", "--concurrency", "500"}, "--concurrency 500 is out of range"},
		{[]string{"--version", "v1", "--batch-size", "11"}, "--batch-size 11 is out of range"},
		{[]string{"--version", "v1", "--backend", "builtin"}, `cannot use backend "builtin"`},
		{[]string{"--version", "v1", "--backend", "ollama"}, "the ollama backend needs a model"},
		{[]string{"--version", "../../etc/passwd"}, "is not allowed"},
		{[]string{"--version", "v1", "--omit-topics", "dragons"}, `unknown topic "dragons"`},
		{[]string{"--test-set", "--refusal-ratio", "0.2"}, "--refusal-ratio applies to a dataset"},
		{[]string{"--version", "v1", "--max-cost", "1", "--model", "unpriced"}, `needs the price of model "unpriced"`},
		{[]string{"--version", "v2", "--from", "v1", "--augment-from", "data/model_v1-results.csv"}, "does not exist"},
	}
	for _, tt := range tests {
		r := runCLI(t, baseEnv(t), append([]string{"generate-data"}, tt.args...)...)
		if r.Code != 2 || !strings.Contains(r.Stderr, tt.want) || !strings.Contains(r.Stderr, "hint: ") {
			t.Errorf("%v: code %d, stderr %q; want code 2, %q and a hint", tt.args, r.Code, r.Stderr, tt.want)
		}
	}
}

func readMeta(t *testing.T, path string) datagen.Meta {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m datagen.Meta
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestGenerateThroughFakeOpenAI(t *testing.T) {
	srv := fakellm.Start(t)
	srv.Edit = func(req fakellm.Request, r *fakellm.Reply) {
		if req.Batch == 1 && req.Attempt == 0 {
			r.Rows[0].Names[0] = "UPPER"
		}
	}
	env := baseEnv(t)
	env["OPENAI_BASE_URL"] = srv.URL + "/v1"
	r := runCLI(t, env, "generate-data", "--version", "v1", "--rows", "20", "--model", "gpt-fake", "--seed", "4")
	if r.Code != 0 {
		t.Fatalf("code %d\nstderr: %s", r.Code, r.Stderr)
	}
	out := filepath.Join(env["DOMAINYOURS_DATA_DIR"], "dataset_v1.csv")
	if strings.TrimSpace(r.Stdout) != out {
		t.Errorf("stdout %q, want the output path", r.Stdout)
	}
	for _, want := range []string{"requested 20 rows: 20 accepted, 0 dropped after 1 re-asks", "invalid_name:upper_case 1", "test-set overlap: 0 rows", "cost $0.0100"} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.Stderr)
		}
	}
	m := readMeta(t, filepath.Join(env["DOMAINYOURS_DATA_DIR"], "dataset_v1.meta.json"))
	if m.Counts.Written != 20 || m.Counts.Refusals != 2 || m.Usage.Calls != 5 || m.Seed != 4 || m.Model != "gpt-fake" ||
		m.PromptHash != datagen.PromptHash() || !strings.Contains(m.Command, "--rows=20") || m.Output.SHA256 == "" {
		t.Errorf("meta: %+v", m)
	}
	// The written file passes the dataset rules as training data.
	rows, rejects, _, err := dataset.ReadFile(out, dataset.Options{Training: true})
	if err != nil || len(rejects) > 0 || len(rows) != 20 {
		t.Errorf("output: %d rows, rejects %v, err %v", len(rows), rejects, err)
	}
	// The same command again is refused: the dataset exists.
	r = runCLI(t, env, "generate-data", "--version", "v1", "--rows", "20", "--model", "gpt-fake", "--seed", "4")
	if r.Code != 2 || !strings.Contains(r.Stderr, "already exists") {
		t.Errorf("second run: code %d stderr %s", r.Code, r.Stderr)
	}
}

// A server that is not there: exit 4 with a hint, nothing written.
func TestUnreachableServer(t *testing.T) {
	env := baseEnv(t)
	r := runCLI(t, env, "generate-data", "--version", "v1", "--rows", "5", "--model", "gpt-fake")
	if r.Code != 4 || !strings.Contains(r.Stderr, "hint: ") {
		t.Errorf("code %d stderr %s", r.Code, r.Stderr)
	}
	if _, err := os.Stat(filepath.Join(env["DOMAINYOURS_DATA_DIR"], "dataset_v1.csv")); !errors.Is(err, os.ErrNotExist) {
		t.Error("dataset written after a failure")
	}
}

// kill -9 half-way, then the same command: the result is byte for byte the
// file of an uninterrupted run.
func TestKillAndResume(t *testing.T) {
	srv := fakellm.Start(t)
	srv.Latency = 150 * time.Millisecond
	srv.Edit = func(req fakellm.Request, r *fakellm.Reply) {
		if req.Batch%3 == 0 && req.Attempt == 0 {
			r.Rows[0].Names[0] = "x" // a re-ask in every third batch
		}
	}
	args := []string{"generate-data", "--version", "v1", "--rows", "60", "--model", "gpt-fake", "--concurrency", "2"}

	reference := baseEnv(t)
	reference["OPENAI_BASE_URL"] = srv.URL + "/v1"
	if r := runCLI(t, reference, args...); r.Code != 0 {
		t.Fatalf("uninterrupted run: code %d\n%s", r.Code, r.Stderr)
	}

	env := baseEnv(t)
	env["OPENAI_BASE_URL"] = srv.URL + "/v1"
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(self, args...)
	cmd.Env = []string{helperEnv + "=1", "PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until some batches (not all 12) are journaled, then kill -9.
	journals := filepath.Join(env["DOMAINYOURS_CACHE_DIR"], "generate-data", "dataset-v1-*.journal")
	deadline := time.Now().Add(60 * time.Second)
	for {
		if n := journaled(t, journals); n >= 3 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no progress after 60s; stderr:\n%s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	done := journaled(t, journals)
	if done >= 12 {
		t.Fatalf("the run finished (%d batches) before it was killed; slow the fake down", done)
	}
	if _, err := os.Stat(filepath.Join(env["DOMAINYOURS_DATA_DIR"], "dataset_v1.csv")); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("a killed run left a dataset behind")
	}

	r := runCLI(t, env, args...)
	if r.Code != 0 {
		t.Fatalf("resumed run: code %d\n%s", r.Code, r.Stderr)
	}
	if !strings.Contains(r.Stderr, "batches resumed") {
		t.Errorf("stderr does not report the resume:\n%s", r.Stderr)
	}
	want, _ := os.ReadFile(filepath.Join(reference["DOMAINYOURS_DATA_DIR"], "dataset_v1.csv"))
	got, _ := os.ReadFile(filepath.Join(env["DOMAINYOURS_DATA_DIR"], "dataset_v1.csv"))
	if len(want) == 0 || !bytes.Equal(want, got) {
		t.Errorf("resumed file differs from the uninterrupted one (%d vs %d bytes)", len(got), len(want))
	}
	mw := readMeta(t, filepath.Join(reference["DOMAINYOURS_DATA_DIR"], "dataset_v1.meta.json"))
	mg := readMeta(t, filepath.Join(env["DOMAINYOURS_DATA_DIR"], "dataset_v1.meta.json"))
	if mg.ThisRun.ResumedBatches < done {
		t.Errorf("resumed %d batches, but %d were journaled before the kill", mg.ThisRun.ResumedBatches, done)
	}
	t.Logf("killed after %d of 12 batches; resumed run made %d calls, %d cache hits", done, mg.ThisRun.Calls, mg.ThisRun.CacheHits)
	mw.ThisRun, mg.ThisRun = datagen.RunMeta{}, datagen.RunMeta{}
	mw.Output.Path, mg.Output.Path = "", ""
	a, _ := json.Marshal(mw)
	b, _ := json.Marshal(mg)
	if !bytes.Equal(a, b) {
		t.Errorf("meta differs beyond this_run:\n%s\n%s", a, b)
	}
}

// journaled counts the finished batches in the run journal matching glob:
// its complete lines. The file is only read, never opened as a journal,
// which could repair (truncate) a line the running process is writing.
func journaled(t *testing.T, glob string) int {
	t.Helper()
	paths, _ := filepath.Glob(glob)
	if len(paths) == 0 {
		return 0
	}
	b, err := os.ReadFile(paths[0])
	if err != nil {
		return 0
	}
	return bytes.Count(b, []byte("\n"))
}

// The real Ollama server and its tiny gibberish model: the run completes and
// accounts honestly for what the model produced. Most or all rows are
// invalid; a run with no valid row says so, exits 1 and writes nothing.
func TestRealOllamaTinyModel(t *testing.T) {
	srv := ollamatest.Start(t)
	srv.CreateTinyModel(t, "tiny")
	env := baseEnv(t)
	env["OLLAMA_HOST"] = srv.Host
	r := runCLI(t, env, "generate-data", "--version", "v1", "--rows", "2", "--batch-size", "1", "--backend", "ollama",
		"--model", "tiny", "--reasks", "1", "--concurrency", "1", "--refusal-ratio", "0")
	t.Logf("tiny model: code %d\nstderr:\n%s", r.Code, r.Stderr)
	if !strings.Contains(r.Stderr, "requested 2 rows:") {
		t.Fatalf("no accounting on stderr")
	}
	out := filepath.Join(env["DOMAINYOURS_DATA_DIR"], "dataset_v1.csv")
	_, statErr := os.Stat(out)
	switch r.Code {
	case 0:
		rows, rejects, _, err := dataset.ReadFile(out, dataset.Options{Training: true})
		if err != nil || len(rejects) > 0 || len(rows) == 0 {
			t.Errorf("written rows must all be valid: %d rows, rejects %v, err %v", len(rows), rejects, err)
		}
	case 1:
		if !strings.Contains(r.Stderr, "none of the 2 requested rows passed validation") || !errors.Is(statErr, os.ErrNotExist) {
			t.Errorf("a run with no valid row must say so and write nothing (stat: %v)", statErr)
		}
		if !strings.Contains(r.Stderr, "dropped: ") {
			t.Errorf("the reasons for dropping are not shown")
		}
	default:
		t.Errorf("unexpected exit code %d", r.Code)
	}
}

// A server that answers 200 with content that is not JSON is an outage, not
// the model's verdict: the failed batches are not journaled, so the same
// command against the recovered server asks for them again and completes.
func TestBadContentOutageIsNotFrozenIntoTheJournal(t *testing.T) {
	srv := fakellm.Start(t)
	var broken atomic.Bool
	broken.Store(true)
	srv.Edit = func(req fakellm.Request, r *fakellm.Reply) {
		if broken.Load() {
			r.Content = "<html><body>502 Bad Gateway</body></html>"
		}
	}
	env := baseEnv(t)
	env["OPENAI_BASE_URL"] = srv.URL + "/v1"
	args := []string{"generate-data", "--version", "v2", "--rows", "20", "--model", "gpt-fake", "--seed", "4"}
	r := runCLI(t, env, args...)
	if r.Code != 1 {
		t.Fatalf("outage run: code %d, want 1\nstderr: %s", r.Code, r.Stderr)
	}
	broken.Store(false)
	before := srv.Calls()
	r = runCLI(t, env, args...)
	if r.Code != 0 {
		t.Fatalf("run after recovery: code %d, want 0\nstderr: %s", r.Code, r.Stderr)
	}
	if srv.Calls() == before {
		t.Error("the run after recovery made no call: the outage's batches were replayed from the journal")
	}
	m := readMeta(t, filepath.Join(env["DOMAINYOURS_DATA_DIR"], "dataset_v2.meta.json"))
	if !m.Complete || m.Counts.Written != 20 {
		t.Errorf("after recovery: complete=%v written=%d, want a complete file of 20 rows", m.Complete, m.Counts.Written)
	}
}

// Some batches lost to unusable replies, the others fine: the good rows are
// written with complete: false and exit 1, and the same command then asks
// only for the lost batches and replaces the file without --force.
func TestPartlyUnusableRunResumesWithoutForce(t *testing.T) {
	srv := fakellm.Start(t)
	var broken atomic.Bool
	broken.Store(true)
	srv.Edit = func(req fakellm.Request, r *fakellm.Reply) {
		if broken.Load() && req.Batch == 2 {
			r.Content = "Sure! Here are some rows: ..."
		}
	}
	env := baseEnv(t)
	env["OPENAI_BASE_URL"] = srv.URL + "/v1"
	args := []string{"generate-data", "--version", "v2", "--rows", "20", "--model", "gpt-fake", "--seed", "4"}
	r := runCLI(t, env, args...)
	if r.Code != 1 || !strings.Contains(r.Stderr, "again") {
		t.Fatalf("partial run: code %d, want 1 with a re-run hint\nstderr: %s", r.Code, r.Stderr)
	}
	meta := filepath.Join(env["DOMAINYOURS_DATA_DIR"], "dataset_v2.meta.json")
	if m := readMeta(t, meta); m.Complete || m.Counts.Written != 15 {
		t.Errorf("partial run: complete=%v written=%d, want 15 rows and complete: false", m.Complete, m.Counts.Written)
	}
	broken.Store(false)
	before := srv.Calls()
	r = runCLI(t, env, args...)
	if r.Code != 0 {
		t.Fatalf("re-run: code %d\nstderr: %s", r.Code, r.Stderr)
	}
	if got := srv.Calls() - before; got != 1 {
		t.Errorf("re-run made %d calls; want 1 (only the lost batch)", got)
	}
	if m := readMeta(t, meta); !m.Complete || m.Counts.Written != 20 {
		t.Errorf("re-run: complete=%v written=%d", m.Complete, m.Counts.Written)
	}
}
