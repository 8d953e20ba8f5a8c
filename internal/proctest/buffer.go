// Package proctest helps tests that run child processes: a buffer the
// child's output copier writes while the test reads it, and a named pipe the
// child signals through when it reaches a point the test waits for.
package proctest

import (
	"strings"
	"sync"
)

// LockedBuffer collects a child's output; the copier goroutine writes it
// while the test may read it for a failure message.
type LockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *LockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *LockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
