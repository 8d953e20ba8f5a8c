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
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
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
)

// Violation is one way a name fails the constraints.
type Violation struct {
	Code    Code
	Message string
}

// IsZero reports whether c carries no constraint at all.
func (c Constraints) IsZero() bool {
	return !c.NoHyphens && !c.NoDigits && !c.WantDigits && c.MaxLen == 0 && c.MinLen == 0 && len(c.MustInclude) == 0
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
	return out
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
	if containsAny(text, "letters only", "only letters", "alphabetic") && lettersOnly().MatchString(text) {
		c.NoDigits = true
		c.NoHyphens = true
	}
	if !c.NoDigits && digitWord && wantsDigits(text) {
		c.WantDigits = true
	}
	if containsAny(text, "char", "letter") {
		parseLengths(text, &c)
	}
	c.MustInclude = parseWords(description)
	return c
}

// lazy compiles a pattern on first use: most processes never need most
// patterns, and compiling them all cost milliseconds at every start.
func lazy(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

func containsAny(text string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

func matchAny(text string, patterns []func() *regexp.Regexp) bool {
	for _, p := range patterns {
		if p().MatchString(text) {
			return true
		}
	}
	return false
}

// normaliseQuotes maps typographic quotes and dashes to ASCII so one set of
// patterns covers text pasted from word processors.
func normaliseQuotes(s string) string {
	return quoteReplacer.Replace(s)
}

var quoteReplacer = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u00ab", `"`, "\u00bb", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-",
)

// neg is a prohibition directly in front of the thing prohibited.
const neg = `(?:no|avoid|avoiding|without|never|never use|don't use|dont use|do not use|don't include|do not include|don't want|do not want|not use|exclude|excluding|skip|ban|free of|zero)`

const filler = `(?:any\s+|the\s+|using\s+|use of\s+|any use of\s+)?`

var noHyphenPatterns = []func() *regexp.Regexp{
	lazy(`\b` + neg + `\s+` + filler + `(?:hyphens?|dashes?|hyphenation|hyphenated)\b`),
	lazy(`\b(?:hyphen|dash)-?\s?(?:free|less)\b`),
	lazy(`\bunhyphenated\b`),
	lazy(`\b(?:hyphens?|dashes?)\s+(?:are\s+|is\s+)?(?:not allowed|not permitted|forbidden|banned|prohibited|not wanted|a no-go)\b`),
}

var noDigitPatterns = []func() *regexp.Regexp{
	lazy(`\b` + neg + `\s+` + filler + `(?:numbers?|digits?|numerals?|numeric characters?)\b`),
	lazy(`\b(?:number|digit|numeral)s?-?\s?free\b`),
	lazy(`\b(?:numbers?|digits?|numerals?)\s+(?:are\s+|is\s+)?(?:not allowed|not permitted|forbidden|banned|prohibited|not wanted|a no-go)\b`),
}

var lettersOnly = lazy(`\b(?:letters only|only letters|alphabetic only|only alphabetic)\b`)

var wantDigitPatterns = []func() *regexp.Regexp{
	lazy(`\b(?:number|digit|numeral|numeric)-?\s?based\b`),
	lazy(`\b(?:numbers?|digits?|numerals?)\s+(?:are\s+|is\s+)?(?:welcome|encouraged|preferred|wanted|required|a plus)\b`),
	lazy(`\bprefer\w*\s+(?:\w+\s+){0,3}?(?:numbers?|digits?|numerals?|numeric)\b`),
	lazy(`\b(?:numeric|numbered)\s+(?:names?|domains?|naming)\b`),
}

// wantVerbDigits is matched separately because "with a number of outlets"
// must not count; Go's regexp has no look-ahead, so the trailing "of" is
// captured and rejected in code.
var wantVerbDigits = lazy(`\b(?:include|includes|including|add|adding|use|using|contain|contains|containing|feature|featuring|incorporate|incorporating|with|has|have|having|put)\s+(?:a\s+|an\s+|one\s+|some\s+|at least one\s+|in\s+a\s+)?(?:numbers?|digits?|numerals?)\b(\s+of\b)?`)

func wantsDigits(text string) bool {
	if matchAny(text, wantDigitPatterns) {
		return true
	}
	for _, m := range wantVerbDigits().FindAllStringSubmatch(text, -1) {
		if m[1] == "" {
			return true
		}
	}
	return false
}

// numberWords lets "at most eight characters" work like "at most 8 characters".
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}

const (
	num  = `(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)`
	unit = `\s*-?\s*(?:characters?|chars?|letters?)\b`
)

type lengthRule struct {
	re func() *regexp.Regexp
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
	{lazy(`\bbetween\s+` + num + `\s+and\s+` + num + unit), func(c *Constraints, a, b int) {
		tightenMin(c, min(a, b))
		tightenMax(c, max(a, b))
	}},
	{lazy(`\b` + num + `\s*(?:-|to)\s*` + num + unit), func(c *Constraints, a, b int) {
		tightenMin(c, min(a, b))
		tightenMax(c, max(a, b))
	}},
	{lazy(`\bexactly\s+` + num + unit), func(c *Constraints, a, _ int) {
		tightenMin(c, a)
		tightenMax(c, a)
	}},
	{lazy(`\b(?:a|an)\s+` + num + unit + `\s+(?:names?|domains?)\b`), func(c *Constraints, a, _ int) {
		tightenMin(c, a)
		tightenMax(c, a)
	}},
	{lazy(`\b(?:at most|at the most|max|maximum|max of|maximum of|up to|no more than|not more than|no longer than|not longer than|limited to|limit of|not exceeding|capped at)\s+` + num + unit), func(c *Constraints, a, _ int) {
		tightenMax(c, a)
	}},
	{lazy(`\b` + num + unit + `\s+(?:max|maximum|or less|or fewer|or shorter|at most|tops)\b`), func(c *Constraints, a, _ int) {
		tightenMax(c, a)
	}},
	{lazy(`\b(?:under|fewer than|less than|shorter than|below)\s+` + num + unit), func(c *Constraints, a, _ int) {
		tightenMax(c, a-1)
	}},
	{lazy(`\b(?:at least|min|minimum|min of|minimum of|no fewer than|no less than|no shorter than|not shorter than)\s+` + num + unit), func(c *Constraints, a, _ int) {
		tightenMin(c, a)
	}},
	{lazy(`\b` + num + unit + `\s+(?:min|minimum|or more|or longer|at least)\b`), func(c *Constraints, a, _ int) {
		tightenMin(c, a)
	}},
	{lazy(`\b(?:more than|longer than|over|above|greater than)\s+` + num + unit), func(c *Constraints, a, _ int) {
		tightenMin(c, a+1)
	}},
}

func parseLengths(text string, c *Constraints) {
	for _, r := range lengthRules {
		for _, idx := range r.re().FindAllStringSubmatchIndex(text, -1) {
			// "no more than 8" must not also read as "more than 8".
			if negated().MatchString(text[:idx[0]]) {
				continue
			}
			a := toInt(text[idx[2]:idx[3]])
			b := 0
			if len(idx) > 4 && idx[4] >= 0 {
				b = toInt(text[idx[4]:idx[5]])
			}
			r.apply(c, a, b)
		}
	}
}

var negated = lazy(`\bnot?\s+$`)

func toInt(s string) int {
	if n, ok := numberWords[s]; ok {
		return n
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

const includeVerb = `(?:include|includes|including|contain|contains|containing|feature|features|featuring|use|uses|using|with|have|has|having|incorporate|incorporating|mention|mentioning)`

var (
	// "must include the word ink", "containing the term lumen".
	wordAfterVerb = lazy(`\b` + includeVerb + `\s+(?:the\s+)?(?:word|term|keyword)\s+["']?([\p{L}\d]+)`)
	// "include a number and the word brew": a short gap is allowed, but only
	// with "the" in front of "word", so "every term ends" or "an old Norman
	// word or" stay ordinary prose.
	wordAfterGap = lazy(`\b` + includeVerb + `\s+[^.;:!?,"']{1,30}?\s+the\s+(?:word|term|keyword)\s+["']?([\p{L}\d]+)`)
	// "include the words ink and quill", "use the terms fox, den".
	wordsAfterVerb = lazy(`\b` + includeVerb + `\s+(?:the\s+|both\s+|the\s+two\s+)?(?:words|terms|keywords)\s+((?:["']?[\p{L}\d]+["']?)(?:\s*(?:,\s*and|,|and|&)\s*["']?[\p{L}\d]+["']?){0,3})`)
	// "include 'fox'", "featuring "nova"".
	quotedAfterVerb = lazy(`\b` + includeVerb + `\s+(?:the\s+)?(?:word\s+|term\s+)?(?:'([\p{L}\d][\p{L}\d ]{0,30}?)'|"([\p{L}\d][\p{L}\d ]{0,30}?)")`)
	// "the word ink must appear".
	wordBeforeVerb = lazy(`\b(?:word|term|keyword)\s+["']?([\p{L}\d]+)["']?\s+(?:must|should|has to|needs to|ought to)\s+(?:be\s+)?(?:in|included|appear|present|feature|be used|used)`)
	listSplit      = lazy(`\s*(?:,\s*and|,|and|&)\s*`)
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
	for _, m := range wordAfterVerb().FindAllStringSubmatch(text, -1) {
		raw = append(raw, m[1])
	}
	for _, m := range wordAfterGap().FindAllStringSubmatch(text, -1) {
		raw = append(raw, m[1])
	}
	for _, m := range wordsAfterVerb().FindAllStringSubmatch(text, -1) {
		raw = append(raw, listSplit().Split(m[1], -1)...)
	}
	for _, m := range quotedAfterVerb().FindAllStringSubmatch(text, -1) {
		raw = append(raw, m[1]+m[2])
	}
	for _, m := range wordBeforeVerb().FindAllStringSubmatch(text, -1) {
		raw = append(raw, m[1])
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
