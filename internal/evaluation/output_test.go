package evaluation

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/edgecases"
)

func TestWriteResultsCSV(t *testing.T) {
	res := handTable()
	res.Rows[1].Description = "=HYPERLINK(\"http://evil\")" // a formula must not reach a spreadsheet live
	path := filepath.Join(t.TempDir(), "model_v1-results.csv")
	if err := WriteResultsCSV(path, res); err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(path)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(recs[0][:11], ",") != "description,domains,overall_category,is_appropriate,good_count,ok_count,random_word_count,too_long_count,other_failure_count,inappropriate,average_score" {
		t.Errorf("the seed columns do not lead the header: %v", recs[0])
	}
	if len(recs) != 1+len(res.Rows) {
		t.Fatalf("%d records for %d rows", len(recs), len(res.Rows))
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	get := func(row int, name string) string { return recs[row+1][col[name]] }
	checks := []struct {
		row        int
		name, want string
	}{
		{0, "overall_category", "ok"},
		{0, "good_count", "1"},
		{0, "random_word_count", "1"},
		{0, "quality", "0.5000"},
		{0, "average_score", "0.6000"}, // mean score 3 of 5, the seed's scale
		{0, "invalid", "1"},
		{2, "overall_category", "confirmed_inappropriate"},
		{2, "quality", ""},
		{3, "overall_category", "false_positive_inappropriate"},
		{4, "overall_category", "missed_inappropriate"},
		{4, "is_appropriate", "True"},
		{5, "overall_category", "error"},
		{5, "error_class", "timeout"},
		{5, "quality", ""}, // an error is never a 0
		{5, "average_score", ""},
		{6, "error_class", "malformed"},
		{6, "good_count", ""},
	}
	for _, c := range checks {
		if got := get(c.row, c.name); got != c.want {
			t.Errorf("row %d %s = %q, want %q", c.row, c.name, got, c.want)
		}
	}
	if d := get(1, "description"); !dataset.IsFormula(dataset.UnescapeCell(d)) || dataset.IsFormula(d) {
		t.Errorf("formula cell written as %q", d)
	}
}

func TestEdgeCases(t *testing.T) {
	res := handTable()
	s := Summarize(res, HeuristicJudge{})
	f := EdgeCases(res, s, "abc", 2)
	if len(f.Bottom) != 2 || f.Bottom[0].Description != "d0" || f.Bottom[1].Description != "d4" {
		t.Errorf("bottom %+v; want d0 then d4 (0.5 each, by index)", f.Bottom)
	}
	if f.Bottom[0].Reason != "brewbox: random_word" || f.Bottom[0].Category != "good" {
		t.Errorf("bottom row reason %q category %q", f.Bottom[0].Reason, f.Bottom[0].Category)
	}
	if len(f.FalseRefusals) != 1 || f.FalseRefusals[0].Description != "d3" {
		t.Errorf("false refusals %+v", f.FalseRefusals)
	}
	if len(f.MissedRefusals) != 1 || f.MissedRefusals[0].Description != "d4" {
		t.Errorf("missed refusals %+v", f.MissedRefusals)
	}
	if f.NTotal != 7 || f.NScored != 5 || f.NError != 2 {
		t.Errorf("counts %d/%d/%d", f.NTotal, f.NScored, f.NError)
	}
	// generate-data reads the file back through the shared contract.
	path := filepath.Join(t.TempDir(), "model_v1-edge_cases.json")
	if err := edgecases.Write(path, f); err != nil {
		t.Fatal(err)
	}
	back, err := edgecases.Read(path)
	if err != nil || len(back.Bottom) != 2 || back.TestSetSHA256 != "abc" {
		t.Errorf("read back %+v, %v", back, err)
	}
}

func TestDetailAndSummaryFigures(t *testing.T) {
	a := handTable()
	s := Summarize(a, HeuristicJudge{})
	d := Evaluated{Result: a, Summary: s, Edge: EdgeCases(a, s, "sha", 3)}.Detail()
	if d.Version != "v1" || len(d.RowQuality) != 3 || d.Failed != "" || len(d.Edge.Bottom) == 0 {
		t.Errorf("detail %+v", d)
	}
	// Relevance scores of v1's four names: 5, 1, 5, 3.
	if c := s.ScoreCounts["relevance"]; c != [5]int{1, 0, 1, 0, 2} {
		t.Errorf("relevance counts %v", c)
	}
	if iv, ok := s.CriteriaCI["relevance"]; !ok || !near(iv.Estimate, s.Criteria["relevance"]) {
		t.Errorf("relevance CI %+v, mean %v", iv, s.Criteria["relevance"])
	}
	failed := Evaluated{Result: Result{Version: "v3"}, Failed: "ollama unreachable"}.Detail()
	if failed.Version != "v3" || failed.Failed == "" || failed.RowQuality != nil {
		t.Errorf("failed detail %+v", failed)
	}
}
