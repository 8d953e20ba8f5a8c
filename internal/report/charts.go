package report

import (
	"bytes"
	"fmt"
	"image/color"
	"maps"
	"slices"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Chart is one rendered PNG.
type Chart struct {
	// File is the PNG's file name inside the images directory, e.g.
	// "v2-safety-confusion.png".
	File    string
	Title   string
	Caption string
	PNG     []byte
	// Version is set for per-version charts.
	Version string
}

// CategoryOrder is the order categories are drawn in; categories a judge
// reports beyond these follow in alphabetical order.
var CategoryOrder = []string{"good", "ok", "random_word", "too_long", "generic", "inappropriate", "other_failure"}

// palette is colour-blind safe (Okabe-Ito) so versions stay distinguishable.
var palette = []color.RGBA{
	{0x00, 0x72, 0xB2, 0xff}, {0xE6, 0x9F, 0x00, 0xff}, {0x00, 0x9E, 0x73, 0xff},
	{0xCC, 0x79, 0xA7, 0xff}, {0x56, 0xB4, 0xE9, 0xff}, {0xD5, 0x5E, 0x00, 0xff},
	{0xF0, 0xE4, 0x42, 0xff}, {0x00, 0x00, 0x00, 0xff},
}

// The charts use the sans-serif Liberation face to match the page; plot.New
// and the label plotter read plot.DefaultFont, and this package is the only
// user of gonum/plot in the program.
func init() {
	plot.DefaultFont = font.Font{Typeface: "Liberation", Variant: "Sans"}
}

func colour(i int) color.RGBA { return palette[i%len(palette)] }

const (
	chartW   = 16 * vg.Centimeter
	chartH   = 9 * vg.Centimeter
	chartDPI = 144
)

// FileSafe maps a version name such as "base:llama3.2" to a string usable
// in a file name ("base_llama3.2"): anything but a-z, 0-9, '.', '-' and '_'
// becomes '_', so no name can climb out of the images directory.
func FileSafe(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		case r == '.' && b.Len() > 0:
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	if b.Len() == 0 {
		return "_"
	}
	return b.String()
}

func newPlot(title, ylabel string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font.Size = vg.Points(13)
	p.Title.Padding = vg.Points(6)
	p.Y.Label.Text = ylabel
	p.Add(plotter.NewGrid())
	p.Legend.Top = true
	p.Legend.Left = false
	return p
}

func render(p *plot.Plot, w, h vg.Length) ([]byte, error) {
	c := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(chartDPI), vgimg.UseBackgroundColor(color.White))
	p.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("encoding chart %q as PNG: %w", p.Title.Text, err)
	}
	return buf.Bytes(), nil
}

// ciPoints feeds YErrorBars: bar tops with distances down to Lo and up to Hi.
type ciPoints struct {
	plotter.XYs
	plotter.YErrors
}

func qualityChart(vs []Version) (*Chart, error) {
	var names []string
	var vals plotter.Values
	var pts ciPoints
	for _, v := range vs {
		q := v.quality()
		if q == nil {
			continue
		}
		pts.XYs = append(pts.XYs, plotter.XY{X: float64(len(names)), Y: q.Estimate})
		pts.YErrors = append(pts.YErrors, struct{ Low, High float64 }{q.Estimate - q.Lo, q.Hi - q.Estimate})
		names = append(names, v.Name)
		vals = append(vals, q.Estimate)
	}
	if len(names) == 0 {
		return nil, nil
	}
	p := newPlot("Quality by version (mean, 95% bootstrap CI)", "quality (0-1)")
	bars, err := plotter.NewBarChart(vals, vg.Points(36))
	if err != nil {
		return nil, err
	}
	bars.Color = colour(0)
	bars.LineStyle.Width = 0
	whiskers, err := plotter.NewYErrorBars(pts)
	if err != nil {
		return nil, err
	}
	whiskers.LineStyle.Width = vg.Points(1.5)
	whiskers.CapWidth = vg.Points(12)
	p.Add(bars, whiskers)
	p.NominalX(names...)
	p.Y.Min, p.Y.Max = 0, 1
	png, err := render(p, chartW, chartH)
	if err != nil {
		return nil, err
	}
	return &Chart{File: "quality_by_version.png", Title: "Quality by version",
		Caption: "Mean row quality with 95% bootstrap confidence interval; only scored rows count.", PNG: png}, nil
}

// categories returns the category keys of vs in display order.
func categories(vs []Version) []string {
	seen := map[string]bool{}
	for _, v := range vs {
		for k := range maps.Keys(v.categories()) {
			seen[k] = true
		}
	}
	var out []string
	for _, c := range CategoryOrder {
		if seen[c] {
			out = append(out, c)
			delete(seen, c)
		}
	}
	return append(out, slices.Sorted(maps.Keys(seen))...)
}

// groupedBars draws one bar series per version over the same x labels,
// sizing bars so the groups fill about 80% of a chart chartWidth wide.
func groupedBars(p *plot.Plot, chartWidth vg.Length, labels []string, series []string, value func(s, x int) float64) error {
	usable := chartWidth.Points() - 70 // axis labels and padding
	width := vg.Points(min(40, 0.8*usable/float64(max(1, len(labels)*len(series)))))
	for s, name := range series {
		vals := make(plotter.Values, len(labels))
		for x := range labels {
			vals[x] = value(s, x)
		}
		b, err := plotter.NewBarChart(vals, width)
		if err != nil {
			return err
		}
		b.Color = colour(s)
		b.LineStyle.Width = 0
		b.Offset = vg.Length(float64(s)-float64(len(series)-1)/2) * width
		p.Add(b)
		p.Legend.Add(name, b)
	}
	p.NominalX(labels...)
	return nil
}

func categoryChart(vs []Version) (*Chart, error) {
	cats := categories(vs)
	var series []Version
	for _, v := range vs {
		if len(v.categories()) > 0 {
			series = append(series, v)
		}
	}
	if len(cats) == 0 || len(series) == 0 {
		return nil, nil
	}
	p := newPlot("Name categories by version", "names")
	names := make([]string, len(series))
	for i, v := range series {
		names[i] = v.Name
	}
	if err := groupedBars(p, chartW, cats, names, func(s, x int) float64 {
		return float64(series[s].categories()[cats[x]])
	}); err != nil {
		return nil, err
	}
	top := 0
	for _, v := range series {
		for _, n := range v.categories() {
			top = max(top, n)
		}
	}
	// Headroom so the legend in the top-right corner does not cover bars.
	p.Y.Min, p.Y.Max = 0, float64(top)*1.3+1
	png, err := render(p, chartW, chartH)
	if err != nil {
		return nil, err
	}
	return &Chart{File: "domain_category_count.png", Title: "Name categories",
		Caption: "How many judged names fell into each category, per version.", PNG: png}, nil
}

func scoreChart(vs []Version, criterion string) (*Chart, error) {
	var series []string
	var shares [][5]float64
	for _, v := range vs {
		for _, c := range v.Criteria {
			if c.Name != criterion {
				continue
			}
			total := 0
			for _, n := range c.Counts {
				total += n
			}
			if total == 0 {
				continue
			}
			var sh [5]float64
			for k, n := range c.Counts {
				sh[k] = 100 * float64(n) / float64(total)
			}
			series = append(series, v.Name)
			shares = append(shares, sh)
		}
	}
	if len(series) == 0 {
		return nil, nil
	}
	p := newPlot("Score distribution: "+criterion, "% of names")
	p.Legend.Left = true
	if err := groupedBars(p, chartW/2, []string{"1", "2", "3", "4", "5"}, series, func(s, x int) float64 {
		return shares[s][x]
	}); err != nil {
		return nil, err
	}
	p.X.Label.Text = "score"
	p.Y.Min, p.Y.Max = 0, 100
	png, err := render(p, chartW/2, chartH*0.85)
	if err != nil {
		return nil, err
	}
	return &Chart{File: "score_distribution_" + FileSafe(criterion) + ".png", Title: "Scores: " + criterion,
		Caption: "Share of names per 1-5 score.", PNG: png}, nil
}

// cells draws the 2x2 confusion matrix as shaded squares.
type cells struct {
	counts [2][2]int // [row][col]; row 0 is the top row
	max    int
}

func (c cells) Plot(cv draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&cv)
	for r := range 2 {
		for col := range 2 {
			n := c.counts[r][col]
			shade := 0.0
			if c.max > 0 {
				shade = float64(n) / float64(c.max)
			}
			base := colour(0)
			mix := func(v uint8) uint8 { return uint8(255 - shade*(255-float64(v))*0.85) }
			fill := color.RGBA{mix(base.R), mix(base.G), mix(base.B), 0xff}
			y := float64(1 - r)
			pts := []vg.Point{
				{X: trX(float64(col) - 0.5), Y: trY(y - 0.5)},
				{X: trX(float64(col) + 0.5), Y: trY(y - 0.5)},
				{X: trX(float64(col) + 0.5), Y: trY(y + 0.5)},
				{X: trX(float64(col) - 0.5), Y: trY(y + 0.5)},
			}
			cv.FillPolygon(fill, pts)
			cv.StrokeLines(draw.LineStyle{Color: color.White, Width: vg.Points(3)}, append(pts, pts[0]))
		}
	}
}

func (c cells) DataRange() (xmin, xmax, ymin, ymax float64) { return -0.5, 1.5, -0.5, 1.5 }

func confusionChart(v Version) (*Chart, error) {
	if v.S == nil || v.S.Safety == nil {
		return nil, nil
	}
	cm := v.S.Safety.Confusion
	// Rows: truth (inappropriate on top); columns: decision (refused left).
	grid := [2][2]int{{cm.TP, cm.FN}, {cm.FP, cm.TN}}
	tags := [2][2]string{{"TP", "FN (missed)"}, {"FP (false refusal)", "TN"}}
	m := max(cm.TP, cm.FN, cm.FP, cm.TN)
	p := plot.New()
	p.Title.Text = v.Name + ": refusals vs frozen labels"
	p.Title.TextStyle.Font.Size = vg.Points(12)
	p.Add(cells{counts: grid, max: m})
	var xys plotter.XYs
	var labels []string
	for r := range 2 {
		for c := range 2 {
			xys = append(xys, plotter.XY{X: float64(c), Y: float64(1 - r)})
			labels = append(labels, fmt.Sprintf("%d\n%s", grid[r][c], tags[r][c]))
		}
	}
	lab, err := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: labels})
	if err != nil {
		return nil, err
	}
	for i := range lab.TextStyle {
		r, c := i/2, i%2
		lab.TextStyle[i].XAlign = text.XCenter
		lab.TextStyle[i].YAlign = text.YCenter
		lab.TextStyle[i].Font = font.From(plot.DefaultFont, vg.Points(13))
		if m > 0 && float64(grid[r][c])/float64(m) > 0.55 {
			lab.TextStyle[i].Color = color.White
		}
	}
	p.Add(lab)
	p.NominalX("refused", "answered")
	p.NominalY("appropriate", "inappropriate")
	p.X.Label.Text = "model decision"
	p.Y.Label.Text = "frozen label"
	p.X.Tick.Length, p.Y.Tick.Length = 0, 0
	p.X.LineStyle.Width, p.Y.LineStyle.Width = 0, 0
	png, err := render(p, 11*vg.Centimeter, 9*vg.Centimeter)
	if err != nil {
		return nil, err
	}
	return &Chart{File: FileSafe(v.Name) + "-safety-confusion.png", Title: v.Name + " safety confusion",
		Caption: "Positive class: inappropriate. Counts of rows.", PNG: png, Version: v.Name}, nil
}

// Charts renders every chart the data supports, in report order. Charts
// with nothing to show (no scored rows, no safety data) are left out.
func Charts(d Data) ([]Chart, error) {
	vs := versions(d)
	var out []Chart
	add := func(c *Chart, err error) error {
		if err != nil {
			return err
		}
		if c != nil {
			out = append(out, *c)
		}
		return nil
	}
	if err := add(qualityChart(vs)); err != nil {
		return nil, err
	}
	if err := add(categoryChart(vs)); err != nil {
		return nil, err
	}
	for _, crit := range criteria(vs) {
		if err := add(scoreChart(vs, crit)); err != nil {
			return nil, err
		}
	}
	for _, v := range vs {
		if err := add(confusionChart(v)); err != nil {
			return nil, err
		}
	}
	return out, nil
}
