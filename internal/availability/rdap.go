package availability

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// maxRDAPBytes bounds an RDAP answer; a domain object is a few kilobytes.
const maxRDAPBytes = 1 << 20

func newHTTPClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   5 * time.Second,
		ResponseHeaderTimeout: 10 * time.Second,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       30 * time.Second,
		ForceAttemptHTTP2:     true,
	}}
}

// registry is the politeness state of one RDAP host: a semaphore for the
// requests in flight, a token bucket for the rate, and the time until which a
// 429 asked everyone to wait.
type registry struct {
	sem     chan struct{}
	limiter *rate.Limiter
	mu      sync.Mutex
	paused  time.Time
}

func (c *Checker) registry(host string) *registry {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.registries[host]
	if !ok {
		l := c.opts.Limits
		r = &registry{sem: make(chan struct{}, l.Concurrency), limiter: rate.NewLimiter(rate.Limit(l.Rate), l.Burst)}
		c.registries[host] = r
	}
	return r
}

// acquire waits for a slot, for the end of a 429 pause and for a token, or
// for ctx. release must be called after a nil error.
func (r *registry) acquire(ctx context.Context) error {
	select {
	case r.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	for {
		r.mu.Lock()
		wait := time.Until(r.paused)
		r.mu.Unlock()
		if wait <= 0 {
			break
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-r.sem
			return ctx.Err()
		}
	}
	// Wait fails at once when the token would come after ctx's deadline.
	if err := r.limiter.Wait(ctx); err != nil {
		<-r.sem
		return err
	}
	return nil
}

func (r *registry) release() { <-r.sem }

// pause holds back every request to this registry until t.
func (r *registry) pause(t time.Time) {
	r.mu.Lock()
	if t.After(r.paused) {
		r.paused = t
	}
	r.mu.Unlock()
}

// rdap asks the registry at base about domain: 404 is available, 200 with an
// RDAP domain object is taken, 429 is retried after Retry-After when that
// fits before the deadline, and anything else is unknown with its reason.
func (c *Checker) rdap(ctx context.Context, base, domain string) Result {
	u, _ := url.Parse(base) // validated by ParseBootstrap
	host := u.Host
	reg := c.registry(host)
	unknown := func(reason Reason, format string, args ...any) Result {
		return Result{Domain: domain, State: Unknown, Reason: reason, Source: SourceRDAP, Server: host,
			Detail: fmt.Sprintf(format, args...), CheckedAt: c.opts.Now()}
	}
	target := base + "domain/" + domain
	for attempt := 0; ; attempt++ {
		if err := reg.acquire(ctx); err != nil {
			if ctx.Err() != nil {
				return c.interrupted(ctx, domain, host)
			}
			// The limiter saw that the next token comes after the deadline.
			return unknown(ReasonTimeout, "the rate limit for %s leaves no slot before the check deadline", host)
		}
		status, retryAfter, body, err := c.get(ctx, target)
		reg.release()
		if err != nil {
			if ctx.Err() != nil {
				return c.interrupted(ctx, domain, host)
			}
			return unknown(ReasonNetwork, "RDAP request to %s failed: %v", host, err)
		}
		switch status {
		case http.StatusNotFound:
			return Result{Domain: domain, State: Available, Source: SourceRDAP, Server: host,
				Detail: "the registry has no registration for it (RDAP 404)", CheckedAt: c.opts.Now()}
		case http.StatusOK:
			if err := checkDomainObject(body); err != nil {
				return unknown(ReasonMalformed, "RDAP 200 from %s but %v", host, err)
			}
			return Result{Domain: domain, State: Taken, Source: SourceRDAP, Server: host,
				Detail: "the registry has a registration (RDAP 200)", CheckedAt: c.opts.Now()}
		case http.StatusTooManyRequests:
			wait := parseRetryAfter(retryAfter, c.opts.Now())
			if wait <= 0 {
				wait = time.Second // no usable Retry-After: back off a little anyway
			}
			until := time.Now().Add(wait)
			reg.pause(until)
			if attempt >= c.opts.MaxRetries {
				return unknown(ReasonRateLimited, "%s answered 429 Too Many Requests %d times", host, attempt+1)
			}
			if dl, ok := ctx.Deadline(); ok && until.After(dl) {
				return unknown(ReasonRateLimited, "%s answered 429 and asked to wait %s, past the check deadline", host, wait.Round(time.Millisecond))
			}
		default:
			return unknown(ReasonServerError, "%s answered HTTP %d", host, status)
		}
	}
}

func (c *Checker) get(ctx context.Context, target string) (status int, retryAfter string, body []byte, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return 0, "", nil, err
	}
	req.Header.Set("Accept", "application/rdap+json")
	if c.opts.UserAgent != "" {
		req.Header.Set("User-Agent", c.opts.UserAgent)
	}
	resp, err := c.opts.HTTPClient.Do(req)
	if err != nil {
		return 0, "", nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusOK {
		body, err = io.ReadAll(io.LimitReader(resp.Body, maxRDAPBytes))
		if err != nil {
			return 0, "", nil, err
		}
	} else {
		// Draining lets the connection be reused; a failure only costs that.
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	}
	return resp.StatusCode, resp.Header.Get("Retry-After"), body, nil
}

// checkDomainObject accepts an RDAP domain object (RFC 9083 §5.3).
func checkDomainObject(body []byte) error {
	var obj struct {
		ObjectClassName string `json:"objectClassName"`
	}
	if err := json.Unmarshal(body, &obj); err != nil {
		return fmt.Errorf("the body is not JSON (%w)", err)
	}
	if obj.ObjectClassName != "domain" {
		return fmt.Errorf("the body is not a domain object (objectClassName %q)", obj.ObjectClassName)
	}
	return nil
}

// parseRetryAfter reads delay-seconds or an HTTP date (RFC 9110 §10.2.3).
func parseRetryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return t.Sub(now)
	}
	return 0
}
