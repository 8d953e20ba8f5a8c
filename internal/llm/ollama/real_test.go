package ollama

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/ollamatest"
	"github.com/domainyours/domainyours/internal/prompt"
)

// TestRealServer runs the adapter against a real `ollama serve` with the
// tiny test model. One server and its models are shared by the subtests,
// which run in order: the last one stops the server.
func TestRealServer(t *testing.T) {
	begin := time.Now()
	srv := ollamatest.Start(t)
	started := time.Since(begin)
	begin = time.Now()
	srv.CreateTinyModel(t, "domainyours:v1")
	srv.CreateTinyModel(t, "domainyours:v2")
	t.Logf("server start %s, two models created in %s", started.Round(time.Millisecond), time.Since(begin).Round(time.Millisecond))

	// srv.Host is in OLLAMA_HOST syntax (127.0.0.1:port), as a user sets it.
	p, err := New(Config{Host: srv.Host})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.CloseIdleConnections)
	c := newClient(t, p, llm.Config{MaxAttempts: 1, AttemptTimeout: time.Minute, TotalTimeout: time.Minute})
	ctx := context.Background()

	timed := func(name string, f func(t *testing.T)) {
		t.Run(name, func(t *testing.T) {
			begin := time.Now()
			f(t)
			t.Logf("%s", time.Since(begin).Round(time.Millisecond))
		})
	}

	timed("structured reply follows the prompt schema", func(t *testing.T) {
		// The random-weight model often answers with no names, which the
		// schema allows but which shows nothing about the names' grammar.
		// Seeds are tried in order until a reply has names; sampling with a
		// fixed seed is deterministic, so this is the same seed every run.
		namePattern := regexp.MustCompile(fmt.Sprintf("^[a-z0-9][a-z0-9-]{%d,%d}[a-z0-9]$", domain.MinLen-2, domain.MaxLen-2))
		for seed := int64(1); seed <= 12; seed++ {
			temp := 0.8
			req := llm.Request{
				Model:       "domainyours:v2",
				Messages:    prompt.Messages("An organic bakery in Lyon that sells sourdough.", domain.SetSize, nil),
				Schema:      prompt.Schema(domain.SetSize),
				Temperature: &temp, Seed: &seed, MaxTokens: 1024,
			}
			resp, err := c.Complete(ctx, req)
			if err != nil {
				t.Fatalf("seed %d: %v (reply %q)", seed, err, resp.Text)
			}
			// llm.Client has already checked resp.JSON against the schema;
			// decode it strictly into the type the product uses.
			dec := json.NewDecoder(bytes.NewReader(resp.JSON))
			dec.DisallowUnknownFields()
			var reply prompt.Reply
			if err := dec.Decode(&reply); err != nil {
				t.Fatalf("seed %d: reply %s does not decode into prompt.Reply: %v", seed, resp.JSON, err)
			}
			if len(reply.Domains) > domain.SetSize || (reply.Refusal != "" && !slices.Contains(prompt.Categories, reply.Refusal)) {
				t.Errorf("seed %d: reply %+v is outside the schema", seed, reply)
			}
			if resp.Model != "domainyours:v2" || resp.FinishReason != "stop" || resp.Usage.PromptTokens == 0 || resp.Usage.CompletionTokens == 0 {
				t.Errorf("seed %d: model %q, finish %q, usage %+v", seed, resp.Model, resp.FinishReason, resp.Usage)
			}
			if len(reply.Domains) == 0 {
				continue
			}
			// The server's grammar, not our validation, shaped these names.
			for _, d := range reply.Domains {
				if !namePattern.MatchString(d) {
					t.Errorf("seed %d: name %q breaks the schema's pattern %s", seed, d, namePattern)
				}
			}
			t.Logf("seed %d: reply %s", seed, compact(resp.JSON))
			return
		}
		t.Fatal("no seed in 1..12 gave a reply with names: the names' grammar was never exercised")
	})

	timed("log probabilities", func(t *testing.T) {
		temp, seed := 1.0, int64(3)
		req := llm.Request{Model: "domainyours:v2", Messages: []llm.Message{{Role: llm.RoleUser, Content: "a bakery"}},
			MaxTokens: 8, LogProbs: true, Temperature: &temp, Seed: &seed}
		resp, err := c.Complete(ctx, req)
		if err != nil && llm.ClassOf(err) != llm.Truncated {
			t.Fatal(err)
		}
		// Tokens that decode to no text (a control token, say) get no log
		// probability, so there may be fewer than eval_count. A token holding
		// part of a multi-byte character comes as U+FFFD, so only the ASCII
		// parts of tokens and reply are compared.
		if len(resp.LogProbs) == 0 || len(resp.LogProbs) > resp.Usage.CompletionTokens {
			t.Fatalf("%d log probabilities for %d tokens", len(resp.LogProbs), resp.Usage.CompletionTokens)
		}
		var spelled strings.Builder
		for _, lp := range resp.LogProbs {
			spelled.WriteString(lp.Token)
			if lp.LogProb > 0 {
				t.Errorf("log probability %v of %q is above 0", lp.LogProb, lp.Token)
			}
		}
		if a, b := asciiOnly(spelled.String()), asciiOnly(resp.Text); a != b {
			t.Errorf("log-probability tokens spell %q, the reply is %q", a, b)
		}
	})

	timed("newest version", func(t *testing.T) {
		names, err := p.ListModels(ctx)
		if err != nil || !slices.Contains(names, "domainyours:v1") || !slices.Contains(names, "domainyours:v2") {
			t.Fatalf("ListModels = %v, %v", names, err)
		}
		name, n, ok, err := p.NewestVersion(ctx, "domainyours")
		if err != nil || name != "domainyours:v2" || n != 2 || !ok {
			t.Errorf("NewestVersion = %q, %d, %v, %v; want domainyours:v2", name, n, ok, err)
		}
	})

	timed("model not found", func(t *testing.T) {
		_, err := c.Complete(ctx, userRequestFor("domainyours:v99"))
		e := mustClass(t, err, llm.ModelNotFound)
		if e.Status != http.StatusNotFound || !strings.Contains(e.Hint, "domainyours train") {
			t.Errorf("status %d, hint %q", e.Status, e.Hint)
		}
	})

	timed("cancel mid-reply", func(t *testing.T) {
		// The schema forces 300 tokens, so the reply is still streaming when
		// the first chunk's headers arrive and the call is canceled.
		streaming := make(chan struct{})
		hc := &http.Client{Transport: &onResponse{base: &http.Transport{}, f: func() { close(streaming) }}}
		cp, err := New(Config{Host: srv.Host, HTTPClient: hc})
		if err != nil {
			t.Fatal(err)
		}
		defer cp.CloseIdleConnections()
		req := userRequestFor("domainyours:v2")
		req.MaxTokens = 400
		req.Schema = &llm.Schema{Name: "long", JSON: json.RawMessage(`{"type":"string","pattern":"^[a-z]{300}$"}`)}
		callCtx, cancel := context.WithCancel(ctx)
		defer cancel()
		canceledAt := make(chan time.Time, 1)
		go func() {
			select {
			case <-streaming:
				canceledAt <- time.Now()
				cancel()
			case <-callCtx.Done():
			}
		}()
		resp, err := newClient(t, cp, llm.Config{MaxAttempts: 1}).Complete(callCtx, req)
		returned := time.Now()
		var at time.Time
		select {
		case at = <-canceledAt:
		default:
			t.Fatalf("the call ended (%v) before the reply started streaming", err)
		}
		mustClass(t, err, llm.Canceled)
		// Generous, for a shared and loaded machine: the class and the empty
		// text are the real checks; this only catches a reader that hangs
		// on after the cancel instead of closing the stream.
		if d := returned.Sub(at); d > 20*time.Second {
			t.Errorf("returned %s after the cancel, want well under 20s", d)
		}
		if resp.Text != "" {
			t.Errorf("a canceled call returned text %q", resp.Text)
		}
	})

	timed("server stopped", func(t *testing.T) {
		if err := srv.Stop(); err != nil {
			t.Fatal(err)
		}
		_, err := c.Complete(ctx, userRequestFor("domainyours:v2"))
		if e := mustClass(t, err, llm.Unreachable); !strings.Contains(e.Hint, "ollama serve") {
			t.Errorf("hint %q", e.Hint)
		}
		_, _, _, err = p.NewestVersion(ctx, "domainyours")
		mustClass(t, err, llm.Unreachable)
	})
}

func asciiOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf {
			return r
		}
		return -1
	}, s)
}

func compact(raw json.RawMessage) string {
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return string(raw)
	}
	return b.String()
}

func userRequestFor(model string) llm.Request {
	r := userRequest("a bakery")
	r.Model = model
	return r
}

// onResponse calls f once, when the first response headers arrive: for a
// streamed chat that is when the first token has been generated.
type onResponse struct {
	base *http.Transport
	once sync.Once
	f    func()
}

func (o *onResponse) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := o.base.RoundTrip(r)
	if err == nil {
		o.once.Do(o.f)
	}
	return resp, err
}

func (o *onResponse) CloseIdleConnections() { o.base.CloseIdleConnections() }
