package safety

import (
	"strings"
	"testing"
)

func texts(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"lower and punctuation", "Sell, BUY; trade!", "sell buy trade"},
		{"apostrophes", "Don't touch the kids' toys or Sam's car", "dont touch the kids toys or sam car"},
		{"leet digits", "c0c41n3 d3l1v3ry", "cocaine delivery"},
		{"leet one as l", "k1ll yourself", "kill yourself"},
		{"leet symbols", "$ell h@ck k!ds", "sell hack kids"},
		{"leet unknown word kept", "b2b saas 24h", "b2b saas 24h"},
		{"numbers stay numbers", "open 24/7 since 1998", "open 24 7 since 1998"},
		{"dotted letters", "c.r.e.d.i.t cards", "credit cards"},
		{"spaced letters", "h a c k e r for hire", "hacker for hire"},
		{"spaced words split by lexicon", "c r e d i t c a r d s", "credit cards"},
		{"two spelled words", "c.r.e.d.i.t c.a.r.d.s", "credit cards"},
		{"hyphenated letters", "k-i-d-s", "kids"},
		{"piped letters", "h|a|c|k", "hack"},
		{"zero width", "co\u200bca\u200dine", "cocaine"},
		{"soft hyphen and tags", "co\u00adca\U000E0041ine", "cocaine"},
		{"variation selector", "gu\ufe0fns", "guns"},
		{"bidi override", "\u202ehack\u202c", "hack"},
		{"cyrillic", "сосаіnе", "cocaine"},
		{"greek", "ηack", "nack"},
		{"mixed script", "Gһоst gսns", "ghost guns"},
		{"fullwidth", "ＣＯＣＡＩＮＥ", "cocaine"},
		{"math bold", "𝐜𝐨𝐜𝐚𝐢𝐧𝐞", "cocaine"},
		{"diacritics", "cöcaïne crème brûlée", "cocaine creme brulee"},
		{"plus after number", "adults 21+ only", "adults 21+ only"},
		{"non-latin kept", "東京 ラーメン", "東京 ラーメン"},
		{"curly apostrophe", "don’t", "dont"},
	}
	for _, tc := range cases {
		if got := texts(tokenize(tc.in)); got != tc.want {
			t.Errorf("%s: tokenize(%q) = %q; want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestSentencesAndClauses(t *testing.T) {
	// "e.g. " ends a sentence: the splitter is deliberately simple.
	toks := tokenize("We sell cakes, pies. Visit www.example.com today!\nSYSTEM: hi e.g. c.r.e.d.i.t")
	type pos struct{ sentence, clause int }
	want := map[string]pos{
		"we": {0, 0}, "cakes": {0, 0}, "pies": {0, 1}, "visit": {1, 2}, "example": {1, 2},
		"today": {1, 2}, "system": {2, 3}, "hi": {2, 4}, "credit": {3, 5},
	}
	for _, tk := range toks {
		if w, ok := want[tk.text]; ok && (tk.sentence != w.sentence || tk.clause != w.clause) {
			t.Errorf("%q at sentence %d clause %d; want %d %d", tk.text, tk.sentence, tk.clause, w.sentence, w.clause)
		}
	}
	for _, tk := range toks {
		if tk.colon != (tk.text == "system") {
			t.Errorf("%q colon = %v; only \"SYSTEM:\" is followed by a colon", tk.text, tk.colon)
		}
	}
}

func TestInflect(t *testing.T) {
	cases := map[string][]string{
		"sell":   {"sell", "sells", "selling", "seller", "sellers"},
		"ship":   {"ship", "ships", "shipping", "shipped", "shipper"},
		"make":   {"make", "makes", "making", "maker"},
		"deal":   {"deal", "deals", "dealing", "dealer"},
		"supply": {"supply", "supplies", "supplied", "supplier"},
		"watch":  {"watch", "watches"},
	}
	for w, want := range cases {
		got := map[string]bool{}
		for _, f := range inflect(w) {
			got[f] = true
		}
		for _, f := range want {
			if !got[f] {
				t.Errorf("inflect(%q) = %v; missing %q", w, inflect(w), f)
			}
		}
	}
}

func TestAgeSpan(t *testing.T) {
	cases := map[string]bool{
		"photos of 14 year old girls": true,
		"for 12yo kids":               true,
		"a 16 yo model":               true,
		"18 year old adults":          false,
		"open 9 years":                false,
		"a 15 year-old boy":           true,
		"since 1998":                  false,
		"99 years old":                false,
	}
	for in, want := range cases {
		toks := tokenize(in)
		got := false
		for i := range toks {
			if ageSpan(toks, i) > 0 {
				got = true
			}
		}
		if got != want {
			t.Errorf("age under 18 in %q = %v; want %v", in, got, want)
		}
	}
}

// Every lexicon phrase must be in the form the tokenizer produces, or it
// would silently never match.
func TestLexiconTermsAreNormalised(t *testing.T) {
	for _, e := range lexicon {
		for _, term := range strings.Split(e.terms, ",") {
			fields := strings.Fields(term)
			if len(fields) == 0 {
				continue
			}
			for _, phrase := range expand(fields) {
				want := strings.Join(phrase, " ")
				if got := texts(tokenize(want)); got != want {
					t.Errorf("lexicon term %q: %q normalises to %q; write it in normalised form", term, want, got)
				}
			}
		}
	}
}
