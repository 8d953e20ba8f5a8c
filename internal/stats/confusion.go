package stats

import (
	"fmt"
	"math"
	"slices"
)

func fmtErr(format string, args ...any) error { return fmt.Errorf(format, args...) }

// Wilson returns the Wilson score interval for successes out of trials. It
// stays inside [0, 1] and behaves at 0% and 100%, where the textbook normal
// interval collapses to a point.
func Wilson(successes, trials int, level float64) (Interval, error) {
	if err := checkLevel(level); err != nil {
		return Interval{}, err
	}
	if successes < 0 || successes > trials {
		return Interval{}, fmtErr("successes %d must lie between 0 and trials %d", successes, trials)
	}
	if trials == 0 {
		return Interval{}, insufficient("a rate needs at least one trial")
	}
	n := float64(trials)
	p := float64(successes) / n
	z := zCrit(level)
	z2 := z * z
	den := 1 + z2/n
	centre := (p + z2/(2*n)) / den
	half := z / den * math.Sqrt(p*(1-p)/n+z2/(4*n*n))
	return Interval{
		Estimate: p,
		Lo:       math.Max(0, centre-half),
		Hi:       math.Min(1, centre+half),
		Level:    level,
		N:        trials,
	}, nil
}

// Rate is a proportion Num/Den with its 95% Wilson interval.
type Rate struct {
	Num int      `json:"num"`
	Den int      `json:"den"`
	CI  Interval `json:"ci"`
}

// Value is Num/Den.
func (r Rate) Value() float64 { return r.CI.Estimate }

func rate(num, den int) (Rate, error) {
	iv, err := Wilson(num, den, 0.95)
	if err != nil {
		return Rate{}, err
	}
	return Rate{Num: num, Den: den, CI: iv}, nil
}

// Confusion counts binary decisions against ground truth. In eval the
// positive class is "inappropriate": TP is a refusal of an inappropriate
// description, FP a refusal of an appropriate one (a false refusal), FN an
// answer to an inappropriate one (a missed refusal), TN an answer to an
// appropriate one.
type Confusion struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
	TN int `json:"tn"`
}

// N is the number of decisions counted.
func (c Confusion) N() int { return c.TP + c.FP + c.FN + c.TN }

// Flip swaps the positive class, e.g. to "appropriate and answered", the
// convention of the seed project's published table.
func (c Confusion) Flip() Confusion { return Confusion{TP: c.TN, FP: c.FN, FN: c.FP, TN: c.TP} }

// Precision is TP/(TP+FP); undefined when nothing was predicted positive.
func (c Confusion) Precision() (Rate, error) {
	if c.TP+c.FP == 0 {
		return Rate{}, insufficient("precision is undefined: nothing was predicted positive")
	}
	return rate(c.TP, c.TP+c.FP)
}

// Recall is TP/(TP+FN); undefined when there are no positives.
func (c Confusion) Recall() (Rate, error) {
	if c.TP+c.FN == 0 {
		return Rate{}, insufficient("recall is undefined: the ground truth has no positives")
	}
	return rate(c.TP, c.TP+c.FN)
}

// FalseRefusalRate is FP/(FP+TN): the share of negatives (appropriate
// descriptions) that were refused.
func (c Confusion) FalseRefusalRate() (Rate, error) {
	if c.FP+c.TN == 0 {
		return Rate{}, insufficient("false-refusal rate is undefined: the ground truth has no negatives")
	}
	return rate(c.FP, c.FP+c.TN)
}

// Accuracy is (TP+TN)/N.
func (c Confusion) Accuracy() (Rate, error) {
	if c.N() == 0 {
		return Rate{}, insufficient("accuracy is undefined: no decisions were counted")
	}
	return rate(c.TP+c.TN, c.N())
}

// F1 is 2TP/(2TP+FP+FN), the harmonic mean of precision and recall. With
// TP=0 but some errors it is 0; with no positives at all it is undefined.
func (c Confusion) F1() (float64, error) {
	if err := c.check(); err != nil {
		return 0, err
	}
	den := 2*c.TP + c.FP + c.FN
	if den == 0 {
		return 0, insufficient("F1 is undefined: no positives were predicted or present")
	}
	return float64(2*c.TP) / float64(den), nil
}

func (c Confusion) check() error {
	if c.TP < 0 || c.FP < 0 || c.FN < 0 || c.TN < 0 {
		return fmtErr("confusion counts must be non-negative, got %+v", c)
	}
	return nil
}

// F1CI is F1 with a percentile-bootstrap interval: each resample draws N
// decisions from the four cells in proportion to the observed counts.
// Resamples in which F1 is undefined are skipped; if more than half are,
// the interval is reported as insufficient.
func (c Confusion) F1CI(level float64, resamples int, seed uint64) (Interval, error) {
	if err := checkLevel(level); err != nil {
		return Interval{}, err
	}
	if err := checkResamples(resamples); err != nil {
		return Interval{}, err
	}
	f1, err := c.F1()
	if err != nil {
		return Interval{}, err
	}
	n := c.N()
	r := newRand(seed)
	vals := make([]float64, 0, resamples)
	for range resamples {
		var tp, fp, fn int
		for range n {
			k := r.IntN(n)
			switch {
			case k < c.TP:
				tp++
			case k < c.TP+c.FP:
				fp++
			case k < c.TP+c.FP+c.FN:
				fn++
			}
		}
		if den := 2*tp + fp + fn; den > 0 {
			vals = append(vals, float64(2*tp)/float64(den))
		}
	}
	if len(vals)*2 < resamples {
		return Interval{}, insufficient("F1 was undefined in most bootstrap resamples; there are too few positives")
	}
	slices.Sort(vals)
	alpha := (1 - level) / 2
	return Interval{Estimate: f1, Lo: percentile(vals, alpha), Hi: percentile(vals, 1-alpha), Level: level, N: n}, nil
}

// Kappa is Cohen's kappa for two raters on a binary label.
type Kappa struct {
	Kappa float64 `json:"kappa"`
	// CI uses Cohen's (1960) large-sample standard error
	// sqrt(po(1-po) / (n(1-pe)^2)), clipped to [-1, 1].
	CI       Interval `json:"ci"`
	Observed float64  `json:"observed_agreement"`
	Expected float64  `json:"expected_agreement"`
	N        int      `json:"n"`
}

// CohenKappa measures agreement between two binary labelings of the same
// items beyond what their marginal rates would give by chance. It is
// undefined when chance agreement is already perfect (both raters give one
// label to every item).
func CohenKappa(a, b []bool) (Kappa, error) {
	if len(a) != len(b) {
		return Kappa{}, fmtErr("the two labelings differ in length (%d and %d); pair them by row first", len(a), len(b))
	}
	n := len(a)
	if n < 2 {
		return Kappa{}, insufficient("kappa needs at least 2 labelled rows, got %d", n)
	}
	var agree, aYes, bYes int
	for i := range a {
		if a[i] == b[i] {
			agree++
		}
		if a[i] {
			aYes++
		}
		if b[i] {
			bYes++
		}
	}
	fn := float64(n)
	po := float64(agree) / fn
	pa, pb := float64(aYes)/fn, float64(bYes)/fn
	pe := pa*pb + (1-pa)*(1-pb)
	if pe >= 1 {
		return Kappa{}, insufficient("kappa is undefined: both labelings give the same single label to every row")
	}
	k := (po - pe) / (1 - pe)
	se := math.Sqrt(po * (1 - po) / (fn * (1 - pe) * (1 - pe)))
	z := zCrit(0.95)
	return Kappa{
		Kappa:    k,
		CI:       Interval{Estimate: k, Lo: math.Max(-1, k-z*se), Hi: math.Min(1, k+z*se), Level: 0.95, N: n},
		Observed: po,
		Expected: pe,
		N:        n,
	}, nil
}
