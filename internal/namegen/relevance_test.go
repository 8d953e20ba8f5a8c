package namegen

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/constraint"
)

// The issue's failures: each description must give on-topic names, never
// the vocabulary of the industry a lone ambiguous word suggested.
func TestIssueExamplesStayOnTopic(t *testing.T) {
	g := testGenerator(t)
	tests := []struct {
		desc     string
		offTopic []string // words of the wrongly guessed industry
	}{
		{"Youth mentorship program pairing teens with local professionals", []string{"pixel", "code", "byte", "script", "stack", "loop"}},
		{"Pilot car escort service for oversize loads in Texas", []string{"aero", "sky", "altitude", "jet", "wing", "glide", "soar"}},
		{"Zero-waste refill store in Portland; prefer number-based naming", []string{"summit", "terra", "ember", "gaia"}},
	}
	for _, tt := range tests {
		noNameCarries(t, g, tt.desc, tt.offTopic, 8)
		a := g.lex.analyse(tt.desc)
		topical := words(slices.Concat(a.units, a.keywords, a.assocs, a.places))
		builtFromIdeas := func(c Candidate) bool {
			return slices.ContainsFunc(topical, func(w string) bool { return len(w) >= 3 && strings.Contains(c.Name, w[:min(len(w), 4)]) }) ||
				strings.HasPrefix(c.Name, "0")
		}
		eachList(t, g.Generate, tt.desc, Options{Count: 5}, 8, func(seed int64, got []Candidate) {
			if onTopic := countNames(got, builtFromIdeas); onTopic < 4 {
				t.Errorf("%q seed %d: only %d of %v are built from the description's ideas %v", tt.desc, seed, onTopic, names(got), topical)
			}
		})
	}
}

// Asked for a number, the generator picks numbers that mean something for
// the business rather than gluing random ones on.
func TestMeaningfulNumbers(t *testing.T) {
	g := testGenerator(t)
	desc := "Zero-waste refill store in Portland; prefer number-based naming"
	meaningful := func(c Candidate) bool { return strings.Contains(c.Name, "360") || strings.HasPrefix(c.Name, "0") }
	eachList(t, g.Generate, desc, Options{Count: 5}, 8, func(seed int64, got []Candidate) {
		if countNames(got, meaningful) < 2 {
			t.Errorf("seed %d: %v: want at least two names with 360 or zero written as 0", seed, names(got))
		}
	})
}

func TestUnitsAndWeakTriggers(t *testing.T) {
	lx := testGenerator(t).lex
	a := lx.analyse("Pilot car escort service for oversize loads in Texas")
	if len(a.units) == 0 || a.units[0].word != "pilotcar" {
		t.Errorf("units = %v, want pilotcar read as one idea", words(a.units))
	}
	for _, id := range a.industries {
		if lx.industries[id].id == "aviation" {
			t.Error("a pilot car made the description an aviation business")
		}
	}
	a = lx.analyse("Youth mentorship program pairing teens with local professionals")
	for _, id := range a.industries {
		if lx.industries[id].id == "software" {
			t.Error("a youth program made the description a software business")
		}
	}
	if !slices.Contains(words(a.assocs), "compass") {
		t.Errorf("mentorship associations = %v, want compass among them", words(a.assocs))
	}
	// Strong evidence still finds the industry.
	a = lx.analyse("a flight school for new pilots")
	if len(a.industries) == 0 || lx.industries[a.industries[0]].id != "aviation" {
		t.Errorf("a flight school: industries %v, want aviation first", a.industries)
	}
}

func TestLanguage(t *testing.T) {
	lx := testGenerator(t).lex
	for desc, want := range map[string]string{
		"Boulangerie artisanale à Lyon, pains au levain":       "fr",
		"Panadería y cafetería en Sevilla con pan de masa":     "es",
		"Kleine Schreinerei im Schwarzwald, die Möbel fertigt": "de",
		"Agriturismo in Val d'Orcia con produzione di olio":    "it",
		"a bakery in Lyon, no hyphens":                         "",
		// A clause about the name still tells the language: the first
		// was read as French from its first clause's "de" and "en" alone.
		"Taller de bicicletas en Quito, nombre de seis letras como máximo.": "es",
		"Cervecería artesanal en Valparaíso, nombre de una sola palabra":    "es",
		"Gelateria a Bari, nome che faccia rima.":                           "it",
	} {
		if got := lx.analyse(desc).lang; got != want {
			t.Errorf("%q: language %q, want %q", desc, got, want)
		}
	}
	// A French description is named from French associations first.
	a := lx.analyse("Boulangerie artisanale à Lyon, pains au levain")
	if len(a.assocs) == 0 || lx.assocLang.get(lx.matchKey("boulangerie")) != "fr" || !slices.Contains(words(a.assocs)[:4], "levain") {
		t.Errorf("French associations first: got %v", words(a.assocs))
	}
}

func TestPortmanteau(t *testing.T) {
	tests := []struct {
		x, y, want string
	}{
		{"sprout", "youthful", "sprouthful"},
		{"sprout", "youth", ""}, // one letter of youth left: not recognisable
		{"clear", "pearl", ""},
		{"school", "gold", ""},  // a two-letter run reads as a typo
		{"mentor", "torch", ""}, // the run must start inside y
		{"bakery", "ryegrass", ""},
	}
	for _, tt := range tests {
		got, ok := portmanteau(tt.x, tt.y)
		if tt.want == "" && ok {
			t.Errorf("portmanteau(%q, %q) = %q, want none", tt.x, tt.y, got)
		}
		if tt.want != "" && got != tt.want {
			t.Errorf("portmanteau(%q, %q) = %q, want %q", tt.x, tt.y, got, tt.want)
		}
	}
}

// Affixes follow the business's register: no "-ify" on a bakery, no
// "-ery" on an app.
func TestAffixesFollowRegister(t *testing.T) {
	g := testGenerator(t)
	for desc, banned := range map[string][]string{
		"a bakery in Lyon":            {"ify", "stack", "hq", "paws"},
		"a note-taking app for teams": {"ery", "pantry", "paws", "smith"},
	} {
		eachName(t, g, desc, Options{Count: 10}, 6, func(c Candidate) string {
			for _, suf := range banned {
				if c.Strategy == StrategyAffix && strings.HasSuffix(c.Name, suf) {
					return fmt.Sprintf("carries the ending %q of another register", suf)
				}
			}
			return ""
		})
	}
}

func TestRespell(t *testing.T) {
	for in, want := range map[string]string{"photo": "foto", "quick": "quik", "hauler": "hauler", "tools": "tools", "craft": "craft", "light": "lite", "oven": "oven", "brick": "brik"} {
		if got := respell(in); got != want {
			t.Errorf("respell(%q) = %q, want %q", in, got, want)
		}
	}
}

// Numbers that mean something: "24/7" is one number, a stated count is
// one, and digits inside a code ("B2B", "H0") are none.
func TestStatedNumbers(t *testing.T) {
	lx := testGenerator(t).lex
	for desc, want := range map[string][]string{
		"24-hour emergency locksmith in Leeds, 24/7 callouts":            {"247", "24"},
		"Escape room company in Austin with three historical themes":     {"3"},
		"B2B SaaS for freight forwarders":                                nil,
		"Model railway shop for N and H0 scale enthusiasts":              nil,
		"Board-game café with over 800 games and two craft beers on tap": {"800", "2"},
	} {
		if got := lx.analyse(desc).numbers; !slices.Equal(got, want) {
			t.Errorf("%q: numbers %v, want %v", desc, got, want)
		}
	}
	g := testGenerator(t)
	got, err := g.Generate("24-hour emergency locksmith in Leeds. I'd like a number-based name, something with a 24/7 feel.", Options{Count: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range got {
		if digits := strings.Trim(c.Name, "abcdefghijklmnopqrstuvwxyz"); digits != "24" && digits != "247" {
			t.Errorf("%q: number %q means nothing for a 24/7 locksmith (%v)", c.Name, digits, names(got))
		}
	}
}

// How a business is delivered ("software", "an app") must not bury what it
// is about: a compliance tool for banks is named from banks and audits.
func TestMediumDoesNotBuryTheTopic(t *testing.T) {
	g := testGenerator(t)
	desc := "Compliance software that helps small US banks file suspicious activity reports faster and keep audit trails for examiners."
	tech := []string{"byte", "pixel", "sync", "stack", "code", "kernel", "script", "logic"}
	softwareFiller := func(c Candidate) bool {
		return slices.ContainsFunc(tech, func(w string) bool { return strings.Contains(c.Name, w) })
	}
	eachList(t, g.Generate, desc, Options{Count: 5}, 4, func(seed int64, got []Candidate) {
		if n := countNames(got, softwareFiller); n > 1 {
			t.Errorf("seed %d: %d of %v are software filler", seed, n, names(got))
		}
	})
}

// An instruction about the name lends no words to it: a later sentence, or
// a clause asking for one real word (blind batch 6 got "ideally" and
// "english" as two of five names).
func TestNameInstructionsLendNoWords(t *testing.T) {
	g := testGenerator(t)
	for _, tt := range []struct {
		desc  string
		words []string
	}{
		{"Mobile notary and apostille service for expats in Singapore. Avoid the letter z in the name, because half our clients spell things the American way and half the British way.",
			[]string{"british", "american", "half", "client", "spell"}},
		{"Customs brokerage for small exporters shipping handicrafts from Guatemala, ideally a single real English word.",
			[]string{"ideal", "english", "single", "real"}},
		// Batch 7's tune half: "hostalabrimo", "chiloejunto" (the verb
		// and a preposition), "itinerario" next to the request's words.
		{"Abrimos un hostal familiar en Chiloé, junto a los palafitos de Castro. Nos gustaría un nombre que rime, algo pegadizo y fácil de recordar.",
			[]string{"abrimo", "junto", "gustar", "nombre", "rime", "pegadiz", "facil", "recordar"}},
		{"Noleggio di camper per coppie in Sardegna, con itinerari tra spiagge e nuraghi. Il nome deve finire in -a e avere al massimo tre sillabe.",
			[]string{"nome", "deve", "avere", "massim", "sillab"}},
	} {
		noNameCarries(t, g, tt.desc, tt.words, 4)
	}
}

// noNameCarries fails when a name of desc, for seeds 0 to seeds-1,
// contains one of words.
func noNameCarries(t *testing.T, g *Generator, desc string, words []string, seeds int64) {
	t.Helper()
	eachName(t, g, desc, Options{Count: 5}, seeds, func(c Candidate) string {
		if i := slices.IndexFunc(words, func(w string) bool { return strings.Contains(c.Name, w) }); i >= 0 {
			return fmt.Sprintf("carries %q", words[i])
		}
		return ""
	})
}

// A required ending goes on whole words ("cropag"), not on an ending or a
// long compound ("fieldiag", "cropacreag").
func TestSuffixOnWholeWords(t *testing.T) {
	g := testGenerator(t)
	desc := "Crop advisory service for wheat and canola growers in Saskatchewan. We'd like a name ending in 'ag', like a lot of farm brands do."
	eachName(t, g, desc, Options{Count: 5}, 4, func(c Candidate) string {
		if len(c.Name) > 10 || c.Strategy == StrategyClipping || strings.HasSuffix(c.Name, "iag") || strings.HasSuffix(c.Name, "oag") || strings.HasSuffix(c.Name, "lyag") {
			return "hides its words behind the ending"
		}
		return ""
	})
}

// Spanish, French... are not respelt the English way ("krianca"), and an
// English word hidden in a foreign compound is not its idea.
func TestForeignWordsKeepTheirSpelling(t *testing.T) {
	g := testGenerator(t)
	desc := "Escola de surf em Florianópolis para iniciantes e crianças, com aulas em grupo, aluguel de pranchas."
	got, err := g.Generate(desc, Options{Count: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range got {
		if c.Strategy == StrategyRespelling || strings.HasPrefix(c.Name, "k") {
			t.Errorf("%q respells a Portuguese word (%v)", c.Name, names(got))
		}
	}
}

// A required letter with few words of the business on it still gives a
// full list without one adjective in every name ("mistyloaf", "mistyoven",
// "mistyknead" was the failure), and the instruction's own words
// ("begin") stay out.
func TestLeadLetterFillsWithoutRepeats(t *testing.T) {
	g := testGenerator(t)
	desc := "Gluten-free bakery in Melbourne, the name should begin with the letter M."
	noNameCarries(t, g, desc, []string{"begin", "letter"}, 4) // the instruction's words
	eachList(t, g.Generate, desc, Options{Count: 5}, 4, func(seed int64, got []Candidate) {
		openings := map[string]int{}
		for _, c := range got {
			for _, m := range []string{"misty", "merry", "maple", "meadow", "moon", "mighty", "mellow"} {
				if strings.HasPrefix(c.Name, m) {
					// Few words open on M, so one adjective may serve twice
					// as a last resort, never three times.
					if openings[m]++; openings[m] > 2 {
						t.Errorf("seed %d: %q opens with %q a third time (%v)", seed, c.Name, m, names(got))
					}
				}
			}
		}
	})
}

// "Include the city": the place pairs with the business's words, not only
// with stock openings ("handydenver", "trustydenver").
func TestPlaceRequiredPairsWithTheOffer(t *testing.T) {
	g := testGenerator(t)
	desc := "Roofing contractor in Denver doing storm repairs and insurance claims; please include the city in the name."
	a := g.lex.analyse(desc)
	topical := words(slices.Concat(a.keywords, a.assocs))
	for _, id := range a.industries {
		topical = append(topical, g.lex.industries[id].words...)
	}
	roofing := func(c Candidate) bool {
		return slices.ContainsFunc(topical, func(w string) bool { return len(w) >= 3 && strings.Contains(c.Name, w) })
	}
	eachList(t, g.Generate, desc, Options{Count: 5}, 4, func(seed int64, got []Candidate) {
		if n := countNames(got, roofing); n < 4 {
			t.Errorf("seed %d: only %d of %v pair denver with a roofing word", seed, n, names(got))
		}
	})
}

// A description in French with enough French ideas keeps English
// associations out of them ("farinemake").
func TestOwnLanguageAssociations(t *testing.T) {
	lx := testGenerator(t).lex
	a := lx.analyse("Boulangerie artisanale à Lyon, pains au levain")
	for _, c := range a.assocs {
		if c.foreign {
			t.Errorf("English association %q kept for a French bakery (%v)", c.word, words(a.assocs))
		}
	}
}

// An English description means its words in English: "copper pans" are
// cookware, not the Spanish bread (pan: masa, miga, trigo), which batch 7's
// judge scored 0 and 1 ("antiquemasa", "normandymiga").
func TestEnglishWordsKeepTheirEnglishSense(t *testing.T) {
	lx := testGenerator(t).lex
	a := lx.analyse("We re-tin antique copper pans for restaurants and home cooks. Pans are posted to our workshop in Normandy and come back ready to use in a week.")
	for _, c := range a.assocs {
		if slices.Contains([]string{"masa", "miga", "trigo", "horno", "harina", "hogaza"}, c.word) {
			t.Errorf("Spanish bread idea %q for copper pans (%v)", c.word, words(a.assocs))
		}
	}
	// A Spanish description still gets them.
	a = lx.analyse("Panadería de barrio en Sevilla: pan de masa madre y bollería")
	if !slices.ContainsFunc(a.assocs, func(c concept) bool { return c.word == "miga" || c.word == "horno" || c.word == "trigo" }) {
		t.Errorf("a Spanish bakery lost its Spanish ideas (%v)", words(a.assocs))
	}
}

// German compounds the lexicon holds are read, not replaced by filler:
// batch 7's "Schaltschränke für Windkraftanlagen" got staroma, valegend,
// foxia, owlia, vistia (relevance 0 for all five).
func TestGermanOfferOnTopic(t *testing.T) {
	g := testGenerator(t)
	topical := []string{"strom", "volt", "schalt", "relais", "funke", "rotor", "wind", "brise", "boe", "flugel", "friesland"}
	eachName(t, g, "Schaltschränke für Windkraftanlagen aus Ostfriesland", Options{Count: 5}, 3, func(c Candidate) string {
		if !slices.ContainsFunc(topical, func(w string) bool { return strings.Contains(c.Name, w) }) {
			return "says nothing of switch cabinets or wind power"
		}
		return ""
	})
}

// A tight shape limit that leaves the description's own words too few
// names is filled with the shared nouns rather than failing: "dos
// sílabas" for a podiatrist.
func TestShapeLimitFillsIn(t *testing.T) {
	g := testGenerator(t)
	eachName(t, g, "Consultorio de podología en Valencia, nombre de dos sílabas", Options{Count: 5}, 3, func(c Candidate) string {
		if n := constraint.Syllables(c.Name); n > 2 {
			return fmt.Sprintf("has %d syllables", n)
		}
		return ""
	})
}

// "A catchy rhyming name would be fun": two words of the business that
// rhyme are picked before any other name when the pool holds any
// ("mallstall").
func TestRhymeRequested(t *testing.T) {
	g := testGenerator(t)
	desc := "Bubble tea kiosks in Jakarta malls, and a catchy rhyming name would be fun."
	eachList(t, g.generate, desc, Options{Count: 5}, 3, func(seed int64, got []cand) {
		if !slices.ContainsFunc(got, func(c cand) bool {
			return c.strategy == StrategyRhyme && rhymeWith(c.parts[0].word, c.parts[1].word)
		}) {
			t.Errorf("seed %d: no rhyme among %v", seed, names2(got))
		}
	})
	for _, tt := range []struct {
		x, y string
		want bool
	}{{"mall", "stall", true}, {"tea", "sea", true}, {"cama", "llama", true}, {"tea", "outletea", false}, {"pearl", "stall", false}, {"boba", "cola", false}} {
		if got := rhymeWith(tt.x, tt.y); got != tt.want {
			t.Errorf("rhymeWith(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
}

// "We're a non-profit and rely on adopters", "open till late", "venue": a
// status, grammar and a bland place, not the business ("nevadaprofit",
// "rehomerely", "loungetill", "valevenue", judged 0 to 2 for relevance in
// batch 7).
func TestStatusAndGrammarAreNoParts(t *testing.T) {
	g := testGenerator(t)
	for _, tt := range []struct {
		desc  string
		words []string
	}{
		{"Our sanctuary in Nevada rehomes wild horses removed from public rangelands. We're a non-profit and rely on adopters and sponsors.", []string{"profit", "rely", "non"}},
		{"Kava lounge in Honolulu serving traditional kava and Pacific snacks, open till late.", []string{"till"}},
		{"Axe-throwing venue in Tampa", []string{"venue"}},
	} {
		noNameCarries(t, g, tt.desc, tt.words, 4)
	}
}

// Verbs and auxiliaries of the other languages ("Sou ... e vou abrir",
// "che lavora per", "Wir bieten") and the words of their naming requests
// are never name parts.
func TestForeignVerbsAndRequestsLendNoWords(t *testing.T) {
	g := testGenerator(t)
	for _, tt := range []struct {
		desc  string
		words []string
	}{
		{"Sou fisioterapeuta em Braga e vou abrir uma clínica para atletas. Queria um nome com aliteração.",
			[]string{"sou", "vou", "abrir", "queria", "aliter"}},
		{"Laboratorio di ceramica a Faenza che lavora per ristoranti e hotel. Il nome deve contenere un numero.",
			[]string{"lavora", "contener", "numer"}},
		{"Wir bieten Segelkurse am Bodensee für Kinder an, nur ein Wort, keine Zahlen.",
			[]string{"biete", "nur", "wort", "keine", "zahl"}},
		{"Studio de pilates à Nantes, deux syllabes au maximum.", []string{"deux", "maxim"}},
		{"Scuola di pilates a Parma, massimo due sillabe.", []string{"due", "massim"}},
	} {
		noNameCarries(t, g, tt.desc, tt.words, 4)
	}
}

// A request read in another language is honoured, and an alliterative
// request over a few long words still gives a full list, the names that
// alliterate among them.
func TestForeignRequestsHonoured(t *testing.T) {
	g := testGenerator(t)
	eachName(t, g, "Laboratorio di ceramica a Faenza per ristoranti e hotel. Il nome deve contenere un numero.", Options{Count: 5}, 3, func(c Candidate) string {
		if !strings.ContainsAny(c.Name, "0123456789") {
			return "has no number"
		}
		return ""
	})
	eachList(t, g.generate, "Somos uma cooperativa em Beira que distribui redes mosquiteiras para famílias. Gostaríamos de um nome aliterativo.", Options{Count: 5}, 3, func(seed int64, got []cand) {
		if !slices.ContainsFunc(got, func(c cand) bool { return c.nparts == 2 && sameSound(c.parts[0].word, c.parts[1].word) }) {
			t.Errorf("seed %d: no name alliterates: %v", seed, got)
		}
	})
}

// A required word is not paired with its own stem ("andeandes").
func TestRequiredWordNotSaidTwice(t *testing.T) {
	g := testGenerator(t)
	eachName(t, g, "Andean weaving cooperative in Puno, and we'd like the word 'Andes' in the name.", Options{Count: 5}, 4, func(c Candidate) string {
		switch {
		case !strings.Contains(c.Name, "andes"):
			return "lacks the required word"
		case strings.Contains(c.Name, "andea"):
			return "says andes twice"
		}
		return ""
	})
}

// A count of syllables stated as exact is met exactly: "a name of three
// syllables" takes no two-syllable names.
func TestExactSyllables(t *testing.T) {
	g := testGenerator(t)
	eachName(t, g, "Pilates studio in Leeds, a name of three syllables.", Options{Count: 5}, 3, func(c Candidate) string {
		if n := constraint.Syllables(c.Name); n != 3 {
			return fmt.Sprintf("has %d syllables", n)
		}
		return ""
	})

}
