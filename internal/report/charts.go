package report

import (
	"fmt"
	"image/color"
	"maps"
	"slices"
	"strings"

	"github.com/domainyours/domainyours/internal/chart"
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

func colour(i int) color.RGBA { return palette[i%len(palette)] }

// Chart sizes in pixels at chartDPI: 16 × 9 cm, and half as wide for the
// score distributions.
const (
	chartW   = 907
	chartH   = 510
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

func newPlot(w, h int, title, ylabel string) *chart.Plot {
	p := chart.New(w, h, chartDPI)
	p.Title = title
	p.Y.Label = ylabel
	p.Grid = true
	return p
}

func qualityChart(vs []Version) (*Chart, error) {
	var names []string
	var vals, xs, lo, hi []float64
	for _, v := range vs {
		q := v.quality()
		if q == nil {
			continue
		}
		xs = append(xs, float64(len(names)))
		lo, hi = append(lo, q.Lo), append(hi, q.Hi)
		names = append(names, v.Name)
		vals = append(vals, q.Estimate)
	}
	if len(names) == 0 {
		return nil, nil
	}
	p := newPlot(chartW, chartH, "Quality by version (mean, 95% bootstrap CI)", "quality (0-1)")
	p.Bars("", colour(0), vals, 0.4, 0)
	p.ErrorBars(color.RGBA{A: 0xff}, xs, lo, hi, 12)
	p.X.Names = names
	p.Y.Min, p.Y.Max, p.Y.Fixed = 0, 1, true
	png, err := p.PNG()
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

// groupedBars draws one bar series per version over the same x labels; the
// bars of a group fill 80% of a label's width, each at most 0.3 of it.
func groupedBars(p *chart.Plot, labels []string, series []string, value func(s, x int) float64) {
	width := min(0.3, 0.8/float64(max(1, len(series))))
	for s, name := range series {
		vals := make([]float64, len(labels))
		for x := range labels {
			vals[x] = value(s, x)
		}
		p.Bars(name, colour(s), vals, width, (float64(s)-float64(len(series)-1)/2)*width)
	}
	p.X.Names = labels
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
	p := newPlot(chartW, chartH, "Name categories by version", "names")
	names := make([]string, len(series))
	for i, v := range series {
		names[i] = v.Name
	}
	groupedBars(p, cats, names, func(s, x int) float64 {
		return float64(series[s].categories()[cats[x]])
	})
	top := 0
	for _, v := range series {
		for _, n := range v.categories() {
			top = max(top, n)
		}
	}
	// Headroom so the legend in the top-right corner does not cover bars.
	p.Y.Min, p.Y.Max, p.Y.Fixed = 0, float64(top)*1.3+1, true
	png, err := p.PNG()
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
	p := newPlot(chartW/2, chartH*85/100, "Score distribution: "+criterion, "% of names")
	p.Legend.Left = true
	groupedBars(p, []string{"1", "2", "3", "4", "5"}, series, func(s, x int) float64 {
		return shares[s][x]
	})
	p.X.Label = "score"
	p.Y.Min, p.Y.Max, p.Y.Fixed = 0, 100, true
	png, err := p.PNG()
	if err != nil {
		return nil, err
	}
	return &Chart{File: "score_distribution_" + FileSafe(criterion) + ".png", Title: "Scores: " + criterion,
		Caption: "Share of names per 1-5 score.", PNG: png}, nil
}

// confusionChart draws the 2×2 confusion matrix as squares shaded by count.
func confusionChart(v Version) (*Chart, error) {
	if v.S == nil || v.S.Safety == nil {
		return nil, nil
	}
	cm := v.S.Safety.Confusion
	// Rows: truth (inappropriate on top); columns: decision (refused left).
	grid := [2][2]int{{cm.TP, cm.FN}, {cm.FP, cm.TN}}
	tags := [2][2]string{{"TP", "FN (missed)"}, {"FP (false refusal)", "TN"}}
	m := max(cm.TP, cm.FN, cm.FP, cm.TN)
	p := chart.New(624, 510, chartDPI)
	p.Title = v.Name + ": refusals vs frozen labels"
	p.HideAxes = true
	white := color.RGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	for r := range 2 {
		for c := range 2 {
			n := grid[r][c]
			shade := 0.0
			if m > 0 {
				shade = float64(n) / float64(m)
			}
			base := colour(0)
			mix := func(v uint8) uint8 { return uint8(255 - shade*(255-float64(v))*0.85) }
			fill := color.RGBA{mix(base.R), mix(base.G), mix(base.B), 0xff}
			x, y := float64(c), float64(1-r)
			p.Rect(x-0.5, y-0.5, x+0.5, y+0.5, fill, white, 3)
			ink := color.RGBA{A: 0xff}
			if shade > 0.55 {
				ink = white
			}
			p.Text(x, y, fmt.Sprintf("%d\n%s", n, tags[r][c]), ink, 13)
		}
	}
	p.X.Names = []string{"refused", "answered"}
	p.Y.Names = []string{"appropriate", "inappropriate"}
	p.X.Label = "model decision"
	p.Y.Label = "frozen label"
	png, err := p.PNG()
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
