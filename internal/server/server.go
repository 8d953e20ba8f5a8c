// Package server is the HTTP face of the suggestion service: the JSON API,
// the embedded page, health and readiness, Prometheus metrics, and the
// guardrails that keep one client or a slow backend from taking the service
// down (body limit, timeouts, a cap on backend calls in flight, per-client
// rate limits, bearer-token auth, CORS only when asked for).
//
// Every answer comes from suggestion.Service, the same code path as
// `domainyours suggest`, so the guardrail, prompt, schema and name rules are
// the ones eval measured.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/domainyours/domainyours/internal/availability"
	"github.com/domainyours/domainyours/internal/promtext"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// Defaults of the guardrails; internal/cmd/serve exposes them as flags.
const (
	DefaultMaxBodyBytes   = 64 << 10
	DefaultMaxConcurrent  = 16
	DefaultRateLimit      = 10 // requests per second per client
	DefaultRateBurst      = 20
	DefaultRequestTimeout = 30 * time.Second
	MaxBatch              = 100
)

// Config is everything a Server needs. The zero value of a limit means its
// default, except RateLimit, where 0 turns rate limiting off (set it to
// DefaultRateLimit explicitly for the default).
type Config struct {
	Service *suggestion.Service
	Logger  *slog.Logger // access log at info, failures at warn/error; nil discards

	Temperature *float64 // sent with every request; nil: the backend's default

	// Checker answers "check": true requests; nil refuses them.
	Checker      *availability.Checker
	CheckTimeout time.Duration // for one description's domains; default 5s
	CheckDone    func()        // called after each checked request (saves the cache); may be nil

	Token          string   // bearer token for /v1 and /metrics; "" turns auth off
	RateLimit      float64  // requests/s per client address on /v1; 0 is off
	RateBurst      int      // bucket size; default DefaultRateBurst
	MaxConcurrent  int      // requests calling the backend at once; more get 429
	CORSOrigins    []string // origins allowed to call /v1 from a browser; none: CORS off
	MaxBodyBytes   int64
	RequestTimeout time.Duration // one request's backend work, batch included
	ReadyTimeout   time.Duration // /readyz's backend check; default 3s

	// Connection timeouts of the http.Server (slow clients); zero: defaults.
	ReadHeaderTimeout time.Duration // default 5s
	ReadTimeout       time.Duration // default 15s
	IdleTimeout       time.Duration // default 60s

	// Registry receives the metrics; nil: a fresh registry with the Go and
	// process collectors.
	Registry *promtext.Registry
}

// Server routes requests; build it with New.
type Server struct {
	cfg     Config
	log     *slog.Logger
	metrics *metrics
	limits  *clientLimits
	slots   chan struct{}
	handler http.Handler
}

// New checks cfg and builds the routes.
func New(cfg Config) (*Server, error) {
	if cfg.Service == nil {
		return nil, errors.New("server: no suggestion service")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	switch {
	case cfg.RateLimit < 0:
		return nil, fmt.Errorf("rate limit %g is negative; use 0 to turn it off", cfg.RateLimit)
	case cfg.RateBurst < 0, cfg.MaxConcurrent < 0, cfg.MaxBodyBytes < 0, cfg.RequestTimeout < 0:
		return nil, errors.New("server: negative limit")
	}
	setDefault(&cfg.RateBurst, DefaultRateBurst)
	setDefault(&cfg.MaxConcurrent, DefaultMaxConcurrent)
	setDefault(&cfg.MaxBodyBytes, DefaultMaxBodyBytes)
	setDefault(&cfg.RequestTimeout, DefaultRequestTimeout)
	setDefault(&cfg.ReadyTimeout, 3*time.Second)
	setDefault(&cfg.CheckTimeout, 5*time.Second)
	setDefault(&cfg.ReadHeaderTimeout, 5*time.Second)
	setDefault(&cfg.ReadTimeout, 15*time.Second)
	setDefault(&cfg.IdleTimeout, 60*time.Second)
	if cfg.Registry == nil {
		cfg.Registry = NewRegistry()
	}
	m, err := newMetrics(cfg.Registry)
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, log: cfg.Logger, metrics: m, slots: make(chan struct{}, cfg.MaxConcurrent)}
	if cfg.RateLimit > 0 {
		s.limits = newClientLimits(cfg.RateLimit, cfg.RateBurst)
	}
	s.handler = s.observe(s.routes())
	return s, nil
}

func setDefault[T comparable](v *T, def T) {
	var zero T
	if *v == zero {
		*v = def
	}
}

// Handler is the whole service: routes, guardrails, access log and metrics.
func (s *Server) Handler() http.Handler { return s.handler }

func (s *Server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	// Order: CORS headers even on refusals, then the cheap checks (rate,
	// token) before a backend slot is taken.
	backend := func(h http.HandlerFunc) http.Handler { return s.cors(s.rateLimit(s.auth(s.capped(h)))) }

	mux.Handle("POST /v1/suggest", backend(s.handleSuggest))
	mux.Handle("POST /v1/suggest/batch", backend(s.handleBatch))
	mux.Handle("OPTIONS /v1/suggest", s.cors(http.HandlerFunc(s.preflight)))
	mux.Handle("OPTIONS /v1/suggest/batch", s.cors(http.HandlerFunc(s.preflight)))
	mux.Handle("GET /metrics", s.auth(s.metricsHandler()))
	mux.HandleFunc("GET /healthz", s.handleHealth)
	mux.HandleFunc("GET /readyz", s.handleReady)
	mux.HandleFunc("GET /{$}", s.handlePage)

	// The mux's own 404 and 405 are plain text; the API promises JSON.
	for path, allow := range map[string]string{
		"/v1/suggest": "POST", "/v1/suggest/batch": "POST", "/metrics": "GET, HEAD",
		"/healthz": "GET, HEAD", "/readyz": "GET, HEAD", "/{$}": "GET, HEAD",
	} {
		mux.HandleFunc(path, methodNotAllowed(allow))
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, r, http.StatusNotFound, codeNotFound, "no such endpoint; see docs/api.md for the routes")
	})
	return mux
}

func methodNotAllowed(allow string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		writeError(w, r, http.StatusMethodNotAllowed, codeMethodNotAllowed,
			fmt.Sprintf("%s is not allowed here; use %s", r.Method, allow))
	}
}

// HTTPServer wraps the handler with the connection timeouts. Request
// contexts do not derive from any signal context: a shutdown lets in-flight
// requests finish instead of cancelling their backend calls.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       s.cfg.ReadTimeout,
		// A response may wait for the backend for RequestTimeout, then be written.
		WriteTimeout:   s.cfg.RequestTimeout + 10*time.Second,
		IdleTimeout:    s.cfg.IdleTimeout,
		MaxHeaderBytes: 16 << 10,
		ErrorLog:       slog.NewLogLogger(s.log.Handler(), slog.LevelDebug),
		BaseContext:    func(net.Listener) context.Context { return context.Background() },
	}
}

// Serve answers on ln until ctx is done, then stops accepting connections
// and waits up to shutdownTimeout for the requests in flight to finish.
// It returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener, shutdownTimeout time.Duration) error {
	hs := s.HTTPServer()
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("serving on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	s.log.Info("shutting down: finishing requests in flight", "timeout", shutdownTimeout)
	if err := hs.Shutdown(sctx); err != nil {
		_ = hs.Close() // cutting off what is left; the Shutdown error says why
		return fmt.Errorf("requests still running after --shutdown-timeout %s were cut off: %w", shutdownTimeout, err)
	}
	<-served // http.ErrServerClosed
	return nil
}
