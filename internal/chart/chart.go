// Package chart draws the few charts the program writes (the training loss
// curve, the evaluation report's bars and confusion matrices) as PNG images
// with the standard library's image packages, x/image's anti-aliased
// rasteriser and the Go fonts.
//
// It replaces gonum.org/v1/plot, whose root package parses a dozen TrueType
// fonts in init and links go-latex, a PDF writer and encoding/gob: every
// process paid about 3 ms at start for a picture only `train` and `eval`
// draw. Here nothing runs until a chart is drawn; the fonts are parsed on
// the first one.
package chart

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
)

// Plot is one chart: a title, two axes and what is drawn between them, in
// data coordinates. The zero value is not ready; use New.
type Plot struct {
	Title  string
	X, Y   Axis
	Legend Legend
	// Grid draws light lines at the major ticks of both axes.
	Grid bool
	// HideAxes leaves out the axis lines and tick marks (tick labels stay).
	HideAxes bool

	width, height int
	scale         float64 // pixels per point
	marks         []mark
	legend        []legendEntry
}

// Axis is one axis. A nominal axis (Names set) puts Names[i] at i.
type Axis struct {
	Label string
	// Min and Max fix the range when Fixed is set; otherwise the range is
	// the data's, with a little room around it.
	Min, Max float64
	Fixed    bool
	Names    []string
}

// Legend places the legend box in a top corner of the plot area.
type Legend struct {
	Left bool
}

// New returns a plot of width × height pixels whose text and lines are
// sized for dpi (96 is a screen's, 144 a sharper image).
func New(width, height int, dpi float64) *Plot {
	return &Plot{width: width, height: height, scale: dpi / 72}
}

type markKind int

const (
	markLine markKind = iota
	markPoints
	markBars
	markErrorBars
	markRect
	markText
)

type mark struct {
	kind  markKind
	color color.RGBA
	pts   []Point
	// radius of points in points (the typographic unit); width of bars in
	// data units, of error bar caps in points.
	radius, width float64
	lo, hi        []float64 // error bars
	rect          [4]float64
	stroke        color.RGBA
	strokeW       float64
	text          string
	size          float64
}

// Point is a data point.
type Point struct{ X, Y float64 }

type legendEntry struct {
	name   string
	color  color.RGBA
	line   bool
	marker float64 // marker radius in points, 0 for none
	fill   bool
}

// Finite reports whether f can be drawn (not NaN, not infinite).
func Finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// Line adds a polyline through pts with a dot at each point; name, when
// not empty, goes in the legend.
func (p *Plot) Line(name string, c color.RGBA, pts []Point) {
	p.marks = append(p.marks, mark{kind: markLine, color: c, pts: pts, radius: 2.5})
	if name != "" {
		p.legend = append(p.legend, legendEntry{name: name, color: c, line: true, marker: 2.5})
	}
}

// Points adds dots of the given radius (in points) at pts.
func (p *Plot) Points(name string, c color.RGBA, radius float64, pts []Point) {
	p.marks = append(p.marks, mark{kind: markPoints, color: c, pts: pts, radius: radius})
	if name != "" {
		p.legend = append(p.legend, legendEntry{name: name, color: c, marker: radius})
	}
}

// Bars adds a bar from 0 to values[i] at x = i + offset, width data units
// wide (a nominal axis has one unit per name).
func (p *Plot) Bars(name string, c color.RGBA, values []float64, width, offset float64) {
	pts := make([]Point, len(values))
	for i, v := range values {
		pts[i] = Point{X: float64(i) + offset, Y: v}
	}
	p.marks = append(p.marks, mark{kind: markBars, color: c, pts: pts, width: width})
	if name != "" {
		p.legend = append(p.legend, legendEntry{name: name, color: c, fill: true})
	}
}

// ErrorBars adds a vertical whisker from lo[i] to hi[i] at pts[i].X, with
// caps capWidth points wide.
func (p *Plot) ErrorBars(c color.RGBA, xs []float64, lo, hi []float64, capWidth float64) {
	pts := make([]Point, len(xs))
	for i, x := range xs {
		pts[i] = Point{X: x}
	}
	p.marks = append(p.marks, mark{kind: markErrorBars, color: c, pts: pts, lo: lo, hi: hi, width: capWidth})
}

// Rect fills the rectangle [x0, x1] × [y0, y1] and outlines it with a
// stroke strokeWidth points wide (none when 0).
func (p *Plot) Rect(x0, y0, x1, y1 float64, fill, stroke color.RGBA, strokeWidth float64) {
	p.marks = append(p.marks, mark{kind: markRect, color: fill, rect: [4]float64{x0, y0, x1, y1}, stroke: stroke, strokeW: strokeWidth})
}

// Text writes s centred on (x, y), one line per "\n", size points high.
func (p *Plot) Text(x, y float64, s string, c color.RGBA, size float64) {
	p.marks = append(p.marks, mark{kind: markText, color: c, pts: []Point{{x, y}}, text: s, size: size})
}

// PNG draws the plot and encodes it.
func (p *Plot) PNG() ([]byte, error) {
	img, _, err := p.Draw()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return nil, fmt.Errorf("encoding chart %q as PNG: %w", p.Title, err)
	}
	return b.Bytes(), nil
}

// Frame maps data coordinates to the pixels of a drawn plot.
type Frame struct {
	// Area is the plot area inside the axes.
	Area           image.Rectangle
	xmin, xmax     float64
	ymin, ymax     float64
	left, right    float64
	bottom, top    float64
	scale          float64
	xTicks, yTicks []Tick
}

// Pixel returns the pixel of the data point (x, y).
func (f Frame) Pixel(x, y float64) image.Point {
	px, py := f.at(x, y)
	return image.Pt(int(math.Floor(px)), int(math.Floor(py)))
}

func (f Frame) at(x, y float64) (float64, float64) {
	px := f.left + (x-f.xmin)/(f.xmax-f.xmin)*(f.right-f.left)
	py := f.bottom - (y-f.ymin)/(f.ymax-f.ymin)*(f.bottom-f.top)
	return px, py
}

// Ticks returns the ticks drawn on the x and y axes.
func (f Frame) Ticks() (x, y []Tick) { return f.xTicks, f.yTicks }

// dataRange returns the range of the marks along one axis.
func (p *Plot) dataRange(ax Axis, horizontal bool) (lo, hi float64, err error) {
	if ax.Fixed {
		if !(ax.Max > ax.Min) || !Finite(ax.Min) || !Finite(ax.Max) {
			return 0, 0, fmt.Errorf("chart %q: axis range [%v, %v] is empty", p.Title, ax.Min, ax.Max)
		}
		return ax.Min, ax.Max, nil
	}
	if len(ax.Names) > 0 {
		return -0.5, float64(len(ax.Names)) - 0.5, nil
	}
	lo, hi = math.Inf(1), math.Inf(-1)
	see := func(v float64) {
		if Finite(v) {
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	bars := false
	for _, m := range p.marks {
		switch m.kind {
		case markRect:
			if horizontal {
				see(m.rect[0])
				see(m.rect[2])
			} else {
				see(m.rect[1])
				see(m.rect[3])
			}
			continue
		case markErrorBars:
			if !horizontal {
				for i := range m.lo {
					see(m.lo[i])
					see(m.hi[i])
				}
				continue
			}
		case markBars:
			bars = true
			if horizontal {
				for _, pt := range m.pts {
					see(pt.X - m.width/2)
					see(pt.X + m.width/2)
				}
				continue
			}
		}
		for _, pt := range m.pts {
			if horizontal {
				see(pt.X)
			} else {
				see(pt.Y)
			}
		}
	}
	if lo > hi {
		return 0, 1, nil // nothing finite: empty axes
	}
	if bars && !horizontal {
		lo, hi = min(lo, 0), max(hi, 0)
	}
	if lo == hi {
		d := math.Max(math.Abs(lo)*0.05, 0.5)
		return lo - d, hi + d, nil
	}
	// Room so the extreme points and their dots are not cut by the frame;
	// bars keep standing on the frame.
	pad := (hi - lo) * 0.05
	if !(bars && !horizontal && lo == 0) {
		lo -= pad
	}
	hi += pad
	return lo, hi, nil
}
