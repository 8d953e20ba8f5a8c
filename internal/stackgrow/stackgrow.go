// Package stackgrow grows the main goroutine's stack from its first few KB
// to 64 KB while it holds only a few frames, before any other package of
// the program initialises. Import it for its side effect, from package main
// only.
//
// Package initialisation and a command's work (cobra, regular expressions
// compiled deep in the call tree by gopkg.in/yaml.v3's init and the
// guardrail's rule table, name generation) need 32-64 KB of stack, and the
// runtime otherwise doubles it four or five times, each time deep inside
// that work, walking and adjusting every frame through pcln tables and
// stack maps no earlier code had touched: the copies were 7-8% of a
// `suggest` process's perf samples (BENCHMARKS.md, "Start-up, eighth
// pass").
//
// The package imports nothing, so it is ready before every standard-library
// package but the runtime, and the language initialises ready packages in
// import-path order, which puts it near the start. Nothing shrinks the stack
// back before a garbage collection.
package stackgrow

func init() { grow(-1) }

// grow's frame is 40 KB, so calling it makes the runtime copy the stack to
// 64 KB at once; the frame is never touched (no caller passes i >= 0), so
// the new stack costs no more page faults than the old.
//
//go:noinline
func grow(i int) byte {
	if i < 0 {
		return 0
	}
	var pad [40 << 10]byte
	pad[i] = 1
	return pad[i/2]
}
