package trainer

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"image/color"
	"strconv"

	"github.com/domainyours/domainyours/internal/chart"
)

// MetricsCSV renders epoch,train_loss,val_loss rows.
func MetricsCSV(epochs []EpochMetrics) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write([]string{"epoch", "step", "train_loss", "val_loss"})
	for _, e := range epochs {
		_ = w.Write([]string{strconv.Itoa(e.Epoch), strconv.Itoa(e.Step), fmtLoss(e.TrainLoss), fmtLoss(e.ValLoss)})
	}
	w.Flush()
	return b.Bytes()
}

func fmtLoss(f float64) string { return strconv.FormatFloat(f, 'f', 5, 64) }

// LossPNG draws train and validation loss per epoch and marks the best epoch.
func LossPNG(epochs []EpochMetrics, best int, title string) ([]byte, error) {
	p := chart.New(576, 384, 96)
	p.Title = title
	p.X.Label, p.Y.Label = "epoch", "loss"
	p.Grid = true
	p.Legend.Left = false
	var tr, va []chart.Point
	for _, e := range epochs {
		// A diverged epoch (NaN or Inf) is left out of the picture;
		// metrics.csv still has it.
		if chart.Finite(e.TrainLoss) {
			tr = append(tr, chart.Point{X: float64(e.Epoch), Y: e.TrainLoss})
		}
		if chart.Finite(e.ValLoss) {
			va = append(va, chart.Point{X: float64(e.Epoch), Y: e.ValLoss})
		}
	}
	if len(tr) > 0 {
		p.Line("train", trainColour, tr)
	}
	if len(va) > 0 {
		p.Line("validation", valColour, va)
	}
	for _, e := range epochs {
		if e.Epoch == best && chart.Finite(e.ValLoss) {
			p.Points(fmt.Sprintf("best (epoch %d)", best), bestColour, 5, []chart.Point{{X: float64(e.Epoch), Y: e.ValLoss}})
		}
	}
	return p.PNG()
}

func finite(f float64) bool { return chart.Finite(f) }

// Colours of the loss chart's series.
var (
	trainColour = color.RGBA{R: 31, G: 119, B: 180, A: 255}
	valColour   = color.RGBA{R: 255, G: 127, B: 14, A: 255}
	bestColour  = color.RGBA{R: 214, G: 39, B: 40, A: 255}
)
