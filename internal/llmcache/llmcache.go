// Package llmcache caches LLM responses on disk (in an internal/journal file)
// so an unchanged re-run makes zero calls. The key covers everything that can
// change an answer: provider, model, the whole request (system prompt,
// messages, schema, temperature, seed, max tokens) and a repeat index for
// deliberate repeats. Errors are never cached, so a retry after a failure
// asks again.
package llmcache

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sync/atomic"
	"time"

	"github.com/domainyours/domainyours/internal/journal"
	"github.com/domainyours/domainyours/internal/llm"
)

// Completer is what the cache wraps: *llm.Client satisfies it.
type Completer interface {
	Complete(ctx context.Context, req llm.Request) (llm.Response, error)
}

// Cache is a response cache. A nil *Cache, or one made with Disabled, passes
// every call through (that is --no-cache).
type Cache struct {
	j        *journal.Journal
	provider string
	hits     atomic.Int64
	misses   atomic.Int64
}

// Open opens the cache file at path for one provider identity (for example
// "ollama@http://127.0.0.1:11434" or "openai@https://api.openai.com/v1").
func Open(path, provider string) (*Cache, error) {
	j, err := journal.Open(path)
	if err != nil {
		return nil, err
	}
	return &Cache{j: j, provider: provider}, nil
}

// entry is what is stored: the parts of a response worth replaying.
type entry struct {
	Text         string             `json:"text"`
	JSON         json.RawMessage    `json:"json,omitempty"`
	Usage        llm.Usage          `json:"usage"`
	Model        string             `json:"model,omitempty"`
	FinishReason string             `json:"finish_reason,omitempty"`
	LogProbs     []llm.TokenLogProb `json:"logprobs,omitempty"`
}

// Key returns the cache key of a request. The caller's ID is excluded: it
// labels a row, it does not change the answer.
func Key(provider string, req llm.Request, repeat int) string {
	req.ID = ""
	body, _ := json.Marshal(struct {
		Provider string      `json:"p"`
		Request  llm.Request `json:"r"`
		Repeat   int         `json:"n"`
	}{provider, req, repeat})
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:])
}

// Complete answers from the cache, or calls c and stores a successful reply.
// Hit reports whether the cache answered (Usage of a hit is what the original
// call cost; callers count it as saved, not spent).
func (ca *Cache) Complete(ctx context.Context, c Completer, req llm.Request, repeat int) (resp llm.Response, hit bool, err error) {
	if ca == nil {
		resp, err = c.Complete(ctx, req)
		return resp, false, err
	}
	key := Key(ca.provider, req, repeat)
	var e entry
	if ok, gerr := ca.j.Get(key, &e); gerr == nil && ok {
		ca.count(true)
		return llm.Response{Text: e.Text, JSON: e.JSON, Usage: e.Usage, Model: e.Model,
			FinishReason: e.FinishReason, LogProbs: e.LogProbs}, true, nil
	}
	ca.count(false)
	start := time.Now()
	resp, err = c.Complete(ctx, req)
	if err != nil {
		return resp, false, err
	}
	if resp.Latency == 0 {
		resp.Latency = time.Since(start)
	}
	if perr := ca.j.Put(key, entry{Text: resp.Text, JSON: resp.JSON, Usage: resp.Usage, Model: resp.Model,
		FinishReason: resp.FinishReason, LogProbs: resp.LogProbs}); perr != nil {
		return resp, false, perr
	}
	return resp, false, nil
}

func (ca *Cache) count(hit bool) {
	if hit {
		ca.hits.Add(1)
	} else {
		ca.misses.Add(1)
	}
}

// Stats returns hits and misses so far.
func (ca *Cache) Stats() (hits, misses int64) {
	if ca == nil {
		return 0, 0
	}
	return ca.hits.Load(), ca.misses.Load()
}

// Close closes the cache file.
func (ca *Cache) Close() error {
	if ca == nil {
		return nil
	}
	return ca.j.Close()
}
