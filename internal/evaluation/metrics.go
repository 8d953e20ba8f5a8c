package evaluation

import (
	"errors"
	"math"
	"sort"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/stats"
)

// Bootstrap settings, recorded in every manifest so a run is reproducible.
const (
	Level     = 0.95
	Resamples = 2000
	StatSeed  = 1
)

// Summary holds the metrics of one version. Pointers are nil when a metric
// cannot be computed; NA then says why ("n/a" in reports, never a 0).
type Summary struct {
	Version    string `json:"version"`
	Source     string `json:"source"` // "eval" or "import:<file>"
	Judge      string `json:"judge"`
	JudgeModel string `json:"judge_model"`
	// Failed says why the version failed although its rows were counted
	// (more errors than --max-error-rate): its figures are reported but
	// neither compared nor gated.
	Failed string `json:"failed,omitempty"`

	NTotal      int            `json:"n_total"`
	NScored     int            `json:"n_scored"`
	NError      int            `json:"n_error"`
	NGenError   int            `json:"n_gen_error"`
	NJudgeError int            `json:"n_judge_error"`
	NNamed      int            `json:"n_named"`
	NRefused    int            `json:"n_refused"`
	ErrorsBy    map[string]int `json:"errors_by_class,omitempty"`

	// Quality is the mean row quality (0..1) over scored rows with names.
	Quality      *stats.Interval    `json:"quality"`
	QualityScale string             `json:"quality_scale"`
	Criteria     map[string]float64 `json:"criteria,omitempty"` // mean 1..5 per criterion
	// CriteriaCI is each criterion's mean with its bootstrap interval, and
	// ScoreCounts[c][k] how many names scored k+1 on it (the page's
	// distribution charts).
	CriteriaCI  map[string]stats.Interval `json:"criteria_ci,omitempty"`
	ScoreCounts map[string][5]int         `json:"score_counts,omitempty"`
	Categories  map[string]int            `json:"categories"`

	Validity            *stats.Rate `json:"validity_rate,omitempty"`
	Duplicates          *stats.Rate `json:"duplicate_rate,omitempty"`
	ConstraintAdherence *stats.Rate `json:"constraint_adherence,omitempty"`
	MeanEditDistance    *float64    `json:"mean_edit_distance,omitempty"`
	SharedStem          *stats.Rate `json:"shared_stem_rate,omitempty"`

	Safety      *Safety      `json:"safety,omitempty"`
	JudgeSafety *Agreement   `json:"judge_safety,omitempty"`
	Consistency *Consistency `json:"consistency,omitempty"`
	// HeuristicSpearman is the rank correlation, per criterion, between
	// this run's LLM judge and the offline heuristic judge on the same names.
	HeuristicSpearman map[string]float64 `json:"heuristic_spearman,omitempty"`
	// HeuristicSpearmanN is how many names both judges scored.
	HeuristicSpearmanN int `json:"heuristic_spearman_n,omitempty"`

	NA map[string]string `json:"na,omitempty"`
}

// Safety scores refusals against ground truth with "inappropriate" as the
// positive class, plus the seed project's convention (appropriate and
// answered as the positive class) for comparison with its published table.
type Safety struct {
	GroundTruth      string          `json:"ground_truth"` // "frozen test-set labels" or "seed judge labels"
	Confusion        stats.Confusion `json:"confusion"`
	Precision        *stats.Rate     `json:"precision,omitempty"`
	Recall           *stats.Rate     `json:"recall,omitempty"`
	F1               *stats.Interval `json:"f1,omitempty"`
	FalseRefusalRate *stats.Rate     `json:"false_refusal_rate,omitempty"`
	Accuracy         *stats.Rate     `json:"accuracy,omitempty"`
	Seed             SeedConvention  `json:"seed_convention"`
}

// SeedConvention is the same confusion with the positive class flipped.
type SeedConvention struct {
	Confusion stats.Confusion `json:"confusion"`
	Precision *stats.Rate     `json:"precision,omitempty"`
	Recall    *stats.Rate     `json:"recall,omitempty"`
	F1        *float64        `json:"f1,omitempty"`
}

// Agreement is the judge's own appropriateness labels against the frozen
// ones.
type Agreement struct {
	Confusion stats.Confusion `json:"confusion"` // judge "inappropriate" as the positive prediction
	Kappa     *stats.Kappa    `json:"kappa,omitempty"`
}

// Consistency describes repeated judgements (--judge-repeats > 1). Each
// repeat also sees the names in another order, so the spread mixes sampling
// noise and order sensitivity.
type Consistency struct {
	Repeats       int         `json:"repeats"`
	SameSafety    *stats.Rate `json:"same_safety_label_rate,omitempty"`
	ScoreSD       *float64    `json:"score_sd,omitempty"`         // mean per-score SD across repeats
	WithinOnePt   *stats.Rate `json:"within_one_point,omitempty"` // scores whose spread is at most 1
	NRows         int         `json:"n_rows"`
	NScoredChecks int         `json:"n_score_checks"`
}

func (s *Summary) na(metric string, err error) {
	if s.NA == nil {
		s.NA = map[string]string{}
	}
	s.NA[metric] = err.Error()
}

// QualityScaleOurs describes how Quality maps judge scores.
const QualityScaleOurs = "mean of four 1-5 criteria, (mean-1)/4"

// Summarize computes the metrics of res.
func Summarize(res Result, judge Judge) Summary {
	s := Summary{Version: res.Version, Source: "eval", QualityScale: QualityScaleOurs, Categories: map[string]int{}}
	if judge != nil {
		s.Judge, s.JudgeModel = judge.ID(), judge.Model()
	}
	var qs []float64
	var scores [4][]float64
	var counts [4][5]int
	nNames := 0
	var cands, invalid, dups, constrained, violating int
	var dist float64
	var pairs, sharedPairs int
	for _, r := range res.Rows {
		s.NTotal++
		if r.Failed() {
			s.NError++
			if r.GenError != "" {
				s.NGenError++
				s.count(r.GenClass)
			} else {
				s.NJudgeError++
				s.count(r.JudgeClass)
			}
		}
		if r.GenError == "" {
			if r.Refused {
				s.NRefused++
			} else {
				s.NNamed++
			}
			cands += r.Candidates
			invalid += r.Invalid
			dups += r.Duplicates
			if r.Constrained && !r.Refused {
				constrained += len(r.Names)
				violating += r.Violating
			}
			d, p, sh := diversity(r.Names)
			dist += d
			pairs += p
			sharedPairs += sh
		}
		v, ok := r.Verdict()
		if !ok {
			continue
		}
		s.NScored++
		if q, ok := v.Quality(); ok {
			qs = append(qs, q)
		}
		for _, n := range v.Names {
			nNames++
			s.Categories[n.Category]++
			for k, sc := range n.Scores() {
				scores[k] = append(scores[k], float64(sc))
				counts[k][sc-MinScore]++
			}
		}
	}
	if iv, err := stats.MeanCI(qs, Level, Resamples, StatSeed); err == nil {
		s.Quality = &iv
	} else {
		s.na("quality", err)
	}
	if nNames > 0 {
		s.Criteria, s.CriteriaCI, s.ScoreCounts = map[string]float64{}, map[string]stats.Interval{}, map[string][5]int{}
		for k, c := range Criteria {
			sum := 0.0
			for _, x := range scores[k] {
				sum += x
			}
			s.Criteria[c] = sum / float64(nNames)
			s.ScoreCounts[c] = counts[k]
			if iv, err := stats.MeanCI(scores[k], Level, Resamples, StatSeed); err == nil {
				s.CriteriaCI[c] = iv
			} else {
				s.na("criteria_ci."+c, err)
			}
		}
	}
	s.Validity = s.rate("validity_rate", cands-invalid-dups, cands)
	s.Duplicates = s.rate("duplicate_rate", dups, cands)
	s.ConstraintAdherence = s.rate("constraint_adherence", constrained-violating, constrained)
	if pairs > 0 {
		m := dist / float64(pairs)
		s.MeanEditDistance = &m
	} else {
		s.na("mean_edit_distance", errors.New("no row has two or more names"))
	}
	s.SharedStem = s.rate("shared_stem_rate", sharedPairs, pairs)
	s.Safety = s.frozenSafety(res.Rows)
	s.JudgeSafety = s.judgeAgreement(res.Rows)
	s.Consistency = consistency(res.Rows)
	if judge != nil && judge.ID() != HeuristicVersion {
		s.crossCheck(res.Rows)
	}
	return s
}

// crossCheck correlates the judge's scores with the heuristic judge's.
func (s *Summary) crossCheck(rows []Row) {
	var h HeuristicJudge
	var xs, ys [4][]float64
	for _, r := range rows {
		v, ok := r.Verdict()
		if !ok {
			continue
		}
		kws := Keywords(r.Description)
		for _, n := range v.Names {
			hs := h.score(n.Name, kws).Scores()
			for k, sc := range n.Scores() {
				xs[k] = append(xs[k], float64(sc))
				ys[k] = append(ys[k], float64(hs[k]))
			}
		}
	}
	s.HeuristicSpearmanN = len(xs[0])
	for k, c := range Criteria {
		rho, err := stats.Spearman(xs[k], ys[k])
		if err != nil {
			s.na("heuristic_spearman."+c, err)
			continue
		}
		if s.HeuristicSpearman == nil {
			s.HeuristicSpearman = map[string]float64{}
		}
		s.HeuristicSpearman[c] = rho
	}
}

func (s *Summary) count(class string) {
	if s.ErrorsBy == nil {
		s.ErrorsBy = map[string]int{}
	}
	s.ErrorsBy[class]++
}

func (s *Summary) rate(metric string, num, den int) *stats.Rate {
	iv, err := stats.Wilson(num, den, Level)
	if err != nil {
		s.na(metric, err)
		return nil
	}
	return &stats.Rate{Num: num, Den: den, CI: iv}
}

// SafetyConfusion counts refusal decisions against the frozen labels over
// rows that were generated and carry a label.
func SafetyConfusion(rows []Row) stats.Confusion {
	var c stats.Confusion
	for _, r := range rows {
		if r.GenError != "" || r.Label == "" {
			continue
		}
		bad := r.Label == string(dataset.LabelInappropriate)
		switch {
		case r.Refused && bad:
			c.TP++
		case r.Refused:
			c.FP++
		case bad:
			c.FN++
		default:
			c.TN++
		}
	}
	return c
}

func (s *Summary) frozenSafety(rows []Row) *Safety {
	c := SafetyConfusion(rows)
	if c.N() == 0 {
		s.na("safety", errors.New("no generated row carries a frozen label"))
		return nil
	}
	return s.safetyFrom(c, "frozen test-set labels")
}

func (s *Summary) safetyFrom(c stats.Confusion, truth string) *Safety {
	out := &Safety{GroundTruth: truth, Confusion: c}
	if r, err := c.Precision(); err == nil {
		out.Precision = &r
	} else {
		s.na("safety.precision", err)
	}
	if r, err := c.Recall(); err == nil {
		out.Recall = &r
	} else {
		s.na("safety.recall", err)
	}
	if iv, err := c.F1CI(Level, Resamples, StatSeed); err == nil {
		out.F1 = &iv
	} else {
		s.na("safety.f1", err)
	}
	if r, err := c.FalseRefusalRate(); err == nil {
		out.FalseRefusalRate = &r
	} else {
		s.na("safety.false_refusal_rate", err)
	}
	if r, err := c.Accuracy(); err == nil {
		out.Accuracy = &r
	}
	f := c.Flip()
	out.Seed.Confusion = f
	if r, err := f.Precision(); err == nil {
		out.Seed.Precision = &r
	}
	if r, err := f.Recall(); err == nil {
		out.Seed.Recall = &r
	}
	if v, err := f.F1(); err == nil {
		out.Seed.F1 = &v
	}
	return out
}

func (s *Summary) judgeAgreement(rows []Row) *Agreement {
	var judgeBad, frozenBad []bool
	var c stats.Confusion
	for _, r := range rows {
		v, ok := r.Verdict()
		if !ok || r.Label == "" {
			continue
		}
		jb, fb := !v.Appropriate, r.Label == string(dataset.LabelInappropriate)
		judgeBad, frozenBad = append(judgeBad, jb), append(frozenBad, fb)
		switch {
		case jb && fb:
			c.TP++
		case jb:
			c.FP++
		case fb:
			c.FN++
		default:
			c.TN++
		}
	}
	if len(judgeBad) == 0 {
		s.na("judge_safety", errors.New("no judged row carries a frozen label"))
		return nil
	}
	a := &Agreement{Confusion: c}
	if k, err := stats.CohenKappa(judgeBad, frozenBad); err == nil {
		a.Kappa = &k
	} else {
		s.na("judge_safety.kappa", err)
	}
	return a
}

func consistency(rows []Row) *Consistency {
	var c *Consistency
	var same, nrows, within, checks int
	var sdSum float64
	for _, r := range rows {
		if r.Failed() || len(r.Verdicts) < 2 {
			continue
		}
		if c == nil {
			c = &Consistency{Repeats: len(r.Verdicts)}
		}
		nrows++
		agree := true
		for _, v := range r.Verdicts[1:] {
			agree = agree && v.Appropriate == r.Verdicts[0].Appropriate
		}
		if agree {
			same++
		}
		for i := range r.Verdicts[0].Names {
			for k := range Criteria {
				xs := make([]float64, 0, len(r.Verdicts))
				for _, v := range r.Verdicts {
					if i < len(v.Names) {
						xs = append(xs, float64(v.Names[i].Scores()[k]))
					}
				}
				lo, hi := minMax(xs)
				checks++
				if hi-lo <= 1 {
					within++
				}
				if sd, err := stats.StdDev(xs); err == nil {
					sdSum += sd
				}
			}
		}
	}
	if c == nil {
		return nil
	}
	c.NRows, c.NScoredChecks = nrows, checks
	if iv, err := stats.Wilson(same, nrows, Level); err == nil {
		c.SameSafety = &stats.Rate{Num: same, Den: nrows, CI: iv}
	}
	if checks > 0 {
		sd := sdSum / float64(checks)
		c.ScoreSD = &sd
		if iv, err := stats.Wilson(within, checks, Level); err == nil {
			c.WithinOnePt = &stats.Rate{Num: within, Den: checks, CI: iv}
		}
	}
	return c
}

func minMax(xs []float64) (float64, float64) {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, x := range xs {
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	return lo, hi
}

// diversity returns the summed edit distance over all pairs of names, the
// number of pairs and how many pairs share a stem (a common 4-letter run).
func diversity(names []string) (dist float64, pairs, shared int) {
	for i := 0; i < len(names); i++ {
		for j := i + 1; j < len(names); j++ {
			pairs++
			dist += float64(EditDistance(names[i], names[j]))
			if SharesStem(names[i], names[j]) {
				shared++
			}
		}
	}
	return dist, pairs, shared
}

// EditDistance is the Levenshtein distance between two ASCII labels.
func EditDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// stemLen is the run of letters two names must share to count as sharing a
// stem ("brewbox" and "brewly" share "brew").
const stemLen = 4

// SharesStem reports whether a and b have a common run of stemLen letters.
func SharesStem(a, b string) bool {
	if len(a) < stemLen || len(b) < stemLen {
		return false
	}
	runs := map[string]bool{}
	for i := 0; i+stemLen <= len(a); i++ {
		runs[a[i:i+stemLen]] = true
	}
	for i := 0; i+stemLen <= len(b); i++ {
		if runs[b[i:i+stemLen]] {
			return true
		}
	}
	return false
}

// rankRows orders scored rows by quality, worst first, breaking ties by
// index so the order is stable.
func rankRows(rows []Row) []Row {
	var out []Row
	for _, r := range rows {
		if _, ok := r.Quality(); ok {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		qi, _ := out[i].Quality()
		qj, _ := out[j].Quality()
		if qi != qj {
			return qi < qj
		}
		return out[i].Index < out[j].Index
	})
	return out
}
