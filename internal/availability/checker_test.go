package availability

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/availability/availabilitytest"
)

func byDomain(rs []Result) map[string]Result {
	m := map[string]Result{}
	for _, r := range rs {
		m[r.Domain] = r
	}
	return m
}

// Every state and reason, each from the source that can know it.
func TestStates(t *testing.T) {
	com := availabilitytest.NewRDAP(t, map[string]string{
		"taken-rdap.com": "taken", "free.com": "free", "broken.com": "500", "garbage.com": "malformed",
		"servfail.com": "free", "dnstimeout.com": "taken", "parentns.com": "free",
	})
	uk := availabilitytest.NewRDAP(t, map[string]string{"free.co.uk": "free"})
	resolver := availabilitytest.NewDNS(t, map[string]string{
		"taken-dns.com": "ns", "taken-dns.io": "ns", "servfail.com": "servfail", "dnstimeout.com": "timeout",
		"parentns.com": "ns-of-parent", "truncated.com": "truncated",
	})
	c, err := New(Options{
		Bootstrap:  loadTestBootstrap(t, map[string]string{"com": com.Base(), "uk": uk.Base()}),
		DNSServer:  resolver.Addr,
		DNSTimeout: time.Second, // long enough for a loaded machine; only dnstimeout.com waits it out
		Limits:     Limits{Concurrency: 4, Rate: 1000, Burst: 10},
		UserAgent:  "domainyours/test",
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	domains := []string{"taken-dns.com", "taken-rdap.com", "free.com", "broken.com", "garbage.com",
		"servfail.com", "dnstimeout.com", "parentns.com", "taken-dns.io", "free.io", "free.co.uk", "www.free.com", "co.uk", "truncated.com"}
	got := byDomain(c.Check(ctx, domains))
	want := []struct {
		domain string
		state  State
		reason Reason
		source Source
	}{
		{"taken-dns.com", Taken, "", SourceDNS},
		{"taken-rdap.com", Taken, "", SourceRDAP},
		{"free.com", Available, "", SourceRDAP},
		{"broken.com", Unknown, ReasonServerError, SourceRDAP},
		{"garbage.com", Unknown, ReasonMalformed, SourceRDAP},
		{"servfail.com", Available, "", SourceRDAP}, // SERVFAIL proves nothing: RDAP decides
		{"dnstimeout.com", Taken, "", SourceRDAP},   // so does a DNS timeout
		{"parentns.com", Available, "", SourceRDAP}, // NS records of another owner prove nothing
		{"taken-dns.io", Taken, "", SourceDNS},      // DNS proves it even without RDAP
		{"truncated.com", Taken, "", SourceDNS},     // a truncated UDP reply is asked again over TCP
		{"free.io", Unknown, ReasonNoRDAP, ""},      // NXDOMAIN alone is not proof
		{"free.co.uk", Available, "", SourceRDAP},   // co.uk goes to the uk registry
		{"www.free.com", Unknown, ReasonNotRegistrable, ""},
		{"co.uk", Unknown, ReasonNotRegistrable, ""},
	}
	for _, w := range want {
		r, ok := got[w.domain]
		if !ok {
			t.Errorf("%s: no result", w.domain)
			continue
		}
		if r.State != w.state || r.Reason != w.reason || r.Source != w.source {
			t.Errorf("%s = %s/%s from %q (%s), want %s/%s from %q", w.domain, r.State, r.Reason, r.Source, r.Detail, w.state, w.reason, w.source)
		}
	}
	if n := com.Hits("taken-dns.com"); n != 0 {
		t.Errorf("an NS answer must spare the RDAP call; the registry was asked %d times", n)
	}
	for _, d := range []string{"servfail.com", "dnstimeout.com", "free.com"} {
		if n := com.Hits(d); n != 1 {
			t.Errorf("%s: RDAP asked %d times, want 1", d, n)
		}
	}
	if n, tcp := resolver.Queries("truncated.com"), resolver.TCPQueries("truncated.com"); n != 2 || tcp != 1 {
		t.Errorf("truncated.com: %d queries, %d over TCP; want 2 and 1 (UDP, then TCP)", n, tcp)
	}
	if resolver.Queries("free.co.uk") != 1 || uk.Hits("free.co.uk") != 1 {
		t.Errorf("free.co.uk: DNS asked %d times, RDAP %d times; want 1 and 1", resolver.Queries("free.co.uk"), uk.Hits("free.co.uk"))
	}
	if d := got["free.io"].Detail; !strings.Contains(d, ".io registry publishes no RDAP") || !strings.Contains(d, "NXDOMAIN") {
		t.Errorf("free.io detail %q should name the missing RDAP service and the DNS answer", d)
	}
	if d := got["broken.com"].Detail; !strings.Contains(d, "HTTP 500") {
		t.Errorf("broken.com detail %q should name the status", d)
	}
}

func TestRequestHeaders(t *testing.T) {
	com := availabilitytest.NewRDAP(t, map[string]string{"free.com": "free"})
	c, err := New(Options{Bootstrap: loadTestBootstrap(t, map[string]string{"com": com.Base()}), UserAgent: "domainyours/1.2.3 (+availability check)"})
	if err != nil {
		t.Fatal(err)
	}
	c.Check(context.Background(), []string{"free.com"})
	_, headers := com.Stats()
	if len(headers) != 1 {
		t.Fatalf("%d requests, want 1", len(headers))
	}
	h := headers[0]
	if h.Get("User-Agent") != "domainyours/1.2.3 (+availability check)" || h.Get("Accept") != "application/rdap+json" {
		t.Errorf("User-Agent %q, Accept %q", h.Get("User-Agent"), h.Get("Accept"))
	}
}

// A 429 with a Retry-After that fits before the deadline is waited out and
// retried; other requests to the same registry wait too.
func TestRateLimitedRetryAfter(t *testing.T) {
	com := availabilitytest.NewRDAP(t, map[string]string{"busy.com": "429", "other.com": "taken"})
	c, err := New(Options{Bootstrap: loadTestBootstrap(t, map[string]string{"com": com.Base()}),
		Limits: Limits{Concurrency: 1, Rate: 1000, Burst: 10}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	start := time.Now()
	got := byDomain(c.Check(ctx, []string{"busy.com"}))
	if r := got["busy.com"]; r.State != Available {
		t.Fatalf("busy.com = %+v, want available after the retry", r)
	}
	if n := com.Hits("busy.com"); n != 2 {
		t.Errorf("busy.com asked %d times, want 2 (429, then the retry)", n)
	}
	if el := time.Since(start); el < time.Second {
		t.Errorf("retried after %v; Retry-After asked for 1s", el)
	}
}

// A Retry-After past the deadline is not waited for: unknown at once.
func TestRateLimitedPastDeadline(t *testing.T) {
	com := availabilitytest.NewRDAP(t, map[string]string{"busy.com": "429always"})
	com.SetRetryAfter("30")
	c, err := New(Options{Bootstrap: loadTestBootstrap(t, map[string]string{"com": com.Base()})})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	start := time.Now()
	r := c.Check(ctx, []string{"busy.com"})[0]
	if r.State != Unknown || r.Reason != ReasonRateLimited {
		t.Fatalf("busy.com = %+v, want unknown/rate_limited", r)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("took %v; a 30 s Retry-After past the deadline must not be waited for", el)
	}
	if !strings.Contains(r.Detail, "30s") {
		t.Errorf("detail %q should say how long the registry asked to wait", r.Detail)
	}
}

// Whatever is not answered by the deadline is unknown/timeout, and Check
// returns at the deadline, not when the slow registry finally answers.
func TestTimeoutIsUnknownWithinDeadline(t *testing.T) {
	com := availabilitytest.NewRDAP(t, map[string]string{"slow.com": "slow", "free.com": "free"})
	c, err := New(Options{Bootstrap: loadTestBootstrap(t, map[string]string{"com": com.Base()}),
		Limits: Limits{Concurrency: 2, Rate: 1000, Burst: 10}})
	if err != nil {
		t.Fatal(err)
	}
	const deadline = time.Second
	start := time.Now() // before the deadline is set, so el >= deadline holds
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	got := byDomain(c.Check(ctx, []string{"slow.com", "free.com"}))
	el := time.Since(start)
	if r := got["slow.com"]; r.State != Unknown || r.Reason != ReasonTimeout {
		t.Errorf("slow.com = %+v, want unknown/timeout", r)
	}
	if r := got["free.com"]; r.State != Available {
		t.Errorf("free.com = %+v, want available: a slow neighbour must not spoil it", r)
	}
	if el < deadline || el > deadline+2*time.Second {
		t.Errorf("Check returned after %v, want right after the %v deadline", el, deadline)
	}
}

// Cancelling (Ctrl-C) is reported as such, not as a timeout.
func TestCancelledIsUnknown(t *testing.T) {
	com := availabilitytest.NewRDAP(t, map[string]string{"slow.com": "slow"})
	c, err := New(Options{Bootstrap: loadTestBootstrap(t, map[string]string{"com": com.Base()})})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-com.Arrivals() // the request is at the registry
		cancel()
	}()
	r := c.Check(ctx, []string{"slow.com"})[0]
	if r.State != Unknown || r.Reason != ReasonCancelled {
		t.Fatalf("slow.com = %+v, want unknown/cancelled", r)
	}
}

// At most Limits.Concurrency requests are in flight at one registry, and the
// limit is per registry: another registry is not held back.
func TestConcurrencyBoundedPerRegistry(t *testing.T) {
	com := availabilitytest.NewRDAP(t, map[string]string{})
	nets := availabilitytest.NewRDAP(t, map[string]string{})
	com.SetLatency(100 * time.Millisecond) // long enough for all of them to be waiting at once
	nets.SetLatency(100 * time.Millisecond)
	c, err := New(Options{Bootstrap: loadTestBootstrap(t, map[string]string{"com": com.Base(), "net": nets.Base()}),
		Limits: Limits{Concurrency: 3, Rate: 10000, Burst: 100}})
	if err != nil {
		t.Fatal(err)
	}
	var domains []string
	for i := range 12 {
		domains = append(domains, "n"+string(rune('a'+i))+".com", "n"+string(rune('a'+i))+".net")
	}
	for _, r := range c.Check(context.Background(), domains) {
		if r.State != Available {
			t.Fatalf("%s = %+v", r.Domain, r)
		}
	}
	for name, f := range map[string]*availabilitytest.RDAP{"com": com, "net": nets} {
		if m, _ := f.Stats(); m != 3 {
			t.Errorf("%s registry: %d requests in flight at most, want exactly the limit 3", name, m)
		}
	}
}

// Requests start no faster than Limits.Rate per registry.
func TestRateBoundedPerRegistry(t *testing.T) {
	com := availabilitytest.NewRDAP(t, map[string]string{})
	c, err := New(Options{Bootstrap: loadTestBootstrap(t, map[string]string{"com": com.Base()}),
		Limits: Limits{Concurrency: 8, Rate: 20, Burst: 1}})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	c.Check(context.Background(), []string{"a.com", "b.com", "c.com", "d.com", "e.com", "f.com"})
	// Burst 1 then one every 50 ms: the sixth starts 250 ms in.
	if el := time.Since(start); el < 250*time.Millisecond {
		t.Errorf("6 requests at 20/s took %v, want at least 250ms", el)
	}
}

// A registry whose rate leaves no slot before the deadline answers unknown
// at once instead of waiting for nothing.
func TestRateLimitPastDeadlineIsTimeout(t *testing.T) {
	com := availabilitytest.NewRDAP(t, map[string]string{})
	c, err := New(Options{Bootstrap: loadTestBootstrap(t, map[string]string{"com": com.Base()}),
		Limits: Limits{Concurrency: 1, Rate: 0.1, Burst: 1}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Second)
	defer cancel()
	start := time.Now()
	got := byDomain(c.Check(ctx, []string{"a.com", "b.com"}))
	answered, timedOut := 0, 0
	for _, r := range got {
		switch {
		case r.State == Available:
			answered++
		case r.Reason == ReasonTimeout:
			timedOut++
		}
	}
	if answered != 1 || timedOut != 1 {
		t.Errorf("answers %+v: want one available and one unknown/timeout", got)
	}
	if el := time.Since(start); el > 3*time.Second {
		t.Errorf("took %v; the second request's token comes after the deadline, so do not wait", el)
	}
}
