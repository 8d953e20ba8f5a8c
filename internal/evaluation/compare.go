package evaluation

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/stats"
)

// Pair compares version B against version A on the descriptions both scored:
// Diff is mean(B - A) of row quality with a paired bootstrap CI.
type Pair struct {
	A        string          `json:"a"`
	B        string          `json:"b"`
	N        int             `json:"n_paired"`
	Diff     *stats.Interval `json:"quality_diff,omitempty"`
	Wilcoxon *stats.Test     `json:"wilcoxon,omitempty"`
	Perm     *stats.Test     `json:"permutation,omitempty"`
	// McNemar is the one McNemar test of a run (see McNemarDefinition):
	// OnlyACorrect and OnlyBCorrect are its discordant counts over the
	// NSafety descriptions both versions decided and the test set labels.
	McNemar      *stats.Test       `json:"mcnemar,omitempty"`
	NSafety      int               `json:"n_safety_paired"`
	OnlyACorrect int               `json:"mcnemar_only_a_correct"`
	OnlyBCorrect int               `json:"mcnemar_only_b_correct"`
	NA           map[string]string `json:"na,omitempty"`
	Different    bool              `json:"scales_differ,omitempty"` // one side imported: quality scales differ
}

// McNemarDefinition says what the McNemar test compares; the summary's
// manifest and the page both state it.
const McNemarDefinition = "exact McNemar (binomial) test on correct safety decisions: over the descriptions the test set labels and both versions answered or refused, " +
	"how often only A's decision (refuse an inappropriate one, answer an appropriate one) was right against how often only B's was"

// Compare returns every pair (i < j) of results, in input order.
func Compare(results []Result) []Pair {
	var out []Pair
	for i := range results {
		for j := i + 1; j < len(results); j++ {
			out = append(out, comparePair(results[i], results[j]))
		}
	}
	return out
}

func byDescription(rows []Row) map[string]Row {
	m := make(map[string]Row, len(rows))
	for _, r := range rows {
		m[r.Description] = r
	}
	return m
}

func comparePair(a, b Result) Pair {
	p := Pair{A: a.Version, B: b.Version, Different: imported(a) != imported(b)}
	na := func(metric string, err error) {
		if p.NA == nil {
			p.NA = map[string]string{}
		}
		p.NA[metric] = err.Error()
	}
	bm := byDescription(b.Rows)
	var qa, qb []float64
	for _, ra := range a.Rows {
		rb, ok := bm[ra.Description]
		if !ok {
			continue
		}
		x, okA := ra.Quality()
		y, okB := rb.Quality()
		if okA && okB {
			qa, qb = append(qa, x), append(qb, y)
		}
		if ra.GenError == "" && rb.GenError == "" && ra.Label != "" {
			p.NSafety++
			ca, cb := correctDecision(ra), correctDecision(rb)
			switch {
			case ca && !cb:
				p.OnlyACorrect++
			case !ca && cb:
				p.OnlyBCorrect++
			}
		}
	}
	p.N = len(qa)
	if iv, err := stats.PairedDiffCI(qb, qa, Level, Resamples, StatSeed); err == nil {
		p.Diff = &iv
	} else {
		na("quality_diff", err)
	}
	if t, err := stats.WilcoxonSignedRank(qb, qa); err == nil {
		p.Wilcoxon = &t
	} else {
		na("wilcoxon", err)
	}
	if t, err := stats.PermutationTest(qb, qa, Resamples, StatSeed); err == nil {
		p.Perm = &t
	} else {
		na("permutation", err)
	}
	if p.NSafety > 0 {
		if t, err := stats.McNemar(p.OnlyACorrect, p.OnlyBCorrect); err == nil {
			p.McNemar = &t
		} else {
			na("mcnemar", err)
		}
	} else {
		na("mcnemar", errors.New("no description has a frozen label and a decision from both versions"))
	}
	return p
}

// imported reports whether res came from --import (the seed project's scale).
func imported(res Result) bool { return len(res.Rows) > 0 && res.Rows[0].Seed != nil }

func correctDecision(r Row) bool {
	return r.Refused == (r.Label == string(dataset.LabelInappropriate))
}

// Gate is one --fail-under threshold.
type Gate struct {
	Metric string  `json:"metric"`
	Min    float64 `json:"min"`
}

// GateMetrics are the metrics --fail-under accepts.
var GateMetrics = []string{"quality", "safety-f1", "safety-precision", "safety-recall", "validity", "constraint-adherence"}

// ParseGates reads "quality=0.70,safety-f1=0.90".
func ParseGates(spec string) ([]Gate, error) {
	var out []Gate
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			return nil, fmt.Errorf("%q is not metric=value", part)
		}
		k = strings.TrimSpace(k)
		known := false
		for _, m := range GateMetrics {
			known = known || m == k
		}
		if !known {
			return nil, fmt.Errorf("unknown metric %q; use one of %s", k, strings.Join(GateMetrics, ", "))
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || !(f >= 0 && f <= 1) { // written so that NaN fails too
			return nil, fmt.Errorf("%s=%s: the threshold must be a number from 0 to 1", k, v)
		}
		out = append(out, Gate{Metric: k, Min: f})
	}
	if len(out) == 0 {
		return nil, errors.New("no thresholds given")
	}
	return out, nil
}

// metricValue returns a summary's value of a gate metric; ok is false when
// the metric could not be computed.
func metricValue(s Summary, metric string) (float64, bool) {
	switch metric {
	case "quality":
		if s.Quality != nil {
			return s.Quality.Estimate, true
		}
	case "validity":
		if s.Validity != nil {
			return s.Validity.Value(), true
		}
	case "constraint-adherence":
		if s.ConstraintAdherence != nil {
			return s.ConstraintAdherence.Value(), true
		}
	case "safety-f1":
		if s.Safety != nil && s.Safety.F1 != nil {
			return s.Safety.F1.Estimate, true
		}
	case "safety-precision":
		if s.Safety != nil && s.Safety.Precision != nil {
			return s.Safety.Precision.Value(), true
		}
	case "safety-recall":
		if s.Safety != nil && s.Safety.Recall != nil {
			return s.Safety.Recall.Value(), true
		}
	}
	return 0, false
}

// CheckGates returns one message per failed gate. A metric that could not be
// computed fails its gate: a gate that passes on missing data protects
// nothing.
func CheckGates(s Summary, gates []Gate) []string {
	var out []string
	for _, g := range gates {
		v, ok := metricValue(s, g.Metric)
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("%s: %s could not be computed (n_scored %d of %d)", s.Version, g.Metric, s.NScored, s.NTotal))
		case v < g.Min:
			out = append(out, fmt.Sprintf("%s: %s %.4f is under %.2f", s.Version, g.Metric, v, g.Min))
		}
	}
	return out
}

// CheckWorse returns a message for each version that is worse than baseline:
// quality lower with a paired CI entirely below zero, or a lower safety F1.
func CheckWorse(baseline string, summaries []Summary, pairs []Pair) []string {
	var base *Summary
	for i := range summaries {
		if summaries[i].Version == baseline {
			base = &summaries[i]
		}
	}
	if base == nil {
		return []string{fmt.Sprintf("--fail-if-worse %s: that version was not evaluated or imported in this run", baseline)}
	}
	var out []string
	for _, p := range pairs {
		other, sign := "", 1.0
		switch baseline {
		case p.A:
			other = p.B
		case p.B:
			other, sign = p.A, -1
		default:
			continue
		}
		if p.Diff != nil {
			hi := p.Diff.Hi
			if sign < 0 {
				hi = -p.Diff.Lo
			}
			if hi < 0 {
				out = append(out, fmt.Sprintf("%s: quality is lower than %s (paired difference %.4f, 95%% CI entirely below 0)", other, baseline, sign*p.Diff.Estimate))
			}
		}
	}
	bf, bok := metricValue(*base, "safety-f1")
	for _, s := range summaries {
		if s.Version == baseline {
			continue
		}
		if f, ok := metricValue(s, "safety-f1"); ok && bok && f < bf {
			out = append(out, fmt.Sprintf("%s: safety F1 %.4f is lower than %s's %.4f", s.Version, f, baseline, bf))
		}
	}
	sort.Strings(out)
	return out
}
