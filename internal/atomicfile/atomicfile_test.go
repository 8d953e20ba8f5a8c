package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteFileReplacesWhole(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.csv")
	if err := WriteFile(p, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("new content\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	if string(got) != "new content\n" {
		t.Fatalf("got %q", got)
	}
	assertNoTemp(t, dir)
}

func TestAbortKeepsOldVersion(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.csv")
	if err := WriteFile(p, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Create(p, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("half a fi"))
	f.Abort() // as a failed writer would
	got, _ := os.ReadFile(p)
	if string(got) != "old\n" {
		t.Fatalf("old version damaged: %q", got)
	}
	assertNoTemp(t, dir)
}

func TestReadOnlyDirNamesPath(t *testing.T) {
	if os.Geteuid() == 0 {
		// root ignores directory permissions; use a path whose parent is a file instead.
		dir := t.TempDir()
		parent := filepath.Join(dir, "afile")
		os.WriteFile(parent, []byte("x"), 0o644)
		err := WriteFile(filepath.Join(parent, "out.csv"), []byte("x"), 0o644)
		if err == nil || !strings.Contains(err.Error(), filepath.Join(parent, "out.csv")) {
			t.Fatalf("error must name the path: %v", err)
		}
		return
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	p := filepath.Join(dir, "out.csv")
	if err := WriteFile(p, []byte("x"), 0o644); err == nil || !strings.Contains(err.Error(), p) {
		t.Fatalf("error must name the path: %v", err)
	}
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Fatalf("temporary file left behind: %s", e.Name())
		}
	}
}
