package suggestion

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/llm"
)

// scripted is a Backend seam that returns a fixed reply and records calls.
type scripted struct {
	reply Reply
	err   error
	calls int
	last  Request
}

func (s *scripted) Name() string { return "scripted" }
func (s *scripted) Generate(_ context.Context, req Request) (Reply, error) {
	s.calls++
	s.last = req
	return s.reply, s.err
}

func cands(names ...string) []Candidate {
	out := make([]Candidate, len(names))
	for i, n := range names {
		out[i] = Candidate{Name: n, Score: 1 - float64(i)/10}
	}
	return out
}

func TestValidationDropsAndCountsInvalidNames(t *testing.T) {
	b := &scripted{reply: Reply{Candidates: cands("LoafLy", "bread.com", "crumbhaus", "loafly", ":", "score: 5", "\u0430pple", "oventide", "lyonbake", "ryeandrise", "extraname")}}
	res, err := New(b).Suggest(context.Background(), Request{Description: "a bakery in Lyon", Count: 5})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range res.Suggestions {
		got = append(got, s.Name)
	}
	if strings.Join(got, ",") != "loafly,crumbhaus,oventide,lyonbake,ryeandrise" {
		t.Fatalf("suggestions = %v", got)
	}
	reasons := map[domain.Reason]int{}
	for _, d := range res.Dropped {
		reasons[d.Reason]++
	}
	want := map[domain.Reason]int{domain.ReasonHasTLD: 1, domain.ReasonDuplicate: 1, domain.ReasonBadChar: 2, domain.ReasonConfusable: 1}
	for r, n := range want {
		if reasons[r] != n {
			t.Errorf("dropped %s = %d, want %d (all: %v)", r, reasons[r], n, res.Dropped)
		}
	}
}

func TestGuardrailRefusesBeforeBackend(t *testing.T) {
	b := &scripted{reply: Reply{Candidates: cands("aaaaa")}}
	res, err := New(b).Suggest(context.Background(), Request{Description: "We sell stolen credit card numbers and CVV dumps online"})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Refused || res.RefusedBy != "guardrail" || res.Category == "" || res.Reason == "" || len(res.Suggestions) != 0 {
		t.Fatalf("result = %+v", res)
	}
	if b.calls != 0 {
		t.Fatal("the backend must not be asked about a refused description")
	}
}

func TestModelRefusal(t *testing.T) {
	b := &scripted{reply: Reply{Refused: true, Category: "fraud_scams"}}
	res, err := New(b).Suggest(context.Background(), Request{Description: "a bakery in Lyon"})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Refused || res.RefusedBy != "model" || res.Category != "fraud_scams" || res.Reason == "" {
		t.Fatalf("result = %+v", res)
	}
}

func TestInputLimits(t *testing.T) {
	b := &scripted{reply: Reply{Candidates: cands("loafly", "crumbhaus", "oventide", "lyonbake", "ryeandrise")}}
	svc := New(b)
	for _, tc := range []struct {
		desc  string
		count int
	}{
		{"", 5}, {"   \n\t", 5}, {"\u200b\u202e", 5}, {strings.Repeat("a", MaxDescriptionChars+1), 5},
		{"bad utf8 \xff", 5}, {"a bakery", 21}, {"a bakery", -1},
	} {
		_, err := svc.Suggest(context.Background(), Request{Description: tc.desc, Count: tc.count})
		if !exitcode.IsInput(err) {
			t.Errorf("Suggest(%.20q, %d) err = %v, want an input error", tc.desc, tc.count, err)
		}
	}
	if b.calls != 0 {
		t.Fatal("backend called for bad input")
	}
	// Exactly the limit is fine, and invisible characters are stripped first.
	if _, err := svc.Suggest(context.Background(), Request{Description: strings.Repeat("é", MaxDescriptionChars)}); err != nil {
		t.Fatalf("2000 characters must be accepted: %v", err)
	}
	if _, err := svc.Suggest(context.Background(), Request{Description: "a bak\u200bery\u202e in Lyon"}); err != nil || b.last.Description != "a bakery in Lyon" {
		t.Fatalf("invisible characters must be stripped before the backend sees them: %q %v", b.last.Description, err)
	}
}

func TestBackendErrorPassesThrough(t *testing.T) {
	want := &llm.Error{Class: llm.Unreachable, Message: "connection refused"}
	_, err := New(&scripted{err: want}).Suggest(context.Background(), Request{Description: "a bakery"})
	if !errors.Is(err, want) {
		t.Fatalf("err = %v", err)
	}
}

// A tight constraint that leaves the built-in generator fewer names than
// asked gives those names and a Shortfall saying which constraint limited
// them; no name at all stays bad input.
func TestBuiltinShortList(t *testing.T) {
	svc := New(NewBuiltin())
	res, err := svc.Suggest(context.Background(), Request{Description: "a bakery, name starting with k, at most 5 letters", Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	sf := res.Shortfall
	if len(res.Suggestions) == 0 || len(res.Suggestions) >= 5 || sf == nil || sf.Found != len(res.Suggestions) || sf.Requested != 5 {
		t.Fatalf("suggestions %v, shortfall %+v; want 1 to 4 names and a shortfall counting them", res.Suggestions, sf)
	}
	if !strings.Contains(strings.Join(sf.LimitedBy, "|"), "at most 5 characters") || !strings.Contains(sf.Message, "exactly 5") {
		t.Errorf("shortfall %+v does not name the length limit and what it means", sf)
	}
	out := NewOutput(res, nil)
	if out.Shortfall != sf {
		t.Errorf("the output lost the shortfall")
	}
	full, err := svc.Suggest(context.Background(), Request{Description: "a bakery in Lyon", Seed: 1})
	if err != nil || full.Shortfall != nil {
		t.Errorf("a full list: shortfall %+v, err %v", full.Shortfall, err)
	}
	_, err = svc.Suggest(context.Background(), Request{Description: "a dentist, name starting with Z, at most 5 letters", Seed: 1})
	if !exitcode.IsInput(err) {
		t.Errorf("no name at all: err %v, want bad input", err)
	}
}

func TestBuiltinEndToEnd(t *testing.T) {
	svc := New(NewBuiltin())
	res, err := svc.Suggest(context.Background(), Request{Description: "a bakery in Lyon", Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Suggestions) != 5 || len(res.Dropped) != 0 || res.Backend != "builtin" {
		t.Fatalf("result = %+v", res)
	}
	names := make([]string, 5)
	for i, s := range res.Suggestions {
		names[i] = s.Name
		if i > 0 && s.Score > res.Suggestions[i-1].Score {
			t.Errorf("not ranked: %v", res.Suggestions)
		}
	}
	if err := domain.ValidateSet(names); err != nil {
		t.Fatal(err)
	}
	again, _ := svc.Suggest(context.Background(), Request{Description: "a bakery in Lyon", Seed: 1})
	for i := range names {
		if again.Suggestions[i].Name != names[i] {
			t.Fatal("same description and seed must give the same names")
		}
	}
}

func TestNameConfidence(t *testing.T) {
	text := `{"domains":["loafly","crumbhaus"],"refusal":""}`
	toks := []llm.TokenLogProb{
		tok(`{"domains":["`, -0.01), tok("lo", -0.5), tok("af", -0.5), tok("ly", -0.5), tok(`","`, -0.01),
		tok("crumb", -0.1), tok("haus", -0.3), tok(`"],"refusal":""}`, -0.01),
	}
	c := nameConfidence(text, toks, []string{"loafly", "crumbhaus"})
	if c[0] == nil || c[1] == nil {
		t.Fatalf("confidence missing: %v", c)
	}
	if *c[0] >= *c[1] {
		t.Errorf("loafly (mean logprob -0.5) should be less confident than crumbhaus (-0.2): %v %v", *c[0], *c[1])
	}
	if got := nameConfidence(text, nil, []string{"loafly"}); got[0] != nil {
		t.Error("no log-probabilities must mean no confidence")
	}
	if got := nameConfidence("other text", toks, []string{"loafly"}); got[0] != nil {
		t.Error("tokens that do not spell the text must give no confidence")
	}
}

func BenchmarkSuggestBuiltin(b *testing.B) {
	svc := New(NewBuiltin())
	ctx := context.Background()
	descs := []string{"a bakery in Lyon", "an eco-friendly dog grooming van in Austin", "a B2B SaaS for invoice reconciliation", "a family-run Italian restaurant in Melbourne with handmade pasta"}
	if _, err := svc.Suggest(ctx, Request{Description: descs[0]}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := svc.Suggest(ctx, Request{Description: descs[i%len(descs)], Seed: int64(i)}); err != nil {
			b.Fatal(err)
		}
	}
}

func tok(s string, lp float64) llm.TokenLogProb { return llm.TokenLogProb{Token: s, LogProb: lp} }

// Control characters other than tab and newline never survive into the
// description every output format echoes (an ESC drives a terminal, a NUL
// breaks CSV readers); invisible characters are removed as before.
func TestCleanDescriptionReplacesControlCharacters(t *testing.T) {
	got, err := CleanDescription("a\x00bakery\x07 in\x1b[31m Lyon\u0085\u200b!\tnow\nopen")
	if err != nil {
		t.Fatal(err)
	}
	if want := "a bakery  in [31m Lyon !\tnow\nopen"; got != want {
		t.Errorf("CleanDescription = %q, want %q", got, want)
	}
	if _, err := CleanDescription("\x00\x1b\x07"); err == nil {
		t.Error("a description of control characters only must be refused as empty")
	}
}
