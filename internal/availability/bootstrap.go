package availability

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/domainyours/domainyours/internal/atomicfile"
)

// IANABootstrapURL is where IANA publishes the RDAP bootstrap file for DNS
// (RFC 9224); `domainyours availability update-bootstrap` fetches it.
const IANABootstrapURL = "https://data.iana.org/rdap/dns.json"

// ianaSnapshot is IANA's dns.json as published on 2026-06-26T18:00:02Z, byte
// for byte (71,322 bytes, 593 services, 1,199 TLDs). No network was reachable
// when it was added; it was taken from a stored public copy of that file
// (github.com/jarthod/rdap, data/dns.json at commit cb620ccb), which keeps
// IANA's publication stamp. Refresh it with update-bootstrap.
//
//go:embed iana-dns.json
var ianaSnapshot []byte

// Bootstrap maps TLDs to the RDAP base URLs of their registries.
type Bootstrap struct {
	Publication time.Time
	Source      string              // "embedded", or the file it was read from
	services    map[string][]string // TLD (ASCII, lower case) → base URLs ending in "/"
}

// Embedded returns the snapshot compiled into the binary.
func Embedded() *Bootstrap {
	b, err := ParseBootstrap(ianaSnapshot, "embedded")
	if err != nil {
		// The snapshot is tested; failing here means the binary was built wrong.
		panic("availability: embedded IANA bootstrap is invalid: " + err.Error())
	}
	return b
}

// bootstrapFile is the wire format of RFC 9224 §3.
type bootstrapFile struct {
	Version     string       `json:"version"`
	Publication string       `json:"publication"`
	Services    [][][]string `json:"services"`
}

// ParseBootstrap reads an RFC 9224 DNS bootstrap file. A file with no
// services, a bad publication date or a URL that is not http(s) is rejected,
// so a truncated download never replaces a good file.
func ParseBootstrap(data []byte, source string) (*Bootstrap, error) {
	var f bootstrapFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s is not an RDAP bootstrap file: %w", source, err)
	}
	if f.Version != "1.0" {
		return nil, fmt.Errorf("%s: bootstrap version %q, want \"1.0\" (RFC 9224)", source, f.Version)
	}
	pub, err := time.Parse(time.RFC3339, f.Publication)
	if err != nil {
		return nil, fmt.Errorf("%s: publication %q is not an RFC 3339 time", source, f.Publication)
	}
	if len(f.Services) == 0 {
		return nil, fmt.Errorf("%s lists no services", source)
	}
	b := &Bootstrap{Publication: pub, Source: source, services: map[string][]string{}}
	for i, svc := range f.Services {
		if len(svc) != 2 || len(svc[0]) == 0 || len(svc[1]) == 0 {
			return nil, fmt.Errorf("%s: service %d is not [[TLDs], [URLs]]", source, i+1)
		}
		var urls []string
		for _, raw := range svc[1] {
			u, err := url.Parse(raw)
			if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
				return nil, fmt.Errorf("%s: service %d: %q is not an http(s) URL", source, i+1, raw)
			}
			if !strings.HasSuffix(raw, "/") {
				raw += "/" // RFC 9224 §3: base URLs end in "/"; tolerate files that forget
			}
			urls = append(urls, raw)
		}
		for _, tld := range svc[0] {
			b.services[strings.ToLower(strings.TrimSuffix(tld, "."))] = preferHTTPS(urls)
		}
	}
	return b, nil
}

// preferHTTPS orders https URLs first (RFC 9224 §5: prefer secure transport).
func preferHTTPS(urls []string) []string {
	out := make([]string, 0, len(urls))
	for _, u := range urls {
		if strings.HasPrefix(u, "https:") {
			out = append(out, u)
		}
	}
	for _, u := range urls {
		if !strings.HasPrefix(u, "https:") {
			out = append(out, u)
		}
	}
	return out
}

// TLDs is the number of TLDs with an RDAP service.
func (b *Bootstrap) TLDs() int { return len(b.services) }

// Lookup returns the RDAP base URL for a domain and the bootstrap entry that
// matched: the longest label suffix, as RFC 9224 §4 asks, so an entry for
// "co.uk" would win over "uk".
func (b *Bootstrap) Lookup(domain string) (base, entry string, ok bool) {
	labels := strings.Split(strings.ToLower(domain), ".")
	for i := 1; i < len(labels); i++ {
		suffix := strings.Join(labels[i:], ".")
		if urls, found := b.services[suffix]; found {
			return urls[0], suffix, true
		}
	}
	return "", "", false
}

// CachedBootstrapPath is where update-bootstrap saves the file under the
// cache folder.
func CachedBootstrapPath(cacheDir string) string {
	return filepath.Join(cacheDir, "availability", "dns.json")
}

// LoadBootstrap picks the bootstrap to use: the file named by override
// (DOMAINYOURS_RDAP_BOOTSTRAP) when set, which must then be valid; else the
// copy update-bootstrap saved in the cache folder when it is newer than the
// embedded snapshot; else the snapshot.
func LoadBootstrap(override, cacheDir string) (*Bootstrap, error) {
	if override != "" {
		data, err := os.ReadFile(override)
		if err != nil {
			return nil, fmt.Errorf("reading the RDAP bootstrap file: %w", err)
		}
		return ParseBootstrap(data, override)
	}
	embedded := Embedded()
	if cacheDir == "" {
		return embedded, nil
	}
	path := CachedBootstrapPath(cacheDir)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return embedded, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the saved RDAP bootstrap: %w", err)
	}
	saved, err := ParseBootstrap(data, path)
	if err != nil {
		return nil, fmt.Errorf("%w (delete it or run update-bootstrap again)", err)
	}
	if saved.Publication.After(embedded.Publication) {
		return saved, nil
	}
	return embedded, nil
}

// maxBootstrapBytes bounds a bootstrap download; IANA's file is ~70 KB.
const maxBootstrapBytes = 4 << 20

// UpdateBootstrap downloads a bootstrap file from src, checks that it parses
// and saves it atomically at dest (CachedBootstrapPath). It returns the new
// bootstrap.
func UpdateBootstrap(ctx context.Context, client *http.Client, src, userAgent, dest string) (*Bootstrap, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src, nil)
	if err != nil {
		return nil, fmt.Errorf("bootstrap URL %q: %w", src, err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("downloading the RDAP bootstrap from %s: %w", src, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("downloading the RDAP bootstrap from %s: HTTP %d", src, resp.StatusCode)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxBootstrapBytes+1))
	if err != nil {
		return nil, fmt.Errorf("downloading the RDAP bootstrap from %s: %w", src, err)
	}
	if len(data) > maxBootstrapBytes {
		return nil, fmt.Errorf("the RDAP bootstrap from %s is larger than %d bytes", src, maxBootstrapBytes)
	}
	b, err := ParseBootstrap(data, src)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return nil, fmt.Errorf("cannot create %s: %w", filepath.Dir(dest), err)
	}
	if err := atomicfile.WriteFile(dest, data, 0o644); err != nil {
		return nil, err
	}
	b.Source = dest
	return b, nil
}
