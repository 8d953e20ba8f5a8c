package namegen

import "testing"

func TestLengthScore(t *testing.T) {
	tests := []struct {
		n        int
		min, max float64
	}{
		// The judge's conciseness bands (5 for <= 6, 4 for 7-10, 3 for 11-14)
		// with a steeper fall past ten letters: long names are hard to say.
		{5, 1, 1}, {6, 1, 1}, {7, 0.9, 0.99}, {10, 0.8, 0.8}, {11, 0.7, 0.7},
		{15, 0.4, 0.45}, {22, 0.15, 0.17}, {23, 0, 0.1}, {50, 0, 0.1},
	}
	for _, tt := range tests {
		if got := lengthScore(tt.n); got < tt.min || got > tt.max {
			t.Errorf("lengthScore(%d) = %v, want in [%v,%v]", tt.n, got, tt.min, tt.max)
		}
	}
	for n := 1; n < 60; n++ {
		if lengthScore(n+1) > lengthScore(n) {
			t.Errorf("lengthScore rises from %d to %d letters", n, n+1)
		}
	}
}

// Pronounceable names must beat clusters nobody can say, by a clear margin.
func TestPronounceability(t *testing.T) {
	good := []string{"lyonloaf", "hearthloaf", "breadventure", "crumbly", "novaura", "loafly", "goldcrust"}
	bad := []string{"xkqzt", "qwrtpsdf", "aeiouaei", "zzzzzz", "thrkvl", "bnnnana", "jjvxq"}
	worstGood, bestBad := 1.0, 0.0
	for _, w := range good {
		worstGood = min(worstGood, pronounceability(w))
	}
	for _, w := range bad {
		bestBad = max(bestBad, pronounceability(w))
	}
	if worstGood < 0.5 || bestBad > 0.35 || worstGood-bestBad < 0.3 {
		t.Errorf("worst good name scores %.2f, best bad one %.2f; want good >= 0.5, bad <= 0.35 and a gap of 0.3", worstGood, bestBad)
	}
	if got := pronounceability("123"); got != 0 {
		t.Errorf("pronounceability of digits = %v, want 0", got)
	}
}

func TestNoveltyPenalisesGluedDescription(t *testing.T) {
	g := testGenerator(t)
	a := g.lex.analyse("a bakery in Lyon")
	kw := concept{word: "bakery", key: "bakery", weight: 1, kind: kindKeyword}
	loaf := concept{word: "loaf", key: "loaf", weight: 0.85, kind: kindIndustry}
	lyon := a.places[0]
	glued := cand{name: "bakerylyon", strategy: StrategyCompound, parts: [2]concept{kw, kw}, nparts: 2}
	mixed := cand{name: "bakeryloaf", strategy: StrategyCompound, parts: [2]concept{kw, loaf}, nparts: 2}
	place := cand{name: "lyonloaf", strategy: StrategyPlace, parts: [2]concept{lyon, loaf}, nparts: 2}
	word := cand{name: "bakery", strategy: StrategyAffix, parts: [2]concept{kw}, nparts: 1}
	if !(g.novelty(&word, a) < g.novelty(&glued, a) && g.novelty(&glued, a) < g.novelty(&mixed, a) && g.novelty(&mixed, a) < g.novelty(&place, a)) {
		t.Errorf("novelty order wrong: word %.2f, glued %.2f, mixed %.2f, place %.2f",
			g.novelty(&word, a), g.novelty(&glued, a), g.novelty(&mixed, a), g.novelty(&place, a))
	}
}

func TestBlend(t *testing.T) {
	tests := []struct {
		x, y, want string
	}{
		{"bread", "adventure", "breadventure"},
		{"oven", "venture", "oventure"},
		{"crumb", "umbrella", "crumbrella"},
		{"nova", "aura", "novaura"},
		{"loaf", "crumb", ""},  // no overlap
		{"crust", "trust", ""}, // one consonant is a typo, not a blend
		{"mind", "index", "mindex"},
		{"ink", "in", ""}, // the second word would vanish
	}
	for _, tt := range tests {
		got, _ := blend(tt.x, tt.y)
		if got != tt.want {
			t.Errorf("blend(%q, %q) = %q, want %q", tt.x, tt.y, got, tt.want)
		}
	}
}

func TestJoins(t *testing.T) {
	suffixes := []struct{ word, suf, want string }{
		{"crumb", "ora", "crumbora"},
		{"nova", "ora", "novora"},
		{"nest", "topia", "nestopia"},
		{"loaf", "ly", "loafly"},
		{"honey", "ly", ""},
		{"rye", "ora", ""},
	}
	for _, tt := range suffixes {
		got, ok := attachSuffix(tt.word, tt.suf)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("attachSuffix(%q, %q) = %q, want %q", tt.word, tt.suf, got, tt.want)
		}
	}
	words := []struct{ x, y, want string }{
		{"nova", "aura", "novaura"},
		{"hearth", "haus", "hearthaus"},
		{"lyon", "loaf", "lyonloaf"},
		{"lyon", "nest", "lyonnest"},
	}
	for _, tt := range words {
		if got := joinWords(tt.x, tt.y); got != tt.want {
			t.Errorf("joinWords(%q, %q) = %q, want %q", tt.x, tt.y, got, tt.want)
		}
	}
	clips := []struct{ in, want string }{
		{"bakery", "bak"}, {"crumb", "crum"}, {"oven", "ove"}, {"photography", "phot"}, {"ai", "ai"},
	}
	for _, tt := range clips {
		if got := clip(tt.in); got != tt.want {
			t.Errorf("clip(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if !sameSound("crumb", "kind") || !sameSound("city", "sun") || sameSound("shine", "sun") {
		t.Error("sameSound: c/k should alliterate, soft c with s, and sh not with s")
	}
}
