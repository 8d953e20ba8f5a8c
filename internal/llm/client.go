package llm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// Config tunes a Client. Zero values take the defaults named on each field;
// negative values are configuration errors.
type Config struct {
	// MaxAttempts bounds the requests per call, the first included. Default 4.
	MaxAttempts int
	// BaseDelay is the backoff ceiling before the first retry; it doubles
	// per retry up to MaxDelay. Defaults 500ms and 30s.
	BaseDelay time.Duration
	MaxDelay  time.Duration
	// MaxRetryAfter caps how long a server's Retry-After hint may make us
	// wait. Default 60s.
	MaxRetryAfter time.Duration
	// AttemptTimeout bounds one request; TotalTimeout bounds the whole call
	// including retries and waits. Defaults 2m and 10m.
	AttemptTimeout time.Duration
	TotalTimeout   time.Duration
	// Concurrency bounds requests in flight when Semaphore is nil. Default 8.
	Concurrency int
	// Semaphore, when set, is shared with other Clients that talk to the
	// same backend, so their combined load stays bounded.
	Semaphore *Semaphore
	// RateLimiter, when set, paces requests (each attempt takes one token);
	// it may be shared between Clients too.
	RateLimiter *rate.Limiter
	// Prices maps a model name to its price, for cost estimates.
	Prices map[string]Price
	// Rand draws the backoff jitter; set a seeded one for repeatable tests.
	Rand *rand.Rand
	// Sleep waits between attempts; tests replace it to record the waits.
	// It must return early with ctx.Err() when ctx ends.
	Sleep func(ctx context.Context, d time.Duration) error
	// Logger receives one debug line per failed attempt. It never sees
	// prompts, replies or keys. Default: discard.
	Logger *slog.Logger
}

// Price is a model's price in US dollars per million tokens.
type Price struct {
	InputPerMTok  float64
	OutputPerMTok float64
}

// Cost is the price of u.
func (p Price) Cost(u Usage) float64 {
	return (float64(u.PromptTokens)*p.InputPerMTok + float64(u.CompletionTokens)*p.OutputPerMTok) / 1e6
}

// RunUsage is what a Client has spent since it was made.
type RunUsage struct {
	Calls            int // calls made through Complete
	Failed           int // calls that ended in an error
	Attempts         int // requests sent, retries included
	PromptTokens     int64
	CompletionTokens int64
	// CostUSD sums the calls whose model has a price. It is a lower bound
	// when UnpricedCalls > 0: those calls used tokens of a model missing
	// from the price table, and their cost is unknown rather than zero.
	CostUSD       float64
	UnpricedCalls int
}

// CostKnown reports whether CostUSD covers every call.
func (u RunUsage) CostKnown() bool { return u.UnpricedCalls == 0 }

// inFlight counts the requests of every Client in the process that were
// sent and are waiting for their reply.
var inFlight atomic.Int64

// InFlight returns how many requests, over every Client in the process, are
// sent and waiting for their reply. On Ctrl-C the process boundary says how
// many it abandons: their replies are not waited for, and a paid API may
// bill them although no result of theirs is kept.
func InFlight() int { return int(inFlight.Load()) }

// Semaphore bounds how many requests are in flight.
type Semaphore struct{ slots chan struct{} }

// NewSemaphore returns a Semaphore with n slots; n must be at least 1.
func NewSemaphore(n int) *Semaphore {
	if n < 1 {
		n = 1
	}
	return &Semaphore{slots: make(chan struct{}, n)}
}

// Acquire takes a slot, or returns ctx.Err() if ctx ends first.
func (s *Semaphore) Acquire(ctx context.Context) error {
	select {
	case s.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Release frees a slot taken by Acquire.
func (s *Semaphore) Release() { <-s.slots }

// Client calls a Provider with retries, timeouts, limits, strict decoding of
// structured replies and accounting. It is safe for concurrent use.
type Client struct {
	p     Provider
	cfg   Config
	sem   *Semaphore
	sleep func(context.Context, time.Duration) error
	log   *slog.Logger

	randMu sync.Mutex
	rand   *rand.Rand

	// unauthorized holds the first 401 seen: a wrong key will not become
	// right mid-run, so every later call fails at once instead of
	// hammering the server and filling the results with the same error.
	unauthorized atomic.Pointer[Error]

	mu    sync.Mutex
	usage RunUsage
}

// NewClient wraps p. It returns an error naming the field when cfg holds a
// negative or contradictory value.
func NewClient(p Provider, cfg Config) (*Client, error) {
	if p == nil {
		return nil, errors.New("llm: NewClient needs a Provider")
	}
	for _, f := range []struct {
		name string
		v    int64
	}{
		{"MaxAttempts", int64(cfg.MaxAttempts)},
		{"BaseDelay", int64(cfg.BaseDelay)},
		{"MaxDelay", int64(cfg.MaxDelay)},
		{"MaxRetryAfter", int64(cfg.MaxRetryAfter)},
		{"AttemptTimeout", int64(cfg.AttemptTimeout)},
		{"TotalTimeout", int64(cfg.TotalTimeout)},
		{"Concurrency", int64(cfg.Concurrency)},
	} {
		if f.v < 0 {
			return nil, fmt.Errorf("llm: Config.%s is negative (%d); use 0 for the default or a positive value", f.name, f.v)
		}
	}
	setDefault(&cfg.MaxAttempts, 4)
	setDefault(&cfg.BaseDelay, 500*time.Millisecond)
	setDefault(&cfg.MaxDelay, 30*time.Second)
	setDefault(&cfg.MaxRetryAfter, 60*time.Second)
	setDefault(&cfg.AttemptTimeout, 2*time.Minute)
	setDefault(&cfg.TotalTimeout, 10*time.Minute)
	setDefault(&cfg.Concurrency, 8)
	if cfg.BaseDelay > cfg.MaxDelay {
		return nil, fmt.Errorf("llm: Config.BaseDelay %s is above MaxDelay %s", cfg.BaseDelay, cfg.MaxDelay)
	}
	if cfg.AttemptTimeout > cfg.TotalTimeout {
		return nil, fmt.Errorf("llm: Config.AttemptTimeout %s is above TotalTimeout %s", cfg.AttemptTimeout, cfg.TotalTimeout)
	}
	for model, pr := range cfg.Prices {
		if pr.InputPerMTok < 0 || pr.OutputPerMTok < 0 {
			return nil, fmt.Errorf("llm: price of model %q is negative", model)
		}
	}
	c := &Client{p: p, cfg: cfg, sem: cfg.Semaphore, sleep: cfg.Sleep, log: cfg.Logger, rand: cfg.Rand}
	if c.sem == nil {
		c.sem = NewSemaphore(cfg.Concurrency)
	}
	if c.sleep == nil {
		c.sleep = sleepCtx
	}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	if c.rand == nil {
		c.rand = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
	}
	return c, nil
}

func setDefault[T comparable](v *T, def T) {
	var zero T
	if *v == zero {
		*v = def
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Provider returns the wrapped Provider.
func (c *Client) Provider() Provider { return c.p }

// Usage returns the totals so far.
func (c *Client) Usage() RunUsage {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.usage
}

// Cost estimates what u cost for model; ok is false when the price table has
// no entry for it.
func (c *Client) Cost(model string, u Usage) (usd float64, ok bool) {
	p, ok := c.cfg.Prices[model]
	if !ok {
		return 0, false
	}
	return p.Cost(u), true
}

// Complete sends req, retrying what Retryable allows, and returns the reply.
// With a Schema, Response.JSON holds the strictly decoded reply. On error
// the Response still carries the attempts made, the tokens spent and the
// last reply text, for the failure record.
func (c *Client) Complete(ctx context.Context, req Request) (Response, error) {
	start := time.Now()
	resp, err := c.complete(ctx, req)
	resp.Latency = time.Since(start)
	c.account(req, resp, err)
	return resp, err
}

func (c *Client) complete(parent context.Context, req Request) (Response, error) {
	if e := c.stickyUnauthorized(); e != nil {
		return Response{}, e
	}
	if err := req.Validate(); err != nil {
		return Response{}, err
	}
	call, cancel := context.WithTimeout(parent, c.cfg.TotalTimeout)
	defer cancel()

	var (
		total Usage
		last  Response
	)
	for attempt := 1; ; attempt++ {
		resp, e := c.attempt(parent, call, req)
		total = total.Add(resp.Usage)
		if e == nil {
			resp.Attempts, resp.Usage = attempt, total
			return resp, nil
		}
		last = resp
		last.Attempts, last.Usage = attempt, total
		if e.Class == Unauthorized {
			c.unauthorized.CompareAndSwap(nil, e)
		}
		if !e.Retryable() || attempt >= c.cfg.MaxAttempts || call.Err() != nil {
			c.log.Debug("llm call failed",
				"provider", c.p.Name(), "model", req.Model, "id", req.ID, "attempts", attempt,
				"class", string(e.Class), "status", e.Status)
			return last, gaveUp(e, attempt, "")
		}
		wait := c.backoff(attempt, e.RetryAfter)
		if dl, ok := call.Deadline(); ok && time.Until(dl) < wait {
			// Name the deadline that binds: the command's own (--timeout)
			// is often the nearer one.
			limit := fmt.Sprintf("the total timeout of %s", c.cfg.TotalTimeout)
			if pdl, ok := parent.Deadline(); ok && !pdl.After(dl) {
				limit = fmt.Sprintf("the command's deadline (--timeout), %s away", time.Until(pdl).Round(time.Second))
			}
			return last, gaveUp(e, attempt, fmt.Sprintf("; the next retry, in %s, would pass %s",
				wait.Round(time.Millisecond), limit))
		}
		c.log.Debug("llm attempt failed, retrying",
			"provider", c.p.Name(), "model", req.Model, "id", req.ID, "attempt", attempt,
			"class", string(e.Class), "status", e.Status, "wait", wait)
		if err := c.sleep(call, wait); err != nil {
			return last, c.stopped(parent, call, err)
		}
	}
}

// attempt makes one request under the concurrency and rate limits and
// returns the reply, strictly decoded when a schema was asked for.
func (c *Client) attempt(parent, call context.Context, req Request) (Response, *Error) {
	if e := c.stickyUnauthorized(); e != nil {
		return Response{}, e
	}
	if err := c.sem.Acquire(call); err != nil {
		return Response{}, c.stopped(parent, call, err)
	}
	defer c.sem.Release()
	if c.cfg.RateLimiter != nil {
		if err := c.cfg.RateLimiter.Wait(call); err != nil {
			if call.Err() != nil {
				return Response{}, c.stopped(parent, call, err)
			}
			return Response{}, &Error{Class: Timeout, Message: "the client-side rate limit would delay this call past its deadline",
				Hint: "raise the rate limit or the timeout", Err: err}
		}
	}
	actx, cancel := context.WithTimeout(call, c.cfg.AttemptTimeout)
	defer cancel()
	inFlight.Add(1)
	resp, err := c.p.Complete(actx, req)
	inFlight.Add(-1)
	if err != nil {
		if e := c.contextError(parent, call, actx); e != nil {
			return resp, e
		}
		var e *Error
		if errors.As(err, &e) {
			return resp, e
		}
		// Adapters must return *Error; an unclassified error is treated as
		// a transient server failure so that the retry budget bounds it.
		return resp, &Error{Class: ServerError, Message: fmt.Sprintf("%s: unclassified error: %v", c.p.Name(), err),
			Hint: DefaultHint(ServerError), Err: err}
	}
	if req.Schema != nil {
		raw, err := DecodeReply(req.Schema, resp.Text)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				e = &Error{Class: Malformed, Message: err.Error(), Hint: DefaultHint(Malformed), Err: err}
			}
			return resp, e
		}
		resp.JSON = raw
	}
	return resp, nil
}

// contextError explains a context that ended, or returns nil when none did.
// The caller's context decides first: Ctrl-C is Canceled whatever the
// request was doing at the time.
func (c *Client) contextError(parent, call, attempt context.Context) *Error {
	switch {
	case parent.Err() != nil:
		if errors.Is(parent.Err(), context.Canceled) {
			return &Error{Class: Canceled, Message: "call canceled", Err: parent.Err()}
		}
		return &Error{Class: Timeout, Message: "the caller's deadline passed", Hint: DefaultHint(Timeout), Err: parent.Err()}
	case call.Err() != nil:
		return &Error{Class: Timeout, Message: fmt.Sprintf("no reply within the total timeout of %s", c.cfg.TotalTimeout),
			Hint: DefaultHint(Timeout), Err: call.Err()}
	case attempt != nil && attempt.Err() != nil:
		return &Error{Class: Timeout, Message: fmt.Sprintf("no reply within the attempt timeout of %s", c.cfg.AttemptTimeout),
			Hint: DefaultHint(Timeout), Err: attempt.Err()}
	}
	return nil
}

// stopped explains why waiting (for a slot or a retry) ended early; it
// never returns nil, unlike contextError.
func (c *Client) stopped(parent, call context.Context, err error) *Error {
	if e := c.contextError(parent, call, nil); e != nil {
		return e
	}
	return &Error{Class: Timeout, Message: "stopped waiting: " + err.Error(), Hint: DefaultHint(Timeout), Err: err}
}

func (c *Client) stickyUnauthorized() *Error {
	first := c.unauthorized.Load()
	if first == nil {
		return nil
	}
	return &Error{Class: Unauthorized, Status: first.Status,
		Message: "not sent: an earlier call was rejected as unauthorized (" + first.Message + ")",
		Hint:    first.Hint, Err: first}
}

// gaveUp returns e, or a copy saying how many attempts were made and why
// the loop stopped.
func gaveUp(e *Error, attempts int, why string) *Error {
	if attempts <= 1 && why == "" {
		return e
	}
	cp := *e
	cp.Message = fmt.Sprintf("%s (gave up after %d attempts%s)", e.Message, attempts, why)
	return &cp
}

// backoff returns the wait before retry number attempt: full jitter
// (uniform in [0, ceiling], the ceiling doubling per retry up to MaxDelay),
// so that many callers hit by the same outage do not retry in lockstep;
// never shorter than the server's hint, capped at MaxRetryAfter.
func (c *Client) backoff(attempt int, hint time.Duration) time.Duration {
	ceiling := c.cfg.MaxDelay
	if shift := attempt - 1; shift < 32 {
		ceiling = min(c.cfg.BaseDelay<<shift, c.cfg.MaxDelay)
	}
	c.randMu.Lock()
	d := time.Duration(c.rand.Int64N(int64(ceiling) + 1))
	c.randMu.Unlock()
	if hint > 0 {
		d = max(d, min(hint, c.cfg.MaxRetryAfter))
	}
	return d
}

func (c *Client) account(req Request, resp Response, err error) {
	cost, priced := c.Cost(req.Model, resp.Usage)
	if !priced && resp.Model != "" {
		cost, priced = c.Cost(resp.Model, resp.Usage)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	u := &c.usage
	u.Calls++
	if err != nil {
		u.Failed++
	}
	u.Attempts += resp.Attempts
	u.PromptTokens += int64(resp.Usage.PromptTokens)
	u.CompletionTokens += int64(resp.Usage.CompletionTokens)
	switch {
	case priced:
		u.CostUSD += cost
	case resp.Usage != (Usage{}):
		u.UnpricedCalls++
	}
}
