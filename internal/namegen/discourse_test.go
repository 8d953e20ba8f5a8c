package namegen

import (
	"slices"
	"strings"
	"testing"
)

// The writer's greetings, hedges and asides are no name parts: the blind
// judges scored "strangemaybe", "vigoweird", "durbanthank" and
// "osakastory" 0 to 2. The sentence that describes the offer leads.
func TestChatterLendsNoWords(t *testing.T) {
	g := testGenerator(t)
	tests := []struct {
		desc    string
		chatter []string // words of the greeting, hedge or aside
		offer   string   // the offer's word that must lead the analysis
	}{
		{"Strange request maybe. I restore and rent out antique fairground rides, a 1920s carousel and a little steam train, for village fetes in the Netherlands.",
			[]string{"strange", "request", "maybe"}, "restore"},
		{"ok so this is a weird one. my grandad made fishing nets in Galicia and I'm reviving the craft for interiors, hammocks and plant hangers, all knotted by hand.",
			[]string{"weird"}, "fish"},
		{"Hello there! I teach ballroom and Latin dancing to couples who are getting married. I'm based in Durban. Any ideas welcome, thank you!",
			// "teach" after "I" is the writer's verb, no idea the lexicon
			// knows (see storyVerb): the dance leads.
			[]string{"hello", "welcom", "thank"}, "ballroom"},
		{"Long story short: we check whether guesthouses in Kyoto and Osaka are really accessible for wheelchair users.",
			[]string{"story", "tale", "fable", "page"}, ""},
		{"Good morning, I hope this is the right place to ask. I'm a retired nurse in Ottawa and I help elderly people who come home from hospital.",
			[]string{"good", "morning", "hope", "right"}, "nurse"},
	}
	for _, tt := range tests {
		noNameCarries(t, g, tt.desc, tt.chatter, 4)
		a := g.lex.analyse(tt.desc)
		for _, c := range slices.Concat(a.keywords, a.long, a.assocs) {
			if slices.ContainsFunc(tt.chatter, func(w string) bool { return strings.HasPrefix(c.word, w) }) {
				t.Errorf("%q: part %q comes from chatter", tt.desc, c.word)
			}
		}
		if tt.offer == "" {
			continue
		}
		if len(a.keywords) == 0 || a.keywords[0].word != tt.offer || a.roles[a.keywords[0].key] != roleOffer {
			t.Errorf("%q: keywords %v, want the offer %q first, in the offer's role", tt.desc, words(a.keywords), tt.offer)
		}
	}
}

// Chatter is only what says nothing: a later sentence of words the lexicon
// does not know still adds details, a business the lexicon does not know
// keeps its words, and other languages are read as before.
func TestChatterKeepsDetails(t *testing.T) {
	g := testGenerator(t)
	tests := []struct {
		desc string
		want string // a word that must stay a name part
	}{
		{"I fix and tune accordions in Buenos Aires. Also sell reeds and straps online.", "reed"},
		{"Zorbing. Come roll down our hill.", "zorb"},
		{"Ghostwriting family memoirs for retirees in Florida. We interview them and deliver a printed hardback for the grandchildren.", "hardback"},
		{"Deal, Kent. Family-run fishmonger on the beach.", "deal"},
	}
	for _, tt := range tests {
		a := g.lex.analyse(tt.desc)
		all := words(slices.Concat(a.keywords, a.long, a.places))
		if !slices.ContainsFunc(all, func(w string) bool { return strings.HasPrefix(w, tt.want) }) {
			t.Errorf("%q: parts %v lost %q", tt.desc, all, tt.want)
		}
	}
	foreign := "Oi gente! Eu tenho um brechó pequeno em Curitiba, só roupa infantil usada."
	r := g.lex.read(fold(foreign))
	if slices.Contains(g.lex.chatter(r, g.lex.english(r)), true) {
		t.Errorf("%q: a sentence of another language read as chatter", foreign)
	}
}

// What the business is not feeds no names, nor do the ideas of it: an
// oven builder who is no baker got "grainoven", accountants who "don't
// fish" the fishermen's nets. The clients stay the clients; what is only
// not done with the offer ("I don't sell watches, only fix them") or
// hedged ("not nursing exactly") is no denial.
func TestDeniedIdeasFeedNoNames(t *testing.T) {
	g := testGenerator(t)
	tests := []struct {
		desc   string
		denied string   // the denied word, whose associations must go
		keep   []string // words that must stay parts
	}{
		{"Please, no bakery-sounding names! We're not bakers, we build the ovens: wood-fired deck ovens for pizzerias and artisan bakeries, in our shop outside Verona.",
			"bakery", []string{"oven", "pizzeria"}},
		{"We're not carpenters: we build server cabinets and cable racks for data centres around Frankfurt.",
			"carpenter", []string{"server", "cabinet"}},
		{"Payroll and tax returns for commercial fishermen and deckhands in Newfoundland; we're accountants, we don't fish.",
			"fish", []string{"payroll", "fisherman"}},
		{"Touring logistics for orchestras: we truck instruments, costumes and staging between concert halls. We're drivers and planners, not musicians.",
			"musician", []string{"tour", "orchestra"}},
	}
	for _, tt := range tests {
		a := g.lex.analyse(tt.desc)
		ideas, _ := g.lex.assoc.lookup(g.lex.matchKey(tt.denied))
		for _, c := range slices.Concat(a.keywords, a.assocs) {
			if c.key == g.lex.matchKey(tt.denied) || slices.Contains(ideas, c.word) && c.kind == kindAssoc || strings.HasPrefix(c.src, g.lex.matchKey(tt.denied)) && c.kind == kindAssoc {
				t.Errorf("%q: %s (from %q) comes from what the business is not", tt.desc, c.word, c.src)
			}
		}
		for _, id := range a.industries {
			if slices.Contains(g.lex.triggers.get(g.lex.matchKey(tt.denied)), id) {
				t.Errorf("%q: industry %s of what the business is not", tt.desc, g.lex.industries[id].id)
			}
		}
		for _, w := range tt.keep {
			if !slices.Contains(words(a.keywords), w) {
				t.Errorf("%q: keywords %v lost %q", tt.desc, words(a.keywords), w)
			}
		}
	}
	for _, desc := range []string{
		"I do watch repair and servicing from a tiny bench in Edinburgh. I don't sell watches, only fix them.",
		"I'm a retired nurse in Ottawa helping elderly people home from hospital. Not nursing exactly, more like sitting with them.",
	} {
		if den := g.lex.deniedIdeas(g.lex.read(fold(desc))); len(den) > 0 {
			t.Errorf("%q: denies %v", desc, den)
		}
	}
}
