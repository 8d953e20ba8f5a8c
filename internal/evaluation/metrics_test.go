package evaluation

import (
	"math"
	"testing"

	"github.com/domainyours/domainyours/internal/stats"
)

func ns(name, cat string, r, c, b, k int) NameScore {
	return NameScore{Name: name, Relevance: r, Creativity: c, Brandability: b, Conciseness: k, Category: cat}
}

// handTable is a small run whose every metric is computed by hand below.
func handTable() Result {
	return Result{Version: "v1", Rows: []Row{
		{Index: 0, Description: "d0", Label: "appropriate", Names: []string{"brewly", "brewbox"}, Candidates: 3, Invalid: 1,
			Constrained: true, Violating: 1,
			Verdicts: []Verdict{{Appropriate: true, Names: []NameScore{ns("brewly", "good", 5, 5, 5, 5), ns("brewbox", "random_word", 1, 1, 1, 1)}}}},
		{Index: 1, Description: "d1", Label: "appropriate", Names: []string{"hopyard"}, Candidates: 2, Duplicates: 1,
			Verdicts: []Verdict{{Appropriate: true, Names: []NameScore{ns("hopyard", "ok", 5, 5, 3, 3)}}}},
		{Index: 2, Description: "d2", Label: "inappropriate", Refused: true, Names: []string{},
			Verdicts: []Verdict{{Appropriate: false}}},
		{Index: 3, Description: "d3", Label: "appropriate", Refused: true, Names: []string{},
			Verdicts: []Verdict{{Appropriate: true}}},
		{Index: 4, Description: "d4", Label: "inappropriate", Names: []string{"shadymart"}, Candidates: 1,
			Verdicts: []Verdict{{Appropriate: true, Names: []NameScore{ns("shadymart", "inappropriate", 3, 3, 3, 3)}}}},
		{Index: 5, Description: "d5", Label: "appropriate", Names: []string{}, GenError: "llm: timeout", GenClass: "timeout"},
		{Index: 6, Description: "d6", Label: "appropriate", Names: []string{"xenial"}, Candidates: 1,
			JudgeError: "llm: malformed", JudgeClass: "malformed"},
	}}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestSummarizeHandComputedTable(t *testing.T) {
	s := Summarize(handTable(), HeuristicJudge{})
	counts := []struct {
		name      string
		got, want int
	}{
		{"n_total", s.NTotal, 7}, {"n_scored", s.NScored, 5}, {"n_error", s.NError, 2},
		{"n_gen_error", s.NGenError, 1}, {"n_judge_error", s.NJudgeError, 1},
		{"n_named", s.NNamed, 4}, {"n_refused", s.NRefused, 2},
		{"errors timeout", s.ErrorsBy["timeout"], 1}, {"errors malformed", s.ErrorsBy["malformed"], 1},
		{"good", s.Categories["good"], 1}, {"random_word", s.Categories["random_word"], 1},
		{"ok", s.Categories["ok"], 1}, {"inappropriate", s.Categories["inappropriate"], 1},
	}
	for _, c := range counts {
		if c.got != c.want {
			t.Errorf("%s = %d, want %d", c.name, c.got, c.want)
		}
	}
	// Quality: rows 0 (0.5), 1 (0.75) and 4 (0.5); errors and refusals are
	// not zeros, they are absent.
	if s.Quality == nil || !near(s.Quality.Estimate, (0.5+0.75+0.5)/3) || s.Quality.N != 3 {
		t.Errorf("quality %+v, want 0.58333 over 3 rows", s.Quality)
	}
	for c, want := range map[string]float64{"relevance": 3.5, "creativity": 3.5, "brandability": 3, "conciseness": 3} {
		if !near(s.Criteria[c], want) {
			t.Errorf("criterion %s = %v, want %v", c, s.Criteria[c], want)
		}
	}
	rates := []struct {
		name     string
		r        *stats.Rate
		num, den int
	}{
		{"validity", s.Validity, 5, 7}, {"duplicates", s.Duplicates, 1, 7},
		{"constraint adherence", s.ConstraintAdherence, 1, 2}, {"shared stem", s.SharedStem, 1, 1},
	}
	for _, r := range rates {
		if r.r == nil || r.r.Num != r.num || r.r.Den != r.den {
			t.Errorf("%s = %+v, want %d/%d", r.name, r.r, r.num, r.den)
		}
	}
	if s.MeanEditDistance == nil || *s.MeanEditDistance != 3 {
		t.Errorf("mean edit distance %v, want 3 (brewly/brewbox)", s.MeanEditDistance)
	}

	sf := s.Safety
	if sf == nil {
		t.Fatal("no safety metrics")
	}
	if sf.Confusion != (stats.Confusion{TP: 1, FP: 1, FN: 1, TN: 3}) {
		t.Errorf("confusion %+v, want TP1 FP1 FN1 TN3 (the generation error is excluded)", sf.Confusion)
	}
	if sf.Precision.Value() != 0.5 || sf.Recall.Value() != 0.5 || !near(sf.F1.Estimate, 0.5) || sf.FalseRefusalRate.Value() != 0.25 {
		t.Errorf("precision %v recall %v f1 %v frr %v", sf.Precision.Value(), sf.Recall.Value(), sf.F1.Estimate, sf.FalseRefusalRate.Value())
	}
	if sf.Seed.Confusion != (stats.Confusion{TP: 3, FP: 1, FN: 1, TN: 1}) || sf.Seed.Precision.Value() != 0.75 || sf.Seed.Recall.Value() != 0.75 {
		t.Errorf("seed convention %+v", sf.Seed)
	}
	// Judge labels vs frozen over the 5 judged rows: agree on 4; judge says
	// inappropriate 1/5, frozen 2/5: pe = .2*.4+.8*.6 = .56, kappa = .24/.44.
	js := s.JudgeSafety
	if js == nil || js.Kappa == nil || !near(js.Kappa.Kappa, 0.24/0.44) {
		t.Errorf("judge kappa %+v, want %.6f", js, 0.24/0.44)
	}
	if js.Confusion != (stats.Confusion{TP: 1, FN: 1, TN: 3}) {
		t.Errorf("judge confusion %+v", js.Confusion)
	}
}

func TestSummarizeNothingScoredSaysWhy(t *testing.T) {
	res := Result{Version: "v9", Rows: []Row{
		{Description: "a", Label: "appropriate", GenError: "down", GenClass: "unreachable"},
		{Description: "b", Label: "appropriate", GenError: "down", GenClass: "unreachable"},
	}}
	s := Summarize(res, HeuristicJudge{})
	if s.NTotal != 2 || s.NError != 2 || s.NScored != 0 {
		t.Errorf("counts %d/%d/%d", s.NTotal, s.NScored, s.NError)
	}
	if s.Quality != nil || s.Safety != nil || s.NA["quality"] == "" || s.NA["safety"] == "" {
		t.Errorf("missing metrics must be nil with a reason: quality %v safety %v na %v", s.Quality, s.Safety, s.NA)
	}
}

func TestConsistencyOverRepeats(t *testing.T) {
	res := Result{Rows: []Row{
		{Description: "a", Names: []string{"brewly"}, Verdicts: []Verdict{
			{Appropriate: true, Names: []NameScore{ns("brewly", "ok", 3, 3, 3, 3)}},
			{Appropriate: true, Names: []NameScore{ns("brewly", "ok", 4, 3, 3, 1)}},
		}},
		{Description: "b", Names: []string{}, Refused: true, Verdicts: []Verdict{{Appropriate: false}, {Appropriate: true}}},
	}}
	c := consistency(res.Rows)
	if c == nil || c.Repeats != 2 || c.NRows != 2 {
		t.Fatalf("consistency %+v", c)
	}
	if c.SameSafety.Num != 1 || c.SameSafety.Den != 2 {
		t.Errorf("same safety %d/%d, want 1/2", c.SameSafety.Num, c.SameSafety.Den)
	}
	// Four scores: spreads 1, 0, 0, 2 -> 3 of 4 within one point.
	if c.WithinOnePt.Num != 3 || c.WithinOnePt.Den != 4 {
		t.Errorf("within one point %d/%d, want 3/4", c.WithinOnePt.Num, c.WithinOnePt.Den)
	}
	// SDs (n-1): 0.7071, 0, 0, 1.4142 -> mean 0.53033.
	if !near(math.Round(*c.ScoreSD*1e5)/1e5, 0.53033) {
		t.Errorf("score sd %v", *c.ScoreSD)
	}
}

func TestEditDistanceAndStems(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		d    int
		stem bool
	}{
		{"brewly", "brewbox", 3, true},
		{"kitten", "sitting", 3, false},
		{"", "abc", 3, false},
		{"loafly", "loafly", 0, true},
		{"oventide", "tidehaus", 8, true},
		{"abc", "abd", 1, false},
	} {
		if d := EditDistance(tt.a, tt.b); d != tt.d {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tt.a, tt.b, d, tt.d)
		}
		if s := SharesStem(tt.a, tt.b); s != tt.stem {
			t.Errorf("SharesStem(%q, %q) = %v, want %v", tt.a, tt.b, s, tt.stem)
		}
	}
}

func TestCompareIsPairedByDescription(t *testing.T) {
	mk := func(version string, qs ...float64) Result {
		r := Result{Version: version}
		for i, q := range qs {
			// One name whose four scores give quality q: (mean-1)/4 = q.
			s := int(math.Round(q*4 + 1))
			r.Rows = append(r.Rows, Row{Index: i, Description: string(rune('a' + i)), Label: "appropriate", Names: []string{"named"},
				Verdicts: []Verdict{{Appropriate: true, Names: []NameScore{ns("named", "ok", s, s, s, s)}}}})
		}
		return r
	}
	a := mk("v1", 0.25, 0.5, 0.5, 0.75, 0.25, 0.5)
	b := mk("v2", 0.5, 0.75, 0.75, 1, 0.5, 0.75)
	// Reverse b's rows: pairing must follow descriptions, not positions.
	for i, j := 0, len(b.Rows)-1; i < j; i, j = i+1, j-1 {
		b.Rows[i], b.Rows[j] = b.Rows[j], b.Rows[i]
	}
	ps := Compare([]Result{a, b})
	if len(ps) != 1 {
		t.Fatalf("%d pairs", len(ps))
	}
	p := ps[0]
	if p.N != 6 || p.Diff == nil || !near(p.Diff.Estimate, 0.25) || p.Diff.Lo != 0.25 || p.Diff.Hi != 0.25 {
		t.Errorf("pair %+v diff %+v; want +0.25 exactly on 6 pairs", p, p.Diff)
	}
	if p.Wilcoxon == nil || p.Wilcoxon.P > 0.05 {
		t.Errorf("wilcoxon %+v; six equal improvements should be significant at 5%%", p.Wilcoxon)
	}
	if p.McNemar != nil {
		t.Errorf("McNemar %+v with no discordant decisions; want n/a", p.McNemar)
	}
	worse := CheckWorse("v2", []Summary{{Version: "v1"}, {Version: "v2"}}, ps)
	if len(worse) != 1 {
		t.Errorf("v1 is significantly worse than v2: %v", worse)
	}
	if w := CheckWorse("v1", []Summary{{Version: "v1"}, {Version: "v2"}}, ps); len(w) != 0 {
		t.Errorf("v2 is better than v1, not worse: %v", w)
	}
}

func TestGates(t *testing.T) {
	if _, err := ParseGates("quality=0.7,safety-f1=0.9"); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "quality", "quality=1.5", "speed=0.5", "quality=abc"} {
		if _, err := ParseGates(bad); err == nil {
			t.Errorf("ParseGates(%q) accepted", bad)
		}
	}
	s := Summarize(handTable(), HeuristicJudge{})
	gates, _ := ParseGates("quality=0.5,safety-f1=0.9,constraint-adherence=0.4")
	fails := CheckGates(s, gates)
	if len(fails) != 1 {
		t.Errorf("want only safety-f1 (0.5 < 0.9) to fail: %v", fails)
	}
	empty := Summarize(Result{Version: "v9"}, HeuristicJudge{})
	if fails := CheckGates(empty, gates); len(fails) != 3 {
		t.Errorf("metrics that could not be computed must fail their gates: %v", fails)
	}
}
