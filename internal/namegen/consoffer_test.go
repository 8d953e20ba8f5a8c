package namegen

import (
	"slices"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/constraint"
)

// Under a length or syllable limit, or asked for alliteration, the list
// keeps the offer's own word in a shape the constraint lets through: whole
// ("corset" in seven letters, "airboat" under eight), with an ending
// ("bagelco", "yogia" in two syllables) or paired on its sound
// ("latteluna"), where every seed's list used to hold only its ideas
// (operaly, stage, encore, fabric, capia for the corsets). Every name
// still meets every constraint.
func TestConstrainedListsKeepTheOffer(t *testing.T) {
	g := testGenerator(t)
	for _, tc := range []struct{ desc, stem string }{
		{"Corsets for opera costume departments; seven letters max.", "corse"},
		{"Show rabbit grooming supplies and hutches in Yorkshire; name under 8 letters.", "rabbit"},
		{"Wood-fired bagel bakery in Cape Town; keep the name under 8 letters.", "bagel"},
		{"Airboat tours through the Atchafalaya Basin swamps out of Henderson, Louisiana, name under 8 letters", "airboat"},
		{"Fahrradwerkstatt in Leipzig, maximal sieben Buchstaben", "fahrrad"},
		{"Yoga studio in Porto, two syllables please", "yog"},
		{"Allevamento di asine da latte in Molise: vendiamo latte d'asina fresco e saponi. Vorremmo un nome allitterativo.", "latte"}, //nolint:misspell // Italian
	} {
		cons := constraint.Parse(tc.desc)
		for seed := int64(1); seed <= 3; seed++ {
			got, err := g.generate(tc.desc, Options{Count: 5, Seed: seed})
			if err != nil {
				t.Fatalf("%q seed %d: %v", tc.desc, seed, err)
			}
			var ns []string
			for i := range got {
				ns = append(ns, got[i].name)
				if v := cons.Check(got[i].name); len(v) > 0 || !meetsShape(&got[i], cons) {
					t.Errorf("%q seed %d: %q breaks the constraints: %v", tc.desc, seed, got[i].name, v)
				}
			}
			if !slices.ContainsFunc(ns, func(n string) bool { return strings.Contains(n, tc.stem) }) {
				t.Errorf("%q seed %d: %v, want a name with %q", tc.desc, seed, ns, tc.stem)
			}
		}
	}
}

// An offer too long for the limit is clipped through its first or second
// syllable ("cinema" → "cin", "cine" for two syllables), never into a
// second word ("parkbanke" → "parkba") or onto two vowels ("harbou").
func TestOfferClippedToTheLimit(t *testing.T) {
	g := testGenerator(t)
	desc := "Cinema projector servicing in Buenos Aires, two syllables max."
	r, err := g.candidates(desc, Options{Count: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var clips []string
	for i := range r.cands {
		c := &r.cands[i]
		if c.strategy == StrategyClipping && strings.HasPrefix(c.name, "cin") && g.nameable(c, r.cons) {
			clips = append(clips, c.name)
		}
	}
	if len(clips) == 0 {
		t.Errorf("%q: no clipping of cinema within two syllables among the candidates", desc)
	}
	for _, tc := range []struct {
		w, stub string
		want    bool
	}{
		{"corset", "corse", true},
		{"zampogne", "zampo", true},
		{"cinema", "cine", true},
		{"parkbanke", "parkba", false},
		{"handwerk", "handwe", false},
		{"harbour", "harbou", false},
	} {
		if got := clipsWell(tc.w, tc.stub); got != tc.want {
			t.Errorf("clipsWell(%q, %q) = %v, want %v", tc.w, tc.stub, got, tc.want)
		}
	}
}
