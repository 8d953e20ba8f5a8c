package llm

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/llm/llmtest"

	"golang.org/x/time/rate"
)

// fakeProvider answers with fn and records how it was called.
type fakeProvider struct {
	fn func(ctx context.Context, call int, req Request) (Response, error)

	mu          sync.Mutex
	calls       int
	inFlight    int
	maxInFlight int
}

func (f *fakeProvider) Name() string { return "fake" }

func (f *fakeProvider) Complete(ctx context.Context, req Request) (Response, error) {
	f.mu.Lock()
	f.calls++
	n := f.calls
	f.inFlight++
	f.maxInFlight = max(f.maxInFlight, f.inFlight)
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		f.inFlight--
		f.mu.Unlock()
	}()
	return f.fn(ctx, n, req)
}

func (f *fakeProvider) Calls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls
}

func okReply(text string) Response {
	return Response{Text: text, Model: "m1", FinishReason: "stop", Usage: Usage{PromptTokens: 10, CompletionTokens: 5}}
}

func blockUntilDone(ctx context.Context, _ int, _ Request) (Response, error) {
	<-ctx.Done()
	return Response{}, &Error{Class: Timeout, Message: "fake: " + ctx.Err().Error(), Err: ctx.Err()}
}

func newTestClient(t *testing.T, p Provider, cfg Config) *Client {
	t.Helper()
	if cfg.Rand == nil {
		cfg.Rand = rand.New(rand.NewPCG(1, 2))
	}
	c, err := NewClient(p, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var req1 = Request{Model: "m1", ID: "row-1", Messages: []Message{{Role: RoleUser, Content: "a bakery"}}}

func TestClientRetriesAndHonoursRetryAfter(t *testing.T) {
	p := &fakeProvider{fn: func(_ context.Context, n int, _ Request) (Response, error) {
		switch n {
		case 1:
			return Response{}, &Error{Class: RateLimited, Status: 429, RetryAfter: 3 * time.Second}
		case 2:
			return Response{}, &Error{Class: ServerError, Status: 503}
		}
		return okReply("done"), nil
	}}
	rec := &llmtest.SleepRecorder{}
	c := newTestClient(t, p, Config{Sleep: rec.Sleep, BaseDelay: 100 * time.Millisecond})
	resp, err := c.Complete(context.Background(), req1)
	if err != nil {
		t.Fatal(err)
	}
	if resp.Text != "done" || resp.Attempts != 3 || p.Calls() != 3 {
		t.Errorf("text %q, attempts %d, calls %d; want done, 3, 3", resp.Text, resp.Attempts, p.Calls())
	}
	w := rec.Waits()
	if len(w) != 2 {
		t.Fatalf("waits = %v, want 2", w)
	}
	if w[0] < 3*time.Second {
		t.Errorf("first wait %v is shorter than the server's Retry-After of 3s", w[0])
	}
	if w[1] > 200*time.Millisecond {
		t.Errorf("second wait %v is above the backoff ceiling of 200ms", w[1])
	}
}

func TestClientCapsRetryAfter(t *testing.T) {
	p := &fakeProvider{fn: func(_ context.Context, n int, _ Request) (Response, error) {
		if n == 1 {
			return Response{}, &Error{Class: RateLimited, Status: 429, RetryAfter: time.Hour}
		}
		return okReply("ok"), nil
	}}
	rec := &llmtest.SleepRecorder{}
	c := newTestClient(t, p, Config{Sleep: rec.Sleep, MaxRetryAfter: 5 * time.Second})
	if _, err := c.Complete(context.Background(), req1); err != nil {
		t.Fatal(err)
	}
	if w := rec.Waits(); len(w) != 1 || w[0] != 5*time.Second {
		t.Errorf("waits = %v, want exactly the 5s cap", w)
	}
}

func TestBackoffIsFullJitterWithinCeiling(t *testing.T) {
	c := newTestClient(t, &fakeProvider{}, Config{BaseDelay: 100 * time.Millisecond, MaxDelay: time.Second})
	for attempt, ceiling := range map[int]time.Duration{
		1: 100 * time.Millisecond, 2: 200 * time.Millisecond, 3: 400 * time.Millisecond,
		4: 800 * time.Millisecond, 5: time.Second, 40: time.Second, math.MaxInt32: time.Second,
	} {
		var lo, hi time.Duration = ceiling, 0
		for range 2000 {
			d := c.backoff(attempt, 0)
			if d < 0 || d > ceiling {
				t.Fatalf("attempt %d: wait %v outside [0, %v]", attempt, d, ceiling)
			}
			lo, hi = min(lo, d), max(hi, d)
		}
		// Full jitter spreads over the whole range, not just near the top.
		if lo > ceiling/10 || hi < ceiling*9/10 {
			t.Errorf("attempt %d: waits span [%v, %v], want most of [0, %v]", attempt, lo, hi, ceiling)
		}
	}
}

func TestBackoffIsRepeatableWithSeed(t *testing.T) {
	draw := func() []time.Duration {
		c := newTestClient(t, &fakeProvider{}, Config{Rand: rand.New(rand.NewPCG(7, 7))})
		var out []time.Duration
		for i := 1; i <= 5; i++ {
			out = append(out, c.backoff(i, 0))
		}
		return out
	}
	a, b := draw(), draw()
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("same seed gave %v and %v", a, b)
		}
	}
}

func TestClientDoesNotRetryPermanentErrors(t *testing.T) {
	for _, e := range []*Error{
		{Class: BadRequest, Status: 400},
		{Class: Unauthorized, Status: 401},
		{Class: Forbidden, Status: 403},
		{Class: ModelNotFound, Status: 404},
		{Class: BadRequest, Status: 422},
		{Class: QuotaExhausted, Status: 429},
		{Class: Malformed},
		{Class: Truncated},
		{Class: Refusal},
	} {
		t.Run(string(e.Class), func(t *testing.T) {
			p := &fakeProvider{fn: func(context.Context, int, Request) (Response, error) { return Response{}, e }}
			c := newTestClient(t, p, Config{Sleep: (&llmtest.SleepRecorder{}).Sleep})
			_, err := c.Complete(context.Background(), req1)
			if ClassOf(err) != e.Class {
				t.Errorf("class = %q, want %q", ClassOf(err), e.Class)
			}
			if p.Calls() != 1 {
				t.Errorf("calls = %d, want 1", p.Calls())
			}
		})
	}
}

func TestClientBoundsAttempts(t *testing.T) {
	p := &fakeProvider{fn: func(context.Context, int, Request) (Response, error) {
		return Response{}, &Error{Class: RateLimited, Status: 429, Message: "slow down"}
	}}
	c := newTestClient(t, p, Config{MaxAttempts: 5, Sleep: (&llmtest.SleepRecorder{}).Sleep})
	resp, err := c.Complete(context.Background(), req1)
	if ClassOf(err) != RateLimited || p.Calls() != 5 || resp.Attempts != 5 {
		t.Fatalf("class %q, calls %d, attempts %d; want rate_limited, 5, 5", ClassOf(err), p.Calls(), resp.Attempts)
	}
	if !strings.Contains(err.Error(), "gave up after 5 attempts") {
		t.Errorf("error %q does not say how many attempts were made", err)
	}
}

func TestUnauthorizedIsSticky(t *testing.T) {
	p := &fakeProvider{fn: func(context.Context, int, Request) (Response, error) {
		return Response{}, &Error{Class: Unauthorized, Status: 401, Message: "bad key", Hint: "set OPENAI_API_KEY"}
	}}
	c := newTestClient(t, p, Config{})
	if _, err := c.Complete(context.Background(), req1); ClassOf(err) != Unauthorized {
		t.Fatalf("first call: %v", err)
	}
	for range 3 {
		_, err := c.Complete(context.Background(), req1)
		var e *Error
		if !errors.As(err, &e) || e.Class != Unauthorized || e.Hint != "set OPENAI_API_KEY" {
			t.Fatalf("later call: %v, want the sticky unauthorized error with its hint", err)
		}
		if !strings.Contains(e.Message, "not sent") {
			t.Errorf("message %q should say the call was not sent", e.Message)
		}
	}
	if p.Calls() != 1 {
		t.Errorf("provider called %d times, want 1: later calls must fail fast", p.Calls())
	}
}

func TestAttemptTimeoutThenGiveUp(t *testing.T) {
	p := &fakeProvider{fn: blockUntilDone}
	c := newTestClient(t, p, Config{AttemptTimeout: 50 * time.Millisecond, TotalTimeout: 5 * time.Second,
		MaxAttempts: 3, BaseDelay: time.Millisecond})
	start := time.Now()
	_, err := c.Complete(context.Background(), req1)
	elapsed := time.Since(start)
	if ClassOf(err) != Timeout || p.Calls() != 3 {
		t.Fatalf("class %q, calls %d; want timeout, 3", ClassOf(err), p.Calls())
	}
	if !strings.Contains(err.Error(), "attempt timeout of 50ms") {
		t.Errorf("error %q should name the attempt timeout", err)
	}
	// Three attempts cannot end before three attempt timeouts. The upper
	// bound is generous on purpose (a shared, loaded machine delays timers);
	// it only catches attempts that wait for something other than their
	// timeout.
	if elapsed < 150*time.Millisecond || elapsed > 30*time.Second {
		t.Errorf("took %v, want about 3 x 50ms", elapsed)
	}
}

func TestTotalTimeoutBoundsTheCall(t *testing.T) {
	p := &fakeProvider{fn: blockUntilDone}
	c := newTestClient(t, p, Config{AttemptTimeout: 100 * time.Millisecond, TotalTimeout: 250 * time.Millisecond,
		MaxAttempts: 100, BaseDelay: time.Millisecond})
	start := time.Now()
	_, err := c.Complete(context.Background(), req1)
	elapsed := time.Since(start)
	if ClassOf(err) != Timeout {
		t.Errorf("class %q, want timeout", ClassOf(err))
	}
	// Every attempt lasts its full 100ms (the provider blocks until its
	// context ends), so more than 3 calls means the 250ms total was passed.
	// This holds however slow the machine is; only the generous 30s bound
	// on the wall time depends on the load.
	if n := p.Calls(); n < 1 || n > 3 {
		t.Errorf("calls = %d, want at most 3 within 250ms of 100ms attempts", n)
	}
	if elapsed < 250*time.Millisecond || elapsed > 30*time.Second {
		t.Errorf("call took %v with a 250ms total timeout", elapsed)
	}
}

// With --timeout nearer than the client's own total timeout, the message
// names the command's deadline, not the 10-minute default it never reaches.
func TestRetryAfterPastTheCommandDeadlineNamesIt(t *testing.T) {
	p := &fakeProvider{fn: func(context.Context, int, Request) (Response, error) {
		return Response{}, &Error{Class: RateLimited, Status: 429, RetryAfter: 120 * time.Second}
	}}
	rec := &llmtest.SleepRecorder{}
	c := newTestClient(t, p, Config{MaxRetryAfter: 5 * time.Minute, Sleep: rec.Sleep})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := c.Complete(ctx, req1)
	if err == nil || !strings.Contains(err.Error(), "the command's deadline (--timeout)") || strings.Contains(err.Error(), "10m0s") {
		t.Errorf("err %v; want it to name the command's deadline, not the total timeout", err)
	}
}

func TestRetryAfterPastTheDeadlineStopsAtOnce(t *testing.T) {
	p := &fakeProvider{fn: func(context.Context, int, Request) (Response, error) {
		return Response{}, &Error{Class: RateLimited, Status: 429, RetryAfter: 30 * time.Second}
	}}
	rec := &llmtest.SleepRecorder{}
	c := newTestClient(t, p, Config{TotalTimeout: time.Second, AttemptTimeout: time.Second, Sleep: rec.Sleep})
	_, err := c.Complete(context.Background(), req1)
	if ClassOf(err) != RateLimited || p.Calls() != 1 || len(rec.Waits()) != 0 {
		t.Fatalf("class %q, calls %d, waits %v; want rate_limited after 1 call and no wait", ClassOf(err), p.Calls(), rec.Waits())
	}
	if !strings.Contains(err.Error(), "would pass the total timeout") {
		t.Errorf("error %q should explain why it stopped", err)
	}
}

func TestCancelIsNotRetried(t *testing.T) {
	// Cancelled once the call is in flight, so the cancel cannot come
	// before the first attempt.
	ctx, cancel := context.WithCancel(context.Background())
	p := &fakeProvider{fn: func(ctx context.Context, n int, req Request) (Response, error) {
		cancel()
		return blockUntilDone(ctx, n, req)
	}}
	c := newTestClient(t, p, Config{})
	_, err := c.Complete(ctx, req1)
	if ClassOf(err) != Canceled || p.Calls() != 1 {
		t.Errorf("class %q, calls %d; want canceled after 1 call", ClassOf(err), p.Calls())
	}
	if !errors.Is(err, context.Canceled) {
		t.Error("errors.Is(err, context.Canceled) should hold")
	}
}

func TestCancelDuringBackoff(t *testing.T) {
	p := &fakeProvider{fn: func(context.Context, int, Request) (Response, error) {
		return Response{}, &Error{Class: ServerError, Status: 500}
	}}
	// The real wait, which says when it has begun: the cancel comes during
	// the backoff, not before the first attempt.
	ctx, cancel := context.WithCancel(context.Background())
	var waits []time.Duration
	var cut error // what the wait returned: ctx's error when the cancel cut it short
	sleep := func(ctx context.Context, d time.Duration) error {
		waits = append(waits, d)
		cancel()
		cut = sleepCtx(ctx, d)
		return cut
	}
	c := newTestClient(t, p, Config{BaseDelay: 10 * time.Second, MaxDelay: 10 * time.Second,
		Rand: rand.New(rand.NewPCG(3, 3)), Sleep: sleep})
	start := time.Now()
	_, err := c.Complete(ctx, req1)
	// Under the 10s backoff, so the cancel cut the wait short; the bound is
	// otherwise generous for a loaded machine.
	if ClassOf(err) != Canceled || p.Calls() != 1 || len(waits) != 1 || !errors.Is(cut, context.Canceled) || time.Since(start) > 8*time.Second {
		t.Errorf("class %q after %v, %d calls, waits %v (ended by %v); want canceled in the first backoff, cut short", ClassOf(err), time.Since(start), p.Calls(), waits, cut)
	}
}

func TestConcurrencyLimit(t *testing.T) {
	slow := func(context.Context, int, Request) (Response, error) {
		time.Sleep(10 * time.Millisecond)
		return okReply("ok"), nil
	}
	t.Run("own semaphore", func(t *testing.T) {
		p := &fakeProvider{fn: slow}
		c := newTestClient(t, p, Config{Concurrency: 3})
		runParallel(t, 20, func() error { _, err := c.Complete(context.Background(), req1); return err })
		if p.maxInFlight != 3 {
			t.Errorf("max in flight = %d, want 3", p.maxInFlight)
		}
	})
	t.Run("shared semaphore", func(t *testing.T) {
		p := &fakeProvider{fn: slow}
		sem := NewSemaphore(2)
		a := newTestClient(t, p, Config{Semaphore: sem})
		b := newTestClient(t, p, Config{Semaphore: sem})
		runParallel(t, 20, func() error {
			if _, err := a.Complete(context.Background(), req1); err != nil {
				return err
			}
			_, err := b.Complete(context.Background(), req1)
			return err
		})
		if p.maxInFlight != 2 {
			t.Errorf("max in flight across two clients = %d, want 2", p.maxInFlight)
		}
	})
}

func runParallel(t *testing.T, n int, f func() error) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for range n {
		wg.Go(func() { errs <- f() })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestSharedRateLimiter(t *testing.T) {
	p := &fakeProvider{fn: func(context.Context, int, Request) (Response, error) { return okReply("ok"), nil }}
	lim := rate.NewLimiter(rate.Every(20*time.Millisecond), 1)
	a := newTestClient(t, p, Config{RateLimiter: lim})
	b := newTestClient(t, p, Config{RateLimiter: lim})
	start := time.Now()
	for i := range 6 {
		c := a
		if i%2 == 1 {
			c = b
		}
		if _, err := c.Complete(context.Background(), req1); err != nil {
			t.Fatal(err)
		}
	}
	// One token up front, then one every 20ms: 6 calls need at least 100ms.
	if elapsed := time.Since(start); elapsed < 95*time.Millisecond {
		t.Errorf("6 calls took %v, want at least 100ms under a shared 50/s limit", elapsed)
	}
}

func TestRateLimitPastDeadlineIsTimeout(t *testing.T) {
	p := &fakeProvider{fn: func(context.Context, int, Request) (Response, error) { return okReply("ok"), nil }}
	lim := rate.NewLimiter(rate.Every(time.Hour), 1)
	c := newTestClient(t, p, Config{RateLimiter: lim, TotalTimeout: time.Second, AttemptTimeout: time.Second})
	if _, err := c.Complete(context.Background(), req1); err != nil {
		t.Fatal(err)
	}
	_, err := c.Complete(context.Background(), req1)
	if ClassOf(err) != Timeout || p.Calls() != 1 {
		t.Errorf("class %q, calls %d; want timeout without a second call", ClassOf(err), p.Calls())
	}
}

func TestUsageAndCost(t *testing.T) {
	p := &fakeProvider{fn: func(_ context.Context, _ int, req Request) (Response, error) {
		r := Response{Text: "x", Model: req.Model + "-2025", Usage: Usage{PromptTokens: 1000, CompletionTokens: 200}}
		if strings.Contains(req.ID, "bad") {
			return r, &Error{Class: Malformed, Message: "not JSON"}
		}
		return r, nil
	}}
	prices := map[string]Price{
		"priced":        {InputPerMTok: 2, OutputPerMTok: 10},
		"snapshot-2025": {InputPerMTok: 1, OutputPerMTok: 1},
	}
	c := newTestClient(t, p, Config{Prices: prices})
	calls := []Request{
		{Model: "priced", ID: "a"},
		{Model: "priced", ID: "bad-1"}, // failed, but its tokens were billed
		{Model: "snapshot", ID: "b"},   // priced by the model the server reports
	}
	for i := range calls {
		calls[i].Messages = req1.Messages
		if _, err := c.Complete(context.Background(), calls[i]); err != nil && ClassOf(err) != Malformed {
			t.Fatal(err)
		}
	}
	u := c.Usage()
	wantCost := 2*(1000*2+200*10)/1e6 + (1000+200)/1e6
	if u.Calls != 3 || u.Failed != 1 || u.Attempts != 3 || u.PromptTokens != 3000 || u.CompletionTokens != 600 {
		t.Errorf("usage = %+v", u)
	}
	if math.Abs(u.CostUSD-wantCost) > 1e-12 || !u.CostKnown() {
		t.Errorf("cost = %v (known %v), want %v known", u.CostUSD, u.CostKnown(), wantCost)
	}

	unknown := Request{Model: "mystery", ID: "c", Messages: req1.Messages}
	if _, err := c.Complete(context.Background(), unknown); err != nil {
		t.Fatal(err)
	}
	u = c.Usage()
	if u.CostKnown() || u.UnpricedCalls != 1 {
		t.Errorf("after an unpriced model: known %v, unpriced %d; want unknown, 1", u.CostKnown(), u.UnpricedCalls)
	}
	if math.Abs(u.CostUSD-wantCost) > 1e-12 {
		t.Errorf("an unpriced call changed the cost to %v", u.CostUSD)
	}
	if _, ok := c.Cost("mystery", Usage{PromptTokens: 1}); ok {
		t.Error("Cost of an unknown model should not be ok")
	}
}

func TestUsageIsThreadSafe(t *testing.T) {
	p := &fakeProvider{fn: func(context.Context, int, Request) (Response, error) { return okReply("ok"), nil }}
	c := newTestClient(t, p, Config{Concurrency: 16})
	runParallel(t, 200, func() error { _, err := c.Complete(context.Background(), req1); return err })
	if u := c.Usage(); u.Calls != 200 || u.PromptTokens != 2000 || u.CompletionTokens != 1000 {
		t.Errorf("usage = %+v, want 200 calls, 2000 + 1000 tokens", u)
	}
}

func TestSchemaRepliesAreDecodedStrictly(t *testing.T) {
	reply := `{"score":4,"label":"safe","names":["brightpath"]}`
	p := &fakeProvider{fn: func(_ context.Context, _ int, req Request) (Response, error) {
		return okReply(req.Messages[0].Content), nil
	}}
	c := newTestClient(t, p, Config{})
	withSchema := func(text string) Request {
		return Request{Model: "m1", Messages: []Message{{Role: RoleUser, Content: text}},
			Schema: &Schema{Name: "judge", JSON: json.RawMessage(judgeSchema), Strict: true}}
	}
	resp, err := c.Complete(context.Background(), withSchema(reply))
	if err != nil || string(resp.JSON) != reply {
		t.Fatalf("valid reply: JSON %s, err %v", resp.JSON, err)
	}
	resp, err = c.Complete(context.Background(), withSchema(`{"score":9,"label":"safe","names":[]}`))
	if ClassOf(err) != Malformed || resp.JSON != nil || resp.Text == "" || resp.Attempts != 1 {
		t.Errorf("bad reply: class %q, JSON %s, text %q, attempts %d; want malformed, none, kept, 1",
			ClassOf(err), resp.JSON, resp.Text, resp.Attempts)
	}
	resp, err = c.Complete(context.Background(), Request{Model: "m1", Messages: []Message{{Role: RoleUser, Content: "plain"}}})
	if err != nil || resp.JSON != nil {
		t.Errorf("no schema: JSON %s, err %v; want no JSON", resp.JSON, err)
	}
}

func TestInvalidRequestsAreNotSent(t *testing.T) {
	temp := 3.0
	tests := []struct {
		name string
		req  Request
		msg  string
	}{
		{"no model", Request{Messages: req1.Messages}, "no model"},
		{"no messages", Request{Model: "m"}, "no messages"},
		{"bad role", Request{Model: "m", Messages: []Message{{Role: "tool", Content: "x"}}}, `role "tool"`},
		{"temperature", Request{Model: "m", Messages: req1.Messages, Temperature: &temp}, "outside 0..2"},
		{"max tokens", Request{Model: "m", Messages: req1.Messages, MaxTokens: -1}, "negative"},
		{"schema name", Request{Model: "m", Messages: req1.Messages, Schema: &Schema{Name: "a b", JSON: json.RawMessage(`{}`)}}, "schema name"},
		{"schema keyword", Request{Model: "m", Messages: req1.Messages, Schema: &Schema{Name: "s", JSON: json.RawMessage(`{"oneOf":[]}`)}}, "oneOf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &fakeProvider{fn: func(context.Context, int, Request) (Response, error) { return okReply("x"), nil }}
			c := newTestClient(t, p, Config{})
			_, err := c.Complete(context.Background(), tt.req)
			if ClassOf(err) != BadRequest || p.Calls() != 0 {
				t.Fatalf("class %q, calls %d; want bad_request, 0", ClassOf(err), p.Calls())
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not mention %q", err, tt.msg)
			}
		})
	}
}

func TestUnclassifiedProviderErrorIsBounded(t *testing.T) {
	p := &fakeProvider{fn: func(context.Context, int, Request) (Response, error) {
		return Response{}, errors.New("adapter bug")
	}}
	c := newTestClient(t, p, Config{MaxAttempts: 2, Sleep: (&llmtest.SleepRecorder{}).Sleep})
	_, err := c.Complete(context.Background(), req1)
	if ClassOf(err) != ServerError || p.Calls() != 2 {
		t.Errorf("class %q, calls %d; want server_error after 2 calls", ClassOf(err), p.Calls())
	}
}

func TestNewClientRejectsBadConfig(t *testing.T) {
	p := &fakeProvider{}
	tests := []struct {
		name string
		cfg  Config
		msg  string
	}{
		{"negative attempts", Config{MaxAttempts: -1}, "MaxAttempts"},
		{"negative concurrency", Config{Concurrency: -2}, "Concurrency"},
		{"base above max", Config{BaseDelay: time.Minute, MaxDelay: time.Second}, "BaseDelay"},
		{"attempt above total", Config{AttemptTimeout: time.Hour, TotalTimeout: time.Minute}, "AttemptTimeout"},
		{"negative price", Config{Prices: map[string]Price{"m": {InputPerMTok: -1}}}, `"m"`},
	}
	for _, tt := range tests {
		_, err := NewClient(p, tt.cfg)
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: err = %v, want one naming %s", tt.name, err, tt.msg)
		}
	}
	if _, err := NewClient(nil, Config{}); err == nil {
		t.Error("a nil provider should be rejected")
	}
}
