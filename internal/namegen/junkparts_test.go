package namegen

import (
	"slices"
	"strings"
	"testing"
)

// partWords are the description words analyse keeps as name parts.
func partWords(a *analysis) []string {
	return words(slices.Concat(a.units, a.keywords, a.long))
}

// noPartWords fails when a word of words is among desc's name parts or in
// a name made from it.
func noPartWords(t *testing.T, g *Generator, desc string, words []string) {
	t.Helper()
	a := g.lex.analyse(desc)
	for _, w := range words {
		if slices.Contains(partWords(a), w) {
			t.Errorf("%q: %q is a name part: %v", desc, w, partWords(a))
		}
	}
	noNameCarries(t, g, desc, words, 3)
}

// A number written as a word is a count or an age, never the offer:
// "crewsix", "twentio", "shoreight", "daidodici" were judged 0 to 2 for
// relevance (batches 1-11: 1.5 on average against 2.6).
func TestNumberWordsAreNoParts(t *testing.T) {
	g := testGenerator(t)
	for _, tt := range []struct {
		desc  string
		words []string
	}{
		{"We're a crew of six builders from Masvingo building water tanks.", []string{"six"}},
		{"I worked for a municipality in Lapland for twenty years and now run school taxis.", []string{"twenty"}},
		{"Scuola calcio per bambine a Napoli, dai sei ai dodici anni.", []string{"sei", "dodici"}},
		{"Somos uma cooperativa de extrativistas em Xapuri com oitenta familias.", []string{"oitenta"}},
	} {
		noPartWords(t, g, tt.desc, tt.words)
	}
}

// Grammar words, fillers of the other languages and comparatives of the
// bland words are no parts: "behindhasn", "fixfar", "carcheaper",
// "vorbildio", "familiabrasil" were judged 0 to 2 for relevance.
func TestFillerWordsAreNoParts(t *testing.T) {
	g := testGenerator(t)
	for _, tt := range []struct {
		desc  string
		words []string
	}{
		{"There's a new generation behind the counter, and the shop hasn't changed.", []string{"behind", "hasn"}},
		{"Independent battery repair for electric cars in Oslo, much cheaper than a new pack, whilst you wait.", []string{"cheaper", "whilst"}},
		{"Wir setzen alte Kachelöfen instand und bauen neue nach historischem Vorbild.", []string{"vorbild"}},
		{"Somos uma cooperativa de extrativistas com trinta familias, quem coleta castanha.", []string{"familia", "quem"}},
		{"Scuola di musica a Bologna per tutti, anche per la mia nonna.", []string{"tutti", "mia"}},
	} {
		noPartWords(t, g, tt.desc, tt.words)
	}
}

// The lists above are matched by key too: none may take a content word
// whose key it shares ("fares" and "far", "miles" and "mil").
func TestFillerListsSpareContentWords(t *testing.T) {
	g := testGenerator(t)
	for _, tt := range []struct{ desc, word string }{
		{"App for matatu passengers in Nairobi showing routes and fares.", "fare"},
		{"Last-mile delivery for heavy items in Perth, a few miles at a time.", "mile"},
	} {
		if a := g.lex.analyse(tt.desc); !slices.ContainsFunc(partWords(a), func(w string) bool { return strings.HasPrefix(w, tt.word) }) {
			t.Errorf("%q: %q is no name part: %v", tt.desc, tt.word, partWords(a))
		}
	}
}

// An ambiguous word listed after another head of a line ("nightclub,
// club, dj: beat bass neon") lends that line's ideas only when another
// word of the description names the line's sense: a Go club got beatbass
// and neonnight, plant hire kaleaf (judged 0).
func TestBorrowedSenseNeedsSupport(t *testing.T) {
	g := testGenerator(t)
	for _, tt := range []struct {
		desc      string
		ideas     []string
		supported bool
	}{
		{"Go club in Edinburgh teaching the ancient board game to beginners on Wednesday nights.", []string{"beat", "bass", "neon", "groove", "strobe", "pulse"}, false},
		{"Plant hire in Carlisle: diggers, dumpers and rollers.", []string{"kale", "leaf", "herb", "sprout", "sprig"}, false},
		{"Dance club in Leeds with resident DJs every Friday.", []string{"beat", "bass", "neon", "groove", "strobe", "pulse"}, true},
	} {
		a := g.lex.analyse(tt.desc)
		lent := slices.ContainsFunc(a.assocs, func(c concept) bool { return slices.Contains(tt.ideas, c.word) })
		if lent != tt.supported {
			t.Errorf("%q: ideas %v lent %t, want %t: %v", tt.desc, tt.ideas, lent, tt.supported, words(a.assocs))
		}
		if !tt.supported {
			noNameCarries(t, g, tt.desc, tt.ideas, 3)
		}
	}
	// Senses of one idea are no second sense: the verb "bake", the act of
	// "plumbing" or a "trip".
	for _, k := range []string{"bak", "plumb", "trip"} {
		if _, ok := g.lex.borrowed.lookup(k); ok {
			t.Errorf("%q borrows its lines' ideas as a second sense", k)
		}
	}
	for _, k := range []string{"club", "plant"} {
		if _, ok := g.lex.borrowed.lookup(k); !ok {
			t.Errorf("%q is not read as ambiguous", k)
		}
	}
}

// Fencing the sport is no fence, a fence contractor's fencing is.
func TestFencingSenses(t *testing.T) {
	g := testGenerator(t)
	fence := []string{"post", "rail", "picket", "gate"}
	sport := "Fencing club in Wroclaw teaching foil and sabre to teenagers."
	if a := g.lex.analyse(sport); slices.ContainsFunc(a.assocs, func(c concept) bool { return slices.Contains(fence, c.word) }) {
		t.Errorf("%q: fence ideas %v", sport, words(a.assocs))
	}
	noNameCarries(t, g, sport, []string{"rail", "picket", "gate"}, 3) // "riposte" holds a post
	trade := "Fencing contractor in central Queensland building cattle yards and stock gates."
	if a := g.lex.analyse(trade); !slices.ContainsFunc(a.assocs, func(c concept) bool { return slices.Contains(fence, c.word) }) {
		t.Errorf("%q: no fence ideas %v", trade, words(a.assocs))
	}
}
