// Package archtest enforces the layer rules of docs/architecture.md on every test run,
// so a shortcut across layers fails `make test` instead of waiting for review.
package archtest

import (
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const module = "github.com/domainyours/domainyours"

type pkg struct {
	ImportPath string
	Dir        string
	Imports    []string
	GoFiles    []string
}

func listPackages(t *testing.T) []pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-json", module+"/...")
	cmd.Dir = "../.."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	var pkgs []pkg
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) < 5 {
		t.Fatalf("go list found only %d packages", len(pkgs))
	}
	return pkgs
}

func rel(p string) string { return strings.TrimPrefix(strings.TrimPrefix(p, module), "/") }

func isStd(imp string) bool { return !strings.Contains(strings.SplitN(imp, "/", 2)[0], ".") }

func TestLayers(t *testing.T) {
	for _, p := range listPackages(t) {
		name := rel(p.ImportPath)
		cli := strings.HasPrefix(name, "internal/cmd") || name == "internal/app" || strings.HasPrefix(name, "cmd/")
		for _, imp := range p.Imports {
			switch {
			case name == "internal/domain" && !isStd(imp) && !strings.HasPrefix(imp, "golang.org/x/net/"):
				t.Errorf("%s imports %s: internal/domain may import only the standard library and golang.org/x/net", name, imp)
			case strings.HasPrefix(imp, "github.com/sashabaranov/go-openai") && name != "internal/llm/openai":
				t.Errorf("%s imports go-openai: only internal/llm/openai may", name)
			case strings.HasPrefix(imp, "github.com/ollama/ollama/api") && name != "internal/llm/ollama" && name != "internal/ollamatest":
				t.Errorf("%s imports ollama/api: only internal/llm/ollama may (and the test harness)", name)
			case !cli && (strings.HasPrefix(imp, "github.com/spf13/cobra") || strings.HasPrefix(imp, module+"/internal/cmd") || imp == module+"/internal/app"):
				t.Errorf("%s imports %s: work packages stay free of the CLI layer", name, imp)
			case imp == "os/signal" && name != "internal/app":
				t.Errorf("%s imports os/signal: only internal/app handles signals", name)
			}
		}
	}
}

// Only internal/app reads the process environment or exits the process.
var forbidden = regexp.MustCompile(`\bos\.(Getenv|LookupEnv|Environ|Exit)\(|\blog\.Fatal|\bpanic\("unimplemented`)

// Only internal/app and the mains under cmd/ read the process arguments;
// commands get the command line from the factory, so tests that drive
// app.Run see their own arguments recorded, not the test binary's.
var argsForbidden = regexp.MustCompile(`\bos\.Args\b`)

func TestProcessGlobalsStayInApp(t *testing.T) {
	for _, p := range listPackages(t) {
		name := rel(p.ImportPath)
		if name == "internal/app" || strings.HasPrefix(name, "cmd/") {
			continue
		}
		for _, f := range p.GoFiles {
			src, err := os.ReadFile(filepath.Join(p.Dir, f))
			if err != nil {
				t.Fatal(err)
			}
			if m := forbidden.Find(src); m != nil && name != "internal/ollamatest" {
				t.Errorf("%s/%s uses %s: only internal/app touches the process environment and exit", name, f, m)
			}
			if m := argsForbidden.Find(src); m != nil {
				t.Errorf("%s/%s uses %s: only internal/app reads the command line; take it from the factory", name, f, m)
			}
		}
	}
}
