package namegen

import (
	"slices"
	"testing"
)

// Asked for a rhyme, the list is rhymes when the pool holds enough: no
// place pair keeps a slot ("frostreyk", "cancuncart", judged 1) and one
// technique's cap of three names does not let non-rhymes in ("parlouria",
// "plattering", judged 1). On batches 1-21 the non-rhyming names of such
// rows were judged relevance 0.98 to 1.25, the rhymes 1.95 to 2.61.
func TestRhymeListIsRhymes(t *testing.T) {
	g := testGenerator(t)
	for _, desc := range []string{
		"Ice cream parlour in Reykjavik open all year, with flavours made from Icelandic berries and skyr. Something that rhymes, please.",
		"Frozen yogurt cart in Cancún, something that rhymes",
		"Plant-based catering for corporate events in Singapore, with a playful name that rhymes.",
		"Pet-sitting and dog-walking business in Brighton, and we'd love a name that rhymes.",
	} {
		eachList(t, g.generate, desc, Options{Count: 5}, 3, func(seed int64, got []cand) {
			for i := range got {
				if got[i].strategy != StrategyRhyme {
					t.Errorf("%q seed %d: %q (%s) in %v is no rhyme", desc, seed, got[i].name, got[i].strategy, names2(got))
				}
			}
		})
	}
}

// A rhyme on a word of the description ("flavourtour", "beachreach",
// "dogwalktalk") is picked before the rhymes of two ideas ("frosthost",
// "swimtrim", "trottot"): judged relevance 2.61 against 1.95 on batches
// 1-21.
func TestRhymeOnTheOffersWordFirst(t *testing.T) {
	g := testGenerator(t)
	for _, tc := range []struct{ desc, word string }{
		{"Ice cream parlour in Reykjavik open all year, with flavours made from Icelandic berries and skyr. Something that rhymes, please.", "flavour"},
		{"Shaved ice truck touring the beaches of Cebu. We'd love a name that rhymes.", "beach"},
		{"Pet-sitting and dog-walking business in Brighton, and we'd love a name that rhymes.", "dogwalk"},
	} {
		eachList(t, g.generate, tc.desc, Options{Count: 5}, 3, func(seed int64, got []cand) {
			if !slices.ContainsFunc(got, func(c cand) bool {
				return c.strategy == StrategyRhyme && rhymesOffer(&c) && slices.ContainsFunc(c.parts[:c.nparts], func(p concept) bool { return p.word == tc.word })
			}) {
				t.Errorf("%q seed %d: %v, want a rhyme on %q", tc.desc, seed, names2(got), tc.word)
			}
		})
	}
}

// Words sharing only an unstressed ending do not rhyme ("latherwander",
// "powderember", "hovermuster", judged relevance 0 to 2).
func TestWeakRimeIsNoRhyme(t *testing.T) {
	for _, tt := range []struct {
		x, y string
		want bool
	}{
		{"lather", "wander", false}, {"powder", "ember", false}, {"hover", "muster", false}, {"morning", "sing", false},
		{"whir", "stir", true}, {"shine", "line", true}, {"dink", "link", true}, {"mall", "stall", true}, {"den", "hen", true},
	} {
		if got := rhymeWith(tt.x, tt.y); got != tt.want {
			t.Errorf("rhymeWith(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
	g := testGenerator(t)
	desc := "Snowshoe hikes under the northern lights in Abisko. Something that rhymes would be fun."
	eachList(t, g.generate, desc, Options{Count: 5}, 3, func(seed int64, got []cand) {
		for i := range got {
			c := &got[i]
			if c.strategy == StrategyRhyme && c.nparts == 2 && weakRime(rime(c.parts[0].word), c.parts[0].word, c.parts[1].word) {
				t.Errorf("seed %d: %q rhymes only on an unstressed ending", seed, c.name)
			}
		}
	})
}
