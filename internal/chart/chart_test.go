package chart_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/chart"
)

// Tick labels are distinct and say their value, however close the values:
// a real 2-epoch run's loss axis once read 5.58, 5.58, 5.59, 5.59.
func TestTicksAreDistinctAndExact(t *testing.T) {
	for _, r := range [][2]float64{{5.5789, 5.5931}, {5.58, 5.59}, {5.5803, 5.5912}, {2.1, 2.4}, {1, 1.0001}, {0.5, 3}, {12.25, 12.2501}, {0.001, 900}, {-3, 2}, {0, 100}} {
		var labels []string
		for _, tk := range chart.Ticks(r[0], r[1]) {
			labels = append(labels, tk.Label)
			v, err := strconv.ParseFloat(tk.Label, 64)
			if err != nil || math.Abs(v-tk.Value) > (r[1]-r[0])*1e-3 {
				t.Errorf("range %v: label %q for a tick at %v", r, tk.Label, tk.Value)
			}
			if tk.Value < r[0] || tk.Value > r[1] {
				t.Errorf("range %v: tick %v outside it", r, tk.Value)
			}
		}
		if len(labels) < 2 || len(labels) > 11 || len(slices.Compact(slices.Clone(labels))) != len(labels) {
			t.Errorf("range %v: labels %q", r, labels)
		}
	}
	if got := chart.Ticks(0, 100); len(got) != 6 || got[1].Label != "20" {
		t.Errorf("ticks of [0, 100]: %v", got)
	}
	for _, r := range [][2]float64{{1, 1}, {2, 1}, {0, math.NaN()}, {math.Inf(-1), 0}} {
		if got := chart.Ticks(r[0], r[1]); got != nil {
			t.Errorf("ticks of %v: %v", r, got)
		}
	}
}

func near(a, b color.Color) bool {
	r1, g1, b1, _ := a.RGBA()
	r2, g2, b2, _ := b.RGBA()
	d := func(x, y uint32) bool { return max(x, y)-min(x, y) < 0x0800 }
	return d(r1, r2) && d(g1, g2) && d(b1, b2)
}

// Marks land where the frame says: a dot at each point of a line and on
// the segment between two points, a bar between 0 and its value, text in
// its ink, and nothing in the line's colour far from the line.
func TestMarksLandWhereTheFrameSays(t *testing.T) {
	red := color.RGBA{R: 200, A: 255}
	blue := color.RGBA{B: 200, A: 255}
	p := chart.New(400, 300, 96)
	p.Title = "test chart"
	p.X.Label, p.Y.Label = "x", "y"
	p.Grid = true
	p.Line("", red, []chart.Point{{0, 0}, {10, 10}, {math.NaN(), 3}})
	p.Bars("", blue, []float64{4}, 1, 8)
	img, f, err := p.Draw()
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds() != image.Rect(0, 0, 400, 300) {
		t.Fatalf("bounds %v", img.Bounds())
	}
	for _, q := range []chart.Point{{1, 1}, {5, 5}, {10, 10}, {2.5, 2.5}} {
		if c := img.At(f.Pixel(q.X, q.Y).X, f.Pixel(q.X, q.Y).Y); !near(c, red) {
			t.Errorf("line at %v: pixel %v is %v", q, f.Pixel(q.X, q.Y), c)
		}
	}
	if c := img.At(f.Pixel(1, 9).X, f.Pixel(1, 9).Y); near(c, red) {
		t.Errorf("the line's colour at (1, 9), far from the line")
	}
	for _, y := range []float64{0.5, 2, 3.5} {
		if c := img.At(f.Pixel(8, y).X, f.Pixel(8, y).Y); !near(c, blue) {
			t.Errorf("bar at y=%v is %v", y, c)
		}
	}
	if c := img.At(f.Pixel(8, 4.6).X, f.Pixel(8, 4.6).Y); near(c, blue) {
		t.Errorf("bar above its value")
	}
	// Up is up: the bar stands on the bottom of the area.
	if f.Pixel(8, 3.5).Y >= f.Pixel(8, 0.5).Y || !near(img.At(f.Pixel(8, 0).X, f.Area.Max.Y-3), blue) {
		t.Errorf("y grows downwards: %v for 3.5, %v for 0.5", f.Pixel(8, 3.5), f.Pixel(8, 0.5))
	}
	if !f.Area.In(img.Bounds()) || f.Area.Dx() < 250 || f.Area.Dy() < 180 {
		t.Errorf("plot area %v", f.Area)
	}
	// The title, labels and tick labels are dark pixels outside the area.
	dark := 0
	for y := range 300 {
		for x := range 400 {
			if !image.Pt(x, y).In(f.Area) && !near(img.At(x, y), color.White) {
				dark++
			}
		}
	}
	if dark < 300 {
		t.Errorf("%d ink pixels outside the plot area: no title, labels or ticks", dark)
	}
}

// Names far too long for the picture are shortened, never a failure or
// a plot squeezed to nothing; data outside a fixed range is clipped.
func TestLongNamesAndClipping(t *testing.T) {
	long := strings.Repeat("version-with-a-very-long-name ", 20)
	p := chart.New(300, 200, 144)
	p.Title = long
	p.Y.Label = long
	p.X.Names = []string{long, long + "2"}
	p.Y.Min, p.Y.Max, p.Y.Fixed = 0, 1, true
	p.Bars(long, color.RGBA{G: 150, A: 255}, []float64{5, -3}, 0.4, 0)
	p.Line(long, color.RGBA{R: 150, A: 255}, []chart.Point{{-100, -100}, {100, 100}})
	b, err := p.PNG()
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil || img.Bounds().Dx() != 300 {
		t.Fatalf("decoded %v, %v", img.Bounds(), err)
	}
	q := chart.New(300, 200, 96)
	q.Y.Min, q.Y.Max, q.Y.Fixed = 1, 1, true
	if _, err := q.PNG(); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("an empty fixed range: %v", err)
	}
	if _, err := chart.New(20, 20, 96).PNG(); err == nil {
		t.Error("a 20×20 chart drew")
	}
	// No data at all still draws empty axes (a run whose every loss is NaN).
	e := chart.New(300, 200, 96)
	e.Line("nan", color.RGBA{A: 255}, []chart.Point{{math.NaN(), math.NaN()}})
	if _, err := e.PNG(); err != nil {
		t.Errorf("a plot with no finite point: %v", err)
	}
}
