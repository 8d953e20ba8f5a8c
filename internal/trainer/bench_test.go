package trainer_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
