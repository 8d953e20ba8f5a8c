package namegen

import (
	"strings"
	"testing"
)

func TestEmbeddedLexicon(t *testing.T) {
	lx := generatedLexicon()
	if n := len(lx.industries); n < minIndustries {
		t.Errorf("%d industries, want at least %d", n, minIndustries)
	}
	for _, ind := range lx.industries {
		if n := len(ind.words); n < minIndustryWords || n > maxIndustryWords {
			t.Errorf("industry %s has %d words", ind.id, n)
		}
		for _, w := range ind.words {
			if lx.containsMark(w) {
				t.Errorf("industry %s word %q is a famous mark", ind.id, w)
			}
		}
	}
	if len(lx.places) < 150 {
		t.Errorf("gazetteer has %d places, want about 200", len(lx.places))
	}
	for _, p := range lx.places {
		if !isPartWord(p.short) || len(p.short) > 10 {
			t.Errorf("place %v: short form %q is not a usable name part", p.words, p.short)
		}
	}
	// Every trigger word of an industry must lead back to it.
	for _, probe := range []struct{ word, id string }{
		{"bakery", "bakery"}, {"bakeries", "bakery"}, {"baking", "bakery"},
		{"boulangerie", "bakery"}, {"espresso", "cafe"}, {"landscaping", "garden"},
		{"plumber", "plumbing"}, {"yoga", "yoga"}, {"cybersecurity", "cybersecurity"},
	} {
		ids := lx.triggers.get(lx.matchKey(probe.word))
		found := false
		for _, id := range ids {
			found = found || lx.industries[id].id == probe.id
		}
		if !found {
			t.Errorf("trigger %q does not reach industry %q", probe.word, probe.id)
		}
	}
	if ids := lx.pairs.get(lx.matchKey("real") + " " + lx.matchKey("estate")); len(ids) == 0 {
		t.Error(`two-word trigger "real estate" is not indexed`)
	}
}

// parseLexicon must refuse broken files with a message naming file and line.
func TestParseLexiconErrors(t *testing.T) {
	valid := map[string][]byte{}
	for _, n := range []string{"industries.txt", "words.txt", "affixes.txt", "places.txt", "stopwords.txt", "bland.txt", "snowball.txt"} {
		b, err := lexiconFS.ReadFile("lexicon/" + n)
		if err != nil {
			t.Fatal(err)
		}
		valid[n] = b
	}
	if _, err := parseLexicon(valid); err != nil {
		t.Fatalf("embedded files rejected: %v", err)
	}
	tests := []struct {
		name, file, content, want string
	}{
		{"two columns", "industries.txt", "bakery | bread\n", "industries.txt:1"},
		{"too few words", "industries.txt", "bakery | bread | loaf crumb\n", "has 2 distinct words"},
		{"bad word", "industries.txt", "bakery | bread | loaf crumb oven knead rye crust proof Flour\n", `"Flour"`},
		{"too few industries", "industries.txt", "bakery | bread | loaf crumb oven knead rye crust proof flour\n", "at least 150"},
		{"missing section", "words.txt", "[modifiers]\nbold\n[generic]\nnova\n", "[blends]"},
		{"words before header", "words.txt", "bold\n", "before the first"},
		{"bad weight", "affixes.txt", "suffix ly 2\nprefix neo 0.5\n", "affixes.txt:1"},
		{"bad kind", "affixes.txt", "infix ly 0.5\n", "neither suffix nor prefix"},
		{"bad place", "places.txt", "new york = n.y.\n", "places.txt:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string][]byte{}
			for k, v := range valid {
				files[k] = v
			}
			files[tt.file] = []byte(tt.content)
			_, err := parseLexicon(files)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

func TestContainsMark(t *testing.T) {
	lx := generatedLexicon()
	tests := []struct {
		name string
		want bool
	}{
		{"starbucksbrew", true},
		{"mystarbucks", true},
		{"nikerun", true},
		{"runnike", true},
		{"ubercab", true},
		{"wienbosch", true}, // makers a repair shop names
		{"etsystrap", true},
		{"osakazippo", true}, // a maker an engraver names ("Zippo lighter restoration")
		{"vespafix", true},
		{"ipadfix", true}, // a repair shop's devices
		{"macbookcare", true},
		{"tuberose", false}, // a short mark inside a word is not the mark
		{"hearthloaf", false},
	}
	for _, tt := range tests {
		if got := lx.containsMark(tt.name); got != tt.want {
			t.Errorf("containsMark(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
