package report

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/evaluation"
)

func TestHTMLEscapesUntrustedText(t *testing.T) {
	d := fixture(t)
	d.Run.Summaries[0].Version = `v1<script>alert(1)</script>`
	d.Details[0].Version = d.Run.Summaries[0].Version
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

func TestEmptyReportRenders(t *testing.T) {
	// A run where every version failed still produces a page that says so.
	d := Data{Details: []evaluation.Detail{{Version: "v1", Failed: "Ollama is not running"}}}
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
