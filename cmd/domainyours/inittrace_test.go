package main

import (
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// initBudget is the most a package of this module may allocate while the
// process starts, and initTotal the most all of them may. Every command,
// --help included, runs the initialisation of every package linked in; one
// regular expression compiled at package level costs 10-30 KB there and up
// to a millisecond, a parsed template more, and even a small map literal is
// built by every process (BENCHMARKS.md, "Start-up"). Build them on first
// use instead (internal/lazyregexp, sync.Once), or write a switch or a
// static table the linker lays out.
const (
	initBudget = 4 << 10
	initTotal  = 8 << 10
)

// inittraceLine is one line of GODEBUG=inittrace=1 (runtime docs):
// "init <package> @<start> ms, <clock> ms clock, <bytes> bytes, <allocs> allocs".
var inittraceLine = regexp.MustCompile(`^init (\S+) @[0-9.]+ ms, [0-9.]+ ms clock, (\d+) bytes, (\d+) allocs$`)

func TestPackagesDoNoWorkAtStart(t *testing.T) {
	bin := buildBinary(t)
	cmd := exec.Command(bin, "--help")
	cmd.Dir = t.TempDir() // no .env file
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("--help: %v\n%s", err, stderr.String())
	}
	lines, ours := 0, 0
	for _, line := range strings.Split(stderr.String(), "\n") {
		m := inittraceLine.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		lines++
		if !strings.HasPrefix(m[1], "github.com/domainyours/domainyours/") {
			continue
		}
		n, _ := strconv.Atoi(m[2])
		ours += n
		if n > initBudget {
			t.Errorf("package %s allocates %d bytes (%s allocations) at start, more than %d: build what its package-level variables hold on first use (internal/lazyregexp, sync.Once) or make them static", m[1], n, m[3], initBudget)
		}
	}
	if lines < 20 {
		t.Fatalf("found %d package inits in the GODEBUG=inittrace=1 output; has its format changed?\n%s", lines, stderr.String())
	}
	if ours > initTotal {
		t.Errorf("this module's packages allocate %d bytes at start together, more than %d", ours, initTotal)
	}
}

// TestStackGrowsBeforePackageInit checks that internal/stackgrow, which
// grows the main goroutine's stack once, initialises before any package
// whose init does work (allocates): after them, the runtime would have
// grown the stack step by step again, deep in their init.
func TestStackGrowsBeforePackageInit(t *testing.T) {
	bin := buildBinary(t)
	cmd := exec.Command(bin, "--help")
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("--help: %v\n%s", err, stderr.String())
	}
	var before []string
	for _, line := range strings.Split(stderr.String(), "\n") {
		m := inittraceLine.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		if m[1] == "github.com/domainyours/domainyours/internal/stackgrow" {
			if len(before) > 0 {
				t.Errorf("internal/stackgrow initialises after %v, which allocate at init: its stack growth comes too late (has it gained an import?)", before)
			}
			return
		}
		if m[2] != "0" {
			before = append(before, m[1])
		}
	}
	t.Fatalf("no init of internal/stackgrow in the GODEBUG=inittrace=1 output; is it still imported by main?\n%s", stderr.String())
}
