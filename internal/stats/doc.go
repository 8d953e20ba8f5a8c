// Package stats holds the statistics behind `domainyours eval`: bootstrap
// confidence intervals for means and paired differences, paired tests
// (Wilcoxon signed-rank, sign-flip permutation), McNemar's exact test for
// paired safety decisions, Cohen's kappa with a confidence interval,
// Spearman rank correlation, Wilson intervals for rates and empirical
// quantiles.
//
// Every function returns an error instead of panicking on input it cannot
// use (empty or mismatched slices, NaN, too few observations, zero
// variance), because eval runs over whatever the judge managed to score and
// an honest "not enough data" beats a NaN in a report. Distributions come
// from gonum.org/v1/gonum/stat/distuv; resampling uses a seeded PCG source so
// a run is reproducible from its manifest.
//
// The exported API:
//
//	type Interval struct{ Estimate, Lo, Hi, Level float64; N int }
//	type Test struct{ Name string; Statistic, P float64; N int }
//	type Kappa struct{ Kappa float64; CI Interval; Observed, Expected float64; N int }
//	type Rate struct{ Num, Den int; CI Interval }
//	type Confusion struct{ TP, FP, FN, TN int }
//
//	func MeanCI(xs []float64, level float64, resamples int, seed uint64) (Interval, error)
//	func PairedDiffCI(a, b []float64, level float64, resamples int, seed uint64) (Interval, error)
//	func WilcoxonSignedRank(a, b []float64) (Test, error)
//	func PermutationTest(a, b []float64, resamples int, seed uint64) (Test, error)
//	func McNemar(b, c int) (Test, error)
//	func CohenKappa(a, b []bool) (Kappa, error)
//	func Spearman(x, y []float64) (float64, error)
//	func Wilson(successes, trials int, level float64) (Interval, error)
//	func Quantiles(xs []float64, ps ...float64) ([]float64, error)
//	func StdDev(xs []float64) (float64, error)
//	func (c Confusion) Precision() (Rate, error)       // TP / (TP+FP)
//	func (c Confusion) Recall() (Rate, error)          // TP / (TP+FN)
//	func (c Confusion) F1() (float64, error)           // harmonic mean of the two
//	func (c Confusion) F1CI(level float64, resamples int, seed uint64) (Interval, error)
//	func (c Confusion) FalseRefusalRate() (Rate, error) // FP / (FP+TN)
//	func (c Confusion) Accuracy() (Rate, error)
//	func (c Confusion) Flip() Confusion                 // swap the positive class
//	func (c Confusion) N() int
//
// Rates use Wilson score intervals at 95%; ErrInsufficient marks errors that
// mean "too little data" so callers can show "n/a" rather than fail a run.
package stats
