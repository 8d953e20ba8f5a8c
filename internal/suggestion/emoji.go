package suggestion

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/runenames"
)

// emojiWords gives a description written without letters or digits ("🍕🍕🍕")
// the meaning of its symbols: their Unicode names ("slice of pizza"), each
// once, in order. ok is false when nothing in it has a meaning in words
// ("!!!"), so the caller asks for a description in words (exit 2) instead of
// letting a generator fail on it.
//
// The names come from golang.org/x/text/unicode/runenames, static tables
// with no start-up cost. CLDR short names ("pizza") would read better, but
// the Go packages that carry them build a large map at every process start.
func emojiWords(desc string) (words string, ok bool) {
	if hasWordChar(desc) {
		return desc, true
	}
	var names []string
	seen := map[string]bool{}
	for _, r := range desc {
		if !meaningful(r) {
			continue
		}
		name := strings.ToLower(runenames.Name(r))
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		names = append(names, name)
	}
	if len(names) == 0 {
		return "", false
	}
	return strings.Join(names, ", "), true
}

// meaningful keeps pictographs and symbols, not the joiners, variation
// selectors, skin-tone modifiers and punctuation around them.
func meaningful(r rune) bool {
	switch {
	case r == '\u200d', unicode.Is(unicode.Variation_Selector, r),
		r >= 0x1F3FB && r <= 0x1F3FF, // skin tones
		r >= 0xE0020 && r <= 0xE007F: // tag characters of subdivision flags
		return false
	}
	// Regional indicators (flag halves) are named "regional indicator
	// symbol letter i": letters, not meaning.
	return unicode.IsSymbol(r) && !(r >= 0x1F1E6 && r <= 0x1F1FF)
}

func hasWordChar(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
