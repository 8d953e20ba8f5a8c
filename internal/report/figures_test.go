package report

import (
	"encoding/json"
	"html/template"
	"regexp"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/evaluation"
)

// comparisonRow returns the cells of the comparison-table row for "b vs a".
func comparisonRow(t *testing.T, page, a, b string) []string {
	t.Helper()
	table := page[strings.Index(page, `id="comparison-table"`):]
	table = table[:strings.Index(table, "</table>")]
	for _, tr := range strings.Split(table, "<tr>")[1:] {
		if !strings.Contains(tr, "<strong>"+b+"</strong> vs <strong>"+a+"</strong>") {
			continue
		}
		var cells []string
		for _, m := range regexp.MustCompile(`(?s)<td[^>]*>(.*?)</td>`).FindAllStringSubmatch(tr, -1) {
			cells = append(cells, regexp.MustCompile(`<[^>]+>`).ReplaceAllString(m[1], " "))
		}
		return cells
	}
	t.Fatalf("no comparison row %s vs %s", b, a)
	return nil
}

// The page shows the McNemar result of the summary and nothing else. Two
// versions whose rows carry no frozen label, and which refuse different
// descriptions, once got "n/a" in eval-summary.json and "p = 1.000" on the
// page, because internal/report recomputed McNemar on refusals alone.
func TestPageShowsTheSummarysComparisons(t *testing.T) {
	row := func(desc, label string, refused bool) evaluation.Row {
		return evaluation.Row{Description: desc, Label: label, Refused: refused}
	}
	for _, tc := range []struct {
		name     string
		labelled string // label of every row; "" for none
		wantNA   bool
	}{
		{"no frozen labels", "", true},
		{"frozen labels", string(dataset.LabelInappropriate), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := evaluation.Result{Version: "seed-a", Rows: []evaluation.Row{
				row("d1", tc.labelled, true), row("d2", tc.labelled, false), row("d3", tc.labelled, true), row("d4", tc.labelled, true)}}
			b := evaluation.Result{Version: "seed-b", Rows: []evaluation.Row{
				row("d1", tc.labelled, false), row("d2", tc.labelled, true), row("d3", tc.labelled, false), row("d4", tc.labelled, false)}}
			rs := evaluation.RunSummary{Manifest: evaluation.Manifest{McNemar: evaluation.McNemarDefinition},
				Comparisons: evaluation.Compare([]evaluation.Result{a, b})}
			js, err := json.Marshal(rs.Comparisons[0])
			if err != nil {
				t.Fatal(err)
			}
			p := rs.Comparisons[0]
			if (p.McNemar == nil) != tc.wantNA || strings.Contains(string(js), `"mcnemar":{`) == tc.wantNA {
				t.Fatalf("summary McNemar %+v (JSON %s); want n/a: %v", p.McNemar, js, tc.wantNA)
			}
			page, err := HTML(Data{Run: rs}, nil)
			if err != nil {
				t.Fatal(err)
			}
			cells := comparisonRow(t, string(page), "seed-a", "seed-b")
			if got, want := strings.TrimSpace(cells[6]), fmtTest(p.McNemar); got != want {
				t.Errorf("page McNemar %q, summary %q", got, want)
			}
			if got := strings.Fields(cells[5]); len(got) < 3 || got[0] != itoa(p.OnlyBCorrect) || got[2] != itoa(p.OnlyACorrect) {
				t.Errorf("page discordant counts %q, summary %d / %d", cells[5], p.OnlyBCorrect, p.OnlyACorrect)
			}
			if tc.wantNA && !strings.Contains(cells[7], p.NA["mcnemar"]) {
				t.Errorf("page notes %q lack the summary's reason %q", cells[7], p.NA["mcnemar"])
			}
			if !strings.Contains(string(page), "McNemar: "+template.HTMLEscapeString(evaluation.McNemarDefinition)) {
				t.Error("the page does not say what McNemar tests")
			}
		})
	}
}

// Every figure of the versions table is the summary's.
func TestPageShowsTheSummarysVersionFigures(t *testing.T) {
	d := fixture(t)
	page, err := HTML(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	for _, sum := range d.Run.Summaries {
		for _, want := range []string{
			fmtInterval(sum.Quality) + `<span class="ci">` + fmtBounds(sum.Quality),
			fmtInterval(sum.Safety.F1) + `<span class="ci">` + fmtBounds(sum.Safety.F1),
			fmtRate(sum.Safety.FalseRefusalRate),
			fmtRate(sum.Safety.Precision), fmtRate(sum.Validity),
		} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: page lacks the summary's %q", sum.Version, want)
			}
		}
		for c, iv := range sum.CriteriaCI {
			if want := fmtInterval(&iv) + `<span class="ci">` + fmtBounds(&iv); !strings.Contains(s, want) {
				t.Errorf("%s: page lacks criterion %s %q", sum.Version, c, want)
			}
		}
	}
	cells := comparisonRow(t, s, "v1", "v2")
	p := d.Run.Comparisons[0]
	if !strings.Contains(cells[2], fmtInterval(p.Diff)+" "+fmtBounds(p.Diff)) || strings.TrimSpace(cells[6]) != fmtTest(p.McNemar) {
		t.Errorf("comparison cells %q, summary diff %s, McNemar %s", cells, fmtInterval(p.Diff), fmtTest(p.McNemar))
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }
