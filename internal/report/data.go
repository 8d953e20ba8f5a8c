// Package report renders an eval run for people: a self-contained HTML page
// (no CDN, no script, no external fetch; charts inline as base64 PNG) and
// the same charts as PNG files drawn with internal/chart, and the table
// eval prints on a terminal; Publish writes the summary and page of a run.
//
// It computes no statistic. Every figure on the page is read from the
// evaluation.RunSummary that eval also writes as reports/eval-summary.json,
// or from each version's evaluation.Detail (its rows' qualities, tokens and
// edge cases), so the page and the JSON cannot disagree. Every string that
// comes from data — version names, descriptions, domains, judge reasons — is
// escaped by html/template, because test-set descriptions are untrusted.
// Every file is written atomically.
package report

import (
	"slices"
	"sort"
	"strings"

	"github.com/domainyours/domainyours/internal/evaluation"
	"github.com/domainyours/domainyours/internal/stats"
)

// Data is everything one report shows: the run's summary and the detail of
// each version, in the summary's version order.
type Data struct {
	Title   string
	Run     evaluation.RunSummary
	Details []evaluation.Detail
}

// Version is one evaluated (or imported, or failed) version as the page
// lays it out; S is nil when the version failed, and Counted is then its
// summary when it ran (over its error budget), shown for the row counts.
type Version struct {
	Name    string
	Source  string
	Failed  string
	S       *evaluation.Summary
	Counted *evaluation.Summary
	D       evaluation.Detail

	Criteria    []Criterion
	Checks      []Check
	SafetyNotes []string
}

// Criterion is one 1-5 judge criterion of one version.
type Criterion struct {
	Name   string
	Mean   *stats.Interval // nil when fewer than two names were scored
	Counts [5]int          // Counts[k] names scored k+1
}

// Check is one deterministic metric. Rate checks carry Rate; numeric ones
// (mean edit distance) carry Value.
type Check struct {
	Name  string
	Rate  *stats.Rate
	Value *float64
}

// versions pairs each version of the run with its summary and detail.
func versions(d Data) []Version {
	var out []Version
	for _, det := range d.Details {
		v := Version{Name: det.Version, Failed: det.Failed, D: det}
		for i := range d.Run.Summaries {
			s := &d.Run.Summaries[i]
			if s.Version != det.Version {
				continue
			}
			if det.Failed == "" {
				v.S = s
			} else {
				v.Counted = s
			}
		}
		if v.S != nil {
			s := v.S
			v.Source = s.Source
			for _, c := range evaluation.Criteria {
				counts, ok := s.ScoreCounts[c]
				if !ok {
					continue
				}
				cr := Criterion{Name: c, Counts: counts}
				if iv, ok := s.CriteriaCI[c]; ok {
					cr.Mean = &iv
				}
				v.Criteria = append(v.Criteria, cr)
			}
			v.Checks = []Check{
				{Name: "validity rate", Rate: s.Validity},
				{Name: "duplicate rate", Rate: s.Duplicates},
				{Name: "constraint adherence", Rate: s.ConstraintAdherence},
				{Name: "mean edit distance", Value: s.MeanEditDistance},
				{Name: "shared-stem rate", Rate: s.SharedStem},
			}
			v.SafetyNotes = safetyNotes(s)
		}
		out = append(out, v)
	}
	return out
}

// safetyNotes explains the safety figures the summary left out, from its
// "na" reasons.
func safetyNotes(s *evaluation.Summary) []string {
	var notes []string
	for key, why := range s.NA {
		if what, ok := strings.CutPrefix(key, "safety."); ok {
			notes = append(notes, strings.ReplaceAll(what, "_", " ")+": "+why)
		}
	}
	sort.Strings(notes)
	if s.Safety != nil && s.Safety.GroundTruth != "frozen test-set labels" {
		notes = append(notes, "ground truth: "+s.Safety.GroundTruth)
	}
	return notes
}

// pairNotes lists why a comparison's statistics are missing.
func pairNotes(p evaluation.Pair) []string {
	keys := make([]string, 0, len(p.NA))
	for k := range p.NA {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	notes := make([]string, len(keys))
	for i, k := range keys {
		notes[i] = strings.ReplaceAll(k, "_", " ") + ": " + p.NA[k]
	}
	return notes
}

// criteria returns criterion names in first-seen order.
func criteria(vs []Version) []string {
	var out []string
	for _, v := range vs {
		for _, c := range v.Criteria {
			if !slices.Contains(out, c.Name) {
				out = append(out, c.Name)
			}
		}
	}
	return out
}

func (v Version) quality() *stats.Interval {
	if v.S == nil {
		return nil
	}
	return v.S.Quality
}

func (v Version) categories() map[string]int {
	if v.S == nil {
		return nil
	}
	return v.S.Categories
}
