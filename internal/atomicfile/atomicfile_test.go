package atomicfile

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
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

// A writer killed before Commit leaves its temporary file; RemoveStale
// deletes it and keeps the file of a writer that is still running.
func TestRemoveStaleKeepsLiveWritersFiles(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "dataset_v1.csv")
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Fatalf("running true to get a dead pid: %v", err)
	}
	deadTmp := filepath.Join(dir, ".dataset_v1.csv.tmp-"+strconv.Itoa(dead.Process.Pid)+"-123")
	other := filepath.Join(dir, ".other.csv.tmp-"+strconv.Itoa(dead.Process.Pid)+"-9")
	for _, p := range []string{deadTmp, other} {
		if err := os.WriteFile(p, []byte("half"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	live, err := Create(target, 0o644) // this process: alive
	if err != nil {
		t.Fatal(err)
	}
	defer live.Abort()
	n, err := RemoveStale(target)
	if err != nil || n != 1 {
		t.Fatalf("RemoveStale = %d, %v; want 1 removed", n, err)
	}
	if _, err := os.Stat(deadTmp); !os.IsNotExist(err) {
		t.Error("the dead writer's temporary file is still there")
	}
	for _, p := range []string{live.Name(), other} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed: %v", filepath.Base(p), err)
		}
	}
}
