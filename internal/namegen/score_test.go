package namegen

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/constraint"
)

func TestLengthScore(t *testing.T) {
	tests := []struct {
		n        int
		min, max float64
	}{
		// The judge's conciseness bands (5 for <= 6, 4 for 7-10, 3 for 11-14)
		// with a steeper fall past ten letters: long names are hard to say,
		// and a judge takes a point of conciseness off at eleven.
		{5, 1, 1}, {6, 1, 1}, {7, 0.9, 0.99}, {10, 0.8, 0.8}, {11, 0.6, 0.65},
		{15, 0.3, 0.35}, {22, 0.05, 0.07}, {23, 0, 0.1}, {50, 0, 0.1},
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
		{"nova", "aura", ""},    // one shared letter: not a syllable
		{"smile", "enamel", ""}, // reads as a typo of enamel
		{"heal", "align", "healign"},
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
		{"lyon", "nest", "lyonest"},
		{"pixel", "loot", "pixeloot"},
		{"wheat", "trader", "wheatrader"},
		{"cliff", "fall", "cliffall"},
		{"pup", "paw", "puppaw"},       // a short word keeps its letters
		{"pulp", "press", "pulppress"}, // an alliteration keeps its sound
	}
	for _, tt := range words {
		if got := joinWords(tt.x, tt.y); got != tt.want {
			t.Errorf("joinWords(%q, %q) = %q, want %q", tt.x, tt.y, got, tt.want)
		}
	}
	// A place, a required word or a rhyme second stays whole.
	for _, tt := range []struct{ x, y, want string }{
		{"pallet", "texas", "pallettexas"}, {"nova", "aura", "novaura"},
	} {
		if got := joinIntact(tt.x, tt.y); got != tt.want {
			t.Errorf("joinIntact(%q, %q) = %q, want %q", tt.x, tt.y, got, tt.want)
		}
	}
	// A merge that hides the second word's first sound makes junk: the h
	// of th or sh, a place's e under a silent e; not the h after ch, a
	// sounded vowel or a rare consonant.
	for _, tt := range []struct {
		x, y  string
		place bool
		want  bool
	}{
		{"hearth", "haus", false, true}, {"dash", "household", false, true}, {"hitch", "hot", false, false},
		{"forge", "europe", true, true}, {"mile", "essex", true, true}, {"stride", "egg", false, false},
		{"ulivo", "orcia", true, false}, {"cask", "kakheti", true, false}, {"pallet", "texas", true, false},
	} {
		y := concept{word: tt.y}
		if tt.place {
			y.kind = kindPlace
		}
		b := &builder{minLen: 3, maxLen: 14, seen: map[string]bool{}}
		b.add(joinIntact(tt.x, tt.y), StrategyCompound, 1, concept{word: tt.x}, y)
		if got := len(b.out) == 1 && b.out[0].stray; got != tt.want {
			t.Errorf("%s + %s = %v: junk %t, want %t", tt.x, tt.y, b.out, got, tt.want)
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

// A place says where, not what: next to a weak word it must not make a name
// as relevant as one built on the offer, while place + offer stays on top.
func TestRelevancePlaceOnlyAddsToTheOffer(t *testing.T) {
	g := testGenerator(t)
	a := g.lex.analyse("embroidered patches in Halifax")
	halifax := a.places[0]
	patch := concept{word: "patch", key: "patch", weight: 1, kind: kindKeyword}
	// An association exactly as strong as the place.
	needle := concept{word: "needle", key: "needle", weight: halifax.weight, kind: kindAssoc}
	amp := concept{word: "amp", key: "amp", weight: 0.45, kind: kindAssoc}
	rel := func(x, y concept) float64 {
		return relevance(&cand{name: x.word + y.word, strategy: StrategyCompound, parts: [2]concept{x, y}, nparts: 2}, a)
	}
	placeWeak, offerWeak, placeOffer := rel(halifax, amp), rel(needle, amp), rel(halifax, patch)
	if !(placeWeak < offerWeak && offerWeak < placeOffer) {
		t.Errorf("relevance halifax+amp %.2f, needle+amp %.2f, halifax+patch %.2f: want increasing", placeWeak, offerWeak, placeOffer)
	}
}

// A name with no part from the description loses to an on-topic one even
// when it scores a little higher: the judge gives it relevance 0 or 1.
func TestPickPrefersOnTopicNames(t *testing.T) {
	g := testGenerator(t)
	sunny := concept{word: "sunny", key: "sunny", weight: 0.2, kind: kindModifier}
	nova := concept{word: "nova", key: "nova", weight: 0.15, kind: kindGeneric}
	loaf := concept{word: "loaf", key: "loaf", weight: 0.85, kind: kindAssoc}
	cands := []cand{
		{name: "sunnynova", strategy: StrategyCompound, parts: [2]concept{sunny, nova}, nparts: 2, score: 0.9},
		{name: "loafly", strategy: StrategyAffix, parts: [2]concept{loaf}, nparts: 1, affix: "ly", score: 0.6},
	}
	got := g.pick(cands, constraint.Constraints{}, 1, rand.New(rand.NewPCG(1, 2)), true)
	if len(got) != 1 || got[0].name != "loafly" {
		t.Errorf("picked %v, want the on-topic loafly", got)
	}
}

// A first name that spends two of the description's words must not leave
// the rest of the list to weak ideas: "musselfarm" (0.9) then only
// "ropely" (0.5) ranks below "farmbay" and "musselrope" (0.8 each), which
// the greedy list rules out (they share its stems).
func TestPickKeepsTheBetterList(t *testing.T) {
	g := testGenerator(t)
	kw := func(w string) concept { return concept{word: w, key: w, src: w, weight: 0.9, kind: kindKeyword} }
	mussel, farm, rope, bay := kw("mussel"), kw("farm"), kw("rope"), kw("bay")
	cands := []cand{
		{name: "musselfarm", strategy: StrategyCompound, parts: [2]concept{mussel, farm}, nparts: 2, score: 0.9},
		{name: "farmbay", strategy: StrategyCompound, parts: [2]concept{farm, bay}, nparts: 2, score: 0.8},
		{name: "musselrope", strategy: StrategyCompound, parts: [2]concept{mussel, rope}, nparts: 2, score: 0.8},
		{name: "ropely", strategy: StrategyAffix, parts: [2]concept{rope}, nparts: 1, affix: "ly", score: 0.5},
	}
	got := names2(g.pick(cands, constraint.Constraints{}, 2, rand.New(rand.NewPCG(1, 2)), true))
	slices.Sort(got)
	if !slices.Equal(got, []string{"farmbay", "musselrope"}) {
		t.Errorf("picked %v, want farmbay and musselrope (sum 1.6) over musselfarm and ropely (1.4)", got)
	}
}

func TestRepeatsChunk(t *testing.T) {
	for _, s := range []string{"wirewir", "casalecasa", "luxeluxury", "tablewaretable"} {
		if !repeatsChunk(s) {
			t.Errorf("repeatsChunk(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"banana", "riseloaf", "lyonoven", "proofcrumb", "wrenchain"} {
		if repeatsChunk(s) {
			t.Errorf("repeatsChunk(%q) = true, want false", s)
		}
	}
	if pronounceability("wirewir") >= pronounceability("wirebolt") {
		t.Errorf("a stammer reads as well as a name: wirewir %.2f, wirebolt %.2f", pronounceability("wirewir"), pronounceability("wirebolt"))
	}
}

// A shared adjective serves one name of a list while others are left:
// "mistyloaf mistyoven mistyknead" says misty, not bakery.
func TestPickUsesAnAdjectiveOnce(t *testing.T) {
	g := testGenerator(t)
	misty := concept{word: "misty", key: "misty", weight: 0.2, kind: kindModifier}
	var cands []cand
	for i, w := range []string{"loaf", "oven", "knead", "crumb", "proof"} {
		head := concept{word: w, key: w, weight: 0.85, kind: kindAssoc}
		cands = append(cands, cand{name: "misty" + w, strategy: StrategyCompound, parts: [2]concept{head, misty}, nparts: 2, score: 0.95 - 0.01*float64(i)})
	}
	rye := concept{word: "rye", key: "rye", weight: 0.85, kind: kindAssoc}
	hearth := concept{word: "hearth", key: "hearth", weight: 0.8, kind: kindAssoc}
	crust := concept{word: "crust", key: "crust", weight: 0.8, kind: kindAssoc}
	// "crustrye" shares rye with "ryehearth": it only comes in once the
	// rules relax, which is exactly when a second misty name could too.
	cands = append(cands,
		cand{name: "ryehearth", strategy: StrategyCompound, parts: [2]concept{rye, hearth}, nparts: 2, score: 0.7},
		cand{name: "crustrye", strategy: StrategyCompound, parts: [2]concept{crust, rye}, nparts: 2, score: 0.6})
	got := g.pick(cands, constraint.Constraints{}, 3, rand.New(rand.NewPCG(1, 2)), true)
	n := 0
	for _, c := range got {
		if strings.HasPrefix(c.name, "misty") {
			n++
		}
	}
	if len(got) != 3 || n != 1 {
		t.Errorf("picked %v, want one misty name, ryehearth and crustrye", names2(got))
	}
}

func names2(cs []cand) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.name)
	}
	return out
}

// The blind judges scored a name by its weaker half: "pasteowl" (the
// offer + a decorative noun) scored 1 where "molepuebla" (offer + place)
// scored 5. A decorative second part must cost relevance, not add to it,
// and two facets of the business must beat one idea said twice.
func TestRelevanceFollowsTheWeakerPart(t *testing.T) {
	g := testGenerator(t)
	a := g.lex.analyse("Small-batch mole paste from Puebla")
	paste := concept{word: "paste", key: "past", weight: 0.88, kind: kindKeyword, src: "past"}
	mole := concept{word: "mole", key: "mol", weight: 0.9, kind: kindKeyword, src: "mol"}
	owl := concept{word: "owl", key: "owl", weight: 0.15, kind: kindGeneric}
	puebla := concept{word: "puebla", key: "puebla", weight: 0.75, kind: kindPlace, src: "@puebla"}
	one := func(x concept) float64 {
		return relevance(&cand{name: x.word, strategy: StrategyFigurative, parts: [2]concept{x}, nparts: 1}, a)
	}
	two := func(x, y concept) float64 {
		return relevance(&cand{name: x.word + y.word, strategy: StrategyCompound, parts: [2]concept{x, y}, nparts: 2}, a)
	}
	if alone, decorated := one(paste), two(paste, owl); decorated >= alone {
		t.Errorf("relevance paste %.2f, pasteowl %.2f: a decorative half must cost", alone, decorated)
	}
	if placed, decorated := two(mole, puebla), two(paste, owl); placed-decorated < 0.25 {
		t.Errorf("relevance molepuebla %.2f, pasteowl %.2f: want the place a clear step above the decoration", placed, decorated)
	}
}

func TestOpening(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"lyonbakery", "lyon"}, {"oven", "oven"}, {"rye", "rye"}, {"0waste", "wast"}, {"24seven", "seve"}, {"re-fill", "refi"}, {"a1b2", "ab"},
	} {
		if got := opening(tc.name); got != tc.want {
			t.Errorf("opening(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
