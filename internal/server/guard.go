package server

import (
	"crypto/sha256"
	"crypto/subtle"
	"math"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// auth requires "Authorization: Bearer <token>" when a token is configured.
// Both sides are hashed first so the comparison takes the same time whatever
// the length of the guess.
func (s *Server) auth(next http.Handler) http.Handler {
	if s.cfg.Token == "" {
		return next
	}
	want := sha256.Sum256([]byte(s.cfg.Token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		sum := sha256.Sum256([]byte(strings.TrimSpace(got)))
		if !ok || subtle.ConstantTimeCompare(sum[:], want[:]) != 1 {
			s.metrics.rejected.WithLabelValues("unauthorized").Inc()
			w.Header().Set("WWW-Authenticate", `Bearer realm="domainyours"`)
			writeError(w, r, http.StatusUnauthorized, codeUnauthorized,
				"this server needs an API token: send the header Authorization: Bearer <token>")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// capped holds one of MaxConcurrent slots while the backend works. When all
// are taken the request is turned away at once with 429: backend calls are
// the scarce resource, and a queue in front of a slow model only turns into
// a pile of timeouts.
func (s *Server) capped(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case s.slots <- struct{}{}:
		default:
			s.metrics.rejected.WithLabelValues("overloaded").Inc()
			w.Header().Set("Retry-After", "1")
			writeError(w, r, http.StatusTooManyRequests, codeOverloaded,
				"the server is answering as many requests as it can; retry after a second")
			return
		}
		s.metrics.backendCalls.Inc()
		defer func() {
			s.metrics.backendCalls.Dec()
			<-s.slots
		}()
		next.ServeHTTP(w, r)
	})
}

// rateLimit applies a token bucket per client address.
func (s *Server) rateLimit(next http.Handler) http.Handler {
	if s.limits == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if wait := s.limits.take(clientAddr(r), time.Now()); wait > 0 {
			s.metrics.rejected.WithLabelValues("rate_limited").Inc()
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			writeError(w, r, http.StatusTooManyRequests, codeRateLimited,
				"too many requests from this client; retry after the number of seconds in Retry-After")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// clientAddr is the peer's IP address. X-Forwarded-For is not trusted: a
// client could name any address in it.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// clientLimits keeps one token bucket per client; buckets idle long enough
// to be full again are dropped, so many clients do not grow memory for ever.
type clientLimits struct {
	rate  rate.Limit
	burst int
	idle  time.Duration

	mu        sync.Mutex
	buckets   map[string]*bucket
	lastSweep time.Time
	latest    time.Time // the latest now seen: rate.Limiter refunds time that runs backwards
}

type bucket struct {
	lim  *rate.Limiter
	seen time.Time
}

func newClientLimits(perSecond float64, burst int) *clientLimits {
	// After burst/rate seconds an idle bucket is full: forgetting it changes nothing.
	idle := time.Duration(float64(burst)/perSecond*float64(time.Second)) + time.Second
	return &clientLimits{rate: rate.Limit(perSecond), burst: burst, idle: idle, buckets: map[string]*bucket{}}
}

// take spends one token of client's bucket; it returns 0 when the request
// may go on, else how long until a token is there.
func (c *clientLimits) take(client string, now time.Time) time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	// Callers read the clock before taking the lock, so concurrent requests
	// arrive out of order; a Limiter given an earlier time rewinds its clock
	// and grants the same interval's tokens twice.
	if now.Before(c.latest) {
		now = c.latest
	}
	c.latest = now
	if now.Sub(c.lastSweep) > c.idle {
		for k, b := range c.buckets {
			if now.Sub(b.seen) > c.idle {
				delete(c.buckets, k)
			}
		}
		c.lastSweep = now
	}
	b, ok := c.buckets[client]
	if !ok {
		b = &bucket{lim: rate.NewLimiter(c.rate, c.burst)}
		c.buckets[client] = b
	}
	b.seen = now
	res := b.lim.ReserveN(now, 1)
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return d
	}
	return 0
}

// cors adds the CORS headers for allowed origins; with none configured it
// adds nothing, and browsers keep other sites' pages from calling the API.
func (s *Server) cors(next http.Handler) http.Handler {
	if len(s.cfg.CORSOrigins) == 0 {
		return next
	}
	any := slices.Contains(s.cfg.CORSOrigins, "*")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Add("Vary", "Origin")
		if o := r.Header.Get("Origin"); o != "" && (any || slices.Contains(s.cfg.CORSOrigins, o)) {
			h.Set("Access-Control-Allow-Origin", o)
			h.Set("Access-Control-Expose-Headers", "Retry-After, X-Request-Id")
		}
		next.ServeHTTP(w, r)
	})
}

// preflight answers a browser's CORS preflight; without --cors-origin there
// is no cross-origin access and OPTIONS is not allowed.
func (s *Server) preflight(w http.ResponseWriter, r *http.Request) {
	if len(s.cfg.CORSOrigins) == 0 || w.Header().Get("Access-Control-Allow-Origin") == "" {
		methodNotAllowed("POST")(w, r)
		return
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Methods", "POST")
	h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-Id")
	h.Set("Access-Control-Max-Age", "600")
	w.WriteHeader(http.StatusNoContent)
}
