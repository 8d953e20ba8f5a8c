package report

import (
	"bytes"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/domainyours/domainyours/internal/atomicfile"
	"github.com/domainyours/domainyours/internal/evaluation"
	"github.com/domainyours/domainyours/internal/stats"
)

//go:embed report.html.tmpl
var pageText string

// page is parsed on first use: every process (even --help) runs package
// initialisation, and parsing the template there cost most of a millisecond.
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report").Funcs(template.FuncMap{
		"ci":      fmtInterval,
		"bounds":  fmtBounds,
		"rate":    fmtRate,
		"rbounds": fmtRateBounds,
		"test":    fmtTest,
		"check":   fmtCheck,
		"img":     imgURL,
		"join":    strings.Join,
		"rho":     fmtRho,
		"criterion": func(v Version, name string) *stats.Interval {
			for _, c := range v.Criteria {
				if c.Name == name {
					return c.Mean
				}
			}
			return nil
		},
		"checkOf": func(v Version, name string) *Check {
			for i := range v.Checks {
				if v.Checks[i].Name == name {
					return &v.Checks[i]
				}
			}
			return nil
		},
		"quality": func(q *float64) string {
			if q == nil {
				return "not scored"
			}
			return fmt.Sprintf("%.3f", *q)
		},
		"add": func(a, b int) int { return a + b },
		"kappa": func(s *evaluation.Summary) *stats.Kappa {
			if s.JudgeSafety == nil {
				return nil
			}
			return s.JudgeSafety.Kappa
		},
	}).Parse(pageText))
})

func fmtInterval(iv *stats.Interval) string {
	if iv == nil {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", iv.Estimate)
}

func fmtBounds(iv *stats.Interval) string {
	if iv == nil {
		return ""
	}
	return fmt.Sprintf("[%.3f, %.3f]", iv.Lo, iv.Hi)
}

func fmtRate(r *stats.Rate) string {
	if r == nil {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%% (%d/%d)", 100*r.Value(), r.Num, r.Den)
}

func fmtRateBounds(r *stats.Rate) string {
	if r == nil {
		return ""
	}
	return fmt.Sprintf("[%.1f, %.1f]", 100*r.CI.Lo, 100*r.CI.Hi)
}

func fmtTest(t *stats.Test) string {
	if t == nil {
		return "n/a"
	}
	if t.P < 0.001 {
		return "p < 0.001"
	}
	return fmt.Sprintf("p = %.3f", t.P)
}

func fmtCheck(c *Check) string {
	switch {
	case c == nil:
		return "–"
	case c.Rate != nil:
		return fmtRate(c.Rate) + " " + fmtRateBounds(c.Rate)
	case c.Value != nil:
		return fmt.Sprintf("%.3f", *c.Value)
	}
	return "n/a"
}

func fmtRho(r *float64) string {
	if r == nil {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", *r)
}

// imgURL inlines a PNG as a data: URL. The bytes are ours (rendered by
// Charts), so marking the URL safe for html/template is sound.
func imgURL(png []byte) template.URL {
	return template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(png))
}

// view is what the template sees.
type view struct {
	Data
	Manifest    evaluation.Manifest
	Spend       evaluation.Spend
	Versions    []Version
	Comparisons []comparison
	Agreement   []agreement
	Consistency []consistency
	Charts      []Chart
	Overview    []Chart // quality and categories
	Scores      []Chart
	Confusions  []Chart // per version, in version order
	CheckNames  []string
	Criteria    []string
	AnySafety   bool
	AnyFailures bool
}

// HTML renders the self-contained report page.
func HTML(d Data, charts []Chart) ([]byte, error) {
	vs := versions(d)
	v := view{Data: d, Manifest: d.Run.Manifest, Spend: d.Run.Spend, Versions: vs, Charts: charts, Criteria: criteria(vs)}
	for _, p := range d.Run.Comparisons {
		v.Comparisons = append(v.Comparisons, comparison{Pair: p, Notes: pairNotes(p)})
	}
	for _, c := range charts {
		switch {
		case c.Version != "":
			v.Confusions = append(v.Confusions, c)
		case strings.HasPrefix(c.File, "score_distribution_"):
			v.Scores = append(v.Scores, c)
		default:
			v.Overview = append(v.Overview, c)
		}
	}
	for _, ver := range vs {
		if ver.S != nil {
			v.addJudgeChecks(*ver.S)
		}
		if ver.S != nil && ver.S.Safety != nil {
			v.AnySafety = true
		}
		if ver.Failed != "" {
			v.AnyFailures = true
		}
		for _, c := range ver.Checks {
			if !containsString(v.CheckNames, c.Name) {
				v.CheckNames = append(v.CheckNames, c.Name)
			}
		}
	}
	var buf bytes.Buffer
	if err := page().Execute(&buf, v); err != nil {
		return nil, fmt.Errorf("rendering the HTML report: %w", err)
	}
	return buf.Bytes(), nil
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// agreement is the heuristic judge against the LLM judge for one version.
type agreement struct {
	Version  string
	Criteria []criterionRank
}

// criterionRank is one criterion's Spearman correlation between the judges.
type criterionRank struct {
	Criterion string
	Rho       *float64
	N         int
	Note      string
}

// consistency is --judge-repeats for one version.
type consistency struct {
	Version   string
	Repeats   int
	SameLabel *stats.Rate
	ScoreSD   float64
	WithinOne *stats.Rate
}

func (v *view) addJudgeChecks(s evaluation.Summary) {
	if len(s.HeuristicSpearman) > 0 {
		a := agreement{Version: s.Version}
		for _, c := range evaluation.Criteria {
			cr := criterionRank{Criterion: c, N: s.HeuristicSpearmanN}
			if rho, ok := s.HeuristicSpearman[c]; ok {
				cr.Rho = &rho
			} else {
				cr.Note = s.NA["heuristic_spearman."+c]
			}
			a.Criteria = append(a.Criteria, cr)
		}
		v.Agreement = append(v.Agreement, a)
	}
	if c := s.Consistency; c != nil {
		rc := consistency{Version: s.Version, Repeats: c.Repeats, SameLabel: c.SameSafety, WithinOne: c.WithinOnePt}
		if c.ScoreSD != nil {
			rc.ScoreSD = *c.ScoreSD
		}
		v.Consistency = append(v.Consistency, rc)
	}
}

// comparison is one pair of the summary with its notes.
type comparison struct {
	evaluation.Pair
	Notes []string
}

// Options says where Write puts its files.
type Options struct {
	// HTMLPath is the report page, e.g. reports/eval-20261122-0100.html.
	HTMLPath string
	// ImagesDir receives every chart as a PNG (e.g. images/); empty skips
	// the PNG files (the HTML page carries its own copies).
	ImagesDir string
}

// Write renders the charts and the page and writes them atomically. It
// returns the paths written, the HTML page last.
func Write(d Data, opts Options) ([]string, error) {
	if opts.HTMLPath == "" {
		return nil, fmt.Errorf("no path for the HTML report; pass the file to write, e.g. reports/eval.html")
	}
	charts, err := Charts(d)
	if err != nil {
		return nil, fmt.Errorf("drawing report charts: %w", err)
	}
	var written []string
	if opts.ImagesDir != "" {
		if err := os.MkdirAll(opts.ImagesDir, 0o755); err != nil {
			return nil, fmt.Errorf("creating the chart directory: %w", err)
		}
		for _, c := range charts {
			path := filepath.Join(opts.ImagesDir, c.File)
			if err := atomicfile.WriteFile(path, c.PNG, 0o644); err != nil {
				return written, fmt.Errorf("writing chart %s: %w", path, err)
			}
			written = append(written, path)
		}
	}
	page, err := HTML(d, charts)
	if err != nil {
		return written, err
	}
	if dir := filepath.Dir(opts.HTMLPath); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return written, fmt.Errorf("creating the report directory: %w", err)
		}
	}
	if err := atomicfile.WriteFile(opts.HTMLPath, page, 0o644); err != nil {
		return written, fmt.Errorf("writing report %s: %w", opts.HTMLPath, err)
	}
	return append(written, opts.HTMLPath), nil
}
