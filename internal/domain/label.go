// Package domain holds the one set of domain-name rules every subcommand shares.
//
// A suggestion is a second-level label without its TLD ("breadnest", not
// "breadnest.com"). Nothing else in the project may re-implement these checks:
// generate-data, train, eval, suggest and serve all call this package, so a
// name is valid in exactly one sense everywhere.
package domain

import (
	"fmt"
	"unicode/utf8"
)

// Limits of a suggestion label.
const (
	MinLen  = 5  // shorter labels are rarely available and rarely brandable
	MaxLen  = 50 // well under the DNS limit of 63 octets, and already far from concise
	SetSize = 5  // a suggestion set holds exactly this many names (or none: a refusal)
)

// Reason is a stable machine-readable code for why a name was rejected. Reports
// count rejections by Reason, so the values never change once released.
type Reason string

// Rejection reasons.
const (
	ReasonEmpty          Reason = "empty"
	ReasonTooShort       Reason = "too_short"
	ReasonTooLong        Reason = "too_long"
	ReasonBadChar        Reason = "bad_char"
	ReasonLeadingHyphen  Reason = "leading_hyphen"
	ReasonTrailingHyphen Reason = "trailing_hyphen"
	ReasonDoubleHyphen   Reason = "double_hyphen"
	ReasonAllDigits      Reason = "all_digits"
	ReasonNonASCII       Reason = "non_ascii"
	ReasonConfusable     Reason = "confusable"
	ReasonInvisible      Reason = "invisible"
	ReasonHasTLD         Reason = "has_tld"
	ReasonSpace          Reason = "space"
	ReasonUnderscore     Reason = "underscore"
	ReasonDot            Reason = "dot"
	ReasonUpperCase      Reason = "upper_case"
	ReasonIPLiteral      Reason = "ip_literal"
	ReasonDuplicate      Reason = "duplicate"
	ReasonWrongCount     Reason = "wrong_count"
	ReasonBadTLD         Reason = "bad_tld"
	ReasonMark           Reason = "mark" // is, carries or imitates a famous mark (MarkIn)
)

// Rejection explains why one name is not a valid suggestion.
type Rejection struct {
	Name    string // the input as given (may hold the offending character)
	Reason  Reason
	Message string // for people: what is wrong and, where useful, what would be right
}

func (r *Rejection) Error() string {
	return fmt.Sprintf("%q: %s", r.Name, r.Message)
}

func reject(name string, reason Reason, format string, args ...any) *Rejection {
	return &Rejection{Name: name, Reason: reason, Message: fmt.Sprintf(format, args...)}
}

// ValidateLabel reports whether label is a valid suggestion exactly as given:
// lowercase a-z, 0-9 and '-', MinLen..MaxLen characters, no leading or trailing
// hyphen, no "--" (which also excludes the IDN-reserved "xn--" form), not all
// digits. It returns nil for a valid label. It never normalises: callers that
// hold raw model output use Normalize first.
func ValidateLabel(label string) *Rejection {
	if label == "" {
		return reject(label, ReasonEmpty, "the name is empty")
	}
	digits := 0
	prevHyphen := false
	for i := 0; i < len(label); i++ {
		c := label[i]
		switch {
		case c >= 'a' && c <= 'z':
			prevHyphen = false
		case c >= '0' && c <= '9':
			digits++
			prevHyphen = false
		case c == '-':
			if i == 0 {
				return reject(label, ReasonLeadingHyphen, "starts with a hyphen")
			}
			if prevHyphen {
				return reject(label, ReasonDoubleHyphen, "has consecutive hyphens (\"--\" is reserved for IDN labels like xn--)")
			}
			prevHyphen = true
		default:
			return badByte(label, i)
		}
	}
	if prevHyphen {
		return reject(label, ReasonTrailingHyphen, "ends with a hyphen")
	}
	if n := len(label); n < MinLen {
		return reject(label, ReasonTooShort, "is %d characters; names need %d to %d", n, MinLen, MaxLen)
	} else if n > MaxLen {
		return reject(label, ReasonTooLong, "is %d characters; names need %d to %d", n, MinLen, MaxLen)
	}
	if digits == len(label) {
		return reject(label, ReasonAllDigits, "is all digits; add letters")
	}
	return nil
}

// badByte classifies the first disallowed byte at label[i].
func badByte(label string, i int) *Rejection {
	c := label[i]
	switch {
	case c >= 'A' && c <= 'Z':
		return reject(label, ReasonUpperCase, "has upper-case %q; names are lower-case", c)
	case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		return reject(label, ReasonSpace, "contains white space; names are one word")
	case c == '_':
		return reject(label, ReasonUnderscore, "contains an underscore, which is not allowed in host names; use a hyphen or nothing")
	case c == '.':
		return classifyDot(label)
	case c < utf8.RuneSelf:
		return reject(label, ReasonBadChar, "contains %q (U+%04X); only a-z, 0-9 and '-' are allowed", c, c)
	}
	r, _ := utf8.DecodeRuneInString(label[i:])
	return classifyRune(label, r)
}

// classifyRune names a non-ASCII rune precisely, so a user (or a report) can
// tell a homoglyph attack from an accent or an invisible character.
func classifyRune(label string, r rune) *Rejection {
	switch {
	case r == utf8.RuneError:
		return reject(label, ReasonNonASCII, "is not valid UTF-8")
	case IsInvisible(r):
		return reject(label, ReasonInvisible, "contains the invisible character U+%04X; remove it", r)
	}
	if latin, ok := confusableLatin(r); ok {
		if latin == 0 {
			return reject(label, ReasonConfusable, "contains %q (U+%04X), a styled look-alike of an ASCII character; use plain ASCII", r, r)
		}
		return reject(label, ReasonConfusable, "contains %q (U+%04X), which looks like Latin %q but is not; use plain ASCII", r, r, latin)
	}
	return reject(label, ReasonNonASCII, "contains the non-ASCII character %q (U+%04X); names are ASCII a-z, 0-9 and '-'", r, r)
}
