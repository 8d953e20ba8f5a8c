package safety

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// exceptionWindow is how many words either side of a match an exception
// context may stand and still explain it (same sentence only).
const exceptionWindow = 12

// Concepts a negation cancels. Verbs and verdict words are negated by a
// negator just before them ("we never sell", "no scams") or a hyphenated
// "free" after them ("drug-free"); the red-flag
// phrases by a negator anywhere earlier in their clause ("we do not sell
// guns without a background check").
var (
	negatable = of(cSell, cSellStrict, cMake, cService, cPromote, cRecruit, cScam, cHate,
		cLabor, cSexual, cSexualSubject, cSexualForm, cDrug, cDrugsGeneric, cSHPromote, cSHTopic, cAdultProduct,
		cFake, cBan, cExpel, cHighRisk, cExplicit, cDanger, cNamedDrug, cCannabis)
	clauseNegatable = of(cGunFlag, cRxFlag, cA2MFlag, cAcademicStrong)
)

// rulesOnly are the concepts of phrases the rules read and the learned
// stage must not see change: such a phrase is tagged over its words, which
// keep their own tags (and the learned features they give), instead of
// replacing them as other phrases do.
var rulesOnly = rulesOnlyContext.or(of(cSexualForm, cMinorForm))

// rulesOnlyContext are the rules-only concepts that are no evidence of harm
// by themselves (see harmEvidence): pictures, audiences, garments and the
// like refuse only beside a named minor.
var rulesOnlyContext = of(cImagery, cExclusiveAud, cAdultAud, cGarment, cSexyAdj, cAdultSeekForm,
	cBarelyLegal, cSchoolFrame, cNudeGen)

// overlays appends the rules-only tags that start at token i after its own
// tag: a rules-only phrase the lexicon matched there (n words, mask), an
// age the main pass does not read (see foreignAgeSpan) and an adult
// audience (see adultAudSpan).
func (a *analysis) overlays(i, n int, mask set, text []byte, maskedSentence int) {
	if n > 0 {
		a.addTag(i, n, mask, string(text), maskedSentence)
	}
	if l := foreignAgeSpan(a.toks, i); l > 0 {
		a.addTag(i, l, of(cMinorForm), joinTexts(a.toks[i:i+l]), maskedSentence)
	}
	if l := adultAudSpan(a.toks, i); l > 0 {
		a.addTag(i, l, of(cAdultAud), joinTexts(a.toks[i:i+l]), maskedSentence)
	}
}

// addTag tags the n words from token i with mask, less what a negation
// before them cancels.
func (a *analysis) addTag(i, n int, mask set, text string, maskedSentence int) {
	t := a.toks[i]
	kept := a.negate(i, n, mask)
	a.tags = append(a.tags, tag{pos: i, end: i + n - 1, mask: kept, text: text, sentence: t.sentence,
		clause: t.clause, masked: t.sentence == maskedSentence, negated: kept != mask})
}

// tag is a word or phrase of the description that carries concepts.
type tag struct {
	pos, end int // first and last token index
	mask     set
	text     string
	sentence int
	clause   int
	masked   bool // inside text addressed to a model: never an exception
	negated  bool // a negator cleared some of its concepts ("no scams")
	likened  bool // inside the writer's disclaimer ("it sounds like ..."): no rule match alone (disclaimer.go)
}

// analysis is the working state for one description. Analyses are pooled so
// that classifying allocates little; nothing in a Verdict points into one.
type analysis struct {
	z      tokenizer
	toks   []token
	masked []bool // per token: inside text addressed to a model
	skip   []bool // per token: no word features (learned.go)
	liked  []bool // per token: inside a founder's disclaimer (disclaimer.go)
	seen   hashSet
	tags   []tag
	union  set // every concept present anywhere
	doc    set // concepts present outside injected text
	key    []byte
	chosen [4]int
}

var analyses = sync.Pool{New: func() any { return new(analysis) }}

// maxPooledTokens keeps one huge description from pinning its buffers.
const maxPooledTokens = 1 << 14

func release(a *analysis) {
	if cap(a.z.toks) <= maxPooledTokens {
		analyses.Put(a)
	}
}

// run normalises a description and tags its words.
func (a *analysis) run(description string) {
	a.toks = a.z.tokenize(description)
	a.tags, a.union, a.doc = a.tags[:0], set{}, set{}
	key := a.key[:0]
	toks := a.toks
	a.masked = slices.Grow(a.masked[:0], len(toks))[:len(toks)]
	// Text addressed to a model runs from its marker to the end of the
	// sentence; words there can never supply an exception.
	maskedSentence := -1
	for i := 0; i < len(toks); {
		t := toks[i]
		if addressesModel(toks, i) {
			maskedSentence = t.sentence
		}
		n, mask, text := 0, set{}, ""
		// overlay: a phrase only the rules read (see rulesOnly), tagged
		// over its words without taking their place.
		overN, overMask, overLen := 0, set{}, 0
		if l := ageSpan(toks, i); l > 0 {
			n, mask = l, of(cMinor)
			text = joinTexts(toks[i : i+l])
		}
		if n == 0 && t.info != nil && t.info.phraseMax > 1 {
			// Grow the phrase word by word while it is a prefix of some
			// lexicon phrase, remembering the longest full match.
			key = append(key[:0], t.text...)
			keyLen := 0
			for l := 2; l <= t.info.phraseMax && i+l <= len(toks); l++ {
				next := toks[i+l-1]
				if next.sentence != t.sentence {
					break
				}
				key = append(append(key, ' '), next.text...)
				p, ok := lookupPhrase(key)
				switch {
				case p.full && p.mask.minus(rulesOnly).empty():
					overN, overMask, overLen = l, p.mask, len(key)
				case p.full:
					n, mask, keyLen = l, p.mask, len(key)
				}
				if !ok || !p.prefix {
					break
				}
			}
			if n > 0 {
				text = string(key[:keyLen])
			}
		}
		if n == 0 && t.info != nil && !t.info.mask.empty() {
			n, mask, text = 1, t.info.mask, t.text
		}
		if n == 0 {
			a.masked[i] = t.sentence == maskedSentence
			a.overlays(i, overN, overMask, key[:overLen], maskedSentence)
			i++
			continue
		}
		if mask.has(cInject) {
			maskedSentence = t.sentence
		}
		for j := i; j < i+n; j++ {
			a.masked[j] = t.sentence == maskedSentence
		}
		a.addTag(i, n, mask, text, maskedSentence)
		a.overlays(i, overN, overMask, key[:overLen], maskedSentence)
		i += n
	}
	for k := range a.tags {
		tg := &a.tags[k]
		// Minors right after "aimed at", "designed for" are the audience,
		// as in "for kids", not the subject.
		if tg.mask.has(cMinor) && a.audience(k) {
			tg.mask = tg.mask.minus(of(cMinor)).or(of(cMinorAud))
		}
		a.union = a.union.or(tg.mask)
		if !tg.masked {
			a.doc = a.doc.or(tg.mask)
		}
	}
	a.key = key
	a.markLikened()
}

// audience reports a minor named as whom something is for: right after
// "aimed at" or "designed for", or after "to", "for" or "at" with at most two
// describing words between ("sold to middle school kids").
func (a *analysis) audience(k int) bool {
	tg := a.tags[k]
	// "for kids aged 10 to 14": an age right after an audience is one too.
	if k > 0 && a.tags[k-1].end >= tg.pos-2 &&
		(a.tags[k-1].mask.has(cTargeting) || a.tags[k-1].mask.has(cMinorAud)) {
		return true
	}
	for j := tg.pos - 1; j >= 0 && j >= tg.pos-3 && a.toks[j].clause == tg.clause; j-- {
		switch {
		case a.toks[j].has(fAudiencePrep):
			return true
		case !a.toks[j].has(fSchoolWord):
			return false
		}
	}
	return false
}

func joinTexts(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}

// negate clears the concepts a preceding negator cancels, and an
// age-restricted product that "without alcohol" follows (the tag runs from
// token i for n tokens).
func (a *analysis) negate(i, n int, mask set) set {
	if alcoholFreeAfter(a.toks, i+n) {
		mask = mask.minus(of(cAdultProduct))
	}
	neg := a.toks[i].prevNeg
	// "drug-free", "scam-free": a hyphenated "free" negates the word before.
	free := i+1 < len(a.toks) && a.toks[i+1].hyphen && a.toks[i+1].text == "free"
	if (neg >= 0 && neg >= i-2) || free {
		mask = mask.minus(negatable)
	}
	if neg >= 0 {
		mask = mask.minus(clauseNegatable)
	}
	return mask
}

// alcoholFreeAfter reports "without alcohol", in any of the six languages,
// within three words after token j-1 and in its clause: "barra de cócteles
// sin alcohol", "cocktails de fruits sans alcool", "Cocktailbar ohne Alkohol".
func alcoholFreeAfter(toks []token, j int) bool {
	for k := j; k < j+3 && k < len(toks) && k > 0 && toks[k].clause == toks[j-1].clause; k++ {
		if alcoholFreeAt(toks, k) {
			return true
		}
	}
	return false
}

// alcoholFreeAt reports "without alcohol" starting at token j.
func alcoholFreeAt(toks []token, j int) bool {
	switch toks[j].text {
	case "analcolici", "analcolico", "analcolica", "analcoliche", "alkoholfrei", "alkoholfreie",
		"alkoholfreier", "alkoholfreien":
		return true
	}
	if j+1 >= len(toks) || toks[j+1].clause != toks[j].clause {
		return false
	}
	switch toks[j].text + " " + toks[j+1].text {
	case "sin alcohol", "sem alcool", "sans alcool", "senza alcol", "ohne alkohol",
		"without alcohol", "alcohol free", "non alcoholic", "zero alcohol":
		return true
	}
	return false
}

// ageSpan recognises an age under 18 written as "14 year old", "14 yo",
// "14yo" or a range ("12 to 15 year old", "12-15 yo"), returning how many
// tokens it covers. It never looks past one range, so it stays linear on
// long runs of numbers.
func ageSpan(toks []token, i int) int {
	unit, ok := minorAge(toks[i].raw)
	if !ok {
		return 0
	}
	if unit {
		return 1
	}
	// "aged 13 to 16", "girls aged 14": the word before says it is an age;
	// so do girls or boys just before "between" ("Mädchen zwischen 12 und
	// 15"), where "groups between 10 and 15" is a head count.
	if i > 0 && toks[i-1].sentence == toks[i].sentence && (agedWord(toks[i-1].text) ||
		i > 1 && betweenWord(toks[i-1].text) && childWord(toks[i-2].text)) {
		j := i + 1
		if j+1 < len(toks) && rangeWord(toks[j].text) && toks[j+1].sentence == toks[i].sentence {
			if _, ok := minorAge(toks[j+1].raw); ok {
				return 3
			}
		}
		return 1
	}
	if u := unitSpan(toks, i+1, toks[i].sentence); u > 0 {
		return 1 + u
	}
	j := i + 1
	if j < len(toks) && rangeWord(toks[j].text) {
		j++
	}
	if j >= len(toks) || toks[j].sentence != toks[i].sentence {
		return 0
	}
	if unit, ok := minorAge(toks[j].raw); ok {
		if unit {
			return j - i + 1
		}
		if u := unitSpan(toks, j+1, toks[i].sentence); u > 0 {
			return j - i + 1 + u
		}
	}
	return 0
}

// rangeWord joins the two ends of an age range: "12 to 15", "13 à 16 ans",
// "12 bis 16", "14 a 17 anos", "10 y 12".
func rangeWord(w string) bool {
	switch w {
	case "to", "and", "a", "bis", "y", "e", "et", "und", "al", "au":
		return true
	}
	return false
}

// agedWord announces an age: "aged 13", "ages 12", "âgés de 13".
func agedWord(w string) bool {
	switch w {
	case "aged", "ages", "age", "agees", "ages de", "edad", "idade", "eta", "alter", "etwa":
		return true
	}
	return false
}

// betweenWord opens a range: "between 12 and 15", "zwischen 12 und 15".
func betweenWord(w string) bool {
	switch w {
	case "between", "zwischen", "entre", "tra", "fra":
		return true
	}
	return false
}

// childWord names girls, boys or children, whose range after "between" is
// an age.
func childWord(w string) bool {
	switch w {
	case "girls", "boys", "kids", "children", "madchen", "jungen", "kinder", "filles", "garcons",
		"enfants", "chicas", "chicos", "ninas", "ninos", "meninas", "meninos", "criancas", "ragazze",
		"ragazzi", "bambini", "bambine":
		return true
	}
	return false
}

// minorAge parses "14" or "14yo": a number from 1 to 17, optionally with an
// age unit attached (unit reports that).
func minorAge(raw string) (unit, ok bool) {
	digits := 0
	for digits < len(raw) && isDigit(raw[digits]) {
		digits++
	}
	if digits == 0 || digits > 2 {
		return false, false
	}
	age, _ := strconv.Atoi(raw[:digits])
	if age < 1 || age > 17 {
		return false, false
	}
	if digits == len(raw) {
		return false, true
	}
	w := lookupWord(raw[digits:])
	return true, w != nil && w.flags&fAgeUnit != 0
}

// unitSpan measures the age unit after a number: "yo" (1 token) or
// "year old" (2 tokens); "open 9 years" is not an age.
func unitSpan(toks []token, j, sentence int) int {
	if j >= len(toks) || !toks[j].has(fAgeUnit) || toks[j].sentence != sentence {
		return 0
	}
	switch toks[j].text {
	case "yo", "y", "ans", "anos", "anni", "jahre", "jahren", "jahrige", "jahriger", "jahrigen",
		"enni", "jarige":
		return 1
	}
	if j+1 < len(toks) && (toks[j+1].text == "old" || toks[j+1].text == "olds") {
		return 2
	}
	return 0
}

// addressesModel reports text at token i that speaks to a model rather than
// about the business: a role marker ("SYSTEM:", "[assistant]") or an order to
// drop instructions ("ignore all previous instructions").
func addressesModel(toks []token, i int) bool {
	t := &toks[i]
	if t.has(fRole) && (t.colon || t.bracket) {
		return true
	}
	if t.has(fOverride) {
		for j := i + 1; j < len(toks) && j <= i+4; j++ {
			if toks[j].has(fOverrideObject) {
				return true
			}
		}
	}
	return false
}

// find reports the first unexcused match of r, with the matched terms.
func (a *analysis) find(r *rule) ([]string, bool) {
	for _, s := range r.slots {
		if !a.union.any(s) {
			return nil, false
		}
	}
	chosen := a.chosen[:len(r.slots)]
	for i := range a.tags {
		if !a.tags[i].mask.any(r.slots[0]) {
			continue
		}
		chosen[0] = i
		if a.extend(r, chosen, 1) {
			return a.terms(chosen), true
		}
	}
	return nil, false
}

// extend fills slot k onward and checks the complete match.
func (a *analysis) extend(r *rule, chosen []int, k int) bool {
	if k == len(r.slots) {
		return a.valid(r, chosen) && !a.allLikened(chosen) && !a.excused(r, chosen)
	}
	anchor := a.tags[chosen[0]]
	lo := sort.Search(len(a.tags), func(i int) bool { return a.tags[i].pos >= anchor.pos-r.window })
	for i := lo; i < len(a.tags) && a.tags[i].pos <= anchor.pos+r.window; i++ {
		t := a.tags[i]
		if t.sentence != anchor.sentence && !r.acrossSentences || !t.mask.any(r.slots[k]) {
			continue
		}
		if r.ordered && i < chosen[k-1] {
			continue
		}
		if r.distinct && slices.Contains(chosen[:k], i) {
			continue
		}
		chosen[k] = i
		if a.extend(r, chosen, k+1) {
			return true
		}
	}
	return false
}

// allLikened reports a match made only of words inside a disclaimer.
func (a *analysis) allLikened(chosen []int) bool {
	for _, c := range chosen {
		if !a.tags[c].likened {
			return false
		}
	}
	return true
}

// valid applies the rule's structural constraints to a full candidate.
func (a *analysis) valid(r *rule, chosen []int) bool {
	first, last := a.tags[chosen[0]], a.tags[chosen[0]]
	for _, c := range chosen[1:] {
		t := a.tags[c]
		if t.pos < first.pos {
			first = t
		}
		if t.pos > last.pos {
			last = t
		}
	}
	if last.pos-first.pos > r.window {
		return false
	}
	if r.sameClause && first.clause != last.clause {
		return false
	}
	// A conjunction between the slots usually starts a second, unrelated
	// item ("adult toys and kids' toys"), unless the later slot is linked
	// to the earlier one: "photos and videos of children".
	if r.noConj && (last.pos == 0 || !a.toks[last.pos-1].has(fLinker)) {
		for j := first.end + 1; j < last.pos; j++ {
			if a.toks[j].has(fConjunction) {
				return false
			}
		}
	}
	if r.directObject {
		return a.directObject(a.tags[chosen[0]], a.tags[chosen[1]])
	}
	return true
}

// directObject accepts "sell girls online" and "buy a young wife" but not
// "sell girls dresses" or "sell to women": only fillers may separate verb and
// person, and the person must end the clause or be followed by a tail word.
func (a *analysis) directObject(verb, person tag) bool {
	if person.pos <= verb.end {
		return false
	}
	for j := verb.end + 1; j < person.pos; j++ {
		if !a.toks[j].has(fFiller) {
			return false
		}
	}
	next := person.end + 1
	if next >= len(a.toks) || a.toks[next].clause != person.clause {
		return true
	}
	return a.toks[next].has(fTail)
}

// excused reports whether an exception context explains the match: anywhere
// in the description for the rule's document-wide contexts, or within
// exceptionWindow words in the same sentence for its nearby contexts. Text
// addressed to a model never counts.
func (a *analysis) excused(r *rule, chosen []int) bool {
	if a.doc.any(r.doc) || r.fireTraining && a.fireTrainingNear(a.tags[chosen[0]].pos) {
		return true
	}
	if r.near.empty() || !a.doc.any(r.near) {
		return false
	}
	first, last := a.tags[chosen[0]], a.tags[chosen[0]]
	for _, c := range chosen[1:] {
		first.pos = min(first.pos, a.tags[c].pos)
		last.end = max(last.end, a.tags[c].end)
	}
	lo := sort.Search(len(a.tags), func(i int) bool { return a.tags[i].end >= first.pos-exceptionWindow })
	for i := lo; i < len(a.tags) && a.tags[i].pos <= last.end+exceptionWindow; i++ {
		t := a.tags[i]
		if !t.masked && t.sentence == first.sentence && t.mask.any(r.near) {
			return true
		}
	}
	return false
}

// terms returns the matched texts in text order without repeats.
func (a *analysis) terms(chosen []int) []string {
	idx := append([]int(nil), chosen...)
	sort.Ints(idx)
	var out []string
	for i, c := range idx {
		if i > 0 && c == idx[i-1] {
			continue
		}
		out = append(out, a.tags[c].text)
	}
	return out
}
