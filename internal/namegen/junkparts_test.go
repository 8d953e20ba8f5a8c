package namegen

import (
	"slices"
	"testing"
)

// partWords are the description words analyse keeps as name parts.
func partWords(a *analysis) []string {
	return words(slices.Concat(a.units, a.keywords, a.long))
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
		a := g.lex.analyse(tt.desc)
		for _, w := range tt.words {
			if slices.Contains(partWords(a), w) {
				t.Errorf("%q: the number %q is a name part: %v", tt.desc, w, partWords(a))
			}
		}
		noNameCarries(t, g, tt.desc, tt.words, 3)
	}
}
