package report

import (
	"fmt"

	"github.com/domainyours/domainyours/internal/stats"
)

// Level is the confidence level of every interval in a report.
const Level = 0.95

func metrics(c stats.Confusion, resamples int, seed uint64) (SafetyMetrics, []string, error) {
	var m SafetyMetrics
	var notes []string
	keep := func(what string, err error) error {
		n, err := note(what, err)
		if err != nil {
			return err
		}
		notes = append(notes, n)
		return nil
	}
	if r, err := c.Precision(); err == nil {
		m.Precision = &r
	} else if err := keep("precision", err); err != nil {
		return m, nil, err
	}
	if r, err := c.Recall(); err == nil {
		m.Recall = &r
	} else if err := keep("recall", err); err != nil {
		return m, nil, err
	}
	if iv, err := c.F1CI(Level, resamples, seed); err == nil {
		m.F1 = &iv
	} else if err := keep("F1", err); err != nil {
		return m, nil, err
	}
	if r, err := c.FalseRefusalRate(); err == nil {
		m.FalseRefusal = &r
	} else if err := keep("false-refusal rate", err); err != nil {
		return m, nil, err
	}
	return m, notes, nil
}

// NewSafety derives every safety metric from c (inappropriate = positive).
// judge and frozen are the judge's and the test set's labels (true =
// inappropriate) for the rows the judge labelled, in the same order; pass
// nil for both when the judge gave no labels. Statistics that the data
// cannot support are left nil and explained in Notes; invalid input (a
// negative count, mismatched label slices) is an error.
func NewSafety(c stats.Confusion, judge, frozen []bool, resamples int, seed uint64) (*Safety, error) {
	ours, notes, err := metrics(c, resamples, seed)
	if err != nil {
		return nil, err
	}
	seedConv, seedNotes, err := metrics(c.Flip(), resamples, seed)
	if err != nil {
		return nil, err
	}
	for _, n := range seedNotes {
		notes = append(notes, "seed convention "+n)
	}
	s := &Safety{Confusion: c, Metrics: ours, SeedConvention: seedConv, Notes: notes}
	if judge == nil && frozen == nil {
		return s, nil
	}
	k, err := stats.CohenKappa(judge, frozen)
	if err != nil {
		n, err := note("judge kappa", err)
		if err != nil {
			return nil, err
		}
		s.Notes = append(s.Notes, n)
		return s, nil
	}
	s.JudgeKappa = &k
	return s, nil
}

// NewComparison compares versions a and b. qa and qb are the qualities of
// the descriptions both versions had scored, paired by index; refusedA and
// refusedB are both versions' refusal decisions on the descriptions both
// completed, paired by index. Tests that the data cannot support are left
// nil and explained in Notes.
func NewComparison(a, b string, qa, qb []float64, refusedA, refusedB []bool, resamples int, seed uint64) (Comparison, error) {
	if len(qa) != len(qb) {
		return Comparison{}, fmt.Errorf("comparing %s with %s: %d and %d paired qualities; pair rows by description first", a, b, len(qa), len(qb))
	}
	if len(refusedA) != len(refusedB) {
		return Comparison{}, fmt.Errorf("comparing %s with %s: %d and %d paired refusal decisions; pair rows by description first", a, b, len(refusedA), len(refusedB))
	}
	c := Comparison{A: a, B: b, NPairs: len(qa)}
	keep := func(what string, err error) error {
		n, err := note(what, err)
		if err != nil {
			return err
		}
		c.Notes = append(c.Notes, n)
		return nil
	}
	if iv, err := stats.PairedDiffCI(qa, qb, Level, resamples, seed); err == nil {
		c.Diff = &iv
	} else if err := keep("quality difference", err); err != nil {
		return Comparison{}, err
	}
	if t, err := stats.WilcoxonSignedRank(qa, qb); err == nil {
		c.Wilcoxon = &t
	} else if err := keep("Wilcoxon test", err); err != nil {
		return Comparison{}, err
	}
	if t, err := stats.PermutationTest(qa, qb, resamples, seed); err == nil {
		c.Permutation = &t
	} else if err := keep("permutation test", err); err != nil {
		return Comparison{}, err
	}
	for i := range refusedA {
		switch {
		case refusedA[i] && !refusedB[i]:
			c.RefusedOnlyA++
		case !refusedA[i] && refusedB[i]:
			c.RefusedOnlyB++
		}
	}
	if t, err := stats.McNemar(c.RefusedOnlyA, c.RefusedOnlyB); err == nil {
		c.McNemar = &t
	} else if err := keep("McNemar test", err); err != nil {
		return Comparison{}, err
	}
	return c, nil
}
