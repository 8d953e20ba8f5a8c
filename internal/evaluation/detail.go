package evaluation

import (
	"github.com/domainyours/domainyours/internal/edgecases"
	"github.com/domainyours/domainyours/internal/llm"
)

// Evaluated is one version's rows with its summary and edge cases. Failed is
// set when the version failed: the rest is empty when it could not be
// evaluated at all, and holds its rows and summary when it ran but had more
// errors than --max-error-rate.
type Evaluated struct {
	Result  Result
	Summary Summary
	Edge    edgecases.File
	Failed  string
}

// Detail is what the report shows of one version beside its Summary: each
// scored row's quality (the distribution chart), the judge tokens spent on
// it, and its edge cases. Failed says why a version has no Summary. Every
// figure of the page comes from the RunSummary or from here, so the page
// and eval-summary.json cannot disagree.
type Detail struct {
	Version    string
	Failed     string
	RowQuality []float64
	Usage      llm.Usage
	Edge       edgecases.File
}

// Detail lays out ev for the report.
func (ev Evaluated) Detail() Detail {
	d := Detail{Version: ev.Summary.Version, Failed: ev.Failed, Edge: ev.Edge}
	if ev.Failed != "" {
		d.Version = ev.Result.Version
		return d
	}
	for _, r := range ev.Result.Rows {
		if q, ok := r.Quality(); ok {
			d.RowQuality = append(d.RowQuality, q)
		}
		if v, ok := r.Verdict(); ok && !v.Cached {
			d.Usage = d.Usage.Add(v.Usage)
		}
	}
	return d
}
