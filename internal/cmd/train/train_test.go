package train_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/cmd/clitest"
	"github.com/domainyours/domainyours/internal/proctest"

	"github.com/domainyours/domainyours/internal/app"
	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/cmd/train"
	"github.com/domainyours/domainyours/internal/config"
	"github.com/domainyours/domainyours/internal/iostreams"
	"github.com/domainyours/domainyours/internal/llm/ollama"
	"github.com/domainyours/domainyours/internal/ollamatest"
	"github.com/domainyours/domainyours/internal/trainer"
)

func runCLI(t *testing.T, env map[string]string, args ...string) clitest.Result {
	t.Helper()
	return clitest.Run(t, env, args...)
}

// buildFake builds the fake trainer into dir with an optional script.
func buildFake(t *testing.T, script string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "llama-finetune-lora")
	cmd := exec.Command("go", "build", "-o", bin, "../../trainer/testdata/faketrainer")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build the fake trainer: %v\n%s", err, b)
	}
	if script != "" {
		if err := os.WriteFile(bin+".json", []byte(script), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return bin
}

// workspace makes data/ with datasets v1 and v2 (v2 with an invalid row)
// and the test set, plus the tiny base model; it returns the environment
// for app.Run and the base's path.
func workspace(t *testing.T, bin string) (map[string]string, string) {
	t.Helper()
	root := t.TempDir()
	data := filepath.Join(root, "data")
	if err := os.MkdirAll(data, 0o755); err != nil {
		t.Fatal(err)
	}
	seed, err := os.ReadFile("../../../data/dataset_v1.csv")
	if err != nil {
		t.Fatal(err)
	}
	test, err := os.ReadFile("../../../data/test_set.csv")
	if err != nil {
		t.Fatal(err)
	}
	bad := append(append([]byte{}, seed...), []byte("A shop,\"[\"\"UPPER\"\",\"\"b\"\",\"\"c\"\",\"\"d\"\",\"\"e\"\"]\",appropriate,\n")...)
	for name, b := range map[string][]byte{"dataset_v1.csv": seed, "dataset_v2.csv": bad, "dataset_v3.csv": seed, "test_set.csv": test} {
		if err := os.WriteFile(filepath.Join(data, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// An empty .env keeps the developer's own settings out of the test.
	if err := os.WriteFile(filepath.Join(root, "test.env"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(root, "tiny.gguf")
	if err := ollamatest.WriteTinyModel(base, ollamatest.TinySeed); err != nil {
		t.Fatal(err)
	}
	return map[string]string{
		"DOMAINYOURS_DATA_DIR":   data,
		"DOMAINYOURS_MODELS_DIR": filepath.Join(root, "models"),
		"DOMAINYOURS_TRAINER":    bin,
		"DOMAINYOURS_ENV_FILE":   filepath.Join(root, "test.env"),
		"OLLAMA_HOST":            "127.0.0.1:9",
	}, base
}

// smokeTimeout is generous: the tiny model answers in seconds on an idle
// machine, but a shared 2-core runner under load has taken over 3 minutes.
const smokeTimeout = "15m"

// The whole path with a real Ollama server: train with the fake trainer,
// register domainyours:v1 with the adapter, smoke-test it, then suggest
// uses it, by version and as auto's newest trained model.
func TestTrainRegistersInRealOllama(t *testing.T) {
	srv := ollamatest.Start(t)
	bin := buildFake(t, "")
	env, base := workspace(t, bin)
	env["OLLAMA_HOST"] = srv.Host

	r := runCLI(t, env, "train", "--version", "v1", "--base-gguf", base, "--epochs", "2", "--context", "1024", "--smoke-timeout", smokeTimeout)
	if r.Code != 0 {
		t.Fatalf("train: code %d\nstderr:\n%s\nollama log:\n%s", r.Code, r.Stderr, srv.LogTail())
	}
	if !strings.Contains(r.Stdout, "domainyours:v1") {
		t.Errorf("stdout does not name the model: %q", r.Stdout)
	}
	dir := filepath.Join(env["DOMAINYOURS_MODELS_DIR"], "model_v1")
	var m trainer.Manifest
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if !m.Registered || m.Model != "domainyours:v1" || m.SmokeTest == "" {
		t.Errorf("manifest registration: registered %v, model %q, smoke %q", m.Registered, m.Model, m.SmokeTest)
	}

	p, err := ollama.New(ollama.Config{Host: srv.Host})
	if err != nil {
		t.Fatal(err)
	}
	names, err := p.ListModels(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(names, ",") != "domainyours:v1" {
		t.Errorf("models on the server: %v; want only domainyours:v1 (no candidate left)", names)
	}

	// A base named as an Ollama model is read from the server's blob
	// store and becomes the FROM of the new model.
	srv.CreateTinyModel(t, "tiny-base:latest")
	r = runCLI(t, env, "train", "--version", "v3", "--base", "tiny-base:latest", "--epochs", "1", "--context", "1024")
	if r.Code != 0 || !strings.Contains(r.Stdout, "domainyours:v3") {
		t.Fatalf("train --base: code %d\nstdout: %s\nstderr:\n%s", r.Code, r.Stdout, r.Stderr)
	}
	// The manifest names the base by its Ollama name and blob digest, not
	// by the server's blob path.
	b, err = os.ReadFile(filepath.Join(env["DOMAINYOURS_MODELS_DIR"], "model_v3", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m3 trainer.Manifest
	if err := json.Unmarshal(b, &m3); err != nil || m3.Base.Name != "tiny-base:latest" || !strings.HasPrefix(m3.Base.Digest, "sha256:") || m3.Base.Path != "" || strings.Contains(string(b), "blobs") {
		t.Errorf("manifest base %+v (%v)", m3.Base, err)
	}

	// --merge registers base and adapter merged into one model.
	export := filepath.Join(filepath.Dir(bin), "llama-export-lora")
	if err := os.Link(bin, export); err != nil {
		t.Fatal(err)
	}
	env["DOMAINYOURS_EXPORT_LORA"] = export
	r = runCLI(t, env, "train", "--version", "v2", "--skip-invalid", "--merge", "--base-gguf", base, "--epochs", "1", "--context", "1024", "--smoke-timeout", smokeTimeout)
	if r.Code != 0 || !strings.Contains(r.Stdout, "domainyours:v2") {
		t.Fatalf("train --merge: code %d\nstdout: %s\nstderr:\n%s", r.Code, r.Stdout, r.Stderr)
	}

	for _, tc := range []struct {
		args  []string
		model string
	}{
		{[]string{"suggest", "--json", "--version", "v1", "a bakery in Lyon"}, "domainyours:v1"},
		{[]string{"suggest", "--json", "a bakery in Lyon"}, "domainyours:v3"}, // auto: the newest version
	} {
		r = runCLI(t, env, tc.args...)
		var out struct {
			Backend string `json:"backend"`
			Model   string `json:"model"`
		}
		if err := json.Unmarshal([]byte(r.Stdout), &out); err != nil {
			t.Fatalf("%v: stdout is not JSON: %v\n%s\nstderr: %s\nollama log:\n%s", tc.args, err, r.Stdout, r.Stderr, srv.LogTail())
		}
		// The tiny model writes gibberish: 0 (five names), 1 (too few
		// valid) and 3 (a refusal) all prove the model answered.
		if (r.Code != 0 && r.Code != 1 && r.Code != 3) || out.Backend != "ollama" || !strings.HasPrefix(out.Model, tc.model) {
			t.Errorf("%v: code %d, backend %q, model %q, want %s\nstderr: %s", tc.args, r.Code, out.Backend, out.Model, tc.model, r.Stderr)
		}
	}

	// --method full replaces v1 (--force) with a whole fine-tuned model,
	// registered and smoke-tested like the others.
	finetune := filepath.Join(filepath.Dir(bin), "llama-finetune")
	if err := os.Link(bin, finetune); err != nil {
		t.Fatal(err)
	}
	env["DOMAINYOURS_FINETUNE"] = finetune
	r = runCLI(t, env, "train", "--version", "v1", "--force", "--method", "full", "--base-gguf", base, "--epochs", "1", "--context", "1024", "--smoke-timeout", smokeTimeout)
	if r.Code != 0 || !strings.Contains(r.Stdout, "domainyours:v1") {
		t.Fatalf("train --method full: code %d\nstdout: %s\nstderr:\n%s", r.Code, r.Stdout, r.Stderr)
	}
	b, err = os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil || !strings.Contains(string(b), `"method": "full"`) {
		t.Errorf("manifest after --method full: %v\n%s", err, b)
	}
	if !strings.Contains(r.Stderr, "llama.pooling_type") {
		t.Errorf("stderr does not report the metadata keys dropped from llama-finetune's output:\n%s", r.Stderr)
	}

	// A model Ollama refuses to chat with (here a base saved with
	// pooling_type, which Ollama takes for an embedding model) fails the
	// smoke test: exit 1, not an input error; nothing is registered.
	embed := filepath.Join(t.TempDir(), "embedding-like.gguf")
	if err := ollamatest.WriteFinetunedModel(embed, ollamatest.TinySeed); err != nil {
		t.Fatal(err)
	}
	r = runCLI(t, env, "train", "--version", "v2", "--force", "--skip-invalid", "--base-gguf", embed, "--epochs", "1", "--context", "1024")
	if r.Code != 1 || !strings.Contains(r.Stderr, "does not support chat") || !strings.Contains(r.Stderr, "smoke test") {
		t.Fatalf("refused model: code %d, want 1\nstderr:\n%s", r.Code, r.Stderr)
	}
	names, err = p.ListModels(context.Background())
	if err != nil || slices.Contains(names, "domainyours:v2-candidate") {
		t.Errorf("models after the failed registration: %v %v", names, err)
	}
}

// --version all trains every dataset, reports the bad one and goes on;
// --stop-on-error stops at it.
func TestTrainAllContinuesPastABadVersion(t *testing.T) {
	bin := buildFake(t, `{"val_loss":[2,1]}`)
	env, base := workspace(t, bin)

	r := runCLI(t, env, "train", "--version", "all", "--base-gguf", base, "--epochs", "2", "--no-register")
	if r.Code != 1 || !strings.Contains(r.Stderr, "train v2 failed") || !strings.Contains(r.Stderr, "1 of 3 versions failed: v2") {
		t.Fatalf("code %d\nstderr:\n%s", r.Code, r.Stderr)
	}
	for _, v := range []string{"v1", "v3"} {
		if _, err := os.Stat(filepath.Join(env["DOMAINYOURS_MODELS_DIR"], "model_"+v, "adapter.gguf")); err != nil {
			t.Errorf("%s was not trained: %v", v, err)
		}
	}

	env2, base2 := workspace(t, bin)
	r = runCLI(t, env2, "train", "--version", "all", "--base-gguf", base2, "--epochs", "2", "--no-register", "--stop-on-error")
	if r.Code != 2 || !strings.Contains(r.Stderr, "stopped at v2") {
		t.Fatalf("--stop-on-error: code %d\nstderr:\n%s", r.Code, r.Stderr)
	}
	if _, err := os.Stat(filepath.Join(env2["DOMAINYOURS_MODELS_DIR"], "model_v3")); !os.IsNotExist(err) {
		t.Errorf("v3 was trained after v2 failed with --stop-on-error")
	}
}

func TestTrainExitCodes(t *testing.T) {
	bin := buildFake(t, "")
	env, base := workspace(t, bin)
	tests := []struct {
		name     string
		env      map[string]string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"missing trainer", map[string]string{"DOMAINYOURS_TRAINER": "/nonexistent/llama-finetune-lora"},
			[]string{"--version", "v1", "--base-gguf", base}, 4, "hint: run `make trainer` (builds llama.cpp's trainers"},
		{"path traversal", nil, []string{"--version", "../../etc/passwd", "--base-gguf", base}, 2, "not allowed"},
		{"no base", nil, []string{"--version", "v1"}, 2, "no base model given"},
		{"both bases", nil, []string{"--version", "v1", "--base", "x", "--base-gguf", base}, 2, "not both"},
		{"smoke timeout", nil, []string{"--version", "v1", "--base-gguf", base, "--smoke-timeout", "-1s"}, 2, "--smoke-timeout -1s is not positive"},
		{"bad rank", nil, []string{"--version", "v1", "--base-gguf", base, "--rank", "0"}, 2, "--rank 0"},
		{"invalid rows listed", nil, []string{"--version", "v2", "--base-gguf", base, "--no-register"}, 2, "line 202, column suggestions"},
		{"Ollama unreachable", nil, []string{"--version", "v1", "--base-gguf", base, "--epochs", "1"}, 4, "or pass --no-register"},
		{"missing llama-finetune", map[string]string{"DOMAINYOURS_FINETUNE": "/nonexistent/llama-finetune"},
			[]string{"--version", "v1", "--base-gguf", base, "--method", "full"}, 4, "hint: run `make trainer` and set the DOMAINYOURS_FINETUNE=... line"},
		{"unknown method", nil, []string{"--version", "v1", "--base-gguf", base, "--method", "qlora"}, 2, `--method "qlora"`},
		{"flag-like trainer", map[string]string{"DOMAINYOURS_TRAINER": "--help"}, []string{"--version", "v1", "--base-gguf", base}, 4, "looks like a flag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := map[string]string{}
			for k, v := range env {
				e[k] = v
			}
			for k, v := range tt.env {
				e[k] = v
			}
			r := runCLI(t, e, append([]string{"train"}, tt.args...)...)
			if r.Code != tt.wantCode || !strings.Contains(r.Stderr, tt.wantErr) {
				t.Errorf("code %d, want %d; stderr:\n%s", r.Code, tt.wantCode, r.Stderr)
			}
		})
	}
}

// Flags the user set win over --config; the file fills the rest and
// unknown keys are refused.
func TestTrainConfigFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "train.json")
	os.WriteFile(good, []byte(`{"rank": 4, "epochs": 3, "learning_rate": 0.0005}`), 0o644)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"rnak": 4}`), 0o644)
	zero := filepath.Join(dir, "zero.json")
	os.WriteFile(zero, []byte(`{"rank": 0, "lr_scheduler": "cosine"}`), 0o644)
	typo := filepath.Join(dir, "typo.json")
	os.WriteFile(typo, []byte(`{"epochs": "3"}`), 0o644)

	tests := []struct {
		name    string
		args    []string
		want    trainer.Hyper
		wantErr string
	}{
		{"file only", []string{"--config", good}, func() trainer.Hyper {
			h := trainer.DefaultHyper()
			h.Rank, h.Epochs, h.LearningRate = 4, 3, 0.0005
			return h
		}(), ""},
		{"flag wins", []string{"--config", good, "--rank", "32"}, func() trainer.Hyper {
			h := trainer.DefaultHyper()
			h.Rank, h.Epochs, h.LearningRate = 32, 3, 0.0005
			return h
		}(), ""},
		{"unknown key", []string{"--config", bad}, trainer.Hyper{}, `unknown key "rnak"`},
		{"wrong type", []string{"--config", typo}, trainer.Hyper{}, `epochs in ` + typo + `: "3" is not a number`},
		// A bad value is named where it was written.
		{"bad value in the file", []string{"--config", zero}, trainer.Hyper{}, "rank 0 in zero.json is out of range 1-512"},
		{"bad value as a flag", []string{"--rank", "0"}, trainer.Hyper{}, "--rank 0 is out of range 1-512"},
		{"flag fixes the file's value", []string{"--config", zero, "--rank", "8"}, func() trainer.Hyper {
			h := trainer.DefaultHyper()
			h.Rank = 8
			return h
		}(), ""},
		{"bad value in the sweep", []string{"--sweep", "lr=1e-4;rank=8,0"}, trainer.Hyper{}, "--sweep rank=0 is out of range 1-512"},
		{"sweep over a bad file value", []string{"--config", zero, "--sweep", "lr=1e-4"}, trainer.Hyper{}, "rank 0 in zero.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, _, _, _ := iostreams.Test()
			f := &factory.Factory{IOStreams: ios, Config: config.NewLookup(func(string) (string, bool) { return "", false }, nil)}
			var got *train.Options
			cmd := train.NewCmdTrain(f, func(_ context.Context, o *train.Options) error { got = o; return nil })
			cmd.SetArgs(append([]string{"--version", "v1", "--base-gguf", "x.gguf"}, tt.args...))
			cmd.SetOut(&bytes.Buffer{})
			cmd.SetErr(&bytes.Buffer{})
			err := cmd.Execute()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Hyper.Hyper != tt.want {
				t.Errorf("hyper %+v, want %+v", got.Hyper, tt.want)
			}
		})
	}
}

func TestTrainSweepPrintsTheTable(t *testing.T) {
	bin := buildFake(t, `{"val_loss":[2,1]}`)
	env, base := workspace(t, bin)
	r := runCLI(t, env, "train", "--version", "v1", "--base-gguf", base, "--no-register", "--sweep", "epochs=1,2")
	if r.Code != 0 {
		t.Fatalf("code %d\nstderr:\n%s", r.Code, r.Stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.Stdout), "\n")
	if len(lines) != 4 || !strings.Contains(lines[1], "v1-sweep-01") || !strings.Contains(lines[2], "epochs=2") ||
		!strings.Contains(lines[2], "1.00000") || !strings.HasSuffix(strings.TrimSpace(lines[2]), "winner") {
		t.Errorf("stdout:\n%s", r.Stdout)
	}
	// A sweep of full fine-tunes promotes the winner's whole model.
	finetune := filepath.Join(filepath.Dir(bin), "llama-finetune")
	if err := os.Link(bin, finetune); err != nil {
		t.Fatal(err)
	}
	env["DOMAINYOURS_FINETUNE"] = finetune
	r = runCLI(t, env, "train", "--version", "v3", "--base-gguf", base, "--no-register", "--method", "full", "--epochs", "1", "--sweep", "lr=1e-4,3e-4")
	if r.Code != 0 || !strings.Contains(r.Stdout, "winner") {
		t.Fatalf("--method full --sweep: code %d\nstdout:\n%s\nstderr:\n%s", r.Code, r.Stdout, r.Stderr)
	}
	if _, err := os.Stat(filepath.Join(env["DOMAINYOURS_MODELS_DIR"], "model_v3", "model.gguf")); err != nil {
		t.Errorf("the promoted full fine-tune: %v", err)
	}
	r = runCLI(t, env, "train", "--version", "v1", "--base-gguf", base, "--sweep", "batch=4")
	if r.Code != 2 || !strings.Contains(r.Stderr, `unknown key "batch"`) {
		t.Errorf("bad sweep: code %d\n%s", r.Code, r.Stderr)
	}
}

// Ctrl-C (the root context ending) stops a hung trainer: exit 130, a line
// that says how to resume, no model folder, the work folder kept.
func TestTrainInterruptExits130(t *testing.T) {
	// The fake writes its helper's PID once it hangs, after its first
	// epoch's checkpoint: the moment to press Ctrl-C.
	pidFile := filepath.Join(t.TempDir(), "child.pid")
	hung := proctest.SignalFile(t, pidFile)
	bin := buildFake(t, `{"mode":"hang","crash_after":1,"child_pid":"`+pidFile+`"}`)
	env, base := workspace(t, bin)
	// The signal handler of internal/app cancels the root context. The
	// timeout is only a backstop for a fake that never says it hangs.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	interrupted := make(chan struct{}, 1)
	go func() {
		<-hung
		interrupted <- struct{}{}
		cancel()
	}()
	ios, _, _, errOut := iostreams.Test()
	code := app.Run(ctx, []string{"train", "--version", "v1", "--base-gguf", base, "--no-register"}, ios, func(k string) (string, bool) {
		v, ok := env[k]
		return v, ok
	})
	select {
	case <-interrupted:
	default:
		t.Fatalf("the fake trainer never reached its hang (code %d)\nstderr:\n%s", code, errOut)
	}
	if code != 130 || !strings.Contains(errOut.String(), "--resume") {
		t.Fatalf("code %d\nstderr:\n%s", code, errOut)
	}
	models := env["DOMAINYOURS_MODELS_DIR"]
	if _, err := os.Stat(filepath.Join(models, "model_v1")); !os.IsNotExist(err) {
		t.Errorf("a model folder exists after the interruption")
	}
	if _, err := os.Stat(filepath.Join(models, ".model_v1.partial", "checkpoints")); err != nil {
		t.Errorf("the work folder was not kept for --resume: %v", err)
	}
}

// A second Ctrl-C exits at once, even while a trainer that ignores SIGTERM
// is inside its grace period, and takes the trainer's process group with it:
// no orphan keeps burning CPU. This needs the real binary (os.Exit).
func TestSecondInterruptExitsAtOnceWithoutOrphans(t *testing.T) {
	dir := t.TempDir()
	// Both files are pipes the fake writes to: its helper's PID once it
	// hangs, its own PID when a SIGTERM (which it ignores) reaches it.
	childPID, termPID := filepath.Join(dir, "child.pid"), filepath.Join(dir, "term.pid")
	hung, termed := proctest.SignalFile(t, childPID), proctest.SignalFile(t, termPID)
	fake := buildFake(t, `{"mode":"hang","crash_after":1,"ignore_term":true,"child_pid":"`+childPID+`","term_file":"`+termPID+`"}`)
	env, base := workspace(t, fake)
	bin := filepath.Join(dir, "domainyours")
	if b, err := exec.Command("go", "build", "-o", bin, "../../../cmd/domainyours").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	cmd := exec.Command(bin, "train", "--version", "v1", "--base-gguf", base, "--no-register")
	cmd.Env = []string{"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=" + dir}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var stderr proctest.LockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	// A backstop for a fake that never signals, not a measure of anything.
	backstop := time.After(2 * time.Minute)

	var helper, trainerPID int
	select {
	case s := <-hung:
		helper, _ = strconv.Atoi(strings.TrimSpace(s))
	case err := <-done:
		t.Fatalf("exited before the trainer hung: %v\nstderr:\n%s", err, stderr.String())
	case <-backstop:
		t.Fatalf("the fake trainer never reached its hang\nstderr:\n%s", stderr.String())
	}
	if helper == 0 {
		t.Fatalf("the fake did not start its helper\nstderr:\n%s", stderr.String())
	}
	// Whatever happens, the fake's group (it leads it) and its helper must
	// not outlive the test: a failing run would otherwise leave them behind.
	t.Cleanup(func() {
		if alive(helper) {
			syscall.Kill(helper, syscall.SIGKILL)
		}
		if trainerPID != 0 && alive(trainerPID) {
			syscall.Kill(-trainerPID, syscall.SIGKILL)
		}
	})
	cmd.Process.Signal(syscall.SIGINT)
	// The first Ctrl-C asks the trainer to stop (SIGTERM, which it ignores)
	// and waits out its grace period: domainyours must still be running when
	// the trainer reports the SIGTERM, since only the grace period's end (10 s)
	// or a second Ctrl-C may end it.
	select {
	case s := <-termed:
		if trainerPID, _ = strconv.Atoi(s); trainerPID == 0 {
			t.Fatalf("the fake wrote %q as its PID", s)
		}
	case err := <-done:
		t.Fatalf("exited after one Ctrl-C without asking the trainer to stop: %v\n%s", err, stderr.String())
	case <-backstop:
		t.Fatalf("the trainer never got a SIGTERM after the first Ctrl-C\n%s", stderr.String())
	}
	select {
	case err := <-done:
		t.Fatalf("exited during the trainer's grace period after one Ctrl-C: %v\n%s", err, stderr.String())
	default:
	}
	cmd.Process.Signal(syscall.SIGINT)
	select {
	case err := <-done:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 130 {
			t.Fatalf("second Ctrl-C: %v, want exit 130\n%s", err, stderr.String())
		}
	case <-time.After(5 * time.Second):
		// The grace period is 10 s: exiting within 5 s is "at once" even on
		// a loaded machine, and the grace period's end would take longer.
		t.Fatalf("the second Ctrl-C did not exit at once\n%s", stderr.String())
	}
	// The trainer (which ignores SIGTERM) and its helper were killed on the
	// way out. A killed process takes a moment to die and be reaped: polled,
	// with a deadline, until it is observed gone.
	for _, p := range []struct {
		what string
		pid  int
	}{{"trainer", trainerPID}, {"trainer's helper", helper}} {
		for deadline := time.Now().Add(5 * time.Second); alive(p.pid); time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("the %s (pid %d) outlived domainyours", p.what, p.pid)
			}
		}
	}
}

// alive reports whether pid names a running process; a zombie counts as
// gone (it has exited and only waits to be reaped).
func alive(pid int) bool {
	if pid <= 0 || syscall.Kill(pid, 0) != nil {
		return false
	}
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return !os.IsNotExist(err)
	}
	// The state follows the command name, which is in parentheses.
	fields := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	return len(fields) == 0 || fields[0] != "Z"
}
