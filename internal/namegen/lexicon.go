package namegen

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/domainyours/domainyours/internal/domain"
)

// The lexicon is plain text so that people can review and extend the taste
// of the generator without touching code; each file explains its format.
// go generate parses it (parseLexicon, with every check below) into
// lexicon_tables.go, so a process builds the tables without parsing text:
// parsing was a third of a suggest process's CPU. TestLexiconTables fails
// when the tables are stale.
//
//go:generate go test -run ^TestLexiconTables$ -update .

// Bounds the lexicon loader enforces, so a careless edit fails at New (and in
// tests) instead of producing odd names.
const (
	minIndustryWords = 8
	maxIndustryWords = 20
	minIndustries    = 150
	maxPartLen       = 12 // longest lexicon word accepted as a name part
)

type industry struct {
	id       string
	words    []string
	register string // the tone of the industry's affixes, e.g. "food"; "" for any
}

type affix struct {
	text      string
	weight    float64
	registers []string // industries' registers it suits; none means any
}

// suits reports whether the affix fits a register ("" accepts only
// untagged, all-purpose affixes).
func (af affix) suits(register string) bool {
	if len(af.registers) == 0 {
		return true
	}
	for _, r := range af.registers {
		if r == register {
			return true
		}
	}
	return false
}

type place struct {
	words    []string // lower-case words of the full name, e.g. ["new", "york"]
	short    string   // form used inside names
	needsCap bool     // only counts when capitalised in the description
}

type lexicon struct {
	industries []industry
	// triggers maps a match key (see matchKey) to the industries it signals;
	// pairs maps "key1 key2" for two-word triggers.
	triggers table[[]int]
	pairs    table[[]int]
	// weak holds the keys of triggers that are ambiguous alone ("pilot",
	// "program"): they count for an industry only with corroboration.
	weak table[bool]
	// wordIndustries maps the key of an evocative word to its industries:
	// a description that says "loaves" leans towards bakery even without
	// the word "bakery".
	wordIndustries table[[]int]

	// assoc maps the key of a description word (or "key1 key2" for a
	// multi-word unit such as "pilot car") to what a namer brainstorms
	// from it, best first.
	assoc      table[[]string]
	assocPairs table[[]string]
	// numbers maps the key of a word to numbers that mean something next
	// to it ("refill" → 360), for descriptions that ask for a number.
	numbers table[[]string]
	// boundNumbers count something of their words ("4" paws, "9" lives):
	// they go only next to those words, not beside any word of the business.
	boundNumbers table[bool]

	modifiers []string
	generic   []string
	// genericLang holds [generic]'s nouns in the other languages, by
	// language ("fr", "es", "pt", "it", "de").
	genericLang table[[]string]
	// vague are associations that suit almost any business ("hope",
	// "spark"): they weigh less than the specific ones.
	vague    table[bool]
	blends   []string
	suffixes []affix
	prefixes []affix

	places     []place
	placeFirst table[[]int] // first word of a place -> indexes into places

	function table[bool] // grammar words: dropped entirely
	// langFunction maps the grammar words of French, Spanish, German,
	// Portuguese and Italian to their language, to tell which language a
	// description is written in.
	langFunction table[[]string]
	// langStop holds the grammar words of those five languages from
	// Snowball's stop word lists (snowball.txt): never a name part in a
	// description written in one of them, but English descriptions and
	// language detection leave them alone ("sea", "will", "era").
	langStop table[bool]
	modifier table[bool] // words that qualify the offer: they weigh less
	format   table[bool] // keys of format words ("class", "workshop"): no ideas of their own
	// senses maps a word's key to its other senses: the context that
	// selects one and the associations that then replace the usual ones.
	senses table[[]sense]
	// borrowed maps the key of an ambiguous word to the lines it heads
	// after another head ("nightclub, club, dj: beat bass neon"): their
	// ideas belong to that other head's sense, and the description must
	// say so before the word lends them (see analysis.unborrowed). A
	// sense's context is the keys of the line's other heads and ideas.
	borrowed table[[]sense]
	// assocLang is the language of a head's associations ("" for English).
	assocLang table[string]
	// assocIn holds the associations of heads written in another language
	// than English under "lang:key" (and "lang:key1 key2" for units): the
	// Portuguese "contabilidade" and the Spanish "contabilidad" share a key
	// (see matchKey), and a Portuguese description must get conta, not
	// cuenta.
	assocIn table[[]string]
	// transIn maps "lang:key" of a word of French, Spanish, German,
	// Portuguese or Italian to the key of the English head it translates
	// (bilingual.txt): "it:fisarmonica" → accordion, so the offer noun of a
	// description in that language lends the ideas its own language's
	// lines lack. transOut maps "lang:idea" of an English idea to how lang
	// writes it ("it:bellows" → mantice), so those ideas reach the name in
	// the description's language.
	transIn  table[string]
	transOut table[string]
	nonPart  table[bool] // meta, constraint and filler words: never a name part
	markSet  table[bool]
	markLens []int       // distinct lengths of the marks, for containsMark
	known    table[bool] // every word the lexicon knows, for stemming and novelty
	// eKeys are the keys that came from a head or trigger ending in a
	// silent e ("bake" → "bak"), plainKeys those from any other head or
	// trigger; see sameIdea.
	eKeys, plainKeys table[bool]
	// ingHeads are the heads and triggers written as an -ing noun
	// ("marketing", "running", "hiring", "dating"): each is a key of its
	// own (see matchKey), so "market", "run", "hire" and "date" do not
	// get the ideas of the trade named by the -ing word.
	ingHeads table[bool]
	// ingVerb maps the base of an -ing head to the head ("teach" →
	// "teaching"): after "we" or "I" the base is the trade's verb.
	ingVerb table[string]
}

// noteEForm records that head, whose key is k, ends in a silent e.
func (lx *lexicon) noteEForm(head, k string) {
	if lx.eKeys.m == nil {
		lx.eKeys.m, lx.plainKeys.m = map[string]bool{}, map[string]bool{}
	}
	if s := lx.stem(head); len(s) > 3 && strings.HasSuffix(s, "e") && s[:len(s)-1] == k {
		lx.eKeys.m[k] = true
	} else {
		lx.plainKeys.m[k] = true
	}
}

// noteIngHeads collects the English heads of associations.txt and the
// triggers of industries.txt that end in -ing, before anything calls
// matchKey. The stemmer reads "marketing" as "market" and "hiring" as
// "hire": the ideas of the marketing line (spark, buzz, signal) went to
// market stalls and traders, those of recruitment to plant hire, those of
// running to "we run a bakery". An -ing trade is a word of its own; a
// line that means the base as well names it ("tutor, tutoring").
func (lx *lexicon) noteIngHeads(assoc, industries []byte) {
	lx.ingHeads.m = map[string]bool{}
	same := map[string]bool{} // -ing words a line lists with their base
	note := func(words []string) {
		for _, w := range words {
			w = strings.TrimPrefix(strings.TrimSpace(w), "~")
			if len(w) <= 5 || !strings.HasSuffix(w, "ing") || !isHeadWord(w) {
				continue
			}
			lx.ingHeads.m[w] = true
			if slices.ContainsFunc(words, func(o string) bool { return baseOfIng(w, strings.TrimPrefix(strings.TrimSpace(o), "~")) }) {
				same[w] = true // "dance, dancing", "landscaping, landscape"
			}
		}
	}
	english := true
	_ = eachLine(assoc, func(_ int, text string) error {
		if l, ok := strings.CutPrefix(text, "@"); ok {
			l = strings.TrimSuffix(strings.TrimSpace(l), " own")
			english = l == "en"
			return nil
		}
		if head, _, ok := strings.Cut(text, ":"); ok && english {
			note(strings.Split(head, ","))
		}
		return nil
	})
	_ = eachLine(industries, func(_ int, text string) error {
		if cols := strings.Split(text, "|"); len(cols) >= 2 {
			note(strings.Fields(cols[1]))
		}
		return nil
	})
	for w := range same {
		delete(lx.ingHeads.m, w)
	}
	lx.ingVerb.m = map[string]string{}
	for w := range lx.ingHeads.m {
		b := strings.TrimSuffix(w, "ing")
		forms := []string{b, b + "e", b + "s", b + "es"}
		if n := len(b); b[n-1] == b[n-2] {
			forms = append(forms, b[:n-1], b[:n-1]+"s")
		}
		for _, f := range forms {
			if o, ok := lx.ingVerb.m[f]; !ok || w < o {
				lx.ingVerb.m[f] = w // one head per base, the same on every run
			}
		}
	}
}

// baseOfIng reports whether o is the base of the -ing word w, or one of its
// plurals: "dance" of "dancing", "landscapes" of "landscaping", "ship" of
// "shipping".
func baseOfIng(w, o string) bool {
	b := strings.TrimSuffix(w, "ing")
	o = strings.TrimSuffix(o, "s")
	if o == b || o == b+"e" || strings.TrimSuffix(o, "e") == b {
		return true
	}
	n := len(b)
	return n >= 3 && b[n-1] == b[n-2] && o == b[:n-1]
}

// sameIdea reports whether word may use the ideas filed under key. matchKey
// drops a final e so that "bake", "baked" and "baking" meet, which also
// folds "care" onto "car", "hope" onto "hop" and "pine" onto "pin": a word
// ending in e matches only a key that some e-form head of the lexicon made,
// and a word without the e only a key some head without it made.
func (lx *lexicon) sameIdea(key, word string) bool {
	s := lx.stem(word)
	if len(s) > 3 && strings.HasSuffix(s, "e") && s[:len(s)-1] == key {
		return lx.eKeys.get(key)
	}
	// And the other way round: German "wir" is no "wire".
	return !lx.eKeys.get(key) || lx.plainKeys.get(key) || s != key
}

// parseLexicon builds a lexicon from file contents keyed by file name: go
// generate renders its result as lexicon_tables.go, and tests feed it
// deliberately broken files.
func parseLexicon(files map[string][]byte) (*lexicon, error) {
	// The big maps are sized for today's lexicon (a hint, not a limit): a map
	// filled from empty rehashes every entry each time it grows. freeze turns
	// them into static tables at the end.
	lx := &lexicon{
		triggers:       table[[]int]{m: make(map[string][]int, 1024)},
		pairs:          table[[]int]{m: map[string][]int{}},
		weak:           table[bool]{m: map[string]bool{}},
		assoc:          table[[]string]{m: make(map[string][]string, 1536)},
		assocPairs:     table[[]string]{m: make(map[string][]string, 256)},
		numbers:        table[[]string]{m: map[string][]string{}},
		boundNumbers:   table[bool]{m: map[string]bool{}},
		wordIndustries: table[[]int]{m: make(map[string][]int, 1280)},
		placeFirst:     table[[]int]{m: make(map[string][]int, 256)},
		function:       table[bool]{m: make(map[string]bool, 384)},
		langFunction:   table[[]string]{m: map[string][]string{}},
		langStop:       table[bool]{m: make(map[string]bool, 1024)},
		modifier:       table[bool]{m: map[string]bool{}},
		assocLang:      table[string]{m: make(map[string]string, 1792)},
		assocIn:        table[[]string]{m: make(map[string][]string, 512)},
		nonPart:        table[bool]{m: make(map[string]bool, 384)},
		known:          table[bool]{m: make(map[string]bool, 3072)},
	}
	lx.noteIngHeads(files["associations.txt"], files["industries.txt"])
	sections, err := parseSections("words.txt", files["words.txt"])
	if err != nil {
		return nil, err
	}
	lx.modifiers = dedupe(sections["modifiers"])
	lx.generic = dedupe(sections["generic"])
	lx.blends = dedupe(sections["blends"])
	lx.vague.m = make(map[string]bool, len(sections["vague"]))
	for _, w := range sections["vague"] {
		lx.vague.m[w] = true
	}
	for _, name := range []string{"modifiers", "generic", "blends"} {
		if len(sections[name]) == 0 {
			return nil, fmt.Errorf("namegen: lexicon words.txt has no [%s] words; restore the section", name)
		}
	}
	lx.genericLang.m = map[string][]string{}
	for _, lang := range []string{"fr", "es", "pt", "it", "de"} {
		ws := dedupe(sections["generic-"+lang])
		if len(ws) == 0 {
			return nil, fmt.Errorf("namegen: lexicon words.txt has no [generic-%s] words; restore the section", lang)
		}
		for _, w := range ws {
			if !isPartWord(w) {
				return nil, fmt.Errorf("namegen: lexicon words.txt: %q must be 2 to %d letters a-z", w, maxPartLen)
			}
		}
		lx.genericLang.m[lang] = ws
	}
	stop, err := parseSections("stopwords.txt", files["stopwords.txt"])
	if err != nil {
		return nil, err
	}
	for _, w := range stop["function"] {
		lx.function.m[w] = true
	}
	for _, lang := range []string{"fr", "es", "de", "pt", "it"} {
		for _, w := range stop[lang] {
			// Words English shares ("no", "im") say nothing about the language.
			if !lx.function.m[w] {
				lx.langFunction.m[w] = append(lx.langFunction.m[w], lang)
			}
		}
	}
	for w := range lx.langFunction.m {
		lx.function.m[w] = true
	}
	snow, err := parseSections("snowball.txt", files["snowball.txt"])
	if err != nil {
		return nil, err
	}
	for _, lang := range []string{"fr", "es", "pt", "it", "de"} {
		if len(snow[lang]) == 0 {
			return nil, fmt.Errorf("namegen: lexicon snowball.txt has no [%s] words; restore the section", lang)
		}
		for _, w := range snow[lang] {
			lx.langStop.m[w] = true
		}
	}
	for _, w := range stop["foreign"] {
		lx.langStop.m[w] = true
	}
	for _, w := range stop["modifier"] {
		lx.modifier.m[w] = true
	}
	lx.format.m = make(map[string]bool, len(stop["format"]))
	for _, w := range stop["format"] {
		lx.modifier.m[w] = true
		lx.format.m[lx.matchKey(w)] = true
	}
	for _, sec := range []string{"meta", "constraint", "number", "direction"} {
		for _, w := range stop[sec] {
			lx.nonPart.m[w] = true
		}
	}
	for _, w := range listWords(files["bland.txt"]) {
		lx.nonPart.m[w] = true
	}
	lx.markSet.m = map[string]bool{}
	// The marks are internal/domain's, which checks every backend's names
	// against them; here they become a static table for the hot loop.
	for _, m := range domain.Marks() {
		if !lx.markSet.m[m] {
			lx.markSet.m[m] = true
			lx.markLens = appendUnique(lx.markLens, len(m))
		}
	}
	sort.Ints(lx.markLens)

	type rawIndustry struct {
		id       string
		triggers []string
		words    []string
		register string
		line     int
	}
	var raws []rawIndustry
	register := ""
	err = eachLine(files["industries.txt"], func(line int, text string) error {
		if r, ok := strings.CutPrefix(text, "@"); ok {
			register = strings.TrimSpace(r)
			return nil
		}
		cols := strings.Split(text, "|")
		if len(cols) != 3 {
			return fmt.Errorf("namegen: lexicon industries.txt:%d: want \"id | triggers | words\", got %d columns", line, len(cols))
		}
		r := rawIndustry{id: strings.TrimSpace(cols[0]), triggers: strings.Fields(cols[1]), words: dedupe(strings.Fields(cols[2])), register: register, line: line}
		if r.id == "" || len(r.triggers) == 0 {
			return fmt.Errorf("namegen: lexicon industries.txt:%d: an industry needs an id and at least one trigger", line)
		}
		if n := len(r.words); n < minIndustryWords || n > maxIndustryWords {
			return fmt.Errorf("namegen: lexicon industries.txt:%d: industry %q has %d distinct words; give it %d to %d", line, r.id, n, minIndustryWords, maxIndustryWords)
		}
		for _, w := range r.words {
			if !isPartWord(w) {
				return fmt.Errorf("namegen: lexicon industries.txt:%d: word %q must be 2 to %d letters a-z", line, w, maxPartLen)
			}
		}
		raws = append(raws, r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(raws) < minIndustries {
		return nil, fmt.Errorf("namegen: lexicon industries.txt has %d industries; at least %d are required", len(raws), minIndustries)
	}

	// Known words first: the stemmer consults them to pick readable stems.
	for _, r := range raws {
		for _, t := range r.triggers {
			for _, p := range strings.Split(strings.TrimPrefix(t, "~"), "+") {
				lx.known.m[p] = true
			}
		}
		for _, w := range r.words {
			lx.known.m[w] = true
		}
	}
	for _, list := range [][]string{lx.modifiers, lx.generic, lx.blends} {
		for _, w := range list {
			if !isPartWord(w) {
				return nil, fmt.Errorf("namegen: lexicon words.txt: %q must be 2 to %d letters a-z", w, maxPartLen)
			}
			lx.known.m[w] = true
		}
	}

	ids := map[string]bool{}
	for i, r := range raws {
		if ids[r.id] {
			return nil, fmt.Errorf("namegen: lexicon industries.txt:%d: industry id %q is used twice", r.line, r.id)
		}
		ids[r.id] = true
		lx.industries = append(lx.industries, industry{id: r.id, words: r.words, register: r.register})
		for _, t := range r.triggers {
			weak := strings.HasPrefix(t, "~")
			t = strings.TrimPrefix(t, "~")
			if a, b, ok := strings.Cut(t, "+"); ok {
				k := lx.matchKey(a) + " " + lx.matchKey(b)
				lx.pairs.m[k] = appendUnique(lx.pairs.m[k], i)
				continue
			}
			k := lx.matchKey(t)
			lx.noteEForm(t, k)
			lx.triggers.m[k] = appendUnique(lx.triggers.m[k], i)
			if weak {
				lx.weak.m[k] = true
			}
		}
		for _, w := range r.words {
			k := lx.matchKey(w)
			lx.wordIndustries.m[k] = appendUnique(lx.wordIndustries.m[k], i)
		}
	}

	if err := lx.parseAffixes(files["affixes.txt"]); err != nil {
		return nil, err
	}
	if err := lx.parsePlaces(files["places.txt"]); err != nil {
		return nil, err
	}
	if err := lx.parseAssociations(files["associations.txt"]); err != nil {
		return nil, err
	}
	if err := lx.parseBilingual(files["bilingual.txt"]); err != nil {
		return nil, err
	}
	if err := lx.parseSenses(files["senses.txt"]); err != nil {
		return nil, err
	}
	if err := lx.parseNumbers(files["numbers.txt"]); err != nil {
		return nil, err
	}
	for _, t := range []interface{ freeze() }{&lx.triggers, &lx.pairs, &lx.weak, &lx.wordIndustries, &lx.assoc, &lx.assocPairs,
		&lx.numbers, &lx.boundNumbers, &lx.vague, &lx.placeFirst, &lx.function, &lx.langFunction, &lx.langStop, &lx.modifier, &lx.format,
		&lx.senses, &lx.borrowed, &lx.assocLang, &lx.nonPart, &lx.genericLang, &lx.assocIn, &lx.transIn, &lx.transOut, &lx.markSet, &lx.known, &lx.eKeys, &lx.plainKeys, &lx.ingHeads, &lx.ingVerb} {
		t.freeze()
	}
	return lx, nil
}

func (lx *lexicon) parseAffixes(data []byte) error {
	err := eachLine(data, func(line int, text string) error {
		f := strings.Fields(text)
		if len(f) < 3 {
			return fmt.Errorf("namegen: lexicon affixes.txt:%d: want \"suffix|prefix TEXT WEIGHT [REGISTER...]\"", line)
		}
		w, err := strconv.ParseFloat(f[2], 64)
		if err != nil || w <= 0 || w > 1 {
			return fmt.Errorf("namegen: lexicon affixes.txt:%d: weight %q must be a number in (0,1]", line, f[2])
		}
		if !isPartWord(f[1]) {
			return fmt.Errorf("namegen: lexicon affixes.txt:%d: %q must be letters a-z", line, f[1])
		}
		switch f[0] {
		case "suffix":
			lx.suffixes = append(lx.suffixes, affix{f[1], w, f[3:]})
		case "prefix":
			lx.prefixes = append(lx.prefixes, affix{f[1], w, f[3:]})
		default:
			return fmt.Errorf("namegen: lexicon affixes.txt:%d: kind %q is neither suffix nor prefix", line, f[0])
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(lx.suffixes) == 0 || len(lx.prefixes) == 0 {
		return fmt.Errorf("namegen: lexicon affixes.txt needs at least one suffix and one prefix")
	}
	return nil
}

// wholePlace reports a gazetteer place of one word that names use as
// written ("toronto"), not in a short form ("reykjavik" = "reyk").
func (lx *lexicon) wholePlace(word string) bool {
	for _, i := range lx.placeFirst.get(word) {
		if p := lx.places[i]; len(p.words) == 1 && p.short == word {
			return true
		}
	}
	return false
}

func (lx *lexicon) parsePlaces(data []byte) error {
	seen := map[string]bool{}
	return eachLine(data, func(line int, text string) error {
		full, short, hasShort := strings.Cut(text, "=")
		full = strings.TrimSpace(full)
		p := place{}
		if strings.HasPrefix(full, "*") {
			p.needsCap = true
			full = full[1:]
		}
		p.words = strings.Fields(full)
		if hasShort {
			p.short = strings.TrimSpace(short)
		} else {
			p.short = strings.Join(p.words, "")
		}
		if len(p.words) == 0 || !isPartWord(p.short) {
			return fmt.Errorf("namegen: lexicon places.txt:%d: %q needs a name and a short form of 2 to %d letters a-z (write \"long name = short\")", line, text, maxPartLen)
		}
		key := strings.Join(p.words, " ")
		if seen[key] {
			return nil // a repeated entry is harmless; the first wins
		}
		seen[key] = true
		lx.placeFirst.m[p.words[0]] = append(lx.placeFirst.m[p.words[0]], len(lx.places))
		lx.places = append(lx.places, p)
		return nil
	})
}

// sense is one other meaning of a word: when any context key occurs in a
// description, words are its ideas there.
type sense struct {
	context []string
	words   []string
}

// parseSenses reads "word, form | context ...: association ..." lines.
func (lx *lexicon) parseSenses(data []byte) error {
	lx.senses.m = map[string][]sense{}
	return eachLine(data, func(line int, text string) error {
		heads, rest, ok1 := strings.Cut(text, "|")
		ctx, words, ok2 := strings.Cut(rest, ":")
		s := sense{}
		for _, c := range strings.Fields(ctx) {
			s.context = appendUniqueString(s.context, lx.matchKey(c))
		}
		if ws := strings.Fields(words); len(ws) != 1 || ws[0] != "-" {
			s.words = ws
		}
		if !ok1 || !ok2 || len(s.context) == 0 || strings.TrimSpace(heads) == "" {
			return fmt.Errorf("namegen: lexicon senses.txt:%d: want \"word, form | context ...: association ...\" (\"-\" for none)", line)
		}
		for _, w := range s.words {
			if !isPartWord(w) {
				return fmt.Errorf("namegen: lexicon senses.txt:%d: association %q must be 2 to %d letters a-z", line, w, maxPartLen)
			}
		}
		for _, h := range strings.Split(heads, ",") {
			k := lx.matchKey(strings.TrimSpace(h))
			lx.senses.m[k] = append(lx.senses.m[k], s)
		}
		return nil
	})
}

// parseAssociations reads "word: association association ..." lines. The
// head may be several spellings of one idea separated by commas
// ("mentor, mentorship: guide compass"), and a two-word unit is written
// "pilot+car". Heads are matched by their stemmed key, so plurals and -ing
// forms of a head find its associations too.
func (lx *lexicon) parseAssociations(data []byte) error {
	lang := ""
	// own: the heads below are read only in their language's descriptions
	// ("@fr own": the French "fromagerie" gives a French description tomme
	// and meule, and never reaches an English one, whose names stay as
	// they were).
	own := false
	return eachLine(data, func(line int, text string) error {
		if l, ok := strings.CutPrefix(text, "@"); ok {
			lang, own = strings.TrimSpace(l), false
			if l, ok := strings.CutSuffix(lang, " own"); ok {
				lang, own = strings.TrimSpace(l), true
			}
			if lang == "en" {
				lang = ""
			}
			return nil
		}
		head, words, ok := strings.Cut(text, ":")
		// Clipped: a line's heads share ws, so an append must copy it.
		ws := slices.Clip(dedupe(strings.Fields(words)))
		if !ok || len(ws) == 0 {
			return fmt.Errorf("namegen: lexicon associations.txt:%d: want \"word: association association ...\"", line)
		}
		heads := strings.Split(head, ",")
		for i := range heads {
			heads[i] = strings.TrimSpace(heads[i])
		}
		if lang == "" {
			// Before ws joins lx.known: the keys are those the stemmer
			// gives without this line's words.
			lx.noteBorrowed(heads, ws)
		}
		for _, w := range ws {
			if !isPartWord(w) {
				return fmt.Errorf("namegen: lexicon associations.txt:%d: association %q must be 2 to %d letters a-z", line, w, maxPartLen)
			}
			// Only English words guide the English stemmer: French "selle"
			// must not turn "selling" into "selle".
			if lang == "" {
				lx.known.m[w] = true
			}
		}
		if own && lang == "" {
			return fmt.Errorf("namegen: lexicon associations.txt:%d: \"own\" needs a language other than English", line)
		}
		for _, h := range heads {
			if a, b, ok := strings.Cut(h, "+"); ok {
				if !isHeadWord(a) || !isHeadWord(b) {
					return fmt.Errorf("namegen: lexicon associations.txt:%d: unit %q must be two words a-z joined by +", line, h)
				}
				k := lx.matchKey(a) + " " + lx.matchKey(b)
				if lang != "" {
					lx.assocIn.m[lang+":"+k] = merge(lx.assocIn.m[lang+":"+k], ws)
				}
				if !own {
					lx.assocPairs.m[k] = merge(lx.assocPairs.m[k], ws)
					lx.assocLang.m[k] = lang
				}
				continue
			}
			if !isHeadWord(h) {
				return fmt.Errorf("namegen: lexicon associations.txt:%d: head %q must be 2 to %d letters a-z", line, h, maxTokenLen)
			}
			k := lx.matchKey(h)
			if lang != "" {
				lx.assocIn.m[lang+":"+k] = merge(lx.assocIn.m[lang+":"+k], ws)
			}
			if !own {
				lx.noteEForm(h, k)
				lx.assoc.m[k] = merge(lx.assoc.m[k], ws)
				lx.assocLang.m[k] = lang
			}
		}
		return nil
	})
}

// bilingualLangs are the languages a bilingual.txt line may give.
var bilingualLangs = [...]string{"fr", "es", "de", "pt", "it"}

// parseBilingual reads "english: fr word word; es word; ..." lines (see
// bilingual.txt). The English word must be a head or an idea of the English
// association lines, parsed before; only an English head's forms are read.
// A form already read for another English
// word keeps the first reading; a first form longer than a name part may be
// is read but never written.
func (lx *lexicon) parseBilingual(data []byte) error {
	lx.transIn.m, lx.transOut.m = make(map[string]string, 1536), make(map[string]string, 1536)
	return eachLine(data, func(line int, text string) error {
		en, rest, ok := strings.Cut(text, ":")
		en = strings.TrimSpace(en)
		if !ok || !isHeadWord(en) {
			return fmt.Errorf("namegen: lexicon bilingual.txt:%d: want \"english: fr word ...; es word ...\"", line)
		}
		k := lx.matchKey(en)
		_, head := lx.assoc.lookup(k)
		if !head && !lx.known.m[en] {
			return fmt.Errorf("namegen: lexicon bilingual.txt:%d: %q is neither a head nor an idea of associations.txt", line, en)
		}
		// A key a line of another language shares ("vine" and the French
		// "vin") holds that line's ideas too: only written, never read.
		head = head && lx.assocLang.m[k] == ""
		seen := map[string]bool{}
		for _, seg := range strings.Split(rest, ";") {
			f := strings.Fields(seg)
			if len(f) < 2 || !slices.Contains(bilingualLangs[:], f[0]) || seen[f[0]] {
				return fmt.Errorf("namegen: lexicon bilingual.txt:%d: %q: want a language (fr, es, de, pt, it, once each) and its words", line, strings.TrimSpace(seg))
			}
			lang := f[0]
			seen[lang] = true
			for i, w := range f[1:] {
				if !isHeadWord(w) {
					return fmt.Errorf("namegen: lexicon bilingual.txt:%d: %q must be 2 to %d letters a-z", line, w, maxTokenLen)
				}
				if i == 0 && isPartWord(w) {
					if _, dup := lx.transOut.m[lang+":"+en]; !dup {
						lx.transOut.m[lang+":"+en] = w
					}
				}
				if !head {
					continue // an idea only: written, never read
				}
				if _, dup := lx.transIn.m[lang+":"+lx.matchKey(w)]; !dup {
					lx.transIn.m[lang+":"+lx.matchKey(w)] = k
				}
			}
		}
		return nil
	})
}

// noteBorrowed records the ambiguous words a line lists after its first
// head: "club" in "nightclub, club, dj", "plant" in "vegan, plant,
// vegetarian". Such a word has senses in two or more WordNet domains; the
// line was written for one of them. Judged names built on ideas an
// ambiguous later head lent without another description word naming the
// line's sense scored 2.2 for relevance (batches 1-11, 553 parts:
// beatbass, neonnight for a Go club, kaleaf for plant hire) against 2.6
// when one did and 2.5 to 2.7 for the ideas of first heads.
func (lx *lexicon) noteBorrowed(heads, ws []string) {
	first := slices.IndexFunc(heads, func(h string) bool { return !strings.Contains(h, "+") })
	for i, h := range heads {
		if i <= first || strings.Contains(h, "+") || !isHeadWord(h) || !wordnetAmbiguous(h) {
			continue
		}
		k := lx.matchKey(h)
		var context []string
		for j, o := range heads {
			if j == i {
				continue
			}
			for _, w := range strings.Split(o, "+") {
				context = appendUniqueString(context, lx.matchKey(w))
			}
		}
		for _, w := range ws {
			context = appendUniqueString(context, lx.matchKey(w))
		}
		if lx.borrowed.m == nil {
			lx.borrowed.m = map[string][]sense{}
		}
		lx.borrowed.m[k] = append(lx.borrowed.m[k], sense{context: context, words: ws})
	}
}

// wordnetAmbiguous reports whether WordNet knows w as a noun in two or
// more broad domains ("club": a society, a stick, a golf iron). The
// domains only verbs have are left out, and acts: "bake" the verb,
// "plumbing" the work and "rental" the act are the same idea as the thing.
func wordnetAmbiguous(w string) bool {
	first := ""
	for _, s := range wordnetSenses(w) {
		switch d := s.domain(); {
		case d == "" || d == "@act" || verbDomain(d):
		case first == "":
			first = d
		case d != first:
			return true
		}
	}
	return false
}

// verbDomain reports a WordNet domain only verbs have.
func verbDomain(d string) bool {
	switch d {
	case "@change", "@competition", "@consumption", "@contact", "@creation", "@emotion", "@perception", "@social", "@stative", "@weather":
		return true
	}
	return false
}

// parseNumbers reads "NUMBER: word word ..." lines: numbers that mean
// something next to those words.
func (lx *lexicon) parseNumbers(data []byte) error {
	return eachLine(data, func(line int, text string) error {
		num, words, ok := strings.Cut(text, ":")
		num = strings.TrimSpace(num)
		bound := strings.HasPrefix(num, "=")
		num = strings.TrimPrefix(num, "=")
		if bound {
			lx.boundNumbers.m[num] = true
		}
		ws := strings.Fields(words)
		if !ok || len(ws) == 0 || num == "" || len(num) > 4 || strings.Trim(num, "0123456789abcdefghijklmnopqrstuvwxyz") != "" || strings.Trim(num, "abcdefghijklmnopqrstuvwxyz") == "" {
			return fmt.Errorf("namegen: lexicon numbers.txt:%d: want \"NUMBER: word word ...\" with a number of at most 4 characters", line)
		}
		for _, w := range ws {
			k := lx.matchKey(w)
			lx.numbers.m[k] = appendUniqueString(lx.numbers.m[k], num)
		}
		return nil
	})
}

// merge appends the words of ws missing from prev; a head's first line
// keeps ws itself.
func merge(prev, ws []string) []string {
	if prev == nil {
		return ws
	}
	return dedupe(append(prev, ws...))
}

func appendUniqueString(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// eachLine calls fn for every line that is neither blank nor a # comment.
// The lines are substrings of one copy of data: the lexicon is parsed on the
// first suggestion of every process, so no allocation per line.
func eachLine(data []byte, fn func(line int, text string) error) error {
	n := 0
	for raw := range strings.Lines(string(data)) {
		n++
		text := strings.TrimSpace(raw)
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if err := fn(n, text); err != nil {
			return err
		}
	}
	return nil
}

// parseSections reads "[name]" headed lists of whitespace-separated words.
func parseSections(file string, data []byte) (map[string][]string, error) {
	out := map[string][]string{}
	cur := ""
	err := eachLine(data, func(line int, text string) error {
		if strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]") {
			cur = strings.TrimSpace(text[1 : len(text)-1])
			return nil
		}
		if cur == "" {
			return fmt.Errorf("namegen: lexicon %s:%d: words before the first [section] header", file, line)
		}
		out[cur] = append(out[cur], strings.Fields(text)...)
		return nil
	})
	return out, err
}

func listWords(data []byte) []string {
	var out []string
	_ = eachLine(data, func(_ int, text string) error {
		out = append(out, strings.Fields(text)...)
		return nil
	})
	return out
}

// isHeadWord reports whether w can be a description word the lexicon
// looks up (the tokeniser drops longer runs).
func isHeadWord(w string) bool {
	if len(w) < 2 || len(w) > maxTokenLen {
		return false
	}
	return strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == ""
}

// isPartWord reports whether w may be used as a piece of a name.
func isPartWord(w string) bool {
	if len(w) < 2 || len(w) > maxPartLen {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// dedupe drops repeated words, keeping the first of each, in place: every
// caller passes a slice it owns and keeps only the result.
func dedupe(in []string) []string {
	out := in[:0]
	if len(in) <= 32 {
		// Lexicon lines are short: a scan beats a map at start-up.
		for _, w := range in {
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
		return out
	}
	seen := make(map[string]bool, len(in))
	for _, w := range in {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

func appendUnique(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// containsMark reports whether name carries a famous mark. Short marks
// ("nike", "uber") are only checked at the edges of the name, where they
// read as the brand rather than as part of another word ("tuberose").
func (lx *lexicon) containsMark(name string) bool {
	for _, n := range lx.markLens {
		if n > len(name) {
			continue
		}
		if n < 5 {
			if lx.markSet.get(name[:n]) || lx.markSet.get(name[len(name)-n:]) {
				return true
			}
			continue
		}
		for i := 0; i+n <= len(name); i++ {
			if lx.markSet.get(name[i : i+n]) {
				return true
			}
		}
	}
	return false
}

func (lx *lexicon) isMark(w string) bool { return lx.markSet.get(w) }

// containsMarkBeyond is containsMark for the parts of name outside the
// words the description itself asks every name to carry: a founder who
// writes "the name must contain the word «miele»" (Italian for honey, and
// an appliance maker) chose that word, and refusing it left no name at all.
// Each asked word is cut out and the pieces either side are checked alone,
// so a mark still cannot hide beside it.
func (lx *lexicon) containsMarkBeyond(name string, asked []string) bool {
	if !lx.containsMark(name) {
		return false
	}
	pieces := []string{name}
	for _, w := range asked {
		var next []string
		for _, p := range pieces {
			next = append(next, strings.Split(p, w)...)
		}
		pieces = next
	}
	if len(pieces) == 1 {
		return true
	}
	for _, p := range pieces {
		if p != "" && lx.containsMark(p) {
			return true
		}
	}
	return false
}
