package trainer_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/trainer"
)

func TestParseSweep(t *testing.T) {
	base := *trainer.NewSettings()
	tests := []struct {
		spec    string
		n       int
		first   map[string]string
		wantErr string
	}{
		{"lr=1e-4,3e-4;rank=8,16", 4, map[string]string{"lr": "1e-4", "rank": "8"}, ""},
		{" rank = 4 ", 1, map[string]string{"rank": "4"}, ""},
		{"modules=attn_q+attn_v,all", 2, map[string]string{"modules": "attn_q,attn_v"}, ""},
		{"lr=1e-4;lr=2e-4", 0, nil, "given twice"},
		{"batch=4,8", 0, nil, `unknown key "batch"`},
		{"rank=0", 0, nil, "--sweep rank=0 is out of range 1-512"},
		{"lr=2", 0, nil, "--sweep lr=2 is out of range (0, 1]"},
		{"lr=NaN", 0, nil, "--sweep lr=NaN is out of range (0, 1]"},
		{"warmup_ratio=NaN", 0, nil, "--sweep warmup_ratio=NaN is out of range"},
		{"modules=attn_q+ffn", 0, nil, `--sweep modules="attn_q,ffn" names "ffn"`},
		{"lr=fast", 0, nil, "not a number"},
		{"rank", 0, nil, "not key=value"},
		{";", 0, nil, "names no values"},
		{"rank=1,2,3,4,5,6,7,8;lr=1e-5,2e-5,3e-5,4e-5,5e-5,6e-5,7e-5,8e-5,9e-5", 0, nil, "more than 64 runs"},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			grid, err := trainer.ParseSweep(base, tt.spec)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(grid) != tt.n {
				t.Fatalf("%d points, want %d", len(grid), tt.n)
			}
			for k, v := range tt.first {
				if grid[0].Values[k] != v {
					t.Errorf("first point %v, want %s=%s", grid[0].Values, k, v)
				}
			}
		})
	}
	grid, _ := trainer.ParseSweep(base, "lr=1e-4,3e-4;rank=8,16")
	if grid[1].Hyper.LearningRate != 1e-4 || grid[1].Hyper.Rank != 16 || grid[2].Hyper.LearningRate != 3e-4 || grid[2].Hyper.Epochs != base.Hyper.Epochs {
		t.Errorf("grid order or values: %+v", grid)
	}
}

// Each configuration trains in its own folder; the lowest best validation
// loss wins and becomes the version, registered, with the table in its
// manifest. The fake's curve depends on the epoch only, so the scripted
// epochs decide the winner: with more epochs the run reaches a lower loss.
func TestSweepPromotesTheBestRun(t *testing.T) {
	bin := fakeTrainer(t, fakeScript{ValLoss: []float64{3, 2, 1, 0.5}, TrainLoss: []float64{3, 2, 1, 0.5}})
	cfg := project(t, bin)
	reg := &recordingRegistry{reply: `{"domains":[],"refusal":""}`}
	cfg.Registry = reg
	grid, err := trainer.ParseSweep(trainer.Settings{Hyper: cfg.Hyper}, "epochs=2,4,3")
	if err != nil {
		t.Fatal(err)
	}
	res, err := trainer.Sweep(context.Background(), cfg, grid)
	if err != nil {
		t.Fatalf("%v\nlog:\n%s", err, cfg.Log)
	}
	if res.Winner != 1 || len(res.Runs) != 3 {
		t.Fatalf("winner %d of %d runs: %+v", res.Winner, len(res.Runs), res.Runs)
	}
	m := readManifest(t, filepath.Join(cfg.ModelsDir, "model_v1"))
	if m.Name != "v1" || m.Hyper.Epochs != 4 || len(m.Sweep) != 3 || !m.Registered || m.Model != "domainyours:v1" {
		t.Errorf("final manifest: %+v", m)
	}
	for i := 1; i <= 3; i++ {
		if _, err := os.Stat(filepath.Join(cfg.ModelsDir, "model_v1-sweep-0"+string(rune('0'+i)), "manifest.json")); err != nil {
			t.Errorf("sweep run %d's manifest was not kept: %v", i, err)
		}
	}
	if got := strings.Join(reg.calls, "|"); strings.Count(got, "create ") != 1 || !strings.Contains(got, "copy domainyours:v1-candidate domainyours:v1") {
		t.Errorf("registration calls: %s", got)
	}
}

// A sweep of full fine-tunes promotes the winner's whole model through the
// same finalize path as a single run: it used to fail looking for the
// winner's adapter.gguf, which a full fine-tune does not have.
func TestSweepPromotesAFullFineTune(t *testing.T) {
	lora := fakeTrainer(t, fakeScript{ValLoss: []float64{2, 1}})
	bin := filepath.Join(filepath.Dir(lora), "llama-finetune")
	copyExe(t, builtFake, bin)
	if err := os.Rename(lora+".json", bin+".json"); err != nil {
		t.Fatal(err)
	}
	cfg := project(t, bin)
	cfg.Method, cfg.Hyper.Epochs = trainer.MethodFull, 2
	reg := &recordingRegistry{reply: `{"domains":[],"refusal":""}`}
	cfg.Registry = reg
	grid, err := trainer.ParseSweep(trainer.Settings{Hyper: cfg.Hyper}, "lr=1e-4,3e-4")
	if err != nil {
		t.Fatal(err)
	}
	res, err := trainer.Sweep(context.Background(), cfg, grid)
	if err != nil {
		t.Fatalf("%v\nlog:\n%s", err, cfg.Log)
	}
	final := filepath.Join(cfg.ModelsDir, "model_v1")
	m := readManifest(t, final)
	if res.Winner != 0 || m.Method != "full" || m.Name != "v1" || len(m.Sweep) != 2 || !m.Registered || m.Model != "domainyours:v1" {
		t.Errorf("winner %d, manifest %+v", res.Winner, m)
	}
	for _, f := range []string{"model.gguf", "Modelfile", "metrics.csv", "loss.png"} {
		if _, err := os.Stat(filepath.Join(final, f)); err != nil {
			t.Errorf("promoted version lacks %s: %v", f, err)
		}
	}
	mf, _ := os.ReadFile(filepath.Join(final, "Modelfile"))
	if !strings.HasPrefix(string(mf), "FROM ./model.gguf\n") || strings.Contains(string(mf), "ADAPTER") {
		t.Errorf("Modelfile:\n%s", mf)
	}
	want := "blob model.gguf|create domainyours:v1-candidate|chat domainyours:v1-candidate|copy domainyours:v1-candidate domainyours:v1|delete domainyours:v1-candidate"
	if got := strings.Join(reg.calls, "|"); got != want {
		t.Errorf("registration calls:\n got %s\nwant %s", got, want)
	}
}
