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
// process starts. Every command, --help included, runs the initialisation
// of every package linked in; one regular expression compiled at package
// level costs 10-30 KB there and up to a millisecond, a parsed template
// more (BENCHMARKS.md, "Start-up"). Build them on first use instead:
// internal/lazyregexp, sync.OnceValue. Small map literals fit.
const initBudget = 20 << 10

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
	ours := 0
	for _, line := range strings.Split(stderr.String(), "\n") {
		m := inittraceLine.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil || !strings.HasPrefix(m[1], "github.com/domainyours/domainyours/") {
			continue
		}
		ours++
		if n, _ := strconv.Atoi(m[2]); n > initBudget {
			t.Errorf("package %s allocates %d bytes (%s allocations) at start, more than %d: build what its package-level variables hold on first use (internal/lazyregexp, sync.OnceValue)", m[1], n, m[3], initBudget)
		}
	}
	if ours < 5 {
		t.Fatalf("found %d packages of this module in the GODEBUG=inittrace=1 output; has its format changed?\n%s", ours, stderr.String())
	}
}
