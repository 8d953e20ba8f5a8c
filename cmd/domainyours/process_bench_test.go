package main

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkProcessSuggest measures what a person waits for: starting the
// static binary and printing five names (target: under 50 ms wall).
func BenchmarkProcessSuggest(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "domainyours")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(build.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	for b.Loop() {
		out, err := exec.Command(bin, "suggest", "a bakery in Lyon").Output()
		if err != nil || len(out) == 0 {
			b.Fatalf("suggest: %v %q", err, out)
		}
	}
}
