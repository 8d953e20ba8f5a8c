// Package llmtest holds helpers shared by the tests of the LLM layer and of
// the code that retries through it. It imports nothing of the project, so
// internal/llm's own tests can use it too.
package llmtest

import (
	"context"
	"runtime"
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

// SettleGoroutines waits up to 3 s for the goroutine count to drop to limit
// (connections and timers wind down asynchronously) and returns the count
// it ended at, for leak checks.
func SettleGoroutines(limit int) int {
	n := runtime.NumGoroutine()
	for deadline := time.Now().Add(3 * time.Second); n > limit && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
		n = runtime.NumGoroutine()
	}
	return n
}
