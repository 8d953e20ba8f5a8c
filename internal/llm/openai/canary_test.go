package openai

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/proctest"
	"github.com/domainyours/domainyours/internal/redact"
)

// TestCanaryKeyNeverLeaks runs every outcome against a server that echoes
// the key back in its replies, and looks for the key in everything the
// caller can print: the error text, its message, hint and wrapped chain,
// and debug logs both raw and through the redacting handler.
func TestCanaryKeyNeverLeaks(t *testing.T) {
	echo := "Incorrect API key provided: " + canaryKey + ". Authorization: Bearer " + canaryKey
	tests := []struct {
		name   string
		handle handleFunc
		class  llm.Class
	}{
		{"success", func(w http.ResponseWriter, _ *http.Request, _ int, _ map[string]any) {
			completion{Content: "ok"}.Write(w, nil)
		}, ""},
		{"401 echoing the key", func(w http.ResponseWriter, _ *http.Request, _ int, _ map[string]any) {
			apiError(w, 401, "invalid_request_error", "invalid_api_key", echo)
		}, llm.Unauthorized},
		{"429 echoing the key", func(w http.ResponseWriter, _ *http.Request, _ int, _ map[string]any) {
			apiError(w, 429, "requests", "rate_limit_exceeded", echo, "Retry-After-Ms", "1")
		}, llm.RateLimited},
		{"500 page echoing the header", func(w http.ResponseWriter, r *http.Request, _ int, _ map[string]any) {
			rawError(w, 500, "<pre>upstream failed for "+r.Header.Get("Authorization")+"</pre>")
		}, llm.ServerError},
		{"404 echoing the key", func(w http.ResponseWriter, _ *http.Request, _ int, _ map[string]any) {
			apiError(w, 404, "invalid_request_error", "model_not_found", "model for key "+canaryKey+" not found")
		}, llm.ModelNotFound},
		{"timeout", func(w http.ResponseWriter, r *http.Request, _ int, _ map[string]any) {
			<-r.Context().Done()
		}, llm.Timeout},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFake(t, tt.handle)
			var raw, red proctest.LockedBuffer // written by the logger, read by the test
			opts := &slog.HandlerOptions{Level: slog.LevelDebug}
			rawLog := slog.New(slog.NewJSONHandler(&raw, opts))
			redLog := slog.New(redact.New(canaryKey).Handler(slog.NewJSONHandler(&red, opts)))

			p := newProvider(t, srv.URL)
			for _, logger := range []*slog.Logger{rawLog, redLog} {
				c := newClient(t, p, llm.Config{Logger: logger, MaxAttempts: 2, BaseDelay: time.Millisecond,
					AttemptTimeout: 100 * time.Millisecond, TotalTimeout: time.Second})
				_, err := c.Complete(context.Background(), userRequest("row-1", "a bakery"))
				e := mustClass(t, err, tt.class)
				// The caller logs its own failures too; do what a caller would.
				logger.Debug("call finished", "err", err, "error_detail", fmt.Sprintf("%+v", err))
				if e == nil {
					continue
				}
				var chain []string
				for x := error(e); x != nil; x = errors.Unwrap(x) {
					chain = append(chain, x.Error())
				}
				for _, s := range append(chain, e.Message, e.Hint, fmt.Sprintf("%+v", err), fmt.Sprintf("%#v", e.Message)) {
					if strings.Contains(s, canaryKey) {
						t.Fatalf("canary key in error output: %s", s)
					}
				}
			}
			for name, out := range map[string]string{"raw log": raw.String(), "redacted log": red.String()} {
				if strings.Contains(out, canaryKey) {
					t.Errorf("canary key in %s:\n%s", name, out)
				}
			}
			if tt.class == llm.RateLimited && !strings.Contains(raw.String(), "retrying") {
				t.Errorf("expected a debug line per retry, got:\n%s", raw.String())
			}
		})
	}
}
