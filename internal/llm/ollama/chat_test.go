package ollama

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/llm"
)

// TestChatHeaders checks that the chat request carries the headers the SDK
// sends, so that servers and proxies see no difference.
func TestChatHeaders(t *testing.T) {
	var mu sync.Mutex
	var got http.Header
	var method string
	srv := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int, _ map[string]any) {
		mu.Lock()
		got, method = r.Header.Clone(), r.Method
		mu.Unlock()
		text("fine")(w)
	})
	if _, err := newProvider(t, srv.URL).Complete(context.Background(), userRequest("hi")); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if method != http.MethodPost {
		t.Errorf("method %s, want POST", method)
	}
	for name, want := range map[string]string{"Content-Type": "application/json", "Accept": "application/x-ndjson", "User-Agent": userAgent} {
		if got.Get(name) != want {
			t.Errorf("%s = %q, want %q", name, got.Get(name), want)
		}
	}
	if !strings.HasPrefix(userAgent, "ollama/") {
		t.Errorf("User-Agent %q is not the SDK's", userAgent)
	}
	if got.Get("Authorization") != "" {
		t.Error("a local server got an Authorization header")
	}
}

// TestChatReusesConnection checks that a finished stream is read to its end,
// so that calls in a row share one connection instead of dialling each time.
// The server ends the body a moment after the final message, so that the
// end is not already buffered when that message is read.
func TestChatReusesConnection(t *testing.T) {
	var mu sync.Mutex
	remotes := map[string]bool{}
	srv := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int, _ map[string]any) {
		mu.Lock()
		remotes[r.RemoteAddr] = true
		mu.Unlock()
		text("fine")(w)
		w.(http.Flusher).Flush()
		time.Sleep(20 * time.Millisecond)
	})
	p := newProvider(t, srv.URL)
	for range 4 {
		if _, err := p.Complete(context.Background(), userRequest("hi")); err != nil {
			t.Fatal(err)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if len(remotes) != 1 {
		t.Errorf("4 calls in a row used %d connections, want 1", len(remotes))
	}
}

// TestStreamEdges covers stream shapes the fake of ollama_test.go does not
// write: the error mapping of each is fixed by streamError.
func TestStreamEdges(t *testing.T) {
	const piece = `{"model":"m","message":{"role":"assistant","content":"ab"},"done":false}`
	const final = `{"model":"m","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","eval_count":2}`
	tests := []struct {
		name  string
		body  string
		class llm.Class
		msg   string
		text  string
	}{
		{name: "blank lines between chunks are skipped", body: piece + "\n\n \r\n" + final + "\n", text: "ab"},
		{name: "final line without a newline", body: piece + "\n" + final, text: "ab"},
		{name: "lines after the final message are not read as chunks", body: final + "\n" + "<html>late</html>\n", text: ""},
		{name: "a line that is not JSON at all", body: piece + "\nnot json\n", class: llm.Malformed, msg: "not an Ollama chat stream"},
		{name: "a broken JSON line", body: `{"model":"m","mess` + "\n", class: llm.Malformed, msg: "not an Ollama API response"},
		{name: "an error line is the server's failure", body: piece + "\n" + `{"error":"out of memory"}` + "\n", class: llm.ServerError, msg: "out of memory"},
		{name: "an empty body", body: "", class: llm.Unreachable, msg: "before its final message"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ int, _ map[string]any) {
				w.Header().Set("Content-Type", "application/x-ndjson")
				io.WriteString(w, tt.body)
			})
			resp, err := newProvider(t, srv.URL).Complete(context.Background(), userRequest("x"))
			e := mustClass(t, err, tt.class)
			if e == nil {
				if resp.Text != tt.text || resp.FinishReason != "stop" {
					t.Errorf("text %q, finish %q; want %q, stop", resp.Text, resp.FinishReason, tt.text)
				}
				return
			}
			if !strings.Contains(e.Message, tt.msg) || resp.Text != "" {
				t.Errorf("message %q (text %q); want it to mention %q and no text", e.Message, resp.Text, tt.msg)
			}
		})
	}
}

// TestErrorStatusBody checks that an error response's message comes from
// Ollama's JSON body, else from the body as text, else from the status.
func TestErrorStatusBody(t *testing.T) {
	tests := []struct {
		name, body string
		status     int
		class      llm.Class
		msg        string
	}{
		{"JSON error", `{"error":"invalid option num_ctx"}`, 400, llm.BadRequest, "invalid option num_ctx"},
		{"a page over several lines", "<html>\n<body>Bad Gateway</body>\n</html>", 502, llm.ServerError, "<html> <body>Bad Gateway</body> </html>"},
		{"no body", "", 502, llm.ServerError, "Bad Gateway"},
		{"JSON without a message", `{}`, 500, llm.ServerError, "Internal Server Error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ int, _ map[string]any) {
				w.WriteHeader(tt.status)
				io.WriteString(w, tt.body)
			})
			_, err := newProvider(t, srv.URL).Complete(context.Background(), userRequest("x"))
			e := mustClass(t, err, tt.class)
			if e.Message != tt.msg || e.Status != tt.status {
				t.Errorf("message %q, status %d; want %q, %d", e.Message, e.Status, tt.msg, tt.status)
			}
		})
	}
}

func TestLineReader(t *testing.T) {
	long := strings.Repeat("x", 3*readBufSize+17)
	atCap := strings.Repeat("y", maxLineBytes-1) + "\n"
	tests := []struct {
		name  string
		body  string
		lines []string // with their newlines
		end   error    // what the last call returns
		grows bool     // a line is longer than the reader's buffer
	}{
		{"short lines", "a\nbc\n", []string{"a\n", "bc\n"}, io.EOF, false},
		{"a line over several buffers, then a short one", long + "\nz\n", []string{long + "\n", "z\n"}, io.EOF, true},
		{"a last line without a newline comes with io.EOF", "a\n" + long, []string{"a\n", long}, io.EOF, true},
		{"a line at the cap", atCap, []string{atCap}, io.EOF, true},
		{"a line over the cap", "a\n" + strings.Repeat("y", maxLineBytes) + "\n", []string{"a\n"}, errLineTooLong, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lr := lineReader{r: bufio.NewReaderSize(strings.NewReader(tt.body), readBufSize)}
			var got []string
			var err error
			for err == nil {
				var line []byte
				line, err = lr.next()
				if len(line) > 0 {
					got = append(got, string(line))
				}
			}
			if err != tt.end {
				t.Errorf("ended with %v, want %v", err, tt.end)
			}
			if len(got) != len(tt.lines) {
				t.Fatalf("%d lines, want %d", len(got), len(tt.lines))
			}
			for i := range got {
				if got[i] != tt.lines[i] {
					t.Errorf("line %d has %d bytes, want %d", i, len(got[i]), len(tt.lines[i]))
				}
			}
			if grew := cap(lr.long) > 0; grew != tt.grows {
				t.Errorf("extra buffer allocated: %v, want %v", grew, tt.grows)
			}
		})
	}
}

// A cancel that comes while the adapter holds half an NDJSON line (the
// server sent a line and a half, then stalled) is Canceled: the half line
// is never parsed into a malformed-reply error, and no text comes back.
func TestCancelInsideAPartialLine(t *testing.T) {
	const sent = `{"model":"domainyours:v1","message":{"role":"assistant","content":"fi"},"done":false}` + "\n" + `{"model":"domainyours:v1","mess`
	srv := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int, _ map[string]any) {
		w.Header().Set("Content-Type", "application/x-ndjson")
		w.Write([]byte(sent))
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	})
	read := make(chan struct{})
	hc := &http.Client{Transport: &countBody{base: &http.Transport{}, want: len(sent), reached: read}}
	p, err := New(Config{Host: srv.URL, HTTPClient: hc})
	if err != nil {
		t.Fatal(err)
	}
	defer p.CloseIdleConnections()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		<-read // the client has the half line
		cancel()
	}()
	// The adapter itself, not llm.Client (which decides by the caller's
	// context first), must say Canceled.
	resp, err := p.Complete(ctx, userRequest("x"))
	mustClass(t, err, llm.Canceled)
	if resp.Text != "" {
		t.Errorf("a canceled call returned text %q", resp.Text)
	}
}

// countBody closes reached once want bytes of a response body were read.
type countBody struct {
	base    *http.Transport
	want    int
	reached chan struct{}
	once    sync.Once
}

func (c *countBody) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := c.base.RoundTrip(r)
	if err == nil {
		resp.Body = &countingReader{ReadCloser: resp.Body, c: c}
	}
	return resp, err
}

func (c *countBody) CloseIdleConnections() { c.base.CloseIdleConnections() }

type countingReader struct {
	io.ReadCloser
	c *countBody
	n int
}

func (r *countingReader) Read(p []byte) (int, error) {
	n, err := r.ReadCloser.Read(p)
	if r.n += n; r.n >= r.c.want {
		r.c.once.Do(func() { close(r.c.reached) })
	}
	return n, err
}
