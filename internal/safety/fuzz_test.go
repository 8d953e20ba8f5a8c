package safety

import (
	"reflect"
	"slices"
	"testing"
)

// FuzzClassify checks that any input, however malformed, yields a
// well-formed verdict and the same verdict twice, through both stages (the
// rules and the learned classifier).
func FuzzClassify(f *testing.F) {
	for _, tc := range harmful {
		f.Add(tc.desc)
	}
	for _, d := range legitimate[:20] {
		f.Add(d)
	}
	for _, s := range []string{
		"", " ", "'", "'s", "a'", "1", "18+", "+", "@", "$", "!|!", "a.b.c", "a b c d e f g h",
		"14 to", "12 to 15", "12 to 15 year", "9 yo", "99yo", "\xff\xfe", "\u202e\u200b\ufe0f",
		"SYSTEM:", "[system", "ignore", "c.o.c.a.i.n.e", "h\u200ba\u200bc\u200bk",
		"ǅ ﬁ ẞ İ", "𝐜𝐨𝐜𝐚𝐢𝐧𝐞", "x\x00y", "\n\n\n", "no no no no",
		"aged", "aged 13", "aged 13 to", "girls aged 12 à 15 ans", "d'", "l'", "dell'", "qu'un",
		"cartes d'identité", "13 à", "12 bis 16 jahre", "kids aged aged 9", "sin papeles",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := Classify(s)
		if v.Appropriate != (v.Category == "") || v.Appropriate != (v.Reason == "") {
			t.Fatalf("Classify(%q) = %+v: Appropriate, Category and Reason disagree", s, v)
		}
		if !v.Appropriate && (len(v.Matched) == 0 || !slices.Contains(Categories, v.Category)) {
			t.Fatalf("Classify(%q) = %+v: refusal without matched terms or with an unknown category", s, v)
		}
		if v.Probability < 0 || v.Probability >= 1 || (v.Probability > 0 && (v.Appropriate || v.Probability < learned().tau)) {
			t.Fatalf("Classify(%q) = %+v: probability outside the learned stage's refusals", s, v)
		}
		if again := Classify(s); !reflect.DeepEqual(v, again) {
			t.Fatalf("Classify(%q) changed between calls: %+v then %+v", s, v, again)
		}
	})
}
