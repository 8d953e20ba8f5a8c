package namegen

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// The compound table is binary-searched like wordnet.txt: sorted, one
// well-formed line per compound of two or three words, each found.
func TestWordnetUnitTableIsSortedAndEveryCompoundFound(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(wordnetUnitData, "\n"), "\n")
	if len(lines) < 1000 {
		t.Fatalf("only %d compounds in wordnet_units.txt; rebuild it with scripts/wordnet-compounds.py", len(lines))
	}
	keys := make([]string, len(lines))
	for i, l := range lines {
		key, senses, ok := strings.Cut(l, "\t")
		if n := len(strings.Fields(key)); !ok || n < 2 || n > maxUnitWords || strings.Trim(key, "abcdefghijklmnopqrstuvwxyz ") != "" {
			t.Fatalf("line %d %q: want \"word word<TAB>sense...\"", i+1, l)
		}
		for s := range strings.SplitSeq(senses, "\t") {
			if !strings.Contains(s, "|") {
				t.Fatalf("line %d: sense %q has no \"words|cues\"", i+1, s)
			}
		}
		keys[i] = key
	}
	if !sort.StringsAreSorted(keys) {
		t.Fatal("wordnet_units.txt is not sorted")
	}
	for i, k := range keys {
		if got := sortedLine(wordnetUnitData, k); got != lines[i][len(k)+1:] {
			t.Fatalf("sortedLine(%q) = %q, want line %d", k, got, i+1)
		}
	}
}

// Adjacent words that make a WordNet compound are read as one unit with
// the compound's ideas, and its words no longer count alone; words apart,
// across a sentence or clause, a trade word and a hand-written reading
// keep the word-by-word reading.
func TestCompoundUnits(t *testing.T) {
	g := testGenerator(t)
	src := func(words string) string {
		var b strings.Builder
		for _, w := range strings.Fields(words) {
			b.WriteString(g.lex.matchKey(w))
		}
		return b.String()
	}
	for _, tc := range []struct {
		desc string
		unit string   // the unit's words
		ok   bool     // whether they are read as one unit
		gone []string // words that must not be keywords alone
		want []string // ideas the unit brings
		not  []string // ideas of the words read alone that must be gone
	}{
		{"Chain mail and armour for medieval reenactors", "chain mail", true, []string{"mail"}, []string{"armor"}, []string{"stamp", "envelope"}},
		{"Water buffalo mozzarella from a small dairy in Campania", "water buffalo", true, []string{"water"}, []string{"buffalo"}, []string{"aqua", "rain"}},
		{"Water buffaloes raised on a family farm for mozzarella", "water buffaloes", true, []string{"water"}, []string{"carabao"}, []string{"aqua"}},
		{"Box end wrench sets for classic car mechanics", "box end wrench", true, []string{"box"}, []string{"nut"}, nil},
		// A hand-written unit wins: its ideas, not WordNet's.
		{"Hearing aids fitted at home for older people", "hearing aids", true, []string{"hearing"}, []string{"echo"}, nil},
		// Not compounds: a word alone, words split by a sentence or a
		// clause, a place's name, a trade word, a word senses.txt reads.
		{"Bottled spring water delivered to offices", "water", false, nil, nil, nil},
		{"We fit a new bike chain. Mail us your wheels", "chain mail", false, nil, nil, nil},
		{"Fresh water, buffalo milk and cheese delivered to offices", "water buffalo", false, nil, nil, nil},
		{"Tile and grout restoration on the Gold Coast.", "gold coast", false, nil, nil, nil},
		{"Chain, mail and parcel lockers for apartment blocks", "chain mail", false, nil, nil, nil},
		{"A coffee shop like Starbucks", "coffee shop", false, nil, nil, nil},
		{"Replacement dust jackets and archival sleeves for collectible first-edition books.", "dust jackets", false, nil, nil, nil},
	} {
		a := g.lex.analyse(tc.desc)
		var units []string
		for _, u := range a.units {
			units = append(units, u.src)
		}
		if got := slices.Contains(units, src(tc.unit)); got != tc.ok {
			t.Errorf("%q: units %v; %q read as one: %v, want %v", tc.desc, units, tc.unit, got, tc.ok)
			continue
		}
		for _, k := range a.keywords {
			if slices.Contains(tc.gone, k.word) {
				t.Errorf("%q: %q is still a keyword alone: %v", tc.desc, k.word, a.keywords)
			}
		}
		var ideas []string
		for _, c := range a.assocs {
			ideas = append(ideas, c.word)
		}
		for _, w := range tc.want {
			if !slices.Contains(ideas, w) {
				t.Errorf("%q: ideas %v lack %q", tc.desc, ideas, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(ideas, w) {
				t.Errorf("%q: ideas %v have %q", tc.desc, ideas, w)
			}
		}
	}
}
