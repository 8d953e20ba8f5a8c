package namegen

import (
	"math"
	"testing"
)

func TestPersonWord(t *testing.T) {
	for w, want := range map[string]bool{
		"engineer": true, "lineman": true, "optometrist": true, "electrician": true, "welder": true,
		// Animals and foods whose WordNet senses wordnet.txt drops read as
		// slang for people there; the ending keeps them things.
		"dog": false, "honey": false, "pig": false,
		"guitar": false, "engineering": false, "steel": false,
	} {
		if got := personWord(w); got != want {
			t.Errorf("personWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPersonIdeas: the ideas of a person the writer says they are weigh
// personFactor of what they weigh when the person is the offer, and a
// list for a business run by engineers is not led by names made only of
// an engineer's tools ("forgear", judged 0).
func TestPersonIdeas(t *testing.T) {
	g := testGenerator(t)
	first := func(desc, src string) float64 {
		for _, c := range g.lex.analyse(desc).assocs {
			if c.src == src {
				return c.weight
			}
		}
		t.Fatalf("%q: no idea of %q", desc, src)
		return 0
	}
	self := first("I'm a welder in Tucson and I make custom steel gates.", "welder")
	offer := first("Welder in Tucson making custom steel gates.", "welder")
	if math.Abs(self/offer-personFactor) > 1e-9 {
		t.Errorf("welder's ideas: %.4f said of the writer, %.4f as the offer; want a ratio of %.2f", self, offer, personFactor)
	}

	desc := "We're three engineers from Aarhus who built a cheap laser sensor that measures methane from dairy cows."
	picks, err := g.generate(desc, Options{Count: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range picks {
		only := true
		for _, p := range c.parts[:c.nparts] {
			only = only && p.kind == kindAssoc && p.src == "engineer"
		}
		if only {
			t.Errorf("%q: %q is made only of an engineer's ideas", desc, c.name)
		}
	}
}
