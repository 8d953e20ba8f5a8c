//go:build mutate

package mutate

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestMutations applies every mutation to one copy of the tree in turn. Run
// one with -run 'TestMutations/<name>'.
func TestMutations(t *testing.T) {
	src, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	tree := copyTree(t, src)
	baseline := map[string]error{} // per test target: nil when it passed unmutated
	var results []string
	for _, m := range mutations {
		t.Run(m.Name, func(t *testing.T) {
			for _, tt := range m.Tests {
				key := tt.String()
				if _, done := baseline[key]; !done {
					out, err := goTest(tree, tt)
					if err != nil {
						err = fmt.Errorf("%w\n%s", err, tail(out))
					}
					baseline[key] = err
				}
				if err := baseline[key]; err != nil {
					t.Fatalf("%s fails without any mutation, so it cannot tell a mutation apart: %v", tt, err)
				}
			}
			restore := apply(t, tree, m)
			defer restore()
			start := time.Now()
			for _, tt := range m.Tests {
				out, err := goTest(tree, tt)
				switch {
				case err == nil:
					continue
				case bytes.Contains(out, []byte("[build failed]")) || bytes.Contains(out, []byte("[setup failed]")):
					t.Fatalf("the mutated tree does not build, which proves nothing; fix the mutation:\n%s", tail(out))
				}
				results = append(results, fmt.Sprintf("caught    %-44s by %s (%s)", m.Name, tt, time.Since(start).Round(time.Second)))
				t.Logf("caught by %s:\n%s", tt, failures(out))
				return
			}
			results = append(results, fmt.Sprintf("SURVIVED  %-44s %s", m.Name, m.Breaks))
			t.Errorf("mutation survived: %s\n(edits %+v); every test of %v passed", m.Breaks, m.Edits, m.Tests)
		})
	}
	t.Logf("summary:\n%s", strings.Join(results, "\n"))
}

// copyTree copies the files git knows of (tracked and untracked, not
// ignored) from src, so uncommitted work is checked too.
func copyTree(t *testing.T, src string) string {
	cmd := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	cmd.Dir = src
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("git ls-files in %s: %v (make mutate needs a git checkout)", src, err)
	}
	dst := t.TempDir()
	for _, f := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		b, err := os.ReadFile(filepath.Join(src, f))
		if os.IsNotExist(err) {
			continue // deleted in the working tree, not yet in the index
		}
		if err != nil {
			t.Fatal(err)
		}
		info, err := os.Stat(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dst, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, info.Mode().Perm()); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// apply makes the mutation's edits in tree and returns the function that
// puts the files back. Each old text must occur exactly once: a mutation
// whose anchor moved must be updated, not silently skipped.
func apply(t *testing.T, tree string, m mutation) func() {
	origs := map[string][]byte{}
	restore := func() {
		for p, b := range origs {
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, e := range m.Edits {
		p := filepath.Join(tree, e.File)
		cur, err := os.ReadFile(p)
		if err != nil {
			restore()
			t.Fatalf("mutation %s: %v", m.Name, err)
		}
		if _, ok := origs[p]; !ok {
			origs[p] = cur
		}
		if n := bytes.Count(cur, []byte(e.Old)); n != 1 {
			restore()
			t.Fatalf("mutation %s: %q occurs %d times in %s, want once; the code changed, update tools/mutate/mutations_test.go", m.Name, e.Old, n, e.File)
		}
		if err := os.WriteFile(p, bytes.Replace(cur, []byte(e.Old), []byte(e.New), 1), 0o644); err != nil {
			restore()
			t.Fatal(err)
		}
	}
	return restore
}

// goTest runs one target in tree. Tests that need the real Ollama server or
// Chromium must run, not skip: a skip would let a mutation survive unseen.
func goTest(tree string, tt target) ([]byte, error) {
	args := []string{"test", "-count=1", "-timeout", "30m"}
	if tt.Run != "" {
		args = append(args, "-run", tt.Run)
	}
	cmd := exec.Command("go", append(args, tt.Pkg)...)
	cmd.Dir = tree
	cmd.Env = append(os.Environ(), "DOMAINYOURS_REQUIRE_OLLAMA=1", "DOMAINYOURS_REQUIRE_CHROMIUM=1")
	return cmd.CombinedOutput()
}

// failures keeps the lines that say what failed.
func failures(out []byte) string {
	var keep []string
	for _, l := range strings.Split(string(out), "\n") {
		if strings.Contains(l, "--- FAIL") || strings.Contains(l, "_test.go:") || strings.HasPrefix(l, "FAIL") || strings.HasPrefix(l, "panic:") {
			keep = append(keep, l)
		}
		if len(keep) == 12 {
			keep = append(keep, "...")
			break
		}
	}
	return strings.Join(keep, "\n")
}

func tail(out []byte) string {
	if len(out) > 4000 {
		out = out[len(out)-4000:]
	}
	return string(out)
}
