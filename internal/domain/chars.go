package domain

import (
	"strings"
	"unicode"
)

// IsInvisible reports characters that render as nothing (or reorder text) and
// so can hide inside a name or a description: zero-width characters, bidi
// controls, Unicode tag characters and variation selectors.
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
		r >= 0xE0100 && r <= 0xE01EF: // variation selectors supplement
		return true
	}
	return false
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
var confusables = map[rune]rune{
	// Cyrillic
	'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'һ': 'h', 'і': 'i', 'ї': 'i', 'ј': 'j', 'к': 'k',
	'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'ѕ': 's',
	'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ь': 'b', 'г': 'r', 'п': 'n', 'ɡ': 'g', 'ӏ': 'l',
	'А': 'a', 'В': 'b', 'Е': 'e', 'К': 'k', 'М': 'm', 'Н': 'h', 'О': 'o', 'Р': 'p', 'С': 'c',
	'Т': 't', 'Х': 'x', 'І': 'i', 'Ј': 'j', 'Ѕ': 's', 'У': 'y',
	// Greek
	'α': 'a', 'β': 'b', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p',
	'τ': 't', 'υ': 'u', 'χ': 'x', 'ω': 'w', 'Α': 'a', 'Β': 'b', 'Ε': 'e', 'Η': 'h', 'Ι': 'i',
	'Κ': 'k', 'Μ': 'm', 'Ν': 'n', 'Ο': 'o', 'Ρ': 'p', 'Τ': 't', 'Υ': 'y', 'Χ': 'x', 'Ζ': 'z',
	// Latin look-alikes outside ASCII
	'ı': 'i', 'ȷ': 'j', 'ℓ': 'l', 'ⅰ': 'i', 'ⅼ': 'l', 'ⅽ': 'c', 'ⅾ': 'd', 'ⅿ': 'm',
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
	l, ok := confusables[r]
	return l, ok
}
