// Package availabilitytest has the servers the availability tests talk to on
// loopback: a registry's RDAP server (httptest, RFC 9083 answers and the
// failures real ones show), a DNS resolver (UDP and TCP, wire format by x/net's dnsmessage) and bootstrap files
// (RFC 9224) pointing TLDs at them.
package availabilitytest

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/dns/dnsmessage"
)

// RDAP is one registry's RDAP server on loopback, speaking RFC 9083: a
// domain object with 200 for "taken", 404 for "free" (and any name it does
// not know), and the failures a real server shows: "500", "malformed" (a
// truncated body), "slow" (never answers until the client gives up), "429"
// (once, then 404) and "429always", with Retry-After RetryAfter.
type RDAP struct {
	srv *httptest.Server

	mu          sync.Mutex
	latency     time.Duration     // added to every answer
	answers     map[string]string // domain → taken, free, 500, malformed, slow, 429
	fallback    string            // the answer for domains not in answers (default free)
	retryAfter  string            // Retry-After of a 429
	hits        map[string]int
	inflight    int
	maxInflight int
	headers     []http.Header
	stop        chan struct{}
	arrivals    chan string // each request's domain, as it arrives
}

// NewRDAP starts a registry that answers for domains as answers says; it
// stops when the test ends.
func NewRDAP(t testing.TB, answers map[string]string) *RDAP {
	t.Helper()
	if answers == nil {
		answers = map[string]string{}
	}
	f := &RDAP{answers: answers, hits: map[string]int{}, stop: make(chan struct{}), retryAfter: "1",
		arrivals: make(chan string, 1024)}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(func() { close(f.stop); f.srv.Close() })
	return f
}

func (f *RDAP) serve(w http.ResponseWriter, r *http.Request) {
	name, ok := strings.CutPrefix(r.URL.Path, "/domain/")
	if !ok {
		http.Error(w, "no such path", http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	f.inflight++
	if f.inflight > f.maxInflight {
		f.maxInflight = f.inflight
	}
	f.hits[name]++
	hit := f.hits[name]
	f.headers = append(f.headers, r.Header.Clone())
	answer, ok := f.answers[name]
	if !ok {
		answer = f.fallback
	}
	latency, retryAfter := f.latency, f.retryAfter
	f.mu.Unlock()
	select {
	case f.arrivals <- name:
	default:
	}
	defer func() { f.mu.Lock(); f.inflight--; f.mu.Unlock() }()

	if latency > 0 {
		t := time.NewTimer(latency) // the registry's own latency, not a test waiting
		defer t.Stop()
		select {
		case <-t.C:
		case <-r.Context().Done():
			return
		}
	}
	w.Header().Set("Content-Type", "application/rdap+json")
	switch {
	case answer == "taken":
		// A write error means the client went away; nothing to answer then.
		_ = json.NewEncoder(w).Encode(map[string]any{
			"objectClassName": "domain", "ldhName": strings.ToUpper(name),
			"rdapConformance": []string{"rdap_level_0"}, "status": []string{"active"},
		})
	case answer == "malformed":
		fmt.Fprint(w, `{"objectClassName": "domain", "ldhName": `)
	case answer == "500":
		w.WriteHeader(http.StatusInternalServerError)
	case answer == "slow":
		select { // holds the request until the client gives up
		case <-r.Context().Done():
		case <-f.stop:
		}
	case answer == "429" && hit == 1, answer == "429always":
		w.Header().Set("Retry-After", retryAfter)
		w.WriteHeader(http.StatusTooManyRequests)
	default: // free, and 429 after the first hit
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, `{"errorCode": 404, "title": "Not Found"}`)
	}
}

// SetLatency delays every answer by d, the registry's own latency.
func (f *RDAP) SetLatency(d time.Duration) {
	f.mu.Lock()
	f.latency = d
	f.mu.Unlock()
}

// SetRetryAfter sets the Retry-After header of 429 answers (default "1").
func (f *RDAP) SetRetryAfter(v string) {
	f.mu.Lock()
	f.retryAfter = v
	f.mu.Unlock()
}

// Arrivals receives the domain of each request as it arrives.
func (f *RDAP) Arrivals() <-chan string { return f.arrivals }

// Stats returns the most requests that were in flight at once and the
// headers of every request so far.
func (f *RDAP) Stats() (maxInflight int, headers []http.Header) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.maxInflight, append([]http.Header(nil), f.headers...)
}

// SetDefault sets the answer for domains without their own (default "free").
func (f *RDAP) SetDefault(answer string) {
	f.mu.Lock()
	f.fallback = answer
	f.mu.Unlock()
}

// Set changes the answer for one domain.
func (f *RDAP) Set(name, answer string) {
	f.mu.Lock()
	f.answers[name] = answer
	f.mu.Unlock()
}

// Hits is how many requests asked about name.
func (f *RDAP) Hits(name string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.hits[name]
}

// Base is the RDAP base URL to put in a bootstrap file.
func (f *RDAP) Base() string { return f.srv.URL + "/" }

// DNS is a resolver on loopback answering NS queries: "ns" delegates the
// name, "ns-of-parent" answers with NS records owned by another name,
// "truncated" sets the TC bit over UDP and delegates over TCP (as a real
// resolver does when a reply does not fit), "servfail" and "refused" fail,
// "timeout" never answers, anything else is NXDOMAIN. It listens on UDP and
// on TCP at the same port.
type DNS struct {
	Addr    string
	mu      sync.Mutex
	answers map[string]string
	queries map[string]int
	tcp     map[string]int
}

// NewDNS starts a resolver on loopback UDP and TCP; Addr is its host:port.
// It stops when the test ends.
func NewDNS(t testing.TB, answers map[string]string) *DNS {
	t.Helper()
	var pc net.PacketConn
	var ln net.Listener
	for try := 0; ln == nil; try++ { // the UDP port may be taken over TCP: pick another
		p, err := net.ListenPacket("udp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		l, err := net.Listen("tcp", p.LocalAddr().String())
		if err != nil {
			_ = p.Close()
			if try == 20 {
				t.Fatalf("fake DNS server: no port free on both UDP and TCP: %v", err)
			}
			continue
		}
		pc, ln = p, l
	}
	f := &DNS{Addr: pc.LocalAddr().String(), answers: answers, queries: map[string]int{}, tcp: map[string]int{}}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); f.serveUDP(pc) }()
	go func() { defer wg.Done(); f.serveTCP(ln) }()
	t.Cleanup(func() {
		_ = pc.Close()
		_ = ln.Close()
		wg.Wait()
	})
	return f
}

func (f *DNS) serveUDP(pc net.PacketConn) {
	buf := make([]byte, 65535)
	for {
		n, addr, err := pc.ReadFrom(buf)
		if err != nil {
			return // closed at cleanup
		}
		if reply := f.reply(buf[:n], false); reply != nil {
			_, _ = pc.WriteTo(reply, addr) // a lost reply is what the client's timeout is for
		}
	}
}

func (f *DNS) serveTCP(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return // closed at cleanup
		}
		go func() {
			defer func() { _ = c.Close() }()
			for { // RFC 1035 4.2.2: each message after its 2-byte length
				var size [2]byte
				if _, err := io.ReadFull(c, size[:]); err != nil {
					return
				}
				msg := make([]byte, binary.BigEndian.Uint16(size[:]))
				if _, err := io.ReadFull(c, msg); err != nil {
					return
				}
				reply := f.reply(msg, true)
				if reply == nil {
					return
				}
				if _, err := c.Write(append(binary.BigEndian.AppendUint16(nil, uint16(len(reply))), reply...)); err != nil {
					return
				}
			}
		}()
	}
}

// reply builds the answer to one query, or nil for no answer.
func (f *DNS) reply(query []byte, overTCP bool) []byte {
	var p dnsmessage.Parser
	h, err := p.Start(query)
	if err != nil {
		return nil
	}
	q, err := p.Question()
	if err != nil {
		return nil
	}
	name := strings.TrimSuffix(strings.ToLower(q.Name.String()), ".")
	f.mu.Lock()
	f.queries[name]++
	if overTCP {
		f.tcp[name]++
	}
	answer := f.answers[name]
	f.mu.Unlock()

	rh := dnsmessage.Header{ID: h.ID, Response: true, RecursionDesired: h.RecursionDesired, RecursionAvailable: true}
	var owner string
	switch answer {
	case "ns":
		owner = q.Name.String()
	case "ns-of-parent":
		owner = "com."
	case "truncated":
		if overTCP {
			owner = q.Name.String()
		} else {
			rh.Truncated = true
		}
	case "servfail":
		rh.RCode = dnsmessage.RCodeServerFailure
	case "refused":
		rh.RCode = dnsmessage.RCodeRefused
	case "timeout":
		return nil
	default:
		rh.RCode = dnsmessage.RCodeNameError
	}
	b := dnsmessage.NewBuilder(nil, rh)
	b.EnableCompression()
	err = errors.Join(b.StartQuestions(), b.Question(q), b.StartAnswers())
	if owner != "" {
		on := dnsmessage.MustNewName(owner)
		target := dnsmessage.MustNewName("ns1.registrar-servers.example.")
		if owner == "com." {
			target = dnsmessage.MustNewName("a.gtld-servers.net.")
		}
		err = errors.Join(err, b.NSResource(dnsmessage.ResourceHeader{Name: on, Class: dnsmessage.ClassINET, TTL: 300}, dnsmessage.NSResource{NS: target}))
	}
	msg, ferr := b.Finish()
	if err = errors.Join(err, ferr); err != nil {
		panic(fmt.Sprintf("fake DNS server: building a reply: %v", err))
	}
	return msg
}

// Queries is how many queries asked about name.
func (f *DNS) Queries(name string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.queries[name]
}

// TCPQueries is how many of them came over TCP.
func (f *DNS) TCPQueries(name string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.tcp[name]
}

// WriteBootstrap writes an RFC 9224 file mapping each TLD to a base URL and
// returns its path; TLDs not listed have no RDAP.
func WriteBootstrap(t testing.TB, pub string, tlds map[string]string) string {
	t.Helper()
	var services [][][]string
	for tld, base := range tlds {
		services = append(services, [][]string{{tld}, {base}})
	}
	data, err := json.Marshal(map[string]any{
		"description": "RDAP bootstrap file for Domain Name System registrations",
		"publication": pub, "services": services, "version": "1.0",
	})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "dns.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
