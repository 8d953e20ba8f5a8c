package namegen

import (
	"slices"
	"strings"
	"testing"
)

// bilingual.txt must refuse broken lines with a message naming the line.
func TestBilingualParseErrors(t *testing.T) {
	files := embeddedLexiconFiles(t)
	for _, tt := range []struct{ name, content, want string }{
		{"no colon", "accordion fr musette\n", "bilingual.txt:3"},
		{"unknown english", "zzqx: fr musette\n", "neither a head nor an idea"},
		{"unknown language", "accordion: nl musette\n", "want a language"},
		{"language twice", "accordion: fr musette; fr piano\n", "want a language"},
		{"language without words", "accordion: fr; it fisarmonica\n", "want a language"},
		{"bad word", "accordion: fr Accordéon\n", "must be 2 to"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			broken := map[string][]byte{}
			for k, v := range files {
				broken[k] = v
			}
			broken["bilingual.txt"] = []byte("# comment\n\n" + tt.content)
			_, err := parseLexicon(broken)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

// The table reads a language's offer noun as an English head and writes
// English ideas in the language; idea-only lines are written, never read.
func TestBilingualTable(t *testing.T) {
	lx := generatedLexicon()
	for _, tt := range []struct{ lang, word, head string }{
		{"it", "fisarmonica", "accordion"}, {"de", "akkordeon", "accordion"},
		{"pt", "sanfona", "accordion"}, {"es", "costurera", "tailor"}, {"de", "hebamme", "midwifery"},
		{"fr", "meuble", "furniture"}, {"es", "bicicleta", "bicycle"},
	} {
		if got := lx.transIn.get(tt.lang + ":" + lx.matchKey(tt.word)); got != lx.matchKey(tt.head) {
			t.Errorf("%s %q reads as %q, want %q", tt.lang, tt.word, got, lx.matchKey(tt.head))
		}
	}
	// "vague" is an idea (wave), not an English head: French "vague" must
	// not lend the ideas of anything.
	if _, ok := lx.transIn.lookup("fr:" + lx.matchKey("vague")); ok {
		t.Error(`fr "vague" is read though "wave" is no English head`)
	}
	for _, tt := range []struct{ lang, idea, want string }{
		{"it", "bellows", "mantice"}, {"fr", "needle", "aiguille"}, {"de", "ledger", "kassenbuch"}, {"pt", "thread", "linha"},
	} {
		if got := lx.transOut.get(tt.lang + ":" + tt.idea); got != tt.want {
			t.Errorf("%s writes %q as %q, want %q", tt.lang, tt.idea, got, tt.want)
		}
	}
	if _, ok := lx.transOut.lookup("it:ristrutturazione"); ok {
		t.Error("a form longer than a name part is written")
	}
	for i, k := range lx.transOut.keys {
		if w := lx.transOut.vals[i]; !isPartWord(w) {
			t.Errorf("%s is written %q, no name part", k, w)
		}
	}
}

// An offer noun only the bilingual table knows lends its ideas, written in
// the description's language, and weighs as a known word does.
func TestForeignOfferNounIdeas(t *testing.T) {
	lx := generatedLexicon()
	a := lx.analyse("Restauro e accordatura di fisarmoniche a Castelfidardo.")
	if a.lang != "it" {
		t.Fatalf("lang = %q, want it", a.lang)
	}
	var offer *concept
	for _, list := range [][]concept{a.keywords, a.long} {
		for i := range list {
			if list[i].word == "fisarmonica" {
				offer = &list[i]
			}
		}
	}
	if offer == nil || offer.weight < 0.8 {
		t.Fatalf("fisarmonica: %+v, want it among the words at full salience", offer)
	}
	own := 0
	for _, c := range a.assocs {
		if c.src != offer.key {
			continue
		}
		if c.foreign || slices.Contains([]string{"bellows", "squeeze", "polka", "waltz"}, c.word) {
			t.Errorf("English idea %q of the accordion in an Italian description", c.word)
		}
		own++
	}
	if !slices.ContainsFunc(a.assocs, func(c concept) bool { return c.word == "mantice" && !c.foreign }) || own < 2 {
		t.Errorf("accordion ideas in Italian: %d, want mantice among them; assocs %v", own, words(a.assocs))
	}

	// A description read as Spanish whose words are English keeps their
	// English ideas: "builder" is brick and beam, not ladrillo and viga.
	a = lx.analyse("Trade show booth builder in Las Vegas")
	if a.lang == "" {
		t.Skip("no longer read as another language")
	}
	for _, c := range a.assocs {
		if slices.Contains([]string{"viga", "marco", "nivel"}, c.word) {
			t.Errorf("English word's idea translated: %q in %v", c.word, words(a.assocs))
		}
	}
}

// A word read through the bilingual table lends only the ideas the table
// writes in its language: a French surveyor's English "tidy" and "tiny"
// made tidygeometre and tinyexpert (judged 1 and 2 for relevance).
func TestTableWordLendsNoEnglishIdeas(t *testing.T) {
	lx := generatedLexicon()
	a := lx.analyse("Cabinet de géomètres à Lyon pour les particuliers.")
	if a.lang != "fr" {
		t.Fatalf("lang = %q, want fr", a.lang)
	}
	k := lx.matchKey("geometre")
	n := 0
	for _, c := range a.assocs {
		if c.src == k {
			n++
			if c.foreign {
				t.Errorf("English idea %q of a word the table reads", c.word)
			}
		}
	}
	if n == 0 {
		t.Errorf("geometre lends no French ideas: %v", words(a.assocs))
	}
}
