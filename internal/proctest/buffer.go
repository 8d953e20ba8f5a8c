// Package proctest helps tests that run child processes or servers: a
// buffer that other goroutines (a child's output copier, a server's logger)
// write while the test reads it, and a named pipe a child signals through
// when it reaches a point the test waits for.
package proctest

import (
	"strings"
	"sync"
)

// LockedBuffer collects output that other goroutines write (a child's
// output copier, a server's or a client's logger) while the test may read
// it.
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
