package ollama

import (
	"context"
	"io"
	"net/http"
	"sync"
)

// The SDK reads a chat stream with a bufio.Scanner and never looks at
// Scanner.Err: a connection that breaks mid-reply, a body over the size cap
// or a line too long for its buffer all end the stream as if it were
// complete. bodyRecorder sees the body from below the SDK so that Complete
// can tell a finished stream from one that was cut off, and why.
type bodyRecorder struct {
	mu   sync.Mutex
	err  error // first read error other than io.EOF
	eof  bool  // the body was read to its end
	head []byte
}

// headLen is how much of the body is kept to tell a JSON stream from an
// HTML page or other text when the SDK reports only "this line".
const headLen = 64

func (r *bodyRecorder) result() (eof bool, head []byte, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.eof, r.head, r.err
}

type recorderKey struct{}

func withBodyRecorder(ctx context.Context) (context.Context, *bodyRecorder) {
	r := &bodyRecorder{}
	return context.WithValue(ctx, recorderKey{}, r), r
}

// recordingTransport attaches the request's bodyRecorder, if any, to the
// response body.
type recordingTransport struct{ base http.RoundTripper }

func (t *recordingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return resp, err
	}
	if rec, ok := req.Context().Value(recorderKey{}).(*bodyRecorder); ok {
		resp.Body = &recordedBody{rc: resp.Body, rec: rec}
	}
	return resp, nil
}

// CloseIdleConnections reaches the wrapped transport, so that
// Provider.CloseIdleConnections releases the pool.
func (t *recordingTransport) CloseIdleConnections() {
	if c, ok := t.base.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}

type recordedBody struct {
	rc  io.ReadCloser
	rec *bodyRecorder
}

func (b *recordedBody) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	b.rec.mu.Lock()
	if len(b.rec.head) < headLen && n > 0 {
		b.rec.head = append(b.rec.head, p[:min(n, headLen-len(b.rec.head))]...)
	}
	switch {
	case err == io.EOF: // io.Reader returns io.EOF itself, never wrapped
		b.rec.eof = true
	case err != nil && b.rec.err == nil:
		b.rec.err = err
	}
	b.rec.mu.Unlock()
	return n, err
}

func (b *recordedBody) Close() error { return b.rc.Close() }
