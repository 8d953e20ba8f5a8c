package ollama

import (
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
)

// DefaultPort is Ollama's port when OLLAMA_HOST names none and has no scheme.
const DefaultPort = "11434"

// ParseHost reads a server address in the syntax of Ollama's OLLAMA_HOST, so
// a value that works for the ollama CLI works here too:
//
//	""                           http://127.0.0.1:11434
//	"127.0.0.1:11434", ":11434"  http, the given port
//	"host", "[::1]", "::1"       http, port 11434
//	"http://host"                port 80 (443 for https://)
//	"https://host:8443/ollama"   a path prefix in front of /api
//	"ollama.com"                 https://ollama.com:443
//
// Surrounding spaces and quotes are dropped, as Ollama does. Where Ollama
// logs a warning and falls back to a default (a bad port, an unknown
// scheme), ParseHost returns an error instead: a mistyped address should
// stop the run, not send requests somewhere else. Credentials, queries and
// fragments are rejected because Ollama's API has no use for them.
func ParseHost(s string) (*url.URL, error) {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), `"'`))
	bad := func(format string, args ...any) error {
		return fmt.Errorf("ollama host %q: %s", s, fmt.Sprintf(format, args...))
	}
	if strings.Contains(s, "@") {
		// Do not echo the value: it probably holds a password.
		return nil, fmt.Errorf("ollama host: credentials (user:password@) are not supported; give host:port only")
	}

	defaultPort := DefaultPort
	scheme, hostport, hasScheme := strings.Cut(s, "://")
	switch {
	case !hasScheme:
		scheme, hostport = "http", s
		if s == "ollama.com" {
			scheme, hostport = "https", "ollama.com:443"
		}
	case scheme == "http":
		defaultPort = "80"
	case scheme == "https":
		defaultPort = "443"
	default:
		return nil, bad("scheme %q is not supported; use http://, https:// or no scheme", scheme)
	}

	hostport, path, _ := strings.Cut(hostport, "/")
	if strings.ContainsAny(hostport+path, "?#") {
		return nil, bad("a query or fragment has no meaning here; give host:port and at most a path prefix")
	}
	if hasScheme && hostport == "" {
		return nil, bad("no host after %s://", scheme)
	}

	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		// No port, as in "example.com" or "::1": Ollama then takes the whole
		// value as the host.
		host, port = "127.0.0.1", defaultPort
		if ip := net.ParseIP(strings.Trim(hostport, "[]")); ip != nil {
			host = ip.String()
		} else if hostport != "" {
			if strings.ContainsAny(hostport, ":[]") {
				return nil, bad("cannot split %q into host and port; write host:port, or [ipv6]:port", hostport)
			}
			host = hostport
		}
	}
	if net.ParseIP(host) == nil {
		if i := strings.IndexFunc(host, notHostChar); i >= 0 {
			return nil, bad("host %q holds %q; a host name is letters, digits, '-', '.' and '_' (write an internationalised name in its xn-- form)", host, host[i:i+1])
		}
	}
	if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 || strings.Trim(port, "0123456789") != "" {
		return nil, bad("port %q is not a number from 1 to 65535", port)
	}

	u := &url.URL{Scheme: scheme, Host: net.JoinHostPort(host, port)}
	if path != "" {
		u.Path = "/" + path
	}
	return u, nil
}

// notHostChar reports a rune that cannot appear in a host name. Underscores
// are allowed: container and compose service names use them.
func notHostChar(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '.' || r == '_')
}
