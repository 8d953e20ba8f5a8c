// Package serve implements `domainyours serve`: flags, checks, and start and
// stop of the HTTP service in internal/server.
package serve

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/domainyours/domainyours/internal/availability"
	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/guard"
	"github.com/domainyours/domainyours/internal/iostreams"
	"github.com/domainyours/domainyours/internal/server"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// Options are the parsed flags of serve.
type Options struct {
	IO      *iostreams.IOStreams
	Backend func(context.Context, factory.BackendSelection) (factory.Choice, error)
	Guard   func(guard.Spec) (guard.Guard, error)
	Server  func(server.Config) (*server.Server, error)
	// Availability builds the checker for "check": true requests.
	Availability func(noCache bool) (*availability.Checker, *availability.Cache, error)

	Addr string

	// The backend and guard flags are suggest's, with the same meaning.
	factory.BackendFlags

	Token           string // DOMAINYOURS_API_TOKEN
	RateLimit       float64
	RateBurst       int
	MaxConcurrent   int
	CORSOrigins     []string
	RequestTimeout  time.Duration
	ShutdownTimeout time.Duration
	CheckTimeout    time.Duration
}

// NewCmdServe returns the serve command; runF replaces the run function in
// tests of flag parsing.
func NewCmdServe(f *factory.Factory, runF func(context.Context, *Options) error) *cobra.Command {
	opts := &Options{IO: f.IOStreams, Backend: f.SuggestBackend, Guard: f.Guard, Availability: f.AvailabilityChecker, Server: func(c server.Config) (*server.Server, error) {
		c.Logger = f.Logger
		return server.New(c)
	}}
	cmd := &cobra.Command{
		Use: "serve",
		// Ctrl-C lets the requests in flight finish (--shutdown-timeout);
		// the process boundary says so instead of counting them abandoned.
		Annotations: map[string]string{factory.InterruptAnnotation: factory.InterruptGraceful},
		Short:       "Serve suggestions over HTTP: JSON API, web page and metrics",
		Long: `Serve the suggestion service over HTTP on --addr (loopback by default).

  POST /v1/suggest        {"description": "a bakery in Lyon", "count": 5, "tlds": ["com"], "seed": 1}
  POST /v1/suggest/batch  {"descriptions": ["...", "..."]} (up to 100)
  GET  /                  a page to type a description into
  GET  /healthz /readyz   liveness; readiness (backend reachable, model present)
  GET  /metrics           Prometheus metrics

Answers are those of 'domainyours suggest --json': the same guardrail, prompt,
schema and name rules. A refusal is a 200 with "refused": true. Errors are JSON
{"error": {"code", "message"}}; docs/api.md lists the codes.

Guardrails: bodies up to 64 KiB, --max-concurrent requests at the backend
(more get 429 with Retry-After), --rate-limit requests/s per client address,
a bearer token when DOMAINYOURS_API_TOKEN is set, CORS only for
--cors-origin. Ctrl-C or SIGTERM stops accepting connections and lets requests
in flight finish for up to --shutdown-timeout. The access log is written at
info level (-v or DOMAINYOURS_LOG_LEVEL=info).`,
		Example: `  domainyours serve
  domainyours serve --addr 127.0.0.1:9000 --backend builtin --rate-limit 0
  curl -s localhost:8080/v1/suggest -H 'Content-Type: application/json' -d '{"description": "a bakery in Lyon"}'`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return exitcode.Usagef("serve takes flags only; see domainyours serve --help", "unexpected argument %q", args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := opts.BackendFlags.Resolve(cmd.Flags(), f.Config); err != nil {
				return err
			}
			opts.Token = f.Config.Get("DOMAINYOURS_API_TOKEN")
			if err := opts.validate(); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return serveRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Addr, "addr", "127.0.0.1:8080", "address to listen on, host:port (port 0 picks a free one)")
	opts.BackendFlags.Add(fl)
	fl.Float64Var(&opts.RateLimit, "rate-limit", server.DefaultRateLimit, "requests per second per client address on /v1 (0: no limit)")
	fl.IntVar(&opts.RateBurst, "rate-burst", server.DefaultRateBurst, "requests a client may send at once before --rate-limit applies")
	fl.IntVar(&opts.MaxConcurrent, "max-concurrent", server.DefaultMaxConcurrent, "requests at the backend at once; more are answered 429 with Retry-After")
	fl.StringSliceVar(&opts.CORSOrigins, "cors-origin", nil, "origins whose pages may call the API, e.g. https://example.com (default: none, CORS off; * allows any)")
	fl.DurationVar(&opts.RequestTimeout, "request-timeout", server.DefaultRequestTimeout, "longest a request may wait for the backend (a batch shares it)")
	fl.DurationVar(&opts.ShutdownTimeout, "shutdown-timeout", 15*time.Second, "on Ctrl-C or SIGTERM, how long requests in flight may take to finish")
	fl.DurationVar(&opts.CheckTimeout, "check-timeout", 5*time.Second, `longest wait for availability answers of one description ("check": true); what is not known by then is unknown`)
	return cmd
}

func (o *Options) validate() error {
	host, port, err := net.SplitHostPort(o.Addr)
	if err != nil || port == "" {
		return exitcode.Usagef("use --addr host:port, e.g. 127.0.0.1:8080 or :8080 for every interface", "--addr %q is not host:port", o.Addr)
	}
	_ = host
	switch {
	case o.RateLimit < 0:
		return exitcode.Usagef("use --rate-limit 0 to turn rate limiting off, or a positive number of requests per second", "--rate-limit %g is negative", o.RateLimit)
	case o.RateBurst < 1:
		return exitcode.Usagef("use --rate-burst 1 or more", "--rate-burst %d is out of range", o.RateBurst)
	case o.MaxConcurrent < 1 || o.MaxConcurrent > 4096:
		return exitcode.Usagef("use --max-concurrent between 1 and 4096", "--max-concurrent %d is out of range", o.MaxConcurrent)
	case o.RequestTimeout <= 0:
		return exitcode.Usagef("use a positive --request-timeout, e.g. 30s", "--request-timeout %s is not positive", o.RequestTimeout)
	case o.ShutdownTimeout <= 0:
		return exitcode.Usagef("use a positive --shutdown-timeout, e.g. 15s", "--shutdown-timeout %s is not positive", o.ShutdownTimeout)
	}
	for _, origin := range o.CORSOrigins {
		if origin == "*" {
			continue
		}
		u, err := url.Parse(origin)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" {
			return exitcode.Usagef("give origins as scheme://host[:port], e.g. https://example.com, or *", "--cors-origin %q is not an origin", origin)
		}
	}
	return nil
}

func serveRun(ctx context.Context, o *Options) error {
	choice, err := o.Backend(ctx, o.BackendSelection)
	if err != nil {
		return err
	}
	fmt.Fprintf(o.IO.ErrOut, "backend: %s\n", choice.Note)
	svc := suggestion.New(choice.Backend)
	// The model guard after the local rules, as in suggest: a guard that
	// cannot answer fails the request (503), never lets it through.
	name, err := factory.AddGuard(svc, o.BackendFlags.Guard, o.Guard)
	if err != nil {
		return err
	}
	if name != "" {
		fmt.Fprintf(o.IO.ErrOut, "guard: %s\n", name)
	}
	// Build the generator or ask the model server now, not on the first request.
	if rc, ok := choice.Backend.(suggestion.ReadyChecker); ok {
		rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err := rc.Ready(rctx)
		cancel()
		if err != nil {
			fmt.Fprintf(o.IO.ErrOut, "warning: the backend is not ready yet (%v); /readyz answers 503 until it is\n", err)
		}
	}
	origins := make([]string, len(o.CORSOrigins))
	for i, c := range o.CORSOrigins {
		origins[i] = strings.TrimRight(c, "/")
	}
	if o.CheckTimeout <= 0 {
		return exitcode.Usagef("use --check-timeout above 0, e.g. 5s", "--check-timeout %v is out of range", o.CheckTimeout)
	}
	// Requests with "check": true ask registries; nothing is sent otherwise.
	checker, cache, err := o.Availability(false)
	if err != nil {
		return err
	}
	saveCache := func() { cache.SaveOrWarn(o.IO.ErrOut) }
	srv, err := o.Server(server.Config{
		Checker: checker, CheckTimeout: o.CheckTimeout, CheckDone: saveCache,
		Service: svc, Temperature: o.Temperature, Token: o.Token,
		RateLimit: o.RateLimit, RateBurst: o.RateBurst, MaxConcurrent: o.MaxConcurrent,
		CORSOrigins: origins, RequestTimeout: o.RequestTimeout,
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return exitcode.New(exitcode.Usage, fmt.Errorf("cannot listen on --addr %s: %w", o.Addr, err),
			"pick another --addr (port 0 picks a free one), or stop what is using it")
	}
	addr := ln.Addr().(*net.TCPAddr)
	if !addr.IP.IsLoopback() && o.Token == "" {
		fmt.Fprintln(o.IO.ErrOut, "warning: listening beyond this machine without DOMAINYOURS_API_TOKEN; anyone who can reach it can use it")
	}
	// Tests and scripts read the address from this line (with --addr :0).
	fmt.Fprintf(o.IO.ErrOut, "serving on http://%s (Ctrl-C stops)\n", ln.Addr())
	err = srv.Serve(ctx, ln, o.ShutdownTimeout)
	if errors.Is(ctx.Err(), context.Canceled) && err == nil {
		fmt.Fprintln(o.IO.ErrOut, "server stopped; every request in flight was answered")
	}
	return err
}
