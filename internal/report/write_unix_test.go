//go:build unix

package report

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestWriteKeepsOldReportWhenTheWriteFails fails the write half-way, which
// also works as root (CI runs as root, and root ignores a read-only
// directory): a file-size limit below the page's size makes the write
// return EFBIG (Go ignores SIGXFSZ). The old report must stay whole and the
// error must name the path. The limit is process-wide, so it is lifted as
// soon as Write returns; this package's tests do not run in parallel.
func TestWriteKeepsOldReportWhenTheWriteFails(t *testing.T) {
	dir := t.TempDir()
	html := filepath.Join(dir, "eval.html")
	old := strings.Repeat("old report ", 100)
	if err := os.WriteFile(html, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	d := fixture(t)
	var saved syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &saved); err != nil {
		t.Fatal(err)
	}
	limit := syscall.Rlimit{Cur: 4096, Max: saved.Max}
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &limit); err != nil {
		t.Fatalf("cannot lower the file-size limit: %v", err)
	}
	_, err := Write(d, Options{HTMLPath: html})
	if rerr := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &saved); rerr != nil {
		t.Fatalf("cannot restore the file-size limit: %v", rerr)
	}
	if err == nil || !strings.Contains(err.Error(), html) {
		t.Fatalf("Write past the file-size limit: err = %v, want an error naming %s", err, html)
	}
	if b, _ := os.ReadFile(html); string(b) != old {
		t.Errorf("the old report changed (%d bytes now, %d before)", len(b), len(old))
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the failed write left files behind: %v", names)
	}
}
