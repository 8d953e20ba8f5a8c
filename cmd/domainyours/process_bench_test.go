package main

import (
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkProcessSuggest measures what a person waits for: starting the
// static binary (built as `make build` does) and printing five names
// (target: 20 ms wall, BENCHMARKS.md "Start-up"). "auto" is the default
// backend with no Ollama listening (OLLAMA_HOST names a closed local port),
// so it includes the probe that finds none; "builtin" skips the probe;
// "help" is the start-up alone.
func BenchmarkProcessSuggest(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "domainyours")
	build := exec.Command("go", "build", "-trimpath", "-ldflags", "-s -w", "-o", bin, ".")
	build.Env = append(build.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()
	dir := b.TempDir() // no .env file
	for _, bb := range []struct {
		name string
		args []string
	}{
		{"auto", []string{"suggest", "a bakery in Lyon"}},
		{"builtin", []string{"suggest", "--backend", "builtin", "a bakery in Lyon"}},
		{"help", []string{"--help"}},
	} {
		b.Run(bb.name, func(b *testing.B) {
			for b.Loop() {
				cmd := exec.Command(bin, bb.args...)
				cmd.Dir = dir
				cmd.Env = append(os.Environ(), "OLLAMA_HOST="+closed, "DOMAINYOURS_BACKEND=")
				out, err := cmd.Output()
				if err != nil || len(out) == 0 {
					b.Fatalf("%v: %v %q", bb.args, err, out)
				}
			}
		})
	}
}
