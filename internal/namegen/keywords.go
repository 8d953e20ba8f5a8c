package namegen

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/lazyregexp"
	"golang.org/x/text/unicode/norm"
)

// Limits on how much of a description is read. Descriptions are a sentence
// or two; anything longer is refused by Generate before it gets here.
const (
	maxTokens     = 120
	maxTokenLen   = 20 // longer runs are URLs, hashes or encoded payloads
	maxKeywords   = 6
	minKeywordLen = 3
	maxKeywordLen = 9 // longer description words are only clipped
	// compoundPartFactor: a part of a long known compound weighs a little
	// less than the compound, whose own ideas come first.
	compoundPartFactor = 0.95
)

type kind uint8

const (
	kindKeyword  kind = iota // a word from the description
	kindPlace                // a place from the description
	kindIndustry             // an evocative word of a matched industry
	kindModifier             // an adjective from the shared pool
	kindGeneric              // an evocative noun from the shared pool
	kindCore                 // the words the description requires
	kindAssoc                // an association of a description word
)

// concept is one building block of a name.
type concept struct {
	word   string
	key    string
	weight float64 // how strongly it speaks of the description, 0..1
	kind   kind
	// foreign marks an association in another language than the
	// description's (an English idea of a French word).
	foreign bool
	// src is the description word (or unit, or "@place") the concept comes
	// from, "" for shared and industry words: two parts of one name from
	// different words speak of two facets of the business (see facetBonus).
	src string
	// vague marks an idea that suits almost any business ("hope").
	vague bool
	// wordnet marks an idea taken from WordNet, not the hand-written
	// associations: broad enough to pair, too broad to be a name alone.
	wordnet bool
	// support counts the other description words that suggest the same
	// idea: "water" from both "river" and "bank" confirms the sense in
	// which the description uses "bank" (a feature of the ranker).
	support uint8
	// category marks a category word the description says which kind of
	// ("farm" in "duck farm") and its ideas: they suit any farm, so a
	// name needs the kind too (see solid).
	category bool
}

// analysis is what Generate learned from a description.
type analysis struct {
	// fill: a tight constraint left too few names, so the shared
	// evocative nouns join the pools (see candidatesFilled).
	fill bool
	// keywords are the description's salient words that can be glued
	// whole, most salient first; long holds those only worth clipping.
	keywords []concept
	long     []concept
	// units are multi-word ideas ("pilot car", "zero waste") read as one.
	units []concept
	// assocs are what a namer brainstorms from the keywords and units,
	// the best associations of the most salient words first.
	assocs     []concept
	places     []concept
	industries []int // matched industries, best first (at most 3), only on strong evidence
	// industryEvidence scales an industry's words (parallel to industries):
	// a business named by its industry ("bakery in Lyon") keeps them whole;
	// a medium ("software for banks", "an app for gardeners") or thin
	// evidence leaves the description's own words in front.
	industryEvidence []float64
	numbers          []string
	// numberHints are numbers that mean something for this business
	// ("360" for a refill store), best first.
	numberHints []string
	descKeys    map[string]bool // keys of every content word, for novelty
	// placeTokens are the keys of words consumed by places, which must not
	// come back as keywords ("melbourne" when the place is "melb").
	placeTokens map[string]bool
	// markets are the places the business sells to (see marketReader).
	markets    []string
	hasLetters bool
	injection  bool   // some text was dropped as an instruction
	lang       string // "fr", "es", "de", "pt", "it", or "" for English
	// avoided are strings the description forbids in names; industry and
	// shared words containing them are left out too.
	avoided []string
	// otherSense maps the key of a word the description uses in another
	// sense than the lexicon's usual one to that sense's ideas (see
	// senses.txt): "drone" beside "bagpipe" hums, it does not fly.
	otherSense map[string][]string
	// rankedSources are the sources of the description's words, most
	// salient first (see sourceRank).
	rankedSources []string
	// roles are the roles of the description's words by key (and of
	// units by their joined keys), as the first mention plays them.
	roles map[string]role
	// contextKeys (a description word's or idea's key -> the word it came
	// from) and coherence are built by the first coherent call.
	contextKeys map[string]string
	coherence   map[string]bool
}

// namedPlace is the place a name should carry when the description asks
// for it: the first place named, spelt whole when that is short enough.
func (a *analysis) namedPlace(avoid []string) (string, bool) {
	for _, p := range a.places {
		if !containsAny(p.word, avoid) {
			return p.word, true
		}
	}
	return "", false
}

// dropPlace removes a place that has become a required word, so it is not
// also glued on as a place.
func (a *analysis) dropPlace(word string) {
	a.places = slices.DeleteFunc(a.places, func(c concept) bool { return c.word == word })
}

// avoid drops every word that contains a string the description forbids
// ("avoid anything with 'wool'"): the name must be built without them.
func (a *analysis) avoid(bad []string) {
	if len(bad) == 0 {
		return
	}
	has := func(c concept) bool { return containsAny(c.word, bad) }
	a.keywords = slices.DeleteFunc(a.keywords, has)
	a.long = slices.DeleteFunc(a.long, has)
	a.units = slices.DeleteFunc(a.units, has)
	a.assocs = slices.DeleteFunc(a.assocs, has)
	a.places = slices.DeleteFunc(a.places, has)
	a.avoided = bad
}

func (a *analysis) relevant() bool {
	return len(a.keywords) > 0 || len(a.places) > 0 || len(a.industries) > 0 || len(a.long) > 0 || len(a.units) > 0
}

// register is the tone of the best industry, which chooses the affixes.
func (a *analysis) register(lx *lexicon) string {
	if len(a.industries) == 0 {
		return ""
	}
	return lx.industries[a.industries[0]].register
}

type token struct {
	text    string // folded, lower-case
	key     string
	cap     bool // written with a capital in the description
	initial bool // first word of a sentence
	digits  bool
	// salience is how central the word's position makes it: the offer
	// named first weighs most, the audience after "for" a little less,
	// words after "in" or "by" (places, owners) least.
	salience float64
	// role is the part the word plays in its sentence (a ranker feature).
	role role
	// after is the word written before it, grammar words included: "que
	// teje", "wir vermieten" tell a verb (see foreignForms).
	after string
	// market marks a word of the place the business sells to rather than
	// where it is (see marketReader).
	market market
}

// role is the grammatical part a description word plays: the learned
// ranker tells the offer from its clients, its setting, a detail, a
// subordinate clause and a later sentence.
type role uint8

const (
	roleOffer    role = iota // the first phrase of the first sentence
	roleAudience             // after "for", "pour", "para", "für"
	roleSetting              // after "in", "at", "near", "from", "by"
	roleDetail               // after "with", "of", "to", "on"
	roleClause               // after "that", "who", "which"
	roleLater                // a later sentence
	nRoles
)

// phraseRole is the role a grammar word gives the phrase it opens; "and"
// and "or" continue the phrase they are in. A switch, not a map: see
// phraseSalience.
func phraseRole(w string) (role, bool) {
	switch w {
	case "for", "pour", "para", "fur", "per":
		return roleAudience, true
	case "in", "at", "near", "from", "across", "around", "by", "en", "dans", "bei", "im", "em", "nel", "nella":
		return roleSetting, true
	case "with", "avec", "con", "mit", "com", "to", "on", "like":
		return roleDetail, true
	case "that", "who", "which", "since", "than":
		return roleClause, true
	}
	return 0, false
}

// kin reports a word for a relative or a partner, which after "my" or
// "our" names who runs the business (see ownKin).
func kin(w string) bool {
	return englishKin(w) || foreignKin(w)
}

// englishKin reports an English word for a relative or a partner.
func englishKin(w string) bool {
	switch w {
	case "wife", "husband", "partner", "partners", "son", "sons", "daughter", "daughters", "sister", "sisters",
		"brother", "brothers", "dad", "mum", "mom", "father", "mother", "parents", "grandmother", "grandfather",
		"grandma", "grandpa", "uncle", "aunt", "cousin", "cousins", "fiance", "fiancee", "girlfriend", "boyfriend",
		"friend", "friends", "spouse", "wives", "husbands", "grandmothers", "grandfathers", "grandad", "granddad",
		"grandads", "grandparents", "granny", "grandson", "granddaughter", "nephew", "niece", "aunts", "uncles",
		"auntie", "mums", "dads", "moms", "fathers", "mothers":
		return true
	}
	return false
}

// foreignKin reports a relative or partner in the words a writer of another
// language uses for their own ("mio nonno", "con mi socio", "nos parents",
// "my opa"). Some are goods too (Spanish "papa" is a potato), so they count
// only after a possessive of the writer's (see ownKin).
func foreignKin(w string) bool {
	switch w {
	case "opa", "oma", "papa", "maman", "mama", "pere", "mere", "soeur", "frere", "grandpere", "grandmere", //nolint:misspell // French, Dutch, German
		"socio", "socia", "socios", "hermano", "hermana", "abuelo", "abuela", "esposa", "esposo", "marido", //nolint:misspell // Spanish, Portuguese
		"irma", "irmao", "avo", "avos", "pai", "mae", "vater", "mutter", "bruder", "schwester", "onkel", "tante",
		"nonno", "nonna", "nonni", "fratello", "sorella", "zio", "zia":
		return true
	}
	return false
}

// ownKin reports a relative or partner of the writer's (see kin): after a
// possessive of the writer ("my grandad", "nos parents", "con mi socio"),
// or anywhere in a description written in the first person ("I'm a
// farmer's daughter", "we're two sisters", "a husband-and-wife team")
// except after "for", where relatives are the clients ("gifts for dads"),
// for an English word (a foreign one needs its possessive: "somos
// agricultores y vendemos papa" sells potatoes). The founder's family is
// the story of the business, never its offer: names carrying such a word were judged 1.5 for relevance (batches
// 12-19, 17 names: righter 0, gohusband 0, hacesocio 0, daughtercalm 1,
// paparent 1, grania 1, yogawife 1, corkgrandad 2, opatch 2, grandadly 2)
// against 2.55 for all judged names.
func ownKin(lower, prev string, rl role, firstPerson bool) bool {
	if !kin(lower) {
		return false
	}
	if ownPossessive(prev) {
		return true
	}
	return firstPerson && rl != roleAudience && lower != "parents" && englishKin(lower)
}

// ownPossessive reports the writer's possessive in the languages the
// generator reads ("my", "our", "mio", "mi", "nos", "meu", "mein").
func ownPossessive(w string) bool {
	switch w {
	case "my", "mon", "ma", "mes", "mi", "mis", "meu", "minha", "meus", "minhas", "mein", "meine", "meinem",
		"meinen", "meiner", "mio", "mia", "miei":
		return true
	}
	return ourPossessive(w)
}

// ourPossessive reports "our" in the languages the generator reads: the
// writer's possessive (ownPossessive) and, in a market phrase, the business's
// own things (ownCue).
func ourPossessive(w string) bool {
	switch w {
	case "our", "nuestra", "nuestro", "nuestros", "nuestras", "nossa", "nosso", "nossos", "nossas", "notre",
		"nos", "nostra", "nostro", "nostri", "nostre", "unser", "unsere", "unserem", "unseren", "unserer":
		return true
	}
	return false
}

// firstPersonWord reports a word of a writer speaking of themselves.
// Not "us" (the US) nor "soy" (the bean).
func firstPersonWord(w string) bool {
	switch w {
	case "i", "me", "my", "we", "our", "je", "nous", "yo", "somos", "eu", "ich", "wir", "io":
		return true
	}
	return ownPossessive(w)
}

// deniedCopula reports an Italian or Spanish negated copula of the
// writers ("non siamo", "no somos", "no soy"): French "ne sommes pas"
// and Portuguese "não somos" deny through their clause negators "pas"
// and "nao", English through "not".
func deniedCopula(prev, w string) bool {
	switch prev {
	case "non":
		return w == "siamo" || w == "sono"
	case "no":
		return w == "somos" || w == "soy"
	}
	return false
}

// germanNone reports German "kein": "Wir sind keine Tierarztpraxis"
// denies the whole phrase, as "not a" does.
func germanNone(w string) bool {
	return w == "kein" || w == "keine" || w == "keinen"
}

// clauseNegator reports whether w denies the rest of its clause ("we
// don't sell coffee", "not a bakery", "that can't afford an agency"): what
// follows is what the business is not or does not do. "t" is the end of
// every "n't".
func clauseNegator(w string) bool {
	switch w {
	case "not", "never", "t", "dont", "cannot", "nicht", "pas", "nao":
		return true
	}
	return false
}

// Salience of a word by the grammar word that introduced its phrase.
//
// This and the package's other small word sets are switches, not map
// literals: a package-level map is built by every process at start, even
// one that only prints --help.
func phraseSalience(w string) (float64, bool) {
	switch w {
	case "for", "pour", "para", "fur", "per", "with", "plus", "avec", "con", "mit", "com":
		return 0.85, true
	case "and", "et", "y", "und", "e", "of", "de", "du", "des", "del", "di", "da", "do":
		return 0.9, true
	case "that", "who", "which", "to":
		return 0.8, true
	case "in", "at", "from", "across", "around", "en", "dans", "bei", "im", "em", "nel", "nella":
		return 0.65, true
	case "near", "by":
		return 0.6, true
	case "on":
		return 0.75, true
	case "like", "since", "than":
		return 0.5, true
	}
	return 0, false
}

// negators deny the word after them ("no whisky yet", "sans gluten").
func negators(w string) bool {
	switch w {
	case "no", "not", "without", "never", "sans", "sin", "ohne", "kein", "keine", "senza", "sem":
		return true
	}
	return false
}

// placeWords introduce a place or a setting; "in a ..." is a setting.
func placeWords(w string) bool {
	switch w {
	case "in", "at", "inside", "from", "on", "into", "within":
		return true
	}
	return false
}

// settingSalience is the salience of a setting ("in a converted church"):
// a detail the blind judges rewarded when a name carried it ("cragsilo",
// "pranave"), so it weighs like the audience after "for".
const settingSalience = 0.85

// Weights of the generator's raw material. A description's own salient
// word is the most relevant part a name can have; its associations come
// next, then the words of an industry matched on strong evidence.
const (
	assocWeight    = 0.88 // first association of a fully salient word
	assocStep      = 0.015
	assocFloor     = 0.6
	industryWeight = 0.78
	placeWeight    = 0.8
	strongIndustry = 0.9 // industry score needed before its words are used
	maxAssocTerms  = 5   // salient words whose associations are used
	maxAssocs      = 10  // associations taken per salient word
)

// analyse extracts salient words, multi-word units, their associations,
// places, numbers and (on strong evidence) industries from description.
func (lx *lexicon) analyse(description string) *analysis {
	a := &analysis{descKeys: map[string]bool{}, placeTokens: map[string]bool{}}
	text := fold(domain.StripInvisible(description))
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			a.hasLetters = true
			break
		}
	}
	if !a.hasLetters {
		// fold turns letters of other scripts into spaces; the original may
		// still have had words.
		for _, r := range description {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				a.hasLetters = true
				break
			}
		}
	}
	r := lx.read(text)
	toks, dropped, lang := lx.tokenise(r)
	lang = refineLanguage(lang, description)
	a.injection, a.lang = dropped, lang
	toks = lx.foreignForms(toks, lang)
	lx.findPlaces(toks, a)
	a.otherSense = lx.readSenses(toks)

	a.roles = make(map[string]role, len(toks))
	for i, t := range toks {
		if _, ok := a.roles[t.key]; !ok {
			a.roles[t.key] = t.role
		}
		if i > 0 {
			if _, ok := a.roles[toks[i-1].key+t.key]; !ok {
				a.roles[toks[i-1].key+t.key] = toks[i-1].role
			}
		}
	}
	// Multi-word units first: their words are read together, never alone
	// ("pilot car" is an escort, not aviation).
	consumed := make([]bool, len(toks))
	for i := 0; i+1 < len(toks); i++ {
		t, u := toks[i], toks[i+1]
		if t.digits || u.digits || consumed[i] {
			continue
		}
		pk := t.key + " " + u.key
		assoc, isUnit := lx.assocPairs.lookup(pk)
		if own, ok := lx.assocIn.lookup(a.lang + ":" + pk); ok && a.lang != "" {
			assoc, isUnit = own, true
		}
		if !isUnit {
			continue
		}
		consumed[i], consumed[i+1] = true, true
		w := max(t.salience, u.salience)
		word := lx.readable(t.text) + lx.readable(u.text)
		if len(word) <= maxKeywordLen+1 && hasVowel(word) && len(a.units) < 3 {
			a.units = append(a.units, concept{word: word, key: t.key + u.key, weight: w, kind: kindKeyword, src: t.key + u.key})
		} else if head := lx.readable(u.text); !lx.nonPart.get(u.text) && !lx.nonPart.get(u.key) && len(head) >= minKeywordLen && len(head) <= maxKeywordLen && hasVowel(head) && len(a.units) < 3 {
			// Too long glued: an English compound's head is its last word
			// ("boutique hotel" → hotel, "escape room" → room).
			a.units = append(a.units, concept{word: head, key: u.key, weight: w * 0.9, kind: kindKeyword, src: t.key + u.key})
		}
		// A unit is English ("pilot car"): its ideas stay English.
		a.addIdeas(lx, assoc, w, t.key+u.key, lx.langOf(pk, a.lang), keepEnglish)
		i++
	}
	// Then English compound nouns WordNet knows ("chain mail" is armour).
	lx.compoundUnits(text, toks, consumed, a)

	lx.findIndustries(toks, consumed, a)
	// "24/7" is one number to a customer, written "247" in a name; its
	// "7" alone is no number of the business.
	var slashTails []string
	for _, m := range slashNumber.FindAllStringSubmatch(text, 2) {
		a.numbers = appendUniqueString(a.numbers, m[1]+m[2])
		slashTails = append(slashTails, m[2])
	}

	seen := map[string]bool{}
	partOnly := map[string]bool{} // parts of a known long compound: no ideas of their own
	var terms []concept
	for i, t := range toks {
		if t.digits {
			if len(a.numbers) < 4 && len(t.text) <= 4 && !slices.Contains(slashTails, t.text) {
				a.numbers = appendUniqueString(a.numbers, t.text)
			}
			continue
		}
		a.descKeys[t.key] = true
		if consumed[i] || seen[t.key] || a.placeTokens[t.key] || lx.nonPart.get(t.text) || lx.nonPart.get(t.key) || lx.nonPart.get(lx.readable(t.text)) || lx.isMark(t.text) ||
			lx.function.get(t.key) && t.key != t.text || a.lang != "" && lx.langStop.get(t.text) {
			// The last: an inflected grammar word ("an app that lets
			// farmers...": let) is still grammar.
			continue
		}
		seen[t.key] = true
		w := lx.readable(t.text)
		if a.lang == "de" && !lx.known.get(w) {
			// German words went through their own lemma (foreignForms);
			// the English -s rule cuts what German writes with an s:
			// "Gras" became gra (hennengra, gratanne, judged 1). A
			// loanword's English singular ("Radios": radio) stays.
			w = t.text
		}
		if !hasVowel(w) {
			continue // "wcag", "sms": not sayable inside a name
		}
		if len(w) > maxKeywordLen {
			if r := root(w); r != w && lx.known.get(r) || len(r) <= maxKeywordLen {
				w = r
			}
		}
		if len(w) < minKeywordLen {
			continue
		}
		sal := t.salience
		if !lx.isConcept(t.key, w) && (a.lang == "" || !lx.knownIn(t.text, a.lang)) {
			// A closed compound ("fahrradwerkstatt") is read through
			// the ideas it is made of.
			// English is left alone: its suffixes ("wire-less",
			// "scholar-ship") look like words too.
			// A long word no English dictionary knows is split too when
			// the description is too short to tell its language
			// ("Fahrradwerkstatt in Leipzig").
			// It must split into a concept of another language than
			// English: "windshield" is no German compound.
			foreignLooking := a.lang == "" && len(t.text) > maxKeywordLen && !lx.known.get(t.text)
			parts := lx.splitCompound(lx.readable(t.text), a.lang)
			if foreignLooking && !slices.ContainsFunc(parts, func(p string) bool { return lx.assocLang.get(lx.matchKey(p)) != "" }) {
				foreignLooking = false
			}
			if parts != nil && (a.lang != "" || foreignLooking) {
				for _, p := range parts {
					k := lx.matchKey(p)
					if !seen[k] {
						seen[k] = true
						terms = append(terms, concept{word: p, key: k, weight: sal, kind: kindKeyword, src: k})
					}
				}
				continue
			}
			if a.lang == "" && len(t.text) >= 6 && strings.HasSuffix(t.text, "ed") && !lx.known.get(t.text) {
				// "donated laptops", "approved", "speckled": a past
				// participle the lexicon knows no idea for tells how the
				// business works, not what it offers.
				continue
			}
			if a.lang == "" && idealess(t, w) {
				continue
			}
			// A word the lexicon has no ideas for is more often a detail
			// ("tuesday", "single") than the offer; the offer's nouns
			// are what the lexicon is written around.
			sal *= unknownSalience
		}
		src := t.key
		if lx.modifier.get(t.text) {
			src = "" // "kleine", "mobile": a qualifier, no facet of the business
		}
		terms = append(terms, concept{word: w, key: t.key, weight: sal, kind: kindKeyword, src: src})
		if a.lang == "de" && len(w) > maxKeywordLen {
			// A long German compound is only clipped whole
			// ("hebammenpraxis", "holzfenster"); its parts German knows
			// are the offer's words too ("hebamme", "fenster"), as they
			// are for a compound the lexicon does not know (above).
			// German only: a French or Spanish word's "parts" are a stem
			// and a suffix ("fromag-erie", "repar-ation"). The parts lend
			// no ideas: the compound's own come first ("schaltschrank":
			// relais, not the door and shelf of any cupboard).
			parts := lx.splitCompound(w, a.lang)
			if len(parts) == 1 && !strings.HasPrefix(w, parts[0]) {
				// Only the last part is known: the kind of thing the
				// compound is ("schalt|schranke": a cupboard), which its
				// own ideas already say better.
				parts = nil
			}
			for _, p := range parts {
				k := lx.matchKey(p)
				if len(p) <= maxKeywordLen && !seen[k] && !lx.nonPart.get(p) && !lx.nonPart.get(k) {
					seen[k], partOnly[k] = true, true
					terms = append(terms, concept{word: p, key: k, weight: sal * compoundPartFactor, kind: kindKeyword, src: k})
				}
			}
		}
	}
	// Most salient first; among equals, first mention first.
	sort.SliceStable(terms, func(i, j int) bool { return terms[i].weight > terms[j].weight })
	for _, c := range terms {
		if len(c.word) <= maxKeywordLen {
			if len(a.keywords) < maxKeywords {
				a.keywords = append(a.keywords, c)
			}
		} else if len(a.long) < maxKeywords {
			a.long = append(a.long, c)
		}
	}
	// The most salient words get the most associations: a namer riffs on
	// the offer, and only touches the details.
	// A category word ("farm", "distillery", "bakery") next to a word that
	// says which kind ("mint", "seaweed", "peach cobbler") gives ideas any
	// business of the category has: the blind judges scored "farmseed" and
	// "barreloak" 1 and names carrying the specific word 3 to 4.
	// Only a word right before the category word says which kind it is
	// ("mint farm"); "banks ... audit trails" are two facets, not a kind.
	specified := map[string]bool{}
	for i := 1; i < len(toks); i++ {
		t, prev := toks[i], toks[i-1]
		cat := lx.triggers.get(t.key)
		if len(cat) == 0 || prev.digits || lx.modifier.get(prev.text) || lx.nonPart.get(prev.text) || lx.nonPart.get(prev.key) || prev.salience < specificMin {
			continue
		}
		// "bouldering gym", "pizza restaurant": a narrower industry is a
		// kind too; "dog grooming" names one industry twice.
		_, otherSense := a.otherSense[prev.key]
		if kinds := lx.triggers.get(prev.key); otherSense || !slices.ContainsFunc(kinds, func(id int) bool { return slices.Contains(cat, id) }) {
			specified[t.key] = true
		}
	}
	var context *wordnetContext
	for i, c := range terms {
		if i >= maxAssocTerms {
			break
		}
		if i > 0 && lx.format.get(c.key) || partOnly[c.key] {
			continue
		}
		cw := c.weight
		if specified[c.key] {
			cw *= categoryFactor
		}
		if a.lang == "" && personWord(c.word) && (a.roles[c.key] != roleOffer || r.afterSelf(c.key)) {
			// Who runs or uses the business, not what it offers.
			cw *= personFactor
		}
		words := lx.assocFor(c.key, a.lang)
		if words == nil {
			words = lx.assocFor(lx.matchKey(c.word), a.lang)
		}
		if !lx.sameIdea(c.key, c.word) && !lx.knownIn(c.word, a.lang) {
			words = nil // "home care" is no car
		}
		if words != nil && a.lang == "" && lx.assocLang.get(c.key) != "" && (wordnetLine(c.word) != "" || wordnetLine(c.key) != "") {
			// An English description means the English word: "copper
			// pans" are no Spanish bread (pan: masa, miga, trigo).
			words = nil
		}
		if bs, ok := lx.borrowed.lookup(c.key); ok && words != nil && a.lang == "" {
			words = a.unborrowed(lx, words, bs, c.key)
		}
		if other, ok := a.otherSense[c.key]; ok {
			words = other
		}
		fromWordnet := false
		if words == nil && a.lang == "" {
			// No hand-written ideas: WordNet's, in the sense the rest of
			// the description points to, weigh a little less.
			if context == nil {
				context = a.context(lx, terms)
			}
			if words = lx.wordnetIdeas(c.word, c.key, context); words != nil {
				cw *= wordnetFactor
				fromWordnet = true
			}
		}
		words = words[:min(len(words), maxAssocs-2*i)]
		n := len(a.assocs)
		// An English word in another language's description ("Trade
		// show booth builder in Las Vegas" reads as Spanish) means the
		// English thing, named in English.
		mode := keepEnglish
		if lx.knownIn(c.word, a.lang) || wordnetLine(c.word) == "" {
			mode = translateIdeas
		}
		if _, own := lx.assocIn.lookup(a.lang + ":" + c.key); !own && lx.transIn.get(a.lang+":"+c.key) != "" {
			// Read through the bilingual table: a word that lent no
			// ideas before lends only those written in its language
			// (English ones of a "géomètre": tidyplan, tinyexpert).
			mode = translatedOnly
		}
		a.addIdeas(lx, words, cw*(1-0.04*float64(i)), c.key, lx.langOf(c.key, a.lang), mode)
		for j := n; j < len(a.assocs) && fromWordnet; j++ {
			a.assocs[j].wordnet = true
		}
	}
	for i := range a.keywords {
		a.keywords[i].category = specified[a.keywords[i].key]
	}
	for i := range a.assocs {
		a.assocs[i].category = specified[a.assocs[i].src]
	}
	// A French description with enough French ideas is named in French:
	// "farinemake" mixes two languages in one name.
	if a.lang != "" {
		own := 0
		for _, c := range a.assocs {
			if !c.foreign {
				own++
			}
		}
		if own >= 6 {
			a.assocs = slices.DeleteFunc(a.assocs, func(c concept) bool { return c.foreign })
		}
	}
	if a.lang == "" {
		a.dropDenied(lx, lx.deniedIdeas(r))
	}
	// Strongest ideas first, whichever word suggested them: the pools
	// take heads from the front.
	sort.SliceStable(a.assocs, func(i, j int) bool { return a.assocs[i].weight > a.assocs[j].weight })
	a.rankSources()
	a.numberHints = lx.numberHints(a, toks)
	// A count the description states ("three escape rooms", "two
	// markets") means something too, after the digits it wrote.
	for _, w := range r.words {
		if d, ok := countWords(w.lower); ok && len(a.numbers) < 4 {
			a.numbers = appendUniqueString(a.numbers, d)
		}
	}
	return a
}

var slashNumber = lazyregexp.New(`\b(\d{1,2})\s*/\s*(\d{1,2})\b`)

// countWords are spelled counts a description may state; "one" is left
// out because it is mostly an article ("one dashboard").
func countWords(w string) (string, bool) {
	switch w {
	case "two", "deux", "dos", "zwei", "due":
		return "2", true
	case "three", "trois", "tres", "drei", "tre":
		return "3", true
	case "four":
		return "4", true
	case "five":
		return "5", true
	case "six":
		return "6", true
	case "seven":
		return "7", true
	case "eight":
		return "8", true
	case "nine":
		return "9", true
	case "ten":
		return "10", true
	case "twelve":
		return "12", true
	case "hundred":
		return "100", true
	case "thousand":
		return "1000", true
	}
	return "", false
}

// detailSuffix are second halves of compound modifiers ("dog-friendly",
// "plant-based", "gluten-free"): the word before them is a detail.
func detailSuffix(w string) bool {
	switch w {
	case "friendly", "based", "free", "only", "led", "owned", "run", "safe", "proof", "powered", "fired":
		return true
	}
	return false
}

// categoryFactor scales the associations of a category word when the
// description also names what kind of it the business is; specificMin is
// the weight from which such a word counts.
const (
	categoryFactor = 0.9
	specificMin    = 0.6
)

// vagueFactor scales an association that would suit almost any business
// (lexicon words.txt, [vague]).
const vagueFactor = 0.8

// unknownSalience scales the weight of a description word the lexicon has
// neither associations nor an industry for.
const unknownSalience = 0.95

// isConcept reports whether the lexicon knows key (or word) as a business
// idea: it has associations for it or it triggers an industry.
func (lx *lexicon) isConcept(key, word string) bool {
	if !lx.sameIdea(key, word) {
		return false
	}
	if _, ok := lx.assoc.lookup(key); ok {
		return true
	}
	if _, ok := lx.triggers.lookup(key); ok {
		return true
	}
	_, ok := lx.assoc.lookup(lx.matchKey(word))
	return ok
}

// splitCompound splits a closed compound the lexicon does not know whole
// into a known concept and a remainder ("fahrradwerkstatt" → fahrrad,
// werkstatt), longest known head first. It returns nil when no split
// leaves a concept of four letters or more.
//
// With lang set, only concepts of that language count: "guard" inside the
// Spanish "guardacoches" is an accident of spelling, not an English idea.
func (lx *lexicon) splitCompound(w, lang string) []string {
	const minPart = 4
	if len(w) < 2*minPart {
		return nil
	}
	known := func(k string) bool {
		if lang != "" && lx.knownIn(k, lang) {
			return true
		}
		_, ok := lx.assoc.lookup(k)
		return ok && (lang == "" || lx.assocLang.get(k) == lang)
	}
	// German parts are read as words of their own: without the linking s
	// ("geschirrs|puler" is geschirr, spuler) and without the plural n of
	// a known word in -e ("maschinen": maschine; "garten" stays). Not
	// lemma: its stems ("maschin", "schul") share the key but are no
	// words.
	part := func(p string) string {
		if lang != "de" {
			return p
		}
		if q := strings.TrimSuffix(p, "s"); q != p && known(lx.matchKey(q)) {
			p = q
		}
		if q := strings.TrimSuffix(p, "n"); q != p && strings.HasSuffix(q, "e") && len(q) > minPart && known(lx.matchKey(q)) {
			p = q
		}
		return p
	}
	// Two known parts first, even after a longer known head: the linking s
	// makes "geschirrs" a known head before "geschirr" and "spuler" are.
	for i := len(w) - minPart; i >= minPart; i-- {
		if head, rest := w[:i], w[i:]; known(lx.matchKey(head)) && known(lx.matchKey(rest)) {
			return []string{part(head), part(rest)}
		}
	}
	if lang == "de" {
		// A German compound names its kind last (Wanderschäferei is a
		// Schäferei, not a "wande"): a known end longer than the longest
		// known start is the word to read.
		end, head := "", ""
		for i := minPart; i <= len(w)-minPart && end == ""; i++ {
			if known(lx.matchKey(w[i:])) && hasVowel(w[:i]) {
				end = w[i:]
			}
		}
		for i := len(w) - minPart; i >= minPart && head == ""; i-- {
			if known(lx.matchKey(w[:i])) {
				head = w[:i]
			}
		}
		if end != "" && len(end) > len(head) {
			// What comes before the kind says which one it is
			// ("Rolltreppen|wartung" services escalators): a known
			// modifier, or a known end of it, joins the head. Without
			// it the blind judges saw only generic filler for batch
			// 19's escalator row (gartenwien, perlia: 0).
			if m, ok := lx.compoundModifier(w[:len(w)-len(end)]); ok {
				return []string{m, part(end)}
			}
			return []string{part(end)}
		}
	}
	for i := len(w) - minPart; i >= minPart; i-- {
		if head, rest := w[:i], w[i:]; known(lx.matchKey(head)) && len(rest) >= minPart && hasVowel(rest) && !(lang == "de" && germanDerivation(rest)) {
			return []string{part(head)}
		}
	}
	for i := minPart; i <= len(w)-minPart; i++ {
		// Only the end is known: "kaffeerosterei" → rosterei.
		if known(lx.matchKey(w[i:])) {
			return []string{part(w[i:])}
		}
	}
	return nil
}

// compoundModifier finds the known German word in the modifier mod of a
// compound: mod itself without its linking -s-/-es-/-n-/-en- ("hafens",
// "treppen") or its longest known end ("rolltreppen": treppe). It reports
// false when no part of four letters or more is known.
func (lx *lexicon) compoundModifier(mod string) (string, bool) {
	const minPart = 4
	for i := 0; i <= len(mod)-minPart; i++ {
		if i > 0 && !hasVowel(mod[:i]) {
			continue
		}
		for _, link := range []string{"", "s", "es", "n", "en"} {
			if q, ok := strings.CutSuffix(mod[i:], link); ok && len(q) >= minPart && lx.knownIn(q, "de") {
				return q, true
			}
		}
	}
	return "", false
}

// germanDerivation reports an ending that makes a German word out of a
// stem rather than a second word of a compound: "Schulungen" (trainings)
// is no school, "Sicherheit" no "sicher", "Zimmerei" builds, "Kachelöfen"
// is a compound. Read as a head and a remainder they gave stems as names
// (pulschul for IT security training, judged 1).
func germanDerivation(rest string) bool {
	switch rest {
	case "ung", "ungen", "ungs", "heit", "heiten", "keit", "keiten", "lich", "liche", "lichen", "isch", "ische", "ischen", "erin", "erinnen", "schaft", "schaften":
		return true
	}
	return false
}

// foreignIdeaFactor: a description in French is best named with French
// words, so ideas in another language weigh less there.
const foreignIdeaFactor = 0.7

// addIdeas adds the ideas of one description word (or unit), written in
// ideaLang ("" for English). In a description in another of the five
// languages, ideas from English lines are written in the description's
// language where bilingual.txt gives them and then weigh as its own
// ideas do: the blind judges of batches 1-12 scored names with English
// ideas for such rows 0.9 (1.7 beside a description word) for relevance
// and names with ideas in the row's language 2.4. The rest stay English
// and weigh less (see ideaMode).
func (a *analysis) addIdeas(lx *lexicon, words []string, weight float64, src, ideaLang string, mode ideaMode) {
	if a.lang == "" || ideaLang == a.lang {
		a.addAssocs(lx, words, weight, src, false)
		return
	}
	if ideaLang == "" && mode != keepEnglish {
		var own []string
		own, words = lx.translateIdeas(words, a.lang)
		a.addAssocs(lx, own, weight, src, false)
		if mode == translatedOnly {
			return
		}
	}
	a.addAssocs(lx, words, weight*foreignIdeaFactor, src, true)
}

// ideaMode says how addIdeas treats English ideas in a description in
// another language.
type ideaMode uint8

const (
	keepEnglish    ideaMode = iota // an English word's ideas stay English
	translateIdeas                 // written in the language where the table can, the rest English
	translatedOnly                 // only those the table writes in the language
)

// translateIdeas splits English ideas into those bilingual.txt writes in
// lang (translated, in order) and the rest.
func (lx *lexicon) translateIdeas(words []string, lang string) (own, rest []string) {
	for _, w := range words {
		if t, ok := lx.transOut.lookup(lang + ":" + w); ok {
			own = append(own, t)
		} else {
			rest = append(rest, w)
		}
	}
	return own, rest
}

// addAssocs adds the associations of one salient word, the first ones
// weighing most, skipping words already used.
func (a *analysis) addAssocs(lx *lexicon, words []string, weight float64, src string, foreign bool) {
	taken := 0
	for j, w := range words {
		if taken >= maxAssocs {
			break
		}
		k := lx.matchKey(w)
		if k == src {
			continue
		}
		cw := weight * max(assocFloor, assocWeight-assocStep*float64(j))
		vague := lx.vague.get(w)
		if vague {
			// "hope", "kind", "spark" fit any business: the blind judges
			// scored names built on them 1 or 2 for relevance unless the
			// other half named the offer.
			cw *= vagueFactor
		}
		if i := slices.IndexFunc(a.assocs, func(c concept) bool { return c.key == k }); i >= 0 {
			if a.assocs[i].src != src && a.assocs[i].support < 255 {
				a.assocs[i].support++
			}
			// Suggested by a detail first ("bread bags" → loaf), it
			// weighs what the offer ("bakery" → loaf) says it does.
			if cw > a.assocs[i].weight {
				a.assocs[i].weight, a.assocs[i].src = cw, src
			}
			continue
		}
		taken++
		a.assocs = append(a.assocs, concept{word: w, key: k, weight: cw, kind: kindAssoc, foreign: foreign, src: src, vague: vague})
	}
}

// unborrowed drops from words the ideas of the lines key heads only after
// another head (see lexicon.borrowed) when no other word of the description
// names that line's sense: "Go club ... board game" lends no nightclub
// beats, "plant hire" no vegan leaves. Nil when nothing is left, so that
// WordNet may give the ideas of the sense the description uses.
func (a *analysis) unborrowed(lx *lexicon, words []string, bs []sense, key string) []string {
	var drop []string
	for _, b := range bs {
		if slices.ContainsFunc(b.context, func(k string) bool { return k != key && a.descKeys[k] }) {
			continue
		}
		// Or another word of the description has one of the line's
		// ideas: "bike repair van" rides the road a campervan does.
		shared := false
		for k := range a.descKeys {
			if k != key && slices.ContainsFunc(lx.assoc.get(k), func(w string) bool { return slices.Contains(b.words, w) }) {
				shared = true
				break
			}
		}
		if !shared {
			drop = append(drop, b.words...)
		}
	}
	if drop == nil {
		return words
	}
	out := slices.DeleteFunc(slices.Clone(words), func(w string) bool { return slices.Contains(drop, w) })
	if len(out) == 0 {
		return nil
	}
	return out
}

// wordnetFactor scales ideas taken from WordNet rather than the
// hand-written associations: they are broader ("shelter" for a tent) and
// their sense is chosen by a simple overlap.
const wordnetFactor = 0.85

// wordnetContext is what the description talks about: its words and the
// hand-written ideas of its salient words (as match keys), and the broad
// domains ("@food", "@artifact") of those words' two commonest WordNet
// senses, each with the word that lent it. WordNet senses are chosen by
// their overlap with it.
type wordnetContext struct {
	words   map[string]bool
	domains map[string]string // domain -> the key of the word it came from, "" for several
}

func (a *analysis) context(lx *lexicon, terms []concept) *wordnetContext {
	ctx := &wordnetContext{words: make(map[string]bool, len(a.descKeys)+8*len(terms)), domains: map[string]string{}}
	for k := range a.descKeys {
		ctx.words[k] = true
	}
	for i, t := range terms {
		if i >= maxAssocTerms {
			break
		}
		for _, w := range lx.assoc.get(t.key) {
			ctx.words[lx.matchKey(w)] = true
		}
		for j, s := range wordnetSenses(t.word) {
			if d := s.domain(); j < 2 && d != "" {
				if from, ok := ctx.domains[d]; ok && from != t.key {
					ctx.domains[d] = ""
				} else {
					ctx.domains[d] = t.key
				}
			}
		}
	}
	return ctx
}

// wordnetIdeas returns WordNet's ideas for a description word the
// associations lexicon lacks, from the sense the description confirms:
// one whose words or cues it says ("sash" beside "window"), or the only
// sense whose broad domain another of its words shares. Otherwise none: a
// wrong sense ("mole" the spy, for a sauce) misleads more than no idea.
func (lx *lexicon) wordnetIdeas(word, key string, ctx *wordnetContext) []string {
	senses := wordnetSenses(word)
	if senses == nil && key != word {
		senses = wordnetSenses(key)
	}
	best, bestHits := -1, 0
	for i, s := range senses {
		hits := 0
		for _, list := range [][]string{s.words, s.cues} {
			for _, w := range list {
				if k := lx.matchKey(w); k != key && ctx.words[k] {
					hits += 2
				}
			}
		}
		if from, ok := ctx.domains[s.domain()]; ok && from != key && len(senses) == 1 {
			hits++
		}
		if hits > bestHits {
			best, bestHits = i, hits
		}
	}
	if best < 0 {
		return nil
	}
	return lx.senseIdeas(senses[best])
}

// senseIdeas returns the words of a WordNet sense a name can carry: those
// the lexicon treats as filler or grammar are left out.
func (lx *lexicon) senseIdeas(s wordnetSense) []string {
	var out []string
	for _, w := range s.words {
		if lx.function.get(w) || lx.nonPart.get(w) || lx.vague.get(w) || !isPartWord(w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// readSenses finds the words of toks used in another sense than the
// lexicon's usual one: a sense applies when one of its context words
// occurs anywhere in the description.
func (lx *lexicon) readSenses(toks []token) map[string][]string {
	var out map[string][]string
	for _, t := range toks {
		ss, ok := lx.senses.lookup(t.key)
		if !ok || t.digits {
			continue
		}
		for _, s := range ss {
			if slices.ContainsFunc(toks, func(u token) bool { return u.key != t.key && slices.Contains(s.context, u.key) }) {
				if out == nil {
					out = map[string][]string{}
				}
				out[t.key] = s.words
				break
			}
		}
	}
	return out
}

// findIndustries scores industries by their trigger words. An industry
// counts only on strong evidence: a trigger word that is unambiguous, or
// several hits. A lone ambiguous trigger ("pilot", "program") or a single
// evocative word is too thin to steer the vocabulary, and the generator
// builds from the description's own words instead.
func (lx *lexicon) findIndustries(toks []token, consumed []bool, a *analysis) {
	scores := map[int]float64{}
	first := map[int]int{}
	hit := func(ids []int, w float64, pos int) {
		// The business is usually named first ("Coffee cart at a station"),
		// so early words weigh up to a quarter more.
		w *= 1 + 0.25*max(0, 1-float64(pos)/10)
		for _, id := range ids {
			if _, ok := first[id]; !ok {
				first[id] = pos
			}
			scores[id] += w
		}
	}
	seenTrig := map[string]bool{}
	for i, t := range toks {
		if t.digits {
			continue
		}
		if i+1 < len(toks) && !toks[i+1].digits {
			pk := t.key + " " + toks[i+1].key
			if ids, ok := lx.pairs.lookup(pk); ok && !seenTrig[pk] {
				seenTrig[pk] = true
				hit(ids, 1.5, i)
				continue
			}
		}
		// A word read inside a unit ("pilot car") still counts, unless it
		// is ambiguous alone: the unit says which sense was meant.
		if seenTrig[t.key] || consumed[i] && lx.weak.get(t.key) {
			continue
		}
		if _, other := a.otherSense[t.key]; other {
			continue // "rocket stove": no aerospace
		}
		seenTrig[t.key] = true
		if !lx.sameIdea(t.key, t.text) {
			continue
		}
		if cuisineDemonym(t.text) && i+1 < len(toks) && toks[i+1].after == t.text && !toks[i+1].digits && !lx.foodPhrase(toks[i+1:]) {
			// "Japanese fencing", "Japanese kei trucks", "Korean
			// families", "Japanese knotweed": a nationality before a
			// noun that is no food says where the thing is from, not
			// that the business cooks that cuisine (norice, eastroll,
			// koicrate were judged 0-1 in batches 6, 8, 12 and the
			// thirteenth). Before a dish or an eatery ("Japanese
			// restaurant", "Korean barbecue") it still names the cuisine.
			continue
		}
		if ids, ok := lx.triggers.lookup(t.key); ok {
			w := 1.0
			if lx.weak.get(t.key) {
				w = 0.45
			}
			hit(ids, w*t.salience, i)
		} else if ids, ok := lx.wordIndustries.lookup(t.key); ok {
			hit(ids, 0.35*t.salience, i)
		}
	}
	for id, s := range scores {
		if s >= strongIndustry {
			a.industries = append(a.industries, id)
		}
	}
	sort.Slice(a.industries, func(i, j int) bool {
		x, y := a.industries[i], a.industries[j]
		if scores[x] != scores[y] {
			return scores[x] > scores[y]
		}
		if first[x] != first[y] {
			return first[x] < first[y]
		}
		return x < y
	})
	if len(a.industries) > 3 {
		a.industries = a.industries[:3]
	}
	for _, id := range a.industries {
		e := min(1, max(0.8, scores[id]/2))
		if mediumIndustries(lx.industries[id].id) {
			e *= 0.7
		}
		a.industryEvidence = append(a.industryEvidence, e)
	}
}

// cuisineDemonym reports the nationality words that are triggers of a
// cuisine in industries.txt (japanese, mexican, ...): alone they are as
// often the origin of an object or a language as the food.
func cuisineDemonym(w string) bool {
	switch w {
	case "japanese", "mexican", "italian", "indian", "asian", "thai", "vietnamese", "chinese", "korean", "lebanese", "turkish", "persian":
		return true
	}
	return false
}

// foodPhrase reports whether the phrase toks opens, read up to three
// words while they follow each other, names food ("street food stall",
// "ice cream", "cooking classes").
func (lx *lexicon) foodPhrase(toks []token) bool {
	for i, t := range toks[:min(len(toks), 3)] {
		if i > 0 && t.after != toks[i-1].text || t.digits {
			return false
		}
		if lx.foodWord(t) {
			return true
		}
	}
	return false
}

// foodWord reports whether a description word names food or a place that
// serves it: a trigger of a food industry (sushi, restaurant, bakery), or a
// word whose commonest WordNet senses are food (gelato, barbecue).
func (lx *lexicon) foodWord(t token) bool {
	switch t.text {
	case "food", "foods", "cooking", "cookery", "cuisine", "takeaway", "takeout", "cream", "recipes", "groceries", "grocery", "snacks":
		return true
	}
	for _, id := range lx.triggers.get(t.key) {
		if lx.industries[id].register == "food" {
			return true
		}
	}
	for i, s := range wordnetSenses(t.text) {
		if i == 2 {
			break
		}
		if s.domain() == "@food" {
			return true
		}
	}
	return false
}

// mediumIndustries are how a business works rather than what it is about:
// "compliance software for banks" is about banks and audits, so the
// vocabulary of software (byte, sync, pixel) must not crowd them out.
func mediumIndustries(w string) bool {
	switch w {
	case "software", "app", "ecommerce", "subscription", "consulting", "marketing":
		return true
	}
	return false
}

// numberHints are numbers that mean something next to the description's
// words ("360" for refills, "24" for an emergency plumber), best first.
func (lx *lexicon) numberHints(a *analysis, toks []token) []string {
	var out []string
	add := func(key string) {
		for _, n := range lx.numbers.get(key) {
			out = appendUniqueString(out, n)
		}
	}
	for _, t := range toks {
		if !t.digits {
			add(t.key)
		}
	}
	for _, c := range a.assocs {
		add(c.key)
	}
	for _, id := range a.industries {
		add(lx.matchKey(lx.industries[id].id))
	}
	return out
}

// root strips a derivational ending from a long word so the idea fits in
// a name: "mentorship" → "mentor", "kindness" → "kind".
func root(w string) string {
	for _, suf := range []string{"ship", "hood", "ness", "ment", "ful", "less"} {
		if r, ok := strings.CutSuffix(w, suf); ok && len(r) >= 4 {
			return r
		}
	}
	return w
}

// tokenise reads the tokens of a description from its walk (see read),
// dropping clauses that read as instructions to a model. It reports
// whether anything was dropped. It also tells the language from the
// grammar words it drops.
func (lx *lexicon) tokenise(r *reading) ([]token, bool, string) {
	var toks []token
	dropped := false
	// A grammar word shared by several languages ("de", "con") votes a
	// share for each; English votes only with its longer grammar words,
	// since "a", "in" or "no" also occur in the other languages.
	votes := map[string]float64{}
	language := func() string {
		best, n := "", votes[""]
		for _, l := range []string{"fr", "es", "de", "pt", "it"} {
			if votes[l] > n {
				best, n = l, votes[l]
			}
		}
		return best
	}
	voteForeign := func(w *word) {
		for _, l := range w.langs {
			votes[l] += 1 / float64(len(w.langs))
		}
	}
	voteLanguage := func(clauses []clause) {
		for _, c := range clauses {
			for i := range c.words {
				voteForeign(&c.words[i])
			}
		}
	}
	sentences := r.sentences
	requestFirst := asksForName(sentences)
	firstPerson := slices.ContainsFunc(r.words, func(w word) bool { return firstPersonWord(w.lower) })
	english := lx.english(r)
	chatty := lx.chatter(r, english)
	// offerRead: the sentence that describes the offer has been read; the
	// first sentence unless it was about the name or chatter (in English;
	// other languages keep the first sentence as the offer's).
	offerRead := false
	// story: a long paragraph's offer is stated in a later sentence than
	// its first (see storyOffer, storyOfferForeign); that sentence is read as
	// the offer's, the story before it as detail. from is where the
	// offer sentence's words start: position counts from there.
	story, obj, from := -1, 0, 0
	if english && !requestFirst {
		story, obj = lx.storyOffer(r, chatty)
	} else if !english && !requestFirst {
		story, obj = lx.storyOfferForeign(r)
	}
	// heir: an elder's trade the story hands down (see storyHeritage),
	// the tokens of its words.
	heir, hlo, hhi := -1, 0, 0
	var heirs []int
	if english && story >= 0 {
		heir, hlo, hhi = lx.storyHeritage(r, chatty)
	}
	for si, sentence := range sentences {
		initial := true
		base := 1.0
		offerRead = offerRead || si > 0 && !english
		if story >= 0 {
			offerRead = si != story
			if si == story {
				from = len(toks)
			}
		}
		if chatty[si] {
			dropped = dropped || slices.ContainsFunc(r.clauses[si], func(c clause) bool { return injected(c.text) })
			continue
		}
		if si > 0 || requestFirst || story >= 0 {
			if offerRead {
				base = 0.8 // later sentences add detail to the offer's
			}
			if aboutTheName(sentence) {
				// "The name should start with the letter K", "Avoid
				// anything with 'wool'": instructions about the name, whose
				// other words ("half our clients spell it the British way")
				// say nothing about the business. Their grammar words
				// still tell the language.
				voteLanguage(r.clauses[si])
				continue
			}
		}
		wi := 0 // the sentence's words read so far
		for ci, c := range r.clauses[si] {
			clause := c.text
			if injected(clause) {
				wi += len(c.words)
				dropped = true
				initial = false
				continue
			}
			if ci > 0 && aboutTheName(clause) {
				wi += len(c.words)
				// "Gluten-free bakery in Melbourne, the name should begin
				// with the letter M": "begin" is no idea of the business.
				// Its grammar words still tell the language ("Taller de
				// bicicletas en Quito, nombre de seis letras como máximo"
				// was read as French).
				voteLanguage(r.clauses[si][ci : ci+1])
				continue
			}
			sal := base
			if ci > 0 {
				sal = base * 0.85
			}
			rl := roleOffer
			if offerRead {
				rl = roleLater
			}
			for i := range c.words {
				w := &c.words[i]
				wi++
				if len(toks) >= maxTokens {
					return toks, dropped, language()
				}
				lower, prev := w.lower, w.tok.after
				voteForeign(w)
				if !w.foreign && w.grammar {
					votes[""]++
				}
				if s, ok := phraseSalience(lower); ok {
					sal = base * s
				}
				if pr, ok := phraseRole(lower); ok && !offerRead {
					rl = pr
				}
				if (lower == "a" || lower == "an") && placeWords(prev) {
					// "yoga in a converted church", "a bar set inside an old
					// silo": after "in a" comes a setting that makes the
					// business distinctive, not the town after "in".
					sal = base * settingSalience
				}
				family := ownKin(lower, prev, rl, firstPerson)
				t, ok := w.tok, w.ok
				// The walk's initial is the first word of the sentence; a
				// clause about the name skipped above leaves the next
				// word initial here.
				t.initial = initial && ok && !t.digits
				initial = false
				if w.deny.word && ok && !t.digits {
					// "No whisky yet": what the business does not offer
					// is no part of its name ("whiskymash" scored 0).
					continue
				}
				if family {
					// "My wife and I are opening a guesthouse": who runs
					// the business, not what it offers ("rifwife").
					continue
				}
				if english && workLanguage(c.words, i) {
					// "I'm writing in English", "workshops in English and
					// Spanish": the language the business works in.
					continue
				}
				if english && ok && !t.digits && lx.narrativeVerb(c.words, i) {
					// "I spent ten years at a big firm", "we watched the
					// sardines go", "got tired of": the writer's story,
					// not the offer (see narrativeVerb).
					continue
				}
				if detailSuffix(lower) && len(toks) > 0 && strings.Contains(strings.ToLower(clause), toks[len(toks)-1].text+"-"+lower) {
					// "dog-friendly hotel", "plant-based butcher": the word
					// before qualifies the offer, it is not the offer. Only
					// when hyphenated: in "photographer based in Porto" the
					// photographer is the offer.
					toks[len(toks)-1].salience *= 0.7
				}
				if ok {
					t.role = rl
					// Later words of a phrase say less than its first ones.
					t.salience = sal * max(0.75, 1-0.025*float64(len(toks)-from))
					if si == story && wi <= obj {
						// The subject and verb of the stated trade
						// ("my partner and I grow"): the object leads.
						if english {
							t.salience *= storyVerbFactor
						} else {
							t.salience *= storyLeadFactor
						}
					}
					if lx.modifier.get(t.text) {
						t.salience *= 0.75
					}
					if si == heir && ci == 0 && wi > hlo && wi <= hhi {
						heirs = append(heirs, len(toks))
					}
					toks = append(toks, t)
				}
			}
		}
		offerRead = offerRead || len(toks) > 0 && story < 0
		if si == story {
			storyOfferFirst(toks, from)
			storyHeirs(toks, from, heirs)
		}
	}
	return toks, dropped, language()
}

// narrativeVerb reports a word of a clause that is a verb of the writer's
// story: a past form after its subject ("I spent", "we watched", "they
// took"), after a perfect's or passive's auxiliary ("I've lost", "was
// told", "got tired", "get paid") or after "then" ("then realised"),
// adverbs between them skipped ("we finally found"). The blind judges
// scored names built on such a verb 0 to 2 for relevance (batches 1-14:
// spentsail, watchaul, shiftire, grewora, tidetook: 0.6 to 1.7 against
// 2.7 for names of other description words). A participle that qualifies
// the offer ("hand-painted tiles", "fermented pickles") has no subject and
// stays; so does the offer's word said in another form elsewhere ("I've
// taught adults to read ... teaching").
func (lx *lexicon) narrativeVerb(ws []word, i int) bool {
	if tradeParticiple(ws[i].lower) {
		return true
	}
	if !lx.pastForm(ws[i].lower) {
		return lx.storyVerb(ws, i)
	}
	if i+1 < len(ws) && ws[i+1].lower == "up" && (ws[i].lower == "grew" || ws[i].lower == "grown") {
		return true // "my partner grew up on a farm" ("geargrew", judged 0)
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch p := ws[j].lower; p {
		case "i", "we", "he", "she", "they", "ve", "ive", "weve", "have", "has", "had", "was", "were", "been",
			"got", "get", "gets", "getting", "then":
			return true
		case "also", "just", "first", "once", "finally", "eventually", "always", "never", "only", "later",
			"soon", "recently", "actually", "really", "even", "originally", "initially", "both", "all":
			continue
		}
		return false
	}
	return false
}

// workLanguage reports a language named after "in" ("I'm writing in
// English", "works in both Estonian and English", "the team works in
// English and isiXhosa"), alone or joined by "and" or "or" to another,
// and not followed by a noun it qualifies ("in Welsh villages"): the
// language the writer writes in or the business works in, beside the
// offer. Names carrying one were judged 1.0 for relevance (batches 1-19,
// 8 names: englishaus 0, englishdog 0, englishare 1, feenglish 1,
// spanishrelay 1, frenchandy 1, sumswahili 3) against 2.55 for all judged
// names; a language that is the offer comes before its noun ("Swahili
// lessons", "Greek tutoring") and stays.
func workLanguage(ws []word, i int) bool {
	if !languageName(ws[i].lower) {
		return false
	}
	if i+1 < len(ws) {
		if n := ws[i+1].lower; !languageName(n) && !languageTail(n) {
			return false
		}
	}
	j := i - 1
	if j > 0 && (ws[j].lower == "and" || ws[j].lower == "or") && languageName(ws[j-1].lower) {
		return workLanguage(ws, j-1)
	}
	if j >= 0 && ws[j].lower == "both" {
		j--
	}
	return j >= 0 && ws[j].lower == "in"
}

// languageName reports a language a description may say it works in.
func languageName(w string) bool {
	switch w {
	case "english", "french", "spanish", "german", "italian", "portuguese", "dutch", "swedish", "norwegian",
		"danish", "finnish", "estonian", "polish", "ukrainian", "russian", "greek", "turkish", "arabic", "farsi",
		"hebrew", "hindi", "urdu", "bengali", "punjabi", "tamil", "japanese", "chinese", "mandarin", "cantonese",
		"korean", "vietnamese", "thai", "tagalog", "indonesian", "swahili", "welsh", "irish", "gaelic", "maori",
		"catalan", "basque", "afrikaans", "isixhosa", "isizulu", "zulu", "xhosa", "creole", "latin":
		return true
	}
	return false
}

// languageTail reports a word that may follow the language a business
// works in ("in English and ...", "in English because ..."), where a noun
// would make the language a quality of the thing ("in Welsh villages").
func languageTail(w string) bool {
	switch w {
	case "and", "or", "because", "so", "but", "since", "too", "as", "only", "with", "please", "at", "to",
		"for", "by", "now", "mostly", "also", "then", "when", "if":
		return true
	}
	return false
}

// idealess reports an English word outside the offer's phrase (after
// "for", "in", "with", "who", or in a later sentence) that the lexicon has
// no idea for (the caller's test) and WordNet knows as no common noun or
// verb, written in lower case: mostly a word of state, judgement or
// degree, or a verb form, said of something other than the offer ("your
// exact latitude", "domestic workers", "the odd bagpipe bag", "sounds a
// bit grim", "off sick", "women who came to Sweden", "bouquets that last").
// Names carrying such a word were judged 2.09 for relevance (batches 1-18,
// 282 names: emberexact 0, camechain 0, updomestic 1, soleodd 1,
// podlasiegrim 1, sickly 0.5) against 2.44 for the other words of those
// phrases and 2.48 for such words inside the offer's phrase, where they
// stay: there they are the trade's own rare nouns ("tanpuras", "musubi")
// or what makes the offer distinct ("adaptive clothing"). A capitalised
// word is a name (a place, a brand) and stays too.
func idealess(t token, w string) bool {
	if t.role == roleOffer || t.cap && !t.initial {
		return false
	}
	return wordnetLine(w) == "" && wordnetLine(t.key) == ""
}

// tradeParticiple reports the past form of a verb of trade or of the
// writer's story that says how the offer changes hands, never what it is
// ("peppers sold at markets", "riders paid weekly", "powder bought from
// women", "boards built to order", "taught on site"): with or without a
// subject, names built on one were judged 1.0 for relevance (batches 1-17,
// 44 names: basketsold, zambiapaid, boughtzest, builtery, traintaught)
// against 2.4 for names of other description words. Not "grown", "felt",
// "lost" or "spent", which name an offer's kind ("rope-grown mussels",
// "felt hats", "lost and found", "spent grain").
func tradeParticiple(w string) bool {
	switch w {
	case "sold", "paid", "bought", "brought", "taught", "told", "built", "sent":
		return true
	}
	return false
}

// storyVerb reports a word that a subject makes a verb of the writer's
// story rather than the offer: after "I", "we", "they", "he", "she" or
// "who" ("we operate two boats", "I know the problem", "tourists who land
// and feel awful"; not after "you", the customer's verb: "ring resizing
// while you wait" was judged 3.5), after a modal ("councils can find", "this might
// sound"), after "and" or "or" joining it to such a verb ("I breed and
// sell"), and an -ing form after "I'm" or "we're" ("we're building
// software"). Only a verb the lexicon has no idea for: the offer's own
// verb ("I repair sitars", "we restore caravans", "I'm painting") has
// ideas and stays. The blind judges scored names carrying such a verb 1.7
// for relevance (batches 1-17, 249 names: operaterial 0, lovely 0, ouluknow
// 1, payhand 0, breedbat 1; progressives melbuilding and buildingrow 0)
// against 2.4 for names carrying other description words and 2.6 for the
// verbs after a subject the lexicon knows (118 names: restore, repair,
// fix, forge, test).
func (lx *lexicon) storyVerb(ws []word, i int) bool {
	w := ws[i].lower
	if !ws[i].ok || len(w) < 3 {
		return false
	}
	j := beforeAdverbs(ws, i)
	if j < 0 {
		return false
	}
	base := w
	switch p := ws[j].lower; {
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		// "we're building", "I'm launching": the progressive of the
		// writer's undertaking; its verb's ideas, not the -ing noun's
		// ("building" is the builder's), tell the offer's verb.
		if !(p == "m" || p == "re" || p == "am" || p == "are") || j == 0 || !subjectPronoun(ws[j-1].lower) {
			return false
		}
		base = w[:len(w)-3]
		if n := len(base); n > 3 && base[n-1] == base[n-2] {
			base = base[:n-1] // "bidding": bid
		}
	case p == "he" || p == "she" || p == "who":
	case p == "i" || p == "we" || p == "they" || modal(p):
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return false // "scissors, can openers": a verb here has no -s
		}
	case (p == "and" || p == "or") && j > 0:
		// "I rent and install", "who land and feel": the subject of the
		// verb before is this one's too.
		if !lx.verbAfterSubject(ws, j-1) {
			return false
		}
	default:
		return false
	}
	return !lx.verbIdea(base)
}

// verbAfterSubject reports a word right after a subject pronoun or a modal
// (adverbs skipped), whether or not it has ideas: what "and" joins to it
// is a verb of the same subject.
func (lx *lexicon) verbAfterSubject(ws []word, i int) bool {
	j := beforeAdverbs(ws, i)
	if j < 0 {
		return false
	}
	switch p := ws[j].lower; p {
	case "i", "we", "they", "he", "she", "who":
		return ws[i].ok
	case "and", "or":
		return j > 0 && ws[i].ok && lx.verbAfterSubject(ws, j-1)
	}
	return modal(ws[j].lower) && ws[i].ok
}

// verbIdea reports a verb the lexicon has ideas for, read as the offer's
// ("repair", "restore", "paint", "bake" from "bak").
func (lx *lexicon) verbIdea(w string) bool {
	if lx.isConcept(lx.matchKey(w), w) {
		return true
	}
	return !strings.HasSuffix(w, "e") && lx.isConcept(lx.matchKey(w+"e"), w+"e")
}

// beforeAdverbs is the index of the word before word i once story adverbs
// are skipped ("we finally found": we), or -1.
func beforeAdverbs(ws []word, i int) int {
	j := i - 1
	for j >= 0 && storyAdverb(ws[j].lower) {
		j--
	}
	return j
}

// storyAdverb: adverbs between a subject and its verb ("we finally found",
// "we both love").
func storyAdverb(w string) bool {
	switch w {
	case "also", "just", "first", "once", "finally", "eventually", "always", "never", "only", "later",
		"soon", "recently", "actually", "really", "even", "originally", "initially", "both", "all", "now",
		"still", "often", "usually", "mostly", "currently", "basically", "mainly", "then":
		return true
	}
	return false
}

// modal reports an English modal after which a word is a verb.
func modal(w string) bool {
	switch w {
	case "can", "could", "will", "would", "should", "might", "must", "ll":
		return true
	}
	return false
}

// pastForm reports an English past tense or participle: a common
// irregular one ("spent", "grew", "paid") or an -ed form the stemmer
// undoes ("watched", "realised", "tired"), not a word that only ends so
// ("breed", "need", "shed").
func (lx *lexicon) pastForm(w string) bool {
	switch w {
	case "spent", "found", "paid", "grew", "kept", "left", "took", "told", "ran", "became", "began", "went",
		"came", "got", "gave", "knew", "saw", "said", "wrote", "drove", "rode", "flew", "fell", "held", "heard",
		"led", "lost", "meant", "met", "sat", "stood", "understood", "won", "wore", "woke", "broke", "chose",
		"forgot", "thought", "taught", "bought", "brought", "sold", "sent", "felt", "made", "built", "learnt",
		"grown", "taken", "given", "known", "seen", "written", "driven", "ridden", "fallen", "broken", "chosen",
		"forgotten", "gone", "done", "quit", "dreamt", "burnt":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && lx.stem(w) != w
}

// injected reports a clause that addresses the model.
func injected(clause string) bool {
	lc := strings.ToLower(clause)
	return mayInject(lc) && injection.MatchString(lc)
}

// chatter marks the sentences that say nothing of the business, whose
// words the blind judges scored 0 as name parts: greetings, hedges and
// asides before the offer ("Strange request maybe.", "ok so this is a
// weird one.", "We're not carpenters:"), which name no idea the lexicon
// knows once denied and discourse words are set aside ("strangemaybe",
// "vigoweird"), and later sentences of nothing but such words ("Any ideas
// welcome, thank you!": "durbanthank"). A later sentence of unknown words
// ("We deliver a printed hardback") still adds details. When no sentence
// names an idea (a business the lexicon does not know), none is chatter;
// nor is any in another language (english: lx.english of the same
// sentences), whose ideas the lexicon knows less of.
func (lx *lexicon) chatter(r *reading, english bool) []bool {
	out := make([]bool, len(r.sentences))
	if !english {
		return out
	}
	leading := true
	for i, clauses := range r.clauses {
		ideas, others := lx.sentenceContent(clauses)
		switch {
		case leading && ideas == 0:
			out[i] = true
		case ideas == 0 && others == 0:
			out[i] = true
		default:
			leading = false
		}
	}
	if leading {
		clear(out)
	}
	return out
}

// english reports a description whose grammar words are more English
// than of the other languages the generator reads (the vote of tokenise,
// which comes too late for chatter).
func (lx *lexicon) english(r *reading) bool {
	votes := 0
	for _, w := range r.words {
		if w.foreign {
			votes--
		} else if w.grammar {
			votes++
		}
	}
	return votes > 0
}

// sentenceContent counts a sentence's words that name an idea of a
// business (or a capitalised name or a number, which a detail can hang on)
// and its other content words, leaving out denied, discourse, filler and
// grammar words.
func (lx *lexicon) sentenceContent(clauses []clause) (ideas, others int) {
	for _, c := range clauses {
		for _, w := range c.words {
			if !w.ok {
				continue
			}
			switch t := w.tok; {
			case w.deny.clause || discourse(t.text) || lx.nonPart.get(t.text) || lx.nonPart.get(t.key):
			case t.digits, t.cap && !t.initial && t.text != "i", lx.idea(t):
				ideas++
			default:
				others++
			}
		}
	}
	return ideas, others
}

// idea reports a word the lexicon knows as an idea of a business.
func (lx *lexicon) idea(t token) bool {
	return !t.digits && !lx.nonPart.get(t.text) && !lx.nonPart.get(t.key) && lx.isConcept(t.key, t.text)
}

// discourse words frame what a writer says without saying it ("long story
// short", "to be honest", "thanks"): they are no evidence that a sentence
// describes the business.
func discourse(w string) bool {
	switch w {
	case "story", "honest", "honestly", "basically", "anyway", "thanks", "thank", "cheers", "sorry",
		"welcome", "question", "request", "background", "context", "hi", "hello", "hey", "morning", "evening", "afternoon":
		return true
	}
	return false
}

// reading is one walk of a description's folded text: its sentences
// (split by sentenceSplit), their clauses (split at commas) and every word
// of them (asciiWords), each read once: its token, its grammar-word vote
// and how its clause denies it. tokenise, english, chatter and deniedIdeas
// all read the same walk.
type reading struct {
	sentences []string
	clauses   [][]clause // per sentence
	words     []word     // every word of the text, in order
}

// clause is one comma-separated part of a sentence.
type clause struct {
	text  string
	words []word // a part of reading.words
}

// word is one word of a description as the walk reads it.
type word struct {
	lower string
	// tok is makeToken's reading (ok: a content word or a number); its
	// initial marks the first word of a sentence and its after is the word
	// before in the clause, grammar words included.
	tok token
	ok  bool
	// langs are the other languages whose grammar word it is (foreign);
	// grammar marks an English grammar word of three letters or more.
	langs   []string
	foreign bool
	grammar bool
	deny    denial
}

// read walks text once (see reading). A word's denial is read two ways
// (see denial): as tokenise leaves words out, and as what the business is
// not: the whole phrase after "not" ("we're not bakers"), the word after
// "no" ("no bakery-sounding names", not "no-fee accounts"), but after
// "don't", "can't" or "never" only the verb or the object of "do" ("we
// don't fish", "we don't do weddings"), not what is done with it ("I don't
// sell watches, only fix them"). "Not just" and "not only" add, they deny
// nothing, and a hedged clause denies no idea (see hedge).
func (lx *lexicon) read(text string) *reading {
	r := &reading{sentences: sentenceSplit.Split(text, -1)}
	r.clauses = make([][]clause, len(r.sentences))
	type span struct{ lo, hi int }
	var spans []span
	for si, sentence := range r.sentences {
		initial := true
		var mk marketReader
		for part := range strings.SplitSeq(sentence, ",") {
			mk.customers = 0 // "for restaurants, small studio in Oaxaca"
			lo := len(r.words)
			prev := ""
			dropAll := false                            // tokenise: a clause negator has been read
			denied, phrase, verb := false, false, false // what the business is not
			soft := false
			for raw := range asciiWords(part) {
				lower := strings.ToLower(raw)
				t, ok := lx.makeToken(raw, initial)
				t.after = prev
				t.market = mk.read(lower)
				if ing, ok := lx.ingVerb.lookup(lower); ok && subjectPronoun(prev) {
					t.key = ing // "we teach", "I paint": the trade's verb
				}
				initial = false
				w := word{lower: lower, tok: t, ok: ok}
				w.langs, w.foreign = lx.langFunction.lookup(lower)
				w.grammar = lx.function.get(lower) && len(lower) >= 3
				if clauseNegator(lower) {
					dropAll = true
				}
				if deniedCopula(prev, lower) {
					// "Non siamo una vetreria", "No somos una agencia de
					// viajes": what follows is what the business is not,
					// as after "we're not".
					dropAll, phrase = true, true
				}
				w.deny.word = negators(prev) || dropAll
				negated := negators(prev) && !additive(lower)
				if clauseNegator(prev) && additive(lower) {
					denied, phrase, verb = false, false, false
				}
				w.deny.clause = negated || denied
				switch {
				case negated && prev == "no":
					w.deny.idea = true
				case negated && prev == "not", phrase, negated && germanNone(prev):
					w.deny.idea, phrase = true, true
				case verb && ok:
					w.deny.idea, verb = true, false
				}
				if clauseNegator(lower) && !denied {
					denied, verb = true, lower != "not"
				}
				soft = soft || hedge(lower)
				prev = lower
				r.words = append(r.words, w)
			}
			if soft {
				for i := lo; i < len(r.words); i++ {
					r.words[i].deny.idea = false
				}
			}
			r.clauses[si] = append(r.clauses[si], clause{text: part})
			spans = append(spans, span{lo, len(r.words)})
		}
	}
	k := 0
	for _, clauses := range r.clauses {
		for ci := range clauses {
			clauses[ci].words = r.words[spans[k].lo:spans[k].hi]
			k++
		}
	}
	return r
}

// denial is how a word's clause denies it (see read).
type denial struct {
	// word: tokenise leaves the word out, after a negator ("no whisky")
	// or anywhere in a clause after a clause negator, itself included.
	word bool
	// clause: chatter sets the word aside: after a negator, or after a
	// clause negator that "just" or "only" did not turn into an addition.
	clause bool
	idea   bool // the business is not or does not do what it names
}

// hedge words soften a clause's denial ("Not nursing exactly, more
// like...", "not quite a bakery"): it says what the business nearly is,
// not what it is not.
func hedge(w string) bool {
	switch w {
	case "exactly", "quite", "necessarily", "strictly":
		return true
	}
	return false
}

// additive words after "not" make it add rather than deny ("not just
// bikes", "not only coffee").
func additive(w string) bool {
	switch w {
	case "just", "only", "merely", "simply", "solely":
		return true
	}
	return false
}

// deniedIdeas are the business ideas a description says it is not or
// does not do ("We're not bakers", "we don't fish", "no bakery-sounding
// names"), by key.
func (lx *lexicon) deniedIdeas(r *reading) []string {
	var out []string
	for _, w := range r.words {
		if w.ok && w.deny.idea && lx.idea(w.tok) && !slices.Contains(out, w.tok.key) {
			out = append(out, w.tok.key)
		}
	}
	return out
}

// dropDenied removes what the business is not from its raw material
// ("grainoven" for an oven builder who is no baker): a denied word, the
// associations of a denied idea and those of the description's words of
// its family ("fishermen" when "we don't fish": they stay the clients),
// and the industries it triggers. The blind judges scored such names 0
// to 1.
func (a *analysis) dropDenied(lx *lexicon, denied []string) {
	if len(denied) == 0 {
		return
	}
	ideas := map[string]bool{}
	var industries []int
	for _, d := range denied {
		words, _ := lx.assoc.lookup(d)
		for _, w := range words {
			ideas[lx.matchKey(w)] = true
		}
		industries = append(industries, lx.triggers.get(d)...)
	}
	family := func(src string) bool {
		return slices.ContainsFunc(denied, func(d string) bool { return src == d || len(d) >= 4 && strings.HasPrefix(src, d) })
	}
	deniedWord := func(c concept) bool { return slices.Contains(denied, c.key) }
	a.keywords = slices.DeleteFunc(a.keywords, deniedWord)
	a.long = slices.DeleteFunc(a.long, deniedWord)
	a.assocs = slices.DeleteFunc(a.assocs, func(c concept) bool {
		return ideas[c.key] || slices.Contains(denied, c.key) || family(c.src)
	})
	for i := len(a.industries) - 1; i >= 0; i-- {
		if slices.Contains(industries, a.industries[i]) {
			a.industries = slices.Delete(a.industries, i, i+1)
			a.industryEvidence = slices.Delete(a.industryEvidence, i, i+1)
		}
	}
}

// hasOfferIdeas reports whether a word of the offer lent ideas.
func (a *analysis) hasOfferIdeas() bool {
	for _, c := range a.assocs {
		if rl, ok := a.roles[c.src]; ok && rl == roleOffer {
			return true
		}
	}
	return false
}

// subjectPronoun reports an English pronoun after which a word is a verb.
func subjectPronoun(w string) bool {
	switch w {
	case "i", "we", "they", "you":
		return true
	}
	return false
}

func (lx *lexicon) makeToken(raw string, initial bool) (token, bool) {
	if len(raw) > maxTokenLen || oddCase(raw) {
		return token{}, false
	}
	lower := strings.ToLower(raw)
	if raw[0] >= '0' && raw[0] <= '9' {
		return token{text: lower, key: lower, digits: true}, true
	}
	if lx.function.get(lower) || len(lower) < 2 {
		return token{}, false
	}
	return token{
		text:    lower,
		key:     lx.matchKey(lower),
		cap:     raw[0] >= 'A' && raw[0] <= 'Z',
		initial: initial,
	}, true
}

// nameWords are the words with which a later sentence of a description
// talks about the name rather than the business.
func nameWords(w string) bool {
	switch w {
	case "name", "names", "naming", "domain", "domains", "nom", "noms", "nombre", "nombres", "nome",
		"nomi", "namen", "avoid", "syllable", "syllables", "letters", "characters", "lettres",
		"caracteres", "letras", "buchstaben", "zeichen", "lettere", "caratteri":
		return true
	}
	return false
}

// aboutTheName reports whether a sentence is an instruction about the name.
// Besides the name words, a "word" qualified as one, single, real or English
// ("ideally a single real English word") speaks of the name: without this,
// "ideally" and "english" were offered as names.
func aboutTheName(sentence string) bool {
	word, qualified := false, false
	for raw := range asciiWords(sentence) {
		w := strings.ToLower(raw)
		if nameWords(w) {
			return true
		}
		switch w {
		case "word", "words", "mot", "mots", "palabra", "palabras", "wort", "palavra", "parola":
			word = true
		case "one", "single", "real", "english", "dictionary", "plain", "actual":
			qualified = true
		}
	}
	return word && qualified
}

// asksForName reports a description that opens with its request for a
// name and describes the business in a later sentence ("We'd love a name
// that's a two-word compound, like Dropbox. It's a moving-box rental in
// Boston."): the first sentence is then read as one about the name, not as
// the offer ("bostonlove", "compoundlift" before). A first sentence that
// only mentions a name as a thing ("hanko name seals") opens with no
// article before it and stays the offer.
func asksForName(sentences []string) bool {
	if len(sentences) < 2 || !nameRequest.Regexp().MatchString(strings.ToLower(strings.Split(sentences[0], ",")[0])) {
		return false
	}
	for _, s := range sentences[1:] {
		if strings.TrimSpace(s) != "" && !aboutTheName(s) {
			return true
		}
	}
	return false
}

// nameRequest: "a name", "the name", "a catchy rhyming name", "our domain",
// ended there or followed by what is said of it ("a name that's ...", "a
// name for ..."); "a custom name tag engraving shop" is a thing for sale.
var nameRequest = lazyregexp.New(`\b(?:a|an|the|our|my)\s+(?:[a-z'-]+\s+){0,2}(?:name|domain)s?(?:\s*$|\s*[.!?:;]|\s+(?:that|that's|which|who|for|like|with|is|to|please|ideas?|suggestions?)\b)`)

// oddCase spots tokens like "aWdub3JlIGFsbA" whose case flips more than a
// brand name's would ("iPhone", "SaaS"): typically encoded payloads.
func oddCase(s string) bool {
	flips := 0
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' {
			flips++
		}
	}
	return flips >= 2
}

// findPlaces records gazetteer places and capitalised proper nouns.
func (lx *lexicon) findPlaces(toks []token, a *analysis) {
	// In Title Case Text Every Word Is Capitalised, so capitals say nothing.
	caps, words := 0, 0
	for _, t := range toks {
		if !t.digits {
			words++
			if t.cap {
				caps++
			}
		}
	}
	titleCase := words >= 3 && caps*2 > words
	// German capitalises every noun: there a capital says a place only
	// after a word that leads to one ("in Bremen", "rund um Kassel"),
	// not in "bringen Senioren und Studierende zusammen".
	german := a.lang == "de"
	if german {
		titleCase = false
	}
	var markets []market // parallel to a.places
	add := func(word string, weight float64, mk market) {
		for _, p := range a.places {
			if p.word == word {
				return
			}
		}
		// Six, not three: a market left out below must not crowd out the
		// places after it.
		if len(a.places) < 6 && !lx.containsMark(word) {
			a.places = append(a.places, concept{word: word, key: lx.matchKey(word), weight: weight, kind: kindPlace, src: "@" + word})
			markets = append(markets, mk)
		}
	}
	// A place the business sells to makes a weaker name than where it is
	// (batches 1-17, names main made of one, 39 judged: 2.53 against 2.97
	// for other places): "europepage" 0 for pomegranate molasses boiled in
	// Goychay that the family wants to export to Europe, "tokyoherd" 1 and
	// "osloranch" 2 for sea urchins ranched in Norway. Beside the
	// business's own place, or when the goods travel to it (exported,
	// shipped, sold online: "japanoak" 1, "mumbaizing" 1, "europeherd" 1),
	// the market is no name part; a market the business serves where it
	// is stays ("glasgowpantry" 5, "karachice" 4, "surreybale" 4). Its
	// words are still consumed as a place's, not keywords.
	defer func() {
		home := slices.Contains(markets, marketNone)
		kept := a.places[:0]
		for i, p := range a.places {
			if markets[i] != marketNone {
				a.markets = append(a.markets, p.word)
				if home || markets[i] == marketFar {
					continue
				}
			}
			kept = append(kept, p)
		}
		a.places = kept[:min(len(kept), 3)]
	}()
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		matched := false
		renamed, direct := renamedPlace(toks, i)
		for _, pi := range lx.placeFirst.get(t.text) {
			p := lx.places[pi]
			if i+len(p.words) > len(toks) || (p.needsCap && (!t.cap || t.initial || titleCase)) {
				continue
			}
			ok := true
			for j, w := range p.words {
				if toks[i+j].text != w {
					ok = false
					break
				}
			}
			if ok {
				if !renamed { // "New Mexico" (see renamedPlace)
					add(p.short, 0.9, t.market)
				}
				for j := range p.words {
					a.placeTokens[toks[i+j].key] = true
				}
				i += len(p.words) - 1
				matched = true
				break
			}
		}
		if matched || !t.cap || t.initial || titleCase || t.digits || german && !germanPlacePrep(t.after) {
			continue
		}
		// A capitalised word mid-sentence that is not a known word is most
		// likely a place or a family name: both make good name parts.
		if len(t.text) >= 3 && len(t.text) <= 8 && !lx.known.get(t.text) && !lx.nonPart.get(t.text) && !nationality(t.text) &&
			lx.triggers.get(t.key) == nil && !lx.isMark(t.text) && isPartWord(t.text) {
			// A word of a place's name that is no place itself is
			// consumed all the same: nor a keyword ("vignaval",
			// "kegcounty", "kidsaturday").
			// One word of a longer proper name is no place alone (see
			// nameWord); "Lake Bohinj" and "Cebu City" are read as before.
			if !placeCommon(t.text) && lx.inProperName(toks, i) {
				a.placeTokens[t.key] = true
				// Its neighbours too: "Milton" opening a sentence, "Horizonte"
				// longer than a place word.
				if i > 0 && t.after == toks[i-1].text && lx.nameWord(toks[i-1]) {
					a.placeTokens[toks[i-1].key] = true
				}
				if i+1 < len(toks) && toks[i+1].after == t.text && lx.nameWord(toks[i+1]) {
					a.placeTokens[toks[i+1].key] = true
				}
				continue
			}
			if !placeCommon(t.text) && (!renamed || direct) { // not "New South Wales"
				add(t.text, 0.75, t.market)
			}
			a.placeTokens[t.key] = true
		}
	}
}

// nameWord reports a capitalised word that, beside another such word,
// makes one proper name with it: a word neither the lexicon nor the
// gazetteer knows ("Milton Keynes", "Luís Eduardo Magalhães", "Kuala
// Lumpur", "Belo Horizonte"). Such a name's words are consumed together and
// none is a place or keyword alone: names carrying one of them were judged
// low (keyneswim 1, miltonbike 2, luishoje 0, eduardovelha 0, belocasal 1,
// horizontia 1-2, boysrenew 1); on batches 1-19 the judged names this drops
// average relevance 2.29 (65), those it brings 2.92 (24). Well-known cities
// of two words are the gazetteer's ("Kuala Lumpur", "Abu Dhabi").
func (lx *lexicon) nameWord(t token) bool {
	return t.cap && !t.digits && len(t.text) >= 3 && !lx.known.get(t.text) && !placeCommon(t.text) &&
		lx.placeFirst.get(t.text) == nil && !nationality(t.text) && !lx.isMark(t.text) && isPartWord(t.text)
}

// inProperName reports a word of a proper name of two words or more
// that nameWord reads as one name.
func (lx *lexicon) inProperName(toks []token, i int) bool {
	t := toks[i]
	if i > 0 && t.after == toks[i-1].text && lx.nameWord(toks[i-1]) {
		return true
	}
	return i+1 < len(toks) && toks[i+1].after == t.text && !toks[i+1].initial && lx.nameWord(toks[i+1])
}

// placeCommon reports a capitalised word that is no place by itself: the
// common noun or adjective of a longer place's name ("Val di Fiemme", "Ilha
// de Moçambique", "County Clare", "the Flint Hills", "Lower Saxony", "San
// Antonio", "the Petite-Côte"). Batches 1-17 judged such parts 2.1 on
// average against 3.0 for other places (valsci 1, statescut 1, pailcounty
// 1, petitehotel 0). Words that stand alone for a place ("Porto", "Rio",
// "the Gulf", "Dar") are not listed; nor are days ("fridaymiso" 3), which
// are no places either but tell when the business opens.
func placeCommon(w string) bool {
	switch w {
	case "val", "valle", "vale", "valley", "ilha", "isla", "ile", "isle", "island", "islands", "lago", "lac", "lake", "loch",
		"monte", "mont", "mount", "costa", "coast", "sierra", "serra", "cabo", "cape", "punta", "ponta", "bay", "baia",
		"san", "santa", "santo", "sao", "saint", "sainte", "fort", "county", "hills", "mountains", "forest", "park",
		"levels", "dales", "broads", "plains", "states", "nations", "council", "metro", "city", "ciudad", "cidade",
		"region", "district", "province", "feria", "anti",
		"lower", "upper", "outer", "inner", "middle", "north", "south", "east", "west", "northern", "southern",
		"eastern", "western", "central", "new", "old", "great", "greater", "little", "petite", "petit", "grand",
		"grande", "haut", "haute", "bas", "basse", "nova", "novo", "nueva", "nuevo":
		return true
	}
	return false
}

// renamedPlace reports a word that ends a place's name whose first word
// is "New" (or "Nova", "Nueva"...): renamed when it follows that word,
// direct when right after it. Such a word alone puts the business in
// another place when it is a place by itself, known to the gazetteer ("New
// Mexico" is not Mexico), or a place's part after a compass word ("New
// South Wales" is not Wales): batches 1-18 judged names carrying it 1.7 for
// relevance (29 names: mexicocycle 0, walesprout 1, mexicourse 2) against
// 2.5 for every name with a place of its description. findPlaces drops it
// as a place but still consumes it, so it becomes no keyword either, and
// the description's town ("Taos", "Hatch") is the place names carry. A
// word that is no place alone is read with its "New" and stays ("Zealand",
// "Scotia", "Orleans": 2.8 over 24 names, zealandirt 4, scotiaflow 3).
func renamedPlace(toks []token, i int) (renamed, direct bool) {
	for j := i - 1; j >= 0 && toks[j].cap && toks[j+1].after == toks[j].text; j-- {
		switch toks[j].text {
		case "new", "nova", "novo", "nueva", "nuevo", "nouvelle", "nouveau", "neu", "neue":
			return true, j == i-1
		}
		if !placeCommon(toks[j].text) { // "New South Wales"
			return false, false
		}
	}
	return false, false
}

// germanPlacePrep reports a German word after which a capitalised word
// is a place.
func germanPlacePrep(w string) bool {
	switch w {
	case "in", "im", "aus", "um", "bei", "nach", "nahe", "auf", "von", "vom", "ab", "bis", "zwischen":
		return true
	}
	return false
}

// nationality reports whether a capitalised word reads as a people's
// adjective ("Croatian coast", "European banks", "Scottish Highlands"): a
// detail, not a place a name can carry ("croatianlodge").
func nationality(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range []string{"ian", "ean", "ish", "ese"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var (
	sentenceSplit = lazyregexp.New(`[.!?;:\n\r]+`)

	// injection matches text that addresses the model rather than describes
	// a business. Matching clauses are dropped before any word is used.
	injection = lazyregexp.New(strings.Join([]string{
		`\b(?:ignore|disregard|forget|override|bypass)\b.{0,40}\b(?:instructions?|rules|prompts?|guidelines|directions|directives|above|previous|prior|earlier|everything|context|constraints)\b`,
		`\b(?:system|developer|hidden|initial|original|secret)\s+(?:prompt|message|instructions?|rules)\b`,
		`\b(?:reveal|print|output|show|repeat|leak|display|dump|tell me|give me|what is|what's)\b.{0,30}\b(?:prompt|instructions?|api[ -]?keys?|passwords?|secrets?|credentials|configuration|config|env)\b`,
		`\byou are now\b|\bfrom now on\b|\bact as\b|\bpretend (?:to be|you)\b|\broleplay\b|\bjailbreak|\bdan mode\b|\bdeveloper mode\b|\bdo anything now\b`,
		`\b(?:rate|score|grade|judge)\s+(?:all|every|each|them|these|this|it|the names?|the suggestions?)\b`,
		`\b(?:give|assign|award)\b.{0,20}\b(?:score|rating|grade|points?|stars?)\b`,
		`\b(?:run|execute|exec|eval)\b.{0,20}\b(?:command|shell|script|code|this)\b`,
		// curl is also a word ("learn-to-curl nights", "curl cream"): only a
		// flag, a URL or a host after it makes it the command.
		`\brm\s+-rf\b|\bsudo\b|\bcurl\s+(?:-|[a-z]+://|[a-z0-9-]+\.[a-z0-9.-]+)|\bwget\s|\bchmod\b|/etc/passwd|\bpowershell\b|\bbash\s+-c\b`,
		`^\s*(?:system|assistant|user|developer)\s*$`,
		`<\|?/?(?:im_start|im_end|system|assistant|user)|\[/?inst\]|###|` + "```",
		`\b(?:give|generate|list|output|return|suggest|write|produce)\b.{0,25}\b\d{2,}\b.{0,15}\b(?:names|domains|suggestions|items|entries)\b`,
		`\bbase64\b|\brot13\b|\bhex[- ]?encoded\b`,
		`\b(?:respond|reply|answer)\s+(?:only\s+)?(?:with|in)\b`,
		`\b(?:output|print|return)\s+(?:only|just|exactly|the following|this)\b`,
	}, "|"))
)

// injectionNeeds lists, for each alternative of injection, the words of
// which it needs at least one from every group: a clause without them
// cannot match, so mayInject spares the regexp (the costliest step of a
// call) on ordinary descriptions. Keep it in step with injection;
// TestMayInjectNeverHidesAMatch checks it.
var injectionNeeds = [][][]string{
	{{"ignore", "disregard", "forget", "override", "bypass"}, {"instruction", "rules", "prompt", "guidelines", "directions", "directives", "above", "previous", "prior", "earlier", "everything", "context", "constraints"}},
	{{"system", "developer", "hidden", "initial", "original", "secret"}, {"prompt", "message", "instruction", "rules"}},
	{{"reveal", "print", "output", "show", "repeat", "leak", "display", "dump", "tell me", "give me", "what is", "what's"}, {"prompt", "instruction", "api", "password", "secret", "credentials", "config", "env"}},
	{{"you are now", "from now on", "act as", "pretend ", "roleplay", "jailbreak", "dan mode", "developer mode", "do anything now"}},
	{{"rate", "score", "grade", "judge"}},
	{{"give", "assign", "award"}, {"score", "rating", "grade", "point", "star"}},
	{{"run", "exec", "eval"}, {"command", "shell", "script", "code", "this"}},
	{{"-rf", "sudo", "curl", "wget", "chmod", "/etc/passwd", "powershell", "bash"}},
	{{"system", "assistant", "user", "developer"}},
	{{"<", "inst]", "###", "```"}},
	{{"give", "generate", "list", "output", "return", "suggest", "write", "produce"}, {"names", "domains", "suggestions", "items", "entries"}},
	{{"base64", "rot13", "hex"}},
	{{"respond", "reply", "answer"}},
	{{"output", "print", "return"}, {"only", "just", "exactly", "the following", "this"}},
}

// mayInject reports whether the lower-cased clause could match injection.
func mayInject(lc string) bool {
	for _, alt := range injectionNeeds {
		ok := true
		for _, group := range alt {
			if !containsAny(lc, group) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// asciiWords yields the runs of ASCII letters and the runs of digits in s,
// in order (what the regexp [A-Za-z]+|[0-9]+ finds, without its cost),
// except digits written straight after a letter.
func asciiWords(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i < len(s); {
			j := i
			switch {
			case isASCIILetter(s[i]):
				for j < len(s) && isASCIILetter(s[j]) {
					j++
				}
				if j-i == 3 && strings.EqualFold(s[i:j], "non") && j+1 < len(s) && s[j] == '-' && isASCIILetter(s[j+1]) {
					// "non-profit" is one word, nonprofit, not "non"
					// (Italian grammar) and "profit" ("nevadaprofit").
					k := j + 1
					for k < len(s) && isASCIILetter(s[k]) {
						k++
					}
					if !yield(s[i:j] + s[j+1:k]) {
						return
					}
					i = k
					continue
				}
			case s[i] >= '0' && s[i] <= '9':
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				if i > 0 && isASCIILetter(s[i-1]) {
					// "B2B", "H0 scale", "mp3": part of a code, not a
					// number the business is known by.
					i = j
					continue
				}
			default:
				i++
				continue
			}
			if !yield(s[i:j]) {
				return
			}
			i = j
		}
	}
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// fold maps text to ASCII: Latin letters lose their diacritics (é→e, ß→ss),
// sentence punctuation survives, and letters of other scripts become spaces
// because there is no faithful way to spell them in a domain label.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFKD.String(s) {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
		case r == 'ß':
			b.WriteString("ss")
		case r == 'æ':
			b.WriteString("ae")
		case r == 'Æ':
			b.WriteString("Ae")
		case r == 'œ':
			b.WriteString("oe")
		case r == 'Œ':
			b.WriteString("Oe")
		case r == 'ø':
			b.WriteByte('o')
		case r == 'Ø':
			b.WriteByte('O')
		case r == 'ł':
			b.WriteByte('l')
		case r == 'Ł':
			b.WriteByte('L')
		case r == 'đ', r == 'ð':
			b.WriteByte('d')
		case r == 'þ':
			b.WriteString("th")
		case r == 'ı':
			b.WriteByte('i')
		case r == '。', r == '！', r == '？', r == '؟', r == '।':
			b.WriteByte('.')
		case r == '、', r == '，', r == '،':
			b.WriteByte(',')
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// Stemming is deliberately light: it only needs to make "bakeries",
// "bakery", "baking" and "bake" meet, and to give back a word a person would
// recognise inside a name.

func irregular(w string) (string, bool) {
	switch w {
	case "loaves":
		return "loaf", true
	case "knives":
		return "knife", true
	case "leaves":
		return "leaf", true
	case "wolves":
		return "wolf", true
	case "shelves":
		return "shelf", true
	case "calves":
		return "calf", true
	case "halves":
		return "half", true
	case "lives":
		return "life", true
	case "wives":
		return "wife", true
	case "women":
		return "woman", true
	case "men":
		return "man", true
	case "children":
		return "child", true
	case "people":
		return "person", true
	case "teeth":
		return "tooth", true
	case "feet":
		return "foot", true
	case "mice":
		return "mouse", true
	case "geese":
		return "goose", true
	case "cookies":
		return "cookie", true
	case "movies":
		return "movie", true
	case "smoothies":
		return "smoothie", true
	case "brownies":
		return "brownie", true
	case "goodies":
		return "goodie", true
	case "calories":
		return "calorie", true
	case "selfies":
		return "selfie", true
	case "clothes":
		return "clothes", true
	case "news":
		return "news", true
	case "series":
		return "series", true
	case "species":
		return "species", true
	case "wedding", "weddings":
		return "wedding", true
	case "pudding":
		return "pudding", true
	case "dumpling", "dumplings":
		return "dumpling", true // not "dumple": a one-real-word list offered "dumplebar"
	case "duckling", "ducklings":
		return "duckling", true
	case "sapling", "saplings":
		return "sapling", true
	case "ceiling":
		return "ceiling", true
	case "morning":
		return "morning", true
	case "evening":
		return "evening", true
	case "spring":
		return "spring", true
	case "string":
		return "string", true
	case "during":
		return "during", true
	case "nothing":
		return "nothing", true
	case "something":
		return "something", true
	case "everything":
		return "everything", true
	case "anything":
		return "anything", true
	case "bedding":
		return "bedding", true
	case "lightning":
		return "lightning", true
	case "booking", "bookings":
		return "booking", true
	case "watching":
		return "watching", true
	case "building", "buildings":
		return "building", true
	case "clothing":
		return "clothing", true
	case "catering":
		return "catering", true
	}
	return "", false
}

func keepS(w string) bool {
	switch w {
	case "atlas", "canvas", "texas", "vegas", "christmas", "pilates", "lens", "always", "perhaps",
		"chaos", "kudos", "yes", "thanks", "aloes", "oasis", "hummus", "citrus", "cactus", "lotus",
		"octopus", "analytics", "physics", "athletics", "logistics", "electronics", "cosmetics",
		"robotics", "ethics", "mathematics", "economics", "aerobics", "graphics", "esports":
		return true
	}
	return false
}

// stem returns a readable base form of a lower-case word.
func (lx *lexicon) stem(w string) string {
	if s, ok := irregular(w); ok {
		return s
	}
	n := len(w)
	if n <= 3 || keepS(w) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "men") && n > 5:
		return w[:n-3] + "man" // "handymen", "fishermen"
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:n-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:n-2]
	case strings.HasSuffix(w, "s"):
		return w[:n-1]
	case strings.HasSuffix(w, "ing") && n > 5:
		return lx.restore(w, w[:n-3])
	case strings.HasSuffix(w, "ied") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ed") && n > 4 && w[n-3] != 'e':
		return lx.restore(w, w[:n-2])
	}
	return w
}

// restore turns the base left by removing -ing/-ed into a word: it prefers a
// form the lexicon knows ("bak" → "bake"), then undoubles a final consonant
// ("runn" → "run"), then adds back a silent e after short or soft endings.
func (lx *lexicon) restore(orig, base string) string {
	if !hasVowel(base) {
		return orig // "string", "spring": not an inflection
	}
	for _, c := range []string{base, base + "e"} {
		if lx.known.get(c) {
			return c
		}
	}
	n := len(base)
	if n >= 3 && base[n-1] == base[n-2] && !isVowel(base[n-1]) && !strings.ContainsRune("lsfz", rune(base[n-1])) {
		return base[:n-1]
	}
	last := base[n-1]
	switch {
	case strings.ContainsRune("cvu", rune(last)),
		last == 'g' && n >= 2 && base[n-2] != 'n',
		last == 'z' && n >= 2 && isVowel(base[n-2]):
		return base + "e"
	case last == 'r' && n >= 4 && base[n-2] == 'i':
		return base + "e" // "retir" → "retire", "rewir" → "rewire"
	case last == 'l' && n >= 4 && strings.IndexByte("bcdfgkptz", base[n-2]) >= 0:
		return base + "e" // "handl" → "handle", "bubbl" → "bubble"
	case n <= 4 && n >= 3 && !isVowel(last) && isVowel(base[n-2]) && !isVowel(base[n-3]) && !strings.ContainsRune("wxy", rune(last)):
		return base + "e"
	}
	return base
}

// matchKey folds a word to the key used for matching: the stem without a
// final silent e, so "bake", "baking" and "baked" all become "bak".
func (lx *lexicon) matchKey(w string) string {
	if lx.ingHeads.get(w) {
		return w
	}
	if b, ok := strings.CutSuffix(w, "s"); ok && lx.ingHeads.get(b) {
		return b // "markings", "bookings"
	}
	s := lx.stem(w)
	if len(s) > 3 && s[len(s)-1] == 'e' {
		return s[:len(s)-1]
	}
	return s
}

// readable is the form of a description word used inside names.
func (lx *lexicon) readable(w string) string {
	return lx.stem(w)
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

func hasVowel(s string) bool {
	for i := 0; i < len(s); i++ {
		if isVowel(s[i]) || (i > 0 && s[i] == 'y') {
			return true
		}
	}
	return false
}

// marketReader reads, word by word through one sentence, where the
// business sells rather than where it is: the phrase after "to", "into",
// "across" or "throughout" once a verb of selling, exporting, shipping,
// supplying or delivering has been read ("we export to Europe", "sell the
// roe to sushi restaurants in Oslo and Tokyo", "shipped across Canada"),
// and the place of its customers ("buyers in Europe", "restaurants in
// Madrid"). The phrase ends with the sentence or at a word that goes back
// to the business itself ("from", "based", "our", "we"). The verbs and
// prepositions of the other languages open it too (see
// foreignSellingVerb). See findPlaces for what a market place is worth.
type marketReader struct {
	selling bool // a verb of selling has been read, its destination not yet
	// foreign: the verb was French, Spanish, Portuguese, Italian or
	// German, so that language's prepositions open the market ("vendemos
	// a tiendas de Puebla"); English "a" stays an article.
	foreign bool
	open    bool // the words read are the market's
	// far: the goods travel (exported, shipped, sold online), so the
	// market is no place the business works in.
	far bool
	// customers counts down the words after a customer noun within which
	// "in" or "across" opens the market ("clients are in Berlin").
	customers int
}

// market is how a word belongs to a market phrase (see marketReader).
type market uint8

const (
	marketNone market = iota
	marketNear        // customers the business serves where they are
	marketFar         // a place its goods are exported, shipped or sold online to
)

// read takes the next word (lower case) and tells whether it is a word of
// the market phrase.
func (m *marketReader) read(w string) market {
	if farTrade(w) {
		m.far = true
	}
	switch {
	case homeCue(w):
		*m = marketReader{}
		return marketNone
	case ownCue(w):
		// "from our farm", "near our workshop": the business's own place,
		// though the goods may still go somewhere ("we export our nuts
		// from Limpopo to buyers in Europe"). A foreign preposition is
		// too common to reopen it: "vendemos en nuestra finca en Chiapas"
		// is sold where it is made.
		m.open, m.customers, m.foreign = false, 0, false
		return marketNone
	case m.open && m.far:
		return marketFar
	case m.open:
		return marketNear
	case sellingVerb(w):
		m.selling = true
	case foreignSellingVerb(w):
		m.selling, m.foreign = true, true
	case m.foreign && foreignMarketPrep(w):
		m.open = true
		return marketNone
	case customerNoun(w):
		m.customers = 3
		return marketNone
	case m.selling && (w == "to" || w == "into" || w == "across" || w == "throughout"):
		m.open = true
		return marketNone
	case m.customers > 0 && (w == "in" || w == "across" || w == "throughout" || w == "around"):
		m.open = true
		return marketNone
	}
	if m.customers > 0 {
		m.customers--
	}
	return marketNone
}

// farTrade reports a word that sends goods away from where the business
// is: "export", "ship", "online".
func farTrade(w string) bool {
	switch w {
	case "export", "exports", "exporting", "exported", "exporter", "exporters", "ship", "ships", "shipped", "shipping",
		"online", "abroad", "overseas":
		return true
	}
	return false
}

// sellingVerb reports an English verb of selling a business's goods to
// somewhere else.
func sellingVerb(w string) bool {
	switch w {
	case "sell", "sells", "selling", "sold", "export", "exports", "exporting", "exported", "ship", "ships", "shipped",
		"shipping", "supply", "supplies", "supplying", "supplied", "deliver", "delivers", "delivering", "delivered",
		"distribute", "distributes", "distributing", "distributed", "wholesale":
		return true
	}
	return false
}

// foreignSellingVerb reports a French, Spanish, Portuguese, Italian or
// German verb of selling or exporting, read like sellingVerb: the place
// after it is where the goods go, not where the business is. Batches 1-18
// judged names carrying a place after such a verb in its sentence 1.6 for
// relevance (43 names: saopaulomar 0 for cashew sweets made in Ceará,
// parisautre 0 for rice-sack bags sewn in Dakar, limapapa 2, pueblamilpa
// 2) against 2.5 for every name with a place of its description.
func foreignSellingVerb(w string) bool {
	switch w {
	case "vendemos", "vendo", "vende", "venden", "vendem", "vender", "vendidos", "vendidas", "vendido", "vendida",
		"vend", "vends", "vendons", "vendez", "vendent", "vendre", "vendus", "vendues",
		"vendiamo", "vendono", "vendere", "venduti", "vendute",
		"verkaufen", "verkauft", "verkaufe",
		"exportamos", "exportar", "exporta", "exportons", "exporte", "exportent", "esportiamo", "esporta", "exportieren",
		"enviamos", "expedions", "envoyons", "spediamo", "liefern", "versenden":
		return true
	}
	return false
}

// foreignMarketPrep reports a French, Spanish, Portuguese, Italian or
// German preposition that, after a foreign verb of selling, leads to the
// goods' destination ("a", "aux", "para", "em", "nach").
func foreignMarketPrep(w string) bool {
	switch w {
	case "a", "au", "aux", "para", "pra", "en", "em", "ai", "al", "alla", "alle", "agli", "nach", "an", "in":
		return true
	}
	return false
}

// customerNoun reports a word for a business's buyers, after which a
// place is where they are ("buyers in Europe", "restaurants in Madrid").
func customerNoun(w string) bool {
	switch w {
	case "buyers", "customers", "clients", "importers", "restaurants", "chefs", "hotels", "shops", "stores",
		"retailers", "delis", "grocers", "florists", "wholesalers", "distributors", "boutiques", "consumers":
		return true
	}
	return false
}

// homeCue reports a word after which a sentence speaks of the business
// itself again, not of its market: "we" do, "based" or "headquartered" in
// a town.
func homeCue(w string) bool {
	switch w {
	case "based", "headquartered", "located", "we", "i", "where":
		return true
	}
	return false
}

// ownCue reports a word that ends a market phrase with the business's own
// things: "from" its farm, "our" workshop.
func ownCue(w string) bool {
	switch w {
	case "from", "my",
		// The same after a foreign verb of selling ("vendemos en nuestra
		// tienda de Cusco", "depuis notre atelier").
		"desde", "depuis":
		return true
	}
	return ourPossessive(w)
}
