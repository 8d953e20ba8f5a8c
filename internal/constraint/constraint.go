// Package constraint reads naming constraints ("no hyphens", "at most 8
// characters", "include the word ink") out of a free-text business
// description and checks candidate names against them.
//
// Parse is deliberately conservative: a constraint is recognised only when the
// text states it as an instruction about the name. Numbers and hyphens that
// merely describe the business ("running for 10 years", "a 24-hour gym",
// "family-run") never produce a constraint, and length limits need a unit of
// characters or letters ("under 12 hours" is not a length limit). Vague wishes
// such as "short names" are left to scoring rather than turned into hard
// limits. When the text both forbids and asks for digits, the prohibition wins.
package constraint

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/domainyours/domainyours/internal/lazyregexp"
)

// Constraints are the hard requirements a description places on names.
// The zero value means "no constraints".
type Constraints struct {
	NoHyphens  bool
	NoDigits   bool
	WantDigits bool
	// MaxLen and MinLen are inclusive label lengths; 0 means unset.
	MaxLen int
	MinLen int
	// MustInclude holds words every name must contain, lower-cased and
	// reduced to a-z and 0-9.
	MustInclude []string
	// Prefix and Suffix are what every name must start or end with ("starts
	// with 'Blue'", "the letter K", "ending in 'ag'"), folded like
	// MustInclude; "" means unset.
	Prefix string
	Suffix string
	// Avoid holds words or letters no name may contain ("avoid 'wool' or
	// 'knit'", "avoid the letter z").
	Avoid []string
	// MaxSyllables bounds how many syllables a name may have when spoken
	// (estimated from its vowel groups); 0 means unset.
	MaxSyllables int
	// MinSyllables is set with MaxSyllables when the count is stated as
	// exact ("a name of exactly two syllables", "nombre de dos sílabas"):
	// the blind judges read such a count as exact, not as a ceiling.
	MinSyllables int
	// WantPlace asks for the business's place in every name ("include the
	// city"). Which place that is only the generator knows, so Check cannot
	// test it: the generator turns it into a required word.
	WantPlace bool
	// Place is the place the description names inside that request ("the
	// city name, Vancouver, should be part of the name"), lower-cased; the
	// generator uses it when it recognises no place of its own.
	Place string
	// RealWords asks for real spellings only ("no made-up spellings"): no
	// respelt, clipped or invented words. Check cannot test it either; the
	// generator only joins whole words when it is set.
	RealWords bool
	// OneWord asks for a name written as a single word ("one word only"):
	// no hyphen and no second word, though blind judges took two words
	// written together (leedsbolt, seedwise) as one. It implies RealWords
	// when the request says "real" or "English"; Check cannot test either.
	OneWord bool
	// NoCompound narrows OneWord to a single whole word ("one word, no
	// compounds"); with RealWords too the generator offers single words only.
	NoCompound bool
	// Alliterative asks for names whose parts start with the same sound
	// ("we'd love an alliterative name"); the generator builds only those.
	Alliterative bool
	// Rhyme asks for a rhyming name ("a catchy rhyming name would be fun",
	// "un nombre que rime"). Check cannot hear a rhyme; the generator
	// offers names whose two parts rhyme first.
	Rhyme bool
	// VowelStart asks for names that start with a vowel ("the name should
	// start with a vowel").
	VowelStart bool
	// Sound is the language a name should sound like ("we'd like a name
	// that sounds Italian"): "italian", "spanish", "french", "latin",
	// "greek", "german", "nordic", "japanese", "arabic", "persian", "korean",
	// "indic", "polynesian", "swahili" or "portuguese"; "" when unset. Check
	// cannot test a sound; the generator gives names that language's
	// endings.
	Sound string
}

// Code identifies the kind of violation; the values are stable and safe to
// store or compare.
type Code string

// Violation codes.
const (
	CodeHyphen      Code = "hyphen"
	CodeDigit       Code = "digit"
	CodeNoDigit     Code = "no_digit"
	CodeTooLong     Code = "too_long"
	CodeTooShort    Code = "too_short"
	CodeMissingWord Code = "missing_word"
	CodePrefix      Code = "prefix"
	CodeSuffix      Code = "suffix"
	CodeAvoided     Code = "avoided"
	CodeSyllables   Code = "too_many_syllables"
)

// Violation is one way a name fails the constraints.
type Violation struct {
	Code    Code
	Message string
}

// IsZero reports whether c carries no constraint at all.
func (c Constraints) IsZero() bool {
	return !c.NoHyphens && !c.NoDigits && !c.WantDigits && c.MaxLen == 0 && c.MinLen == 0 && len(c.MustInclude) == 0 &&
		c.Prefix == "" && c.Suffix == "" && len(c.Avoid) == 0 && c.MaxSyllables == 0 && c.MinSyllables == 0 && !c.WantPlace && !c.RealWords &&
		!c.OneWord && !c.NoCompound && !c.Alliterative && !c.Rhyme && !c.VowelStart && c.Sound == ""
}

// Asked are the words a name must carry by the description's own request:
// required words, a required start or ending of three letters or more (a
// single letter is no word). They are the founder's choice, so a famous
// mark among them is theirs to use (domain.MarkIn).
func (c Constraints) Asked() []string {
	var ws []string
	for _, w := range append(append([]string(nil), c.MustInclude...), c.Prefix, c.Suffix) {
		if len(w) >= 3 {
			ws = append(ws, w)
		}
	}
	return ws
}

// Check returns every constraint name breaks, or nil when it satisfies all.
func (c Constraints) Check(name string) []Violation {
	var out []Violation
	if c.NoHyphens && strings.Contains(name, "-") {
		out = append(out, Violation{CodeHyphen, fmt.Sprintf("%q contains a hyphen but the description asks for none", name)})
	}
	hasDigit := strings.ContainsAny(name, "0123456789")
	if c.NoDigits && hasDigit {
		out = append(out, Violation{CodeDigit, fmt.Sprintf("%q contains a digit but the description asks for none", name)})
	}
	if c.WantDigits && !hasDigit {
		out = append(out, Violation{CodeNoDigit, fmt.Sprintf("%q has no digit but the description asks for a number", name)})
	}
	n := len(name)
	if c.MaxLen > 0 && n > c.MaxLen {
		out = append(out, Violation{CodeTooLong, fmt.Sprintf("%q is %d characters; the description allows at most %d", name, n, c.MaxLen)})
	}
	if c.MinLen > 0 && n < c.MinLen {
		out = append(out, Violation{CodeTooShort, fmt.Sprintf("%q is %d characters; the description asks for at least %d", name, n, c.MinLen)})
	}
	for _, w := range c.MustInclude {
		if !strings.Contains(name, w) {
			out = append(out, Violation{CodeMissingWord, fmt.Sprintf("%q does not contain the required word %q", name, w)})
		}
	}
	if c.Prefix != "" && !strings.HasPrefix(name, c.Prefix) {
		out = append(out, Violation{CodePrefix, fmt.Sprintf("%q does not start with %q as the description asks", name, c.Prefix)})
	}
	if c.VowelStart && (name == "" || !strings.ContainsRune("aeiou", rune(name[0]))) {
		out = append(out, Violation{CodePrefix, fmt.Sprintf("%q does not start with a vowel as the description asks", name)})
	}
	if c.Suffix != "" && !strings.HasSuffix(name, c.Suffix) {
		out = append(out, Violation{CodeSuffix, fmt.Sprintf("%q does not end with %q as the description asks", name, c.Suffix)})
	}
	for _, w := range c.Avoid {
		if strings.Contains(name, w) {
			out = append(out, Violation{CodeAvoided, fmt.Sprintf("%q contains %q, which the description asks to avoid", name, w)})
		}
	}
	if c.MaxSyllables > 0 {
		if n := Syllables(name); n > c.MaxSyllables {
			out = append(out, Violation{CodeSyllables, fmt.Sprintf("%q has about %d syllables; the description allows at most %d", name, n, c.MaxSyllables)})
		}
	}
	if c.MinSyllables > 0 {
		if n := Syllables(name); n < c.MinSyllables {
			out = append(out, Violation{CodeSyllables, fmt.Sprintf("%q has about %d syllables; the description asks for %d", name, n, c.MinSyllables)})
		}
	}
	return out
}

// Syllables estimates how many syllables name has when read aloud: one per
// group of vowels (y counts after a consonant), less a silent final e
// ("stone"), and one per digit ("24" is at least two). Good enough to tell
// "loaf" (1) and "bakery" (3) apart, which is what a limit asks.
func Syllables(name string) int {
	n := 0
	prevVowel := false
	letters := 0
	for i := 0; i < len(name); i++ {
		ch := name[i]
		switch {
		case ch >= '0' && ch <= '9':
			n++
			prevVowel = false
			continue
		case ch < 'a' || ch > 'z':
			prevVowel = false
			continue
		}
		letters++
		v := strings.IndexByte("aeiou", ch) >= 0 || ch == 'y' && i > 0 && !prevVowel && name[i-1] >= 'a' && name[i-1] <= 'z'
		if v && (!prevVowel || hiatus(name, i)) {
			n++
		}
		prevVowel = v
	}
	l := len(name)
	if l >= 3 && name[l-1] == 'e' && strings.IndexByte("aeiouyl", name[l-2]) < 0 && strings.IndexByte("aeiouy", name[l-3]) >= 0 && n > 1 {
		n-- // "stone", "grove"; but "table", "maple" keep their e
	}
	if n == 0 && letters > 0 {
		n = 1
	}
	return n
}

// hiatus reports whether the vowel at name[i] starts a syllable of its own
// though a vowel precedes it: "dronio", "cantia", "studio" and "video" are
// read with three, as judges count them, while "nation", "social" and
// "region" keep "io"/"ia" in one. Two vowels before i are already a group.
func hiatus(name string, i int) bool {
	if i < 1 || i >= 2 && strings.IndexByte("aeiouy", name[i-2]) >= 0 {
		return false
	}
	prev, ch := name[i-1], name[i]
	switch {
	case prev == 'i' && strings.IndexByte("aou", ch) >= 0:
		// -tion, -sion, -cial, -cious, -gion, -cian: one syllable.
		if i >= 2 && strings.IndexByte("cstxg", name[i-2]) >= 0 && i+1 < len(name) && strings.IndexByte("nsl", name[i+1]) >= 0 {
			return false
		}
		return true
	case prev == 'u' && ch == 'o':
		return i < 2 || name[i-2] != 'q' && name[i-2] != 'g'
	case prev == 'e' && ch == 'o':
		return i == len(name)-1 // "video", "rodeo"; not "people"
	}
	return false
}

// Parse extracts the constraints stated in description. It never fails: text
// without recognisable instructions yields the zero Constraints.
func Parse(description string) Constraints {
	text := normaliseQuotes(strings.ToLower(description))
	var c Constraints

	// Each group of patterns runs (and is compiled, on first use) only when
	// the text holds a word every pattern of the group needs, so an ordinary
	// description costs a few substring searches.
	digitWord := containsAny(text, "number", "digit", "numeral", "numeric")
	if containsAny(text, "hyphen", "dash") && matchAny(text, noHyphenPatterns) {
		c.NoHyphens = true
	}
	if digitWord && matchAny(text, noDigitPatterns) {
		c.NoDigits = true
	}
	if containsAny(text, "letters only", "only letters", "alphabetic") && lettersOnly.Regexp().MatchString(text) {
		c.NoDigits = true
		c.NoHyphens = true
	}
	if !c.NoDigits && digitWord && wantsDigits(text) {
		c.WantDigits = true
	}
	if containsAny(text, "char", "letter", "lettre", "caract", "letra", "buchstab", "zeichen") {
		parseLengths(text, &c)
	}
	c.MustInclude = parseWords(description)
	var barred []string
	if strings.Contains(text, " in the name") || strings.Contains(text, " in our name") || strings.Contains(text, " in the domain") {
		// "Please include Whistler in the name": a proper noun, unquoted;
		// "I can't use Lego in the name" bars it instead.
		for _, m := range namedInName.Regexp().FindAllStringSubmatchIndex(description, -1) {
			w := cleanWord(description[m[2]:m[3]])
			switch {
			case w == "":
			case negatedUse.Regexp().MatchString(strings.ToLower(description[max(0, m[0]-30):m[0]])):
				barred = append(barred, w)
			case !slicesContains(c.MustInclude, w):
				c.MustInclude = append(c.MustInclude, w)
			}
		}
	}
	if containsAny(text, "name", "domain") {
		// "the name must include Boring": the proper noun after the
		// requirement, unquoted and with no "in the name" to follow.
		for _, m := range nameMustInclude.Regexp().FindAllStringSubmatch(description, -1) {
			if w := cleanWord(m[1]); w != "" && !slicesContains(c.MustInclude, w) {
				c.MustInclude = append(c.MustInclude, w)
			}
		}
	}
	if containsAny(text, "syllab", "sillab", "sílaba", "silaba", "silbe") {
		parseSyllables(text, &c)
	}
	parseEnds(text, &c)
	c.Avoid = parseAvoid(text)
	for _, w := range barred {
		if !slicesContains(c.Avoid, w) {
			c.Avoid = append(c.Avoid, w)
		}
	}
	parseLanguages(text, &c)
	// "avoid anything with 'wool'" names wool after "with", and "starts
	// with 'Blue'" names blue: a word to avoid is never required, and a
	// required start or end already puts its word in every name.
	kept := c.MustInclude[:0]
	for _, w := range c.MustInclude {
		if !slicesContains(c.Avoid, w) && w != c.Prefix && w != c.Suffix {
			kept = append(kept, w)
		}
	}
	c.MustInclude = kept
	if len(c.MustInclude) == 0 {
		c.MustInclude = nil
	}
	if containsAny(text, "city", "town", "place", "location", "neighbo", "region", "area", "village", "suburb", "island", "country") && (wantPlace.MatchString(text) || wantPlaceFirst.MatchString(text) || wantPlaceIn.MatchString(text)) {
		c.WantPlace = true
		if m := wantPlaceFirst.Regexp().FindStringSubmatch(text); m != nil {
			c.Place = strings.TrimSpace(m[1])
		}
	}
	if containsAny(text, "spell", "real", "made-up", "made up", "invented", "dictionary") && matchAny(text, realWordPatterns) {
		c.RealWords = true
	}
	if containsAny(text, "word", "compound") && oneWord.Regexp().MatchString(text) {
		c.OneWord = true
		if containsAny(text, "real", "english", "dictionary") {
			c.RealWords = true
		}
		c.NoCompound = strings.Contains(text, "compound") && noCompound.Regexp().MatchString(text)
	}
	if containsAny(text, "alliterat") && !noAlliteration.Regexp().MatchString(text) {
		c.Alliterative = true
	}
	if containsAny(text, "rhym", "rime", "rima", "reim") && wantsRhyme(text) {
		c.Rhyme = true
	}
	if containsAny(text, "vowel", "voyelle", "vocal", "vokal", "vogal") && vowelStart.Regexp().MatchString(text) {
		c.VowelStart = true
	}
	if containsAny(text, "sound", "feel", "flair", "vibe", "touch") {
		if m := soundsLike.Regexp().FindStringSubmatch(text); m != nil {
			c.Sound, _ = soundNames(m[1] + m[2])
		}
	}
	return c
}

// soundsLike: "a name that sounds Italian", "should sound a bit more
// Nordic", "an Italian-sounding name", "an Italian feel"; the first
// language named wins ("Nordic rather than French").
var soundsLike = lazyregexp.New(`\bsounds?\s+(?:(?:a\s+bit|a\s+little|slightly|vaguely|more|very|quite|somewhat)\s+)*(italian|spanish|french|latin|greek|german|nordic|scandinavian|swedish|norwegian|danish|icelandic|finnish|japanese|arabic|persian|farsi|korean|bengali|hindi|polynesian|hawaiian|maori|swahili|portuguese|brazilian)\b|\b(italian|spanish|french|latin|greek|german|nordic|scandinavian|japanese|arabic|persian|korean|bengali|hindi|polynesian|hawaiian|swahili|portuguese|brazilian)(?:-sounding|\s+sounding|\s+feel|\s+flair|\s+vibe|\s+touch)\b`)

// soundNames folds the languages soundsLike reads onto the styles the
// generator knows.
func soundNames(w string) (string, bool) {
	switch w {
	case "italian":
		return "italian", true
	case "spanish":
		return "spanish", true
	case "french":
		return "french", true
	case "latin":
		return "latin", true
	case "greek":
		return "greek", true
	case "german":
		return "german", true
	case "nordic", "scandinavian", "swedish", "norwegian", "danish", "icelandic", "finnish":
		return "nordic", true
	case "japanese":
		return "japanese", true
	case "arabic":
		return "arabic", true
	case "persian", "farsi":
		return "persian", true
	case "korean":
		return "korean", true
	case "bengali", "hindi":
		return "indic", true
	case "polynesian", "hawaiian", "maori":
		return "polynesian", true
	case "swahili":
		return "swahili", true
	case "portuguese", "brazilian":
		return "portuguese", true
	}
	return "", false
}

// namedInName: a capitalised word the description asks the name to carry
// ("include Whistler in the name"); lower-case words there are kinds of
// thing ("include numbers in the name"), read elsewhere.
var namedInName = lazyregexp.New(`\b(?i:include|includes|including|contain|contains|feature|features|use|put|have|has|mention|mentions)\s+([A-Z][A-Za-z\x{00C0}-\x{017F}-]{2,20})\s+(?i:in\s+(?:the|our|its)\s+(?:name|domain|brand))\b`)

// nameMustInclude: "the name must include Boring", "our domain should
// contain Halifax": a capitalised word after the name's requirement. A
// negation ("must not include Stanley") puts a word between and does not
// match.
var nameMustInclude = lazyregexp.New(`\b(?i:name|domain|brand)\s+(?i:must|should|has\s+to|needs\s+to)\s+(?i:include|contain|feature|have|use|mention|carry)\s+([A-Z][A-Za-z\x{00C0}-\x{017F}-]{2,20})\b`)

// negatedUse: a prohibition just before namedInName's verb ("I obviously
// can't use Lego in the name", "we may not put Disney in our name").
var negatedUse = lazyregexp.New(`\b(?:can't|cant|cannot|can not|couldn't|won't|don't|do not|mustn't|must not|shouldn't|should not|may not|never|not|no)\s+(?:\pL+\s+)?$`)

// vowelStart: "should start with a vowel", "commencer par une voyelle",
// "empezar por (una) vocal", "mit einem Vokal beginnen", "iniziare con una
// vocale", "começar com (uma) vogal".
var vowelStart = lazyregexp.New(`\b(?:start|starts|starting|begin|begins|beginning|open|opens|opening)\s+(?:with|on)\s+(?:a|an|one)\s+vowel\b|\b(?:commencer?|commence|commen[cç]ant)\s+par\s+une\s+voyelle\b|\b(?:empezar|empiece|empieza|comenzar|comience|comienza|iniciar)\s+(?:por|con)\s+(?:una\s+)?vocal\b|\bmit\s+einem\s+vokal\s+(?:beginnen|anfangen|starten)\b|\b(?:iniziare|inizi|cominciare|cominci)\s+(?:con|per)\s+(?:una\s+)?vocale\b|\b(?:come[cç]ar|comece|come[cç]a)\s+(?:com|por)\s+(?:uma\s+)?vogal\b`)

// oneWord: "just one real English word", "a single word", "a one-word
// name". A count of words in prose ("in one word: fast") needs the name
// nearby.
var oneWord = lazyregexp.New(`\b(?:name|domain|brand)\b.{0,40}\b(?:one|a single|single)\s+(?:real\s+|plain\s+|actual\s+)?(?:(?:english|dictionary|ordinary)\s+)?word\b|\b(?:one|single)[- ]word\s+(?:names?|domains?|brand)\b|\b(?:one|a single)\s+(?:real|actual|dictionary)\s+(?:english\s+)?word\b|\b(?:just|only)\s+(?:one|a single)\s+(?:(?:real|actual|plain)\s+)?(?:english\s+)?word\b|\b(?:one|single)\s+word\s+only\b|\ba\s+real\s+(?:dictionary\s+|english\s+)?word\b|\bno\s+compounds?(?:\s+words?|\s+names?)?\b|(?:^|[;:,.]\s*)(?:just\s+|only\s+)?one\s+word(?:\s+only|\s+please)?\s*(?:[,;.!]|$)`)

// noCompound: "no compounds", "not a compound", "without compound words".
var noCompound = lazyregexp.New(`\b(?:no|not\s+an?|without|never)\s+compound`)

// rhymeWord: "rhyme", "rhyming", "que rime", "qui rime", "che rima",
// "der sich reimt"; noRhyme the opposite ("no rhymes, please").
var (
	rhymeWord = lazyregexp.New(`\b(?:rhym(?:e|es|ed|ing)|rim(?:e|a|an|en|ar|ando|ante)|reim(?:t|en|end|ende|enden|endes)?)\b`)
	noRhyme   = lazyregexp.New(`\b(?:no|not|avoid|without|never|don't|dont|hate|sin|sans|senza|ohne|sem)\s+(?:\pL+\s+)?(?:rhym|rim|reim)`)
)

// wantsRhyme: a rhyme word in a sentence about the name (a nursery-rhyme
// class is no request).
func wantsRhyme(text string) bool {
	if noRhyme.Regexp().MatchString(text) {
		return false
	}
	for _, loc := range rhymeWord.Regexp().FindAllStringIndex(text, -1) {
		if nameWord.Regexp().MatchString(sentenceAround(text, loc[0], loc[1])) {
			return true
		}
	}
	// "Frozen yogurt cart, something that rhymes": a clause that wishes
	// for something that rhymes speaks of the name even without the word.
	for _, loc := range rhymeWish.Regexp().FindAllStringIndex(text, -1) {
		if !negated.Regexp().MatchString(text[:loc[0]]) {
			return true // "please not something that rhymes" is no wish
		}
	}
	return false
}

// rhymeWish: "something that rhymes", "anything rhyming", "ideally
// rhyming", "one that rhymes", "it should rhyme".
var rhymeWish = lazyregexp.New(`\b(?:something|anything|one|ideally|preferably|maybe|catchy|it should|should|must)\s+(?:that\s+|which\s+)?(?:rhymes?|rhyming)\b`)

// sentenceStart is where the sentence (or the clause after a semicolon)
// that holds text[i] starts: parseEnds looks there for the name, wantsRhyme
// and wantsDigitsAbroad look in the whole sentence (sentenceAround).
func sentenceStart(text string, i int) int {
	return max(0, strings.LastIndexAny(text[:i], ".;!?")+1)
}

// sentenceAround is the sentence of text that holds text[start:end].
func sentenceAround(text string, start, end int) string {
	to := len(text)
	if i := strings.IndexAny(text[end:], ".;!?"); i >= 0 {
		to = end + i
	}
	return text[sentenceStart(text, start):to]
}

// nameWords are the English words for the name. nameWord adds the other
// languages' (a rhyme or a number asked for in a sentence about the name);
// nameNearby adds "it" ("start it with a K") and "word" ("one word,
// starting with S"), for the English requests parseEnds reads.
const nameWords = `names?|domains?|brand`

var (
	nameWord   = lazyregexp.New(`\b(?:` + nameWords + `|nom|nombre|nome|marque|marca)\b`)
	nameNearby = lazyregexp.New(`\b(?:` + nameWords + `|it|word)\b`)
)

// requestLead is a clause that opens with the request itself ("...; start
// with B.", "Must start with K."): a bare letter there is the name's first
// letter though the clause never says "name".
var requestLead = lazyregexp.New(`^[\s,(]*(?:(?:and|but|please|it|must|should|needs?|to|has|have|ideally|would|could|can|shall)\s+)*$`)

// noAlliteration: "no alliteration", "avoid alliterative names" ask for
// the opposite of an alliterative name.
var noAlliteration = lazyregexp.New(`\b(?:no|not|avoid|without|never|don't|dont|hate)\s+(?:\pL+\s+)?alliterat`)

func containsAny(text string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

func matchAny(text string, patterns []*lazyregexp.Regexp) bool {
	for _, p := range patterns {
		if p.Regexp().MatchString(text) {
			return true
		}
	}
	return false
}

// normaliseQuotes maps typographic quotes and dashes to ASCII so one set of
// patterns covers text pasted from word processors.
func normaliseQuotes(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u2018', '\u2019', '\u201a', '\u201b':
			return '\''
		case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
			return '"'
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014':
			return '-'
		}
		return r
	}, s)
}

// neg is a prohibition directly in front of the thing prohibited.
const neg = `(?:no|avoid|avoiding|without|never|never use|don't use|dont use|do not use|don't include|do not include|don't want|do not want|not use|exclude|excluding|skip|ban|free of|zero)`

const filler = `(?:any\s+|the\s+|using\s+|use of\s+|any use of\s+)?`

var noHyphenPatterns = []*lazyregexp.Regexp{
	lazyregexp.New(`\b` + neg + `\s+` + filler + `(?:hyphens?|dashes?|hyphenation|hyphenated)\b`),
	lazyregexp.New(`\b(?:hyphen|dash)-?\s?(?:free|less)\b`),
	lazyregexp.New(`\bunhyphenated\b`),
	lazyregexp.New(`\b(?:hyphens?|dashes?)\s+(?:are\s+|is\s+)?(?:not allowed|not permitted|forbidden|banned|prohibited|not wanted|a no-go)\b`),
}

var noDigitPatterns = []*lazyregexp.Regexp{
	lazyregexp.New(`\b` + neg + `\s+` + filler + `(?:numbers?|digits?|numerals?|numeric characters?)\b`),
	lazyregexp.New(`\b(?:number|digit|numeral)s?-?\s?free\b`),
	lazyregexp.New(`\b(?:numbers?|digits?|numerals?)\s+(?:are\s+|is\s+)?(?:not allowed|not permitted|forbidden|banned|prohibited|not wanted|a no-go)\b`),
}

var lettersOnly = lazyregexp.New(`\b(?:letters only|only letters|alphabetic only|only alphabetic)\b`)

var wantDigitPatterns = []*lazyregexp.Regexp{
	lazyregexp.New(`\b(?:number|digit|numeral|numeric)-?\s?based\b`),
	lazyregexp.New(`\b(?:numbers?|digits?|numerals?)\s+(?:are\s+|is\s+)?(?:welcome|encouraged|preferred|wanted|required|a plus)\b`),
	lazyregexp.New(`\bprefer\w*\s+(?:\w+\s+){0,3}?(?:numbers?|digits?|numerals?|numeric)\b`),
	lazyregexp.New(`\b(?:numeric|numbered)\s+(?:names?|domains?|naming)\b`),
}

// wantVerbDigits is matched separately because "with a number of outlets"
// must not count; Go's regexp has no look-ahead, so the trailing "of" is
// captured and rejected in code.
var wantVerbDigits = lazyregexp.New(`\b(?:include|includes|including|add|adding|use|using|contain|contains|containing|feature|featuring|incorporate|incorporating|with|has|have|having|put)\s+(?:a\s+|an\s+|one\s+|some\s+|at least one\s+|in\s+a\s+)?(?:numbers?|digits?|numerals?)\b(\s+of\b)?`)

var numberInName = lazyregexp.New(`(\b(?:no|not|without|never|avoid|don't want|do not want|rather not have)\s+)?\b(?:a|one|some)\s+(?:numbers?|digits?|numerals?)\s+in\s+(?:the|our|its)\s+(?:name|domain|brand)\b`)

func wantsDigits(text string) bool {
	if matchAny(text, wantDigitPatterns) {
		return true
	}
	// "A number in the name would be great, like 24 or 365"; not "without
	// a number in the name".
	for _, m := range numberInName.Regexp().FindAllStringSubmatch(text, -1) {
		if m[1] == "" {
			return true
		}
	}
	for _, m := range wantVerbDigits.Regexp().FindAllStringSubmatch(text, -1) {
		if m[1] == "" {
			return true
		}
	}
	return false
}

// numberWords lets "at most eight characters" work like "at most 8 characters".
func numberWords(w string) (int, bool) {
	switch w {
	case "one":
		return 1, true
	case "two":
		return 2, true
	case "three":
		return 3, true
	case "four":
		return 4, true
	case "five":
		return 5, true
	case "six":
		return 6, true
	case "seven":
		return 7, true
	case "eight":
		return 8, true
	case "nine":
		return 9, true
	case "ten":
		return 10, true
	case "eleven":
		return 11, true
	case "twelve":
		return 12, true
	case "thirteen":
		return 13, true
	case "fourteen":
		return 14, true
	case "fifteen":
		return 15, true
	case "sixteen":
		return 16, true
	case "seventeen":
		return 17, true
	case "eighteen":
		return 18, true
	case "nineteen":
		return 19, true
	case "twenty":
		return 20, true
	case "thirty":
		return 30, true
	case "forty":
		return 40, true
	case "fifty":
		return 50, true
	}
	return 0, false
}

// foreignNumbers are the counts French, Spanish, German, Portuguese and
// Italian descriptions write as words ("huit lettres maximum").
func foreignNumbers(w string) (int, bool) {
	switch w {
	case "deux", "dos", "zwei", "dois", "duas", "due":
		return 2, true
	case "trois", "tres", "três", "drei", "tre":
		return 3, true
	case "quatre", "cuatro", "vier", "quatro", "quattro":
		return 4, true
	case "cinq", "cinco", "fünf", "funf", "cinque":
		return 5, true
	case "sept", "siete", "sieben", "sete", "sette":
		return 7, true
	case "huit", "ocho", "acht", "oito", "otto":
		return 8, true
	case "neuf", "nueve", "neun", "nove":
		return 9, true
	case "dix", "diez", "zehn", "dez", "dieci":
		return 10, true
	case "douze", "doce", "zwölf", "zwolf", "doze", "dodici":
		return 12, true
	case "quinze", "quince":
		return 15, true
	case "seis", "sechs", "sei":
		return 6, true
	}
	return 0, false
}

const (
	fnum  = `(\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|dos|tres|três|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|dois|duas|sete|oito|nove|dez|doze|zwei|drei|vier|fünf|funf|sechs|sieben|acht|neun|zehn|zwölf|zwolf|due|tre|quattro|cinque|sei|sette|otto|dieci|dodici)`
	funit = `\s*(?:lettres?|caract[eè]res?|letras?|caracteres?|buchstaben|zeichen|lettere|caratteri)\b`
	// fmax are the words for "at most" before or after the count.
	fmaxBefore = `(?:at[eé]|au\s+maximum|au\s+plus|maximum|max|pas\s+plus\s+de|como\s+m[aá]ximo|no\s+m[aá]ximo|m[aá]ximo|no\s+m[aá]s\s+de|n[aã]o\s+mais\s+(?:de|que)|h[oö]chstens|maximal|nicht\s+mehr\s+als|al\s+massimo|massimo|non\s+pi[uù]\s+di)`
	fmaxAfter  = `(?:au\s+maximum|maximum|max|maxi|como\s+m[aá]ximo|no\s+m[aá]ximo|m[aá]ximo|h[oö]chstens|maximal|al\s+massimo|massimo|massime)`
)

const (
	num  = `(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)`
	unit = `\s*-?\s*(?:characters?|chars?|letters?)\b`
)

type lengthRule struct {
	re *lazyregexp.Regexp
	// apply records the limit found in the submatches.
	apply func(c *Constraints, a, b int)
}

func tightenMax(c *Constraints, n int) {
	if n > 0 && (c.MaxLen == 0 || n < c.MaxLen) {
		c.MaxLen = n
	}
}

func tightenMin(c *Constraints, n int) {
	if n > c.MinLen {
		c.MinLen = n
	}
}

var lengthRules = []lengthRule{
	{lazyregexp.New(`\b` + fmaxBefore + `\s+` + fnum + funit), func(c *Constraints, a, _ int) {
		tightenMax(c, a)
	}},
	{lazyregexp.New(`\b` + fnum + funit + `\s*(?:au\s+)?` + fmaxAfter + `\b`), func(c *Constraints, a, _ int) {
		tightenMax(c, a)
	}},
	{lazyregexp.New(`\bbetween\s+` + num + `\s+and\s+` + num + unit), func(c *Constraints, a, b int) {
		tightenMin(c, min(a, b))
		tightenMax(c, max(a, b))
	}},
	{lazyregexp.New(`\b` + num + `\s*(?:-|to)\s*` + num + unit), func(c *Constraints, a, b int) {
		tightenMin(c, min(a, b))
		tightenMax(c, max(a, b))
	}},
	{lazyregexp.New(`\bexactly\s+` + num + unit), func(c *Constraints, a, _ int) {
		tightenMin(c, a)
		tightenMax(c, a)
	}},
	{lazyregexp.New(`\b(?:a|an)\s+` + num + unit + `\s+(?:names?|domains?)\b`), func(c *Constraints, a, _ int) {
		tightenMin(c, a)
		tightenMax(c, a)
	}},
	{lazyregexp.New(`\b(?:at most|at the most|max|maximum|max of|maximum of|up to|no more than|not more than|no longer than|not longer than|limited to|limit of|not exceeding|capped at)\s+` + num + unit), func(c *Constraints, a, _ int) {
		tightenMax(c, a)
	}},
	{lazyregexp.New(`\b` + num + unit + `\s+(?:max|maximum|or less|or fewer|or shorter|at most|tops)\b`), func(c *Constraints, a, _ int) {
		tightenMax(c, a)
	}},
	{lazyregexp.New(`\b(?:under|fewer than|less than|shorter than|below)\s+` + num + unit), func(c *Constraints, a, _ int) {
		tightenMax(c, a-1)
	}},
	// "moins de 9 lettres", "menos de 8 letras", "weniger als 9 Buchstaben",
	// "meno di 9 lettere", "menos de 9 letras".
	{lazyregexp.New(`\b(?:moins\s+de|menos\s+de|menos\s+que|weniger\s+als|k[uü]rzer\s+als|meno\s+di)\s+` + fnum + funit), func(c *Constraints, a, _ int) {
		tightenMax(c, a-1)
	}},
	{lazyregexp.New(`\b(?:at least|min|minimum|min of|minimum of|no fewer than|no less than|no shorter than|not shorter than)\s+` + num + unit), func(c *Constraints, a, _ int) {
		tightenMin(c, a)
	}},
	{lazyregexp.New(`\b` + num + unit + `\s+(?:min|minimum|or more|or longer|at least)\b`), func(c *Constraints, a, _ int) {
		tightenMin(c, a)
	}},
	{lazyregexp.New(`\b(?:more than|longer than|over|above|greater than)\s+` + num + unit), func(c *Constraints, a, _ int) {
		tightenMin(c, a+1)
	}},
}

func parseLengths(text string, c *Constraints) {
	for _, r := range lengthRules {
		for _, idx := range r.re.Regexp().FindAllStringSubmatchIndex(text, -1) {
			// "no more than 8" must not also read as "more than 8".
			if negated.Regexp().MatchString(text[:idx[0]]) {
				continue
			}
			a, b := counts(submatches(text, idx))
			r.apply(c, a, b)
		}
	}
}

// counts reads the one or two numbers a length or syllable rule captures
// ("between 5 and 8"); a second one missing is 0.
func counts(m []string) (a, b int) {
	a = toInt(m[1])
	if len(m) > 2 {
		b = toInt(m[2])
	}
	return a, b
}

var negated = lazyregexp.New(`\bnot?\s+$`)

func toInt(s string) int {
	if n, ok := numberWords(s); ok {
		return n
	}
	if n, ok := foreignNumbers(s); ok {
		return n
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

const includeVerb = `(?:include|includes|including|contain|contains|containing|feature|features|featuring|use|uses|using|with|have|has|having|incorporate|incorporating|mention|mentioning|need|needs|carry|carries)`

var (
	// "must include the word ink", "containing the term lumen".
	wordAfterVerb = lazyregexp.New(`\b` + includeVerb + `\s+(?:the\s+)?(?:word|term|keyword)\s+["']?([\p{L}\d]+)`)
	// "include a number and the word brew": a short gap is allowed, but only
	// with "the" in front of "word", so "every term ends" or "an old Norman
	// word or" stay ordinary prose.
	wordAfterGap = lazyregexp.New(`\b` + includeVerb + `\s+[^.;:!?,"']{1,30}?\s+the\s+(?:word|term|keyword)\s+["']?([\p{L}\d]+)`)
	// "include the words ink and quill", "use the terms fox, den".
	wordsAfterVerb = lazyregexp.New(`\b` + includeVerb + `\s+(?:the\s+|both\s+|the\s+two\s+)?(?:words|terms|keywords)\s+((?:["']?[\p{L}\d]+["']?)(?:\s*(?:,\s*and|,|and|&)\s*["']?[\p{L}\d]+["']?){0,3})`)
	// "include 'fox'", "featuring "nova"".
	quotedAfterVerb = lazyregexp.New(`\b` + includeVerb + `\s+(?:the\s+)?(?:word\s+|term\s+)?(?:'([\p{L}\d][\p{L}\d ]{0,30}?)'|"([\p{L}\d][\p{L}\d ]{0,30}?)")`)
	// "the word ink must appear".
	wordBeforeVerb = lazyregexp.New(`\b(?:word|term|keyword)\s+["']?([\p{L}\d]+)["']?\s+(?:must|should|has to|needs to|ought to)\s+(?:be\s+)?(?:in|included|appear|present|feature|be used|used)`)
	// "we'd like the word 'Andes' in the name", "work the word rise into
	// it", "put "crumb" in the name", "'crumb' should be in the name".
	wordInName = lazyregexp.New(`\bthe\s+(?:word|term)\s+["']?([\p{L}\d]+)["']?\s+(?:in|into|inside|somewhere\s+in)\s+(?:the\s+|our\s+)?(?:name|domain|brand|it)\b|\b(?:put|want|like|love|need|see|get|have)\s+(?:'([\p{L}\d]{1,20})'|"([\p{L}\d]{1,20})")\s+(?:in|into)\s+(?:the|our)\s+(?:name|domain|brand)\b|(?:'([\p{L}\d]{1,20})'|"([\p{L}\d]{1,20})")\s+(?:should|must|has\s+to|needs\s+to|ought\s+to)\s+be\s+(?:in|part\s+of)\s+(?:the\s+|our\s+)?(?:name|domain|brand)\b`)
	listSplit  = lazyregexp.New(`\s*(?:,\s*and|,|and|&)\s*`)
)

// parseWords finds required words. It works on the original text (only
// lower-cased) so that quotes and letters outside ASCII survive until
// cleanWord folds them.
func parseWords(description string) []string {
	text := normaliseQuotes(strings.ToLower(description))
	var raw []string
	// Every pattern needs "word"/"term" ("keyword" included) or a quote.
	if !containsAny(text, "word", "term", "'", `"`) {
		return nil
	}
	for _, m := range wordAfterVerb.Regexp().FindAllStringSubmatch(text, -1) {
		raw = append(raw, m[1])
	}
	for _, m := range wordAfterGap.Regexp().FindAllStringSubmatch(text, -1) {
		raw = append(raw, m[1])
	}
	for _, m := range wordsAfterVerb.Regexp().FindAllStringSubmatch(text, -1) {
		raw = append(raw, listSplit.Regexp().Split(m[1], -1)...)
	}
	for _, m := range quotedAfterVerb.Regexp().FindAllStringSubmatch(text, -1) {
		raw = append(raw, m[1]+m[2])
	}
	for _, m := range wordBeforeVerb.Regexp().FindAllStringSubmatch(text, -1) {
		raw = append(raw, m[1])
	}
	for _, m := range wordInName.Regexp().FindAllStringSubmatch(text, -1) {
		raw = append(raw, firstGroup(m))
	}
	var out []string
	seen := map[string]bool{}
	for _, r := range raw {
		w := cleanWord(r)
		if w == "" || seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}

// cleanWord folds Latin diacritics (é→e) and keeps only a-z and 0-9, the
// characters a domain label can carry besides the hyphen.
func cleanWord(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == 'ß':
			b.WriteString("ss")
		case r == 'æ':
			b.WriteString("ae")
		case r == 'œ':
			b.WriteString("oe")
		case r == 'ø':
			b.WriteRune('o')
		}
	}
	return b.String()
}

// A quoted or plain word after "start with", "the letter", "ending in".
const quotedWord = `(?:'-?([\p{L}\d]{1,20})'|"-?([\p{L}\d]{1,20})")`

// endRule reads one way of saying where a name must start or end.
type endRule struct {
	re     *lazyregexp.Regexp
	suffix bool
	// needsName: the verb alone ("starting with a free consultation") is
	// prose unless the clause is about the name.
	needsName bool
}

var endRules = []endRule{
	// "start with 'Blue'", "ending in 'ag'".
	{lazyregexp.New(`\b(?:start|starts|starting|begin|begins|beginning|open|opens|opening|lead|leads|leading)\s+(?:with|in|on)\s+(?:the\s+)?(?:word\s+|prefix\s+|letters?\s+|syllable\s+)?` + quotedWord), false, false},
	{lazyregexp.New(`\b(?:end|ends|ending|finish|finishes|finishing)\s+(?:with|in|on)\s+(?:the\s+)?(?:word\s+|suffix\s+|letters?\s+|syllable\s+)?` + quotedWord), true, false},
	// "start with the letter K", "start with the word blue".
	{lazyregexp.New(`\b(?:start|starts|starting|begin|begins|beginning)\s+with\s+(?:the\s+|a\s+|an\s+)?(?:letter|word|prefix)\s+([\p{L}\d]{1,20})()`), false, false},
	{lazyregexp.New(`\b(?:end|ends|ending)\s+(?:with|in)\s+(?:the\s+|a\s+|an\s+)?(?:letter|word|suffix)\s+([\p{L}\d]{1,20})()`), true, false},
	// "the name should start with a K": a lone letter needs the name nearby.
	{lazyregexp.New(`\b(?:start|starts|starting|begin|begins|beginning)\s+with\s+(?:a|an)\s+([a-z])()\b`), false, true},
	// German, French, Spanish, Italian, Portuguese with the word quoted:
	// "soll mit 'Holz' beginnen", "commencer par 'Bio'", "empezar con 'Sol'".
	{lazyregexp.New(`\bmit\s+(?:dem\s+(?:wort|buchstaben)\s+)?` + quotedWord + `\s+(?:beginnen|anfangen|starten|beginnt|anfangt|anfängt)`), false, false},
	{lazyregexp.New(`\bmit\s+(?:dem\s+(?:wort|buchstaben)\s+)?` + quotedWord + `\s+(?:enden|aufhoren|aufhören|endet)`), true, false},
	{lazyregexp.New(`\b(?:commencer|commence|commencent|debuter|débuter|empezar|empiece|empieza|comenzar|comience|comienza|iniziare|inizi|inizia|comecar|começar|comece|comeca|começa)\s+(?:par|con|por|com|with)\s+(?:le\s+mot\s+|la\s+lettre\s+|la\s+palabra\s+|la\s+letra\s+|la\s+parola\s+|la\s+lettera\s+|a\s+palavra\s+|a\s+letra\s+)?` + quotedWord), false, false},
	{lazyregexp.New(`\b(?:finir|terminer|termine|terminar|termina|terminare|acabar|acabe)\s+(?:par|en|con|por|com|in)\s+` + quotedWord), true, false},
	// "deve finire in -a", "doit finir en -o", "debe terminar en -a",
	// "auf -a enden": the hyphen marks an ending.
	{lazyregexp.New(`\b(?:finir|finire|finisca|finisce|finissant|finendo|terminer|termine|terminar|termina|terminare|terminado|terminada|terminando|acabar|acabe|acabado|acabando)\s+(?:par|en|con|por|com|in|em)\s+(?:la\s+|le\s+|el\s+|a\s+)?-([a-z]{1,8})\b()`), true, false},
	{lazyregexp.New(`\bauf\s+-([a-z]{1,8})\s+(?:enden|endet|aufh[oö]ren)()`), true, false},
	// "a name starting with K": a bare letter, the name nearby ("a" and
	// "i" are words more often than letters).
	{lazyregexp.New(`\b(?:start|starts|starting|begin|begins|beginning)\s+with\s+([b-hj-z])()(?:$|[\s.,;:!?)])`), false, true},
	// "must end with an 'o' sound": the name ends with that vowel.
	{lazyregexp.New(`\b(?:end|ends|ending|finish|finishes|finishing)\s+(?:with|in|on)\s+(?:an?|the)\s+["']?([aeiou])["']?[\s-]+sound\b()`), true, false},
	// "ending in -ly": the hyphen marks an ending.
	{lazyregexp.New(`\b(?:end|ends|ending|finish|finishes|finishing)\s+(?:with|in|on)\s+(?:the\s+|a\s+)?(?:suffix\s+|ending\s+)?-([a-z]{1,8})\b`), true, false},
	// "debe empezar por la letra M", "mit dem Buchstaben M beginnen".
	{lazyregexp.New(`\b(?:commencer|commence|commencent|debuter|débuter|empezar|empiece|empieza|comenzar|comience|comienza|iniziare|inizi|inizia|comecar|começar|comece|comeca|começa)\s+(?:par|con|por|com|with)\s+(?:la\s+lettre|la\s+letra|la\s+lettera|a\s+letra|le\s+mot|la\s+palabra|la\s+parola|a\s+palavra)\s+([\p{L}\d]{1,20})()`), false, false},
	{lazyregexp.New(`\bmit\s+dem\s+(?:buchstaben|wort)\s+([\p{L}\d]{1,20})\s+(?:beginnen|anfangen|starten|beginnt|anfangt|anfängt)()`), false, false},
}

func parseEnds(text string, c *Constraints) {
	if !containsAny(text, "start", "begin", "open", "lead", "end", "finish", "finir", "finis", "mit", "commen", "debut", "début", "empe", "empie", "comen", "comien", "inizi", "come", "termin", "acab") {
		return
	}
	for _, r := range endRules {
		for _, m := range r.re.Regexp().FindAllStringSubmatchIndex(text, -1) {
			w := firstGroup(submatches(text, m))
			if r.needsName {
				lead := text[sentenceStart(text, m[0]):m[0]]
				if !nameNearby.Regexp().MatchString(lead) && !requestLead.Regexp().MatchString(lead) {
					continue
				}
			}
			w = cleanWord(w)
			if w == "" {
				continue
			}
			if r.suffix {
				if c.Suffix == "" {
					c.Suffix = w
				}
			} else if c.Prefix == "" {
				c.Prefix = w
			}
		}
	}
}

var (
	// avoidSpan is a prohibition followed by what it prohibits, up to the
	// end of the clause; the words are the quoted ones inside it or the one
	// after "the word"/"the letter". Any English "n't" is a prohibition: "a
	// name that doesn't use the words 'disabled' or 'special'" was read as
	// asking for "disabled" in every name.
	avoidSpan     = lazyregexp.New(`(?:\b(?:avoid|avoiding|exclude|excluding|without|never|no|not|[a-z]+n't|dont|doesnt|didnt|isnt|wouldnt|shouldnt|mustnt|cant|cannot|nothing|ohne|kein|keine|keinen|nicht|pas|sans|sin|senza|sem|evitar|evite|evitez|vermeiden|vermeide|evitare|evita)|(?:^|\s)éviter)\b([^.;!?]{0,60})`)
	avoidQuoted   = lazyregexp.New(`'([\p{L}\d]{1,20})'|"\s?([\p{L}\d]{1,20})\s?"`) // « recyclage » keeps its spaces
	avoidNamed    = lazyregexp.New(`^\s*(?:use\s+|using\s+|include\s+|including\s+|contain\s+|containing\s+|have\s+|having\s+|want\s+)*the\s+(?:words?|terms?|letters?)\s+((?:[\p{L}\d]{1,20})(?:\s*(?:,\s*or|,\s*and|,|or|and|&)\s*(?:the\s+)?(?:letter\s+|word\s+)?[\p{L}\d]{1,20}){0,3})`)
	avoidLetter   = lazyregexp.New(`\b(?:no|avoid|without|never)\s+letter\s+["']?([a-z])["']?(?:$|[\s.,;:!?)])`)
	avoidListPart = lazyregexp.New(`\s*(?:,\s*or|,\s*and|,|or|and|&)\s*(?:the\s+)?(?:letter\s+|word\s+)?`)
	// quoteOpens: the quoted words must follow the prohibition closely
	// ("avoid anything with 'wool' or 'knit'"), not be any quote later in
	// the sentence.
	avoidLead = lazyregexp.New(`^\s*(?:(?:anything|any|names?|allowed|supposed|meant|to|words?|terms?|letters?|the|a|an|with|that|contain|contains|containing|include|includes|including|use|using|have|having|has|mention|mentioning|say|of|it|them|or|and|,|oder|ou|ni|nem|le|la|les|mot|mots|mit|im|dem|den|namen|nom|nombre|nome|con|avec|com|el|los|palabra|palabras|das|die|wort|w[oö]rter|il|parola|parole|o|palavra|palavras)\s*)*$`)
)

func parseAvoid(text string) []string {
	if !containsAny(text, "'", `"`, "word", "letter", "term") {
		return nil
	}
	var out []string
	add := func(w string) {
		w = cleanWord(w)
		if w != "" && !slicesContains(out, w) {
			out = append(out, w)
		}
	}
	for _, m := range avoidLetter.Regexp().FindAllStringSubmatch(text, -1) {
		add(m[1]) // "no letter z please"
	}
	for _, span := range avoidSpans(text) {
		if n := avoidNamed.Regexp().FindStringSubmatch(span); n != nil {
			// "avoid the letter K, because ...": a list of letters holds
			// letters, and no list holds the conjunction after it.
			letters := strings.Contains(n[0], "letter") && !strings.Contains(n[0], "word") && !strings.Contains(n[0], "term")
			for _, w := range avoidListPart.Regexp().Split(n[1], -1) {
				if letters && len([]rune(w)) != 1 || listBreak(w) {
					break
				}
				add(w)
			}
			continue
		}
		locs := avoidQuoted.Regexp().FindAllStringSubmatchIndex(span, -1)
		if len(locs) == 0 || !avoidLead.Regexp().MatchString(span[:locs[0][0]]) {
			continue
		}
		prev := locs[0][0]
		for _, l := range locs {
			if !avoidLead.Regexp().MatchString(span[prev:l[0]]) {
				break
			}
			for g := 2; g+1 < len(l); g += 2 {
				if l[g] >= 0 {
					add(span[l[g]:l[g+1]])
				}
			}
			prev = l[1]
		}
	}
	return out
}

// avoidSpans are the clauses after each prohibition of text. They may
// overlap: in "No hyphens, and avoid the word 'solutions' or anything with
// 'green'" the span of "no" holds the "avoid" whose own span names the
// words (read as required words until batch 7's judge scored all five
// names 1 or less).
func avoidSpans(text string) []string {
	var out []string
	for pos := 0; pos < len(text); {
		m := avoidSpan.Regexp().FindStringSubmatchIndex(text[pos:])
		if m == nil {
			break
		}
		out = append(out, text[pos+m[2]:pos+m[3]])
		pos += m[2] // the next prohibition may sit inside this span
	}
	return out
}

// listBreak reports a word that ends a list of words to avoid rather than
// being one of them ("avoid the words fast and cheap, because ...").
func listBreak(w string) bool {
	switch w {
	case "because", "since", "as", "so", "but", "which", "that", "please", "though", "although", "unless", "otherwise":
		return true
	}
	return false
}

func slicesContains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

var syllableRules = []lengthRule{
	{lazyregexp.New(`\b(?:at most|max|maximum|up to|no more than|not more than|no longer than|not longer than|limited to|under|fewer than|less than)\s+` + num + `\s*-?\s*syllables?\b`), func(c *Constraints, a, _ int) {
		c.MaxSyllables = a
	}},
	{lazyregexp.New(`\b` + num + `\s*-?\s*syllables?\s+(?:max|maximum|or less|or fewer|at most|tops)\b`), func(c *Constraints, a, _ int) {
		c.MaxSyllables = a
	}},
	{lazyregexp.New(`\b` + num + `\s+or\s+` + num + `\s*-?\s*syllables?\b`), func(c *Constraints, a, b int) {
		c.MaxSyllables = max(a, b)
	}},
	{lazyregexp.New(`\b` + num + `-syllable\s+(?:names?|domains?|words?|brands?)\b`), func(c *Constraints, a, _ int) {
		c.MaxSyllables = a
	}},
}

// foreignSyllables: "al massimo tre sillabe", "nombre de dos sílabas",
// "deux syllabes maximum", "zwei Silben", "duas sílabas": a count of
// syllables in French, Spanish, German, Portuguese or Italian is a limit.
// "Plus de deux syllabes" and "pelo menos três sílabas" ask for the
// opposite and are left alone.
var foreignSyllables = lazyregexp.New(`(\b(?:no|pas|nicht|non|n[aã]o)\s+)?(\b(?:(?:plus|m[aá]s|mehr|pi[uù]|mais)\s+(?:de|als|di|que)|au\s+moins|al\s+menos|por\s+lo\s+menos|pelo\s+menos|no\s+m[ií]nimo|como\s+m[ií]nimo|almeno|mindestens)\s+)?\b` + fnum + `\s+(?:syllabes?|s[ií]labas?|silben?|sillabe|sillaba)\b`)

// countedSyllables: a count of syllables in English ("a name of exactly two
// syllables", "two syllables please", "a two syllable name") is a limit
// like the foreign ones; "more than two syllables" and "at least three
// syllables" ask for the opposite and are left alone.
var countedSyllables = lazyregexp.New(`(\b(?:more\s+than|longer\s+than|over|above|at\s+least|min|minimum)(?:\s+of)?\s+)?\b` + num + `\s*-?\s*syllables?\b`)

// ceilingBefore and ceilingAfter: words that make a stated count of
// syllables a ceiling ("at most two", "two syllables max", "one or two")
// rather than the exact count the judges read in "a name of two syllables".
var (
	ceilingBefore = lazyregexp.New(`(?:at\s+most|max|maximum|up\s+to|no\s+more\s+than|not\s+more\s+than|no\s+longer\s+than|under|fewer\s+than|less\s+than|limited\s+to|h[oö]chstens|maximal|al\s+massimo|massimo|m[aá]ximo|au\s+plus|pas\s+plus\s+de|no\s+m[aá]s\s+de|n[aã]o\s+mais\s+de|or|o|ou|oder|to|-)\s*$`)
	ceilingAfter  = lazyregexp.New(`^\s*(?:max|maximum|maxi|or\s+less|or\s+fewer|at\s+most|tops|au\s+maximum|como\s+m[aá]ximo|no\s+m[aá]ximo|m[aá]ximo|h[oö]chstens|maximal|al\s+massimo|massimo|massime|or|o|ou|oder|to|-)(?:$|\PL)`)
)

func parseSyllables(text string, c *Constraints) {
	exact := 0
	limit := func(n int, ceiling bool, start, end int) {
		if n <= 0 {
			return
		}
		if c.MaxSyllables == 0 || n < c.MaxSyllables {
			c.MaxSyllables = n
		}
		if !ceiling && !ceilingBefore.Regexp().MatchString(text[max(0, start-24):start]) && !ceilingAfter.Regexp().MatchString(text[end:min(len(text), end+16)]) {
			exact = n
		}
	}
	for _, m := range foreignSyllables.Regexp().FindAllStringSubmatchIndex(text, -1) {
		// "plus de deux syllabes" asks for more; "pas plus de deux", "no
		// más de dos" for at most two.
		if m[4] < 0 {
			limit(toInt(text[m[6]:m[7]]), false, m[6], m[1])
		} else if m[2] >= 0 {
			limit(toInt(text[m[6]:m[7]]), true, m[0], m[1]) // "no más de dos"
		}
	}
	for _, m := range countedSyllables.Regexp().FindAllStringSubmatchIndex(text, -1) {
		if m[2] < 0 {
			limit(toInt(text[m[4]:m[5]]), false, m[4], m[1])
		}
	}
	defer func() {
		// Only a count no ceiling lowered is exact.
		if exact > 0 && exact == c.MaxSyllables {
			c.MinSyllables = exact
		}
	}()
	for _, r := range syllableRules {
		for _, idx := range r.re.Regexp().FindAllStringSubmatchIndex(text, -1) {
			before := c.MaxSyllables
			a, b := counts(submatches(text, idx))
			r.apply(c, a, b)
			if strings.Contains(text[idx[0]:idx[1]], "under") || strings.Contains(text[idx[0]:idx[1]], "than") && !strings.Contains(text[idx[0]:idx[1]], "more than") && !strings.Contains(text[idx[0]:idx[1]], "longer than") {
				c.MaxSyllables-- // "under three syllables", "fewer than three"
			}
			if before > 0 && before < c.MaxSyllables {
				c.MaxSyllables = before
			}
		}
	}
}

// wantPlace and wantPlaceFirst ask for the place in the name: "include the
// city", "with our town's name", "mention the name of the neighbourhood";
// and with the place first, "the city name, Vancouver, should be part of the
// name", "our town must appear in it". (No slice of the two: a slice of
// package-level vars is filled at start, the patterns themselves are not.)

var wantPlaceFirst = lazyregexp.New(`\b(?:city|town|place|location|neighbou?rhood|region|area|village|suburb|island|country)(?:'s)?(?:\s+name)?(?:\s*,\s*([\pL'. -]{2,40}),)?\s+(?:should|must|needs?\s+to|has\s+to|is\s+to|ought\s+to)\s+(?:be\s+(?:part\s+of|in|included|featured|used|mentioned)|appear|feature|show)\b`)

// wantPlaceIn: "we'd like the city name in it", "our town's name in the
// domain".
var wantPlaceIn = lazyregexp.New(`\b(?:city|town|place|village|neighbou?rhood|region|island)(?:'s)?\s+name\s+in\s+(?:it|the\s+name|the\s+domain|our\s+name)\b`)

var wantPlace = lazyregexp.New(`\b(?:include|includes|including|contain|contains|containing|feature|features|featuring|use|uses|using|mention|mentions|mentioning|reference|referencing|with|have|has|having|put|add|incorporate|incorporating)\s+(?:in\s+)?(?:the\s+|our\s+|its\s+|a\s+|their\s+|my\s+)?(?:name\s+of\s+(?:the\s+|our\s+|my\s+)?)?(?:city|town|place|location|neighbou?rhood|region|area|village|suburb|island|country)(?:'s)?(?:\s+name)?\b`)

var realWordPatterns = []*lazyregexp.Regexp{
	lazyregexp.New(`\b(?:no|avoid|without|not|never|don't want|do not want)\s+(?:any\s+)?(?:made[- ]up|invented|fake|weird|odd|creative|misspelled|misspelt|funny|quirky|fancy)\s+(?:spellings?|words?|names?)\b`),
	// "real English words only": the language between is common.
	lazyregexp.New(`\breal\s+(?:english\s+|dictionary\s+)?(?:words?|spellings?)\s+only\b|\bonly\s+real\s+(?:english\s+)?(?:words?|spellings?)\b|\b(?:use|using|of|from)\s+real\s+(?:english\s+)?words\b`),
	lazyregexp.New(`\bnothing\s+(?:made[- ]up|invented)\b`),
	lazyregexp.New(`\b(?:spelled|spelt)\s+(?:correctly|normally|the normal way|as (?:it|they) sounds?)\b`),
	lazyregexp.New(`\b(?:dictionary|real)\s+words?\b.{0,20}\bplease\b|\bplease\b.{0,20}\b(?:dictionary|real)\s+words?\b`),
}
