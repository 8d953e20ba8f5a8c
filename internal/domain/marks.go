package domain

import (
	_ "embed" // marks.txt
	"strings"
	"sync"
)

// marksText is the list of famous marks, shared with internal/namegen,
// which builds its own lookup table from Marks at go generate time.
//
//go:embed marks.txt
var marksText string

// TypoMinLen is the shortest mark whose one-letter typo variants are
// refused too: a shorter mark is one edit away from everyday words ("nike"
// and "bike", "lego" and "logo", "sony" and "song").
const TypoMinLen = 6

var (
	marksOnce sync.Once
	marks     []string
	// The same marks indexed for MarkIn, so a name is compared with the
	// few marks that could match it, not all of them.
	shortMarks []string         // under five letters
	byFirst    [26][]string     // five letters or more, by first letter
	byLen      map[int][]string // TypoMinLen letters or more, by length
)

// Marks returns the famous marks, lowercase a-z and 0-9, each once, in the
// order marks.txt lists them. The slice is shared: never write to it.
func Marks() []string {
	marksOnce.Do(func() {
		seen := map[string]bool{}
		byLen = map[int][]string{}
		for _, line := range strings.Split(marksText, "\n") {
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			for _, m := range strings.Fields(line) {
				if seen[m] {
					continue
				}
				seen[m] = true
				marks = append(marks, m)
				switch {
				case len(m) < 5:
					shortMarks = append(shortMarks, m)
				case m[0] >= 'a' && m[0] <= 'z':
					byFirst[m[0]-'a'] = append(byFirst[m[0]-'a'], m)
				}
				if len(m) >= TypoMinLen {
					byLen[len(m)] = append(byLen[len(m)], m)
				}
			}
		}
	})
	return marks
}

// MarkIn returns the famous mark that name is, carries or imitates, or ""
// for none. Digits read as the letters they resemble ("paypa1", "g00gle").
// A whole name one letter added, dropped, changed or swapped from a mark of
// TypoMinLen letters or more imitates it ("gooogle", "netflx", "amazom");
// inside a longer name only a doubled letter does ("gooogleshop"). Marks
// shorter than five letters count only at the edges of the name, where
// they read as the brand rather than as part of another word
// ("tuberose"), the rule internal/namegen generates by.
//
// own are the words the description asks every name to carry (its
// constraints): a founder who asks for "miele" chose it, so those words are
// cut out and only the pieces either side are checked.
func MarkIn(name string, own []string) string {
	pieces := []string{name}
	for _, w := range own {
		if w == "" {
			continue
		}
		var next []string
		for _, p := range pieces {
			next = append(next, strings.Split(p, w)...)
		}
		pieces = next
	}
	for _, p := range pieces {
		if m := markIn(p); m != "" {
			return m
		}
	}
	return ""
}

func markIn(name string) string {
	Marks()
	for n := len(name) - 1; n <= len(name)+1; n++ {
		for _, m := range byLen[n] {
			if near(name, m, anyEdit) {
				return m
			}
		}
	}
	for _, m := range shortMarks {
		if n := len(m); n <= len(name) && (near(name[:n], m, exact) || near(name[len(name)-n:], m, exact)) {
			return m
		}
	}
	// Inside a longer name only a doubled letter counts as a typo
	// ("gooogleshop"): any other edit there mostly makes another word
	// ("faithfulfinance" is not "binance", "creditcurb" not "reddit").
	// Neither changes the first letter, which picks the marks to try.
	for i := 0; i < len(name); i++ {
		for _, first := range readsAs(name[i]) {
			for _, m := range byFirst[first-'a'] {
				n := len(m)
				edit := exact
				if n >= TypoMinLen {
					edit = doubling
				}
				for k := n; k <= n+1 && i+k <= len(name); k++ {
					if near(name[i:i+k], m, edit) {
						return m
					}
				}
			}
		}
	}
	return ""
}

// readsAs returns the letters name byte c can stand for.
func readsAs(c byte) string {
	switch c {
	case '0':
		return "o"
	case '1':
		return "li"
	case '3':
		return "e"
	case '4':
		return "a"
	case '5':
		return "s"
	case '7':
		return "t"
	}
	if c >= 'a' && c <= 'z' {
		return letters[c-'a' : c-'a'+1]
	}
	return ""
}

const letters = "abcdefghijklmnopqrstuvwxyz"

// The edits near allows.
const (
	exact    = iota // none: only look-alike digits
	doubling        // one letter doubled
	anyEdit         // one letter added, dropped, changed or swapped with the next
)

// near reports whether s spells mark with at most one edit of the kind
// allowed, reading look-alike digits as letters.
func near(s, mark string, edit int) bool {
	i := 0
	for i < len(s) && i < len(mark) && same(s[i], mark[i]) {
		i++
	}
	if len(s) == len(mark) && i == len(s) {
		return true
	}
	switch {
	case edit == exact:
		return false
	case len(s) == len(mark)+1: // added at i
		return (edit == anyEdit || i > 0 && s[i] == s[i-1] || i+1 < len(s) && s[i] == s[i+1]) && sameFrom(s[i+1:], mark[i:])
	case len(s)+1 == len(mark): // dropped at i
		return edit == anyEdit && sameFrom(s[i:], mark[i+1:])
	case len(s) == len(mark) && edit == anyEdit: // changed, or swapped with the next
		return sameFrom(s[i+1:], mark[i+1:]) ||
			i+1 < len(s) && same(s[i], mark[i+1]) && same(s[i+1], mark[i]) && sameFrom(s[i+2:], mark[i+2:])
	}
	return false
}

func sameFrom(s, mark string) bool {
	if len(s) != len(mark) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !same(s[i], mark[i]) {
			return false
		}
	}
	return true
}

// same reports whether name byte c reads as mark byte m: equal, or a
// digit that looks like the letter.
func same(c, m byte) bool {
	return c == m || c >= '0' && c <= '9' && strings.IndexByte(readsAs(c), m) >= 0
}
