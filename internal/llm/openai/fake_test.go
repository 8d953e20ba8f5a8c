package openai

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/domainyours/domainyours/internal/llm"
)

// canaryKey must never show up in an error, a hint or a log line.
const canaryKey = "sk-canary-9f8e7d6c5b4a"

// fakeServer speaks the OpenAI chat completions wire format; handle decides
// each reply, given the 1-based hit number and the decoded request body.
type fakeServer struct {
	*httptest.Server
	hits atomic.Int64

	mu       sync.Mutex
	lastBody []byte
	lastReq  *http.Request
}

type handleFunc func(w http.ResponseWriter, r *http.Request, hit int, body map[string]any)

func newFake(t testing.TB, handle handleFunc) *fakeServer {
	t.Helper()
	f := &fakeServer{}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hit := int(f.hits.Add(1))
		raw, _ := io.ReadAll(r.Body)
		var body map[string]any
		_ = json.Unmarshal(raw, &body)
		f.mu.Lock()
		f.lastBody, f.lastReq = raw, r
		f.mu.Unlock()
		if r.URL.Path != "/v1/chat/completions" {
			http.NotFound(w, r)
			return
		}
		handle(w, r, hit, body)
	}))
	t.Cleanup(f.Close)
	return f
}

func (f *fakeServer) Hits() int { return int(f.hits.Load()) }

func (f *fakeServer) LastBody() []byte {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.lastBody
}

// completion is a chat completion reply body.
type completion struct {
	Content      string
	Finish       string
	Refusal      string
	LogProbs     bool
	NoChoices    bool
	PromptTokens int
	OutTokens    int
}

func (c completion) write(w http.ResponseWriter) {
	msg := map[string]any{"role": "assistant", "content": c.Content}
	if c.Refusal != "" {
		msg["content"] = nil
		msg["refusal"] = c.Refusal
	}
	finish := c.Finish
	if finish == "" {
		finish = "stop"
	}
	choice := map[string]any{"index": 0, "message": msg, "finish_reason": finish, "logprobs": nil}
	if c.LogProbs {
		choice["logprobs"] = map[string]any{"content": []any{
			map[string]any{"token": "{", "logprob": -0.01, "bytes": []int{123}, "top_logprobs": []any{}},
			map[string]any{"token": "\"", "logprob": -0.5, "bytes": []int{34}, "top_logprobs": []any{}},
		}}
	}
	choices := []any{choice}
	if c.NoChoices {
		choices = []any{}
	}
	pt, ot := c.PromptTokens, c.OutTokens
	if pt == 0 && ot == 0 {
		pt, ot = 20, 7
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"id": "chatcmpl-test", "object": "chat.completion", "created": 1700000000,
		"model": "gpt-test-2025-01-01", "system_fingerprint": "fp_test",
		"choices": choices,
		"usage":   map[string]any{"prompt_tokens": pt, "completion_tokens": ot, "total_tokens": pt + ot},
	})
}

// apiError writes an OpenAI error body; extra headers come in pairs.
func apiError(w http.ResponseWriter, status int, typ, code, msg string, headers ...string) {
	for i := 0; i+1 < len(headers); i += 2 {
		w.Header().Set(headers[i], headers[i+1])
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	var c any
	if code != "" {
		c = code
	}
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{
		"message": msg, "type": typ, "param": nil, "code": c,
	}})
}

// rawError writes a non-JSON error page, like a proxy in front of a server.
func rawError(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(status)
	io.WriteString(w, body)
}

// newProvider returns a Provider for the fake, keyed with the canary.
func newProvider(t testing.TB, baseURL string) *Provider {
	t.Helper()
	p, err := New(Config{BaseURL: baseURL + "/v1", APIKey: canaryKey, Organization: "org-test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.CloseIdleConnections)
	return p
}

func newClient(t testing.TB, p llm.Provider, cfg llm.Config) *llm.Client {
	t.Helper()
	c, err := llm.NewClient(p, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func userRequest(id, text string) llm.Request {
	return llm.Request{Model: "gpt-test", ID: id, Messages: []llm.Message{{Role: llm.RoleUser, Content: text}}}
}

// judgeSchema is a small reply schema with a bounded score and a closed enum.
const judgeSchema = `{"type":"object","properties":{` +
	`"score":{"type":"integer","minimum":1,"maximum":5},` +
	`"label":{"type":"string","enum":["safe","unsafe"]}},` +
	`"required":["score","label"],"additionalProperties":false}`

func schemaRequest(id string) llm.Request {
	r := userRequest(id, "judge brightpath.com for a bakery")
	r.Schema = &llm.Schema{Name: "judge", JSON: json.RawMessage(judgeSchema), Strict: true}
	return r
}

func mustClass(t *testing.T, err error, want llm.Class) *llm.Error {
	t.Helper()
	var e *llm.Error
	if want == "" {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		return nil
	}
	if !errors.As(err, &e) || e.Class != want {
		t.Fatalf("error = %v (class %q), want class %q", err, llm.ClassOf(err), want)
	}
	return e
}
