package availability

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/availability/availabilitytest"
)

// The embedded snapshot is IANA's file of 2026-06-26 and routes the TLDs
// people ask for to their registries.
func TestEmbeddedSnapshot(t *testing.T) {
	b := Embedded()
	if want := time.Date(2026, 6, 26, 18, 0, 2, 0, time.UTC); !b.Publication.Equal(want) {
		t.Errorf("publication %v, want %v", b.Publication, want)
	}
	if len(ianaSnapshot) != 71322 || b.TLDs() != 1199 {
		t.Errorf("snapshot has %d bytes and %d TLDs; IANA's file of that date has 71322 and 1199", len(ianaSnapshot), b.TLDs())
	}
	for domain, want := range map[string]string{
		"breadnest.com":   "https://rdap.verisign.com/com/v1/",
		"breadnest.net":   "https://rdap.verisign.com/net/v1/",
		"breadnest.org":   "https://rdap.publicinterestregistry.org/rdap/",
		"breadnest.co.uk": "https://rdap.nominet.uk/uk/",
		"breadnest.app":   "https://pubapi.registry.google/rdap/",
		"breadnest.ai":    "https://rdap.identitydigital.services/rdap/",
		"breadnest.fr":    "https://rdap.nic.fr/",
		"BREADNEST.COM":   "https://rdap.verisign.com/com/v1/",
	} {
		if got, _, ok := b.Lookup(domain); !ok || got != want {
			t.Errorf("Lookup(%s) = %q, %v; want %q", domain, got, ok, want)
		}
	}
	// Registries that publish no RDAP service on that date.
	for _, d := range []string{"breadnest.io", "breadnest.de"} {
		if got, _, ok := b.Lookup(d); ok {
			t.Errorf("Lookup(%s) = %q; the snapshot has no RDAP service for it", d, got)
		}
	}
}

func TestLongestMatchWins(t *testing.T) {
	b, err := ParseBootstrap([]byte(`{"version":"1.0","publication":"2026-01-01T00:00:00Z","services":[
		[["uk"],["https://uk.example/"]], [["co.uk"],["http://couk.example/","https://couk.example/rdap"]]]}`), "test")
	if err != nil {
		t.Fatal(err)
	}
	if base, entry, _ := b.Lookup("x.co.uk"); base != "https://couk.example/rdap/" || entry != "co.uk" {
		t.Errorf("x.co.uk → %q (%s); want the co.uk entry, https first, with its trailing slash", base, entry)
	}
	if base, _, _ := b.Lookup("x.org.uk"); base != "https://uk.example/" {
		t.Errorf("x.org.uk → %q; want the uk entry", base)
	}
}

func TestParseBootstrapRejects(t *testing.T) {
	for name, doc := range map[string]string{
		"not json":      `{"version":`,
		"no version":    `{"publication":"2026-01-01T00:00:00Z","services":[[["com"],["https://x/"]]]}`,
		"bad date":      `{"version":"1.0","publication":"yesterday","services":[[["com"],["https://x/"]]]}`,
		"no services":   `{"version":"1.0","publication":"2026-01-01T00:00:00Z","services":[]}`,
		"bad service":   `{"version":"1.0","publication":"2026-01-01T00:00:00Z","services":[[["com"]]]}`,
		"ftp url":       `{"version":"1.0","publication":"2026-01-01T00:00:00Z","services":[[["com"],["ftp://x/"]]]}`,
		"relative url":  `{"version":"1.0","publication":"2026-01-01T00:00:00Z","services":[[["com"],["/rdap/"]]]}`,
		"empty tld set": `{"version":"1.0","publication":"2026-01-01T00:00:00Z","services":[[[],["https://x/"]]]}`,
	} {
		if _, err := ParseBootstrap([]byte(doc), "f.json"); err == nil || !strings.Contains(err.Error(), "f.json") {
			t.Errorf("%s: err = %v, want an error naming the file", name, err)
		}
	}
}

func TestLoadBootstrapPrecedence(t *testing.T) {
	// The override wins, and a broken override is an error, not a fallback.
	override := availabilitytest.WriteBootstrap(t, "2020-01-01T00:00:00Z", map[string]string{"com": "https://fake.example/"})
	b, err := LoadBootstrap(override, t.TempDir())
	if err != nil || b.Source != override {
		t.Fatalf("override: %v, %v", b, err)
	}
	if _, err := LoadBootstrap(filepath.Join(t.TempDir(), "missing.json"), ""); err == nil {
		t.Error("a missing override file must be an error")
	}

	cache := t.TempDir()
	if b, err := LoadBootstrap("", cache); err != nil || b.Source != "embedded" {
		t.Fatalf("no saved copy: %v, %v; want the embedded snapshot", b, err)
	}
	save := func(pub string) {
		src := availabilitytest.WriteBootstrap(t, pub, map[string]string{"com": "https://fake.example/"})
		data, _ := os.ReadFile(src)
		os.MkdirAll(filepath.Dir(CachedBootstrapPath(cache)), 0o755)
		if err := os.WriteFile(CachedBootstrapPath(cache), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	save("2027-01-01T00:00:00Z")
	if b, _ := LoadBootstrap("", cache); b.Source != CachedBootstrapPath(cache) {
		t.Errorf("a saved copy newer than the snapshot must be used; got %s", b.Source)
	}
	save("2025-01-01T00:00:00Z")
	if b, _ := LoadBootstrap("", cache); b.Source != "embedded" {
		t.Errorf("a saved copy older than the snapshot must not be used; got %s", b.Source)
	}
	os.WriteFile(CachedBootstrapPath(cache), []byte("{"), 0o644)
	if _, err := LoadBootstrap("", cache); err == nil || !strings.Contains(err.Error(), "update-bootstrap") {
		t.Errorf("a damaged saved copy: err = %v, want one that says what to do", err)
	}
}

func TestUpdateBootstrap(t *testing.T) {
	good, err := os.ReadFile(availabilitytest.WriteBootstrap(t, "2027-02-03T04:05:06Z", map[string]string{"com": "https://fake.example/"}))
	if err != nil {
		t.Fatal(err)
	}
	body := good
	var ua string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua = r.Header.Get("User-Agent")
		w.Write(body)
	}))
	defer srv.Close()
	dest := CachedBootstrapPath(t.TempDir())
	b, err := UpdateBootstrap(context.Background(), srv.Client(), srv.URL+"/rdap/dns.json", "domainyours/test", dest)
	if err != nil {
		t.Fatal(err)
	}
	if saved, _ := os.ReadFile(dest); !bytes.Equal(saved, good) {
		t.Error("the saved file must be the downloaded bytes")
	}
	if b.Publication.Year() != 2027 || ua != "domainyours/test" {
		t.Errorf("publication %v, User-Agent %q", b.Publication, ua)
	}
	// A truncated download is refused and the saved file stays as it was.
	body = good[:len(good)/2]
	if _, err := UpdateBootstrap(context.Background(), srv.Client(), srv.URL, "ua", dest); err == nil {
		t.Fatal("a truncated download must be an error")
	}
	if saved, _ := os.ReadFile(dest); !bytes.Equal(saved, good) {
		t.Error("a failed update must leave the saved file unchanged")
	}
}
