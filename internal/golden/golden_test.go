package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that records failures instead of stopping.
type recorder struct {
	testing.TB
	failed []string
}

func (r *recorder) Helper()                   {}
func (r *recorder) Errorf(f string, a ...any) { r.failed = append(r.failed, fmt.Sprintf(f, a...)) }
func (r *recorder) Fatalf(f string, a ...any) { r.failed = append(r.failed, f) }
func (r *recorder) Fatal(a ...any)            { r.failed = append(r.failed, "fatal") }

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.golden")
	if err := os.WriteFile(path, []byte("same\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &recorder{TB: t}
	Check(r, path, []byte("same\n"), "regenerate")
	if len(r.failed) != 0 {
		t.Errorf("equal output failed: %v", r.failed)
	}
	Check(r, path, []byte("changed\n"), "regenerate")
	if len(r.failed) != 1 || !strings.Contains(r.failed[0], "out of date") {
		t.Errorf("changed output: failures %v, want one", r.failed)
	}

	// A long output (a generated table file) is not printed whole: the
	// failure names the first line that differs.
	long := strings.Repeat("row\n", 2000)
	if err := os.WriteFile(path, []byte(long), 0o644); err != nil {
		t.Fatal(err)
	}
	r = &recorder{TB: t}
	Check(r, path, []byte(strings.Replace(long, "row", "new", 1)+"row\n"), "regenerate")
	if len(r.failed) != 1 || !strings.Contains(r.failed[0], "first difference at line 1:\n--- file\nrow\n--- got\nnew") ||
		len(r.failed[0]) > 1000 {
		t.Errorf("long changed output: failures %q, want one naming line 1", r.failed)
	}
	r = &recorder{TB: t}
	Check(r, path, []byte(long+"extra\n"), "regenerate")
	if len(r.failed) != 1 || !strings.Contains(r.failed[0], "first difference at line 2001:\n--- file\n\n--- got\nextra") {
		t.Errorf("long output with a line more: failures %q, want one naming line 2001", r.failed)
	}
	if err := os.WriteFile(path, []byte("same\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	*Update = true
	defer func() { *Update = false }()
	r = &recorder{TB: t}
	Check(r, path, []byte("changed\n"), "regenerate")
	if b, _ := os.ReadFile(path); string(b) != "changed\n" || len(r.failed) != 0 {
		t.Errorf("-update: file %q, failures %v", b, r.failed)
	}
}
