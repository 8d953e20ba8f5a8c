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
	base := trainer.DefaultHyper()
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
		{"rank=0", 0, nil, "--rank 0"},
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
	if grid[1].Hyper.LearningRate != 1e-4 || grid[1].Hyper.Rank != 16 || grid[2].Hyper.LearningRate != 3e-4 || grid[2].Hyper.Epochs != base.Epochs {
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
	grid, err := trainer.ParseSweep(cfg.Hyper, "epochs=2,4,3")
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
