package llm

import (
	"context"
	"errors"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		headers map[string]string
		want    time.Duration
	}{
		{"none", nil, 0},
		{"seconds", map[string]string{"Retry-After": "2"}, 2 * time.Second},
		{"fractional seconds", map[string]string{"Retry-After": "1.5"}, 1500 * time.Millisecond},
		{"http date", map[string]string{"Retry-After": now.Add(3 * time.Second).Format(http.TimeFormat)}, 3 * time.Second},
		{"http date in the past", map[string]string{"Retry-After": now.Add(-time.Minute).Format(http.TimeFormat)}, 0},
		{"milliseconds", map[string]string{"Retry-After-Ms": "250"}, 250 * time.Millisecond},
		{"milliseconds win", map[string]string{"Retry-After-Ms": "250", "Retry-After": "9"}, 250 * time.Millisecond},
		{"bad milliseconds fall back", map[string]string{"Retry-After-Ms": "soon", "Retry-After": "4"}, 4 * time.Second},
		{"garbage", map[string]string{"Retry-After": "soon"}, 0},
		{"negative", map[string]string{"Retry-After": "-3"}, 0},
		{"NaN", map[string]string{"Retry-After": "NaN"}, 0},
		{"absurd", map[string]string{"Retry-After": "1e30"}, time.Duration(math.MaxInt64)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{}
			for k, v := range tt.headers {
				h.Set(k, v)
			}
			if got := ParseRetryAfter(h, now); got != tt.want {
				t.Errorf("ParseRetryAfter = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTransportCapturesMetaAndCapsBody(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/limited":
			w.Header().Set("Retry-After", "7")
			w.WriteHeader(http.StatusTooManyRequests)
		case "/ok":
			w.Header().Set("Retry-After", "7") // ignored on success
			io.WriteString(w, "0123456789")
		case "/big":
			io.WriteString(w, strings.Repeat("x", 11))
		}
	}))
	defer srv.Close()
	hc := WrapHTTPClient(nil, 10)
	defer hc.CloseIdleConnections()

	get := func(path string) (*ResponseMeta, []byte, error) {
		ctx, meta := WithResponseMeta(context.Background())
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+path, nil)
		resp, err := hc.Do(req)
		if err != nil {
			return meta, nil, err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		return meta, b, err
	}

	meta, _, err := get("/limited")
	if err != nil {
		t.Fatal(err)
	}
	if meta.Status() != 429 || meta.RetryAfter() != 7*time.Second {
		t.Errorf("429: status %d, retry after %v; want 429, 7s", meta.Status(), meta.RetryAfter())
	}
	meta, body, err := get("/ok")
	if err != nil || string(body) != "0123456789" {
		t.Fatalf("body at the cap: %q, %v", body, err)
	}
	if meta.RetryAfter() != 0 {
		t.Errorf("a 200 should carry no retry hint, got %v", meta.RetryAfter())
	}
	if _, _, err := get("/big"); !errors.Is(err, ErrResponseTooLarge) {
		t.Errorf("body over the cap: err = %v, want ErrResponseTooLarge", err)
	}
}

func TestWrapHTTPClientLeavesOriginalAlone(t *testing.T) {
	orig := &http.Client{Timeout: 3 * time.Second}
	wrapped := WrapHTTPClient(orig, 0)
	if orig.Transport != nil {
		t.Error("the caller's client was modified")
	}
	if wrapped.Timeout != 3*time.Second {
		t.Error("the copy lost the caller's timeout")
	}
	if _, ok := wrapped.Transport.(*metaTransport); !ok {
		t.Errorf("transport %T is not wrapped", wrapped.Transport)
	}
	again := WrapHTTPClient(wrapped, 0)
	if mt := again.Transport.(*metaTransport); mt.base != http.DefaultTransport {
		t.Error("wrapping twice should not stack transports")
	}
}
