package suggestion

import (
	"context"
	"errors"
	"testing"
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
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("punctuation only: err = %v; want an InputError", err)
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
		_, err := svc.Suggest(context.Background(), Request{Description: s, Seed: 1})
		var ie *InputError
		if err != nil && !errors.As(err, &ie) {
			t.Fatalf("Suggest(%q) failed with %v; want names, a refusal or an InputError", s, err)
		}
	})
}
