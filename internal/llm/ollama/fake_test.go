package ollama

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/llm"
)

// fakeServer speaks Ollama's native API: /api/chat answers with an NDJSON
// stream decided by handle (given the 1-based hit number and the decoded
// request), /api/tags lists tags, and anything else is gin's plain 404.
type fakeServer struct {
	*httptest.Server
	hits atomic.Int64

	mu       sync.Mutex
	lastBody []byte
	tags     []string
}

type handleFunc func(w http.ResponseWriter, r *http.Request, hit int, body map[string]any)

func newFake(t testing.TB, handle handleFunc) *fakeServer {
	t.Helper()
	f := &fakeServer{}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == http.MethodPost && r.URL.Path == "/api/chat":
			hit := int(f.hits.Add(1))
			raw, _ := io.ReadAll(r.Body)
			var body map[string]any
			_ = json.Unmarshal(raw, &body)
			f.mu.Lock()
			f.lastBody = raw
			f.mu.Unlock()
			handle(w, r, hit, body)
		case r.Method == http.MethodGet && r.URL.Path == "/api/tags":
			f.mu.Lock()
			tags := f.tags
			f.mu.Unlock()
			writeTags(w, tags)
		default:
			w.Header().Set("Content-Type", "text/plain")
			w.WriteHeader(http.StatusNotFound)
			io.WriteString(w, "404 page not found")
		}
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

func (f *fakeServer) SetTags(names ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.tags = names
}

// writeTags writes a /api/tags reply as Ollama does.
func writeTags(w http.ResponseWriter, names []string) {
	models := []any{}
	for _, n := range names {
		models = append(models, map[string]any{
			"name": n, "model": n, "modified_at": "2025-01-02T03:04:05.123456789Z",
			"size": 1234567, "digest": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
			"details": map[string]any{"parent_model": "", "format": "gguf", "family": "llama",
				"families": []string{"llama"}, "parameter_size": "1M", "quantization_level": "F32"},
		})
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	json.NewEncoder(w).Encode(map[string]any{"models": models})
}

// chatReply is a streamed /api/chat reply: one line per piece of content,
// then the final line with done, done_reason and the metrics.
type chatReply struct {
	Pieces     []string
	DoneReason string // default "stop"
	Model      string // default "domainyours:v1"
	LogProbs   bool
	Prompt     int // prompt_eval_count, default 31
	Eval       int // eval_count, default 9
}

// pieces splits s into three parts, as a server streams tokens.
func pieces(s string) []string {
	n := len(s) / 3
	if n == 0 {
		return []string{s}
	}
	return []string{s[:n], s[n : 2*n], s[2*n:]}
}

func (c chatReply) write(w http.ResponseWriter) {
	model := c.Model
	if model == "" {
		model = "domainyours:v1"
	}
	reason := c.DoneReason
	if reason == "" {
		reason = "stop"
	}
	prompt, eval := c.Prompt, c.Eval
	if prompt == 0 && eval == 0 {
		prompt, eval = 31, 9
	}
	w.Header().Set("Content-Type", "application/x-ndjson")
	enc := json.NewEncoder(w)
	created := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC).Format(time.RFC3339Nano)
	for i, p := range c.Pieces {
		chunk := map[string]any{"model": model, "created_at": created,
			"message": map[string]any{"role": "assistant", "content": p}, "done": false}
		if c.LogProbs {
			chunk["logprobs"] = []any{map[string]any{"token": p, "logprob": -0.25 * float64(i+1), "bytes": byteInts(p)}}
		}
		enc.Encode(chunk)
		w.(http.Flusher).Flush()
	}
	enc.Encode(map[string]any{"model": model, "created_at": created,
		"message": map[string]any{"role": "assistant", "content": ""}, "done": true, "done_reason": reason,
		"total_duration": 51234567, "load_duration": 1234567, "prompt_eval_count": prompt,
		"prompt_eval_duration": 2345678, "eval_count": eval, "eval_duration": 34567890})
}

// byteInts is a token's bytes as Ollama sends them: a list of numbers.
func byteInts(s string) []int {
	out := make([]int, len(s))
	for i := range len(s) {
		out[i] = int(s[i])
	}
	return out
}

// text writes a complete reply whose content is s.
func text(s string) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) { chatReply{Pieces: pieces(s)}.write(w) }
}

// ollamaError writes Ollama's error body; extra headers come in pairs.
func ollamaError(w http.ResponseWriter, status int, msg string, headers ...string) {
	for i := 0; i+1 < len(headers); i += 2 {
		w.Header().Set(headers[i], headers[i+1])
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// rawReply writes a body that is not Ollama JSON, like a proxy's page.
func rawReply(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(status)
	io.WriteString(w, body)
}

func newProvider(t testing.TB, url string) *Provider {
	t.Helper()
	p, err := New(Config{Host: url})
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

func userRequest(text string) llm.Request {
	return llm.Request{Model: "domainyours:v1", ID: "row-1", Messages: []llm.Message{{Role: llm.RoleUser, Content: text}}}
}

// judgeSchema is a small reply schema with a bounded score and a closed enum.
const judgeSchema = `{"type":"object","properties":{` +
	`"score":{"type":"integer","minimum":1,"maximum":5},` +
	`"label":{"type":"string","enum":["safe","unsafe"]}},` +
	`"required":["score","label"],"additionalProperties":false}`

func schemaRequest() llm.Request {
	r := userRequest("judge brightpath for a bakery")
	r.Schema = &llm.Schema{Name: "judge", JSON: json.RawMessage(judgeSchema), Strict: true}
	return r
}

func mustClass(t *testing.T, err error, want llm.Class) *llm.Error {
	t.Helper()
	if want == "" {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		return nil
	}
	var e *llm.Error
	if !errors.As(err, &e) || e.Class != want {
		t.Fatalf("error = %v (class %q), want class %q", err, llm.ClassOf(err), want)
	}
	return e
}
