package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/proctest"
	"github.com/domainyours/domainyours/internal/promtext"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// fakeBackend is a suggestion.Backend at the seam: gen decides each reply.
type fakeBackend struct {
	gen func(ctx context.Context, req suggestion.Request) (suggestion.Reply, error)
}

func (f fakeBackend) Name() string { return "ollama" }
func (f fakeBackend) Generate(ctx context.Context, req suggestion.Request) (suggestion.Reply, error) {
	return f.gen(ctx, req)
}

type testServer struct {
	*httptest.Server
	srv *Server
	reg *promtext.Registry
}

// start serves cfg on a loopback port; cfg.Service defaults to the built-in
// generator and rate limiting is off unless the test sets it.
func start(t testing.TB, cfg Config) (*testServer, *proctest.LockedBuffer) {
	t.Helper()
	if cfg.Service == nil {
		cfg.Service = suggestion.New(suggestion.NewBuiltin())
	}
	logs := &proctest.LockedBuffer{} // written by the server's goroutines, read by the test
	cfg.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	cfg.Registry = NewRegistry()
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{Server: httptest.NewServer(s.Handler()), srv: s, reg: cfg.Registry}
	t.Cleanup(ts.Close)
	return ts, logs
}

type reply struct {
	status int
	header http.Header
	body   []byte
}

func (r reply) errorCode(t testing.TB) string {
	t.Helper()
	var e errorBody
	if err := json.Unmarshal(r.body, &e); err != nil {
		t.Fatalf("status %d, body is not an error object: %v\n%s", r.status, err, r.body)
	}
	return e.Error.Code
}

// do sends a request and checks the response against docs/openapi.yaml.
func (ts *testServer) do(t testing.TB, method, path, body string, header ...string) reply {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Errorf("%s %s: %v", method, path, err) // not Fatal: do runs in goroutines too
		return reply{status: -1}
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Errorf("%s %s: reading the body: %v", method, path, err)
		return reply{status: -1}
	}
	checkSpec(t, req, resp.StatusCode, resp.Header, b)
	return reply{status: resp.StatusCode, header: resp.Header, body: b}
}

func (ts *testServer) suggest(t testing.TB, body string, header ...string) reply {
	t.Helper()
	return ts.do(t, http.MethodPost, "/v1/suggest", body, header...)
}

func decodeOutput(t testing.TB, b []byte) suggestion.Output {
	t.Helper()
	var o suggestion.Output
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&o); err != nil {
		t.Fatalf("not a result: %v\n%s", err, b)
	}
	return o
}

// A tight naming constraint that leaves fewer names than asked is an
// answer (200) with the names that meet it and a shortfall saying why, in
// the documented shape (ts.do checks docs/openapi.yaml); in a batch too. No
// name at all is a 400 with the next step.
func TestSuggestShortList(t *testing.T) {
	ts, _ := start(t, Config{})
	const tight = "a bakery, name starting with k, at most 5 letters"
	r := ts.suggest(t, `{"description": "`+tight+`", "count": 5}`)
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	o := decodeOutput(t, r.body)
	sf := o.Shortfall
	if len(o.Suggestions) == 0 || sf == nil || sf.Found != len(o.Suggestions) || sf.Requested != 5 || !strings.Contains(sf.Message, "exactly 5") {
		t.Fatalf("suggestions %v, shortfall %+v", o.Suggestions, sf)
	}
	r = ts.do(t, "POST", "/v1/suggest/batch", `{"descriptions": ["`+tight+`", "a bakery in Lyon"], "count": 5}`)
	var b batchResponse
	if err := json.Unmarshal(r.body, &b); err != nil || r.status != http.StatusOK || len(b.Results) != 2 {
		t.Fatalf("batch: %d %v %s", r.status, err, r.body)
	}
	if b.Results[0].Shortfall == nil || b.Results[1].Shortfall != nil || len(b.Results[1].Suggestions) != 5 {
		t.Errorf("batch shortfalls: %+v, %+v", b.Results[0].Shortfall, b.Results[1].Shortfall)
	}
	r = ts.suggest(t, `{"description": "a dentist, name starting with Z, at most 5 letters"}`)
	if r.status != http.StatusBadRequest || r.errorCode(t) != codeInvalidRequest || !strings.Contains(string(r.body), "relax the constraints") {
		t.Errorf("no name at all: %d %s", r.status, r.body)
	}
}

func TestSuggestNames(t *testing.T) {
	ts, _ := start(t, Config{})
	r := ts.suggest(t, `{"description": "a bakery in Lyon", "count": 7, "tlds": ["com", "CO.UK"], "seed": 3}`)
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	o := decodeOutput(t, r.body)
	if o.Refused || len(o.Suggestions) != 7 || o.Backend != "builtin" || o.Description != "a bakery in Lyon" {
		t.Fatalf("unexpected result: %+v", o)
	}
	for _, s := range o.Suggestions {
		if len(s.Domains) != 2 || s.Domains[0] != s.Name+".com" || s.Domains[1] != s.Name+".co.uk" {
			t.Errorf("domains of %s: %v", s.Name, s.Domains)
		}
	}
	if r.header.Get("X-Request-Id") == "" || r.header.Get("Cache-Control") != "no-store" {
		t.Errorf("headers: %v", r.header)
	}
	// Same input, same names: the seed is honoured; the default seed is suggest's.
	again := decodeOutput(t, ts.suggest(t, `{"description": "a bakery in Lyon", "count": 7, "tlds": ["com", "co.uk"], "seed": 3}`).body)
	if again.Suggestions[0].Name != o.Suggestions[0].Name {
		t.Errorf("same seed gave %s then %s", o.Suggestions[0].Name, again.Suggestions[0].Name)
	}
	def := decodeOutput(t, ts.suggest(t, `{"description": "a bakery in Lyon"}`).body)
	one := decodeOutput(t, ts.suggest(t, `{"description": "a bakery in Lyon", "seed": 1}`).body)
	if len(def.Suggestions) != suggestion.DefaultCount || def.Suggestions[0].Name != one.Suggestions[0].Name {
		t.Errorf("defaults: %+v vs seed 1 %+v", def, one)
	}
}

func TestRefusalIsAnAnswer(t *testing.T) {
	ts, logs := start(t, Config{})
	r := ts.suggest(t, `{"description": "an online shop selling stolen credit card numbers"}`)
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	o := decodeOutput(t, r.body)
	if !o.Refused || o.Category == "" || o.Reason == "" || o.RefusedBy != "guardrail" || len(o.Suggestions) != 0 {
		t.Fatalf("not a refusal: %+v", o)
	}
	if got := counter(t, ts.reg, "domainyours_refusals_total", "category", o.Category); got != 1 {
		t.Errorf("refusals_total{category=%s} = %v, want 1", o.Category, got)
	}
	log := logs.String()
	if !strings.Contains(log, "refusal_category="+o.Category) {
		t.Errorf("access log lacks the refusal category:\n%s", log)
	}
	if strings.Contains(log, "stolen") {
		t.Errorf("the description reached the access log:\n%s", log)
	}
}

func TestRequestErrors(t *testing.T) {
	ts, _ := start(t, Config{MaxBodyBytes: 1024})
	long := strings.Repeat("a", 2001)
	for _, tc := range []struct {
		name, method, path, body, ctype string
		status                          int
		code                            string
	}{
		{"malformed", "POST", "/v1/suggest", `{"description": "a bakery"`, "", 400, codeInvalidJSON},
		{"not an object", "POST", "/v1/suggest", `"a bakery"`, "", 400, codeInvalidRequest},
		{"two objects", "POST", "/v1/suggest", `{"description": "a"} {"description": "b"}`, "", 400, codeInvalidJSON},
		{"empty body", "POST", "/v1/suggest", ` `, "", 400, codeInvalidJSON},
		{"unknown field", "POST", "/v1/suggest", `{"description": "a bakery", "colour": "red"}`, "", 400, codeUnknownField},
		{"no description", "POST", "/v1/suggest", `{"count": 3}`, "", 400, codeInvalidRequest},
		{"blank description", "POST", "/v1/suggest", `{"description": " \u200b "}`, "", 400, codeInvalidRequest},
		{"too long", "POST", "/v1/suggest", `{"description": "` + long[:900] + `"}`, "", 200, ""},
		{"count 0", "POST", "/v1/suggest", `{"description": "a bakery", "count": 0}`, "", 400, codeInvalidRequest},
		{"count 21", "POST", "/v1/suggest", `{"description": "a bakery", "count": 21}`, "", 400, codeInvalidRequest},
		{"count string", "POST", "/v1/suggest", `{"description": "a bakery", "count": "5"}`, "", 400, codeInvalidRequest},
		{"bad tld", "POST", "/v1/suggest", `{"description": "a bakery", "tlds": ["notatld"]}`, "", 400, codeInvalidRequest},
		{"form post", "POST", "/v1/suggest", `description=a+bakery`, "application/x-www-form-urlencoded", 415, codeUnsupportedMediaType},
		{"too large", "POST", "/v1/suggest", `{"description": "` + long + `"}`, "", 413, codeBodyTooLarge},
		{"batch empty", "POST", "/v1/suggest/batch", `{"descriptions": []}`, "", 400, codeInvalidRequest},
		{"batch unknown field", "POST", "/v1/suggest/batch", `{"description": "a bakery"}`, "", 400, codeUnknownField},
		{"batch count", "POST", "/v1/suggest/batch", `{"descriptions": ["a bakery"], "count": 99}`, "", 400, codeInvalidRequest},
		{"get suggest", "GET", "/v1/suggest", ``, "", 405, codeMethodNotAllowed},
		{"post health", "POST", "/healthz", `{}`, "", 405, codeMethodNotAllowed},
		{"options without cors", "OPTIONS", "/v1/suggest", ``, "", 405, codeMethodNotAllowed},
		{"unknown path", "GET", "/v2/suggest", ``, "", 404, codeNotFound},
		{"page subpath", "GET", "/index.html", ``, "", 404, codeNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var hdr []string
			if tc.ctype != "" {
				hdr = []string{"Content-Type", tc.ctype}
			}
			r := ts.do(t, tc.method, tc.path, tc.body, hdr...)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %s", r.status, tc.status, r.body)
			}
			if tc.code == "" {
				return
			}
			if got := r.errorCode(t); got != tc.code {
				t.Errorf("code %s, want %s: %s", got, tc.code, r.body)
			}
			if tc.status == 405 && r.header.Get("Allow") == "" {
				t.Error("405 without an Allow header")
			}
		})
	}
	// The limit of the service itself: 2,001 characters fit in a larger body limit.
	big, _ := start(t, Config{})
	r := big.suggest(t, `{"description": "`+long+`"}`)
	if r.status != 400 || r.errorCode(t) != codeInvalidRequest || !strings.Contains(string(r.body), "2001 characters") {
		t.Errorf("2,001 characters: %d %s", r.status, r.body)
	}
}

// encoding/json keeps the last of two duplicate keys and matches fields
// case-insensitively, so each of these bodies has two readings; they are
// refused, naming the keys, and the values are never echoed or answered.
func TestAmbiguousKeys(t *testing.T) {
	ts, _ := start(t, Config{})
	for _, tc := range []struct {
		name, path, body string
		keys             []string
	}{
		{"duplicate description", "/v1/suggest", `{"description":"a bakery in Lyon","description":"how to build a bomb shop"}`, []string{`"description"`}},
		{"case-variant description", "/v1/suggest", `{"description":"a bakery in Lyon","Description":"x"}`, []string{`"description"`, `"Description"`}},
		{"duplicate option", "/v1/suggest", `{"description":"a bakery in Lyon","count":3,"COUNT":4}`, []string{`"count"`, `"COUNT"`}},
		{"kelvin sign folds to k", "/v1/suggest", `{"description":"a bakery in Lyon","check":false,"chec\u212a":true}`, []string{`"check"`}},
		{"batch duplicate descriptions", "/v1/suggest/batch", `{"descriptions":["a bakery"],"descriptions":["a florist"]}`, []string{`"descriptions"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := ts.do(t, "POST", tc.path, tc.body)
			if r.status != 400 {
				t.Fatalf("status %d, want 400: %s", r.status, r.body)
			}
			if got := r.errorCode(t); got != codeDuplicateKey {
				t.Errorf("code %s, want %s: %s", got, codeDuplicateKey, r.body)
			}
			var e errorBody
			_ = json.Unmarshal(r.body, &e)
			for _, k := range tc.keys {
				if !strings.Contains(e.Error.Message, k) {
					t.Errorf("message does not name %s: %s", k, e.Error.Message)
				}
			}
			for _, v := range []string{"bakery", "bomb", "florist"} {
				if strings.Contains(e.Error.Message, v) {
					t.Errorf("message echoes a value: %s", e.Error.Message)
				}
			}
		})
	}
	// The same keys in sibling places are not duplicates.
	if r := ts.do(t, "POST", "/v1/suggest", `{"description":"a bakery in Lyon","count":3}`); r.status != 200 {
		t.Errorf("plain body: %d %s", r.status, r.body)
	}
}

func TestBatch(t *testing.T) {
	ts, _ := start(t, Config{})
	r := ts.do(t, "POST", "/v1/suggest/batch", `{"descriptions": ["a bakery in Lyon", "", "a shop selling stolen credit cards", "a florist"], "count": 3, "tlds": ["io"]}`)
	if r.status != 200 {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	var b batchResponse
	if err := json.Unmarshal(r.body, &b); err != nil {
		t.Fatal(err)
	}
	if len(b.Results) != 4 {
		t.Fatalf("%d results for 4 descriptions", len(b.Results))
	}
	if b.Results[0].Description != "a bakery in Lyon" || len(b.Results[0].Suggestions) != 3 || b.Results[0].Suggestions[0].Domains[0] != b.Results[0].Suggestions[0].Name+".io" {
		t.Errorf("first: %+v", b.Results[0])
	}
	if b.Results[1].Error == "" || len(b.Results[1].Suggestions) != 0 {
		t.Errorf("the empty description should carry its own error: %+v", b.Results[1])
	}
	if !b.Results[2].Refused || b.Results[3].Description != "a florist" || len(b.Results[3].Suggestions) != 3 {
		t.Errorf("order or refusal lost: %+v", b.Results[2:])
	}
	// One result of a batch equals the single answer for the same input.
	single := decodeOutput(t, ts.suggest(t, `{"description": "a florist", "count": 3, "tlds": ["io"]}`).body)
	if single.Suggestions[0].Name != b.Results[3].Suggestions[0].Name {
		t.Errorf("batch and single differ: %v vs %v", b.Results[3].Suggestions, single.Suggestions)
	}
	many := make([]string, MaxBatch+1)
	for i := range many {
		many[i] = "a bakery"
	}
	js, _ := json.Marshal(map[string]any{"descriptions": many})
	if r := ts.do(t, "POST", "/v1/suggest/batch", string(js)); r.status != 400 || r.errorCode(t) != codeInvalidRequest {
		t.Errorf("101 descriptions: %d %s", r.status, r.body)
	}
	js, _ = json.Marshal(map[string]any{"descriptions": many[:MaxBatch]})
	if r := ts.do(t, "POST", "/v1/suggest/batch", string(js)); r.status != 200 {
		t.Errorf("100 descriptions: %d %.200s", r.status, r.body)
	}
}

func TestAuth(t *testing.T) {
	ts, logs := start(t, Config{Token: "s3cret-token"})
	body := `{"description": "a bakery"}`
	for _, h := range [][]string{nil, {"Authorization", "Bearer wrong"}, {"Authorization", "s3cret-token"}, {"Authorization", "Basic s3cret-token"}} {
		r := ts.suggest(t, body, h...)
		if r.status != 401 || r.errorCode(t) != codeUnauthorized || !strings.HasPrefix(r.header.Get("WWW-Authenticate"), "Bearer") {
			t.Errorf("%v: %d %s", h, r.status, r.body)
		}
	}
	if r := ts.suggest(t, body, "Authorization", "Bearer s3cret-token"); r.status != 200 {
		t.Errorf("right token: %d %s", r.status, r.body)
	}
	if r := ts.do(t, "GET", "/metrics", ""); r.status != 401 {
		t.Errorf("/metrics without a token: %d", r.status)
	}
	if r := ts.do(t, "GET", "/metrics", "", "Authorization", "Bearer s3cret-token"); r.status != 200 {
		t.Errorf("/metrics with the token: %d", r.status)
	}
	for _, p := range []string{"/healthz", "/readyz", "/"} {
		if r := ts.do(t, "GET", p, ""); r.status != 200 {
			t.Errorf("%s needs no token, got %d", p, r.status)
		}
	}
	if strings.Contains(logs.String(), "s3cret") {
		t.Error("the token reached the log")
	}
}

func TestRateLimit(t *testing.T) {
	ts, _ := start(t, Config{RateLimit: 0.5, RateBurst: 3})
	for i := range 3 {
		if r := ts.suggest(t, `{"description": "a bakery"}`); r.status != 200 {
			t.Fatalf("request %d within the burst: %d", i+1, r.status)
		}
	}
	r := ts.suggest(t, `{"description": "a bakery"}`)
	if r.status != 429 || r.errorCode(t) != codeRateLimited {
		t.Fatalf("over the burst: %d %s", r.status, r.body)
	}
	if ra, err := strconv.Atoi(r.header.Get("Retry-After")); err != nil || ra < 1 || ra > 2 {
		t.Errorf("Retry-After %q, want 1-2 s at 0.5 req/s", r.header.Get("Retry-After"))
	}
	// Probes are never rate limited.
	if r := ts.do(t, "GET", "/healthz", ""); r.status != 200 {
		t.Errorf("/healthz: %d", r.status)
	}
	if got := counter(t, ts.reg, "domainyours_http_rejected_total", "reason", "rate_limited"); got != 1 {
		t.Errorf("rejected_total{rate_limited} = %v", got)
	}
}

// blockingBackend holds every call until release is closed.
func blockingBackend(entered chan<- struct{}, release <-chan struct{}) fakeBackend {
	return fakeBackend{gen: func(ctx context.Context, req suggestion.Request) (suggestion.Reply, error) {
		entered <- struct{}{}
		select {
		case <-release:
		case <-ctx.Done():
			return suggestion.Reply{}, ctx.Err()
		}
		return suggestion.Reply{Candidates: []suggestion.Candidate{{Name: "bakeryhaus", Score: .9}}, Model: "m"}, nil
	}}
}

func TestConcurrencyCap(t *testing.T) {
	entered, release := make(chan struct{}, 4), make(chan struct{})
	ts, _ := start(t, Config{Service: suggestion.New(blockingBackend(entered, release)), MaxConcurrent: 2})
	results := make(chan reply, 2)
	for range 2 {
		go func() { results <- ts.suggest(t, `{"description": "a bakery", "count": 1}`) }()
	}
	<-entered
	<-entered
	r := ts.suggest(t, `{"description": "a bakery", "count": 1}`)
	if r.status != 429 || r.errorCode(t) != codeOverloaded || r.header.Get("Retry-After") != "1" {
		t.Errorf("third request with two slots busy: %d %v %s", r.status, r.header, r.body)
	}
	if got := gauge(t, ts.reg, "domainyours_backend_requests_in_flight"); got != 2 {
		t.Errorf("backend_requests_in_flight = %v, want 2", got)
	}
	close(release)
	for range 2 {
		if r := <-results; r.status != 200 {
			t.Errorf("a request holding a slot: %d %s", r.status, r.body)
		}
	}
	// Slots are given back.
	if r := ts.suggest(t, `{"description": "a bakery", "count": 1}`); r.status != 200 {
		t.Errorf("after release: %d", r.status)
	}
}

func TestBackendFailures(t *testing.T) {
	secret := "the backend said sk-SECRET and the prompt"
	for _, tc := range []struct {
		err    error
		status int
		code   string
		class  string
	}{
		{&llm.Error{Class: llm.Unreachable, Message: secret}, 503, codeBackendUnavailable, "unreachable"},
		{&llm.Error{Class: llm.ModelNotFound, Message: secret}, 503, codeBackendUnavailable, "model_not_found"},
		{&llm.Error{Class: llm.RateLimited, Message: secret}, 503, codeBackendUnavailable, "rate_limited"},
		{&llm.Error{Class: llm.Timeout, Message: secret}, 504, codeBackendTimeout, "timeout"},
		{context.DeadlineExceeded, 504, codeBackendTimeout, "timeout"},
		{&llm.Error{Class: llm.Malformed, Message: secret}, 502, codeBackendError, "malformed"},
		{&llm.Error{Class: llm.ServerError, Message: secret}, 502, codeBackendError, "server_error"},
		{errors.New(secret), 502, codeBackendError, "other"},
	} {
		t.Run(tc.class+"/"+strconv.Itoa(tc.status), func(t *testing.T) {
			fail := fakeBackend{gen: func(context.Context, suggestion.Request) (suggestion.Reply, error) { return suggestion.Reply{}, tc.err }}
			ts, logs := start(t, Config{Service: suggestion.New(fail)})
			for _, path := range []string{"/v1/suggest", "/v1/suggest/batch"} {
				body := `{"description": "a bakery"}`
				if strings.HasSuffix(path, "batch") {
					body = `{"descriptions": ["a bakery", "a florist"]}`
				}
				r := ts.do(t, "POST", path, body)
				if r.status != tc.status || r.errorCode(t) != tc.code {
					t.Errorf("%s: %d %s, want %d %s", path, r.status, r.body, tc.status, tc.code)
				}
				if strings.Contains(string(r.body), "SECRET") || strings.Contains(string(r.body), "prompt") {
					t.Errorf("the backend's message reached the client: %s", r.body)
				}
			}
			if got := counter(t, ts.reg, "domainyours_backend_errors_total", "class", tc.class); got != 2 {
				t.Errorf("backend_errors_total{class=%s} = %v, want 2", tc.class, got)
			}
			if !strings.Contains(logs.String(), "backend failed") {
				t.Errorf("the failure is not logged:\n%s", logs.String())
			}
		})
	}
}

func TestPanicBecomes500(t *testing.T) {
	boom := fakeBackend{gen: func(context.Context, suggestion.Request) (suggestion.Reply, error) { panic("boom in backend") }}
	ts, logs := start(t, Config{Service: suggestion.New(boom)})
	r := ts.suggest(t, `{"description": "a bakery"}`)
	if r.status != 500 || r.errorCode(t) != codeInternal || strings.Contains(string(r.body), "boom") || strings.Contains(string(r.body), "goroutine") {
		t.Errorf("panic: %d %s", r.status, r.body)
	}
	if !strings.Contains(logs.String(), "boom in backend") {
		t.Error("the panic is not in the log")
	}
	// The slot the panicking request held is free again.
	if got := gauge(t, ts.reg, "domainyours_backend_requests_in_flight"); got != 0 {
		t.Errorf("backend_requests_in_flight = %v after the panic", got)
	}
}

func TestReadiness(t *testing.T) {
	ts, _ := start(t, Config{})
	r := ts.do(t, "GET", "/readyz", "")
	if r.status != 200 || !strings.Contains(string(r.body), `"backend":"builtin"`) {
		t.Errorf("builtin: %d %s", r.status, r.body)
	}
	if r := ts.do(t, "GET", "/healthz", ""); r.status != 200 || string(r.body) != "{\"status\":\"ok\"}\n" {
		t.Errorf("healthz: %d %q", r.status, r.body)
	}

	models := fakeOpenAI(t, 0, "other-model")
	ts, _ = start(t, Config{Service: suggestion.New(openAIBackend(t, models.URL, "m1"))})
	r = ts.do(t, "GET", "/readyz", "")
	if r.status != 503 || r.errorCode(t) != codeNotReady || !strings.Contains(string(r.body), `no model \"m1\"`) {
		t.Errorf("model missing: %d %s", r.status, r.body)
	}
	models.SetModels("m1")
	if r := ts.do(t, "GET", "/readyz", ""); r.status != 200 || !strings.Contains(string(r.body), `"model":"m1"`) {
		t.Errorf("model present: %d %s", r.status, r.body)
	}
	models.Close()
	r = ts.do(t, "GET", "/readyz", "")
	if r.status != 503 || !strings.Contains(string(r.body), "unreachable") {
		t.Errorf("server down: %d %s", r.status, r.body)
	}
}

func TestMetrics(t *testing.T) {
	ts, _ := start(t, Config{})
	ts.suggest(t, `{"description": "a bakery"}`)
	ts.suggest(t, `{"description": "a bakery"}`)
	ts.suggest(t, `{"nope": 1}`)
	ts.do(t, "GET", "/nowhere", "")
	r := ts.do(t, "GET", "/metrics", "")
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/plain") {
		t.Fatalf("metrics: %d %v", r.status, r.header)
	}
	text := string(r.body)
	parser := expfmt.NewTextParser(model.LegacyValidation)
	if _, err := parser.TextToMetricFamilies(bytes.NewReader(r.body)); err != nil {
		t.Errorf("a Prometheus server could not read /metrics: %v", err)
	}
	for _, want := range []string{
		`domainyours_http_requests_total{code="200",route="POST /v1/suggest"} 2`,
		`domainyours_http_requests_total{code="400",route="POST /v1/suggest"} 1`,
		`domainyours_http_requests_total{code="404",route="unmatched"} 1`,
		`domainyours_http_request_duration_seconds_count{route="POST /v1/suggest"} 3`,
		`domainyours_http_requests_in_flight 1`, // this very request
		`go_goroutines`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestCORS(t *testing.T) {
	ts, _ := start(t, Config{})
	r := ts.suggest(t, `{"description": "a bakery"}`, "Origin", "https://evil.example")
	if r.header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS is on without --cors-origin: %v", r.header)
	}
	ts, _ = start(t, Config{CORSOrigins: []string{"https://shop.example"}})
	r = ts.do(t, "OPTIONS", "/v1/suggest", "", "Origin", "https://shop.example", "Access-Control-Request-Method", "POST")
	if r.status != 204 || r.header.Get("Access-Control-Allow-Origin") != "https://shop.example" || !strings.Contains(r.header.Get("Access-Control-Allow-Headers"), "Content-Type") {
		t.Errorf("preflight: %d %v", r.status, r.header)
	}
	r = ts.suggest(t, `{"description": "a bakery"}`, "Origin", "https://shop.example")
	if r.status != 200 || r.header.Get("Access-Control-Allow-Origin") != "https://shop.example" {
		t.Errorf("allowed origin: %d %v", r.status, r.header)
	}
	r = ts.do(t, "OPTIONS", "/v1/suggest", "", "Origin", "https://evil.example", "Access-Control-Request-Method", "POST")
	if r.status != 405 || r.header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("other origin's preflight: %d %v", r.status, r.header)
	}
}

func TestPage(t *testing.T) {
	ts, _ := start(t, Config{})
	r := ts.do(t, "GET", "/", "")
	if r.status != 200 || r.header.Get("Content-Type") != "text/html; charset=utf-8" || !bytes.Equal(r.body, page) {
		t.Fatalf("page: %d %v", r.status, r.header)
	}
	csp := r.header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'sha256-", "connect-src 'self'", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	for _, banned := range []string{"unsafe-inline", "unsafe-eval", "http:", "https:"} {
		if strings.Contains(csp, banned) {
			t.Errorf("CSP allows %s: %q", banned, csp)
		}
	}
	for _, external := range []string{"src=\"http", "href=\"http", "@import", "url(", "innerHTML", "insertAdjacentHTML", "document.write"} {
		if bytes.Contains(page, []byte(external)) {
			t.Errorf("the page uses %q: it must be self-contained and never render markup from a reply", external)
		}
	}
}

func TestRequestIDAndAccessLog(t *testing.T) {
	ts, logs := start(t, Config{})
	r := ts.suggest(t, `{"description": "a secret bakery plan"}`, "X-Request-Id", "client-42")
	if r.header.Get("X-Request-Id") != "client-42" {
		t.Errorf("request id not kept: %q", r.header.Get("X-Request-Id"))
	}
	r = ts.suggest(t, `{"description": "a bakery"}`, "X-Request-Id", "bad id with spaces; and=more")
	if id := r.header.Get("X-Request-Id"); !requestIDRE.MatchString(id) || strings.Contains(id, " ") {
		t.Errorf("unsafe request id echoed: %q", id)
	}
	log := logs.String()
	for _, want := range []string{"request_id=client-42", `route="POST /v1/suggest"`, "status=200", "duration_ms="} {
		if !strings.Contains(log, want) {
			t.Errorf("access log lacks %s:\n%s", want, log)
		}
	}
	if strings.Contains(log, "secret bakery") {
		t.Errorf("the description reached the info log:\n%s", log)
	}
}

// Requests read the clock before they queue for the bucket, so times reach
// it out of order. A bucket must not hand out an interval's tokens twice
// when time appears to run backwards.
func TestBucketIgnoresTimeRunningBackwards(t *testing.T) {
	c := newClientLimits(10, 2)
	t0 := time.Unix(1_000_000, 0)
	passed := 0
	// One second of requests every 10 ms, each followed by a late arrival
	// stamped 50 ms earlier: at 10/s with a burst of 2, at most 2+10 pass.
	for i := range 100 {
		now := t0.Add(time.Duration(i) * 10 * time.Millisecond)
		for _, at := range []time.Time{now, now.Add(-50 * time.Millisecond)} {
			if c.take("10.0.0.1", at) == 0 {
				passed++
			}
		}
	}
	if passed > 2+10+1 {
		t.Errorf("%d requests passed in one second; the bucket allows 12", passed)
	}
	if passed < 10 {
		t.Errorf("only %d requests passed; the bucket allows 12", passed)
	}
}
