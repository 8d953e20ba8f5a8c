package stats

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"
)

// ErrInsufficient is wrapped by every error that means the data cannot
// support the statistic (too few rows, no variation, no discordant pairs).
// Reports show such a statistic as "n/a" instead of failing the run.
var ErrInsufficient = errors.New("not enough data")

// Interval is a point estimate with a two-sided confidence interval.
type Interval struct {
	Estimate float64 `json:"estimate"`
	Lo       float64 `json:"lo"`
	Hi       float64 `json:"hi"`
	Level    float64 `json:"level"`
	N        int     `json:"n"`
}

// String renders the interval the way the report prints it.
func (iv Interval) String() string {
	return fmt.Sprintf("%.4f [%.4f, %.4f]", iv.Estimate, iv.Lo, iv.Hi)
}

// Test is the outcome of a hypothesis test. P is two-sided.
type Test struct {
	Name      string  `json:"name"`
	Statistic float64 `json:"statistic"`
	P         float64 `json:"p"`
	N         int     `json:"n"`
}

func insufficient(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInsufficient, fmt.Sprintf(format, args...))
}

// checkFinite rejects NaN and infinities, which would silently poison a mean.
func checkFinite(name string, xs []float64) error {
	for i, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Errorf("%s[%d] is %v; drop unscored rows before computing statistics", name, i, x)
		}
	}
	return nil
}

func checkLevel(level float64) error {
	if !(level > 0 && level < 1) {
		return fmt.Errorf("confidence level %v is outside (0, 1); use 0.95 for a 95%% interval", level)
	}
	return nil
}

func checkResamples(resamples int) error {
	if resamples < 1 {
		return fmt.Errorf("resample count %d must be at least 1; 2000 is a sensible default", resamples)
	}
	return nil
}

func checkPaired(a, b []float64) error {
	if len(a) != len(b) {
		return fmt.Errorf("paired samples differ in length (%d and %d); pair rows by description before testing", len(a), len(b))
	}
	if err := checkFinite("a", a); err != nil {
		return err
	}
	return checkFinite("b", b)
}

// newRand returns the deterministic generator used for every resampling, so
// a run's intervals are reproducible from the seed in its manifest.
func newRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
}

// zCrit is the two-sided standard normal critical value for level.
func zCrit(level float64) float64 {
	return distuv.UnitNormal.Quantile(1 - (1-level)/2)
}

// percentile returns the p-quantile of sorted xs by linear interpolation
// between order statistics (R's type 7), which behaves well for the small
// bootstrap tails this package reads.
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 1 {
		return sorted[0]
	}
	h := p * float64(len(sorted)-1)
	lo := math.Floor(h)
	i := int(lo)
	if i >= len(sorted)-1 {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (h-lo)*(sorted[i+1]-sorted[i])
}

// MeanCI returns the mean of xs with a percentile-bootstrap confidence
// interval. It needs at least two values; identical values give a
// zero-width interval, which is the honest answer.
func MeanCI(xs []float64, level float64, resamples int, seed uint64) (Interval, error) {
	if err := checkLevel(level); err != nil {
		return Interval{}, err
	}
	if err := checkResamples(resamples); err != nil {
		return Interval{}, err
	}
	if err := checkFinite("xs", xs); err != nil {
		return Interval{}, err
	}
	if len(xs) < 2 {
		return Interval{}, insufficient("a confidence interval needs at least 2 scored values, got %d", len(xs))
	}
	r := newRand(seed)
	n := len(xs)
	means := make([]float64, resamples)
	for k := range means {
		var sum float64
		for range n {
			sum += xs[r.IntN(n)]
		}
		means[k] = sum / float64(n)
	}
	slices.Sort(means)
	alpha := (1 - level) / 2
	return Interval{
		Estimate: stat.Mean(xs, nil),
		Lo:       percentile(means, alpha),
		Hi:       percentile(means, 1-alpha),
		Level:    level,
		N:        n,
	}, nil
}

// PairedDiffCI returns mean(a[i]-b[i]) with a bootstrap interval that
// resamples whole pairs, so the per-description correlation between two
// versions is kept.
func PairedDiffCI(a, b []float64, level float64, resamples int, seed uint64) (Interval, error) {
	if err := checkPaired(a, b); err != nil {
		return Interval{}, err
	}
	d := make([]float64, len(a))
	for i := range a {
		d[i] = a[i] - b[i]
	}
	return MeanCI(d, level, resamples, seed)
}

// StdDev is the sample standard deviation (n-1 denominator).
func StdDev(xs []float64) (float64, error) {
	if err := checkFinite("xs", xs); err != nil {
		return 0, err
	}
	if len(xs) < 2 {
		return 0, insufficient("a standard deviation needs at least 2 values, got %d", len(xs))
	}
	return stat.StdDev(xs, nil), nil
}

// Quantiles returns the requested quantiles of xs (linear interpolation
// between order statistics). Each p must lie in [0, 1].
func Quantiles(xs []float64, ps ...float64) ([]float64, error) {
	if err := checkFinite("xs", xs); err != nil {
		return nil, err
	}
	if len(xs) == 0 {
		return nil, insufficient("quantiles of an empty sample")
	}
	sorted := slices.Clone(xs)
	slices.Sort(sorted)
	out := make([]float64, len(ps))
	for i, p := range ps {
		if !(p >= 0 && p <= 1) {
			return nil, fmt.Errorf("quantile %v is outside [0, 1]", p)
		}
		out[i] = percentile(sorted, p)
	}
	return out, nil
}

// ranks returns 1-based ranks of xs, ties sharing their average rank.
func ranks(xs []float64) []float64 {
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		switch {
		case xs[i] < xs[j]:
			return -1
		case xs[i] > xs[j]:
			return 1
		}
		return 0
	})
	out := make([]float64, len(xs))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && xs[idx[j+1]] == xs[idx[i]] {
			j++
		}
		avg := float64(i+j)/2 + 1
		for k := i; k <= j; k++ {
			out[idx[k]] = avg
		}
		i = j + 1
	}
	return out
}

// Spearman is the rank correlation of x and y (Pearson's r on average
// ranks, so ties are handled). A constant series has no rank order to
// correlate and is an error.
func Spearman(x, y []float64) (float64, error) {
	if err := checkPaired(x, y); err != nil {
		return 0, err
	}
	if len(x) < 3 {
		return 0, insufficient("a rank correlation needs at least 3 pairs, got %d", len(x))
	}
	rx, ry := ranks(x), ranks(y)
	if stat.Variance(rx, nil) == 0 || stat.Variance(ry, nil) == 0 {
		return 0, insufficient("one of the two series is constant, so its ranks carry no order")
	}
	return stat.Correlation(rx, ry, nil), nil
}
