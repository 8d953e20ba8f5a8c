package availability

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/miekg/dns"
)

// dnsConcurrency bounds the NS queries in flight to the one resolver.
const dnsConcurrency = 8

type dnsLooker struct {
	server  string
	timeout time.Duration
	udp     *dns.Client
	tcp     *dns.Client
	sem     chan struct{}
}

func newDNSLooker(server string, timeout time.Duration) *dnsLooker {
	return &dnsLooker{
		server: server, timeout: timeout,
		udp: &dns.Client{Net: "udp", Timeout: timeout},
		tcp: &dns.Client{Net: "tcp", Timeout: timeout},
		sem: make(chan struct{}, dnsConcurrency),
	}
}

// hasNS asks the resolver for the domain's NS records. Only NS records owned
// by the domain itself prove it taken (it is delegated, so registered).
// NXDOMAIN, an empty answer, SERVFAIL, REFUSED or a timeout prove nothing:
// the note says which, and the caller goes on to RDAP.
func (l *dnsLooker) hasNS(ctx context.Context, domain string) (bool, string) {
	select {
	case l.sem <- struct{}{}:
	case <-ctx.Done():
		return false, "not asked before the deadline"
	}
	defer func() { <-l.sem }()
	ctx, cancel := context.WithTimeout(ctx, l.timeout)
	defer cancel()

	m := new(dns.Msg)
	m.SetQuestion(dns.Fqdn(domain), dns.TypeNS)
	m.RecursionDesired = true
	m.SetEdns0(1232, false)
	in, _, err := l.udp.ExchangeContext(ctx, m, l.server)
	if err == nil && in.Truncated {
		in, _, err = l.tcp.ExchangeContext(ctx, m, l.server)
	}
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded) {
			return false, "no answer from " + l.server + " in time"
		}
		return false, "query to " + l.server + " failed: " + err.Error()
	}
	if in.Rcode != dns.RcodeSuccess {
		return false, strings.ToUpper(dns.RcodeToString[in.Rcode])
	}
	owner := dns.Fqdn(domain)
	for _, rr := range in.Answer {
		if ns, ok := rr.(*dns.NS); ok && strings.EqualFold(ns.Hdr.Name, owner) {
			return true, ""
		}
	}
	return false, fmt.Sprintf("no NS records (%d other answers)", len(in.Answer))
}

// SystemDNSServer returns the first nameserver of /etc/resolv.conf as
// host:port, the resolver used when DOMAINYOURS_DNS_SERVER is not set.
func SystemDNSServer() (string, error) {
	cfg, err := dns.ClientConfigFromFile("/etc/resolv.conf")
	if err != nil {
		return "", fmt.Errorf("reading the system resolver from /etc/resolv.conf: %w", err)
	}
	if len(cfg.Servers) == 0 {
		return "", errors.New("/etc/resolv.conf names no nameserver")
	}
	return net.JoinHostPort(cfg.Servers[0], cfg.Port), nil
}
