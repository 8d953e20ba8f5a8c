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
	sentence int    // index of the sentence the word is in
	clause   int    // index of the comma/colon-delimited clause the word is in
	colon    bool   // directly followed by ':' ("SYSTEM:")
	bracket  bool   // directly preceded by '[', '<', '#' or '|' ("[system]")
	info     *wordInfo
}

// has reports whether the token is a lexicon word with flag f.
func (t *token) has(f wordFlag) bool { return t.info != nil && t.info.flags&f != 0 }

// homoglyphs maps Cyrillic, Greek and Armenian letters that render like Latin
// ones to the Latin letter, so "сосаіnе" (all Cyrillic) reads as "cocaine".
// Only lower-case forms are needed: text is lower-cased first.
var homoglyphs = map[rune]rune{
	// Cyrillic
	'а': 'a', 'в': 'b', 'г': 'r', 'е': 'e', 'ё': 'e', 'з': '3', 'к': 'k', 'м': 'm', 'н': 'h',
	'о': 'o', 'п': 'n', 'р': 'p', 'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'ь': 'b', 'ѕ': 's',
	'і': 'i', 'ї': 'i', 'ј': 'j', 'һ': 'h', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l', 'ү': 'y',
	'ɡ': 'g', 'ɑ': 'a', 'ı': 'i', 'ɩ': 'i', 'ȷ': 'j', 'ꞵ': 'b',
	// Greek
	'α': 'a', 'β': 'b', 'γ': 'y', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'μ': 'u', 'ν': 'v',
	'ο': 'o', 'ρ': 'p', 'σ': 'o', 'ς': 's', 'τ': 't', 'υ': 'u', 'χ': 'x', 'ω': 'w', 'ϲ': 'c',
	'ϳ': 'j', 'ϵ': 'e',
	// Armenian
	'օ': 'o', 'ս': 'u', 'ց': 'g', 'հ': 'h', 'ո': 'n', 'ք': 'p',
}

// leet maps digits and symbols used as letters. '1' is ambiguous (i or l);
// canonical tries both.
var leet = map[rune]rune{
	'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b',
	'@': 'a', '$': 's', '!': 'i', '|': 'l',
}

// prepare applies the Unicode steps: invisible characters out, NFKC (which
// also folds fullwidth and mathematical letters), diacritics dropped so
// "cöcaïne" matches, then lower case and look-alikes folded. Format
// characters the domain package does not list (Cf) are dropped too, so no
// invisible character can split a word. ASCII input is returned as is;
// splitWords lower-cases ASCII itself.
func prepare(s string) string {
	for _, r := range s {
		if domain.IsInvisible(r) {
			s = domain.StripInvisible(s)
			break
		}
	}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	var enc [utf8.UTFMax]byte
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
			continue
		}
		if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r) {
			continue
		}
		r = unicode.ToLower(r)
		if m, ok := homoglyphs[r]; ok {
			r = m
		} else if d := norm.NFD.Properties(enc[:utf8.EncodeRune(enc[:], r)]).Decomposition(); len(d) > 0 {
			// A precomposed letter: keep its base, drop the accent.
			base, _ := utf8.DecodeRune(d)
			r = unicode.ToLower(base)
			if m, ok := homoglyphs[r]; ok {
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

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// lowerAt returns the ASCII byte at i lower-cased, or 0 outside s or for a
// non-ASCII byte.
func lowerAt(s string, i int) byte {
	if i < 0 || i >= len(s) {
		return 0
	}
	c := s[i]
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	if c >= utf8.RuneSelf {
		return 0
	}
	return c
}

// asciiWordChar reports whether the ASCII byte at i continues or starts a
// word. Leet symbols count only where they stand for a letter: '@' and '$'
// before a letter or digit ("$ell", "h@ck"), '!' and '|' between letters
// ("k!ds"), '+' after a number ("18+").
func asciiWordChar(s string, i int) bool {
	c := lowerAt(s, i)
	if isLower(c) || isDigit(c) {
		return true
	}
	next, prev := lowerAt(s, i+1), lowerAt(s, i-1)
	switch c {
	case '@', '$':
		return isLower(next) || isDigit(next)
	case '!', '|':
		return isLower(prev) && isLower(next)
	case '+':
		return isDigit(prev) && !isLower(next) && !isDigit(next)
	}
	return false
}

// wordAt reports whether a word character starts at byte i of s.
func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if s[i] < utf8.RuneSelf {
		return asciiWordChar(s, i)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// span is a raw word with what separated it from the previous word. Its text
// is a slice of one shared string, so splitting allocates once.
type span struct {
	text         string
	gap          string // separators before a one-character word, spaces collapsed
	gapLen       int
	sentenceGap  bool // a sentence ended in the gap
	clauseGap    bool // a clause ended in the gap
	colonAfter   bool
	bracketGap   bool
	newlineInGap bool
}

// splitWords cuts prepared text into lower-case words and records the
// separators. Apostrophes inside words vanish ("don't" → "dont") and a
// possessive "'s" is dropped ("kid's" → "kid").
func splitWords(s string) []span {
	spans := make([]span, 0, len(s)/5+1)
	offsets := make([]int, 0, 2*cap(spans)) // start, end byte offsets per span
	text := make([]byte, 0, len(s))
	var gap, wordGap []byte
	cur := span{}
	start, runes := -1, 0
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		word, space := false, false
		r := rune(c)
		if c < utf8.RuneSelf {
			if c == '\'' && start >= 0 && (isLower(lowerAt(s, i+1)) || isDigit(lowerAt(s, i+1))) {
				if lowerAt(s, i+1) == 's' && !wordAt(s, i+2) {
					i++ // possessive 's
				}
				i++
				continue
			}
			word = asciiWordChar(s, i)
			space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
			if word {
				c = lowerAt(s, i)
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
			space = unicode.IsSpace(r)
		}
		if word {
			if start < 0 {
				start = len(text)
				cur.gapLen = len(gap)
				wordGap = append(wordGap[:0], gap...)
				gap = gap[:0]
			}
			if size == 1 {
				text = append(text, c)
			} else {
				text = append(text, s[i:i+size]...)
			}
			runes++
			i += size
			continue
		}
		if start >= 0 {
			if runes == 1 {
				cur.gap = string(wordGap)
			}
			offsets = append(offsets, start, len(text))
			spans = append(spans, cur)
			cur = span{}
			start, runes = -1, 0
		}
		next := lowerAt(s, i+size)
		switch {
		case r == '\n' || r == '\r':
			cur.sentenceGap, cur.clauseGap, cur.newlineInGap = true, true, true
		case r == '.':
			if i+1 >= len(s) || next == ' ' || next == '\n' || next == '\t' || next == '\r' {
				cur.sentenceGap, cur.clauseGap = true, true
			}
		case r == '!' || r == '?' || r == ';' || r == '…' || r == '。':
			cur.sentenceGap, cur.clauseGap = true, true
		case r == ':':
			cur.clauseGap = true
			if len(gap) == 0 && len(spans) > 0 {
				spans[len(spans)-1].colonAfter = true
			}
		case strings.ContainsRune(",()[]{}<>\"“”—–/", r):
			cur.clauseGap = true
		}
		if r == '[' || r == '<' || r == '#' || r == '|' {
			cur.bracketGap = true
		} else if !space {
			cur.bracketGap = false
		}
		if space {
			if len(gap) == 0 || gap[len(gap)-1] != ' ' {
				gap = append(gap, ' ')
			}
		} else {
			gap = append(gap, s[i:i+size]...)
		}
		i += size
	}
	if start >= 0 {
		if runes == 1 {
			cur.gap = string(wordGap)
		}
		offsets = append(offsets, start, len(text))
		spans = append(spans, cur)
	}
	all := string(text)
	for k := range spans {
		spans[k].text = all[offsets[2*k]:offsets[2*k+1]]
	}
	return spans
}

// joinSpelled merges runs of three or more single characters separated the
// same short way ("c.r.e.d.i.t", "h a c k", "k-i-d-s") into one word, and
// splits a run that spells several words when the lexicon knows them
// ("creditcards" → "credit", "cards").
func joinSpelled(spans []span) []span {
	var out []span
	for i := 0; i < len(spans); {
		j := i + 1
		if utf8.RuneCountInString(spans[i].text) == 1 {
			sig := ""
			for j < len(spans) && utf8.RuneCountInString(spans[j].text) == 1 {
				g := spans[j].gap
				if spans[j].gapLen > 3 || spans[j].newlineInGap || !spelledGap(g) || (sig != "" && g != sig) {
					break
				}
				sig = g
				j++
			}
		}
		if j-i < 3 {
			if out != nil {
				out = append(out, spans[i])
			}
			i++
			continue
		}
		if out == nil {
			out = append(make([]span, 0, len(spans)), spans[:i]...)
		}
		var b strings.Builder
		for _, s := range spans[i:j] {
			b.WriteString(s.text)
		}
		words := segment(b.String())
		for k, w := range words {
			s := span{text: w}
			if k == 0 {
				s = spans[i]
				s.text = w
			}
			s.colonAfter = k == len(words)-1 && spans[j-1].colonAfter
			out = append(out, s)
		}
		i = j
	}
	if out == nil {
		return spans
	}
	return out
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
		for j := max(0, i-maxWordLen); j < i; j++ {
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
			if m, ok := leet[r]; ok {
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
// sentence and clause positions.
func tokenize(s string) []token {
	spans := joinSpelled(splitWords(prepare(s)))
	toks := make([]token, len(spans))
	sentence, clause := 0, 0
	for i, sp := range spans {
		if i > 0 {
			if sp.sentenceGap {
				sentence++
			}
			if sp.clauseGap {
				clause++
			}
		}
		text := canonical(sp.text)
		toks[i] = token{
			text:     text,
			info:     words[text],
			raw:      sp.text,
			sentence: sentence,
			clause:   clause,
			colon:    sp.colonAfter,
			bracket:  sp.bracketGap,
		}
	}
	return toks
}
