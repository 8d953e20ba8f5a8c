package availability

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/dns/dnsmessage"
)

// dnsConcurrency bounds the NS queries in flight to the one resolver.
const dnsConcurrency = 8

// ednsPayload is the UDP payload size advertised with EDNS(0): the DNS
// flag day 2020 value, which avoids IP fragmentation.
const ednsPayload = 1232

type dnsLooker struct {
	server  string
	timeout time.Duration
	dialer  net.Dialer
	sem     chan struct{}
}

func newDNSLooker(server string, timeout time.Duration) *dnsLooker {
	return &dnsLooker{server: server, timeout: timeout, sem: make(chan struct{}, dnsConcurrency)}
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

	owner := domain
	if !strings.HasSuffix(owner, ".") {
		owner += "."
	}
	a, err := l.exchange(ctx, owner)
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded) {
			return false, "no answer from " + l.server + " in time"
		}
		return false, "query to " + l.server + " failed: " + err.Error()
	}
	if a.rcode != dnsmessage.RCodeSuccess {
		return false, rcodeName(a.rcode)
	}
	for _, name := range a.nsOwners {
		if strings.EqualFold(name, owner) {
			return true, ""
		}
	}
	return false, fmt.Sprintf("no NS records (%d other answers)", a.answers-len(a.nsOwners))
}

// nsAnswer is what hasNS needs of a reply.
type nsAnswer struct {
	rcode     dnsmessage.RCode // with EDNS(0)'s extended bits
	truncated bool
	answers   int      // records in the answer section
	nsOwners  []string // owner names of its NS records
}

// exchange sends one NS query over UDP, and again over TCP when the UDP
// reply says it was truncated.
func (l *dnsLooker) exchange(ctx context.Context, owner string) (nsAnswer, error) {
	query, id, err := nsQuery(owner)
	if err != nil {
		return nsAnswer{}, err
	}
	a, err := l.exchangeUDP(ctx, query, id, owner)
	if err == nil && a.truncated {
		a, err = l.exchangeTCP(ctx, query, id, owner)
	}
	return a, err
}

// dial connects to the resolver; the connection's reads and writes fail
// once ctx is done (its deadline included). done closes it.
func (l *dnsLooker) dial(ctx context.Context, network string) (net.Conn, func(), error) {
	conn, err := l.dialer.DialContext(ctx, network, l.server)
	if err != nil {
		return nil, nil, err
	}
	stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Now()) })
	return conn, func() { stop(); _ = conn.Close() }, nil
}

func (l *dnsLooker) exchangeUDP(ctx context.Context, query []byte, id uint16, owner string) (nsAnswer, error) {
	conn, done, err := l.dial(ctx, "udp")
	if err != nil {
		return nsAnswer{}, err
	}
	defer done()
	if _, err := conn.Write(query); err != nil {
		return nsAnswer{}, ctxErr(ctx, err)
	}
	buf := make([]byte, 65535)
	for {
		n, err := conn.Read(buf)
		if err != nil {
			return nsAnswer{}, ctxErr(ctx, err)
		}
		// A reply to another query (a late one, or a spoof) is not ours:
		// keep reading until ours or the deadline.
		if a, ok := parseNSAnswer(buf[:n], id, owner); ok {
			return a, nil
		}
	}
}

func (l *dnsLooker) exchangeTCP(ctx context.Context, query []byte, id uint16, owner string) (nsAnswer, error) {
	conn, done, err := l.dial(ctx, "tcp")
	if err != nil {
		return nsAnswer{}, err
	}
	defer done()
	// Over TCP each message is preceded by its length (RFC 1035 4.2.2).
	framed := binary.BigEndian.AppendUint16(make([]byte, 0, 2+len(query)), uint16(len(query)))
	if _, err := conn.Write(append(framed, query...)); err != nil {
		return nsAnswer{}, ctxErr(ctx, err)
	}
	r := bufio.NewReader(conn)
	var size [2]byte
	if _, err := io.ReadFull(r, size[:]); err != nil {
		return nsAnswer{}, ctxErr(ctx, err)
	}
	msg := make([]byte, binary.BigEndian.Uint16(size[:]))
	if _, err := io.ReadFull(r, msg); err != nil {
		return nsAnswer{}, ctxErr(ctx, err)
	}
	a, ok := parseNSAnswer(msg, id, owner)
	if !ok {
		return nsAnswer{}, errors.New("the TCP reply does not answer the query")
	}
	return a, nil
}

// ctxErr prefers the context's error to the one its deadline caused.
func ctxErr(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

// nsQuery builds a recursive NS query with a random ID and an EDNS(0)
// record, as resolvers expect.
func nsQuery(owner string) ([]byte, uint16, error) {
	name, err := dnsmessage.NewName(owner)
	if err != nil {
		return nil, 0, fmt.Errorf("%q is not a DNS name: %w", owner, err)
	}
	id := uint16(rand.Uint32())
	b := dnsmessage.NewBuilder(make([]byte, 0, 64), dnsmessage.Header{ID: id, RecursionDesired: true})
	b.EnableCompression()
	var opt dnsmessage.ResourceHeader
	err = errors.Join(
		b.StartQuestions(),
		b.Question(dnsmessage.Question{Name: name, Type: dnsmessage.TypeNS, Class: dnsmessage.ClassINET}),
		b.StartAdditionals(),
		opt.SetEDNS0(ednsPayload, dnsmessage.RCodeSuccess, false),
		b.OPTResource(opt, dnsmessage.OPTResource{}),
	)
	if err != nil {
		return nil, 0, err
	}
	msg, err := b.Finish()
	return msg, id, err
}

// parseNSAnswer reads a reply; ok is false when it is not a reply to the
// query with this ID and question, or not a DNS message at all.
func parseNSAnswer(msg []byte, id uint16, owner string) (nsAnswer, bool) {
	var p dnsmessage.Parser
	h, err := p.Start(msg)
	if err != nil || !h.Response || h.ID != id {
		return nsAnswer{}, false
	}
	q, err := p.Question()
	if err != nil || q.Type != dnsmessage.TypeNS || !strings.EqualFold(q.Name.String(), owner) {
		return nsAnswer{}, false
	}
	a := nsAnswer{rcode: h.RCode, truncated: h.Truncated}
	if h.Truncated {
		return a, true // the TCP reply is the one to read
	}
	if err := p.SkipAllQuestions(); err != nil {
		return nsAnswer{}, false
	}
	for {
		rh, err := p.AnswerHeader()
		if errors.Is(err, dnsmessage.ErrSectionDone) {
			break
		}
		if err != nil {
			return nsAnswer{}, false
		}
		a.answers++
		if rh.Type == dnsmessage.TypeNS {
			a.nsOwners = append(a.nsOwners, rh.Name.String())
		}
		if err := p.SkipAnswer(); err != nil {
			return nsAnswer{}, false
		}
	}
	if err := p.SkipAllAuthorities(); err != nil {
		return a, true
	}
	for {
		rh, err := p.AdditionalHeader()
		if err != nil {
			break // ErrSectionDone, or a broken trailer that changes nothing above
		}
		if rh.Type == dnsmessage.TypeOPT {
			a.rcode = rh.ExtendedRCode(h.RCode)
		}
		if p.SkipAdditional() != nil {
			break
		}
	}
	return a, true
}

// rcodeName spells a response code as dig and the RFCs do.
func rcodeName(c dnsmessage.RCode) string {
	names := [...]string{"NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED",
		"YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE"}
	if int(c) < len(names) {
		return names[c]
	}
	return "RCODE " + strconv.Itoa(int(c))
}

// SystemDNSServer returns the first nameserver of /etc/resolv.conf as
// host:port, the resolver used when DOMAINYOURS_DNS_SERVER is not set.
func SystemDNSServer() (string, error) {
	f, err := os.Open("/etc/resolv.conf")
	if err != nil {
		return "", fmt.Errorf("reading the system resolver from /etc/resolv.conf: %w", err)
	}
	defer f.Close()
	server, err := firstNameserver(f)
	if err != nil {
		return "", fmt.Errorf("reading the system resolver from /etc/resolv.conf: %w", err)
	}
	if server == "" {
		return "", errors.New("/etc/resolv.conf names no nameserver")
	}
	return server, nil
}

// firstNameserver reads resolv.conf(5): the first "nameserver ADDRESS"
// line, as host:53. Comments start with # or ;.
func firstNameserver(r io.Reader) (string, error) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) >= 2 && f[0] == "nameserver" {
			return net.JoinHostPort(f[1], "53"), nil
		}
	}
	return "", sc.Err()
}
