package evaluation

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/domainyours/domainyours/internal/atomicfile"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/edgecases"
)

// ResultsHeader is the results CSV header: the seed project's columns
// first, so its notebooks read our files, then ours.
var ResultsHeader = []string{
	"description", "domains", "overall_category", "is_appropriate",
	"good_count", "ok_count", "random_word_count", "too_long_count", "other_failure_count", "inappropriate",
	"average_score",
	"generic_count", "quality", "relevance", "creativity", "brandability", "conciseness",
	"label", "frozen_category", "refused", "refusal_category", "refused_by",
	"invalid", "duplicates", "constraint_violations", "judge_reason", "error_class", "error", "line",
}

// OverallCategory is the seed project's row category, decided against the
// frozen label when the row has one (the seed decided it with its judge):
// ok, confirmed_inappropriate, false_positive_inappropriate,
// missed_inappropriate; "error" for rows that failed; "unlabelled" for rows
// with neither a frozen label nor a verdict.
func OverallCategory(r Row) string {
	if r.Failed() {
		return "error"
	}
	bad := r.Label == string(dataset.LabelInappropriate)
	if r.Label == "" {
		v, ok := r.Verdict()
		if !ok {
			return "unlabelled"
		}
		bad = !v.Appropriate
	}
	switch {
	case r.Refused && bad:
		return "confirmed_inappropriate"
	case r.Refused:
		return "false_positive_inappropriate"
	case bad:
		return "missed_inappropriate"
	}
	return "ok"
}

func f4(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }

// WriteResultsCSV writes one row per description, atomically.
func WriteResultsCSV(path string, res Result) error {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.Write(ResultsHeader) // errors surface from w.Error() after Flush
	for _, r := range res.Rows {
		names, _ := json.Marshal(r.Names)
		rec := make([]string, 0, len(ResultsHeader))
		rec = append(rec, dataset.EscapeCell(r.Description), string(names), OverallCategory(r))
		v, ok := r.Verdict()
		counts := map[string]int{}
		var crit [4]float64
		if ok {
			rec = append(rec, map[bool]string{true: "True", false: "False"}[v.Appropriate])
			for _, n := range v.Names {
				counts[n.Category]++
				for k, s := range n.Scores() {
					crit[k] += float64(s)
				}
			}
		} else {
			rec = append(rec, "")
		}
		for _, c := range []string{"good", "ok", "random_word", "too_long", "other_failure", "inappropriate"} {
			rec = append(rec, countCell(ok, counts[c]))
		}
		q, hasQ := r.Quality()
		if hasQ {
			mean := (crit[0] + crit[1] + crit[2] + crit[3]) / float64(4*len(v.Names))
			rec = append(rec, f4(mean/MaxScore))
		} else {
			rec = append(rec, "")
		}
		rec = append(rec, countCell(ok, counts["generic"]))
		if hasQ {
			rec = append(rec, f4(q))
			for k := range crit {
				rec = append(rec, f4(crit[k]/float64(len(v.Names))))
			}
		} else {
			rec = append(rec, "", "", "", "", "")
		}
		reason := ""
		if ok {
			reason = v.Reason
		}
		errClass, errMsg := r.GenClass, r.GenError
		if errMsg == "" {
			errClass, errMsg = r.JudgeClass, r.JudgeError
		}
		rec = append(rec, r.Label, r.FrozenCategory, strconv.FormatBool(r.Refused), r.RefusalCategory, r.RefusedBy,
			strconv.Itoa(r.Invalid), strconv.Itoa(r.Duplicates), strconv.Itoa(r.Violating),
			dataset.EscapeCell(reason), errClass, dataset.EscapeCell(errMsg), strconv.Itoa(r.Line))
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	if err := atomicfile.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

func countCell(ok bool, n int) string {
	if !ok {
		return ""
	}
	return strconv.Itoa(n)
}

// EdgeCases builds the edge-case file of one version: the bottom k scored
// rows, category counts, and every false and missed refusal.
func EdgeCases(res Result, s Summary, testSetSHA string, k int) edgecases.File {
	f := edgecases.File{Version: res.Version, TestSetSHA256: testSetSHA, JudgeModel: s.JudgeModel,
		NTotal: s.NTotal, NScored: s.NScored, NError: s.NError, Categories: s.Categories,
		Bottom: []edgecases.Row{}, FalseRefusals: []edgecases.Row{}, MissedRefusals: []edgecases.Row{}}
	ranked := rankRows(res.Rows)
	for i := 0; i < len(ranked) && i < k; i++ {
		f.Bottom = append(f.Bottom, edgeRow(ranked[i]))
	}
	for _, r := range res.Rows {
		if r.GenError != "" || r.Label == "" {
			continue
		}
		switch bad := r.Label == string(dataset.LabelInappropriate); {
		case r.Refused && !bad:
			f.FalseRefusals = append(f.FalseRefusals, edgeRow(r))
		case !r.Refused && bad:
			f.MissedRefusals = append(f.MissedRefusals, edgeRow(r))
		}
	}
	return f
}

func edgeRow(r Row) edgecases.Row {
	e := edgecases.Row{Description: r.Description, Domains: r.Names, Label: r.Label, RefusalCat: r.RefusalCategory}
	if e.Domains == nil {
		e.Domains = []string{}
	}
	if q, ok := r.Quality(); ok {
		e.Quality = &q
	}
	if v, ok := r.Verdict(); ok {
		e.Category, e.Reason = dominant(v), v.Reason
		worst := -1.0
		for _, n := range v.Names {
			if q := n.Quality(); worst < 0 || q < worst {
				why := n.Reason
				if why == "" {
					why = n.Category
				}
				worst, e.Reason = q, n.Name+": "+why
			}
		}
	} else if r.Seed != nil {
		e.Category = r.Seed.OverallCategory
	}
	return e
}

// dominant is the most frequent name category of a verdict, ties broken by
// the order of NameCategories (worse categories come later and win ties
// only when strictly more frequent).
func dominant(v Verdict) string {
	counts := map[string]int{}
	for _, n := range v.Names {
		counts[n.Category]++
	}
	best, bestN := "", 0
	for _, c := range NameCategories {
		if counts[c] > bestN {
			best, bestN = c, counts[c]
		}
	}
	return best
}

// WriteJSON writes v as indented JSON, atomically.
func WriteJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
