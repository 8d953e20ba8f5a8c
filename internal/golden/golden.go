// Package golden compares test output with a file kept in the repository.
// Every golden test in the module uses it, so there is one -update flag:
// `go test ./internal/prompt -update` (or any package with golden files)
// rewrites them from the current output, and the diff is reviewed in git.
package golden

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/atomicfile"
)

// Update is the -update flag of every test binary that imports this package.
var Update = flag.Bool("update", false, "rewrite golden files (and testscript expectations) from the current output")

// Check fails t when got differs from the file at path. With -update it
// writes got to path first. hint says what to do when the change is
// intended (bump a version, regenerate), and is part of the failure.
func Check(t testing.TB, path string, got []byte, hint string) {
	t.Helper()
	if *Update {
		if err := atomicfile.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (if the file is new: go test -update)", err)
	}
	if string(want) != string(got) {
		t.Errorf("%s is out of date with the output; if the change is intended, %s\n%s", path, hint, difference(want, got))
	}
}

// maxShown is the longest output a failure prints whole; beyond it (a
// generated table file) the failure shows the first line that differs.
const maxShown = 4 << 10

func difference(want, got []byte) string {
	if len(got) <= maxShown {
		return "--- got\n" + string(got)
	}
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := range max(len(w), len(g)) {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if i >= len(w) || i >= len(g) || wl != gl {
			return fmt.Sprintf("first difference at line %d:\n--- file\n%s\n--- got\n%s", i+1, wl, gl)
		}
	}
	return "" // unreachable: want and got differ
}
