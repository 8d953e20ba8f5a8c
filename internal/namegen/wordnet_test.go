package namegen

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
)

// The lookup is a binary search over the embedded text, so the file must
// be sorted, one well-formed line per lemma; and every line must be found.
func TestWordnetTableIsSortedAndEveryLemmaFound(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(wordnetData, "\n"), "\n")
	if len(lines) < 10000 {
		t.Fatalf("only %d lemmas in wordnet.txt; rebuild it with scripts/wordnet-assoc.py", len(lines))
	}
	lemmas := make([]string, len(lines))
	for i, l := range lines {
		lemma, senses, ok := strings.Cut(l, "\t")
		if !ok || len(lemma) < 3 || strings.Trim(lemma, "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Fatalf("line %d %q: want \"lemma<TAB>sense...\"", i+1, l)
		}
		for s := range strings.SplitSeq(senses, "\t") {
			if !strings.Contains(s, "|") {
				t.Fatalf("line %d: sense %q has no \"words|cues\"", i+1, s)
			}
		}
		lemmas[i] = lemma
	}
	if !sort.StringsAreSorted(lemmas) {
		t.Fatal("wordnet.txt is not sorted by lemma")
	}
	for i, l := range lemmas {
		if got := wordnetLine(l); got != lines[i][len(l)+1:] {
			t.Fatalf("wordnetLine(%q) = %q, want line %d", l, got, i+1)
		}
	}
	for _, absent := range []string{"", "aaaaa", "zzzzzz", "bakeryx", "mmmm"} {
		if got := wordnetLine(absent); got != "" {
			t.Errorf("wordnetLine(%q) = %q, want none", absent, got)
		}
	}
}

// A word the associations lexicon lacks takes WordNet's ideas in the sense
// the description confirms, and none when nothing says which sense.
func TestWordnetIdeasFollowTheDescription(t *testing.T) {
	g := testGenerator(t)
	ideas := func(desc, word string) []string {
		a := g.lex.analyse(desc)
		var terms []concept
		terms = append(terms, a.keywords...)
		return g.lex.wordnetIdeas(word, g.lex.matchKey(word), a.context(g.lex, terms))
	}
	if got := ideas("Sash window restoration for Georgian townhouses", "sash"); !slices.Contains(got, "frame") || slices.Contains(got, "waist") {
		t.Errorf("sash beside window: %v, want the window's frame, not the garment", got)
	}
	if got := ideas("Small-batch mole paste from Puebla", "mole"); got != nil {
		t.Errorf("mole with nothing to say which: %v, want none (spy, sauce or spot)", got)
	}
	if got := ideas("Small-batch mole sauce with chocolate from Puebla", "mole"); !slices.Contains(got, "sauce") && !slices.Contains(got, "chocolate") || slices.Contains(got, "spy") {
		t.Errorf("mole beside sauce and chocolate: %v, want the sauce", got)
	}
}

// WordNet's ideas serve as parts next to the description's words, never
// as a name on their own: they are broad ("shelter" for a tent).
func TestWordnetIdeasAreNotNamesAlone(t *testing.T) {
	g := testGenerator(t)
	desc := "Sundial maker in Bath" // a trade the hand-written associations do not cover
	a := g.lex.analyse(desc)
	var fromWordnet []string
	for _, c := range a.assocs {
		if c.wordnet {
			fromWordnet = append(fromWordnet, c.word)
		}
	}
	if len(fromWordnet) == 0 {
		t.Fatalf("no WordNet ideas for %q (assocs %v)", desc, a.assocs)
	}
	for seed := range uint64(4) {
		rng := rand.New(rand.NewPCG(seed, 1))
		p := g.buildPools(a, "", 5, rng)
		b := &builder{minLen: 3, maxLen: 14, seen: map[string]bool{}}
		if !slices.ContainsFunc(p.heads, func(c concept) bool { return c.wordnet }) {
			t.Fatalf("seed %d: no WordNet idea among the heads %v; the test needs some", seed, p.heads)
		}
		g.figuratives(b, p)
		for _, c := range b.out {
			if c.parts[0].wordnet {
				t.Errorf("seed %d: %q is a WordNet idea offered alone", seed, c.name)
			}
		}
	}
}
