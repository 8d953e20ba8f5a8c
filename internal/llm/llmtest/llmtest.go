// Package llmtest holds helpers shared by the tests of the LLM layer and of
// the code that retries through it. It imports nothing of the project, so
// internal/llm's own tests can use it too.
package llmtest

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"time"
)

// SleepRecorder replaces real waits between retries: it returns at once
// (or with ctx's error) and remembers how long the caller meant to wait, so
// retry tests run instantly and can still assert the backoff.
type SleepRecorder struct {
	mu    sync.Mutex
	waits []time.Duration
}

// Sleep records d and returns ctx.Err().
func (s *SleepRecorder) Sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.waits = append(s.waits, d)
	s.mu.Unlock()
	return ctx.Err()
}

// Waits returns the recorded waits in order.
func (s *SleepRecorder) Waits() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.waits...)
}

// Goroutines returns the stacks of the running goroutines by id.
func Goroutines() map[string]string {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	out := map[string]string{}
	for _, g := range strings.Split(string(buf), "\n\n") {
		// Each stack starts "goroutine 17 [state]:".
		if f := strings.Fields(g); len(f) > 1 && f[0] == "goroutine" {
			out[f[1]] = g
		}
	}
	return out
}

// Leaked waits up to 5 s for every goroutine that is not in before to end
// (connections and timers wind down asynchronously) and returns the stacks
// of those still running. Goroutines are told apart by id, not counted, so
// a goroutine of before that ends meanwhile cannot hide a new one.
func Leaked(before map[string]string) []string {
	var left []string
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		left = left[:0]
		for id, stack := range Goroutines() {
			if _, ok := before[id]; !ok {
				left = append(left, stack)
			}
		}
		if len(left) == 0 || time.Now().After(deadline) {
			return left
		}
	}
}
