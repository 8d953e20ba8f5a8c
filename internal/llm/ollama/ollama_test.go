package ollama

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/llm/llmtest"

	"github.com/domainyours/domainyours/internal/llm"
)

func TestChatRequestAndResponse(t *testing.T) {
	reply := `{"score":4,"label":"safe"}`
	srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ int, _ map[string]any) {
		chatReply{Pieces: pieces(reply), LogProbs: true, Model: "domainyours:v3"}.write(w)
	})
	p, err := New(Config{Host: srv.URL, KeepAlive: 10 * time.Minute, NumCtx: 4096})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.CloseIdleConnections)
	c := newClient(t, p, llm.Config{})
	temp, seed := 0.0, int64(42)
	req := schemaRequest()
	req.System = "You judge domain names."
	req.Temperature, req.Seed, req.MaxTokens, req.LogProbs = &temp, &seed, 300, true

	resp, err := c.Complete(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.Text != reply || string(resp.JSON) != reply {
		t.Errorf("text %q, JSON %s; want the three pieces joined", resp.Text, resp.JSON)
	}
	if resp.Model != "domainyours:v3" || resp.FinishReason != "stop" || resp.Attempts != 1 {
		t.Errorf("model %q, finish %q, attempts %d", resp.Model, resp.FinishReason, resp.Attempts)
	}
	if resp.Usage != (llm.Usage{PromptTokens: 31, CompletionTokens: 9}) || resp.Latency <= 0 {
		t.Errorf("usage %+v, latency %v", resp.Usage, resp.Latency)
	}
	if len(resp.LogProbs) != 3 || resp.LogProbs[2] != (llm.TokenLogProb{Token: pieces(reply)[2], LogProb: -0.75}) {
		t.Errorf("logprobs = %+v", resp.LogProbs)
	}

	var body struct {
		Model    string `json:"model"`
		Messages []struct {
			Role, Content string
		} `json:"messages"`
		Stream    *bool           `json:"stream"`
		Format    json.RawMessage `json:"format"`
		Options   map[string]any  `json:"options"`
		KeepAlive string          `json:"keep_alive"`
		Logprobs  bool            `json:"logprobs"`
	}
	if err := json.Unmarshal(srv.LastBody(), &body); err != nil {
		t.Fatal(err)
	}
	if body.Model != "domainyours:v1" || len(body.Messages) != 2 || body.Messages[0].Role != "system" ||
		body.Messages[0].Content != "You judge domain names." || body.Messages[1].Role != "user" {
		t.Errorf("model/messages = %s %+v", body.Model, body.Messages)
	}
	if body.Stream == nil || !*body.Stream || !body.Logprobs || body.KeepAlive != "10m0s" {
		t.Errorf("stream %v, logprobs %v, keep_alive %q", body.Stream, body.Logprobs, body.KeepAlive)
	}
	if string(body.Format) != judgeSchema {
		t.Errorf("format = %s, want the schema itself", body.Format)
	}
	wantOpts := map[string]float64{"temperature": 0, "seed": 42, "num_predict": 300, "num_ctx": 4096}
	if len(body.Options) != len(wantOpts) {
		t.Errorf("options = %v, want %v", body.Options, wantOpts)
	}
	for k, v := range wantOpts {
		if got, ok := body.Options[k].(float64); !ok || got != v {
			t.Errorf("options[%s] = %v, want %v (temperature 0 must be sent, not dropped)", k, body.Options[k], v)
		}
	}
}

func TestBodyOptions(t *testing.T) {
	warm := 0.7
	tests := []struct {
		name    string
		cfg     Config
		req     llm.Request
		want    []string // substrings of the body
		wantNot []string
	}{
		{"plain request sends only stream", Config{}, userRequest("hi"),
			[]string{`"stream":true`},
			[]string{"temperature", "seed", "num_predict", "num_ctx", "format", "logprobs", "keep_alive"}},
		{"temperature kept", Config{}, func() llm.Request { r := userRequest("hi"); r.Temperature = &warm; return r }(),
			[]string{`"temperature":0.7`}, nil},
		{"keep loaded forever", Config{KeepAlive: -1}, userRequest("hi"), []string{`"keep_alive":-1`}, nil},
		{"system prompt inside the messages is passed as it is", Config{},
			llm.Request{Model: "m", Messages: []llm.Message{{Role: "system", Content: "S"}, {Role: "user", Content: "U"}}},
			[]string{`"messages":[{"role":"system","content":"S"},{"role":"user","content":"U"}]`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := New(tt.cfg)
			if err != nil {
				t.Fatal(err)
			}
			body, err := p.chatRequest(tt.req)
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
	if _, err := newProvider(t, "127.0.0.1:1").Complete(context.Background(), llm.Request{Model: "m"}); llm.ClassOf(err) != llm.BadRequest {
		t.Errorf("a request without messages: %v, want bad_request before any network call", err)
	}
}

// TestStatusClassesAndRetries checks each failure for its class, its hint
// and how many times the client hit the server.
func TestStatusClassesAndRetries(t *testing.T) {
	type reply func(w http.ResponseWriter)
	ok := text("fine")
	tests := []struct {
		name     string
		first    reply // first hit
		rest     reply // later hits; nil = same as first
		class    llm.Class
		hits     int
		msgHas   string
		hintHas  []string
		retryAft time.Duration
	}{
		{name: "404 model", first: func(w http.ResponseWriter) {
			ollamaError(w, 404, "model 'domainyours:v1' not found")
		}, class: llm.ModelNotFound, hits: 1, msgHas: "not found",
			hintHas: []string{"domainyours train --version v1", "ollama pull domainyours:v1"}},
		{name: "404 model from the scheduler", first: func(w http.ResponseWriter) {
			ollamaError(w, 404, `model "domainyours:v1" not found, try pulling it first`)
		}, class: llm.ModelNotFound, hits: 1},
		{name: "404 wrong server", first: func(w http.ResponseWriter) {
			rawReply(w, 404, "404 page not found")
		}, class: llm.BadRequest, hits: 1, hintHas: []string{"OLLAMA_HOST"}},
		{name: "400 bad format", first: func(w http.ResponseWriter) {
			ollamaError(w, 400, "invalid JSON schema in format")
		}, class: llm.BadRequest, hits: 1, msgHas: "invalid JSON schema"},
		{name: "403", first: func(w http.ResponseWriter) {
			ollamaError(w, 403, "forbidden")
		}, class: llm.Forbidden, hits: 1, hintHas: []string{"OLLAMA_HOST"}},
		{name: "503 busy then ok", first: func(w http.ResponseWriter) {
			ollamaError(w, 503, "server busy, please try again.  maximum pending requests exceeded")
		}, rest: ok, hits: 2},
		{name: "503 busy forever", first: func(w http.ResponseWriter) {
			ollamaError(w, 503, "server busy, please try again.  maximum pending requests exceeded", "Retry-After", "2")
		}, class: llm.ServerError, hits: 3, msgHas: "server busy", hintHas: []string{"OLLAMA_MAX_QUEUE"}, retryAft: 2 * time.Second},
		{name: "502 proxy page then ok", first: func(w http.ResponseWriter) {
			rawReply(w, 502, "<html><body>Bad Gateway</body></html>")
		}, rest: ok, hits: 2},
		{name: "error inside a 200 stream then ok", first: func(w http.ResponseWriter) {
			streamThenError(w, "llama runner process has terminated: exit status 2")
		}, rest: ok, hits: 2},
		{name: "error inside a 200 stream forever", first: func(w http.ResponseWriter) {
			streamThenError(w, "llama runner process has terminated: exit status 2")
		}, class: llm.ServerError, hits: 3, msgHas: "runner process has terminated"},
		{name: "stream closed before done then ok", first: func(w http.ResponseWriter) {
			w.Header().Set("Content-Type", "application/x-ndjson")
			w.Write([]byte(`{"model":"domainyours:v1","message":{"role":"assistant","content":"fi"},"done":false}` + "\n"))
		}, rest: ok, hits: 2},
		{name: "stream cut mid-line then ok", first: func(w http.ResponseWriter) {
			w.Header().Set("Content-Type", "application/x-ndjson")
			w.Write([]byte(`{"model":"domainyours:v1","message":{"role":"assistant","content":"fi"},"done":false}` + "\n"))
			w.(http.Flusher).Flush()
			if conn, buf, err := w.(http.Hijacker).Hijack(); err == nil {
				buf.Flush()
				conn.Close()
			}
		}, rest: ok, hits: 2},
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
			resp, err := c.Complete(context.Background(), userRequest("hello"))
			e := mustClass(t, err, tt.class)
			if srv.Hits() != tt.hits || resp.Attempts != tt.hits {
				t.Errorf("server hits %d, attempts %d; want %d", srv.Hits(), resp.Attempts, tt.hits)
			}
			if e == nil {
				if resp.Text != "fine" {
					t.Errorf("text = %q", resp.Text)
				}
				return
			}
			if resp.Text != "" {
				t.Errorf("a failed call returned text %q; a partial reply is not a sample", resp.Text)
			}
			if !strings.Contains(e.Message, tt.msgHas) || e.Message == "" {
				t.Errorf("message %q does not mention %q", e.Message, tt.msgHas)
			}
			for _, h := range tt.hintHas {
				if !strings.Contains(e.Hint, h) {
					t.Errorf("hint %q does not mention %q", e.Hint, h)
				}
			}
			if e.Hint == "" {
				t.Error("no hint")
			}
			if e.RetryAfter != tt.retryAft {
				t.Errorf("RetryAfter = %v, want %v", e.RetryAfter, tt.retryAft)
			}
		})
	}
}

// streamThenError sends two tokens and then the error line Ollama writes
// when generation fails after the 200 header went out.
func streamThenError(w http.ResponseWriter, msg string) {
	w.Header().Set("Content-Type", "application/x-ndjson")
	enc := json.NewEncoder(w)
	for _, tok := range []string{`{"sc`, `ore":`} {
		enc.Encode(map[string]any{"model": "domainyours:v1", "created_at": "2025-01-02T03:04:05Z",
			"message": map[string]any{"role": "assistant", "content": tok}, "done": false})
	}
	w.(http.Flusher).Flush()
	enc.Encode(map[string]string{"error": msg})
}

func TestReplyClassification(t *testing.T) {
	tests := []struct {
		name   string
		schema bool
		reply  func(w http.ResponseWriter)
		class  llm.Class
		msg    string
		tokens bool // the failed reply's tokens are counted
	}{
		{name: "done_reason length", reply: func(w http.ResponseWriter) {
			chatReply{Pieces: []string{`{"score":5,`, `"lab`}, DoneReason: "length", Eval: 12}.write(w)
		}, class: llm.Truncated, msg: "12 tokens", tokens: true},
		{name: "done_reason length with a schema", schema: true, reply: func(w http.ResponseWriter) {
			chatReply{Pieces: []string{`{"score":5,`, `"lab`}, DoneReason: "length", Eval: 12}.write(w)
		}, class: llm.Truncated, tokens: true},
		{name: "truncated JSON with stop", schema: true, reply: text(`{"score":5,"label":"sa`), class: llm.Truncated, tokens: true},
		{name: "not JSON with a schema", schema: true, reply: text(`brightpath, breadly, crumbly`), class: llm.Malformed, tokens: true},
		{name: "JSON in prose", schema: true, reply: text(`Sure! {"score":5,"label":"safe"}`), class: llm.Malformed, tokens: true},
		{name: "score out of range", schema: true, reply: text(`{"score":11,"label":"safe"}`), class: llm.Malformed, msg: "maximum", tokens: true},
		{name: "duplicate keys", schema: true, reply: text(`{"score":1,"label":"safe","score":5}`), class: llm.Malformed, msg: "duplicate", tokens: true},
		{name: "a line of the wrong shape", reply: func(w http.ResponseWriter) {
			w.Write([]byte(`{"model":"m","message":"hello","done":true}` + "\n"))
		}, class: llm.Malformed, msg: "not an Ollama API response"},
		{name: "one line over the SDK buffer", reply: func(w http.ResponseWriter) {
			w.Write([]byte(`{"model":"m","message":{"role":"assistant","content":"` + strings.Repeat("x", 8_100_000) + `"},"done":false}` + "\n"))
		}, class: llm.Malformed, msg: "longer than"},
		{name: "stream over the size cap", reply: func(w http.ResponseWriter) {
			line := []byte(`{"model":"m","message":{"role":"assistant","content":"` + strings.Repeat("x", 1<<16) + `"},"done":false}` + "\n")
			for range llm.DefaultMaxResponseBytes/len(line) + 2 {
				w.Write(line)
			}
		}, class: llm.Malformed, msg: "larger than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ int, _ map[string]any) { tt.reply(w) })
			c := newClient(t, newProvider(t, srv.URL), llm.Config{MaxAttempts: 3, Sleep: (&llmtest.SleepRecorder{}).Sleep})
			req := userRequest("x")
			if tt.schema {
				req = schemaRequest()
			}
			resp, err := c.Complete(context.Background(), req)
			e := mustClass(t, err, tt.class)
			if srv.Hits() != 1 {
				t.Errorf("server hits = %d; a bad reply must not be retried", srv.Hits())
			}
			if e == nil {
				if string(resp.JSON) != `{"score":5,"label":"safe"}` {
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
			if tt.tokens && resp.Usage.CompletionTokens == 0 {
				t.Error("tokens of a rejected reply were not counted")
			}
		})
	}
}

func TestEndlessStreamTimesOut(t *testing.T) {
	srv := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int, _ map[string]any) {
		w.Header().Set("Content-Type", "application/x-ndjson")
		for {
			w.Write([]byte(`{"model":"m","message":{"role":"assistant","content":"na"},"done":false}` + "\n"))
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	})
	c := newClient(t, newProvider(t, srv.URL), llm.Config{
		AttemptTimeout: 150 * time.Millisecond, TotalTimeout: 3 * time.Second, MaxAttempts: 1,
	})
	start := time.Now()
	resp, err := c.Complete(context.Background(), userRequest("x"))
	mustClass(t, err, llm.Timeout)
	if el := time.Since(start); el > time.Second {
		t.Errorf("took %v, want about 150ms", el)
	}
	if resp.Text != "" {
		t.Errorf("a timed-out stream returned text %q", resp.Text[:min(20, len(resp.Text))])
	}
}

func TestUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()
	tests := []struct {
		name, host, hostInMsg string
	}{
		{"connection refused", closed, closed},
		{"unknown host name", "http://nonexistent.invalid:11434", "nonexistent.invalid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newClient(t, newProvider(t, tt.host), llm.Config{MaxAttempts: 3, Sleep: (&llmtest.SleepRecorder{}).Sleep,
				AttemptTimeout: 10 * time.Second})
			resp, err := c.Complete(context.Background(), userRequest("x"))
			e := mustClass(t, err, llm.Unreachable)
			if resp.Attempts != 1 {
				t.Errorf("attempts = %d, want 1: nobody is listening", resp.Attempts)
			}
			for _, want := range []string{"ollama serve", "OLLAMA_HOST", tt.hostInMsg} {
				if !strings.Contains(e.Hint+" "+e.Message, want) {
					t.Errorf("message %q / hint %q do not mention %q", e.Message, e.Hint, want)
				}
			}
		})
	}
}

func TestNewValidatesConfig(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		msg  string
	}{
		{"bad port", Config{Host: "127.0.0.1:99999"}, "port"},
		{"unknown scheme", Config{Host: "tcp://127.0.0.1:11434"}, "scheme"},
		{"negative context", Config{NumCtx: -1}, "negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg)
			e := mustClass(t, err, llm.BadRequest)
			if !strings.Contains(e.Message, tt.msg) || e.Hint == "" {
				t.Errorf("message %q (hint %q) does not mention %q", e.Message, e.Hint, tt.msg)
			}
		})
	}
	p, err := New(Config{})
	if err != nil || p.URL() != "http://127.0.0.1:11434" {
		t.Errorf("default host: %v, %v", p, err)
	}
}

func TestCustomHTTPClientIsWrappedNotModified(t *testing.T) {
	srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ int, _ map[string]any) {
		ollamaError(w, 503, "server busy", "Retry-After", "4")
	})
	mine := &http.Client{Timeout: 5 * time.Second}
	p, err := New(Config{Host: srv.URL, HTTPClient: mine})
	if err != nil {
		t.Fatal(err)
	}
	defer p.CloseIdleConnections()
	_, err = p.Complete(context.Background(), userRequest("x"))
	if e := mustClass(t, err, llm.ServerError); e.RetryAfter != 4*time.Second || e.Status != 503 {
		t.Errorf("status %d, RetryAfter %v through a caller's client; want 503 and 4s", e.Status, e.RetryAfter)
	}
	if mine.Transport != nil {
		t.Error("the caller's http.Client was modified")
	}
}

func TestListModelsAndNewestVersion(t *testing.T) {
	tests := []struct {
		name     string
		tags     []string
		wantName string
		wantN    int
	}{
		{"v10 is newer than v9", []string{"domainyours:v9", "domainyours:v10", "domainyours:v2"}, "domainyours:v10", 10},
		{"malformed tags ignored",
			[]string{"domainyours:v1", "domainyours:latest", "domainyours:v01", "domainyours:v7-rc", "domainyours:v",
				"domainyours:vx", "domainyours:v0", "domainyours:v99999999999", "domainyours", "domainyours-tiny:v50", "other:v99", "domainyours:-v3"},
			"domainyours:v1", 1},
		{"case-insensitive, as Ollama names are", []string{"DomainYours:V4", "domainyours:v3"}, "DomainYours:V4", 4},
		{"none", []string{"llama3.2:latest", "domainyours-tiny:latest"}, "", 0},
		{"empty server", nil, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFake(t, nil)
			srv.SetTags(tt.tags...)
			p := newProvider(t, srv.URL)
			names, err := p.ListModels(context.Background())
			if err != nil || len(names) != len(tt.tags) {
				t.Fatalf("ListModels = %v, %v; want the %d tags", names, err, len(tt.tags))
			}
			name, n, ok, err := p.NewestVersion(context.Background(), "domainyours")
			if err != nil || name != tt.wantName || n != tt.wantN || ok != (tt.wantN > 0) {
				t.Errorf("NewestVersion = %q, %d, %v, %v; want %q, %d", name, n, ok, err, tt.wantName, tt.wantN)
			}
		})
	}

	t.Run("bad prefix", func(t *testing.T) {
		p := newProvider(t, "127.0.0.1:1")
		for _, prefix := range []string{"", "domainyours:v1", "a b"} {
			if _, _, _, err := p.NewestVersion(context.Background(), prefix); llm.ClassOf(err) != llm.BadRequest {
				t.Errorf("prefix %q: %v, want bad_request", prefix, err)
			}
		}
	})
	t.Run("server errors are classified", func(t *testing.T) {
		srv := httpServer(t, func(w http.ResponseWriter, r *http.Request) { ollamaError(w, 500, "disk I/O error") })
		_, _, _, err := newProvider(t, srv).NewestVersion(context.Background(), "domainyours")
		if e := mustClass(t, err, llm.ServerError); !strings.Contains(e.Message, "disk I/O error") {
			t.Errorf("message %q", e.Message)
		}
		srv = httpServer(t, func(w http.ResponseWriter, r *http.Request) { rawReply(w, 200, "<html>hi</html>") })
		_, err = newProvider(t, srv).ListModels(context.Background())
		mustClass(t, err, llm.Malformed)
	})
	t.Run("unreachable", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		_, err = newProvider(t, addr).ListModels(context.Background())
		mustClass(t, err, llm.Unreachable)
	})
}

// TestNewestVersionRefusedLocally checks that NewestVersion's TCP connect
// to a local server's closed port gives the error the SDK's request gives.
func TestNewestVersionRefusedLocally(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()
	for _, host := range []string{closed, "http://" + closed + "/prefix/"} {
		p := newProvider(t, host)
		if p.refused(context.Background()) == nil {
			t.Fatalf("%s: refused = nil, want the connect to find the port closed", host)
		}
		_, _, _, got := p.NewestVersion(context.Background(), "domainyours")
		sdk := *p
		sdk.local = "" // as for a remote server: only the SDK's request
		_, _, _, want := sdk.NewestVersion(context.Background(), "domainyours")
		g, w := mustClass(t, got, llm.Unreachable), mustClass(t, want, llm.Unreachable)
		if g.Error() != w.Error() || g.Hint != w.Hint || g.Message != w.Message {
			t.Errorf("%s: NewestVersion after the connect = %q (hint %q), want the SDK's %q (hint %q)",
				host, g.Error(), g.Hint, w.Error(), w.Hint)
		}
	}

	// Through a caller's client, or with OLLAMA_AUTH (the SDK signs
	// first), only the SDK asks.
	mine, err := New(Config{Host: closed, HTTPClient: &http.Client{}})
	if err != nil {
		t.Fatal(err)
	}
	if mine.refused(context.Background()) != nil {
		t.Error("refused answered for a provider on a caller's client")
	}
	t.Setenv("OLLAMA_AUTH", "1")
	if newProvider(t, closed).refused(context.Background()) != nil {
		t.Error("refused answered with OLLAMA_AUTH set")
	}
}

func httpServer(t *testing.T, h http.HandlerFunc) string {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}
