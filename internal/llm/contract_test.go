package llm_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/llmtest"
	"github.com/domainyours/domainyours/internal/llm/ollama"
	"github.com/domainyours/domainyours/internal/llm/openai"
	"github.com/domainyours/domainyours/internal/llm/openaitest"
	"github.com/domainyours/domainyours/internal/ollamatest"
	"github.com/domainyours/domainyours/internal/prompt"
)

// fault is what a target's server does instead of answering normally.
type fault string

const (
	none      fault = ""
	limited   fault = "429"     // rate limited, Retry-After-Ms 5
	broken    fault = "500"     // the server failed
	refused   fault = "401"     // the credentials were refused
	malformed fault = "html"    // a 200 that is a login page, not the API
	hung      fault = "hang"    // no answer until the client gives up
	started   fault = "started" // like hang, and says so on target.arrived
)

// target is one adapter in front of a server whose faults the test sets.
type target struct {
	provider llm.Provider
	model    string
	// setFault makes the first n chat requests (0: all) answer f; the rest
	// answer normally.
	setFault func(f fault, n int)
	hits     func() int
	arrived  chan struct{} // a "started" request came in
	secret   string        // a credential the adapter holds; "" when it holds none
	hintHas  string        // what a refused credential's hint names
	reply    string        // what a normal plain-text chat answers ("" when any text will do)
}

// faultPlan is the fault schedule that both targets' servers share.
type faultPlan struct {
	mu      sync.Mutex
	f       fault
	n, seen int
}

func (p *faultPlan) set(f fault, n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.f, p.n, p.seen = f, n, 0
}

// next is the fault of the next chat request.
func (p *faultPlan) next() fault {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.seen++
	if p.n > 0 && p.seen > p.n {
		return none
	}
	return p.f
}

// openAITarget is the OpenAI adapter against openaitest, with a key that
// the server's error bodies quote back.
func openAITarget(t *testing.T) *target {
	const key = "sk-contract-canary-5e4d3c2b1a"
	srv := openaitest.New(t)
	tg := &target{model: "gpt-test", hits: srv.Hits, arrived: make(chan struct{}, 1), secret: key, hintHas: "OPENAI_API_KEY", reply: "fine"}
	plan := &faultPlan{}
	tg.setFault = plan.set
	schemaReply := prompt.Assistant([]string{"bakehouse", "crumbly"}, "")
	srv.OnChat(func(req openaitest.ChatRequest) openaitest.Reply {
		echo := "Incorrect API key provided: " + strings.TrimPrefix(req.Header.Get("Authorization"), "Bearer ")
		switch plan.next() {
		case limited:
			return openaitest.Error{Status: 429, Type: "requests", Code: "rate_limit_exceeded", Message: "Rate limit reached. " + echo, Header: map[string]string{"Retry-After-Ms": "5"}}
		case broken:
			return openaitest.Error{Status: 500, Type: "server_error", Message: "The server had an error. " + echo}
		case refused:
			return openaitest.Error{Status: 401, Type: "invalid_request_error", Code: "invalid_api_key", Message: echo}
		case malformed:
			return openaitest.Raw{ContentType: "text/html", Body: "<html>login page for " + req.Header.Get("Authorization") + "</html>"}
		case hung:
			return openaitest.Hang{}
		case started:
			tg.arrived <- struct{}{}
			return openaitest.Hang{}
		}
		if req.ResponseFormat != nil {
			return openaitest.Completion{Content: schemaReply}
		}
		return openaitest.Completion{Content: "fine"}
	})
	p, err := openai.New(openai.Config{BaseURL: srv.BaseURL(), APIKey: key})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.CloseIdleConnections)
	tg.provider = p
	return tg
}

// ollamaTarget is the Ollama adapter against a real Ollama server with the
// tiny test model, behind a proxy that stands in for the faults a real
// server (or a proxy in front of it) produces in Ollama's error format.
// Ollama takes no credentials (ParseHost refuses user:password@), so the
// adapter holds no secret to leak.
func ollamaTarget(t *testing.T) *target {
	real := ollamatest.Start(t)
	real.CreateTinyModel(t, "domainyours:v1")
	up, err := url.Parse("http://" + real.Host)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(up)
	tg := &target{model: "domainyours:v1", arrived: make(chan struct{}, 1), hintHas: "OLLAMA_HOST"}
	plan := &faultPlan{}
	tg.setFault = plan.set
	var hits atomic.Int64
	tg.hits = func() int { return int(hits.Load()) }
	ollamaError := func(w http.ResponseWriter, status int, msg string, headers ...string) {
		for i := 0; i+1 < len(headers); i += 2 {
			w.Header().Set(headers[i], headers[i+1])
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(map[string]string{"error": msg})
	}
	front := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/api/chat" {
			proxy.ServeHTTP(w, r)
			return
		}
		hits.Add(1)
		// Read the body first: only then does net/http notice a client
		// that hangs up, which the hung cases wait for.
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		switch plan.next() {
		case limited:
			ollamaError(w, 429, "slow down", "Retry-After-Ms", "5")
		case broken:
			ollamaError(w, 500, "llama runner process has terminated: signal: killed")
		case refused:
			ollamaError(w, 401, "unauthorized")
		case malformed:
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html>login page</html>"))
		case hung:
			<-r.Context().Done()
		case started:
			tg.arrived <- struct{}{}
			<-r.Context().Done()
		default:
			proxy.ServeHTTP(w, r)
		}
	}))
	t.Cleanup(front.Close)
	p, err := ollama.New(ollama.Config{Host: front.URL})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.CloseIdleConnections)
	tg.provider = p
	return tg
}

// TestProviderContract runs one table of behaviours against both adapters:
// what a caller of llm.Client may rely on whichever server is behind it.
// Adapter-specific cases (each server's own error shapes, hints and
// limits) stay in the adapters' tests.
func TestProviderContract(t *testing.T) {
	targets := map[string]func(*testing.T) *target{"openai": openAITarget, "ollama": ollamaTarget}
	temp, seed := 0.0, int64(1)
	plain := func(model string) llm.Request {
		return llm.Request{Model: model, ID: "row-1", Messages: []llm.Message{{Role: llm.RoleUser, Content: "Say hello."}},
			Temperature: &temp, Seed: &seed}
	}
	schema := func(model string) llm.Request {
		return llm.Request{Model: model, ID: "row-2", Messages: prompt.Messages("An organic bakery in Lyon.", domain.SetSize, nil),
			Schema: prompt.Schema(domain.SetSize), Temperature: &temp, Seed: &seed, MaxTokens: 512}
	}
	tests := []struct {
		name    string
		fault   fault
		n       int // faulty requests before normal answers; 0: all
		req     func(model string) llm.Request
		cfg     llm.Config
		cancel  bool // cancel the call once the server has it
		class   llm.Class
		hits    int // requests the server saw
		persist bool
		retry   bool // the error is retryable
	}{
		{name: "chat reply", req: plain, hits: 1},
		{name: "schema reply decodes into the product's type", req: schema, hits: 1},
		{name: "429 once is retried", fault: limited, n: 1, req: plain, hits: 2},
		{name: "429 on every try is rate limited and retryable", fault: limited, req: plain, class: llm.RateLimited, hits: 3, retry: true},
		{name: "500 once is retried", fault: broken, n: 1, req: plain, hits: 2},
		{name: "500 on every try is a retryable server error", fault: broken, req: plain, class: llm.ServerError, hits: 3, retry: true},
		{name: "401 is persistent, not retried, with a hint", fault: refused, req: plain, class: llm.Unauthorized, hits: 1, persist: true},
		{name: "a body that is not the API is malformed, not retried", fault: malformed, req: plain, class: llm.Malformed, hits: 1},
		{name: "a hung server times out per attempt", fault: hung, req: plain, class: llm.Timeout, hits: 2, retry: true,
			cfg: llm.Config{AttemptTimeout: 150 * time.Millisecond, TotalTimeout: 5 * time.Second, MaxAttempts: 2, BaseDelay: time.Millisecond, MaxDelay: time.Millisecond}},
		{name: "cancel ends the call at once", fault: started, req: plain, cancel: true, class: llm.Canceled, hits: 1},
	}
	for name, newTarget := range targets {
		t.Run(name, func(t *testing.T) {
			tg := newTarget(t)
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					before := tg.hits()
					tg.setFault(tt.fault, tt.n)
					cfg := tt.cfg
					if cfg.MaxAttempts == 0 {
						cfg = llm.Config{MaxAttempts: 3, AttemptTimeout: time.Minute, TotalTimeout: 2 * time.Minute, Sleep: (&llmtest.SleepRecorder{}).Sleep}
					}
					c, err := llm.NewClient(tg.provider, cfg)
					if err != nil {
						t.Fatal(err)
					}
					ctx, cancel := context.WithCancel(context.Background())
					defer cancel()
					if tt.cancel {
						go func() {
							<-tg.arrived
							cancel()
						}()
					}
					begin := time.Now()
					resp, err := c.Complete(ctx, tt.req(tg.model))
					took := time.Since(begin)
					if hits := tg.hits() - before; hits != tt.hits {
						t.Errorf("the server saw %d requests, want %d", hits, tt.hits)
					}
					if tt.class == "" {
						if err != nil {
							t.Fatalf("error %v", err)
						}
						checkReply(t, tg, tt.req(tg.model), resp)
						return
					}
					var e *llm.Error
					if !errors.As(err, &e) || e.Class != tt.class {
						t.Fatalf("error %v (class %q), want class %q", err, llm.ClassOf(err), tt.class)
					}
					if e.Persistent() != tt.persist || e.Retryable() != tt.retry {
						t.Errorf("persistent %v, retryable %v; want %v, %v", e.Persistent(), e.Retryable(), tt.persist, tt.retry)
					}
					if tt.persist && !strings.Contains(e.UserHint(), tg.hintHas) {
						t.Errorf("hint %q does not name %s", e.UserHint(), tg.hintHas)
					}
					if tt.cancel && took > 5*time.Second {
						t.Errorf("a canceled call took %s to return", took)
					}
					if resp.Text != "" || resp.JSON != nil {
						t.Errorf("a failed call returned a reply: %q %s", resp.Text, resp.JSON)
					}
					if tg.secret != "" {
						for _, s := range []string{err.Error(), e.Message, e.UserHint(), fmt.Sprintf("%+v", err), fmt.Sprintf("%#v", e)} {
							if strings.Contains(s, tg.secret) {
								t.Errorf("the credential leaked: %s", s)
							}
						}
					}
				})
			}
		})
	}
}

// checkReply checks a successful reply: text for a plain request, JSON that
// decodes strictly into prompt.Reply for the product's schema, and counted
// tokens.
func checkReply(t *testing.T, tg *target, req llm.Request, resp llm.Response) {
	t.Helper()
	if resp.Attempts < 1 || resp.Usage.PromptTokens == 0 {
		t.Errorf("attempts %d, usage %+v", resp.Attempts, resp.Usage)
	}
	if req.Schema == nil {
		if tg.reply != "" && resp.Text != tg.reply {
			t.Errorf("text %q, want %q", resp.Text, tg.reply)
		}
		if resp.Usage.CompletionTokens == 0 {
			t.Errorf("no completion tokens counted: %+v", resp.Usage)
		}
		return
	}
	dec := json.NewDecoder(bytes.NewReader(resp.JSON))
	dec.DisallowUnknownFields()
	var reply prompt.Reply
	if err := dec.Decode(&reply); err != nil {
		t.Errorf("reply %s does not decode into prompt.Reply: %v", resp.JSON, err)
	}
}
