package namegen

import (
	"strings"
	"testing"
)

// Filler of the five languages is no name part, also in the plural the
// lemmatiser undoes ("sábados") and for who runs the business ("frères").
func TestForeignFillerWords(t *testing.T) {
	lx := generatedLexicon()
	for desc, filler := range map[string]string{
		"Los sábados damos clases de guitarra en Rosario.":                "sabado",
		"Deux frères à Dakar fabriquent des meubles en bois récupéré.":    "frere",
		"Somos tres hermanas en Cuenca y tejemos sombreros de paja fina.": "hermana",
	} {
		a := lx.analyse(desc)
		for _, list := range [][]concept{a.keywords, a.long} {
			for _, c := range list {
				if strings.HasPrefix(c.word, filler) {
					t.Errorf("%q: filler %q is a name part (%v)", desc, c.word, words(a.keywords))
				}
			}
		}
	}
}
