package safety

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/domainyours/domainyours/internal/domain"
)

// token is one word of a normalised description.
type token struct {
	text     string // canonical form: lower case, look-alikes and leetspeak folded
	raw      string // lower-cased form before leetspeak folding ("14yo" stays "14yo")
	info     *wordInfo
	sentence int    // index of the sentence the word is in
	clause   int    // index of the comma/colon-delimited clause the word is in
	gap      string // separators before a one-character word, spaces collapsed
	gapLen   int
	prevNeg  int // index of the nearest negator before it in its clause, or -1
	// What the separators before the word held, and what follows it.
	sentenceGap, clauseGap, newlineGap, bracket, colon bool
	hyphen                                             bool // joined to the previous word by a lone '-'
}

// has reports whether the token is a lexicon word with flag f.
func (t *token) has(f wordFlag) bool { return t.info != nil && t.info.flags&f != 0 }

// homoglyphs maps Cyrillic, Greek and Armenian letters that render like Latin
// ones to the Latin letter, so "сосаіnе" (all Cyrillic) reads as "cocaine".
// Only lower-case forms are needed: text is lower-cased first.
func homoglyphs(r rune) (rune, bool) {
	switch r {
	case 'а', 'ɑ', 'α':
		return 'a', true
	case 'в', 'ь', 'ꞵ', 'β':
		return 'b', true
	case 'г':
		return 'r', true
	case 'е', 'ё', 'ε', 'ϵ':
		return 'e', true
	case 'з':
		return '3', true
	case 'к', 'κ':
		return 'k', true
	case 'м':
		return 'm', true
	case 'н', 'һ', 'հ':
		return 'h', true
	case 'о', 'ο', 'σ', 'օ':
		return 'o', true
	case 'п', 'η', 'ո':
		return 'n', true
	case 'р', 'ρ', 'ք':
		return 'p', true
	case 'с', 'ϲ':
		return 'c', true
	case 'т', 'τ':
		return 't', true
	case 'у', 'ү', 'γ':
		return 'y', true
	case 'х', 'χ':
		return 'x', true
	case 'ѕ', 'ς':
		return 's', true
	case 'і', 'ї', 'ı', 'ɩ', 'ι':
		return 'i', true
	case 'ј', 'ȷ', 'ϳ':
		return 'j', true
	case 'ԁ':
		return 'd', true
	case 'ԛ':
		return 'q', true
	case 'ԝ', 'ω':
		return 'w', true
	case 'ӏ':
		return 'l', true
	case 'ɡ', 'ց':
		return 'g', true
	case 'μ', 'υ', 'ս':
		return 'u', true
	case 'ν':
		return 'v', true
	}
	return 0, false
}

// leet maps digits and symbols used as letters. '1' is ambiguous (i or l);
// canonical tries both.
func leet(r rune) (rune, bool) {
	switch r {
	case '0':
		return 'o', true
	case '1', '!':
		return 'i', true
	case '3':
		return 'e', true
	case '4', '@':
		return 'a', true
	case '5', '$':
		return 's', true
	case '7':
		return 't', true
	case '8':
		return 'b', true
	case '|':
		return 'l', true
	}
	return 0, false
}

// prepare applies the Unicode steps: invisible characters out, NFKC (which
// also folds fullwidth and mathematical letters), diacritics dropped so
// "cöcaïne" matches, then lower case and look-alikes folded. Format
// characters the domain package does not list (Cf) are dropped too, so no
// invisible character can split a word. ASCII input is returned as is;
// the tokenizer lower-cases ASCII itself.
func prepare(s string) string {
	first := 0
	for first < len(s) && s[first] < utf8.RuneSelf {
		first++
	}
	if first == len(s) {
		return s
	}
	for i := first; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if domain.IsInvisible(r) {
			s = domain.StripInvisible(s)
			break
		}
		i += size
	}
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	var enc [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] < utf8.RuneSelf {
			j++
		}
		b.WriteString(s[i:j])
		if j == len(s) {
			break
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		i = j + size
		if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r) {
			continue
		}
		r = unicode.ToLower(r)
		if m, ok := homoglyphs(r); ok {
			r = m
		} else if d := norm.NFD.Properties(enc[:utf8.EncodeRune(enc[:], r)]).Decomposition(); len(d) > 0 {
			// A precomposed letter: keep its base, drop the accent.
			base, _ := utf8.DecodeRune(d)
			r = unicode.ToLower(base)
			if m, ok := homoglyphs(r); ok {
				r = m
			}
		}
		switch r {
		case '’', '‘', 'ʼ', '′':
			r = '\''
		case '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\u3000':
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

// ASCII byte classes for the tokenizer.
const (
	kOther  byte = iota
	kAlnum       // letters and digits
	kSpace       // space and tab
	kBreak       // newline: ends a sentence
	kStop        // . ! ? ; end a sentence (a dot only before a space)
	kClause      // , ( ) [ ] { } < > " / end a clause
	kColon       // : ends a clause and marks a role ("SYSTEM:")
	kLeet        // @ $ | + may be part of a word ("h@ck", "18+")
	kApos        // ' inside a word vanishes
)

var asciiKind, asciiLower [utf8.RuneSelf]byte

func init() {
	for c := 0; c < utf8.RuneSelf; c++ {
		asciiLower[c] = byte(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		asciiLower[c] = byte(c - 'A' + 'a')
		asciiKind[c] = kAlnum
	}
	for c := 'a'; c <= 'z'; c++ {
		asciiKind[c] = kAlnum
	}
	for c := '0'; c <= '9'; c++ {
		asciiKind[c] = kAlnum
	}
	for _, set := range []struct {
		chars string
		kind  byte
	}{{" \t\v\f", kSpace}, {"\n\r", kBreak}, {".!?;", kStop}, {",()[]{}<>\"/", kClause},
		{":", kColon}, {"@$|+", kLeet}, {"'", kApos}} {
		for i := 0; i < len(set.chars); i++ {
			asciiKind[set.chars[i]] = set.kind
		}
	}
}

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// lowerAt returns the ASCII byte at i lower-cased, or 0 outside s or for a
// non-ASCII byte.
func lowerAt(s string, i int) byte {
	if i < 0 || i >= len(s) || s[i] >= utf8.RuneSelf {
		return 0
	}
	return asciiLower[s[i]]
}

// leetInWord reports whether the symbol at i stands for a letter: '@' and
// '$' before a letter or digit ("$ell", "h@ck"), '!' and '|' between letters
// ("k!ds"), '+' after a number ("18+").
func leetInWord(s string, i int) bool {
	next, prev := lowerAt(s, i+1), lowerAt(s, i-1)
	switch s[i] {
	case '@', '$':
		return isLower(next) || isDigit(next)
	case '!', '|':
		return isLower(prev) && isLower(next)
	case '+':
		return isDigit(prev) && !isLower(next) && !isDigit(next)
	}
	return false
}

// elision reports a French or Italian article or preposition written with
// an apostrophe ("l'", "d'", "dell'", "qu'"): it stays a word of its own, so
// "carte d'identité" is tokenised as three words ("d" alone), not with a
// glued "didentité".
func elision(word []byte) bool {
	switch string(word) {
	case "l", "d", "j", "n", "s", "c", "m", "t", "qu", "dell", "all", "nell", "sull", "dall",
		"coll", "un", "quell", "nessun", "lorsqu", "puisqu", "jusqu":
		return true
	}
	return false
}

// wordAt reports whether a word character starts at byte i of s.
func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return asciiKind[c] == kAlnum || ((asciiKind[c] == kLeet || c == '!') && leetInWord(s, i))
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tokenizer holds buffers reused across descriptions.
type tokenizer struct {
	toks, joined []token
	text         []byte
	offsets      []int
	gap, wordGap []byte
}

// split cuts prepared text into lower-case words and records what separated
// them. Apostrophes inside words vanish ("don't" → "dont") and a possessive
// "'s" is dropped ("kid's" → "kid").
func (z *tokenizer) split(s string) {
	z.toks, z.text, z.offsets = z.toks[:0], z.text[:0], z.offsets[:0]
	z.gap, z.wordGap = z.gap[:0], z.wordGap[:0]
	var cur token
	start, runes := -1, 0
	closeWord := func() {
		if runes == 1 {
			cur.gap = string(z.wordGap)
		}
		z.offsets = append(z.offsets, start, len(z.text))
		z.toks = append(z.toks, cur)
		cur = token{}
		start, runes = -1, 0
	}
	for i := 0; i < len(s); {
		c := s[i]
		size, kind := 1, kOther
		r := rune(c)
		word := false
		if c < utf8.RuneSelf {
			kind = asciiKind[c]
			switch {
			case kind == kAlnum:
				word = true
			case kind == kLeet || c == '!':
				word = leetInWord(s, i)
			case kind == kApos && start >= 0 && !elision(z.text[start:]) &&
				(isLower(lowerAt(s, i+1)) || isDigit(lowerAt(s, i+1))):
				if lowerAt(s, i+1) == 's' && !wordAt(s, i+2) {
					i++ // possessive 's
				}
				i++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
			if unicode.IsSpace(r) {
				kind = kSpace
			}
		}
		if word {
			if start < 0 {
				start = len(z.text)
				cur.gapLen = len(z.gap)
				cur.hyphen = len(z.gap) == 1 && z.gap[0] == '-'
				z.wordGap = append(z.wordGap[:0], z.gap...)
				z.gap = z.gap[:0]
			}
			if size == 1 {
				z.text = append(z.text, asciiLower[c])
			} else {
				z.text = append(z.text, s[i:i+size]...)
			}
			runes++
			i += size
			continue
		}
		if start >= 0 {
			closeWord()
		}
		switch {
		case kind == kBreak:
			cur.sentenceGap, cur.clauseGap, cur.newlineGap = true, true, true
		case kind == kStop || r == '…' || r == '。':
			// A dot ends a sentence only before a space: not "c.r.e.d.i.t", "3.5".
			next := asciiKind[lowerAt(s, i+1)]
			if c != '.' || i+1 >= len(s) || next == kSpace || next == kBreak {
				cur.sentenceGap, cur.clauseGap = true, true
			}
		case kind == kColon:
			cur.clauseGap = true
			if len(z.gap) == 0 && len(z.toks) > 0 {
				z.toks[len(z.toks)-1].colon = true
			}
		case kind == kClause || r == '“' || r == '”' || r == '—' || r == '–':
			cur.clauseGap = true
		}
		if c == '[' || c == '<' || c == '#' || c == '|' {
			cur.bracket = true
		} else if kind != kSpace {
			cur.bracket = false
		}
		if kind == kSpace || kind == kBreak {
			if len(z.gap) == 0 || z.gap[len(z.gap)-1] != ' ' {
				z.gap = append(z.gap, ' ')
			}
		} else {
			z.gap = append(z.gap, s[i:i+size]...)
		}
		i += size
	}
	if start >= 0 {
		closeWord()
	}
	all := string(z.text)
	for k := range z.toks {
		z.toks[k].text = all[z.offsets[2*k]:z.offsets[2*k+1]]
	}
}

// joinSpelled merges runs of three or more single characters separated the
// same short way ("c.r.e.d.i.t", "h a c k", "k-i-d-s") into one word, and
// splits a run that spells several words when the lexicon knows them
// ("creditcards" → "credit", "cards").
func (z *tokenizer) joinSpelled() {
	toks := z.toks
	run := 0 // consecutive one-character words; most text has no run of 3
	for i := range toks {
		if len(toks[i].text) == 1 || utf8.RuneCountInString(toks[i].text) == 1 {
			run++
		} else {
			run = 0
		}
		if run == 3 {
			break
		}
	}
	if run < 3 {
		return
	}
	out := z.joined[:0]
	merged := false
	for i := 0; i < len(toks); {
		j := i + 1
		if utf8.RuneCountInString(toks[i].text) == 1 {
			sig := ""
			for j < len(toks) && utf8.RuneCountInString(toks[j].text) == 1 {
				g := toks[j].gap
				if toks[j].gapLen > 3 || toks[j].newlineGap || !spelledGap(g) || (sig != "" && g != sig) {
					break
				}
				sig = g
				j++
			}
		}
		if j-i < 3 {
			out = append(out, toks[i])
			i++
			continue
		}
		merged = true
		var b strings.Builder
		for _, t := range toks[i:j] {
			b.WriteString(t.text)
		}
		words := segment(b.String())
		for k, w := range words {
			t := token{text: w}
			if k == 0 {
				t = toks[i]
				t.text = w
			}
			t.colon = k == len(words)-1 && toks[j-1].colon
			out = append(out, t)
		}
		i = j
	}
	z.joined = out
	if merged {
		z.toks, z.joined = z.joined, z.toks
	}
}

func spelledGap(g string) bool {
	for _, r := range g {
		if !strings.ContainsRune(" .-_*·•~/\\|'`,", r) {
			return false
		}
	}
	return true
}

// segment splits a run of letters into lexicon words when it is not one
// itself, preferring the fewest words; it returns the run unchanged when no
// split covers it.
func segment(s string) []string {
	if known(canonical(s)) || len(s) > 64 {
		return []string{s}
	}
	n := len(s)
	best := make([]int, n+1) // fewest words covering s[:i]; -1 unreachable
	prev := make([]int, n+1)
	for i := 1; i <= n; i++ {
		best[i] = -1
		for j := max(0, i-lexMaxWordLen); j < i; j++ {
			if best[j] < 0 || i-j < 2 || !known(canonical(s[j:i])) {
				continue
			}
			if best[i] < 0 || best[j]+1 < best[i] {
				best[i], prev[i] = best[j]+1, j
			}
		}
	}
	if best[n] < 0 {
		return []string{s}
	}
	var words []string
	for i := n; i > 0; i = prev[i] {
		words = append(words, s[prev[i]:i])
	}
	for l, r := 0, len(words)-1; l < r; l, r = l+1, r-1 {
		words[l], words[r] = words[r], words[l]
	}
	return words
}

// canonical folds leetspeak in a word that mixes letters with digits or
// symbols, choosing the reading the lexicon knows: "c0c41n3" → "cocaine",
// "k1ll" → "kill" (1 read as l), "h|a|c|k" → "hack" (symbols dropped). A word
// the lexicon knows as written ("ak47", "1488") or one no reading matches is
// returned unchanged.
func canonical(w string) string {
	letters, others := false, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'a' <= c && c <= 'z':
			letters = true
		case ('0' <= c && c <= '9') || c == '@' || c == '$' || c == '!' || c == '|':
			others = true
		}
	}
	if !letters || !others || known(w) {
		return w
	}
	for _, one := range []rune{'i', 'l'} {
		f := strings.Map(func(r rune) rune {
			if r == '1' {
				return one
			}
			if m, ok := leet(r); ok {
				return m
			}
			return r
		}, w)
		if known(f) {
			return f
		}
	}
	dropped := strings.Map(func(r rune) rune {
		if r == '!' || r == '|' || r == '@' || r == '$' {
			return -1
		}
		return r
	}, w)
	if known(dropped) {
		return dropped
	}
	return w
}

// tokenize runs the whole normalisation and returns the words with their
// sentence and clause positions. The result lives in z's buffers until its
// next use.
func (z *tokenizer) tokenize(s string) []token {
	z.split(prepare(s))
	z.joinSpelled()
	sentence, clause, neg := 0, 0, -1
	for i := range z.toks {
		t := &z.toks[i]
		if i > 0 {
			if t.sentenceGap {
				sentence++
			}
			if t.clauseGap {
				clause++
				neg = -1
			}
		}
		t.raw = t.text
		t.text = canonical(t.text)
		t.info = lookupWord(t.text)
		t.sentence, t.clause, t.prevNeg = sentence, clause, neg
		if t.has(fNegator) {
			neg = i
		}
	}
	return z.toks
}

// tokenize is tokenizer.tokenize with fresh buffers, for tests.
func tokenize(s string) []token {
	var z tokenizer
	return z.tokenize(s)
}
