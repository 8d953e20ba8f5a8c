package report

import (
	"bytes"
	"errors"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/stats"
)

func TestHTMLEscapesUntrustedText(t *testing.T) {
	d := fixture(t)
	d.Versions[0].Name = `v1<script>alert(1)</script>`
	page, err := HTML(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	if regexp.MustCompile(`(?i)<script`).MatchString(s) {
		t.Errorf("the page contains a <script element; untrusted text was not escaped")
	}
	if strings.Contains(s, "onerror=") && !strings.Contains(s, "onerror=&#34;") {
		t.Errorf("an onerror attribute from a description reached the markup unescaped")
	}
	for _, want := range []string{"&lt;script&gt;document.title=", "v1&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;only&lt;/b&gt;"} {
		if !strings.Contains(s, want) {
			t.Errorf("escaped text %q missing from the page", want)
		}
	}
}

func TestHTMLIsSelfContained(t *testing.T) {
	d := fixture(t)
	charts, err := Charts(d)
	if err != nil {
		t.Fatal(err)
	}
	page, err := HTML(d, charts)
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	// Every src/href must be inline; nothing is fetched.
	for _, m := range regexp.MustCompile(`(?i)(src|href)\s*=\s*"([^"]*)"`).FindAllStringSubmatch(s, -1) {
		if !strings.HasPrefix(m[2], "data:image/png;base64,") {
			t.Errorf("%s=%q points outside the page", m[1], m[2])
		}
	}
	if n := strings.Count(s, `src="data:image/png;base64,`); n != len(charts) {
		t.Errorf("%d inline images, want %d (one per chart)", n, len(charts))
	}
	for _, want := range []string{
		`id="versions-table"`, `id="comparison-table"`, `id="safety-table"`, `id="checks-table"`,
		`id="agreement-table"`, `id="consistency-table"`, `class="bottom-table"`,
		"evaluation failed: model domainyours:v3 is not registered in Ollama",
		"9f2c0d5e8a", "gpt-4o-mini", "suggest-v1-77aa", "$0.0115",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestWriteFiles(t *testing.T) {
	dir := t.TempDir()
	d := fixture(t)
	html := filepath.Join(dir, "reports", "eval.html")
	images := filepath.Join(dir, "images")
	paths, err := Write(d, Options{HTMLPath: html, ImagesDir: images})
	if err != nil {
		t.Fatal(err)
	}
	if paths[len(paths)-1] != html {
		t.Errorf("last written path %q, want the HTML page", paths[len(paths)-1])
	}
	for _, name := range []string{
		"quality_by_version.png", "domain_category_count.png",
		"score_distribution_relevance.png", "score_distribution_conciseness.png",
		"v1-safety-confusion.png", "v2-safety-confusion.png", "base_llama3.2-safety-confusion.png",
	} {
		b, err := os.ReadFile(filepath.Join(images, name))
		if err != nil {
			t.Errorf("chart %s: %v", name, err)
			continue
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Errorf("chart %s is not a PNG: %v", name, err)
			continue
		}
		if img.Bounds().Dx() < 300 || img.Bounds().Dy() < 200 {
			t.Errorf("chart %s is %v, too small to read", name, img.Bounds())
		}
	}
	// The failed version has no chart, and nothing else lands in images/.
	entries, _ := os.ReadDir(images)
	if len(entries) != len(paths)-1 {
		t.Errorf("images/ holds %d files, Write reported %d charts", len(entries), len(paths)-1)
	}
	if _, err := Write(d, Options{}); err == nil {
		t.Error("Write with no HTML path: no error")
	}
}

func TestWriteKeepsOldReportWhenDirectoryIsReadOnly(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: directory permissions are not enforced")
	}
	dir := t.TempDir()
	html := filepath.Join(dir, "eval.html")
	if err := os.WriteFile(html, []byte("old report"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	_, err := Write(fixture(t), Options{HTMLPath: html})
	if err == nil || !strings.Contains(err.Error(), html) {
		t.Fatalf("Write into a read-only directory: err = %v, want an error naming %s", err, html)
	}
	if b, _ := os.ReadFile(html); string(b) != "old report" {
		t.Errorf("old report changed to %q", b)
	}
}

func TestFileSafe(t *testing.T) {
	tests := map[string]string{
		"v2":               "v2",
		"base:llama3.2":    "base_llama3.2",
		"../../etc/passwd": "_._.._etc_passwd",
		"":                 "_",
		"Builtin":          "builtin",
		".hidden":          "_hidden",
	}
	for in, want := range tests {
		if got := FileSafe(in); got != want {
			t.Errorf("FileSafe(%q) = %q, want %q", in, got, want)
		}
		if strings.Contains(FileSafe(in), "/") {
			t.Errorf("FileSafe(%q) keeps a slash", in)
		}
	}
}

func TestNewSafety(t *testing.T) {
	judge := []bool{true, true, false, false, true, false, false, false, false, true}
	frozen := []bool{true, true, false, false, false, false, false, false, true, true}
	s, err := NewSafety(stats.Confusion{TP: 8, FP: 2, FN: 4, TN: 36}, judge, frozen, 500, 1)
	if err != nil {
		t.Fatal(err)
	}
	if s.Metrics.Precision == nil || s.Metrics.Precision.Value() != 0.8 {
		t.Errorf("precision = %+v, want 0.8", s.Metrics.Precision)
	}
	if s.SeedConvention.Precision == nil || s.SeedConvention.Precision.Value() != 0.9 {
		t.Errorf("seed-convention precision = %+v, want 36/40", s.SeedConvention.Precision)
	}
	// 8 of 10 agree; both raters say "inappropriate" 4 times: pe = .4*.4+.6*.6 = .52.
	if s.JudgeKappa == nil || s.JudgeKappa.Kappa < 0.5833 || s.JudgeKappa.Kappa > 0.5834 {
		t.Errorf("judge kappa = %+v, want (0.8-0.52)/0.48 = 0.5833", s.JudgeKappa)
	}

	// No positives in the ground truth and nothing refused: precision,
	// recall and F1 are undefined and explained, not zero.
	s, err = NewSafety(stats.Confusion{TN: 20}, nil, nil, 200, 1)
	if err != nil {
		t.Fatal(err)
	}
	if s.Metrics.Precision != nil || s.Metrics.Recall != nil || s.Metrics.F1 != nil {
		t.Errorf("undefined metrics were filled in: %+v", s.Metrics)
	}
	if s.Metrics.FalseRefusal == nil || s.Metrics.FalseRefusal.Value() != 0 {
		t.Errorf("false-refusal rate = %+v, want 0/20", s.Metrics.FalseRefusal)
	}
	if len(s.Notes) < 3 || s.JudgeKappa != nil {
		t.Errorf("notes = %q, kappa = %v; want explanations and no kappa", s.Notes, s.JudgeKappa)
	}

	if _, err := NewSafety(stats.Confusion{TP: -1, TN: 3}, nil, nil, 100, 1); err == nil || errors.Is(err, stats.ErrInsufficient) {
		t.Errorf("negative count: err = %v, want a hard error", err)
	}
	if _, err := NewSafety(stats.Confusion{TP: 1, TN: 3}, []bool{true}, []bool{true, false}, 100, 1); err == nil {
		t.Error("mismatched label slices: no error")
	}
}

func TestNewComparison(t *testing.T) {
	a := []float64{0.9, 0.8, 0.85, 0.7, 0.95, 0.9, 0.8, 0.75}
	b := []float64{0.6, 0.7, 0.65, 0.6, 0.7, 0.72, 0.61, 0.7}
	refA := []bool{true, true, true, true, false, false}
	refB := []bool{false, false, false, false, false, true}
	c, err := NewComparison("v2", "v1", a, b, refA, refB, 1000, 1)
	if err != nil {
		t.Fatal(err)
	}
	if c.Diff == nil || c.Diff.Lo <= 0 {
		t.Errorf("diff = %v, want an interval above 0 (A beats B on every pair)", c.Diff)
	}
	// All 8 differences positive: exact Wilcoxon and permutation p = 2/256.
	if c.Wilcoxon == nil || c.Wilcoxon.P != 2.0/256 {
		t.Errorf("wilcoxon = %+v, want p = 2/256", c.Wilcoxon)
	}
	if c.Permutation == nil || c.Permutation.P != 2.0/256 {
		t.Errorf("permutation = %+v, want p = 2/256", c.Permutation)
	}
	if c.RefusedOnlyA != 4 || c.RefusedOnlyB != 1 || c.McNemar == nil || c.McNemar.P != 12.0/32 {
		t.Errorf("McNemar b=%d c=%d %+v, want 4, 1, p = 2*(6/32)", c.RefusedOnlyA, c.RefusedOnlyB, c.McNemar)
	}

	same, err := NewComparison("v1", "v1", b, b, refB, refB, 100, 1)
	if err != nil {
		t.Fatal(err)
	}
	if same.Wilcoxon != nil || same.Permutation != nil || same.McNemar != nil || len(same.Notes) != 3 {
		t.Errorf("identical versions: tests %v %v %v notes %q; want none run and three notes",
			same.Wilcoxon, same.Permutation, same.McNemar, same.Notes)
	}
	if _, err := NewComparison("a", "b", a, b[:3], nil, nil, 100, 1); err == nil {
		t.Error("unpaired qualities: no error")
	}
}

func TestEmptyReportRenders(t *testing.T) {
	// A run where every version failed still produces a page that says so.
	d := Data{Versions: []Version{{Name: "v1", Failed: "Ollama is not running"}}}
	charts, err := Charts(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(charts) != 0 {
		t.Errorf("%d charts for a run with no scored rows, want none", len(charts))
	}
	page, err := HTML(d, charts)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "evaluation failed: Ollama is not running") {
		t.Error("the failure reason is missing from the page")
	}
}
