// Package archtest enforces the layer rules of docs/architecture.md on every test run,
// so a shortcut across layers fails `make test` instead of waiting for review.
package archtest

import (
	"encoding/json"
	"go/scanner"
	"go/token"
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

// What a command package (internal/cmd/*) may import from this module: its
// sibling commands and the factory, the plumbing of the CLI layer, and the
// facades of the work packages. Anything else (journals, caches, price
// rules, file formats) is a use case and belongs in a work package; see
// "Commands stay thin" in docs/architecture.md.
var commandImports = map[string]bool{
	"internal/config": true, "internal/exitcode": true, "internal/iostreams": true, "internal/progress": true, "internal/workspace": true,
	// Work-package facades.
	"internal/evaluation": true, "internal/report": true, "internal/datagen": true, "internal/trainer": true,
	"internal/suggestion": true, "internal/server": true, "internal/availability": true, "internal/dataset": true, "internal/domain": true,
	// Model clients as the factory hands them out.
	"internal/llm": true, "internal/llm/ollama": true, "internal/llm/openai": true,
	// The model guard of suggest --guard, built by the factory like the clients.
	"internal/guard": true,
}

// commandBudget is the most lines of code (comments, blank lines and the
// lines inside multi-line strings such as help texts not counted) a command
// package may hold: options, validation, printing and the exit code.
const commandBudget = 300

// overBudget are the commands not yet thin, each capped at its size today
// so that it can only shrink (issue 11). None is left: eval and suggest
// moved their use cases into evaluation, report and suggestion.
var overBudget = map[string]int{}

func TestCommandsStayThin(t *testing.T) {
	for _, p := range listPackages(t) {
		name := rel(p.ImportPath)
		if !strings.HasPrefix(name, "internal/cmd/") || name == "internal/cmd/factory" {
			continue // the factory builds the clients, so it sees them all
		}
		for _, imp := range p.Imports {
			in := rel(imp)
			if !strings.HasPrefix(imp, module+"/") || strings.HasPrefix(in, "internal/cmd/") || commandImports[in] {
				continue
			}
			if name == "internal/cmd/clitest" && in == "internal/app" {
				continue // the test harness drives the whole process
			}
			t.Errorf("%s imports %s: a command keeps options, validation, printing and the exit code; move the use case into a work package and call it (docs/architecture.md, \"Commands stay thin\")", name, in)
		}
		n := 0
		for _, f := range p.GoFiles {
			src, err := os.ReadFile(filepath.Join(p.Dir, f))
			if err != nil {
				t.Fatal(err)
			}
			n += codeLines(src)
		}
		budget := commandBudget
		if b, ok := overBudget[name]; ok {
			budget = b
		}
		if n > budget {
			t.Errorf("%s holds %d lines of code, over its budget of %d: move the use case into a work package (docs/architecture.md, \"Commands stay thin\")", name, n, budget)
		}
	}
}

// codeLines counts the lines holding a token other than a comment; a string
// spanning lines counts once.
func codeLines(src []byte) int {
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	s.Init(f, src, nil, 0)
	lines := map[int]bool{}
	for {
		pos, tok, _ := s.Scan()
		if tok == token.EOF {
			return len(lines)
		}
		if tok != token.SEMICOLON {
			lines[f.Line(pos)] = true
		}
	}
}

// Only the factory turns OLLAMA_HOST and OPENAI_* into clients (internal/app
// passes them in); a command that read them itself would bypass it.
var endpointRead = regexp.MustCompile(`\.Get\("(OLLAMA_|OPENAI_)`)

func TestEndpointsOnlyInFactory(t *testing.T) {
	for _, p := range listPackages(t) {
		name := rel(p.ImportPath)
		if name == "internal/app" || name == "internal/config" {
			continue
		}
		for _, f := range p.GoFiles {
			src, err := os.ReadFile(filepath.Join(p.Dir, f))
			if err != nil {
				t.Fatal(err)
			}
			if m := endpointRead.Find(src); m != nil {
				t.Errorf("%s/%s reads %s: ask internal/cmd/factory for a client instead", name, f, m)
			}
		}
	}
}
