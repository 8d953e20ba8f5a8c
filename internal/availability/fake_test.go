package availability

import (
	"sync"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/availability/availabilitytest"
)

func loadTestBootstrap(t testing.TB, tlds map[string]string) *Bootstrap {
	t.Helper()
	b, err := LoadBootstrap(availabilitytest.WriteBootstrap(t, "2026-11-30T12:00:00Z", tlds), "")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// clock is a settable time for cache expiry.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}
