package golden

import (
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
func (r *recorder) Errorf(f string, a ...any) { r.failed = append(r.failed, f) }
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

	*Update = true
	defer func() { *Update = false }()
	r = &recorder{TB: t}
	Check(r, path, []byte("changed\n"), "regenerate")
	if b, _ := os.ReadFile(path); string(b) != "changed\n" || len(r.failed) != 0 {
		t.Errorf("-update: file %q, failures %v", b, r.failed)
	}
}
