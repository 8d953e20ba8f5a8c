package report

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// payload is markup that, were it not escaped, would create an element with
// a known id and run a script that marks the body. Each untrusted field
// gets its own name, so a failure says which field (and so which table).
func payload(field string) string {
	return fmt.Sprintf(`%s<i id="inj-%s"></i><script>document.body.setAttribute("data-pwned","%s")</script><img src=x onerror="document.body.setAttribute('data-pwned','%s')">`,
		field, field, field, field)
}

// hostile is the fixture with a payload in every string that comes from
// data: version names (every table keyed by version), the failure reason,
// every edge-case table (lowest quality, false refusals, missed refusals:
// descriptions, domains, categories, reasons) and the manifest's free text.
func hostile(t *testing.T) (Data, []string) {
	d := fixture(t)
	var fields []string
	p := func(field string) string {
		fields = append(fields, field)
		return payload(field)
	}
	// Renaming a version renames it everywhere it is a key.
	rename := map[string]string{"v1": p("version-v1"), "v2": p("version-v2"), "base:llama3.2": p("version-base")}
	for i := range d.Run.Summaries {
		d.Run.Summaries[i].Version = rename[d.Run.Summaries[i].Version]
	}
	for i := range d.Run.Comparisons {
		c := &d.Run.Comparisons[i]
		c.A, c.B = rename[c.A], rename[c.B]
	}
	for i := range d.Details {
		dt := &d.Details[i]
		if n, ok := rename[dt.Version]; ok {
			dt.Version, dt.Edge.Version = n, n
		}
		if dt.Failed != "" {
			dt.Failed = p("failed-reason")
		}
	}
	// Every edge-case table of the first version.
	e := &d.Details[0].Edge
	for i := range e.Bottom {
		r := &e.Bottom[i]
		f := fmt.Sprintf("bottom%d-", i)
		r.Description, r.Category, r.Reason = p(f+"description"), p(f+"category"), p(f+"reason")
		r.Domains = []string{p(f + "domain")}
	}
	for i := range e.FalseRefusals {
		r := &e.FalseRefusals[i]
		r.Description, r.RefusalCat = p(fmt.Sprintf("false-refusal%d-description", i)), p(fmt.Sprintf("false-refusal%d-category", i))
	}
	for i := range e.MissedRefusals {
		r := &e.MissedRefusals[i]
		r.Description = p(fmt.Sprintf("missed-refusal%d-description", i))
		r.Domains = []string{p(fmt.Sprintf("missed-refusal%d-domain", i))}
	}
	m := &d.Run.Manifest
	m.TestSet, m.JudgeModel, m.Command = p("manifest-test-set"), p("manifest-judge-model"), p("manifest-command")
	d.Title = p("title")
	return d, fields
}

// cspMeta is the page's Content-Security-Policy: nothing may load or run
// but inline styles and data: images.
const cspMeta = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`

func TestHTMLCarriesTheCSP(t *testing.T) {
	page, err := HTML(fixture(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	head, _, ok := strings.Cut(s, "</head>")
	if !ok || !strings.Contains(head, cspMeta) {
		t.Fatalf("the page's <head> lacks %s", cspMeta)
	}
	if strings.Count(strings.ToLower(s), "content-security-policy") != 1 {
		t.Error("the page should carry exactly one Content-Security-Policy")
	}
}

// TestHTMLEscapesEveryTable renders the hostile fixture: no payload may
// become markup anywhere, and every field must show up (as text), so a
// table that stopped rendering a field cannot pass by omission.
func TestHTMLEscapesEveryTable(t *testing.T) {
	d, fields := hostile(t)
	charts, err := Charts(d)
	if err != nil {
		t.Fatal(err)
	}
	page, err := HTML(d, charts)
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	if regexp.MustCompile(`(?i)<script`).MatchString(s) {
		t.Errorf("the page contains a <script element")
	}
	if strings.Contains(s, "<img src=x") {
		t.Errorf("the page contains a payload's <img> with its onerror handler")
	}
	for _, f := range fields {
		if strings.Contains(s, `<i id="inj-`+f+`"`) {
			t.Errorf("field %s: its markup reached the page unescaped", f)
		}
		if !strings.Contains(s, "inj-"+f) {
			t.Errorf("field %s is not on the page at all: this test cannot check its escaping", f)
		}
	}
}

// TestHostileReportInChromium loads the hostile page in a real browser:
// no element a payload would create exists, and no script ran.
func TestHostileReportInChromium(t *testing.T) {
	bin := chromium(t)
	d, fields := hostile(t)
	dir := t.TempDir()
	html := filepath.Join(dir, "eval.html")
	if _, err := Write(d, Options{HTMLPath: html, ImagesDir: filepath.Join(dir, "images")}); err != nil {
		t.Fatal(err)
	}
	dom := string(runChromium(t, bin, "--dump-dom", "--virtual-time-budget=2000", "file://"+html))
	if !strings.Contains(dom, `id="versions-table"`) {
		t.Fatalf("chromium did not render the page:\n%.2000s", dom)
	}
	for _, f := range fields {
		if strings.Contains(dom, `<i id="inj-`+f+`"`) {
			t.Errorf("field %s created an element in the browser", f)
		}
	}
	if m := regexp.MustCompile(`<body[^>]*data-pwned="([^"]*)"`).FindStringSubmatch(dom); m != nil {
		t.Errorf("a script from field %s ran in the browser", m[1])
	}
}

// TestCSPBlocksScriptInChromium is the second line of defence: had
// escaping failed somewhere, the page's CSP still keeps a script from
// running. The script is put into the rendered page by hand, as an escaping
// bug would; the control run without the CSP shows the script does run, so
// the check cannot pass because scripts never run here at all.
func TestCSPBlocksScriptInChromium(t *testing.T) {
	bin := chromium(t)
	page, err := HTML(fixture(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	inject := `<script>document.body.setAttribute("data-pwned","inline")</script>` +
		`<img src=x onerror="document.body.setAttribute('data-pwned','onerror')"></body>`
	broken := strings.Replace(string(page), "</body>", inject, 1)
	pwned := regexp.MustCompile(`<body[^>]*data-pwned="([^"]*)"`)
	dir := t.TempDir()
	load := func(name, html string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(html), 0o644); err != nil {
			t.Fatal(err)
		}
		return string(runChromium(t, bin, "--dump-dom", "--virtual-time-budget=2000", "file://"+p))
	}
	anyCSP := regexp.MustCompile(`(?i)<meta http-equiv="Content-Security-Policy"[^>]*>`)
	if !anyCSP.MatchString(broken) {
		t.Fatal("the page has no Content-Security-Policy")
	}
	if m := pwned.FindStringSubmatch(load("with-csp.html", broken)); m != nil {
		t.Errorf("a script (%s) ran despite the page's Content-Security-Policy", m[1])
	}
	control := anyCSP.ReplaceAllString(broken, "")
	if pwned.FindStringSubmatch(load("without-csp.html", control)) == nil {
		t.Error("control: without the CSP the injected script did not run either, so this test shows nothing")
	}
}
