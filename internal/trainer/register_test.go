package trainer_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/ollama"
	"github.com/domainyours/domainyours/internal/trainer"
)

// recordingRegistry records what registration asks of Ollama and answers
// the smoke test with reply.
type recordingRegistry struct {
	calls []string
	reply string
}

func (r *recordingRegistry) CreateBlob(_ context.Context, path string) (string, error) {
	r.calls = append(r.calls, "blob "+filepath.Base(path))
	return "sha256:" + strings.Repeat("0", 64), nil
}

func (r *recordingRegistry) Create(_ context.Context, s ollama.CreateSpec) error {
	r.calls = append(r.calls, "create "+s.Name)
	return nil
}

func (r *recordingRegistry) Copy(_ context.Context, src, dst string) error {
	r.calls = append(r.calls, "copy "+src+" "+dst)
	return nil
}

func (r *recordingRegistry) Delete(_ context.Context, name string) error {
	r.calls = append(r.calls, "delete "+name)
	return nil
}

func (r *recordingRegistry) Complete(_ context.Context, req llm.Request) (llm.Response, error) {
	r.calls = append(r.calls, "chat "+req.Model)
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
