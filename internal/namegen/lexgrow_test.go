package namegen

import (
	"slices"
	"testing"
)

// The association lexicon was grown from the offer words of the judged
// descriptions that no head matched (noise, sauerkraut, forwarders ...):
// with no line, such a description's names came from generic ideas and
// scored 0-1 for relevance. Each description below names one of those
// words, in a plural or verb form where it has one, and must get that
// line's ideas: the test fails when a line is lost or its head stops
// matching the description's word.
func TestGrownAssociations(t *testing.T) {
	g := testGenerator(t)
	cases := []struct{ desc, idea string }{
		{"Acoustic consultancy measuring noise from building sites for councils.", "hush"},
		{"Small-batch sauerkraut sold at farmers markets in Leeds.", "crock"},
		{"Freight forwarders moving coffee for small exporters.", "manifest"},
		{"Birdwatching holidays on the Norfolk coast.", "warbler"},
		{"Hand-dyed merino yarn from a farm in Otago.", "fleece"},
		{"Stargazing nights in a dark-sky park with a retired astronomer.", "nebula"},
		{"Brisket and ribs smoked low and slow at a roadside trailer.", "bark"},
		{"Calligraphers writing wedding invitations and place cards.", "flourish"},
		{"Phishing simulations that train office staff.", "lure"},
		{"Mobile sharpening for scissors and garden shears.", "snip"},
		{"Mending and alterations for worn denim.", "darn"},
		{"Microphones and amplifiers for touring bands, rented by the week.", "gain"},
	}
	for _, c := range cases {
		a := g.lex.analyse(c.desc)
		if w := words(a.assocs); !slices.Contains(w, c.idea) {
			t.Errorf("%q gave %v: want %s from its line in associations.txt", c.desc, w, c.idea)
		}
	}
}
