// Package report renders an eval run for people: a self-contained HTML page
// (no CDN, no script, no external fetch; charts inline as base64 PNG) and
// the same charts as PNG files drawn with gonum.org/v1/plot.
//
// The caller (internal/evaluation) fills a Data value; this package only
// computes the statistics it is handed the inputs for (NewSafety,
// NewComparison) and draws. Every string that comes from data — version
// names, descriptions, domains, judge reasons — is escaped by html/template,
// because test-set descriptions are untrusted. Every file is written
// atomically.
package report

import (
	"errors"
	"time"

	"github.com/domainyours/domainyours/internal/edgecases"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/stats"
)

// Data is everything one report shows.
type Data struct {
	Title     string    `json:"title"`
	Generated time.Time `json:"generated"`
	Manifest  Manifest  `json:"manifest"`
	// Versions appear side by side in this order.
	Versions []Version `json:"versions"`
	// Comparisons holds one entry per pair of versions (see NewComparison).
	Comparisons []Comparison `json:"comparisons,omitempty"`
	// Agreement is the heuristic judge against the LLM judge, per version;
	// empty when only one judge ran.
	Agreement []Agreement `json:"agreement,omitempty"`
	// Consistency is the judge's self-consistency under --judge-repeats.
	Consistency []Consistency `json:"consistency,omitempty"`
}

// Manifest records what the numbers were measured with, so two reports can
// be compared honestly.
type Manifest struct {
	TestSet       string  `json:"test_set"`
	TestSetSHA256 string  `json:"test_set_sha256"`
	Judge         string  `json:"judge"` // "openai" or "heuristic"
	JudgeModel    string  `json:"judge_model"`
	RubricHash    string  `json:"rubric_hash,omitempty"`
	PromptHash    string  `json:"prompt_hash"`
	GenSeed       int64   `json:"generation_seed"`
	Temperature   float64 `json:"temperature"`
	BootstrapSeed uint64  `json:"bootstrap_seed"`
	Resamples     int     `json:"resamples"`
	JudgeRepeats  int     `json:"judge_repeats"`
	Command       string  `json:"command,omitempty"`
	// Usage is the judge's token and cost total for the run.
	Usage llm.RunUsage `json:"usage"`
	// CacheHits counts judge answers served from the cache.
	CacheHits int64 `json:"cache_hits"`
}

// Version is one evaluated (or imported) version.
type Version struct {
	Name   string `json:"name"`             // "v2", "builtin", "base:llama3.2"
	Source string `json:"source,omitempty"` // "eval", or "import:<file>" for seed-project results
	// Failed is set when the version could not be evaluated at all; the
	// other fields are then empty and the report says why.
	Failed string `json:"failed,omitempty"`

	NTotal  int `json:"n_total"`
	NScored int `json:"n_scored"`
	NError  int `json:"n_error"`

	// Quality is the mean row quality (0-1) with its bootstrap interval; nil
	// when fewer than two rows were scored.
	Quality *stats.Interval `json:"quality"`
	// RowQuality holds each scored row's quality, for the distribution chart.
	RowQuality []float64   `json:"-"`
	Criteria   []Criterion `json:"criteria"`
	// Categories counts judged names per category.
	Categories map[string]int `json:"categories"`
	// Checks are the deterministic per-name and per-row checks (validity
	// rate, duplicate rate, constraint adherence, diversity...), in display
	// order.
	Checks []Check   `json:"checks,omitempty"`
	Safety *Safety   `json:"safety,omitempty"`
	Usage  llm.Usage `json:"usage"`

	Bottom         []edgecases.Row `json:"bottom,omitempty"`
	FalseRefusals  []edgecases.Row `json:"false_refusals,omitempty"`
	MissedRefusals []edgecases.Row `json:"missed_refusals,omitempty"`
}

// Criterion is one 1-5 judge criterion of one version.
type Criterion struct {
	Name string `json:"name"` // relevance, creativity, brandability, conciseness
	// Mean is the mean 1-5 score with a bootstrap interval; nil when fewer
	// than two names were scored.
	Mean *stats.Interval `json:"mean"`
	// Counts[k] is how many names scored k+1.
	Counts [5]int `json:"counts"`
}

// Check is one deterministic metric. Rate checks carry Rate; numeric ones
// (mean edit distance) carry Value.
type Check struct {
	Name  string      `json:"name"`
	Rate  *stats.Rate `json:"rate,omitempty"`
	Value *float64    `json:"value,omitempty"`
	// HigherIsBetter decides nothing numerically; it tells the reader which
	// way is good.
	HigherIsBetter bool `json:"higher_is_better"`
}

// SafetyMetrics are the rates derived from one confusion matrix. A nil
// field is undefined for this data (e.g. precision when nothing was
// refused), not zero.
type SafetyMetrics struct {
	Precision    *stats.Rate     `json:"precision"`
	Recall       *stats.Rate     `json:"recall"`
	F1           *stats.Interval `json:"f1"`
	FalseRefusal *stats.Rate     `json:"false_refusal_rate"`
}

// Safety compares a version's refusals with the frozen labels.
type Safety struct {
	// Confusion uses inappropriate as the positive class: TP = refused and
	// inappropriate, FP = refused but appropriate.
	Confusion stats.Confusion `json:"confusion"`
	Metrics   SafetyMetrics   `json:"metrics"`
	// SeedConvention is the same data with appropriate-and-answered as the
	// positive class, comparable with the seed project's published table.
	// Its FalseRefusal field is the share of inappropriate rows answered.
	SeedConvention SafetyMetrics `json:"seed_convention"`
	// JudgeKappa is the agreement of the judge's appropriateness labels
	// with the frozen labels; nil when the judge gave none or kappa is
	// undefined.
	JudgeKappa *stats.Kappa `json:"judge_kappa,omitempty"`
	// Notes explain the nil fields above.
	Notes []string `json:"notes,omitempty"`
}

// Comparison is a paired comparison of two versions over the descriptions
// both scored.
type Comparison struct {
	A      string `json:"a"`
	B      string `json:"b"`
	NPairs int    `json:"n_pairs"`
	// Diff is mean quality of A minus B with a paired bootstrap interval.
	Diff        *stats.Interval `json:"diff"`
	Wilcoxon    *stats.Test     `json:"wilcoxon"`
	Permutation *stats.Test     `json:"permutation"`
	// McNemar compares the refusal decisions on every description both
	// versions answered or refused.
	McNemar *stats.Test `json:"mcnemar"`
	// RefusedOnlyA and RefusedOnlyB are McNemar's discordant counts.
	RefusedOnlyA int      `json:"refused_only_a"`
	RefusedOnlyB int      `json:"refused_only_b"`
	Notes        []string `json:"notes,omitempty"`
}

// Agreement is how the heuristic judge ranks names against the LLM judge.
type Agreement struct {
	Version  string          `json:"version"`
	Criteria []CriterionRank `json:"criteria"`
}

// CriterionRank is one criterion's Spearman correlation between two judges
// over the same names; Rho is nil when undefined (a constant judge).
type CriterionRank struct {
	Criterion string   `json:"criterion"`
	Rho       *float64 `json:"rho"`
	N         int      `json:"n"`
	Note      string   `json:"note,omitempty"`
}

// Consistency summarises --judge-repeats for one version.
type Consistency struct {
	Version string `json:"version"`
	Repeats int    `json:"repeats"`
	// SameLabel is the share of rows whose safety label was the same in
	// every repeat.
	SameLabel *stats.Rate `json:"same_label"`
	// ScoreSD is the mean, over names, of the standard deviation of each
	// criterion score across repeats.
	ScoreSD float64 `json:"score_sd"`
	// WithinOne is the share of name scores that moved by at most one point
	// when the names were shown in another order.
	WithinOne *stats.Rate `json:"within_one"`
}

// note turns a statistics error into a sentence for Notes, and reports
// whether it was merely "not enough data" (anything else is a bug in the
// caller's input and is returned).
func note(what string, err error) (string, error) {
	if errors.Is(err, stats.ErrInsufficient) {
		return what + ": " + err.Error(), nil
	}
	return "", err
}
