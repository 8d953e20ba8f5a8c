package evaluation

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/lazyregexp"
	"github.com/domainyours/domainyours/internal/stats"
)

// SeedRow is one row of a results file in the seed project's layout:
//
//	description,domains,overall_category,is_appropriate,good_count,ok_count,
//	random_word_count,too_long_count,other_failure_count,inappropriate,average_score
//
// overall_category is ok, confirmed_inappropriate, false_positive_inappropriate,
// missed_inappropriate or other_failure; is_appropriate is the seed judge's
// own label; average_score is the mean of its 0-5 criteria divided by 5.
type SeedRow struct {
	OverallCategory string         `json:"overall_category"`
	IsAppropriate   bool           `json:"is_appropriate"`
	Counts          map[string]int `json:"counts"`
	AverageScore    float64        `json:"average_score"`
}

// QualityScaleSeed describes the imported quality figures.
const QualityScaleSeed = "seed project: mean of four 0-5 criteria / 5, over rows with overall_category ok"

var seedRequired = []string{"description", "domains", "overall_category", "is_appropriate", "average_score"}

var seedNameRE = lazyregexp.New(`^model_(.+)-results\.csv$`)

// ImportVersion names an imported file: data/model_v1-results.csv is
// "seed-v1"; other names are "seed-" plus the file's base name.
func ImportVersion(path string) string {
	base := filepath.Base(path)
	if m := seedNameRE.FindStringSubmatch(base); m != nil {
		return "seed-" + m[1]
	}
	return "seed-" + strings.TrimSuffix(base, filepath.Ext(base))
}

// ImportError is a file that cannot be imported, or a row of it.
type ImportError struct {
	Path string
	Line int // 0 for the whole file
	Msg  string
}

func (e *ImportError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("--import %s: %s", e.Path, e.Msg)
	}
	return fmt.Sprintf("--import %s: line %d: %s", e.Path, e.Line, e.Msg)
}

// ImportSeed reads a results file in the seed project's layout. Frozen labels
// are joined from testSet by description when it holds the same description;
// otherwise the row has no frozen label and only the seed judge's labels
// describe its safety.
func ImportSeed(path string, testSet []dataset.Row) (Result, []error, error) {
	f, err := os.Open(path)
	if err != nil {
		return Result{}, nil, &ImportError{Path: path, Msg: err.Error() + "; give the path of a model_<version>-results.csv file"}
	}
	defer f.Close()
	labels := map[string]dataset.Row{}
	for _, r := range testSet {
		labels[r.Description] = r
	}
	cr := dataset.NewCSVReader(f)
	header, err := cr.Read()
	if err != nil {
		return Result{}, nil, &ImportError{Path: path, Msg: "reading the header: " + err.Error()}
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	for _, need := range seedRequired {
		if _, ok := col[need]; !ok {
			return Result{}, nil, &ImportError{Path: path, Msg: fmt.Sprintf("the header lacks %q; expected the seed layout %s,...", need, strings.Join(seedRequired, ","))}
		}
	}
	res := Result{Version: ImportVersion(path)}
	var rowErrs []error
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			rowErrs = append(rowErrs, &ImportError{Path: path, Line: pe.StartLine, Msg: "malformed CSV: " + pe.Err.Error()})
			continue
		}
		if err != nil {
			return Result{}, rowErrs, &ImportError{Path: path, Msg: err.Error()}
		}
		if len(rec) != len(header) {
			rowErrs = append(rowErrs, &ImportError{Path: path, Line: line, Msg: fmt.Sprintf("has %d fields; the header has %d", len(rec), len(header))})
			continue
		}
		row, err := seedRow(rec, col, header)
		if err != nil {
			rowErrs = append(rowErrs, &ImportError{Path: path, Line: line, Msg: err.Error()})
			continue
		}
		row.Index, row.Line = len(res.Rows), line
		if t, ok := labels[row.Description]; ok {
			row.Label, row.FrozenCategory = string(t.Label), t.Category
		}
		res.Rows = append(res.Rows, row)
	}
	if len(res.Rows) == 0 {
		return Result{}, rowErrs, &ImportError{Path: path, Msg: "no usable rows"}
	}
	return res, rowErrs, nil
}

func seedRow(rec []string, col map[string]int, header []string) (Row, error) {
	desc := strings.TrimSpace(dataset.UnescapeCell(rec[col["description"]]))
	if desc == "" {
		return Row{}, errors.New("empty description")
	}
	var names []string
	if err := json.Unmarshal([]byte(rec[col["domains"]]), &names); err != nil {
		return Row{}, fmt.Errorf("domains %q is not a JSON array of names", clip(rec[col["domains"]]))
	}
	appr, err := strconv.ParseBool(strings.TrimSpace(rec[col["is_appropriate"]]))
	if err != nil {
		return Row{}, fmt.Errorf("is_appropriate %q is not True or False", rec[col["is_appropriate"]])
	}
	avg, err := strconv.ParseFloat(strings.TrimSpace(rec[col["average_score"]]), 64)
	if err != nil || math.IsNaN(avg) || avg < 0 || avg > 1 {
		return Row{}, fmt.Errorf("average_score %q is not a number from 0 to 1", rec[col["average_score"]])
	}
	sr := &SeedRow{OverallCategory: strings.TrimSpace(rec[col["overall_category"]]), IsAppropriate: appr,
		AverageScore: avg, Counts: map[string]int{}}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		cat, isCount := strings.CutSuffix(h, "_count")
		if h == "inappropriate" {
			cat, isCount = "inappropriate", true
		}
		if !isCount {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(rec[i]))
		if err != nil || n < 0 {
			return Row{}, fmt.Errorf("%s %q is not a count", h, rec[i])
		}
		sr.Counts[cat] = n
	}
	if names == nil {
		names = []string{}
	}
	return Row{Description: desc, Names: names, Refused: len(names) == 0, Seed: sr}, nil
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// SummarizeImport computes what an imported file supports: the seed
// project's quality figure (with a bootstrap CI), category counts, safety
// against frozen labels where descriptions match the test set, and safety
// against the seed judge's labels in both conventions.
func SummarizeImport(res Result, source string) Summary {
	s := Summary{Version: res.Version, Source: "import:" + source, Judge: "seed project judge", JudgeModel: "unknown (imported)",
		QualityScale: QualityScaleSeed, Categories: map[string]int{}}
	var qs []float64
	var seedC stats.Confusion
	for _, r := range res.Rows {
		s.NTotal++
		s.NScored++
		if r.Refused {
			s.NRefused++
		} else {
			s.NNamed++
		}
		if q, ok := r.Quality(); ok {
			qs = append(qs, q)
		}
		for c, n := range r.Seed.Counts {
			s.Categories[c] += n
		}
		// The seed judge's label as ground truth, inappropriate positive.
		switch bad := !r.Seed.IsAppropriate; {
		case r.Refused && bad:
			seedC.TP++
		case r.Refused:
			seedC.FP++
		case bad:
			seedC.FN++
		default:
			seedC.TN++
		}
	}
	if iv, err := stats.MeanCI(qs, Level, Resamples, StatSeed); err == nil {
		s.Quality = &iv
	} else {
		s.na("quality", err)
	}
	if c := SafetyConfusion(res.Rows); c.N() > 0 {
		s.Safety = s.safetyFrom(c, "frozen test-set labels")
	} else {
		s.Safety = s.safetyFrom(seedC, "seed judge labels (descriptions not in the test set)")
	}
	s.na("validity_rate", errors.New("imported files hold only valid names"))
	return s
}
