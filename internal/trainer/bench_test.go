package trainer_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/trainer"
)

// BenchmarkOrchestration times one whole train run of a 2,000-row dataset
// against the fake trainer (one epoch, no registration): reading and
// checking the data, rendering the JSONL, starting the trainer, parsing its
// 2,000+ progress lines, and writing adapter, manifest, metrics and chart.
// The fake does almost nothing itself, so this is an upper bound on the
// overhead train adds to a real epoch.
func BenchmarkOrchestration(b *testing.B) {
	bin := fakeTrainer(b, fakeScript{})
	root := b.TempDir()
	cfg := project(b, bin)
	rows := make([]dataset.Row, 2000)
	for i := range rows {
		rows[i] = dataset.Row{Description: fmt.Sprintf("Neighbourhood shop number %d selling local goods", i),
			Suggestions: []string{"shopone", "localgoods", "nearbuy", "cornerly", "townmart"}, Label: dataset.LabelAppropriate}
	}
	data := filepath.Join(root, "data")
	os.MkdirAll(data, 0o755)
	if err := dataset.WriteFile(filepath.Join(data, "dataset_v1.csv"), rows, true); err != nil {
		b.Fatal(err)
	}
	cfg.DataDir, cfg.TestSet = data, ""
	cfg.Hyper.Epochs, cfg.Hyper.Patience = 1, 0
	cfg.Log = io.Discard
	b.ResetTimer()
	for i := range b.N {
		cfg.ModelsDir = filepath.Join(root, fmt.Sprintf("models%d", i))
		res, err := trainer.Run(context.Background(), cfg)
		if err != nil {
			b.Fatal(err)
		}
		if res.Manifest.Rows != 2000 || !strings.HasSuffix(res.Dir, "model_v1") {
			b.Fatalf("manifest %+v", res.Manifest)
		}
	}
}

// BenchmarkOverhead measures what train adds to the trainer itself: the
// same run (the 200-row seed dataset, 2 epochs as in issue 14's real run,
// no registration) once through trainer.Run and once as the bare trainer
// with the very arguments train gave it, on the same rendered file. The
// trainer is the fake, which does no arithmetic, so train-ms minus bare-ms
// is train's own cost (data checks, rendering, the log follower, journal,
// adapter check, chart and manifest); set against a real run's wall time it
// gives the overhead share.
func BenchmarkOverhead(b *testing.B) {
	argsDump := filepath.Join(b.TempDir(), "args.jsonl")
	bin := fakeTrainer(b, fakeScript{ArgsDump: argsDump})
	cfg := project(b, bin)
	cfg.Hyper.Epochs, cfg.Hyper.Patience = 2, 0
	cfg.Log = io.Discard
	rows, _, _, err := dataset.ReadFile(filepath.Join(cfg.DataDir, "dataset_v1.csv"), dataset.Options{Training: true})
	if err != nil {
		b.Fatal(err)
	}
	tr, va := trainer.Split(rows, cfg.Hyper.Seed)
	var viaTrain, bare time.Duration
	b.ResetTimer()
	for i := range b.N {
		cfg.ModelsDir = filepath.Join(filepath.Dir(cfg.DataDir), fmt.Sprintf("models%d", i))
		os.Remove(argsDump)
		start := time.Now()
		if _, err := trainer.Run(context.Background(), cfg); err != nil {
			b.Fatal(err)
		}
		viaTrain += time.Since(start)

		// The bare trainer, in a work folder of its own with the same file.
		raw, err := os.ReadFile(argsDump)
		if err != nil {
			b.Fatal(err)
		}
		var args []string
		if err := json.Unmarshal(raw, &args); err != nil {
			b.Fatal(err)
		}
		oldWork := filepath.Join(cfg.ModelsDir, ".model_v1.partial")
		work := filepath.Join(b.TempDir(), "work")
		if err := os.MkdirAll(filepath.Join(work, "checkpoints"), 0o755); err != nil {
			b.Fatal(err)
		}
		f, err := os.Create(filepath.Join(work, "train.jsonl"))
		if err != nil {
			b.Fatal(err)
		}
		if err := trainer.WriteJSONL(f, append(append([]dataset.Row(nil), tr...), va...)); err != nil {
			b.Fatal(err)
		}
		f.Close()
		for j, a := range args {
			args[j] = strings.Replace(a, oldWork, work, 1)
		}
		cmd := exec.Command(bin, args...)
		cmd.Dir, cmd.Env = work, trainer.MinimalEnv(work)
		start = time.Now()
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("bare trainer: %v\n%s", err, out)
		}
		bare += time.Since(start)
	}
	n := float64(b.N)
	b.ReportMetric(float64(viaTrain.Milliseconds())/n, "train-ms/op")
	b.ReportMetric(float64(bare.Milliseconds())/n, "bare-ms/op")
	b.ReportMetric(float64((viaTrain-bare).Milliseconds())/n, "overhead-ms/op")
}
