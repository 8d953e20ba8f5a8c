package domain

import (
	"net/netip"
	"strings"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// Normalize turns a raw name (from a model, a file or a person) into a label:
// it trims surrounding white space and lower-cases ASCII letters, the two
// changes that cannot alter what a person meant. Everything else that is wrong
// (a trailing TLD, inner spaces, underscores, dots, non-ASCII, invisible
// characters) is reported, never silently repaired, so counts stay honest.
// The returned string is the trimmed, lower-cased input even on rejection.
func Normalize(raw string) (string, *Rejection) {
	s := strings.TrimSpace(raw)
	s = lowerASCII(s)
	if strings.HasSuffix(s, ".") && len(s) > 1 {
		return s, reject(raw, ReasonDot, "ends with a dot; give the name without the TLD or trailing dot")
	}
	if rej := ValidateLabel(s); rej != nil {
		rej.Name = raw
		return s, rej
	}
	return s, nil
}

// lowerASCII lower-cases A-Z only; other letters are left for ValidateLabel to
// reject, because Unicode case folding can turn a look-alike into ASCII.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// classifyDot explains a dotted input: an IP literal, a name with its TLD, or
// a stray dot.
func classifyDot(label string) *Rejection {
	trimmed := strings.TrimSuffix(label, ".")
	if _, err := netip.ParseAddr(trimmed); err == nil {
		return reject(label, ReasonIPLiteral, "is an IP address, not a name")
	}
	if i := strings.LastIndexByte(trimmed, '.'); i > 0 && i < len(trimmed)-1 {
		if _, ok := knownSuffix(trimmed); ok {
			return reject(label, ReasonHasTLD, "includes a TLD; give the name alone (%q)", trimmed[:strings.IndexByte(trimmed, '.')])
		}
	}
	return reject(label, ReasonDot, "contains a dot; a suggestion is a single label without dots")
}

// knownSuffix returns the ICANN public suffix of a dotted name, if it has one.
func knownSuffix(name string) (string, bool) {
	ascii, err := idna.Lookup.ToASCII(strings.ToLower(name))
	if err != nil {
		return "", false
	}
	suffix, icann := publicsuffix.PublicSuffix(ascii)
	if !icann || suffix == ascii {
		return "", false
	}
	return suffix, true
}

// FullDomain joins a valid label and a TLD for display ("breadnest" + "com" →
// "breadnest.com"). The TLD may be multi-level ("co.uk") and may be given with
// a leading dot or in Unicode; it must be an ICANN public suffix.
func FullDomain(label, tld string) (string, error) {
	if rej := ValidateLabel(label); rej != nil {
		return "", rej
	}
	t, err := NormalizeTLD(tld)
	if err != nil {
		return "", err
	}
	return label + "." + t, nil
}

// NormalizeTLD validates a TLD against the Public Suffix List and returns its
// ASCII (punycode) form.
func NormalizeTLD(tld string) (string, error) {
	t := strings.TrimPrefix(strings.TrimSpace(tld), ".")
	if t == "" {
		return "", reject(tld, ReasonBadTLD, "the TLD is empty; use a public suffix such as com, io or co.uk")
	}
	ascii, err := idna.Lookup.ToASCII(strings.ToLower(t))
	if err != nil {
		return "", reject(tld, ReasonBadTLD, "is not a valid TLD (%v)", err)
	}
	if suffix, ok := knownSuffix("example." + ascii); !ok || suffix != ascii {
		// The list's private section (github.io, blogspot.com) names
		// companies' subdomains: nothing there is registered at a registry,
		// so it has no place in a domain-name suggester.
		if suffix, icann := publicsuffix.PublicSuffix("example." + ascii); !icann && suffix == ascii && strings.Contains(ascii, ".") {
			return "", reject(tld, ReasonBadTLD, "is in the Public Suffix List's private section (a company's subdomains, not a registry); use an ICANN suffix such as com, io or co.uk")
		}
		return "", reject(tld, ReasonBadTLD, "is not a public suffix on the Public Suffix List; use one such as com, io or co.uk")
	}
	return ascii, nil
}
