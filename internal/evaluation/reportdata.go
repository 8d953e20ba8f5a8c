package evaluation

import (
	"time"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/edgecases"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/report"
	"github.com/domainyours/domainyours/internal/stats"
)

// Evaluated is one version's rows with its summary and edge cases, as the
// report needs them. Failed is set (and the rest empty) when the version
// could not be evaluated at all.
type Evaluated struct {
	Result  Result
	Summary Summary
	Edge    edgecases.File
	Failed  string
}

// ReportData turns a run into what internal/report renders.
func ReportData(rs RunSummary, evs []Evaluated, usage llm.RunUsage, hits int64, command string) (report.Data, error) {
	m := rs.Manifest
	d := report.Data{
		Title:     "domainyours eval",
		Generated: m.FinishedAt,
		Manifest: report.Manifest{
			TestSet: m.TestSet, TestSetSHA256: m.TestSetSHA256, Judge: m.Judge, JudgeModel: m.JudgeModel,
			RubricHash: m.RubricHash, PromptHash: m.PromptHash, GenSeed: m.Seed, Temperature: m.Temperature,
			BootstrapSeed: StatSeed, Resamples: Resamples, JudgeRepeats: m.JudgeRepeats, Command: command,
			Usage: usage, CacheHits: hits,
		},
	}
	if d.Generated.IsZero() {
		d.Generated = time.Now()
	}
	for _, ev := range evs {
		v, err := reportVersion(ev)
		if err != nil {
			return report.Data{}, err
		}
		d.Versions = append(d.Versions, v)
		s := ev.Summary
		if len(s.HeuristicSpearman) > 0 {
			a := report.Agreement{Version: s.Version}
			for _, c := range Criteria {
				cr := report.CriterionRank{Criterion: c, N: countNames(ev.Result)}
				if rho, ok := s.HeuristicSpearman[c]; ok {
					cr.Rho = &rho
				} else {
					cr.Note = s.NA["heuristic_spearman."+c]
				}
				a.Criteria = append(a.Criteria, cr)
			}
			d.Agreement = append(d.Agreement, a)
		}
		if c := s.Consistency; c != nil {
			rc := report.Consistency{Version: s.Version, Repeats: c.Repeats, SameLabel: c.SameSafety, WithinOne: c.WithinOnePt}
			if c.ScoreSD != nil {
				rc.ScoreSD = *c.ScoreSD
			}
			d.Consistency = append(d.Consistency, rc)
		}
	}
	for i := range evs {
		for j := i + 1; j < len(evs); j++ {
			if evs[i].Failed != "" || evs[j].Failed != "" {
				continue
			}
			qa, qb, ra, rb := pairedInputs(evs[i].Result, evs[j].Result)
			// The report's difference is A minus B; list the later version
			// first so a positive difference means "later is better", as in
			// the JSON summary.
			c, err := report.NewComparison(evs[j].Result.Version, evs[i].Result.Version, qb, qa, rb, ra, Resamples, StatSeed)
			if err != nil {
				return report.Data{}, err
			}
			d.Comparisons = append(d.Comparisons, c)
		}
	}
	return d, nil
}

func countNames(res Result) int {
	n := 0
	for _, r := range res.Rows {
		if v, ok := r.Verdict(); ok {
			n += len(v.Names)
		}
	}
	return n
}

// pairedInputs pairs two results by description: qualities where both were
// scored, refusal decisions where both were generated.
func pairedInputs(a, b Result) (qa, qb []float64, ra, rb []bool) {
	bm := byDescription(b.Rows)
	for _, x := range a.Rows {
		y, ok := bm[x.Description]
		if !ok {
			continue
		}
		qx, okx := x.Quality()
		qy, oky := y.Quality()
		if okx && oky {
			qa, qb = append(qa, qx), append(qb, qy)
		}
		if x.GenError == "" && y.GenError == "" {
			ra, rb = append(ra, x.Refused), append(rb, y.Refused)
		}
	}
	return qa, qb, ra, rb
}

func reportVersion(ev Evaluated) (report.Version, error) {
	s := ev.Summary
	v := report.Version{Name: s.Version, Source: s.Source, Failed: ev.Failed}
	if ev.Failed != "" {
		v.Name = ev.Result.Version
		return v, nil
	}
	v.NTotal, v.NScored, v.NError, v.Quality, v.Categories = s.NTotal, s.NScored, s.NError, s.Quality, s.Categories
	var scores [4][]float64
	var counts [4][5]int
	for _, r := range ev.Result.Rows {
		if q, ok := r.Quality(); ok {
			v.RowQuality = append(v.RowQuality, q)
		}
		vd, ok := r.Verdict()
		if !ok {
			continue
		}
		if !vd.Cached {
			v.Usage = v.Usage.Add(vd.Usage)
		}
		for _, n := range vd.Names {
			for k, sc := range n.Scores() {
				scores[k] = append(scores[k], float64(sc))
				counts[k][sc-MinScore]++
			}
		}
	}
	if len(ev.Result.Rows) > 0 && ev.Result.Rows[0].Seed == nil {
		for k, c := range Criteria {
			cr := report.Criterion{Name: c, Counts: counts[k]}
			if iv, err := stats.MeanCI(scores[k], Level, Resamples, StatSeed); err == nil {
				cr.Mean = &iv
			}
			v.Criteria = append(v.Criteria, cr)
		}
	}
	v.Checks = []report.Check{
		{Name: "validity rate", Rate: s.Validity, HigherIsBetter: true},
		{Name: "duplicate rate", Rate: s.Duplicates},
		{Name: "constraint adherence", Rate: s.ConstraintAdherence, HigherIsBetter: true},
		{Name: "mean edit distance", Value: s.MeanEditDistance, HigherIsBetter: true},
		{Name: "shared-stem rate", Rate: s.SharedStem},
	}
	var judge, frozen []bool
	for _, r := range ev.Result.Rows {
		if vd, ok := r.Verdict(); ok && r.Label != "" {
			judge = append(judge, !vd.Appropriate)
			frozen = append(frozen, r.Label == string(dataset.LabelInappropriate))
		}
	}
	if s.Safety != nil {
		sf, err := report.NewSafety(s.Safety.Confusion, judge, frozen, Resamples, StatSeed)
		if err != nil {
			return report.Version{}, err
		}
		if s.Safety.GroundTruth != "frozen test-set labels" {
			sf.Notes = append(sf.Notes, "ground truth: "+s.Safety.GroundTruth)
		}
		v.Safety = sf
	}
	v.Bottom, v.FalseRefusals, v.MissedRefusals = ev.Edge.Bottom, ev.Edge.FalseRefusals, ev.Edge.MissedRefusals
	return v, nil
}
