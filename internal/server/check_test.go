package server

import (
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/availability"
	"github.com/domainyours/domainyours/internal/availability/availabilitytest"
)

func testChecker(t *testing.T, com *availabilitytest.RDAP) *availability.Checker {
	t.Helper()
	boot, err := availability.LoadBootstrap(availabilitytest.WriteBootstrap(t, "2026-11-30T00:00:00Z", map[string]string{"com": com.Base()}), "")
	if err != nil {
		t.Fatal(err)
	}
	c, err := availability.New(availability.Options{Bootstrap: boot, UserAgent: "domainyours/test",
		Limits: availability.Limits{Concurrency: 4, Rate: 1000, Burst: 10}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// "check": true adds each domain's availability, as suggest --check --json
// prints it, and the answers match the docs/openapi.yaml schema (ts.do).
func TestSuggestCheck(t *testing.T) {
	com := availabilitytest.NewRDAP(t, nil)
	var saved atomic.Int32
	ts, _ := start(t, Config{Checker: testChecker(t, com), CheckDone: func() { saved.Add(1) }})

	plain := decodeOutput(t, ts.suggest(t, `{"description": "a bakery in Lyon", "tlds": ["com"]}`).body)
	if plain.Suggestions[0].Availability != nil {
		t.Fatal("no check unless the request asks for it")
	}
	if _, headers := com.Stats(); len(headers) != 0 {
		t.Fatalf("a request without check sent %d requests to the registry", len(headers))
	}
	com.Set(plain.Suggestions[0].Name+".com", "taken")

	r := ts.suggest(t, `{"description": "a bakery in Lyon", "tlds": ["com", "io"], "check": true}`)
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	out := decodeOutput(t, r.body)
	for i, s := range out.Suggestions {
		if len(s.Availability) != 2 || s.Availability[0].Domain != s.Domains[0] || s.Availability[1].Domain != s.Domains[1] {
			t.Fatalf("%s: availability %+v does not follow domains %v", s.Name, s.Availability, s.Domains)
		}
		want := availability.Available
		if i == 0 {
			want = availability.Taken
		}
		if a := s.Availability[0]; a.State != want || a.Source != availability.SourceRDAP {
			t.Errorf("%s = %+v, want %s from rdap", a.Domain, a, want)
		}
		if a := s.Availability[1]; a.State != availability.Unknown || a.Reason != availability.ReasonNoRDAP {
			t.Errorf("%s = %+v, want unknown/no_rdap", a.Domain, a)
		}
	}
	if saved.Load() != 1 {
		t.Errorf("CheckDone called %d times, want once per checked request", saved.Load())
	}

	// Without tlds, .com is checked, as with suggest --check; a batch checks every description.
	b := ts.do(t, http.MethodPost, "/v1/suggest/batch", `{"descriptions": ["a bakery in Lyon", "a florist in Leeds"], "check": true}`)
	if b.status != http.StatusOK || strings.Count(string(b.body), `"state":`) != 10 {
		t.Errorf("batch: status %d, want 10 answers (5 names x .com x 2 descriptions): %s", b.status, b.body)
	}
}

// A server without a checker refuses "check" instead of ignoring it.
func TestSuggestCheckOff(t *testing.T) {
	ts, _ := start(t, Config{})
	r := ts.suggest(t, `{"description": "a bakery in Lyon", "check": true}`)
	if r.status != http.StatusBadRequest || r.errorCode(t) != codeInvalidRequest || !strings.Contains(string(r.body), "check") {
		t.Errorf("status %d %s, want 400 invalid_request naming check", r.status, r.body)
	}
	if r := ts.suggest(t, `{"description": "a bakery in Lyon", "check": "yes"}`); r.status != http.StatusBadRequest {
		t.Errorf("check must be a boolean: status %d", r.status)
	}
}

// The check deadline bounds the answer; unknown is reported, not an error.
func TestSuggestCheckTimeout(t *testing.T) {
	com := availabilitytest.NewRDAP(t, nil)
	com.SetDefault("slow")
	ts, _ := start(t, Config{Checker: testChecker(t, com), CheckTimeout: 300 * time.Millisecond})
	start := time.Now()
	r := ts.suggest(t, `{"description": "a bakery in Lyon", "check": true}`)
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("took %v with a 300ms check timeout", el)
	}
	for _, s := range decodeOutput(t, r.body).Suggestions {
		if a := s.Availability[0]; a.State != availability.Unknown || a.Reason != availability.ReasonTimeout {
			t.Errorf("%s = %+v, want unknown/timeout", a.Domain, a)
		}
	}
}
