package trainer_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/proctest"
	"github.com/domainyours/domainyours/internal/trainer"
)

func readManifest(t *testing.T, dir string) trainer.Manifest {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m trainer.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// The default curve of the fake has its validation minimum at epoch 3: with
// patience 2 the run stops after epoch 5 and keeps epoch 3's checkpoint.
func TestRunEarlyStopKeepsBestEpoch(t *testing.T) {
	const canary = "sk-canary-DO-NOT-LEAK-4242"
	t.Setenv("OPENAI_API_KEY", canary)
	envDump := filepath.Join(t.TempDir(), "env.txt")
	bin := fakeTrainer(t, fakeScript{EnvDump: envDump})
	cfg := project(t, bin)
	res, err := trainer.Run(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Run: %v\nlog:\n%s", err, cfg.Log)
	}
	m := res.Manifest
	if m.BestEpoch != 3 || !m.StoppedEarly || len(m.Epochs) != 5 {
		t.Fatalf("best epoch %d, stopped early %v, %d epochs; want 3, true, 5\nlog:\n%s", m.BestEpoch, m.StoppedEarly, len(m.Epochs), cfg.Log)
	}
	if m.TrainRows+m.ValRows != 200 || m.ValRows != trainer.ValidationRows(200) {
		t.Errorf("rows %d train + %d validation", m.TrainRows, m.ValRows)
	}
	for _, f := range []string{"adapter.gguf", "Modelfile", "manifest.json", "metrics.csv", "loss.png"} {
		if fi, err := os.Stat(filepath.Join(res.Dir, f)); err != nil || fi.Size() == 0 {
			t.Errorf("%s missing or empty: %v", f, err)
		}
	}
	png, _ := os.ReadFile(filepath.Join(res.Dir, "loss.png"))
	if !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Error("loss.png is not a PNG")
	}
	metrics, _ := os.ReadFile(filepath.Join(res.Dir, "metrics.csv"))
	if lines := strings.Count(string(metrics), "\n"); lines != 6 {
		t.Errorf("metrics.csv has %d lines, want header + 5:\n%s", lines, metrics)
	}
	// The kept adapter is epoch 3's, which fits the base.
	base, _ := trainer.ReadGGUF(cfg.BaseGGUF)
	ad, err := trainer.ReadGGUF(filepath.Join(res.Dir, "adapter.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	if err := trainer.CheckAdapter(base, ad); err != nil {
		t.Error(err)
	}
	onDisk := readManifest(t, res.Dir)
	if onDisk.DatasetSHA256 == "" || onDisk.Base.Architecture != "llama" || onDisk.Trainer.Name != "llama-finetune-lora" || onDisk.Trainer.Version != "version: 4242 (5eed0000)" ||
		onDisk.Trainer.Commit != "5eed0000" || onDisk.Registered {
		t.Errorf("manifest: %+v", onDisk)
	}
	if _, err := os.Stat(filepath.Join(cfg.ModelsDir, ".model_v1.partial")); !os.IsNotExist(err) {
		t.Errorf("work folder left behind: %v", err)
	}
	// The trainer got a minimal environment: no key from this process.
	env, err := os.ReadFile(envDump)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(env), canary) || strings.Contains(string(env), "OPENAI") {
		t.Errorf("the trainer saw an API key:\n%s", env)
	}
	for _, kv := range strings.Split(string(env), "\n") {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "LC_ALL", "HOME", "TMPDIR", "PATH":
		default:
			t.Errorf("unexpected variable in the trainer's environment: %q", kv)
		}
	}
	// Outputs name no secret either.
	filepath.Walk(res.Dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			if b, _ := os.ReadFile(p); bytes.Contains(b, []byte(canary)) {
				t.Errorf("%s holds the canary key", p)
			}
		}
		return nil
	})
}

func TestRunScriptedCurves(t *testing.T) {
	tests := []struct {
		name      string
		script    fakeScript
		epochs    int
		patience  int
		wantBest  int
		wantRan   int
		wantEarly bool
	}{
		{"improves to the end", fakeScript{ValLoss: []float64{3, 2.5, 2.2, 2.1}}, 4, 2, 4, 4, false},
		{"best first then flat", fakeScript{ValLoss: []float64{1.0, 1.2, 1.3, 0.9}}, 4, 2, 1, 3, true},
		{"patience 0 runs all epochs", fakeScript{ValLoss: []float64{1.0, 1.2, 1.3, 1.4}}, 4, 0, 1, 4, false},
		{"diverges at epoch 3", fakeScript{ValLoss: []float64{2.0, 1.5, 1.0, 0.5}, DivergeAt: 3}, 4, 5, 2, 3, true},
		{"noise within patience", fakeScript{ValLoss: []float64{2.0, 2.1, 1.9, 2.0, 2.05, 2.2}}, 6, 2, 3, 5, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bin := fakeTrainer(t, tt.script)
			cfg := project(t, bin)
			cfg.Hyper.Epochs, cfg.Hyper.Patience = tt.epochs, tt.patience
			res, err := trainer.Run(context.Background(), cfg)
			if err != nil {
				t.Fatalf("Run: %v\nlog:\n%s", err, cfg.Log)
			}
			m := res.Manifest
			if m.BestEpoch != tt.wantBest || len(m.Epochs) != tt.wantRan || m.StoppedEarly != tt.wantEarly {
				t.Errorf("best %d, ran %d, early %v; want %d, %d, %v\nlog:\n%s",
					m.BestEpoch, len(m.Epochs), m.StoppedEarly, tt.wantBest, tt.wantRan, tt.wantEarly, cfg.Log)
			}
		})
	}
}

func TestRunFailuresLeaveNoModel(t *testing.T) {
	tests := []struct {
		name    string
		script  fakeScript
		context int
		wantErr string
		input   bool
	}{
		{"crash", fakeScript{Mode: "crash", CrashAfter: 1}, 512, "simulated crash: out of memory", false},
		{"every conversation too long", fakeScript{}, 64, "rerun with --context 512", true},
		{"some conversations too long", fakeScript{SkipEvery: 10}, 512,
			"20 of 200 conversations were skipped as too long for --context 512 (the longest has 522 tokens); rerun with --context 1024", true},
		{"mismatched adapter", fakeScript{Mode: "wrongshape"}, 512, "do not fit the base", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bin := fakeTrainer(t, tt.script)
			cfg := project(t, bin)
			cfg.Hyper.Context = tt.context
			_, err := trainer.Run(context.Background(), cfg)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
			}
			if exitcode.IsInput(err) != tt.input {
				t.Errorf("input error = %v, want %v: %v", !tt.input, tt.input, err)
			}
			if _, err := os.Stat(filepath.Join(cfg.ModelsDir, "model_v1")); !os.IsNotExist(err) {
				t.Errorf("a model folder exists after a failure: %v", err)
			}
		})
	}
}

// A hung trainer is stopped with its whole process group when the context
// ends; the work folder stays for --resume.
func TestRunHangIsStopped(t *testing.T) {
	pidFile := filepath.Join(t.TempDir(), "child.pid")
	// The fake writes its helper's PID once it hangs: the moment to stop it.
	hung := proctest.SignalFile(t, pidFile)
	bin := fakeTrainer(t, fakeScript{Mode: "hang", CrashAfter: 1, ChildPID: pidFile})
	cfg := project(t, bin)
	cfg.Grace = 500 * time.Millisecond
	// The timeout is only a backstop for a fake that never says it hangs.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	helper := make(chan string, 1)
	go func() {
		helper <- <-hung
		cancel()
	}()
	_, err := trainer.Run(ctx, cfg)
	if err == nil || !strings.Contains(err.Error(), "--resume") {
		t.Fatalf("error %v, want the interruption with a --resume hint", err)
	}
	var pidText string
	select {
	case pidText = <-helper:
	default:
		t.Fatalf("the fake never wrote its helper's PID; the run was stopped by the backstop timeout\nlog:\n%s", cfg.Log)
	}
	if _, err := os.Stat(filepath.Join(cfg.ModelsDir, ".model_v1.partial", "run.journal")); err != nil {
		t.Errorf("the work folder was not kept: %v", err)
	}
	// The helper the trainer forked is gone too: no orphans.
	pid, err := strconv.Atoi(pidText)
	if err != nil {
		t.Fatalf("the fake did not start its helper: %v", err)
	}
	// A killed process takes a moment to die and be reaped: polled, with a
	// deadline, until it is observed gone.
	for deadline := time.Now().Add(5 * time.Second); alive(pid) && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	if alive(pid) {
		t.Errorf("helper process %d outlived the stopped trainer", pid)
	}
}

// A run that crashed after two epochs resumes from its last checkpoint with
// --resume-from and ends as an uninterrupted run would.
func TestRunResumeAfterCrash(t *testing.T) {
	curve := []float64{3.0, 2.5, 2.0, 1.9, 2.3, 2.4}
	args := filepath.Join(t.TempDir(), "args.jsonl")
	bin := fakeTrainer(t, fakeScript{Mode: "crash", CrashAfter: 2, ValLoss: curve, ArgsDump: args})
	cfg := project(t, bin)
	if _, err := trainer.Run(context.Background(), cfg); err == nil {
		t.Fatal("the crash was not reported")
	}
	setScript(t, bin, fakeScript{ValLoss: curve, ArgsDump: args})
	cfg.Resume = true
	res, err := trainer.Run(context.Background(), cfg)
	if err != nil {
		t.Fatalf("resume: %v\nlog:\n%s", err, cfg.Log)
	}
	m := res.Manifest
	if !m.Resumed || m.BestEpoch != 4 || len(m.Epochs) != 6 {
		t.Errorf("resumed %v, best %d, %d epochs; want true, 4, 6", m.Resumed, m.BestEpoch, len(m.Epochs))
	}
	for i, e := range m.Epochs {
		if e.Epoch != i+1 || e.ValLoss != curve[i] {
			t.Errorf("epoch record %d: %+v", i, e)
		}
	}
	b, _ := os.ReadFile(args)
	calls := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(calls) != 2 || strings.Contains(calls[0], "--resume-from") || !strings.Contains(calls[1], "checkpoint_step_") {
		t.Errorf("trainer calls:\n%s", b)
	}
}

func TestRunInputChecks(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(t *testing.T, cfg *trainer.Config)
		wantErr string
	}{
		{"invalid row", func(t *testing.T, cfg *trainer.Config) {
			appendLine(t, filepath.Join(cfg.DataDir, "dataset_v1.csv"), `A shop,"[""UPPER"",""b"",""c"",""d"",""e""]",appropriate,`)
		}, "invalid rows; fix them or pass --skip-invalid"},
		{"test description in training data", func(t *testing.T, cfg *trainer.Config) {
			appendLine(t, filepath.Join(cfg.DataDir, "dataset_v1.csv"),
				`"Online shop for wild bird seed mixes, feeders and nest boxes that helps gardeners attract more songbirds.","[""seedsong"",""birdfeast"",""nestly"",""wingmeal"",""songseed""]",appropriate,`)
		}, "are in the test set"},
		{"path traversal", func(t *testing.T, cfg *trainer.Config) { cfg.Version = "../../etc/passwd" }, "not allowed"},
		{"missing dataset", func(t *testing.T, cfg *trainer.Config) { cfg.Version = "v7" }, "dataset_v7.csv"},
		{"existing version", func(t *testing.T, cfg *trainer.Config) {
			os.MkdirAll(filepath.Join(cfg.ModelsDir, "model_v1"), 0o755)
		}, "pass --force"},
		{"adapter file as base", func(t *testing.T, cfg *trainer.Config) {
			cfg.BaseGGUF = "testdata/not-a-gguf.txt"
		}, "base model"},
		{"bad hyperparameter", func(t *testing.T, cfg *trainer.Config) { cfg.Hyper.LearningRate = 2 }, "--learning-rate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bin := fakeTrainer(t, fakeScript{})
			cfg := project(t, bin)
			tt.edit(t, &cfg)
			_, err := trainer.Run(context.Background(), cfg)
			if !exitcode.IsInput(err) || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error %v, want an input error containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestRunSkipInvalidCountsRows(t *testing.T) {
	bin := fakeTrainer(t, fakeScript{ValLoss: []float64{2, 1}})
	cfg := project(t, bin)
	cfg.Hyper.Epochs = 2
	appendLine(t, filepath.Join(cfg.DataDir, "dataset_v1.csv"), `A shop,"[""UPPER"",""b"",""c"",""d"",""e""]",appropriate,`)
	cfg.SkipInvalid = true
	res, err := trainer.Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if res.Manifest.SkippedInvalid != 1 || res.Manifest.Rows != 200 {
		t.Errorf("skipped %d, rows %d", res.Manifest.SkippedInvalid, res.Manifest.Rows)
	}
}

// --force replaces an existing version only when the new run succeeds.
func TestRunForceKeepsOldVersionOnFailure(t *testing.T) {
	bin := fakeTrainer(t, fakeScript{Mode: "crash", CrashAfter: 1})
	cfg := project(t, bin)
	old := filepath.Join(cfg.ModelsDir, "model_v1")
	os.MkdirAll(old, 0o755)
	os.WriteFile(filepath.Join(old, "manifest.json"), []byte(`{"version":"v1"}`), 0o644)
	cfg.Force = true
	if _, err := trainer.Run(context.Background(), cfg); err == nil {
		t.Fatal("crash not reported")
	}
	if b, err := os.ReadFile(filepath.Join(old, "manifest.json")); err != nil || string(b) != `{"version":"v1"}` {
		t.Fatalf("old version damaged: %q %v", b, err)
	}
	setScript(t, bin, fakeScript{ValLoss: []float64{2, 1}})
	cfg.Hyper.Epochs = 2
	if _, err := trainer.Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	if m := readManifest(t, old); m.BestEpoch != 2 {
		t.Errorf("the new version did not replace the old one: %+v", m)
	}
}

// A trainer that floods its output with megabytes of unterminated text and
// thousands of lines still trains; the kept output stays bounded.
func TestRunSurvivesLogFlood(t *testing.T) {
	bin := fakeTrainer(t, fakeScript{Mode: "flood", ValLoss: []float64{2, 1}})
	cfg := project(t, bin)
	cfg.Hyper.Epochs = 2
	if _, err := trainer.Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
}

func TestRunMissingTrainer(t *testing.T) {
	_, err := trainer.ResolveBinary(filepath.Join(t.TempDir(), "llama-finetune-lora"))
	if !errors.Is(err, trainer.ErrNotInstalled) {
		t.Fatalf("error %v, want ErrNotInstalled", err)
	}
	if _, err := trainer.ResolveBinary("--help"); !errors.Is(err, trainer.ErrNotInstalled) {
		t.Errorf("a flag-like binary name was accepted: %v", err)
	}
}

func appendLine(t *testing.T, path, line string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(line + "\n"); err != nil {
		t.Fatal(err)
	}
}

// Relative folders (the defaults are data and models) work although the
// trainer runs in the work folder.
func TestRunWithRelativePaths(t *testing.T) {
	bin := fakeTrainer(t, fakeScript{ValLoss: []float64{2, 1}})
	cfg := project(t, bin)
	root := filepath.Dir(cfg.DataDir)
	t.Chdir(root)
	cfg.DataDir, cfg.ModelsDir, cfg.BaseGGUF, cfg.TestSet = "data", "models", "tiny.gguf", filepath.Join("data", "test_set.csv")
	cfg.Hyper.Epochs = 2
	res, err := trainer.Run(context.Background(), cfg)
	if err != nil {
		t.Fatalf("%v\nlog:\n%s", err, cfg.Log)
	}
	if want := filepath.Join(root, "models", "model_v1"); res.Dir != want {
		t.Errorf("model folder %s, want %s", res.Dir, want)
	}
}

// Progress goes to the callback: steps over all planned epochs, the epoch
// in progress, the last finished epoch's validation loss, and one final
// report when the trainer has exited.
func TestRunReportsProgress(t *testing.T) {
	bin := fakeTrainer(t, fakeScript{ValLoss: []float64{2, 1}})
	cfg := project(t, bin)
	cfg.Hyper.Epochs = 2
	var got []trainer.Progress
	cfg.OnProgress = func(p trainer.Progress) { got = append(got, p) }
	if _, err := trainer.Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	if len(got) < 3 {
		t.Fatalf("%d progress reports", len(got))
	}
	steps := 200 - trainer.ValidationRows(200)
	last := got[len(got)-1]
	if !last.Done || last.Run != "v1" || last.Step != 2*steps || last.Steps != 2*steps || last.Epoch != 2 || last.ValLoss != 1 {
		t.Errorf("last report %+v", last)
	}
	for i, p := range got[:len(got)-1] {
		if p.Done {
			t.Errorf("report %d of %d is marked done: %+v", i, len(got), p)
		}
		if i > 0 && p.Step < got[i-1].Step {
			t.Errorf("steps went back: %+v after %+v", p, got[i-1])
		}
	}
	if first := got[0]; first.Epoch != 1 || first.ValLoss == first.ValLoss {
		t.Errorf("first report %+v: want epoch 1 and no validation loss yet (NaN)", first)
	}
}

// Two machines' manifests of the same run agree but for the dates: paths
// are relative to the project root or file names, never a temporary
// folder; the trainer is named with the repository and commit its build
// record gives.
func TestManifestIsPortable(t *testing.T) {
	run := func() (trainer.Manifest, string, string) {
		bin := fakeTrainer(t, fakeScript{ValLoss: []float64{2, 1}})
		rec := `{"repo":"https://github.com/tetherto/qvac-fabric-llm.cpp","commit":"57d4c9849a2dff5118843cc9e675b006d8493e04"}`
		if err := os.WriteFile(filepath.Join(filepath.Dir(bin), trainer.BuildRecordFile), []byte(rec), 0o644); err != nil {
			t.Fatal(err)
		}
		cfg := project(t, bin)
		cfg.ProjectRoot = filepath.Dir(cfg.DataDir)
		cfg.Hyper.Epochs = 2
		res, err := trainer.Run(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(filepath.Join(res.Dir, "manifest.json"))
		return readManifest(t, res.Dir), string(b), cfg.ProjectRoot
	}
	a, rawA, rootA := run()
	b, _, _ := run()
	for _, m := range []*trainer.Manifest{&a, &b} {
		m.Created, m.WallSeconds = time.Time{}, 0
	}
	if !reflect.DeepEqual(a, b) {
		ja, _ := json.MarshalIndent(a, "", " ")
		jb, _ := json.MarshalIndent(b, "", " ")
		t.Errorf("manifests differ:\n%s\n%s", ja, jb)
	}
	if a.Dataset != "data/dataset_v1.csv" || a.Base.Path != "tiny.gguf" || a.Trainer.Path != "" ||
		a.Trainer.Commit != "57d4c9849a2dff5118843cc9e675b006d8493e04" || a.Trainer.Repo != "https://github.com/tetherto/qvac-fabric-llm.cpp" {
		t.Errorf("manifest: dataset %q, base %+v, trainer %+v", a.Dataset, a.Base, a.Trainer)
	}
	if !slices.Contains(a.Trainer.Args, "models/.model_v1.partial/train.jsonl") || !slices.Contains(a.Trainer.Args, "tiny.gguf") {
		t.Errorf("trainer args: %q", a.Trainer.Args)
	}
	for _, leak := range []string{rootA, os.TempDir()} {
		if strings.Contains(rawA, leak) {
			t.Errorf("the manifest names %s:\n%s", leak, rawA)
		}
	}
}
