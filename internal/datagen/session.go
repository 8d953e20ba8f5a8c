package datagen

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llmcache"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// SessionOptions are one generate-data run as the command parsed it.
type SessionOptions struct {
	Spec       Spec
	PricesPath string // DOMAINYOURS_PRICES; empty: no prices
	NoCache    bool   // ask again instead of replaying cached responses
	// Client builds the LLM client of Spec.Backend with cfg's retries and
	// prices, and returns the endpoint's id (cache key, meta file).
	Client func(backend string, cfg llm.Config) (*llm.Client, string, error)
}

// Session is a prepared run with its client and response cache: the inputs
// and guards are checked before any client exists, so a refused overwrite
// or a missing eval file costs nothing. Close it.
type Session struct {
	*Prepared
	client *llm.Client
	cache  *llmcache.Cache
	price  llm.Price
	model  string
}

// Open checks the prices, prepares the run (see Prepare; its input error
// comes back as is), builds the client and opens the response cache.
func Open(o SessionOptions) (*Session, error) {
	model := o.Spec.Model
	prices, err := suggestion.LoadCapPrices(o.PricesPath, model, o.Spec.MaxCostUSD)
	if err != nil {
		return nil, err
	}
	prep, err := Prepare(o.Spec)
	if err != nil {
		return nil, err
	}
	client, endpoint, err := o.Client(o.Spec.Backend, llm.Config{
		Concurrency: o.Spec.Concurrency, Prices: prices, MaxAttempts: 4,
		AttemptTimeout: 3 * time.Minute, TotalTimeout: 10 * time.Minute,
	})
	if err != nil {
		return nil, err
	}
	prep.Spec.Endpoint = endpoint
	s := &Session{Prepared: prep, client: client, price: prices[model], model: model}
	if !o.NoCache {
		path := o.Spec.Layout.GenerateDataCache()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, exitcode.New(exitcode.Usage, fmt.Errorf("creating the cache folder: %w", err), "set DOMAINYOURS_CACHE_DIR to a writable folder")
		}
		if s.cache, err = llmcache.Open(path, endpoint); err != nil {
			return nil, exitcode.New(exitcode.Failure, err, "move the cache file aside, or run with --no-cache")
		}
	}
	return s, nil
}

// Close closes the response cache.
func (s *Session) Close() {
	if s.cache != nil {
		s.cache.Close()
	}
}

// Generate runs the prepared generation with the session's client and cache.
func (s *Session) Generate(ctx context.Context, progress func(Progress)) (Meta, error) {
	return s.Prepared.Generate(ctx, Deps{Client: s.client, Cache: s.cache, Progress: progress,
		Cost: func(u llm.Usage) (float64, bool) { return s.client.Cost(s.model, u) }})
}

// ShownCost is the cost to show for usd: -1 when the model has no price,
// since 0 would then only mean "unknown".
func (s *Session) ShownCost(usd float64) float64 {
	if s.price == (llm.Price{}) {
		return -1
	}
	return usd
}

// DroppedTotal is the number of rows dropped after their re-asks.
func (c Counts) DroppedTotal() int {
	n := 0
	for _, v := range c.Dropped {
		n += v
	}
	return n
}

// ByReason lists counts by reason in name order: "a 2, b 1".
func ByReason(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}
