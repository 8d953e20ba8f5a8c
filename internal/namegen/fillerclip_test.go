package namegen

import (
	"testing"
)

// TestFillerReplacedByOwnWords: a description in another language whose
// words the lexicon barely knows, under a tight length limit, used to get
// names of the shared nouns alone ("portia", "faria": judged 0 to 1); a
// clipped word of the description takes their place.
func TestFillerReplacedByOwnWords(t *testing.T) {
	g := testGenerator(t)
	for _, desc := range []string{
		"Bottega di zampogne e ciaramelle in Molise; nome di massimo 7 lettere.", //nolint:misspell // Italian
		"Grúas de arrastre las 24 horas en la carretera Monterrey–Saltillo; máximo ocho letras.",
	} {
		for seed := int64(1); seed <= 3; seed++ {
			picks, err := g.generate(desc, Options{Count: 5, Seed: seed})
			if len(picks) == 0 {
				t.Fatalf("%q seed %d: %v", desc, seed, err)
			}
			filler := 0
			var got []string
			for _, c := range picks {
				got = append(got, c.name)
				only := true
				for _, p := range c.parts[:c.nparts] {
					if p.kind != kindGeneric && p.kind != kindPlace {
						only = false
					}
				}
				if only {
					filler++
				}
			}
			if filler > 2 {
				t.Errorf("%q seed %d: %d of %d names are filler alone: %v", desc, seed, filler, len(picks), got)
			}
		}
	}
}
