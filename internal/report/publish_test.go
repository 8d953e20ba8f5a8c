package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/evaluation"
	"github.com/domainyours/domainyours/internal/workspace"
)

// A run in which a version failed writes its summary and page under
// .failed names and keeps the last good ones; the next good run replaces
// the good ones and removes the leftovers.
func TestPublishKeepsTheLastGoodReport(t *testing.T) {
	dir := t.TempDir()
	l := workspace.Layout{Reports: filepath.Join(dir, "reports"), Images: filepath.Join(dir, "images")}
	d := fixture(t)
	good := evaluation.Outcome{Summary: d.Run}

	if err := Publish(l, good); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{l.Summary(), l.Report()} {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("good run: %v", err)
		}
	}
	if _, err := os.Stat(l.Images); err != nil {
		t.Errorf("good run: no chart folder: %v", err)
	}
	goodSummary, _ := os.ReadFile(l.Summary())

	bad := evaluation.Outcome{Summary: d.Run, Failures: []string{"v3"}}
	bad.Summary.Manifest.Command = "domainyours eval --version v3"
	os.RemoveAll(l.Images)
	if err := Publish(l, bad); err != nil {
		t.Fatal(err)
	}
	if now, _ := os.ReadFile(l.Summary()); !bytes.Equal(now, goodSummary) {
		t.Errorf("a failed run replaced %s", l.Summary())
	}
	var failed evaluation.RunSummary
	raw, err := os.ReadFile(l.FailedSummary())
	if err != nil || json.Unmarshal(raw, &failed) != nil || failed.Manifest.Command != bad.Summary.Manifest.Command {
		t.Errorf("failed summary %s: %v, command %q", l.FailedSummary(), err, failed.Manifest.Command)
	}
	if _, err := os.Stat(l.FailedReport()); err != nil {
		t.Errorf("failed page: %v", err)
	}
	if _, err := os.Stat(l.Images); err == nil {
		t.Errorf("a failed run wrote charts")
	}

	if err := Publish(l, good); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{l.FailedSummary(), l.FailedReport()} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("a good run left %s behind", p)
		}
	}
}

func TestPublishNamesAReportsDirThatCannotBeMade(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	err := Publish(workspace.Layout{Reports: filepath.Join(file, "reports")}, evaluation.Outcome{Summary: fixture(t).Run})
	if err == nil || !strings.Contains(err.Error(), "creating --reports-dir") {
		t.Fatalf("error %v, want one naming --reports-dir", err)
	}
}

func TestTable(t *testing.T) {
	var b bytes.Buffer
	rs := fixture(t).Run
	Table(&b, rs)
	out := b.String()
	if head, _, _ := strings.Cut(out, "\n"); strings.Join(strings.Fields(head), " ") != "VERSION N_TOTAL N_SCORED N_ERROR QUALITY [95% CI] SAFETY F1 [95% CI] FALSE REFUSALS VALIDITY" {
		t.Errorf("table header:\n%s", out)
	}
	for _, s := range rs.Summaries {
		if !strings.Contains(out, "\n"+s.Version+" ") {
			t.Errorf("no row for %s:\n%s", s.Version, out)
		}
	}
	if n := strings.Count(out, " quality difference "); n != len(rs.Comparisons) {
		t.Errorf("%d comparison lines, want %d", n, len(rs.Comparisons))
	}

	b.Reset()
	Spend(&b, "heuristic", evaluation.Spend{Calls: 3})
	if b.Len() != 0 {
		t.Errorf("the heuristic judge costs nothing, yet: %q", b.String())
	}
	Spend(&b, "openai", evaluation.Spend{Calls: 3, Failed: 1, CacheHits: 2, PromptTokens: 10, CompletionTokens: 5})
	if got, want := b.String(), "judge: 3 calls (1 failed), 2 cached, 10 prompt + 5 completion tokens, cost unknown (model missing from DOMAINYOURS_PRICES)\n"; got != want {
		t.Errorf("spend %q, want %q", got, want)
	}
}
