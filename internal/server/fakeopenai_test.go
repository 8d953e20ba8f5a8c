package server

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/openai"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// openAIFake speaks the OpenAI chat completions wire format: GET /models
// lists models, POST /chat/completions answers five names after latency.
// It records the most calls it ever had in flight.
type openAIFake struct {
	*httptest.Server
	latency time.Duration

	mu     sync.Mutex
	models []string

	inFlight, maxInFlight, calls atomic.Int64
}

func fakeOpenAI(t testing.TB, latency time.Duration, models ...string) *openAIFake {
	t.Helper()
	f := &openAIFake{latency: latency, models: models}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.Close)
	return f
}

func (f *openAIFake) setModels(m ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.models = m
}

func (f *openAIFake) serve(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/models":
		f.mu.Lock()
		data := []map[string]any{}
		for _, m := range f.models {
			data = append(data, map[string]any{"id": m, "object": "model", "created": 1700000000, "owned_by": "test"})
		}
		f.mu.Unlock()
		_ = json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data})
	case r.Method == http.MethodPost && r.URL.Path == "/chat/completions":
		f.calls.Add(1)
		n := f.inFlight.Add(1)
		defer f.inFlight.Add(-1)
		for {
			m := f.maxInFlight.Load()
			if n <= m || f.maxInFlight.CompareAndSwap(m, n) {
				break
			}
		}
		_, _ = io.Copy(io.Discard, r.Body)
		select {
		case <-time.After(f.latency): // the model's thinking time
		case <-r.Context().Done():
			return
		}
		content := `{"domains": ["bakehouse", "crumbly", "doughjoy", "loafly", "ovenrise"], "refusal": ""}`
		_ = json.NewEncoder(w).Encode(map[string]any{
			"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": "m1",
			"choices": []any{map[string]any{"index": 0, "finish_reason": "stop",
				"message": map[string]any{"role": "assistant", "content": content}}},
			"usage": map[string]any{"prompt_tokens": 50, "completion_tokens": 20, "total_tokens": 70},
		})
	default:
		w.WriteHeader(http.StatusNotFound)
		_, _ = io.WriteString(w, `{"error": {"message": "not found", "type": "invalid_request_error"}}`)
	}
}

// openAIBackend is the real LLM backend (client, retries, schema) over url.
func openAIBackend(t testing.TB, url, model string) *suggestion.LLM {
	t.Helper()
	p, err := openai.New(openai.Config{BaseURL: url, APIKey: "test-key"})
	if err != nil {
		t.Fatal(err)
	}
	c, err := llm.NewClient(p, llm.Config{MaxAttempts: 1, Concurrency: 64})
	if err != nil {
		t.Fatal(err)
	}
	return suggestion.NewLLM("openai", c, model, nil)
}
