package trainer

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
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
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "epoch"
	p.Y.Label.Text = "loss"
	p.Y.Tick.Marker = LossTicks{}
	p.Add(plotter.NewGrid())
	var tr, va plotter.XYs
	for _, e := range epochs {
		// The plotter refuses NaN and Inf; a diverged epoch is left out
		// of the picture (metrics.csv still has it).
		if finite(e.TrainLoss) {
			tr = append(tr, plotter.XY{X: float64(e.Epoch), Y: e.TrainLoss})
		}
		if finite(e.ValLoss) {
			va = append(va, plotter.XY{X: float64(e.Epoch), Y: e.ValLoss})
		}
	}
	add := func(xys plotter.XYs, name string, c color.Color) error {
		if len(xys) == 0 {
			return nil
		}
		l, s, err := plotter.NewLinePoints(xys)
		if err != nil {
			return err
		}
		l.Color, s.Color = c, c
		p.Add(l, s)
		p.Legend.Add(name, l, s)
		return nil
	}
	if err := add(tr, "train", color.RGBA{R: 31, G: 119, B: 180, A: 255}); err != nil {
		return nil, err
	}
	if err := add(va, "validation", color.RGBA{R: 255, G: 127, B: 14, A: 255}); err != nil {
		return nil, err
	}
	for _, e := range epochs {
		if e.Epoch == best && finite(e.ValLoss) {
			s, err := plotter.NewScatter(plotter.XYs{{X: float64(e.Epoch), Y: e.ValLoss}})
			if err != nil {
				return nil, err
			}
			s.Color = color.RGBA{R: 214, G: 39, B: 40, A: 255}
			s.Radius = vg.Points(5)
			p.Add(s)
			p.Legend.Add(fmt.Sprintf("best (epoch %d)", best), s)
		}
	}
	p.Legend.Top = true
	wt, err := p.WriterTo(6*vg.Inch, 4*vg.Inch, "png")
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if _, err := wt.WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// LossTicks are gonum's default ticks with labels as precise as their
// values need: losses of a short run differ in the third decimal, where the
// default labels repeat ("5.58, 5.58, 5.59, 5.59") or round a tick to a
// wrong value (2.25 shown as "2.2"). The precision is the fewest decimals
// that write every labelled tick exactly, within a millionth of the range.
type LossTicks struct{}

// Ticks returns the ticks for the range [min, max].
func (LossTicks) Ticks(min, max float64) []plot.Tick {
	ticks := plot.DefaultTicks{}.Ticks(min, max)
	var labelled []float64
	for _, t := range ticks {
		if t.Label != "" {
			labelled = append(labelled, t.Value)
		}
	}
	prec := tickPrecision(labelled, (max-min)*1e-6)
	for i := range ticks {
		if ticks[i].Label != "" {
			ticks[i].Label = strconv.FormatFloat(ticks[i].Value, 'f', prec, 64)
		}
	}
	return ticks
}

func tickPrecision(values []float64, tolerance float64) int {
	const most = 12
	for prec := 0; prec < most; prec++ {
		exact := true
		for _, v := range values {
			back, err := strconv.ParseFloat(strconv.FormatFloat(v, 'f', prec, 64), 64)
			if err != nil || math.Abs(back-v) > tolerance {
				exact = false
				break
			}
		}
		if exact {
			return prec
		}
	}
	return most
}
