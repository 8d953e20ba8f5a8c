package availability

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/availability/availabilitytest"
)

// Answers are served from the cache until their TTL ends: taken for a day,
// available for an hour; unknown answers are never kept. The file survives
// a restart.
func TestCacheHitAndExpiry(t *testing.T) {
	com := availabilitytest.NewRDAP(t, map[string]string{"free.com": "free", "taken.com": "taken", "broken.com": "500"})
	boot := loadTestBootstrap(t, map[string]string{"com": com.Base()})
	path := CachePath(t.TempDir())
	clk := &clock{t: time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)}
	run := func() map[string]Result {
		t.Helper()
		cache, err := OpenCache(path)
		if err != nil {
			t.Fatal(err)
		}
		c, err := New(Options{Bootstrap: boot, Cache: cache, Now: clk.now, Limits: Limits{Concurrency: 4, Rate: 1000, Burst: 10}})
		if err != nil {
			t.Fatal(err)
		}
		rs := byDomain(c.Check(context.Background(), []string{"free.com", "taken.com", "broken.com"}))
		if err := cache.Save(clk.now()); err != nil {
			t.Fatal(err)
		}
		return rs
	}
	hits := func() [3]int {
		return [3]int{com.Hits("free.com"), com.Hits("taken.com"), com.Hits("broken.com")}
	}

	first := run()
	if first["free.com"].Cached || first["free.com"].State != Available {
		t.Fatalf("first run: %+v", first["free.com"])
	}
	clk.add(59 * time.Minute)
	second := run()
	if !second["free.com"].Cached || !second["taken.com"].Cached || second["broken.com"].Cached {
		t.Errorf("after 59 min: free cached %v, taken cached %v, unknown cached %v; want true, true, false",
			second["free.com"].Cached, second["taken.com"].Cached, second["broken.com"].Cached)
	}
	if second["free.com"].State != Available || second["taken.com"].Source != SourceRDAP {
		t.Errorf("a cached answer keeps its state and source: %+v", second["free.com"])
	}
	if h := hits(); h != [3]int{1, 1, 2} {
		t.Errorf("after 59 min RDAP hits (free, taken, broken) = %v, want [1 1 2]", h)
	}
	clk.add(2 * time.Minute) // 61 min: available expired, taken not
	run()
	if h := hits(); h != [3]int{2, 1, 3} {
		t.Errorf("after 61 min RDAP hits = %v, want [2 1 3]", h)
	}
	clk.add(23 * time.Hour) // 24 h 1 min after the first taken answer
	run()
	if h := hits(); h != [3]int{3, 2, 4} {
		t.Errorf("after a day RDAP hits = %v, want [3 2 4]", h)
	}
}

func TestCacheDamagedIsReported(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cache.json")
	os.WriteFile(path, []byte("{not json"), 0o644)
	if _, err := OpenCache(path); err == nil || !strings.Contains(err.Error(), "--no-cache") {
		t.Errorf("err = %v, want one that names --no-cache", err)
	}
	if c, err := OpenCache(filepath.Join(t.TempDir(), "absent", "cache.json")); err != nil || c == nil {
		t.Errorf("a missing cache is empty, not an error: %v", err)
	}
}

// Saving is best effort: a cache that cannot be written is a warning, and
// --no-cache (a nil cache) writes nothing.
func TestSaveOrWarn(t *testing.T) {
	var b strings.Builder
	var none *Cache
	none.SaveOrWarn(&b)
	if b.Len() != 0 {
		t.Errorf("a nil cache warned: %q", b.String())
	}
	sub := filepath.Join(t.TempDir(), "sub")
	c, err := OpenCache(filepath.Join(sub, "availability.json"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(sub, nil, 0o644) // a file where the cache's folder should be
	c.SaveOrWarn(&b)
	if !strings.HasPrefix(b.String(), "warning: availability answers not cached: ") {
		t.Errorf("unwritable cache: %q", b.String())
	}
	ok := filepath.Join(t.TempDir(), "availability.json")
	if c, err = OpenCache(ok); err != nil {
		t.Fatal(err)
	}
	b.Reset()
	c.SaveOrWarn(&b)
	if _, err := os.Stat(ok); err != nil || b.Len() != 0 {
		t.Errorf("saving a writable cache: %v, warned %q", err, b.String())
	}
}
