package domain

import (
	"strings"
	"unicode"
)

// IsInvisible reports characters that render as nothing (or reorder text) and
// so can hide inside a name or a description: zero-width characters, bidi
// controls, Unicode tag characters, variation selectors and every other
// format character (Unicode category Cf).
func IsInvisible(r rune) bool {
	switch {
	case r == 0x00AD, // soft hyphen
		r == 0x034F,              // combining grapheme joiner
		r == 0x061C,              // Arabic letter mark
		r == 0x115F, r == 0x1160, // Hangul fillers
		r == 0x17B4, r == 0x17B5, // Khmer inherent vowels
		r == 0x180E,                  // Mongolian vowel separator
		r >= 0x200B && r <= 0x200F,   // zero-width space/joiners, LRM, RLM
		r >= 0x202A && r <= 0x202E,   // bidi embeddings and overrides
		r >= 0x2060 && r <= 0x206F,   // word joiner, invisible operators, bidi isolates
		r == 0x3164,                  // Hangul filler
		r >= 0xFE00 && r <= 0xFE0F,   // variation selectors
		r == 0xFEFF,                  // zero-width no-break space / BOM
		r == 0xFFA0,                  // halfwidth Hangul filler
		r >= 0x1D173 && r <= 0x1D17A, // musical formatting controls
		r >= 0xE0000 && r <= 0xE007F, // tag characters
		r >= 0xE0100 && r <= 0xE01EF, // variation selectors supplement
		r >= 0x180B && r <= 0x180F:   // Mongolian free variation selectors
		return true
	}
	// Any other format character renders as nothing too: interlinear
	// annotation marks (U+FFF9-FFFB), Kaithi and Egyptian format controls.
	return r >= 0x80 && unicode.Is(unicode.Cf, r)
}

// StripInvisible removes every character IsInvisible reports, so text a person
// pastes (descriptions, names) cannot carry hidden payloads. ASCII input is
// returned unchanged without allocating.
func StripInvisible(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return strings.Map(func(r rune) rune {
		if IsInvisible(r) {
			return -1
		}
		return r
	}, s)
}

// confusables maps Cyrillic, Greek and other letters that render like a Latin
// letter to that letter. It is deliberately small: anything non-ASCII is
// rejected anyway; this table only makes the message name the attack.
func confusables(r rune) (rune, bool) {
	switch r {
	case 'а', 'А', 'α', 'Α':
		return 'a', true
	case 'в', 'ь', 'В', 'β', 'Β':
		return 'b', true
	case 'е', 'ё', 'Е', 'ε', 'Ε':
		return 'e', true
	case 'һ', 'н', 'Н', 'Η':
		return 'h', true
	case 'і', 'ї', 'І', 'ι', 'Ι', 'ı', 'ⅰ':
		return 'i', true
	case 'ј', 'Ј', 'ȷ':
		return 'j', true
	case 'к', 'К', 'κ', 'Κ':
		return 'k', true
	case 'м', 'М', 'Μ', 'ⅿ':
		return 'm', true
	case 'о', 'О', 'ο', 'Ο':
		return 'o', true
	case 'р', 'Р', 'ρ', 'Ρ':
		return 'p', true
	case 'с', 'С', 'ⅽ':
		return 'c', true
	case 'т', 'Т', 'τ', 'Τ':
		return 't', true
	case 'у', 'У', 'Υ':
		return 'y', true
	case 'х', 'Х', 'χ', 'Χ':
		return 'x', true
	case 'ѕ', 'Ѕ':
		return 's', true
	case 'ԁ', 'ⅾ':
		return 'd', true
	case 'ԛ':
		return 'q', true
	case 'ԝ', 'ω':
		return 'w', true
	case 'г':
		return 'r', true
	case 'п', 'η', 'Ν':
		return 'n', true
	case 'ɡ':
		return 'g', true
	case 'ӏ', 'ℓ', 'ⅼ':
		return 'l', true
	case 'ν':
		return 'v', true
	case 'υ':
		return 'u', true
	case 'Ζ':
		return 'z', true
	}
	return 0, false
}

// confusableLatin returns the ASCII letter or digit r imitates, if any.
func confusableLatin(r rune) (rune, bool) {
	// Fullwidth forms U+FF01..U+FF5E mirror ASCII 0x21..0x7E.
	if r >= 0xFF01 && r <= 0xFF5E {
		return unicode.ToLower(r - 0xFEE0), true
	}
	// Mathematical alphanumerics (𝐚, 𝖆, 𝟙 ...) imitate ASCII letters and digits.
	if r >= 0x1D400 && r <= 0x1D7FF {
		return 0, true
	}
	l, ok := confusables(r)
	return l, ok
}
