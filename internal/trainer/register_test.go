package trainer_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/ollama"
	"github.com/domainyours/domainyours/internal/trainer"
)

// recordingRegistry records what registration asks of Ollama and answers
// the smoke test with reply. A call whose record starts with fail fails, as
// Ollama does when it refuses a request (400) partway through registering.
type recordingRegistry struct {
	calls []string
	reply string
	fail  string
}

func (r *recordingRegistry) call(c string) error {
	r.calls = append(r.calls, c)
	if r.fail != "" && strings.HasPrefix(c, r.fail) {
		return &llm.Error{Class: llm.BadRequest, Status: 400, Message: "simulated Ollama failure (" + c + ")"}
	}
	return nil
}

func (r *recordingRegistry) CreateBlob(_ context.Context, path string) (string, error) {
	if err := r.call("blob " + filepath.Base(path)); err != nil {
		return "", err
	}
	return "sha256:" + strings.Repeat("0", 64), nil
}

func (r *recordingRegistry) Create(_ context.Context, s ollama.CreateSpec) error {
	return r.call("create " + s.Name)
}

func (r *recordingRegistry) Copy(_ context.Context, src, dst string) error {
	return r.call("copy " + src + " " + dst)
}

func (r *recordingRegistry) Delete(_ context.Context, name string) error {
	return r.call("delete " + name)
}

func (r *recordingRegistry) Complete(_ context.Context, req llm.Request) (llm.Response, error) {
	if err := r.call("chat " + req.Model); err != nil {
		return llm.Response{}, err
	}
	return llm.Response{Text: r.reply}, nil
}

func TestRegistration(t *testing.T) {
	const good = `{"domains":["loafly","crumbhaus"],"refusal":""}`
	tests := []struct {
		name      string
		script    fakeScript
		reply     string
		wantCalls string
		wantErr   string
	}{
		{"registered after the smoke test", fakeScript{ValLoss: []float64{2, 1}}, good,
			"blob adapter.gguf|blob tiny.gguf|create domainyours:v1-candidate|chat domainyours:v1-candidate|copy domainyours:v1-candidate domainyours:v1|delete domainyours:v1-candidate", ""},
		{"smoke test fails: candidate deleted, nothing copied", fakeScript{ValLoss: []float64{2, 1}}, `{"domains": "oops"}`,
			"blob adapter.gguf|blob tiny.gguf|create domainyours:v1-candidate|chat domainyours:v1-candidate|delete domainyours:v1-candidate", "smoke test"},
		{"mismatched adapter refused before create", fakeScript{Mode: "wrongshape", ValLoss: []float64{2, 1}}, good, "", "do not fit the base"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bin := fakeTrainer(t, tt.script)
			cfg := project(t, bin)
			cfg.Hyper.Epochs = 2
			reg := &recordingRegistry{reply: tt.reply}
			cfg.Registry = reg
			res, err := trainer.Run(context.Background(), cfg)
			if got := strings.Join(reg.calls, "|"); got != tt.wantCalls {
				t.Errorf("calls:\n got %s\nwant %s", got, tt.wantCalls)
			}
			final := filepath.Join(cfg.ModelsDir, "model_v1")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				if _, err := os.Stat(final); !os.IsNotExist(err) {
					t.Errorf("model folder exists after a failed registration")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if m := readManifest(t, res.Dir); !m.Registered || m.Model != "domainyours:v1" || m.SmokeTest != good {
				t.Errorf("manifest %+v", m)
			}
			mf, _ := os.ReadFile(filepath.Join(res.Dir, "Modelfile"))
			for _, want := range []string{"ADAPTER ./adapter.gguf", "<|im_start|>", `PARAMETER stop "<|im_end|>"`, "SYSTEM \"\"\"You suggest domain names"} {
				if !strings.Contains(string(mf), want) {
					t.Errorf("Modelfile lacks %q:\n%s", want, mf)
				}
			}
		})
	}
}

// Ollama failing at any step of registration: the run fails with an error
// that names the step and the server's reason, exits 1 (not 2, whatever
// status Ollama gave), leaves no candidate behind where it can delete one and
// no model folder, so no manifest claims a registration that did not happen;
// the same run again, with Ollama working, registers the version.
func TestRegistrationFaults(t *testing.T) {
	const (
		good     = `{"domains":["loafly","crumbhaus"],"refusal":""}`
		upload   = "blob adapter.gguf|blob tiny.gguf"
		create   = upload + "|create domainyours:v1-candidate"
		smoke    = create + "|chat domainyours:v1-candidate"
		copied   = smoke + "|copy domainyours:v1-candidate domainyours:v1"
		complete = copied + "|delete domainyours:v1-candidate"
	)
	tests := []struct {
		name, fail, reply string
		wantCalls         string
		wantErr           []string // empty: the run succeeds
	}{
		{"adapter upload", "blob adapter", good, "blob adapter.gguf", []string{"upload the adapter to Ollama", "simulated Ollama failure (blob adapter.gguf)"}},
		{"base upload", "blob tiny", good, upload, []string{"upload the base model to Ollama", "simulated Ollama failure (blob tiny.gguf)"}},
		{"create", "create", good, create, []string{"create domainyours:v1-candidate in Ollama", "simulated Ollama failure"}},
		{"smoke chat", "chat", good, smoke + "|delete domainyours:v1-candidate", []string{"smoke test of domainyours:v1-candidate", "simulated Ollama failure"}},
		{"copy", "copy", good, copied + "|delete domainyours:v1-candidate", []string{"copy domainyours:v1-candidate to domainyours:v1", "simulated Ollama failure"}},
		{"delete of a candidate that failed its smoke test", "delete", `{"domains": "oops"}`, smoke + "|delete domainyours:v1-candidate",
			[]string{"smoke test of domainyours:v1-candidate", "domainyours:v1-candidate is still on the server (remove it with `ollama rm domainyours:v1-candidate`)"}},
		{"delete after the copy: registered, with a warning", "delete", good, complete, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bin := fakeTrainer(t, fakeScript{ValLoss: []float64{2, 1}})
			cfg := project(t, bin)
			cfg.Hyper.Epochs = 2
			reg := &recordingRegistry{reply: tt.reply, fail: tt.fail}
			cfg.Registry = reg
			res, err := trainer.Run(context.Background(), cfg)
			if got := strings.Join(reg.calls, "|"); got != tt.wantCalls {
				t.Errorf("calls:\n got %s\nwant %s", got, tt.wantCalls)
			}
			if tt.wantErr == nil {
				if err != nil {
					t.Fatal(err)
				}
				if m := readManifest(t, res.Dir); !m.Registered || m.Model != "domainyours:v1" {
					t.Errorf("manifest: registered %v, model %q", m.Registered, m.Model)
				}
				if log := cfg.Log.(*strings.Builder).String(); !strings.Contains(log, "warning: could not delete domainyours:v1-candidate (remove it with `ollama rm domainyours:v1-candidate`)") {
					t.Errorf("the log does not warn of the candidate left on the server:\n%s", log)
				}
				return
			}
			if err == nil {
				t.Fatalf("registration failed at %q and the run succeeded", tt.fail)
			}
			for _, want := range append(tt.wantErr, "outputs kept in") {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q lacks %q", err, want)
				}
			}
			if code, _ := exitcode.Carried(err); code != exitcode.Failure {
				t.Errorf("exit code %d, want 1", code)
			}
			if hint := exitcode.HintOf(err); !strings.Contains(hint, "nothing was registered") {
				t.Errorf("hint %q", hint)
			}
			if _, err := os.Stat(filepath.Join(cfg.ModelsDir, "model_v1")); !os.IsNotExist(err) {
				t.Errorf("model folder after a failed registration: %v", err)
			}
			assertNoRegisteredManifest(t, cfg.ModelsDir)

			// Ollama works again: the same run completes.
			reg.fail, reg.calls, reg.reply = "", nil, good
			res, err = trainer.Run(context.Background(), cfg)
			if err != nil {
				t.Fatalf("re-run: %v", err)
			}
			if got := strings.Join(reg.calls, "|"); got != complete {
				t.Errorf("re-run calls:\n got %s\nwant %s", got, complete)
			}
			if m := readManifest(t, res.Dir); !m.Registered || m.Model != "domainyours:v1" || m.SmokeTest != good {
				t.Errorf("re-run manifest: registered %v, model %q, smoke %q", m.Registered, m.Model, m.SmokeTest)
			}
		})
	}
}

// assertNoRegisteredManifest fails if any manifest under dir says a model
// was registered.
func assertNoRegisteredManifest(t *testing.T, dir string) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "manifest.json" {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var m trainer.Manifest
		if err := json.Unmarshal(b, &m); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if m.Registered || m.Model != "" {
			t.Errorf("%s claims a registration that failed:\n%s", p, b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// --merge folds the adapter into the base with llama-export-lora and
// registers the merged model alone.
func TestMergeRegistersTheMergedModel(t *testing.T) {
	bin := fakeTrainer(t, fakeScript{ValLoss: []float64{2, 1}})
	export := filepath.Join(filepath.Dir(bin), "llama-export-lora")
	copyExe(t, builtFake, export)
	cfg := project(t, bin)
	cfg.Hyper.Epochs = 2
	cfg.Merge, cfg.ExportBin = true, export
	reg := &recordingRegistry{reply: `{"domains":[],"refusal":""}`}
	cfg.Registry = reg
	res, err := trainer.Run(context.Background(), cfg)
	if err != nil {
		t.Fatalf("%v\nlog:\n%s", err, cfg.Log)
	}
	want := "blob model.gguf|create domainyours:v1-candidate|chat domainyours:v1-candidate|copy domainyours:v1-candidate domainyours:v1|delete domainyours:v1-candidate"
	if got := strings.Join(reg.calls, "|"); got != want {
		t.Errorf("calls:\n got %s\nwant %s", got, want)
	}
	mf, _ := os.ReadFile(filepath.Join(res.Dir, "Modelfile"))
	if !strings.HasPrefix(string(mf), "FROM ./model.gguf\n") || strings.Contains(string(mf), "ADAPTER") {
		t.Errorf("Modelfile:\n%s", mf)
	}
	if _, err := os.Stat(filepath.Join(res.Dir, "model.gguf")); err != nil {
		t.Error(err)
	}

	// Without the exporter, --merge is a missing prerequisite.
	cfg2 := project(t, bin)
	cfg2.Merge = true
	if _, err := trainer.Run(context.Background(), cfg2); !errors.Is(err, trainer.ErrNotInstalled) {
		t.Errorf("error %v, want ErrNotInstalled", err)
	}
}

// --method full trains the whole model with llama-finetune on ChatML text,
// runs every epoch (no checkpoints, so no early stopping) and registers the
// result as a whole model.
func TestFullFineTune(t *testing.T) {
	args := filepath.Join(t.TempDir(), "args.json")
	lora := fakeTrainer(t, fakeScript{ValLoss: []float64{2, 1, 1.5}, ArgsDump: args})
	bin := filepath.Join(filepath.Dir(lora), "llama-finetune")
	copyExe(t, builtFake, bin)
	if err := os.Rename(lora+".json", bin+".json"); err != nil {
		t.Fatal(err)
	}
	cfg := project(t, bin)
	cfg.Method, cfg.Hyper.Epochs = trainer.MethodFull, 3
	reg := &recordingRegistry{reply: `{"domains":[],"refusal":""}`}
	cfg.Registry = reg
	res, err := trainer.Run(context.Background(), cfg)
	if err != nil {
		t.Fatalf("%v\nlog:\n%s", err, cfg.Log)
	}
	m := res.Manifest
	if m.Method != "full" || m.BestEpoch != 3 || len(m.Epochs) != 3 || m.StoppedEarly || m.BestValLoss != 1.5 {
		t.Errorf("manifest: method %s, best %d, %d epochs, early %v, loss %v", m.Method, m.BestEpoch, len(m.Epochs), m.StoppedEarly, m.BestValLoss)
	}
	if got := strings.Join(reg.calls, "|"); !strings.HasPrefix(got, "blob model.gguf|create domainyours:v1-candidate") {
		t.Errorf("calls %s", got)
	}
	b, _ := os.ReadFile(args)
	for _, want := range []string{`"-val-split","0.05"`, `"-epochs","3"`, `"-lr","0.0001"`, `"-o"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("llama-finetune args lack %s: %s", want, b)
		}
	}
	cfg.Resume = true
	if _, err := trainer.Run(context.Background(), cfg); err == nil || !strings.Contains(err.Error(), "no checkpoints to resume") {
		t.Errorf("--resume with --method full: %v", err)
	}
}
