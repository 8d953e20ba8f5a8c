package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/domainyours/domainyours/internal/lazyregexp"
)

// requestInfo collects what the access log and metrics report about one
// request; handlers fill it in through the context.
type requestInfo struct {
	id       string
	errCode  string
	category string // refusal category of a single suggestion
	refused  int    // refusals in the answer (batch: all of them)
}

type infoKey struct{}

func infoOf(ctx context.Context) *requestInfo {
	if i, ok := ctx.Value(infoKey{}).(*requestInfo); ok {
		return i
	}
	return &requestInfo{}
}

// A client's X-Request-Id is kept when it is short and plain, so it can be
// followed through the client's own logs; anything else is replaced.
var requestIDRE = lazyregexp.New(`^[A-Za-z0-9._:-]{1,64}$`)

func newRequestID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	return hex.EncodeToString(b[:])
}

// statusRecorder remembers the status written, for the log and metrics.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// statusClientGone is recorded when the client left before an answer was
// written (nginx's convention); it is never sent.
const statusClientGone = 499

// observe is the outermost layer: request id, panic recovery, security
// headers, in-flight gauge, per-route counts and latencies, access log.
func (s *Server) observe(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		info := &requestInfo{id: r.Header.Get("X-Request-Id")}
		if !requestIDRE.MatchString(info.id) {
			info.id = newRequestID()
		}
		r = r.WithContext(context.WithValue(r.Context(), infoKey{}, info))
		h := w.Header()
		h.Set("X-Request-Id", info.id)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		rec := &statusRecorder{ResponseWriter: w}

		s.metrics.inFlight.Inc()
		defer func() {
			s.metrics.inFlight.Dec()
			if p := recover(); p != nil {
				if err, ok := p.(error); ok && errors.Is(err, http.ErrAbortHandler) {
					panic(p)
				}
				// The stack goes to the log, never to the client.
				s.log.Error("panic while serving", "request_id", info.id, "panic", p, "stack", string(debug.Stack()))
				if rec.status == 0 {
					writeError(rec, r, http.StatusInternalServerError, codeInternal, "the server failed on this request; it has been logged")
				}
			}
			status := rec.status
			if status == 0 {
				status = statusClientGone
				if r.Context().Err() == nil {
					status = http.StatusOK // a handler that wrote nothing
				}
			}
			route := r.Pattern // set by the mux on this request
			if route == "" || route == "/" {
				route = "unmatched"
			}
			elapsed := time.Since(start)
			code := strconv.Itoa(status)
			s.metrics.requests.WithLabelValues(route, code).Inc()
			s.metrics.duration.WithLabelValues(route).Observe(elapsed.Seconds())
			attrs := []slog.Attr{
				slog.String("request_id", info.id), slog.String("method", r.Method), slog.String("route", route),
				slog.Int("status", status), slog.Float64("duration_ms", float64(elapsed.Microseconds())/1000),
				slog.Int64("bytes", rec.bytes),
			}
			if info.errCode != "" {
				attrs = append(attrs, slog.String("error_code", info.errCode))
			}
			if info.category != "" {
				attrs = append(attrs, slog.String("refusal_category", info.category))
			}
			if info.refused > 0 {
				attrs = append(attrs, slog.Int("refused", info.refused))
			}
			// The description is never logged at info level: it is the client's data.
			s.log.LogAttrs(r.Context(), slog.LevelInfo, "request", attrs...)
		}()
		mux.ServeHTTP(rec, r)
	})
}
