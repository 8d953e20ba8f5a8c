package chart

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// Sizes in points (1/72 inch), scaled to pixels by the plot's DPI.
const (
	titleSize  = 12
	labelSize  = 10
	tickSize   = 9
	legendSize = 9
	pad        = 6
	tickLen    = 4
	lineWidth  = 1.5
)

var (
	black    = color.RGBA{A: 0xff}
	white    = color.RGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	gridGrey = color.RGBA{R: 0xdd, G: 0xdd, B: 0xdd, A: 0xff}
)

// The Go fonts are parsed once, on the first chart drawn.
var fonts = sync.OnceValues(func() ([2]*opentype.Font, error) {
	var fs [2]*opentype.Font
	for i, ttf := range [][]byte{goregular.TTF, gobold.TTF} {
		f, err := opentype.Parse(ttf)
		if err != nil {
			return fs, fmt.Errorf("chart: parsing the Go fonts: %w", err)
		}
		fs[i] = f
	}
	return fs, nil
})

type faceKey struct {
	bold bool
	size float64 // pixels per em
}

// faces caches the faces of one drawing (a face is not safe for
// concurrent use, so each Draw has its own).
type faces map[faceKey]font.Face

func (fc faces) get(bold bool, px float64) (font.Face, error) {
	k := faceKey{bold, px}
	if f, ok := fc[k]; ok {
		return f, nil
	}
	fs, err := fonts()
	if err != nil {
		return nil, err
	}
	i := 0
	if bold {
		i = 1
	}
	f, err := opentype.NewFace(fs[i], &opentype.FaceOptions{Size: px, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return nil, err
	}
	fc[k] = f
	return f, nil
}

func width(f font.Face, s string) float64 {
	return float64(font.MeasureString(f, s)) / 64
}

// fit shortens s with an ellipsis until it is at most w pixels wide: a
// version name of a hundred characters must not push the plot out.
func fit(f font.Face, s string, w float64) string {
	if width(f, s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && width(f, string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

func lineHeight(f font.Face) float64 { return float64(f.Metrics().Height) / 64 }

// text draws s with its top-left corner at (x, y).
func text(dst *image.RGBA, f font.Face, s string, x, y float64, c color.RGBA) {
	d := font.Drawer{Dst: dst, Src: image.NewUniform(c), Face: f,
		Dot: fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(y*64) + f.Metrics().Ascent}}
	d.DrawString(s)
}

// textUp draws s rotated a quarter turn counter-clockwise, reading bottom
// to top, with the top-left of its bounding box at (x, y).
func textUp(dst *image.RGBA, f font.Face, s string, x, y float64, c color.RGBA) {
	w, h := int(math.Ceil(width(f, s))), int(math.Ceil(lineHeight(f)))
	mask := image.NewAlpha(image.Rect(0, 0, w, h))
	d := font.Drawer{Dst: mask, Src: image.Opaque, Face: f, Dot: fixed.Point26_6{Y: f.Metrics().Ascent}}
	d.DrawString(s)
	up := image.NewAlpha(image.Rect(0, 0, h, w))
	for yy := range h {
		for xx := range w {
			up.SetAlpha(yy, w-1-xx, mask.AlphaAt(xx, yy))
		}
	}
	r := image.Rect(int(x), int(y), int(x)+h, int(y)+w)
	draw.DrawMask(dst, r, image.NewUniform(c), image.Point{}, up, image.Point{}, draw.Over)
}

// fill paints the polygon pts anti-aliased.
func fill(dst *image.RGBA, c color.RGBA, pts ...[2]float64) {
	if len(pts) < 3 {
		return
	}
	x0, y0, x1, y1 := pts[0][0], pts[0][1], pts[0][0], pts[0][1]
	for _, p := range pts[1:] {
		x0, y0, x1, y1 = min(x0, p[0]), min(y0, p[1]), max(x1, p[0]), max(y1, p[1])
	}
	r := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1))+1, int(math.Ceil(y1))+1).Intersect(dst.Bounds())
	if r.Empty() {
		return
	}
	z := vector.NewRasterizer(r.Dx(), r.Dy())
	z.MoveTo(float32(pts[0][0])-float32(r.Min.X), float32(pts[0][1])-float32(r.Min.Y))
	for _, p := range pts[1:] {
		z.LineTo(float32(p[0])-float32(r.Min.X), float32(p[1])-float32(r.Min.Y))
	}
	z.ClosePath()
	z.Draw(dst, r, image.NewUniform(c), image.Point{})
}

// segment strokes the line from a to b, w pixels wide.
func segment(dst *image.RGBA, c color.RGBA, w float64, a, b [2]float64) {
	dx, dy := b[0]-a[0], b[1]-a[1]
	n := math.Hypot(dx, dy)
	if n == 0 {
		return
	}
	nx, ny := -dy/n*w/2, dx/n*w/2
	fill(dst, c, [2]float64{a[0] + nx, a[1] + ny}, [2]float64{b[0] + nx, b[1] + ny},
		[2]float64{b[0] - nx, b[1] - ny}, [2]float64{a[0] - nx, a[1] - ny})
}

// dot fills a circle of radius r pixels at (x, y).
func dot(dst *image.RGBA, c color.RGBA, x, y, r float64) {
	const n = 24
	pts := make([][2]float64, n)
	for i := range pts {
		a := 2 * math.Pi * float64(i) / n
		pts[i] = [2]float64{x + r*math.Cos(a), y + r*math.Sin(a)}
	}
	fill(dst, c, pts...)
}

// box fills the pixel rectangle [x0, x1) × [y0, y1) without anti-aliasing.
func box(dst *image.RGBA, c color.RGBA, x0, y0, x1, y1 float64) {
	r := image.Rect(int(math.Round(min(x0, x1))), int(math.Round(min(y0, y1))), int(math.Round(max(x0, x1))), int(math.Round(max(y0, y1))))
	draw.Draw(dst, r, image.NewUniform(c), image.Point{}, draw.Over)
}

// Draw renders the plot and returns it with the frame that maps data
// coordinates to its pixels.
func (p *Plot) Draw() (*image.RGBA, Frame, error) {
	if p.width < 50 || p.height < 50 || p.scale <= 0 {
		return nil, Frame{}, fmt.Errorf("chart %q: a %d×%d image is too small to draw in", p.Title, p.width, p.height)
	}
	xmin, xmax, err := p.dataRange(p.X, true)
	if err != nil {
		return nil, Frame{}, err
	}
	ymin, ymax, err := p.dataRange(p.Y, false)
	if err != nil {
		return nil, Frame{}, err
	}
	s := p.scale
	fc := faces{}
	titleF, err := fc.get(true, titleSize*s)
	if err != nil {
		return nil, Frame{}, err
	}
	labelF, _ := fc.get(false, labelSize*s)
	tickF, _ := fc.get(false, tickSize*s)
	legendF, _ := fc.get(false, legendSize*s)
	W, H := float64(p.width), float64(p.height)
	xt, yt := axisTicks(p.X, xmin, xmax), axisTicks(p.Y, ymin, ymax)
	for i := range xt {
		xt[i].Label = fit(tickF, xt[i].Label, max(W*0.6/float64(len(xt)), 12*s))
	}
	for i := range yt {
		yt[i].Label = fit(tickF, yt[i].Label, W/4)
	}
	title := fit(titleF, p.Title, W-2*pad*s)
	xLabel, yLabel := fit(labelF, p.X.Label, W-2*pad*s), fit(labelF, p.Y.Label, H/2)

	img := image.NewRGBA(image.Rect(0, 0, p.width, p.height))
	draw.Draw(img, img.Bounds(), image.NewUniform(white), image.Point{}, draw.Src)

	// Layout from the outside in: title, axis labels, tick labels.
	top := pad * s
	if title != "" {
		text(img, titleF, title, (W-width(titleF, title))/2, top, black)
		top += lineHeight(titleF) + pad*s
	}
	left := pad * s
	if yLabel != "" {
		left += lineHeight(labelF) + pad*s
	}
	widest := 0.0
	for _, t := range yt {
		widest = max(widest, width(tickF, t.Label))
	}
	tl := tickLen * s
	if p.HideAxes {
		tl = 0
	}
	left += widest + tl + 2*s
	bottom := float64(p.height) - pad*s
	if xLabel != "" {
		bottom -= lineHeight(labelF) + pad*s/2
	}
	bottom -= lineHeight(tickF) + tl + 2*s
	right := float64(p.width) - pad*s - width(tickF, lastLabel(xt))/2
	top += lineHeight(tickF) / 2 // room for the top tick label
	if right-left < 20 || bottom-top < 20 {
		return nil, Frame{}, fmt.Errorf("chart %q: no room left for the plot in %d×%d pixels", p.Title, p.width, p.height)
	}
	f := Frame{Area: image.Rect(int(left), int(top), int(math.Ceil(right)), int(math.Ceil(bottom))),
		xmin: xmin, xmax: xmax, ymin: ymin, ymax: ymax, left: left, right: right, bottom: bottom, top: top,
		scale: s, xTicks: xt, yTicks: yt}

	if yLabel != "" {
		textUp(img, labelF, yLabel, pad*s, (top+bottom)/2-width(labelF, yLabel)/2, black)
	}
	if xLabel != "" {
		text(img, labelF, xLabel, (left+right)/2-width(labelF, xLabel)/2, H-pad*s-lineHeight(labelF), black)
	}
	for _, t := range xt {
		x, _ := f.at(t.Value, ymin)
		if p.Grid {
			box(img, gridGrey, x-s/2, top, x+s/2, bottom)
		}
		if !p.HideAxes {
			box(img, black, x-s/2, bottom, x+s/2, bottom+tl)
		}
		text(img, tickF, t.Label, x-width(tickF, t.Label)/2, bottom+tl+2*s, black)
	}
	for _, t := range yt {
		_, y := f.at(xmin, t.Value)
		if p.Grid {
			box(img, gridGrey, left, y-s/2, right, y+s/2)
		}
		if !p.HideAxes {
			box(img, black, left-tl, y-s/2, left, y+s/2)
		}
		text(img, tickF, t.Label, left-tl-2*s-width(tickF, t.Label), y-lineHeight(tickF)/2, black)
	}

	// The marks are clipped to the plot area.
	area := img.SubImage(f.Area).(*image.RGBA)
	for _, m := range p.marks {
		if err := p.drawMark(area, fc, f, m); err != nil {
			return nil, Frame{}, err
		}
	}
	if !p.HideAxes {
		box(img, black, left-s/2, top, left+s/2, bottom+s/2)
		box(img, black, left-s/2, bottom-s/2, right, bottom+s/2)
	}
	p.drawLegend(img, legendF, f)
	return img, f, nil
}

func lastLabel(ts []Tick) string {
	if len(ts) == 0 {
		return ""
	}
	return ts[len(ts)-1].Label
}

func axisTicks(ax Axis, lo, hi float64) []Tick {
	if len(ax.Names) > 0 {
		return nominalTicks(ax.Names)
	}
	return Ticks(lo, hi)
}

func (p *Plot) drawMark(img *image.RGBA, fc faces, f Frame, m mark) error {
	s := f.scale
	pt := func(x, y float64) [2]float64 {
		px, py := f.at(x, y)
		return [2]float64{px, py}
	}
	switch m.kind {
	case markLine:
		var prev *[2]float64
		for _, q := range m.pts {
			if !Finite(q.X) || !Finite(q.Y) {
				prev = nil // a gap, not a line through a missing value
				continue
			}
			c := pt(q.X, q.Y)
			if prev != nil {
				segment(img, m.color, lineWidth*s, *prev, c)
			}
			prev = &c
		}
		fallthrough
	case markPoints:
		for _, q := range m.pts {
			if Finite(q.X) && Finite(q.Y) {
				c := pt(q.X, q.Y)
				dot(img, m.color, c[0], c[1], m.radius*s)
			}
		}
	case markBars:
		for _, q := range m.pts {
			if !Finite(q.Y) {
				continue
			}
			a, b := pt(q.X-m.width/2, 0), pt(q.X+m.width/2, q.Y)
			box(img, m.color, a[0], a[1], b[0], b[1])
		}
	case markErrorBars:
		for i, q := range m.pts {
			if !Finite(m.lo[i]) || !Finite(m.hi[i]) {
				continue
			}
			a, b := pt(q.X, m.lo[i]), pt(q.X, m.hi[i])
			segment(img, m.color, lineWidth*s, a, b)
			half := m.width * s / 2
			segment(img, m.color, lineWidth*s, [2]float64{a[0] - half, a[1]}, [2]float64{a[0] + half, a[1]})
			segment(img, m.color, lineWidth*s, [2]float64{b[0] - half, b[1]}, [2]float64{b[0] + half, b[1]})
		}
	case markRect:
		a, b := pt(m.rect[0], m.rect[1]), pt(m.rect[2], m.rect[3])
		box(img, m.color, a[0], a[1], b[0], b[1])
		if w := m.strokeW * s; w > 0 {
			x0, x1 := min(a[0], b[0]), max(a[0], b[0])
			y0, y1 := min(a[1], b[1]), max(a[1], b[1])
			box(img, m.stroke, x0-w/2, y0-w/2, x1+w/2, y0+w/2)
			box(img, m.stroke, x0-w/2, y1-w/2, x1+w/2, y1+w/2)
			box(img, m.stroke, x0-w/2, y0, x0+w/2, y1)
			box(img, m.stroke, x1-w/2, y0, x1+w/2, y1)
		}
	case markText:
		face, err := fc.get(false, m.size*s)
		if err != nil {
			return err
		}
		lines := strings.Split(m.text, "\n")
		c := pt(m.pts[0].X, m.pts[0].Y)
		y := c[1] - float64(len(lines))*lineHeight(face)/2
		for _, l := range lines {
			text(img, face, l, c[0]-width(face, l)/2, y, m.color)
			y += lineHeight(face)
		}
	}
	return nil
}

// drawLegend lists the named marks in a box in a top corner of the area.
func (p *Plot) drawLegend(img *image.RGBA, face font.Face, f Frame) {
	if len(p.legend) == 0 {
		return
	}
	s := f.scale
	lh := lineHeight(face)
	swatch := 20 * s
	names := make([]string, len(p.legend))
	w := 0.0
	for i, e := range p.legend {
		names[i] = fit(face, e.name, float64(f.Area.Dx())/2)
		w = max(w, width(face, names[i]))
	}
	boxW := swatch + 4*s + w + 8*s
	boxH := float64(len(p.legend))*lh + 6*s
	x := f.right - boxW - 4*s
	if p.Legend.Left {
		x = f.left + 4*s
	}
	y := f.top + 4*s
	// White at 90% (color.RGBA is alpha-premultiplied), in a grey frame.
	box(img, gridGrey, x-s, y-s, x+boxW+s, y+boxH+s)
	box(img, color.RGBA{R: 0xe6, G: 0xe6, B: 0xe6, A: 0xe6}, x, y, x+boxW, y+boxH)
	for i, e := range p.legend {
		ly := y + 3*s + float64(i)*lh
		mid := ly + lh/2
		sx := x + 4*s
		switch {
		case e.fill:
			box(img, e.color, sx, ly+lh*0.2, sx+swatch, ly+lh*0.8)
		default:
			if e.line {
				segment(img, e.color, lineWidth*s, [2]float64{sx, mid}, [2]float64{sx + swatch, mid})
			}
			if e.marker > 0 {
				dot(img, e.color, sx+swatch/2, mid, e.marker*s)
			}
		}
		text(img, face, names[i], sx+swatch+4*s, ly, black)
	}
}
