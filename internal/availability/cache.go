package availability

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/domainyours/domainyours/internal/atomicfile"
)

// How long answers are kept. A taken domain rarely frees up within a day; an
// available one can be registered by someone else any minute, so it is kept
// only an hour. Unknown answers are never cached: the next run asks again.
const (
	TakenTTL     = 24 * time.Hour
	AvailableTTL = time.Hour
)

// CachePath is the cache file under the cache folder.
func CachePath(cacheDir string) string {
	return filepath.Join(cacheDir, "availability", "cache.json")
}

// Cache keeps answers in one JSON file. Open reads it once; Save writes it
// back atomically. Two processes sharing it lose at worst the other's newest
// answers, which only costs a repeated check.
type Cache struct {
	path    string
	mu      sync.Mutex
	entries map[string]cacheEntry
}

type cacheEntry struct {
	Result  Result    `json:"result"`
	Expires time.Time `json:"expires"`
}

type cacheFile struct {
	Version int                   `json:"version"`
	Entries map[string]cacheEntry `json:"entries"`
}

// OpenCache reads the cache at path; a missing file is an empty cache. A file
// that does not parse is reported, not silently dropped.
func OpenCache(path string) (*Cache, error) {
	c := &Cache{path: path, entries: map[string]cacheEntry{}}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the availability cache: %w", err)
	}
	var f cacheFile
	if err := json.Unmarshal(data, &f); err != nil || f.Version != 1 {
		return nil, fmt.Errorf("the availability cache %s is damaged (delete it, or run with --no-cache)", path)
	}
	if f.Entries != nil {
		c.entries = f.Entries
	}
	return c, nil
}

// Get returns a fresh answer for domain, marked Cached.
func (c *Cache) Get(domain string, now time.Time) (Result, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[domain]
	if !ok || !now.Before(e.Expires) {
		return Result{}, false
	}
	r := e.Result
	r.Cached = true
	return r, true
}

// Put stores the available and taken answers that did not come from the
// cache, each with its TTL from its CheckedAt.
func (c *Cache) Put(results []Result) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, r := range results {
		if r.Cached {
			continue
		}
		var ttl time.Duration
		switch r.State {
		case Taken:
			ttl = TakenTTL
		case Available:
			ttl = AvailableTTL
		default:
			continue
		}
		c.entries[r.Domain] = cacheEntry{Result: r, Expires: r.CheckedAt.Add(ttl)}
	}
}

// Save writes the unexpired answers back to the file.
func (c *Cache) Save(now time.Time) error {
	c.mu.Lock()
	f := cacheFile{Version: 1, Entries: map[string]cacheEntry{}}
	for k, e := range c.entries {
		if now.Before(e.Expires) {
			f.Entries[k] = e
		}
	}
	c.mu.Unlock()
	data, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(c.path), 0o755); err != nil {
		return fmt.Errorf("cannot create %s: %w", filepath.Dir(c.path), err)
	}
	return atomicfile.WriteFile(c.path, data, 0o644)
}

// SaveOrWarn saves the cache at the end of a run; a nil cache (--no-cache)
// saves nothing. A failure costs only repeated checks later, so it is a
// warning on w rather than an error.
func (c *Cache) SaveOrWarn(w io.Writer) {
	if c == nil {
		return
	}
	if err := c.Save(time.Now()); err != nil {
		fmt.Fprintf(w, "warning: availability answers not cached: %v\n", err)
	}
}
