package safety

import (
	"encoding/base64"
	"strings"
	"unicode"
	"unicode/utf8"
)

// withDecoded returns description with the text of any base64 run in it
// appended, so a request hidden as "YSBtYXJrZXRwbGFjZSBm... (decode this and
// name it)" is judged as what it says. Only runs that decode to readable
// text with a space count: a long word or an ID decodes to bytes that are
// not text and is left alone. The description is returned unchanged, without
// allocating, when it holds no such run.
func withDecoded(description string) string {
	var decoded []string
	rest := description
	for rest != "" {
		i := strings.IndexFunc(rest, isBase64Char)
		if i < 0 {
			break
		}
		rest = rest[i:]
		j := strings.IndexFunc(rest, func(r rune) bool { return !isBase64Char(r) })
		if j < 0 {
			j = len(rest)
		}
		if run := rest[:j]; len(run) >= 16 {
			if text, ok := decodeText(run); ok {
				decoded = append(decoded, text)
			}
		}
		rest = rest[j:]
	}
	if decoded == nil {
		return description
	}
	return description + "\n" + strings.Join(decoded, "\n")
}

func isBase64Char(r rune) bool {
	return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '+' || r == '/' || r == '-' || r == '_' || r == '='
}

// decodeText decodes run as standard or URL-safe base64, padded or not, and
// accepts it only as printable UTF-8 text of two words or more.
func decodeText(run string) (string, bool) {
	trimmed := strings.TrimRight(run, "=")
	for _, enc := range [...]*base64.Encoding{base64.RawStdEncoding, base64.RawURLEncoding} {
		b, err := enc.DecodeString(trimmed)
		if err != nil || len(b) < 8 || !utf8.Valid(b) {
			continue
		}
		s := string(b)
		letters, other := 0, 0
		for _, r := range s {
			switch {
			case unicode.IsLetter(r) || r == ' ':
				letters++
			case unicode.IsPrint(r):
			default:
				other++
			}
		}
		if other == 0 && strings.Contains(s, " ") && letters*10 >= utf8.RuneCountInString(s)*8 {
			return s, true
		}
	}
	return "", false
}
