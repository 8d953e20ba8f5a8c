package llm

import (
	"context"
	"errors"
	"io"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// DefaultMaxResponseBytes caps a response body. A chat reply for our prompts
// is a few kilobytes; a server that streams megabytes is broken or hostile,
// and reading it all would only cost memory.
const DefaultMaxResponseBytes = 8 << 20

// ErrResponseTooLarge is returned while reading a body past the cap.
var ErrResponseTooLarge = errors.New("response body is larger than the limit")

// NewHTTPClient returns an *http.Client for LLM servers. Connect and TLS
// handshakes are bounded; the whole request is bounded only by a generous
// backstop, because generating a reply legitimately takes minutes and
// Client's per-attempt timeout is the real limit. It keeps enough idle
// connections per host for 64 concurrent calls (the net/http default of 2
// would reconnect on almost every call under load), honours the standard
// proxy variables, caps response bodies at DefaultMaxResponseBytes and
// records the metadata that WithResponseMeta exposes.
func NewHTTPClient() *http.Client {
	t := &http.Transport{
		Proxy: http.ProxyFromEnvironment,
		DialContext: (&net.Dialer{
			Timeout:   10 * time.Second,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          256,
		MaxIdleConnsPerHost:   64,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	return &http.Client{
		Transport: &metaTransport{base: t, maxBody: DefaultMaxResponseBytes},
		Timeout:   15 * time.Minute,
	}
}

// WrapHTTPClient returns a shallow copy of c whose transport also caps
// response bodies at maxBody bytes (DefaultMaxResponseBytes when 0) and
// records response metadata. A nil c gives NewHTTPClient. The caller's
// client is not modified.
func WrapHTTPClient(c *http.Client, maxBody int64) *http.Client {
	if maxBody <= 0 {
		maxBody = DefaultMaxResponseBytes
	}
	if c == nil {
		c = NewHTTPClient()
		c.Transport.(*metaTransport).maxBody = maxBody
		return c
	}
	cp := *c
	base := cp.Transport
	if m, ok := base.(*metaTransport); ok {
		base = m.base
	}
	if base == nil {
		base = http.DefaultTransport
	}
	cp.Transport = &metaTransport{base: base, maxBody: maxBody}
	return &cp
}

// ResponseMeta holds what an adapter's SDK does not expose from the HTTP
// response: the status and the server's retry hint.
type ResponseMeta struct {
	mu         sync.Mutex
	status     int
	retryAfter time.Duration
}

// Status is the HTTP status of the last response, 0 before one arrived.
func (m *ResponseMeta) Status() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.status
}

// RetryAfter is the last response's wait hint, 0 when it gave none.
func (m *ResponseMeta) RetryAfter() time.Duration {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.retryAfter
}

type metaKey struct{}

// WithResponseMeta returns a context that makes a client from NewHTTPClient
// or WrapHTTPClient record the metadata of responses to requests made with
// it. Adapters create one per attempt, since SDK errors drop the headers.
func WithResponseMeta(ctx context.Context) (context.Context, *ResponseMeta) {
	m := &ResponseMeta{}
	return context.WithValue(ctx, metaKey{}, m), m
}

type metaTransport struct {
	base    http.RoundTripper
	maxBody int64
}

func (t *metaTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return resp, err
	}
	if m, ok := req.Context().Value(metaKey{}).(*ResponseMeta); ok {
		m.mu.Lock()
		m.status = resp.StatusCode
		m.retryAfter = 0
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
			m.retryAfter = ParseRetryAfter(resp.Header, time.Now())
		}
		m.mu.Unlock()
	}
	resp.Body = &cappedBody{rc: resp.Body, left: t.maxBody}
	return resp, nil
}

// CloseIdleConnections lets http.Client.CloseIdleConnections reach the
// wrapped transport, so callers can release connections when a run ends.
func (t *metaTransport) CloseIdleConnections() {
	if c, ok := t.base.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}

type cappedBody struct {
	rc   io.ReadCloser
	left int64
}

func (b *cappedBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		// At the cap: any further byte means the body is too large.
		var one [1]byte
		n, err := b.rc.Read(one[:])
		if n > 0 {
			return 0, ErrResponseTooLarge
		}
		return 0, err
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	return n, err
}

func (b *cappedBody) Close() error { return b.rc.Close() }

// ParseRetryAfter reads a server's wait hint: Retry-After-Ms (milliseconds,
// sent by OpenAI and Azure) takes precedence as the more precise value,
// then Retry-After as delay-seconds or as an HTTP date relative to now.
// It returns 0 when there is no usable hint; a date in the past is 0 too.
func ParseRetryAfter(h http.Header, now time.Time) time.Duration {
	if v := strings.TrimSpace(h.Get("Retry-After-Ms")); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms > 0 && !math.IsInf(ms, 0) {
			return clampDuration(ms * float64(time.Millisecond))
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil {
		if s <= 0 || math.IsNaN(s) {
			return 0
		}
		return clampDuration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

// clampDuration converts nanoseconds to a Duration without overflowing on
// absurd hints; Client caps the wait again at its configured maximum.
func clampDuration(ns float64) time.Duration {
	if ns >= math.MaxInt64 || math.IsNaN(ns) {
		return time.Duration(math.MaxInt64)
	}
	return time.Duration(ns)
}
