package report

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromium finds the headless browser, skipping (or failing, when CI sets
// DOMAINYOURS_REQUIRE_CHROMIUM=1) when it is not installed.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "chromium is not installed; install it with `apt-get update && apt-get install -y chromium` to render the report in a real browser"
	if os.Getenv("DOMAINYOURS_REQUIRE_CHROMIUM") == "1" {
		t.Fatal(msg + " (DOMAINYOURS_REQUIRE_CHROMIUM=1 makes this a failure)")
	}
	t.Skip(msg)
	return ""
}

func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		tail := stderr.String()
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		t.Fatalf("chromium %v: %v\n%s", args, err, tail)
	}
	return stdout.Bytes()
}

// distinctColours counts colours on a coarse grid, enough to tell a
// rendered page from a blank or single-colour one.
func distinctColours(img image.Image) int {
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	return len(seen)
}

func TestReportRendersInChromium(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	html := filepath.Join(dir, "eval.html")
	paths, err := Write(fixture(t), Options{HTMLPath: html, ImagesDir: filepath.Join(dir, "images")})
	if err != nil {
		t.Fatal(err)
	}
	charts := len(paths) - 1
	url := "file://" + html

	shot := filepath.Join(dir, "shot.png")
	runChromium(t, bin, "--screenshot="+shot, "--window-size=1200,2000", "--hide-scrollbars", url)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("chromium wrote no screenshot: %v", err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	if n := distinctColours(img); n < 50 {
		t.Errorf("screenshot has %d distinct colours; the page rendered blank", n)
	}
	if out := os.Getenv("DOMAINYOURS_REPORT_SCREENSHOT"); out != "" {
		// Lets a person look at the rendering: copy the screenshot out.
		b, _ := os.ReadFile(shot)
		if err := os.WriteFile(out, b, 0o644); err != nil {
			t.Log(err)
		}
	}

	dom := string(runChromium(t, bin, "--dump-dom", "--virtual-time-budget=2000", url))
	for _, want := range []string{
		`id="versions-table"`, `id="comparison-table"`, `id="safety-table"`, `id="checks-table"`,
		`class="bottom-table"`, `id="manifest"`,
		// The injected markup is shown as text.
		`Bakery &lt;script&gt;document.title="pwned"`,
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered DOM lacks %q", want)
		}
	}
	if n := strings.Count(dom, `<img src="data:image/png;base64,`); n != charts {
		t.Errorf("rendered DOM has %d inline chart images, want %d", n, charts)
	}
	if !strings.Contains(dom, "<title>domainyours eval: v1 vs v2</title>") || regexp.MustCompile(`<body[^>]*data-pwned`).MatchString(dom) {
		t.Errorf("a script from a description ran in the report (title or body attribute changed)")
	}
	if strings.Contains(strings.ToLower(dom), "<script") {
		t.Errorf("the rendered DOM contains a script element")
	}
}
