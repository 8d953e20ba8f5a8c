package evaluation

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/edgecases"
	"github.com/domainyours/domainyours/internal/llm"
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

func TestReportData(t *testing.T) {
	a := handTable()
	b := handTable()
	b.Version = "v2"
	// v2 improves row 0 from 0.5 to 1.0: both names score 5 everywhere.
	b.Rows[0].Verdicts = []Verdict{{Appropriate: true, Names: []NameScore{ns("brewly", "good", 5, 5, 5, 5), ns("brewbox", "good", 5, 5, 5, 5)}}}
	var evs []Evaluated
	for _, r := range []Result{a, b} {
		s := Summarize(r, HeuristicJudge{})
		evs = append(evs, Evaluated{Result: r, Summary: s, Edge: EdgeCases(r, s, "sha", 3)})
	}
	evs = append(evs, Evaluated{Result: Result{Version: "v3"}, Failed: "ollama unreachable"})
	d, err := ReportData(RunSummary{Manifest: Manifest{TestSetSHA256: "sha", Judge: "heuristic"}}, evs, llm.RunUsage{}, 0, "eval")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Versions) != 3 || d.Versions[2].Failed == "" || d.Versions[2].Name != "v3" {
		t.Fatalf("versions %+v", d.Versions)
	}
	v1 := d.Versions[0]
	if v1.NTotal != 7 || v1.NScored != 5 || v1.NError != 2 || len(v1.RowQuality) != 3 {
		t.Errorf("v1 counts %d/%d/%d, %d row qualities", v1.NTotal, v1.NScored, v1.NError, len(v1.RowQuality))
	}
	// Relevance scores of v1's four names: 5, 1, 5, 3.
	if c := v1.Criteria[0]; c.Name != "relevance" || c.Counts != [5]int{1, 0, 1, 0, 2} {
		t.Errorf("relevance %+v", c)
	}
	if v1.Safety == nil || v1.Safety.JudgeKappa == nil || v1.Safety.Confusion.TP != 1 {
		t.Errorf("safety %+v", v1.Safety)
	}
	// One comparison (the failed version is left out), later version first,
	// so a positive difference means v2 is better: +0.5 on one of 3 rows.
	if len(d.Comparisons) != 1 || d.Comparisons[0].A != "v2" || d.Comparisons[0].Diff == nil || !near(d.Comparisons[0].Diff.Estimate, 0.5/3) {
		t.Errorf("comparisons %+v", d.Comparisons)
	}
}
