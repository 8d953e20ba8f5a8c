package namegen

import (
	"slices"
	"testing"
)

// A name of one association idea alone enters a list after the names that
// carry a description word (see loneIdea): on batches 1-20 such names were
// judged 0.37 less relevant than the rest of their lists' pool.
func TestLoneIdeasAreNotSolid(t *testing.T) {
	g := testGenerator(t)
	for _, desc := range []string{
		"Smoked eel from a two-person smokehouse on the IJsselmeer.",
		"Climbing holds cast in a Boulder garage; two syllables max.",
		"Wool scouring plant in Napier that washes greasy fleece for exporters before it ships to spinning mills overseas.",
	} {
		r, err := g.candidates(desc, Options{Count: 5, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		lone := 0
		for i := range r.cands {
			c := &r.cands[i]
			if !loneIdea(c) || !solid(c) {
				continue
			}
			lone++
			if tr := entryTier(c, r.cons); tr == tierSolid {
				t.Errorf("%q: %s (%s of %q alone) enters with the solid names", desc, c.name, c.strategy, c.parts[0].word)
			}
		}
		if lone == 0 {
			t.Errorf("%q: no solid name of an idea alone in the pool; the test checks nothing", desc)
		}
	}
}

// loneIdea: which shapes are an idea alone. A blend of one word's ideas,
// two words' ideas, a number's name and any name with a description word
// or place are not.
func TestLoneIdeaShapes(t *testing.T) {
	idea := func(word, src string) concept {
		return concept{word: word, kind: kindAssoc, src: src, weight: 0.85}
	}
	kw := concept{word: "eel", kind: kindKeyword, src: "eel", weight: 0.95}
	place := concept{word: "napier", kind: kindPlace, src: "@napier", weight: 0.75}
	one := func(strategy string, p concept) cand {
		return cand{strategy: strategy, parts: [2]concept{p}, nparts: 1}
	}
	two := func(strategy string, p, q concept) cand {
		return cand{strategy: strategy, parts: [2]concept{p, q}, nparts: 2}
	}
	for _, tt := range []struct {
		c    cand
		want bool
	}{
		{one(StrategyAffix, idea("river", "eel")), true},
		{one(StrategyFigurative, idea("stage", "opera")), true},
		{one(StrategyClipping, idea("furnace", "glass")), true},
		{two(StrategyCompound, idea("mine", "coal"), idea("mill", "coal")), true},
		{two(StrategyAlliteration, idea("glide", "skate"), idea("gleam", "skate")), true},
		{one(StrategyAffix, kw), false},
		{one(StrategyNumber, idea("tide", "eel")), false},
		{two(StrategyBlend, idea("saddle", "leather"), idea("leather", "leather")), false},
		{two(StrategyCompound, idea("arch", "architecture"), idea("hedge", "landscape")), false},
		{two(StrategyCompound, kw, idea("smoke", "eel")), false},
		{two(StrategyPlace, place, idea("fleece", "wool")), false},
	} {
		if got := loneIdea(&tt.c); got != tt.want {
			words := []string{}
			for _, p := range tt.c.parts[:tt.c.nparts] {
				words = append(words, p.word)
			}
			t.Errorf("loneIdea(%s of %v) = %t, want %t", tt.c.strategy, words, got, tt.want)
		}
	}
}

// The lists of descriptions from batches 5 to 20 lose the names of one
// idea alone the blind judges scored 0 or 1 for relevance, and stay full.
func TestLoneIdeasGiveWay(t *testing.T) {
	g := testGenerator(t)
	for _, tt := range []struct {
		desc string
		gone []string
	}{
		{"Smoked eel from a two-person smokehouse on the IJsselmeer.", []string{"riverio", "glazia"}},
		{"Climbing holds cast in a Boulder garage; two syllables max.", []string{"ridgio"}},
		{"Steel drum reconditioning for paint makers in Lagos.", []string{"islandly"}},
		{"Tennis court resurfacing across Western Australia.", []string{"spinfit"}},
		{"Wool scouring plant in Napier that washes greasy fleece for exporters before it ships to spinning mills overseas.", []string{"knitly"}},
		{"Fly food and culture vials for Drosophila genetics labs.", []string{"plately"}},
	} {
		got, err := g.Generate(tt.desc, Options{Count: 5, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		names := make([]string, len(got))
		for i, c := range got {
			names[i] = c.Name
		}
		if len(names) != 5 {
			t.Errorf("%q: %d names: %v", tt.desc, len(names), names)
		}
		for _, n := range tt.gone {
			if slices.Contains(names, n) {
				t.Errorf("%q: %s (one idea alone) is still picked: %v", tt.desc, n, names)
			}
		}
	}
}
