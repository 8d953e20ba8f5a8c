package openai

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/llm/llmtest"

	"github.com/domainyours/domainyours/internal/llm"
)

func TestRequestBodyAndResponseMapping(t *testing.T) {
	srv := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int, _ map[string]any) {
		completion{Content: `{"score":4,"label":"safe"}`, LogProbs: true}.Write(w, nil)
	})
	p := newProvider(t, srv.URL)
	temp, seed := 0.0, int64(42)
	req := schemaRequest("row-9")
	req.System = "You judge domain names."
	req.Temperature, req.Seed, req.MaxTokens, req.LogProbs = &temp, &seed, 300, true

	resp, err := p.Complete(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.Text != `{"score":4,"label":"safe"}` || resp.Model != "gpt-test-2025-01-01" || resp.FinishReason != "stop" {
		t.Errorf("response = %+v", resp)
	}
	if resp.Usage != (llm.Usage{PromptTokens: 20, CompletionTokens: 7}) || resp.Latency <= 0 {
		t.Errorf("usage %+v, latency %v", resp.Usage, resp.Latency)
	}
	if len(resp.LogProbs) != 2 || resp.LogProbs[1] != (llm.TokenLogProb{Token: `"`, LogProb: -0.5}) {
		t.Errorf("logprobs = %+v", resp.LogProbs)
	}

	hr := srv.LastHeader("POST /chat/completions")
	if got := hr.Get("Authorization"); got != "Bearer "+canaryKey {
		t.Errorf("Authorization = %q", got)
	}
	if got := hr.Get("OpenAI-Organization"); got != "org-test" {
		t.Errorf("OpenAI-Organization = %q", got)
	}
	var body struct {
		Model    string `json:"model"`
		Messages []struct {
			Role, Content string
		} `json:"messages"`
		Temperature    *float64 `json:"temperature"`
		Seed           *int64   `json:"seed"`
		MaxTokens      int      `json:"max_tokens"`
		LogProbs       bool     `json:"logprobs"`
		ResponseFormat struct {
			Type       string `json:"type"`
			JSONSchema struct {
				Name   string          `json:"name"`
				Strict bool            `json:"strict"`
				Schema json.RawMessage `json:"schema"`
			} `json:"json_schema"`
		} `json:"response_format"`
	}
	if err := json.Unmarshal(srv.LastBody("POST /chat/completions"), &body); err != nil {
		t.Fatal(err)
	}
	if body.Model != "gpt-test" || len(body.Messages) != 2 || body.Messages[0].Role != "system" ||
		body.Messages[0].Content != "You judge domain names." || body.Messages[1].Role != "user" {
		t.Errorf("model/messages = %s %+v", body.Model, body.Messages)
	}
	if body.Temperature == nil || *body.Temperature <= 0 || *body.Temperature > 1e-30 {
		t.Errorf("temperature 0 must be sent as a tiny positive value, got %v", body.Temperature)
	}
	if body.Seed == nil || *body.Seed != 42 || body.MaxTokens != 300 || !body.LogProbs {
		t.Errorf("seed %v, max_tokens %d, logprobs %v", body.Seed, body.MaxTokens, body.LogProbs)
	}
	rf := body.ResponseFormat
	if rf.Type != "json_schema" || rf.JSONSchema.Name != "judge" || !rf.JSONSchema.Strict {
		t.Errorf("response_format = %+v", rf)
	}
	var sent, want any
	json.Unmarshal(rf.JSONSchema.Schema, &sent)
	json.Unmarshal([]byte(judgeSchema), &want)
	if !jsonEqual(sent, want) {
		t.Errorf("schema sent = %s", rf.JSONSchema.Schema)
	}
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

func TestBodyOptions(t *testing.T) {
	warm := 0.7
	tests := []struct {
		name    string
		req     llm.Request
		want    []string // substrings of the body
		wantNot []string
	}{
		{"plain request sends no optional fields", userRequest("a", "hi"), nil,
			[]string{"temperature", "seed", "max_tokens", "max_completion_tokens", "response_format", "logprobs"}},
		{"temperature kept", func() llm.Request { r := userRequest("a", "hi"); r.Temperature = &warm; return r }(),
			[]string{`"temperature":0.7`}, nil},
		{"reasoning model gets max_completion_tokens",
			func() llm.Request { r := userRequest("a", "hi"); r.Model = "gpt-5-mini"; r.MaxTokens = 50; return r }(),
			[]string{`"max_completion_tokens":50`}, []string{`"max_tokens"`}},
		{"non-strict schema", func() llm.Request { r := schemaRequest("a"); r.Schema.Strict = false; return r }(),
			[]string{`"strict":false`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, err := buildBody(tt.req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := json.Marshal(body)
			for _, w := range tt.want {
				if !strings.Contains(string(b), w) {
					t.Errorf("body lacks %s: %s", w, b)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(string(b), w) {
					t.Errorf("body has %s: %s", w, b)
				}
			}
		})
	}
}

func TestBatchLineMatchesLiveBody(t *testing.T) {
	srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ int, _ map[string]any) {
		completion{Content: `{"score":1,"label":"unsafe"}`}.Write(w, nil)
	})
	seed := int64(7)
	req := schemaRequest("row-17")
	req.Seed = &seed
	if _, err := newProvider(t, srv.URL).Complete(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	line, err := BatchLine(req)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.ContainsAny(line, "\n\r") {
		t.Fatalf("batch line contains a line break: %s", line)
	}
	var got struct {
		CustomID string          `json:"custom_id"`
		Method   string          `json:"method"`
		URL      string          `json:"url"`
		Body     json.RawMessage `json:"body"`
	}
	if err := json.Unmarshal(line, &got); err != nil {
		t.Fatal(err)
	}
	if got.CustomID != "row-17" || got.Method != "POST" || got.URL != "/v1/chat/completions" {
		t.Errorf("envelope = %+v", got)
	}
	var live, batch any
	json.Unmarshal(srv.LastBody("POST /chat/completions"), &live)
	json.Unmarshal(got.Body, &batch)
	if !jsonEqual(live, batch) {
		t.Errorf("batch body differs from the live body:\nlive  %s\nbatch %s", srv.LastBody("POST /chat/completions"), got.Body)
	}
	if !strings.HasPrefix(string(line), `{"custom_id":"row-17","method":"POST","url":"/v1/chat/completions","body":{`) {
		t.Errorf("field order: %s", line)
	}

	if _, err := BatchLine(userRequest("", "x")); llm.ClassOf(err) != llm.BadRequest {
		t.Errorf("a request without ID: %v, want bad_request", err)
	}
	if _, err := BatchLine(llm.Request{ID: "x"}); llm.ClassOf(err) != llm.BadRequest {
		t.Errorf("an invalid request: %v, want bad_request", err)
	}
}

// TestStatusClassesAndRetries checks each error status for its class and
// for how many times the client hit the server.
func TestStatusClassesAndRetries(t *testing.T) {
	type reply func(w http.ResponseWriter)
	ok := func(w http.ResponseWriter) { completion{Content: "fine"}.Write(w, nil) }
	tests := []struct {
		name     string
		first    reply // first hit
		rest     reply // later hits; nil = same as first
		class    llm.Class
		hits     int
		hintHas  string
		retryAft time.Duration
	}{
		{name: "400", first: func(w http.ResponseWriter) {
			apiError(w, 400, "invalid_request_error", "", "Invalid value for 'messages'")
		}, class: llm.BadRequest, hits: 1},
		{name: "403", first: func(w http.ResponseWriter) {
			apiError(w, 403, "invalid_request_error", "unsupported_country_region_territory", "Country not supported")
		}, class: llm.Forbidden, hits: 1},
		{name: "404 model_not_found", first: func(w http.ResponseWriter) {
			apiError(w, 404, "invalid_request_error", "model_not_found", "The model `gpt-test` does not exist")
		}, class: llm.ModelNotFound, hits: 1, hintHas: "ollama pull gpt-test"},
		{name: "404 Ollama style", first: func(w http.ResponseWriter) {
			apiError(w, 404, "api_error", "", `model "gpt-test" not found, try pulling it first`)
		}, class: llm.ModelNotFound, hits: 1, hintHas: "domainyours train"},
		{name: "404 wrong path", first: func(w http.ResponseWriter) {
			rawError(w, 404, "404 page not found")
		}, class: llm.BadRequest, hits: 1, hintHas: "OPENAI_BASE_URL"},
		{name: "422", first: func(w http.ResponseWriter) {
			apiError(w, 422, "invalid_request_error", "", "Unprocessable")
		}, class: llm.BadRequest, hits: 1},
		{name: "429 insufficient_quota", first: func(w http.ResponseWriter) {
			apiError(w, 429, "insufficient_quota", "insufficient_quota", "You exceeded your current quota", "Retry-After", "1")
		}, class: llm.QuotaExhausted, hits: 1, hintHas: "billing"},
		{name: "502 proxy page then ok", first: func(w http.ResponseWriter) {
			rawError(w, 502, "<html><body>Bad Gateway</body></html>")
		}, rest: ok, hits: 2},
		{name: "503 then ok", first: func(w http.ResponseWriter) {
			apiError(w, 503, "server_error", "", "overloaded", "Retry-After", "0")
		}, rest: ok, hits: 2},
		{name: "504 then ok", first: func(w http.ResponseWriter) { rawError(w, 504, "Gateway Timeout") }, rest: ok, hits: 2},
		{name: "408 then ok", first: func(w http.ResponseWriter) { rawError(w, 408, "Request Timeout") }, rest: ok, hits: 2},
		{name: "409 then ok", first: func(w http.ResponseWriter) {
			apiError(w, 409, "invalid_request_error", "", "conflict")
		}, rest: ok, hits: 2},
		{name: "501 not retried", first: func(w http.ResponseWriter) { rawError(w, 501, "Not Implemented") },
			class: llm.ServerError, hits: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, hit int, _ map[string]any) {
				if hit == 1 || tt.rest == nil {
					tt.first(w)
					return
				}
				tt.rest(w)
			})
			c := newClient(t, newProvider(t, srv.URL), llm.Config{MaxAttempts: 3, Sleep: (&llmtest.SleepRecorder{}).Sleep})
			resp, err := c.Complete(context.Background(), userRequest("r", "hello"))
			e := mustClass(t, err, tt.class)
			if srv.Hits() != tt.hits || (tt.class == "" && resp.Attempts != tt.hits) {
				t.Errorf("server hits %d, attempts %d; want %d", srv.Hits(), resp.Attempts, tt.hits)
			}
			if e == nil {
				if resp.Text != "fine" {
					t.Errorf("text = %q", resp.Text)
				}
				return
			}
			if tt.hintHas != "" && !strings.Contains(e.Hint, tt.hintHas) {
				t.Errorf("hint %q does not mention %q", e.Hint, tt.hintHas)
			}
			if e.RetryAfter != tt.retryAft {
				t.Errorf("RetryAfter = %v, want %v", e.RetryAfter, tt.retryAft)
			}
			if e.Message == "" {
				t.Error("empty message")
			}
		})
	}
}

// TestRetryAfterIsHonoured waits for real where the hint is short, and
// records the intended wait where it is not.
func TestRetryAfterIsHonoured(t *testing.T) {
	limited := func(headers ...string) handleFunc {
		return func(w http.ResponseWriter, _ *http.Request, hit int, _ map[string]any) {
			if hit == 1 {
				apiError(w, 429, "requests", "rate_limit_exceeded", "Rate limit reached", headers...)
				return
			}
			completion{Content: "ok"}.Write(w, nil)
		}
	}
	base := llm.Config{BaseDelay: time.Millisecond, MaxDelay: 10 * time.Millisecond}

	t.Run("seconds, real wait", func(t *testing.T) {
		srv := newFake(t, limited("Retry-After", "1"))
		c := newClient(t, newProvider(t, srv.URL), base)
		start := time.Now()
		if _, err := c.Complete(context.Background(), userRequest("r", "x")); err != nil {
			t.Fatal(err)
		}
		if el := time.Since(start); el < time.Second || srv.Hits() != 2 {
			t.Errorf("took %v with %d hits; want at least 1s and 2 hits", el, srv.Hits())
		}
	})
	t.Run("milliseconds, real wait", func(t *testing.T) {
		srv := newFake(t, limited("Retry-After-Ms", "150"))
		c := newClient(t, newProvider(t, srv.URL), base)
		start := time.Now()
		if _, err := c.Complete(context.Background(), userRequest("r", "x")); err != nil {
			t.Fatal(err)
		}
		if el := time.Since(start); el < 150*time.Millisecond || srv.Hits() != 2 {
			t.Errorf("took %v with %d hits; want at least 150ms and 2 hits", el, srv.Hits())
		}
	})
	t.Run("http date, recorded", func(t *testing.T) {
		date := time.Now().Add(3 * time.Second).UTC().Format(http.TimeFormat)
		srv := newFake(t, limited("Retry-After", date))
		rec := &llmtest.SleepRecorder{}
		cfg := base
		cfg.Sleep = rec.Sleep
		c := newClient(t, newProvider(t, srv.URL), cfg)
		if _, err := c.Complete(context.Background(), userRequest("r", "x")); err != nil {
			t.Fatal(err)
		}
		// The date has whole-second precision, so the hint is 2-3s.
		if w := rec.Waits(); len(w) != 1 || w[0] < 2*time.Second || w[0] > 3*time.Second {
			t.Errorf("waits = %v, want one of 2-3s", w)
		}
	})
	t.Run("capped", func(t *testing.T) {
		srv := newFake(t, limited("Retry-After", "86400"))
		rec := &llmtest.SleepRecorder{}
		cfg := base
		cfg.Sleep, cfg.MaxRetryAfter = rec.Sleep, 2*time.Second
		c := newClient(t, newProvider(t, srv.URL), cfg)
		if _, err := c.Complete(context.Background(), userRequest("r", "x")); err != nil {
			t.Fatal(err)
		}
		if w := rec.Waits(); len(w) != 1 || w[0] != 2*time.Second {
			t.Errorf("waits = %v, want the 2s cap", w)
		}
	})
	t.Run("no hint, backoff", func(t *testing.T) {
		srv := newFake(t, limited())
		rec := &llmtest.SleepRecorder{}
		cfg := base
		cfg.Sleep = rec.Sleep
		c := newClient(t, newProvider(t, srv.URL), cfg)
		if _, err := c.Complete(context.Background(), userRequest("r", "x")); err != nil {
			t.Fatal(err)
		}
		if w := rec.Waits(); len(w) != 1 || w[0] > time.Millisecond {
			t.Errorf("waits = %v, want one within the 1ms first backoff", w)
		}
	})
}

func TestReplyClassification(t *testing.T) {
	tests := []struct {
		name   string
		schema bool
		reply  completion
		raw    string // written instead of reply when set
		class  llm.Class
		msg    string
	}{
		{name: "refusal", schema: true, reply: completion{Refusal: "I can't help with that."}, class: llm.Refusal, msg: "can't help"},
		{name: "content filter", reply: completion{Content: "", Finish: "content_filter"}, class: llm.Refusal},
		{name: "finish length", reply: completion{Content: `{"score":5,"lab`, Finish: "length", CompletionTokens: 9}, class: llm.Truncated, msg: "9 tokens"},
		{name: "truncated JSON with stop", schema: true, reply: completion{Content: `{"score":5,"label":"sa`}, class: llm.Truncated},
		{name: "JSON in prose", schema: true, reply: completion{Content: `Sure! Here you go: {"score":5,"label":"safe"}`}, class: llm.Malformed},
		{name: "JSON in a code fence", schema: true, reply: completion{Content: "```json\n{\"score\":5,\"label\":\"safe\"}\n```"}, class: llm.Malformed},
		{name: "score out of range", schema: true, reply: completion{Content: `{"score":11,"label":"safe"}`}, class: llm.Malformed, msg: "maximum"},
		{name: "unknown enum", schema: true, reply: completion{Content: `{"score":3,"label":"probably fine"}`}, class: llm.Malformed, msg: "allowed values"},
		{name: "missing field", schema: true, reply: completion{Content: `{"score":3}`}, class: llm.Malformed, msg: "label"},
		{name: "duplicate keys", schema: true, reply: completion{Content: `{"score":1,"label":"safe","score":5}`}, class: llm.Malformed, msg: "duplicate"},
		{name: "case-variant keys", schema: true, reply: completion{Content: `{"score":1,"label":"safe","Score":5}`}, class: llm.Malformed, msg: "case"},
		{name: "tool call", reply: completion{Content: "", Finish: "tool_calls"}, class: llm.Malformed},
		{name: "no choices", reply: completion{NoChoices: true}, class: llm.Malformed, msg: "no choices"},
		{name: "body over the size cap", raw: `{"id":"` + strings.Repeat("x", llm.DefaultMaxResponseBytes) + `"}`, class: llm.Malformed, msg: "larger than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ int, _ map[string]any) {
				if tt.raw != "" {
					w.Write([]byte(tt.raw))
					return
				}
				tt.reply.Write(w, nil)
			})
			c := newClient(t, newProvider(t, srv.URL), llm.Config{MaxAttempts: 3, Sleep: (&llmtest.SleepRecorder{}).Sleep})
			req := userRequest("r", "x")
			if tt.schema {
				req = schemaRequest("r")
			}
			resp, err := c.Complete(context.Background(), req)
			e := mustClass(t, err, tt.class)
			if srv.Hits() != 1 {
				t.Errorf("server hits = %d; a bad reply must not be retried", srv.Hits())
			}
			if e == nil {
				if string(resp.JSON) != tt.reply.Content {
					t.Errorf("JSON = %s", resp.JSON)
				}
				return
			}
			if !strings.Contains(e.Message, tt.msg) {
				t.Errorf("message %q does not mention %q", e.Message, tt.msg)
			}
			if resp.JSON != nil {
				t.Errorf("a failed reply must carry no JSON, got %s", resp.JSON)
			}
			if tt.raw == "" && !tt.reply.NoChoices && resp.Usage.CompletionTokens == 0 {
				t.Error("tokens of a rejected reply were not counted")
			}
		})
	}
}

func TestEndlessBodyTimesOut(t *testing.T) {
	srv := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int, _ map[string]any) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"id":"x","choices":[`))
		for {
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(5 * time.Millisecond):
				w.Write([]byte(" "))
			}
		}
	})
	c := newClient(t, newProvider(t, srv.URL), llm.Config{
		AttemptTimeout: 150 * time.Millisecond, TotalTimeout: 3 * time.Second, MaxAttempts: 1,
	})
	start := time.Now()
	_, err := c.Complete(context.Background(), userRequest("r", "x"))
	mustClass(t, err, llm.Timeout)
	if el := time.Since(start); el > time.Second {
		t.Errorf("took %v, want about 150ms", el)
	}
}

func TestConnectionRefusedIsNotRetried(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	c := newClient(t, newProvider(t, "http://"+addr), llm.Config{MaxAttempts: 3, Sleep: (&llmtest.SleepRecorder{}).Sleep})
	resp, err := c.Complete(context.Background(), userRequest("r", "x"))
	e := mustClass(t, err, llm.Unreachable)
	if resp.Attempts != 1 {
		t.Errorf("attempts = %d, want 1: nobody is listening", resp.Attempts)
	}
	for _, want := range []string{"OPENAI_BASE_URL", "ollama serve", addr} {
		if !strings.Contains(e.Hint+e.Message, want) {
			t.Errorf("message %q / hint %q do not mention %q", e.Message, e.Hint, want)
		}
	}
}

func TestBrokenConnectionIsRetried(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(w http.ResponseWriter)
	}{
		{"closed before the reply", func(w http.ResponseWriter) {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
		}},
		{"body cut short", func(w http.ResponseWriter) {
			w.Header().Set("Content-Length", "500")
			w.WriteHeader(200)
			w.Write([]byte(`{"id":"x","choices":[{"index":0,`))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, hit int, _ map[string]any) {
				if hit == 1 {
					tt.break_(w)
					return
				}
				completion{Content: "ok"}.Write(w, nil)
			})
			c := newClient(t, newProvider(t, srv.URL), llm.Config{MaxAttempts: 3, Sleep: (&llmtest.SleepRecorder{}).Sleep})
			resp, err := c.Complete(context.Background(), userRequest("r", "x"))
			if err != nil || resp.Attempts != 2 || resp.Text != "ok" {
				t.Errorf("err %v, attempts %d, text %q; want success on the 2nd attempt", err, resp.Attempts, resp.Text)
			}
		})
	}
}

func TestNewValidatesConfig(t *testing.T) {
	tests := []struct {
		name  string
		cfg   Config
		class llm.Class
		msg   string
	}{
		{"not a URL", Config{BaseURL: "localhost:11434"}, llm.BadRequest, "not an absolute http(s) URL"},
		{"wrong scheme", Config{BaseURL: "ftp://example.com/v1"}, llm.BadRequest, "not an absolute"},
		{"query in base", Config{BaseURL: "http://127.0.0.1/v1?key=" + canaryKey}, llm.BadRequest, "query"},
		{"no key for OpenAI", Config{}, llm.Unauthorized, "no API key"},
		{"no key for OpenAI, explicit", Config{BaseURL: "https://API.openai.com/v1/"}, llm.Unauthorized, "no API key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg)
			e := mustClass(t, err, tt.class)
			if !strings.Contains(e.Message, tt.msg) {
				t.Errorf("message %q does not mention %q", e.Message, tt.msg)
			}
			if strings.Contains(e.Error(), canaryKey) {
				t.Errorf("secret in error: %v", e)
			}
		})
	}
	if _, err := New(Config{BaseURL: "http://127.0.0.1:11434/v1"}); err != nil {
		t.Errorf("a local server needs no key: %v", err)
	}
}

func TestCustomHTTPClientIsWrappedNotModified(t *testing.T) {
	srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ int, _ map[string]any) {
		apiError(w, 429, "requests", "rate_limit_exceeded", "slow down", "Retry-After", "4")
	})
	mine := &http.Client{Timeout: 5 * time.Second}
	p, err := New(Config{BaseURL: srv.URL + "/v1", HTTPClient: mine})
	if err != nil {
		t.Fatal(err)
	}
	defer p.CloseIdleConnections()
	_, err = p.Complete(context.Background(), userRequest("r", "x"))
	if e := mustClass(t, err, llm.RateLimited); e.RetryAfter != 4*time.Second {
		t.Errorf("RetryAfter = %v through a caller's client, want 4s", e.RetryAfter)
	}
	if mine.Transport != nil {
		t.Error("the caller's http.Client was modified")
	}
}
