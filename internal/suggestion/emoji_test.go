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
