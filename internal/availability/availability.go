// Package availability answers whether a domain can be registered:
// available, taken or unknown, with the reason and the source of the answer.
// It never guesses. RDAP (RFC 9082/9083) is the authority, found through
// IANA's bootstrap file (RFC 9224); an NS answer in DNS is a cheap first look
// that proves a domain taken, while NXDOMAIN proves nothing and goes on to
// RDAP. Requests to each registry are bounded in concurrency and rate, a 429
// is honoured, and whatever is not known by the caller's deadline is unknown.
package availability

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/publicsuffix"
)

// State is the answer for one domain.
type State string

// The three answers. Unknown is an answer, not a failure.
const (
	Available State = "available"
	Taken     State = "taken"
	Unknown   State = "unknown"
)

// Reason says why a domain is unknown.
type Reason string

// Reasons for Unknown.
const (
	ReasonTimeout        Reason = "timeout"            // the deadline came first
	ReasonCancelled      Reason = "cancelled"          // the caller stopped (Ctrl-C)
	ReasonRateLimited    Reason = "rate_limited"       // 429 and its Retry-After ends after the deadline, or retries ran out
	ReasonNoRDAP         Reason = "no_rdap"            // the registry has no RDAP service in the bootstrap file
	ReasonServerError    Reason = "server_error"       // 5xx or another status that means neither yes nor no
	ReasonMalformed      Reason = "malformed_response" // 200 whose body is not an RDAP domain object
	ReasonNetwork        Reason = "network_error"      // connection refused, TLS failure, ...
	ReasonNotRegistrable Reason = "not_registrable"    // not one label under a public suffix
)

// Source is where an answer came from.
type Source string

// Sources of answers.
const (
	SourceDNS  Source = "dns"
	SourceRDAP Source = "rdap"
)

// Result is the answer for one domain.
type Result struct {
	Domain    string    `json:"domain"`
	State     State     `json:"state"`
	Reason    Reason    `json:"reason,omitempty"`
	Detail    string    `json:"detail,omitempty"` // one line for people: "HTTP 503 from rdap.example"
	Source    Source    `json:"source,omitempty"`
	Server    string    `json:"server,omitempty"` // the RDAP host or DNS server that answered
	Cached    bool      `json:"cached,omitempty"`
	CheckedAt time.Time `json:"checked_at"`
}

// Limits bound the requests to one registry (one RDAP host).
type Limits struct {
	Concurrency int     // requests in flight at once
	Rate        float64 // requests started per second
	Burst       int     // requests that may start at once before Rate applies
}

// DefaultLimits are polite for public registries: at most 2 requests in
// flight and 3 started per second, per registry.
var DefaultLimits = Limits{Concurrency: 2, Rate: 3, Burst: 1}

// Options configure a Checker. Only Bootstrap is required.
type Options struct {
	Bootstrap  *Bootstrap
	HTTPClient *http.Client // nil: a client with bounded connect and TLS times
	UserAgent  string       // sent with every RDAP request: the tool and its version
	// DNSServer is the host:port of the resolver asked for NS records; ""
	// skips the DNS look (every domain goes to RDAP).
	DNSServer  string
	DNSTimeout time.Duration // per query (default 1.5 s); a timeout goes on to RDAP
	Limits     Limits        // per registry (default DefaultLimits)
	MaxRetries int           // retries after a 429 (default 2)
	Cache      *Cache        // nil: no cache
	Now        func() time.Time
}

// Checker checks domains. It is safe for concurrent use; limits are shared
// by every Check call on the same Checker.
type Checker struct {
	opts       Options
	dns        *dnsLooker
	mu         sync.Mutex
	registries map[string]*registry
}

// New returns a Checker.
func New(opts Options) (*Checker, error) {
	if opts.Bootstrap == nil {
		return nil, errors.New("availability: Options.Bootstrap is required")
	}
	if opts.HTTPClient == nil {
		opts.HTTPClient = newHTTPClient()
	}
	if opts.Limits == (Limits{}) {
		opts.Limits = DefaultLimits
	}
	if opts.Limits.Concurrency < 1 || opts.Limits.Rate <= 0 || opts.Limits.Burst < 1 {
		return nil, fmt.Errorf("availability: limits %+v must all be positive", opts.Limits)
	}
	if opts.MaxRetries == 0 {
		opts.MaxRetries = 2
	}
	if opts.DNSTimeout == 0 {
		opts.DNSTimeout = 1500 * time.Millisecond
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	c := &Checker{opts: opts, registries: map[string]*registry{}}
	if opts.DNSServer != "" {
		c.dns = newDNSLooker(opts.DNSServer, opts.DNSTimeout)
	}
	return c, nil
}

// Bootstrap returns the bootstrap the Checker uses.
func (c *Checker) Bootstrap() *Bootstrap { return c.opts.Bootstrap }

// Check answers for every domain, in the order given. It returns when every
// answer is in or ctx is done, whichever comes first: what is not known by
// then is Unknown (timeout, or cancelled). Set the deadline on ctx.
func (c *Checker) Check(ctx context.Context, domains []string) []Result {
	results := make([]Result, len(domains))
	done := make([]bool, len(domains))
	type answer struct {
		i int
		r Result
	}
	// Buffered so that checks still running at the deadline finish without
	// anyone waiting for them; they all watch ctx, so they end soon after.
	ch := make(chan answer, len(domains))
	for i, d := range domains {
		go func() { ch <- answer{i, c.checkOne(ctx, d)} }()
	}
	for n := 0; n < len(domains); n++ {
		select {
		case a := <-ch:
			results[a.i], done[a.i] = a.r, true
		case <-ctx.Done():
			// Take what already arrived, then mark the rest.
			for drained := false; !drained; {
				select {
				case a := <-ch:
					results[a.i], done[a.i] = a.r, true
				default:
					drained = true
				}
			}
			for i, d := range domains {
				if !done[i] {
					results[i] = c.interrupted(ctx, d, "")
				}
			}
			n = len(domains)
		}
	}
	if c.opts.Cache != nil {
		c.opts.Cache.Put(results)
	}
	return results
}

// interrupted is the Unknown answer for a check that ctx ended.
func (c *Checker) interrupted(ctx context.Context, domain, server string) Result {
	r := Result{Domain: domain, State: Unknown, Server: server, CheckedAt: c.opts.Now()}
	if errors.Is(ctx.Err(), context.Canceled) {
		r.Reason, r.Detail = ReasonCancelled, "the check was stopped"
	} else {
		r.Reason, r.Detail = ReasonTimeout, "no answer before the check deadline"
	}
	return r
}

// Registrable reports whether domain is exactly one label under an ICANN
// public suffix (breadnest.com, breadnest.co.uk), the only names a registry
// can answer for.
func Registrable(domain string) error {
	d := strings.ToLower(strings.TrimSuffix(domain, "."))
	suffix, icann := publicsuffix.PublicSuffix(d)
	if !icann || suffix == d {
		return fmt.Errorf("%s is not a name under a public suffix on the Public Suffix List", domain)
	}
	etld1, err := publicsuffix.EffectiveTLDPlusOne(d)
	if err != nil {
		return fmt.Errorf("%s: %w", domain, err)
	}
	if etld1 != d {
		return fmt.Errorf("%s is a subdomain; its registrable domain is %s", domain, etld1)
	}
	return nil
}

func (c *Checker) checkOne(ctx context.Context, domain string) Result {
	d := strings.ToLower(strings.TrimSuffix(domain, "."))
	now := c.opts.Now()
	if err := Registrable(d); err != nil {
		return Result{Domain: domain, State: Unknown, Reason: ReasonNotRegistrable, Detail: err.Error(), CheckedAt: now}
	}
	if c.opts.Cache != nil {
		if r, ok := c.opts.Cache.Get(d, now); ok {
			return r
		}
	}
	var dnsNote string
	if c.dns != nil {
		taken, note := c.dns.hasNS(ctx, d)
		if taken {
			return Result{Domain: d, State: Taken, Source: SourceDNS, Server: c.opts.DNSServer,
				Detail: "the domain has NS records", CheckedAt: c.opts.Now()}
		}
		dnsNote = note
	}
	if ctx.Err() != nil {
		return c.interrupted(ctx, d, "")
	}
	base, _, ok := c.opts.Bootstrap.Lookup(d)
	if !ok {
		tld := d[strings.LastIndexByte(d, '.')+1:]
		detail := fmt.Sprintf("the .%s registry publishes no RDAP service in the IANA bootstrap file of %s",
			tld, c.opts.Bootstrap.Publication.Format("2006-01-02"))
		if dnsNote != "" {
			detail += "; DNS: " + dnsNote
		}
		return Result{Domain: d, State: Unknown, Reason: ReasonNoRDAP, Detail: detail, CheckedAt: c.opts.Now()}
	}
	r := c.rdap(ctx, base, d)
	if r.State == Unknown && dnsNote != "" {
		r.Detail += "; DNS: " + dnsNote
	}
	return r
}
