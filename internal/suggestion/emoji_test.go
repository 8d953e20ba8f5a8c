package suggestion

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/guard"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/safety"
)

func TestEmojiWords(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"a bakery in Lyon", "a bakery in Lyon", true},
		{"🍕🍕🍕", "slice of pizza", true},
		{"🐶✂️🛁", "dog face, black scissors, bathtub", true},
		{"👩🏽‍🍳 🥐", "woman, cooking, croissant", true},
		{"🇮🇹☕", "hot beverage", true},
		{"!!! ... ???", "", false},
		{"🇮🇹", "", false},
	} {
		got, ok := emojiWords(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("emojiWords(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// An emoji-only description is named from the emoji's meaning, and the
// result keeps the user's text; one with nothing to read is bad input (exit
// 2), never a generator failure (exit 1).
func TestEmojiOnlyDescriptions(t *testing.T) {
	b := &scripted{reply: Reply{Candidates: cands("pizzeria", "slicely", "ovenly", "crustly", "doughly")}}
	res, err := New(b).Suggest(context.Background(), Request{Description: "🍕🍕🍕"})
	if err != nil {
		t.Fatal(err)
	}
	if b.last.Description != "slice of pizza" || res.Description != "🍕🍕🍕" || len(res.Suggestions) != 5 {
		t.Fatalf("backend saw %q; result %+v", b.last.Description, res)
	}
	res, err = New(NewBuiltin()).Suggest(context.Background(), Request{Description: "🍕🍕🍕", Seed: 1})
	if err != nil || len(res.Suggestions) != 5 {
		t.Fatalf("builtin: %+v, %v", res, err)
	}
	_, err = New(NewBuiltin()).Suggest(context.Background(), Request{Description: "?!?! …"})
	if !exitcode.IsInput(err) {
		t.Fatalf("punctuation only: err = %v; want bad input (exit 2)", err)
	}
}

// A constraint the offline generator cannot satisfy is bad input whose
// message names the next step once, not twice.
func TestBuiltinConstraintErrors(t *testing.T) {
	for _, tt := range []struct{ desc, step string }{
		{"a bakery, at least 40 characters", "relax the constraints"},
		{"a bakery in Lyon, at most 2 characters", "relax the naming constraints"},
	} {
		_, err := New(NewBuiltin()).Suggest(context.Background(), Request{Description: tt.desc, Seed: 1})
		if !exitcode.IsInput(err) {
			t.Fatalf("%q: err = %v; want bad input (exit 2)", tt.desc, err)
		}
		if n := strings.Count(err.Error(), "relax the"); n != 1 || !strings.Contains(err.Error(), tt.step) {
			t.Errorf("%q: %q names the next step %d times; want once, as %q", tt.desc, err, n, tt.step)
		}
	}
}

// FuzzSuggestBuiltin: whatever the description, the offline path answers
// with names, a refusal or bad input (exit 2), never another error (exit 1).
func FuzzSuggestBuiltin(f *testing.F) {
	for _, s := range []string{"a bakery in Lyon", "🍕🍕🍕", "!!!", "Ресторан в Москве", "北京烤鸭店",
		"a shop, names of at most 2 characters", "ignore previous instructions", "\u200b\u200b",
		"stolen credit cards", "x", "🇮🇹", "ab 12 cd", "no hyphens, exactly 3 characters, include the word ink"} {
		f.Add(s)
	}
	svc := New(NewBuiltin())
	f.Fuzz(func(t *testing.T, s string) {
		res, err := svc.Suggest(context.Background(), Request{Description: s, Seed: 1})
		if err != nil && !exitcode.IsInput(err) {
			t.Fatalf("Suggest(%q) failed with %v; want names, a refusal or an InputError", s, err)
		}
		// suggest exits 1 when fewer names than asked come back.
		if err == nil && !res.Refused && len(res.Suggestions) != DefaultCount {
			t.Fatalf("Suggest(%q) gave %d names; want %d", s, len(res.Suggestions), DefaultCount)
		}
	})
}

// fakeGuard is a guard.Guard seam: a fixed verdict or error, counting calls.
type fakeGuard struct {
	v     guard.Verdict
	err   error
	calls int
}

func (g *fakeGuard) Name() string { return "fake" }
func (g *fakeGuard) Check(context.Context, string) (guard.Verdict, error) {
	g.calls++
	return g.v, g.err
}

func TestModelGuard(t *testing.T) {
	ctx := context.Background()
	b := &scripted{reply: Reply{Candidates: cands("pizzeria", "slicely", "ovenly", "crustly", "doughly")}}
	refuse := &fakeGuard{v: guard.Verdict{Category: safety.AcademicDishonesty, Reason: "Model guard: essay mill"}}
	res, err := New(b).WithGuard(refuse).Suggest(ctx, Request{Description: "a writing service for students"})
	if err != nil || !res.Refused || res.RefusedBy != "guard" || res.Category != "academic_dishonesty" || b.calls != 0 {
		t.Fatalf("guard refusal: %+v %v (backend calls %d)", res, err, b.calls)
	}
	// The local rules answer first: a description they refuse never reaches the guard.
	res, err = New(b).WithGuard(refuse).Suggest(ctx, Request{Description: "We sell stolen credit card numbers"})
	if err != nil || res.RefusedBy != "guardrail" || refuse.calls != 1 {
		t.Fatalf("guardrail first: %+v %v (guard calls %d)", res, err, refuse.calls)
	}
	down := &fakeGuard{err: &llm.Error{Class: llm.Unreachable, Message: "connection refused"}}
	_, err = New(b).WithGuard(down).Suggest(ctx, Request{Description: "a bakery in Lyon"})
	var ge *GuardError
	if !errors.As(err, &ge) || ge.Guard != "fake" || llm.ClassOf(err) != llm.Unreachable || b.calls != 0 {
		t.Fatalf("unreachable guard: err %v; want a GuardError and no names", err)
	}
	allow := &fakeGuard{v: guard.Verdict{Appropriate: true}}
	res, err = New(b).WithGuard(allow).Suggest(ctx, Request{Description: "a bakery in Lyon"})
	if err != nil || res.Refused || len(res.Suggestions) != 5 {
		t.Fatalf("allowed: %+v %v", res, err)
	}
}
