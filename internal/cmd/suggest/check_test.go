package suggest_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/app"
	"github.com/domainyours/domainyours/internal/availability"
	"github.com/domainyours/domainyours/internal/availability/availabilitytest"
	"github.com/domainyours/domainyours/internal/cmd/clitest"
	"github.com/domainyours/domainyours/internal/iostreams"
)

const desc = "a bakery in Lyon"

// world is a fake .com and .net registry, a resolver, and an environment
// pointing domainyours at them; .io has no RDAP service in its bootstrap.
type world struct {
	com, net *availabilitytest.RDAP
	dns      *availabilitytest.DNS
	env      map[string]string
}

func newWorld(t *testing.T, dnsAnswers map[string]string) *world {
	w := &world{com: availabilitytest.NewRDAP(t, nil), net: availabilitytest.NewRDAP(t, nil)}
	w.dns = availabilitytest.NewDNS(t, dnsAnswers)
	w.env = map[string]string{
		"DOMAINYOURS_BACKEND":        "builtin",
		"DOMAINYOURS_CACHE_DIR":      t.TempDir(),
		"DOMAINYOURS_ENV_FILE":       filepath.Join(t.TempDir(), "none.env"),
		"DOMAINYOURS_DNS_SERVER":     w.dns.Addr,
		"DOMAINYOURS_RDAP_BOOTSTRAP": availabilitytest.WriteBootstrap(t, "2026-11-30T00:00:00Z", map[string]string{"com": w.com.Base(), "net": w.net.Base()}),
	}
	os.WriteFile(w.env["DOMAINYOURS_ENV_FILE"], nil, 0o644)
	return w
}

type jsonOut struct {
	Suggestions []struct {
		Name         string                `json:"name"`
		Domains      []string              `json:"domains"`
		Availability []availability.Result `json:"availability"`
	} `json:"suggestions"`
	Search *struct {
		Found, Wanted, Checked, Rounds int
		Stop                           string
	} `json:"availability_search"`
}

func parse(t *testing.T, stdout string) jsonOut {
	t.Helper()
	var o jsonOut
	if err := json.Unmarshal([]byte(stdout), &o); err != nil {
		t.Fatalf("stdout is not one JSON object: %v\n%s", err, stdout)
	}
	return o
}

// names asks the builtin backend for names without any check, so the tests
// do not depend on what the generator happens to produce.
func names(t *testing.T, w *world, args ...string) []string {
	t.Helper()
	r := clitest.Run(t, w.env, append([]string{"suggest", "--json"}, append(args, desc)...)...)
	if r.Code != 0 {
		t.Fatalf("suggest: %d %s", r.Code, r.Stderr)
	}
	var out []string
	for _, s := range parse(t, r.Stdout).Suggestions {
		out = append(out, s.Name)
	}
	return out
}

// `suggest --check --tld com,io --json` gives every domain its answer and
// where it came from.
func TestCheckJSON(t *testing.T) {
	w := newWorld(t, nil)
	ns := names(t, w)
	w.dns = availabilitytest.NewDNS(t, map[string]string{ns[0] + ".com": "ns", ns[0] + ".io": "ns"})
	w.env["DOMAINYOURS_DNS_SERVER"] = w.dns.Addr
	w.com.Set(ns[1]+".com", "taken")
	w.com.Set(ns[2]+".com", "500")

	r := clitest.Run(t, w.env, "suggest", "--check", "--check-timeout", "30s", "--tld", "com,io", "--json", desc)
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	got := map[string]availability.Result{}
	for _, s := range parse(t, r.Stdout).Suggestions {
		if len(s.Availability) != 2 || s.Availability[0].Domain != s.Domains[0] || s.Availability[1].Domain != s.Domains[1] {
			t.Fatalf("%s: availability %+v does not follow domains %v", s.Name, s.Availability, s.Domains)
		}
		for _, a := range s.Availability {
			got[a.Domain] = a
		}
	}
	want := map[string][3]string{ // state, reason, source
		ns[0] + ".com": {"taken", "", "dns"},
		ns[0] + ".io":  {"taken", "", "dns"},
		ns[1] + ".com": {"taken", "", "rdap"},
		ns[2] + ".com": {"unknown", "server_error", "rdap"},
		ns[3] + ".com": {"available", "", "rdap"},
		ns[3] + ".io":  {"unknown", "no_rdap", ""},
	}
	for d, w := range want {
		a := got[d]
		if string(a.State) != w[0] || string(a.Reason) != w[1] || string(a.Source) != w[2] {
			t.Errorf("%s = %s/%s from %q, want %v", d, a.State, a.Reason, a.Source, w)
		}
	}
	if w.com.Hits(ns[0]+".com") != 0 {
		t.Error("a domain with NS records must not be asked of RDAP")
	}
	_, headers := w.com.Stats()
	if ua := headers[0].Get("User-Agent"); !strings.HasPrefix(ua, "domainyours/dev ") {
		t.Errorf("User-Agent %q must name the tool and its version", ua)
	}
}

// The table on a terminal has an AVAILABILITY column; piped output adds the
// state after a tab.
func TestCheckTableAndPlain(t *testing.T) {
	w := newWorld(t, nil)
	ns := names(t, w)
	w.com.Set(ns[0]+".com", "taken")

	ios, _, out, errOut := iostreams.Test()
	ios.StdoutTTY = true
	code := app.Run(context.Background(), []string{"suggest", "--check", "--check-timeout", "30s", "--tld", "com,io", desc}, ios, func(k string) (string, bool) {
		v, ok := w.env[k]
		return v, ok
	})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	table := out.String()
	for _, s := range []string{"AVAILABILITY", ns[0] + ".com", "taken (rdap)", ns[1] + ".com", "available (rdap)", ns[1] + ".io", "unknown: no rdap"} {
		if !strings.Contains(table, s) {
			t.Errorf("table lacks %q:\n%s", s, table)
		}
	}

	r := clitest.Run(t, w.env, "suggest", "--check", "--check-timeout", "30s", desc) // no --tld: .com
	lines := strings.Split(strings.TrimSpace(r.Stdout), "\n")
	if r.Code != 0 || len(lines) != 5 || lines[0] != ns[0]+".com\ttaken" || lines[1] != ns[1]+".com\tavailable" {
		t.Errorf("plain output (exit %d):\n%s\nwant domain<TAB>state lines for .com; stderr %s", r.Code, r.Stdout, r.Stderr)
	}
}

// --available-only keeps asking for names until --count have an available
// domain, and prints only those.
func TestAvailableOnlyFillsCount(t *testing.T) {
	w := newWorld(t, nil)
	first := names(t, w, "--count", "3")                // round 0: the names asked for
	more := names(t, w, "--count", "20", "--seed", "2") // round 1: the most names, with the next seed
	w.com.SetDefault("taken")
	w.net.SetDefault("taken")
	var free []string
	for _, n := range more {
		if !contains(first, n) && len(free) < 2 {
			free = append(free, n)
		}
	}
	free = append([]string{first[1]}, free...)
	for _, n := range free {
		w.com.Set(n+".com", "free")
	}

	r := clitest.Run(t, w.env, "suggest", "--available-only", "--check-timeout", "30s", "--count", "3", "--json", desc)
	if r.Code != 0 {
		t.Fatalf("exit %d: %s\nfree %v\nfirst %v\nmore %v\n%s", r.Code, r.Stderr, free, first, more, r.Stdout)
	}
	o := parse(t, r.Stdout)
	var got []string
	for _, s := range o.Suggestions {
		got = append(got, s.Name)
		if s.Availability[0].State != availability.Available || s.Availability[0].Source != availability.SourceRDAP {
			t.Errorf("%s kept with %+v; only names RDAP reported free may be kept", s.Name, s.Availability[0])
		}
	}
	if strings.Join(got, ",") != strings.Join(free, ",") {
		t.Errorf("kept %v, want %v", got, free)
	}
	if o.Search == nil || o.Search.Stop != "found" || o.Search.Rounds != 2 || o.Search.Found != 3 {
		t.Errorf("search %+v, want 3 found in 2 rounds", o.Search)
	}
	if !strings.Contains(r.Stderr, "3 of 3 names found") {
		t.Errorf("stderr should say what the search found: %s", r.Stderr)
	}

	plain := clitest.Run(t, w.env, "suggest", "--available-only", "--check-timeout", "30s", "--count", "3", "--tld", "com,net", desc)
	if want := strings.Join(free, ".com\n") + ".com\n"; plain.Stdout != want { // .net is taken
		t.Errorf("piped --available-only prints the available domains only:\n%s\nwant\n%s", plain.Stdout, want)
	}
}

// The budget caps the requests, and a shortfall is said and exits 1.
func TestAvailableOnlyStopsAtBudget(t *testing.T) {
	w := newWorld(t, nil)
	w.com.SetDefault("taken")
	r := clitest.Run(t, w.env, "suggest", "--available-only", "--check-timeout", "30s", "--max-checks", "7", "--no-cache", "--json", desc)
	if r.Code != 1 || !strings.Contains(r.Stderr, "--max-checks spent") || !strings.Contains(r.Stderr, "0 of 5 names found after checking 7 domains") {
		t.Fatalf("exit %d, stderr %s; want 1 and the budget named", r.Code, r.Stderr)
	}
	_, headers := w.com.Stats()
	if len(headers) != 7 {
		t.Errorf("the registry got %d requests; --max-checks 7 allows 7", len(headers))
	}
	if o := parse(t, r.Stdout); len(o.Suggestions) != 0 || o.Search.Checked != 7 || o.Search.Stop != "budget" {
		t.Errorf("json %+v", o.Search)
	}
}

// Answers are cached in the cache folder; --no-cache asks again.
func TestCheckCache(t *testing.T) {
	w := newWorld(t, nil)
	ns := names(t, w)
	for range 2 {
		if r := clitest.Run(t, w.env, "suggest", "--check", "--check-timeout", "30s", desc); r.Code != 0 {
			t.Fatalf("exit %d: %s", r.Code, r.Stderr)
		}
	}
	if n := w.com.Hits(ns[0] + ".com"); n != 1 {
		t.Errorf("second run asked the registry again (%d requests); the answer is cached for an hour", n)
	}
	if _, err := os.Stat(availability.CachePath(w.env["DOMAINYOURS_CACHE_DIR"])); err != nil {
		t.Errorf("cache file: %v", err)
	}
	clitest.Run(t, w.env, "suggest", "--check", "--check-timeout", "30s", "--no-cache", desc)
	if n := w.com.Hits(ns[0] + ".com"); n != 2 {
		t.Errorf("--no-cache must ask the registry; %d requests", n)
	}
}

// --check-timeout bounds the whole list: a registry that never answers
// leaves its domains unknown and the command returns in time.
func TestCheckTimeout(t *testing.T) {
	w := newWorld(t, nil)
	w.com.SetDefault("slow")
	start := time.Now()
	r := clitest.Run(t, w.env, "suggest", "--check", "--check-timeout", "300ms", "--json", desc)
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("took %v with --check-timeout 300ms", el)
	}
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	for _, s := range parse(t, r.Stdout).Suggestions {
		if a := s.Availability[0]; a.State != availability.Unknown || a.Reason != availability.ReasonTimeout {
			t.Errorf("%s = %+v, want unknown/timeout", a.Domain, a)
		}
	}
}

func TestCheckFromEnvironmentAndUsageErrors(t *testing.T) {
	w := newWorld(t, nil)
	w.env["DOMAINYOURS_CHECK"] = "1"
	if r := clitest.Run(t, w.env, "suggest", desc); r.Code != 0 || !strings.Contains(r.Stdout, ".com\tavailable") {
		t.Errorf("DOMAINYOURS_CHECK=1: exit %d, %q", r.Code, r.Stdout)
	}
	if r := clitest.Run(t, w.env, "suggest", "--check=false", desc); strings.Contains(r.Stdout, "available") {
		t.Errorf("--check=false must win over DOMAINYOURS_CHECK=1: %q", r.Stdout)
	}
	w.env["DOMAINYOURS_CHECK"] = "maybe"
	if r := clitest.Run(t, w.env, "suggest", desc); r.Code != 2 || !strings.Contains(r.Stderr, "DOMAINYOURS_CHECK") {
		t.Errorf("DOMAINYOURS_CHECK=maybe: exit %d, %s", r.Code, r.Stderr)
	}
	delete(w.env, "DOMAINYOURS_CHECK")
	for _, args := range [][]string{
		{"--max-checks", "10"},
		{"--available-only", "--max-checks", "0"},
		{"--check", "--check-timeout", "0s"},
		{"--no-cache"},
	} {
		if r := clitest.Run(t, w.env, append(append([]string{"suggest"}, args...), desc)...); r.Code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, r.Code, r.Stderr)
		}
	}
	w.env["DOMAINYOURS_DNS_SERVER"] = "nonsense"
	if r := clitest.Run(t, w.env, "suggest", "--check", "--check-timeout", "30s", desc); r.Code != 2 || !strings.Contains(r.Stderr, "host:port") {
		t.Errorf("bad DOMAINYOURS_DNS_SERVER: exit %d, %s", r.Code, r.Stderr)
	}
	w.env["DOMAINYOURS_DNS_SERVER"] = w.dns.Addr
	w.env["DOMAINYOURS_RDAP_BOOTSTRAP"] = filepath.Join(t.TempDir(), "missing.json")
	if r := clitest.Run(t, w.env, "suggest", "--check", "--check-timeout", "30s", desc); r.Code != 2 || !strings.Contains(r.Stderr, "DOMAINYOURS_RDAP_BOOTSTRAP") {
		t.Errorf("missing bootstrap: exit %d, %s", r.Code, r.Stderr)
	}
}

// Batch CSV gets an availability column.
func TestBatchCSVAvailabilityColumn(t *testing.T) {
	w := newWorld(t, nil)
	ns := names(t, w)
	w.com.Set(ns[0]+".com", "taken")
	in := filepath.Join(t.TempDir(), "in.txt")
	os.WriteFile(in, []byte(desc+"\n"), 0o644)
	r := clitest.Run(t, w.env, "suggest", "--check", "--check-timeout", "30s", "--file", in, "--format", "csv")
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(r.Stdout)).ReadAll()
	if err != nil || len(rows) != 2 || rows[0][len(rows[0])-1] != "availability" {
		t.Fatalf("csv %v (%v)", rows, err)
	}
	var states map[string]string
	if err := json.Unmarshal([]byte(rows[1][len(rows[1])-1]), &states); err != nil {
		t.Fatal(err)
	}
	if states[ns[0]+".com"] != "taken" || states[ns[1]+".com"] != "available" || len(states) != 5 {
		t.Errorf("availability column %v", states)
	}
}

// update-bootstrap saves a newer file that later checks use.
func TestUpdateBootstrapCommand(t *testing.T) {
	w := newWorld(t, nil)
	body, err := os.ReadFile(availabilitytest.WriteBootstrap(t, "2027-03-01T00:00:00Z", map[string]string{"com": w.net.Base()}))
	if err != nil {
		t.Fatal(err)
	}
	iana := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, _ *http.Request) { rw.Write(body) }))
	defer iana.Close()
	r := clitest.Run(t, w.env, "availability", "update-bootstrap", "--url", iana.URL)
	if r.Code != 0 || !strings.Contains(r.Stdout, "published 2027-03-01") {
		t.Fatalf("exit %d: %s %s", r.Code, r.Stdout, r.Stderr)
	}
	delete(w.env, "DOMAINYOURS_RDAP_BOOTSTRAP") // now the saved copy, newer than the snapshot, applies
	ns := names(t, w)
	clitest.Run(t, w.env, "suggest", "--check", "--check-timeout", "30s", desc)
	if w.net.Hits(ns[0]+".com") != 1 || w.com.Hits(ns[0]+".com") != 0 {
		t.Errorf(".com went to the registry of the embedded snapshot, not the updated file")
	}

	bad := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, _ *http.Request) { rw.Write([]byte("{")) }))
	defer bad.Close()
	if r := clitest.Run(t, w.env, "availability", "update-bootstrap", "--url", bad.URL); r.Code != 1 {
		t.Errorf("a broken download: exit %d, want 1", r.Code)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
