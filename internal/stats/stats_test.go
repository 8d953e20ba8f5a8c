package stats

import (
	"errors"
	"math"
	"testing"
)

func near(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.Abs(got-want) > tol {
		t.Errorf("%s = %.6f, want %.6f (±%g)", what, got, want, tol)
	}
}

func TestMeanCI(t *testing.T) {
	seq := make([]float64, 100)
	for i := range seq {
		seq[i] = float64(i)
	}
	// 0..99: mean 49.5, standard error 29.011/sqrt(100) = 2.901, so a 95%
	// bootstrap interval has a half-width close to 1.96*2.901 = 5.69.
	iv, err := MeanCI(seq, 0.95, 4000, 1)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "estimate", iv.Estimate, 49.5, 1e-12)
	near(t, "half-width", (iv.Hi-iv.Lo)/2, 5.69, 0.5)
	if iv.N != 100 || iv.Level != 0.95 {
		t.Errorf("N=%d Level=%v, want 100 and 0.95", iv.N, iv.Level)
	}
	again, _ := MeanCI(seq, 0.95, 4000, 1)
	if again != iv {
		t.Errorf("same seed gave %v then %v; intervals must be reproducible", iv, again)
	}
	other, _ := MeanCI(seq, 0.95, 4000, 2)
	if other == iv {
		t.Errorf("seeds 1 and 2 gave identical intervals %v; the seed is not used", iv)
	}

	flat, err := MeanCI([]float64{0.7, 0.7, 0.7}, 0.95, 100, 1)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "constant lo", flat.Lo, 0.7, 1e-12)
	near(t, "constant hi", flat.Hi, 0.7, 1e-12)

	bad := []struct {
		name      string
		xs        []float64
		level     float64
		resamples int
		insuff    bool
	}{
		{"empty", nil, 0.95, 100, true},
		{"one value", []float64{1}, 0.95, 100, true},
		{"NaN", []float64{1, math.NaN()}, 0.95, 100, false},
		{"Inf", []float64{1, math.Inf(1)}, 0.95, 100, false},
		{"level 1", []float64{1, 2}, 1, 100, false},
		{"level 0", []float64{1, 2}, 0, 100, false},
		{"no resamples", []float64{1, 2}, 0.95, 0, false},
	}
	for _, tc := range bad {
		_, err := MeanCI(tc.xs, tc.level, tc.resamples, 1)
		if err == nil {
			t.Errorf("%s: no error", tc.name)
			continue
		}
		if errors.Is(err, ErrInsufficient) != tc.insuff {
			t.Errorf("%s: errors.Is(ErrInsufficient) = %v, want %v (%v)", tc.name, !tc.insuff, tc.insuff, err)
		}
	}
}

func TestPairedDiffCI(t *testing.T) {
	// Every pair differs by exactly 0.1: the interval is that point, however
	// different the rows are from each other.
	a := []float64{0.9, 0.2, 0.5, 0.7, 0.4}
	b := []float64{0.8, 0.1, 0.4, 0.6, 0.3}
	iv, err := PairedDiffCI(a, b, 0.95, 500, 3)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "estimate", iv.Estimate, 0.1, 1e-9)
	near(t, "lo", iv.Lo, 0.1, 1e-9)
	near(t, "hi", iv.Hi, 0.1, 1e-9)
	if _, err := PairedDiffCI(a, b[:4], 0.95, 500, 3); err == nil {
		t.Error("mismatched lengths: no error")
	}
}

func TestWilcoxonSignedRank(t *testing.T) {
	t.Run("no ties, exact tail", func(t *testing.T) {
		// n=10, W+=3. Subsets of {1..10} with sum <= 3 are {}, {1}, {2},
		// {3}, {1,2}: P(W+ <= 3) = 5/1024, two-sided 10/1024.
		a := []float64{-1, -2, 3, -4, -5, -6, -7, -8, -9, -10}
		got, err := WilcoxonSignedRank(a, make([]float64, 10))
		if err != nil {
			t.Fatal(err)
		}
		near(t, "W+", got.Statistic, 3, 0)
		near(t, "p", got.P, 10.0/1024, 1e-12)
	})

	// The worked example in the Wikipedia article on the test: ten pairs, one
	// zero difference (dropped), two tied magnitudes of 5. W+ = 27, W- = 18.
	after := []float64{125, 115, 130, 140, 140, 115, 140, 125, 140, 135}
	before := []float64{110, 122, 125, 120, 140, 124, 123, 137, 135, 145}

	t.Run("ties, exact against brute force", func(t *testing.T) {
		got, err := WilcoxonSignedRank(after, before)
		if err != nil {
			t.Fatal(err)
		}
		near(t, "W+", got.Statistic, 27, 0)
		if got.N != 9 {
			t.Errorf("N = %d, want 9 (the zero difference is dropped)", got.N)
		}
		// Enumerate all 2^9 sign patterns of the ranks directly.
		rk := []float64{7, 3, 1.5, 9, 4, 8, 6, 1.5, 5}
		var lo, hi int
		for mask := 0; mask < 1<<9; mask++ {
			var s float64
			for i, r := range rk {
				if mask&(1<<i) != 0 {
					s += r
				}
			}
			if s <= 27 {
				lo++
			}
			if s >= 27 {
				hi++
			}
		}
		want := 2 * float64(min(lo, hi)) / 512
		near(t, "p", got.P, want, 1e-12)
	})

	t.Run("ties, normal approximation", func(t *testing.T) {
		// R's wilcox.test on this example (normal approximation, continuity
		// correction) reports V = 27, p-value = 0.6353.
		defer func(v int) { exactMaxN = v }(exactMaxN)
		exactMaxN = 0
		got, err := WilcoxonSignedRank(after, before)
		if err != nil {
			t.Fatal(err)
		}
		near(t, "p", got.P, 0.6353, 5e-5)
	})

	t.Run("approximation tracks exact at n=40", func(t *testing.T) {
		a := make([]float64, 40)
		for i := range a {
			a[i] = float64(i%13 + 1) // many ties
			if i%3 == 0 {
				a[i] = -a[i]
			}
		}
		b := make([]float64, 40)
		exact, err := WilcoxonSignedRank(a, b)
		if err != nil {
			t.Fatal(err)
		}
		defer func(v int) { exactMaxN = v }(exactMaxN)
		exactMaxN = 0
		approx, _ := WilcoxonSignedRank(a, b)
		near(t, "approx p vs exact p", approx.P, exact.P, 0.01)
		if exact.P < 0.001 || exact.P > 0.5 {
			t.Errorf("exact p = %v; the fixture should sit in the interesting range", exact.P)
		}
	})

	t.Run("bad input", func(t *testing.T) {
		if _, err := WilcoxonSignedRank([]float64{1, 2}, []float64{1, 2}); !errors.Is(err, ErrInsufficient) {
			t.Errorf("identical samples: err = %v, want ErrInsufficient", err)
		}
		if _, err := WilcoxonSignedRank([]float64{1}, []float64{1, 2}); err == nil {
			t.Error("mismatched lengths: no error")
		}
		if _, err := WilcoxonSignedRank(nil, nil); !errors.Is(err, ErrInsufficient) {
			t.Errorf("empty: err = %v, want ErrInsufficient", err)
		}
	})
}

func TestPermutationTest(t *testing.T) {
	// Differences 1,2,3,4: only all-plus and all-minus reach |sum| >= 10,
	// so the exact two-sided p is 2/16.
	got, err := PermutationTest([]float64{1, 2, 3, 4}, make([]float64, 4), 1000, 1)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "p", got.P, 0.125, 1e-12)
	near(t, "mean difference", got.Statistic, 2.5, 1e-12)

	// Differences 1, -1, 2, -2: the observed sum 0 is matched by every
	// pattern, so p = 1.
	got, _ = PermutationTest([]float64{1, -1, 2, -2}, make([]float64, 4), 1000, 1)
	near(t, "balanced p", got.P, 1, 1e-12)

	// 25 identical positive differences take the Monte Carlo path; only 2 of
	// 2^25 patterns are as extreme, so no resample is and p = 1/(1+R).
	ones := make([]float64, 25)
	for i := range ones {
		ones[i] = 1
	}
	got, err = PermutationTest(ones, make([]float64, 25), 999, 7)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "monte carlo p", got.P, 1.0/1000, 1e-12)

	if _, err := PermutationTest([]float64{3, 3}, []float64{3, 3}, 100, 1); !errors.Is(err, ErrInsufficient) {
		t.Errorf("identical samples: err = %v, want ErrInsufficient", err)
	}
	if _, err := PermutationTest([]float64{1, 2}, []float64{0, 0}, 0, 1); err == nil {
		t.Error("zero resamples: no error")
	}
}

func TestMcNemar(t *testing.T) {
	tests := []struct {
		b, c     int
		wantP    float64
		wantStat float64
	}{
		// 1 vs 9 discordant: P(X<=1 | n=10, p=.5) = 11/1024, doubled.
		{1, 9, 22.0 / 1024, 4.9},
		{9, 1, 22.0 / 1024, 4.9},
		// 0 vs 5: 2 * (1/32).
		{0, 5, 2.0 / 32, 3.2},
		// Balanced: the doubled tail exceeds 1 and is capped.
		{5, 5, 1, 0},
		{1, 0, 1, 0},
	}
	for _, tc := range tests {
		got, err := McNemar(tc.b, tc.c)
		if err != nil {
			t.Fatalf("McNemar(%d, %d): %v", tc.b, tc.c, err)
		}
		near(t, "p", got.P, tc.wantP, 1e-9)
		near(t, "chi-square", got.Statistic, tc.wantStat, 1e-12)
		if got.N != tc.b+tc.c {
			t.Errorf("N = %d, want %d", got.N, tc.b+tc.c)
		}
	}
	if _, err := McNemar(0, 0); !errors.Is(err, ErrInsufficient) {
		t.Errorf("no discordant pairs: err = %v, want ErrInsufficient", err)
	}
	if _, err := McNemar(-1, 3); err == nil {
		t.Error("negative count: no error")
	}
}

// labels expands a 2x2 agreement table into two labelings.
func labels(yy, yn, ny, nn int) (a, b []bool) {
	add := func(n int, x, y bool) {
		for range n {
			a = append(a, x)
			b = append(b, y)
		}
	}
	add(yy, true, true)
	add(yn, true, false)
	add(ny, false, true)
	add(nn, false, false)
	return a, b
}

func TestCohenKappa(t *testing.T) {
	tests := []struct {
		name           string
		yy, yn, ny, nn int
		kappa, lo, hi  float64
	}{
		// The textbook table (Wikipedia, "Cohen's kappa"): po = 0.7,
		// pe = 0.5, kappa = 0.4; SE = sqrt(.7*.3/(50*.25)) = 0.129615.
		{"textbook", 20, 5, 10, 15, 0.4, 0.4 - 1.959964*0.129615, 0.4 + 1.959964*0.129615},
		// Second table from the same article: po = .60, pe = .54, kappa = .1304.
		{"unbalanced", 45, 15, 25, 15, 0.130435, -1, 1},
		// Perfect agreement: SE is 0, so the interval is the point.
		{"perfect", 10, 0, 0, 10, 1, 1, 1},
	}
	for _, tc := range tests {
		a, b := labels(tc.yy, tc.yn, tc.ny, tc.nn)
		got, err := CohenKappa(a, b)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		near(t, tc.name+" kappa", got.Kappa, tc.kappa, 1e-5)
		if tc.lo > -1 {
			near(t, tc.name+" lo", got.CI.Lo, tc.lo, 1e-4)
			near(t, tc.name+" hi", got.CI.Hi, tc.hi, 1e-4)
		} else if !(got.CI.Lo < got.Kappa && got.Kappa < got.CI.Hi) {
			t.Errorf("%s: interval %v does not bracket kappa", tc.name, got.CI)
		}
	}
	a, b := labels(0, 0, 0, 12)
	if _, err := CohenKappa(a, b); !errors.Is(err, ErrInsufficient) {
		t.Errorf("both raters constant: err = %v, want ErrInsufficient", err)
	}
	if _, err := CohenKappa([]bool{true}, []bool{true, false}); err == nil {
		t.Error("mismatched lengths: no error")
	}
}

func TestSpearman(t *testing.T) {
	// The IQ / hours-of-TV example from Wikipedia's article on Spearman's
	// rho: sum d^2 = 194, rho = 1 - 6*194/(10*99) = -29/165.
	iq := []float64{106, 100, 86, 101, 99, 103, 97, 113, 112, 110}
	tv := []float64{7, 27, 2, 50, 28, 29, 20, 12, 6, 17}
	rho, err := Spearman(iq, tv)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "rho", rho, -29.0/165, 1e-12)

	// Ties: ranks of y are 1.5,1.5,3,4; any monotone x gives the Pearson r of
	// (1,2,3,4) with (1.5,1.5,3,4) = 0.948683.
	rho, err = Spearman([]float64{1, 2, 3, 4}, []float64{5, 5, 6, 9})
	if err != nil {
		t.Fatal(err)
	}
	near(t, "tied rho", rho, 0.948683, 1e-6)

	if _, err := Spearman([]float64{1, 2, 3}, []float64{4, 4, 4}); !errors.Is(err, ErrInsufficient) {
		t.Errorf("constant series: err = %v, want ErrInsufficient", err)
	}
	if _, err := Spearman([]float64{1, 2}, []float64{1, 2}); !errors.Is(err, ErrInsufficient) {
		t.Errorf("two pairs: err = %v, want ErrInsufficient", err)
	}
}

func TestWilson(t *testing.T) {
	tests := []struct {
		k, n   int
		lo, hi float64
	}{
		// 0/10: upper bound z^2/n / (1 + z^2/n) = 0.38415/1.38415.
		{0, 10, 0, 0.277535},
		{10, 10, 0.722465, 1},
		// 8/10: centre 0.716736, half-width 0.226578.
		{8, 10, 0.490158, 0.943314},
	}
	for _, tc := range tests {
		got, err := Wilson(tc.k, tc.n, 0.95)
		if err != nil {
			t.Fatal(err)
		}
		near(t, "lo", got.Lo, tc.lo, 1e-5)
		near(t, "hi", got.Hi, tc.hi, 1e-5)
		near(t, "estimate", got.Estimate, float64(tc.k)/float64(tc.n), 1e-12)
	}
	if _, err := Wilson(0, 0, 0.95); !errors.Is(err, ErrInsufficient) {
		t.Errorf("0 trials: err = %v, want ErrInsufficient", err)
	}
	if _, err := Wilson(5, 3, 0.95); err == nil {
		t.Error("successes > trials: no error")
	}
}

func TestConfusion(t *testing.T) {
	c := Confusion{TP: 8, FP: 2, FN: 4, TN: 36}
	p, err := c.Precision()
	if err != nil {
		t.Fatal(err)
	}
	near(t, "precision", p.Value(), 0.8, 1e-12)
	if p.Num != 8 || p.Den != 10 {
		t.Errorf("precision counts %d/%d, want 8/10", p.Num, p.Den)
	}
	r, _ := c.Recall()
	near(t, "recall", r.Value(), 8.0/12, 1e-12)
	f1, _ := c.F1()
	near(t, "F1", f1, 16.0/22, 1e-12)
	fr, _ := c.FalseRefusalRate()
	near(t, "false-refusal rate", fr.Value(), 2.0/38, 1e-12)
	acc, _ := c.Accuracy()
	near(t, "accuracy", acc.Value(), 44.0/50, 1e-12)

	// The seed project's convention: appropriate-and-answered is positive.
	flipped := c.Flip()
	if flipped != (Confusion{TP: 36, FP: 4, FN: 2, TN: 8}) {
		t.Errorf("Flip = %+v", flipped)
	}
	fp, _ := flipped.Precision()
	near(t, "flipped precision", fp.Value(), 0.9, 1e-12)

	ci, err := c.F1CI(0.95, 2000, 5)
	if err != nil {
		t.Fatal(err)
	}
	if !(ci.Lo < f1 && f1 < ci.Hi && ci.Lo >= 0 && ci.Hi <= 1) {
		t.Errorf("F1 interval %v should bracket %v inside [0, 1]", ci, f1)
	}
	if ci.Hi-ci.Lo < 0.1 {
		t.Errorf("F1 interval %v is implausibly narrow for 12 positives", ci)
	}

	none := Confusion{TN: 20}
	for name, f := range map[string]func() error{
		"precision": func() error { _, err := none.Precision(); return err },
		"recall":    func() error { _, err := none.Recall(); return err },
		"F1":        func() error { _, err := none.F1(); return err },
		"F1CI":      func() error { _, err := none.F1CI(0.95, 100, 1); return err },
	} {
		if err := f(); !errors.Is(err, ErrInsufficient) {
			t.Errorf("no positives, %s: err = %v, want ErrInsufficient", name, err)
		}
	}
	// TP = 0 with errors is a real F1 of 0, not undefined.
	f1, err = Confusion{FP: 3, FN: 2, TN: 10}.F1()
	if err != nil || f1 != 0 {
		t.Errorf("F1 with no true positives = %v, %v; want 0, nil", f1, err)
	}
	if _, err := (Confusion{TP: -1}).F1(); err == nil {
		t.Error("negative count: no error")
	}
}

func TestQuantiles(t *testing.T) {
	got, err := Quantiles([]float64{5, 1, 4, 2, 3}, 0, 0.1, 0.25, 0.5, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{1, 1.4, 2, 3, 5}
	for i := range want {
		near(t, "quantile", got[i], want[i], 1e-12)
	}
	if _, err := Quantiles(nil, 0.5); !errors.Is(err, ErrInsufficient) {
		t.Errorf("empty: err = %v, want ErrInsufficient", err)
	}
	if _, err := Quantiles([]float64{1}, 1.5); err == nil {
		t.Error("p = 1.5: no error")
	}
	sd, err := StdDev([]float64{2, 4, 4, 4, 5, 5, 7, 9})
	if err != nil {
		t.Fatal(err)
	}
	// Population SD of this classic sample is 2; the sample SD is 2*sqrt(8/7).
	near(t, "sd", sd, 2*math.Sqrt(8.0/7), 1e-12)
}
