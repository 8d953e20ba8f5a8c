package stats

import (
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// exactMaxN is the largest number of non-zero differences for which the
// Wilcoxon p-value is computed from the exact permutation distribution;
// beyond it the tie-corrected normal approximation is accurate to well
// under 0.01. A variable so the tests can compare both paths.
var exactMaxN = 50

// permExactMaxN bounds the exact enumeration of sign flips (2^n patterns).
const permExactMaxN = 20

// diffs returns a[i]-b[i] and whether any difference is non-zero.
func diffs(a, b []float64) ([]float64, bool) {
	d := make([]float64, len(a))
	any := false
	for i := range a {
		d[i] = a[i] - b[i]
		if d[i] != 0 {
			any = true
		}
	}
	return d, any
}

// WilcoxonSignedRank tests whether the paired differences a[i]-b[i] are
// centred on zero. Zero differences are dropped (Wilcoxon's convention) and
// tied magnitudes share average ranks. Statistic is W+, the rank sum of the
// positive differences; N is the number of non-zero differences. Up to
// exactMaxN differences the two-sided p-value is exact, conditional on the
// tie pattern; above it the normal approximation with tie and continuity
// corrections is used.
func WilcoxonSignedRank(a, b []float64) (Test, error) {
	if err := checkPaired(a, b); err != nil {
		return Test{}, err
	}
	d, nonzero := diffs(a, b)
	if !nonzero {
		return Test{}, insufficient("every paired difference is zero, so there is nothing to test")
	}
	var abs, sign []float64
	for _, x := range d {
		if x != 0 {
			abs = append(abs, math.Abs(x))
			sign = append(sign, math.Copysign(1, x))
		}
	}
	r := ranks(abs)
	n := len(r)
	var wPlus float64
	for i := range r {
		if sign[i] > 0 {
			wPlus += r[i]
		}
	}
	t := Test{Name: "wilcoxon signed-rank", Statistic: wPlus, N: n}
	if n <= exactMaxN {
		t.P = wilcoxonExact(r, wPlus)
		return t, nil
	}
	t.P = wilcoxonNormal(r, wPlus)
	return t, nil
}

// wilcoxonExact counts, over all 2^n sign assignments, how often the
// positive rank sum is at least as extreme as observed. Ranks are doubled
// so average ranks of ties (k + 0.5) become integers.
func wilcoxonExact(r []float64, wPlus float64) float64 {
	total := 0
	two := make([]int, len(r))
	for i, x := range r {
		two[i] = int(math.Round(2 * x))
		total += two[i]
	}
	// counts[s] is the number of subsets whose doubled rank sum is s; float64
	// holds 2^50 exactly and the ratios below need no more.
	counts := make([]float64, total+1)
	counts[0] = 1
	reach := 0
	for _, v := range two {
		for s := reach; s >= 0; s-- {
			if counts[s] != 0 {
				counts[s+v] += counts[s]
			}
		}
		reach += v
	}
	obs := int(math.Round(2 * wPlus))
	var lower, upper float64
	for s, c := range counts {
		if s <= obs {
			lower += c
		}
		if s >= obs {
			upper += c
		}
	}
	all := math.Ldexp(1, len(r))
	return math.Min(1, 2*math.Min(lower, upper)/all)
}

func wilcoxonNormal(r []float64, wPlus float64) float64 {
	n := float64(len(r))
	mean := n * (n + 1) / 4
	variance := n * (n + 1) * (2*n + 1) / 24
	// Tie correction: subtract (t^3 - t)/48 for each group of t tied ranks.
	groups := map[float64]float64{}
	for _, x := range r {
		groups[x]++
	}
	for _, t := range groups {
		variance -= (t*t*t - t) / 48
	}
	dev := math.Abs(wPlus-mean) - 0.5
	if dev < 0 {
		dev = 0
	}
	z := dev / math.Sqrt(variance)
	return math.Min(1, 2*distuv.UnitNormal.Survival(z))
}

// PermutationTest is a paired sign-flip test on the mean of a[i]-b[i]:
// under the null hypothesis each difference is as likely to have either
// sign. With at most 20 pairs every sign pattern is enumerated and the
// p-value is exact; otherwise resamples random patterns are drawn from
// seed and p = (1 + extreme) / (1 + resamples), which never reports an
// impossible zero. Statistic is the observed mean difference.
func PermutationTest(a, b []float64, resamples int, seed uint64) (Test, error) {
	if err := checkPaired(a, b); err != nil {
		return Test{}, err
	}
	if err := checkResamples(resamples); err != nil {
		return Test{}, err
	}
	d, nonzero := diffs(a, b)
	if !nonzero {
		return Test{}, insufficient("every paired difference is zero, so there is nothing to test")
	}
	n := len(d)
	var obs float64
	for _, x := range d {
		obs += x
	}
	// Sums equal to the observed one in exact arithmetic can differ in the
	// last bits after reordering; the tolerance keeps them counted.
	tol := 1e-9 * (1 + math.Abs(obs))
	extreme := func(sum float64) bool { return math.Abs(sum) >= math.Abs(obs)-tol }
	t := Test{Name: "paired permutation", Statistic: obs / float64(n), N: n}
	if n <= permExactMaxN {
		count := 0
		for mask := uint32(0); mask < 1<<n; mask++ {
			var sum float64
			for i, x := range d {
				if mask&(1<<i) != 0 {
					sum -= x
				} else {
					sum += x
				}
			}
			if extreme(sum) {
				count++
			}
		}
		t.P = float64(count) / math.Ldexp(1, n)
		return t, nil
	}
	r := newRand(seed)
	count := 0
	for range resamples {
		var sum float64
		for _, x := range d {
			if r.Uint64()&1 == 1 {
				sum -= x
			} else {
				sum += x
			}
		}
		if extreme(sum) {
			count++
		}
	}
	t.P = float64(1+count) / float64(1+resamples)
	return t, nil
}

// McNemar is the exact McNemar test for paired binary outcomes, such as
// two versions' refusal decisions on the same descriptions: b and c are the
// discordant counts (first yes/second no, first no/second yes). P is the
// exact two-sided binomial p-value; Statistic is the continuity-corrected
// chi-square (|b-c|-1)^2/(b+c) for readers used to that form.
func McNemar(b, c int) (Test, error) {
	if b < 0 || c < 0 {
		return Test{}, fmtErr("McNemar counts must be non-negative, got b=%d c=%d", b, c)
	}
	n := b + c
	if n == 0 {
		return Test{}, insufficient("no discordant pairs: both sides made the same decision on every row")
	}
	k := min(b, c)
	bin := distuv.Binomial{N: float64(n), P: 0.5}
	p := math.Min(1, 2*bin.CDF(float64(k)))
	diff := math.Abs(float64(b-c)) - 1
	if diff < 0 {
		diff = 0
	}
	return Test{Name: "mcnemar exact", Statistic: diff * diff / float64(n), P: p, N: n}, nil
}
