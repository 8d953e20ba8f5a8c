package domain

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestValidateLabel(t *testing.T) {
	tests := []struct {
		in   string
		want Reason // "" means valid
	}{
		{"breadnest", ""},
		{"loaf24", ""},
		{"crumb-haus", ""},
		{"a1b2c", ""},
		{"9lives", ""},
		{strings.Repeat("a", MaxLen), ""},
		{strings.Repeat("a", MinLen), ""},
		{"", ReasonEmpty},
		{"abcd", ReasonTooShort},
		{strings.Repeat("a", MaxLen+1), ReasonTooLong},
		{strings.Repeat("a", 64), ReasonTooLong},
		{"-bread", ReasonLeadingHyphen},
		{"bread-", ReasonTrailingHyphen},
		{"bread--nest", ReasonDoubleHyphen},
		{"xn--bcher-kva", ReasonDoubleHyphen},
		{"12345", ReasonAllDigits},
		{"Bread", ReasonUpperCase},
		{"bread nest", ReasonSpace},
		{"bread_nest", ReasonUnderscore},
		{"bread.com", ReasonHasTLD},
		{"bread.co.uk", ReasonHasTLD},
		{"bread.nest", ReasonDot},
		{"breadnest.", ReasonDot},
		{"192.168.1.1", ReasonIPLiteral},
		{"bread!", ReasonBadChar},
		{":", ReasonBadChar},
		{"score: 5", ReasonBadChar},
		{"bäckerei", ReasonNonASCII},
		{"\u0430pple", ReasonConfusable},     // Cyrillic а
		{"app\u03bfle", ReasonConfusable},    // Greek ο
		{"ａｐｐｌｅ", ReasonConfusable},          // fullwidth
		{"bread\u200bnest", ReasonInvisible}, // zero-width space
		{"bread\u202enest", ReasonInvisible}, // right-to-left override
		{"bread\U000E0041nest", ReasonInvisible},
		{"bread\ufe0fnest", ReasonInvisible},
		{"bread\xffnest", ReasonNonASCII},
	}
	for _, tt := range tests {
		rej := ValidateLabel(tt.in)
		switch {
		case tt.want == "" && rej != nil:
			t.Errorf("ValidateLabel(%q) = %v, want valid", tt.in, rej)
		case tt.want != "" && rej == nil:
			t.Errorf("ValidateLabel(%q) = valid, want %s", tt.in, tt.want)
		case tt.want != "" && rej.Reason != tt.want:
			t.Errorf("ValidateLabel(%q) reason = %s (%s), want %s", tt.in, rej.Reason, rej.Message, tt.want)
		}
	}
}

func TestRejectionNamesCodePoint(t *testing.T) {
	rej := ValidateLabel("\u0430pple")
	if rej == nil || !strings.Contains(rej.Message, "U+0430") || !strings.Contains(rej.Message, `'a'`) {
		t.Fatalf("message should name the Cyrillic code point and the Latin letter it imitates: %v", rej)
	}
	rej = ValidateLabel("bread\u200dnest")
	if rej == nil || !strings.Contains(rej.Message, "U+200D") {
		t.Fatalf("message should name the invisible code point: %v", rej)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		in, out string
		want    Reason
	}{
		{"  BreadNest ", "breadnest", ""},
		{"LOAF24\n", "loaf24", ""},
		{"breadnest.com", "breadnest.com", ReasonHasTLD},
		{"BreadNest.IO", "breadnest.io", ReasonHasTLD},
		{"bread nest", "bread nest", ReasonSpace},
		{"bread_nest", "bread_nest", ReasonUnderscore},
		{"breadnest.", "breadnest.", ReasonDot},
		{"ÄPFEL", "Äpfel", ReasonNonASCII},
		{"\u0430pple", "\u0430pple", ReasonConfusable},
		{"", "", ReasonEmpty},
	}
	for _, tt := range tests {
		got, rej := Normalize(tt.in)
		if got != tt.out {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.out)
		}
		if (rej == nil) != (tt.want == "") || (rej != nil && rej.Reason != tt.want) {
			t.Errorf("Normalize(%q) rejection = %v, want %q", tt.in, rej, tt.want)
		}
		if rej != nil && rej.Name != tt.in {
			t.Errorf("Normalize(%q) rejection names %q, want the raw input", tt.in, rej.Name)
		}
	}
}

func TestValidateSet(t *testing.T) {
	good := []string{"breadnest", "loafly", "crumbhaus", "oventide", "lyonbake"}
	if err := ValidateSet(good); err != nil {
		t.Fatalf("valid set rejected: %v", err)
	}
	if err := ValidateSet(nil); err != nil {
		t.Fatalf("empty set is a refusal, got %v", err)
	}
	tests := []struct {
		names []string
		want  []Reason
	}{
		{[]string{"breadnest", "loafly", "crumbhaus", "oventide"}, []Reason{ReasonWrongCount}},
		{[]string{"breadnest", "loafly", "crumbhaus", "oventide", "lyonbake", "extra1"}, []Reason{ReasonWrongCount}},
		{[]string{"breadnest", "breadnest", "crumbhaus", "oventide", "lyonbake"}, []Reason{ReasonDuplicate}},
		{[]string{"breadnest", "Loafly", "crumb", "ov", "lyon.com"}, []Reason{ReasonUpperCase, ReasonTooShort, ReasonHasTLD}},
		{[]string{"x", "y"}, []Reason{ReasonWrongCount, ReasonTooShort, ReasonTooShort}},
	}
	for _, tt := range tests {
		err := ValidateSet(tt.names)
		var se *SetError
		if !errors.As(err, &se) {
			t.Fatalf("ValidateSet(%q) = %v, want *SetError", tt.names, err)
		}
		got := se.Reasons()
		if strings.Join(reasonStrings(got), ",") != strings.Join(reasonStrings(tt.want), ",") {
			t.Errorf("ValidateSet(%q) reasons = %v, want %v", tt.names, got, tt.want)
		}
		for _, n := range tt.names {
			if ValidateLabel(n) != nil && !strings.Contains(err.Error(), n) {
				t.Errorf("error %q does not name the offending %q", err, n)
			}
		}
	}
}

func reasonStrings(rs []Reason) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = string(r)
	}
	return out
}

func TestFullDomain(t *testing.T) {
	tests := []struct {
		label, tld, want string
		ok               bool
	}{
		{"breadnest", "com", "breadnest.com", true},
		{"breadnest", ".io", "breadnest.io", true},
		{"breadnest", "CO.UK", "breadnest.co.uk", true},
		{"breadnest", "рф", "breadnest.xn--p1ai", true},
		{"breadnest", "notatld", "", false},
		{"breadnest", "", "", false},
		{"breadnest", "com.", "", false},
		{"Bread", "com", "", false},
		{"breadnest", "github.io", "", false}, // private section: see TestPrivateSuffixSaysWhy
	}
	for _, tt := range tests {
		got, err := FullDomain(tt.label, tt.tld)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("FullDomain(%q, %q) = %q, %v; want %q ok=%v", tt.label, tt.tld, got, err, tt.want, tt.ok)
		}
	}
}

// github.io is on the Public Suffix List, in its private section: refused,
// with the reason, so a user does not think the list itself is wrong.
func TestPrivateSuffixSaysWhy(t *testing.T) {
	for _, tld := range []string{"github.io", "blogspot.com"} {
		_, err := NormalizeTLD(tld)
		if err == nil || !strings.Contains(err.Error(), "private section") {
			t.Errorf("NormalizeTLD(%q) = %v; want a refusal naming the private section", tld, err)
		}
	}
	if _, err := NormalizeTLD("notatld"); err == nil || strings.Contains(err.Error(), "private section") {
		t.Errorf("NormalizeTLD(notatld) = %v; want the plain not-a-suffix refusal", err)
	}
}

func TestStripInvisible(t *testing.T) {
	in := "a\u200bba\u202ek\u2066e\ufe0fr\U000E0041y\ufeff"
	if got := StripInvisible(in); got != "abakery" {
		t.Fatalf("StripInvisible = %q, want %q", got, "abakery")
	}
	// Every format character (Unicode Cf), not only the well-known ones:
	// interlinear annotation marks, Kaithi number sign, Egyptian format
	// controls; and the Mongolian free variation selectors (Mn).
	in = "ba\ufff9k\ufffae\ufffbr\U000110BDy\U00013430 \u180bL\u180cy\u180do\u180fn"
	if got := StripInvisible(in); got != "bakery Lyon" {
		t.Fatalf("StripInvisible(%q) = %q, want %q", in, got, "bakery Lyon")
	}
	if got := StripInvisible("café au lait"); got != "café au lait" {
		t.Fatalf("visible non-ASCII must survive: %q", got)
	}
}

// reference is an independent, regexp-based statement of the label rules the
// fuzzer checks ValidateLabel against.
var reference = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func referenceValid(s string) bool {
	return len(s) >= MinLen && len(s) <= MaxLen && reference.MatchString(s) &&
		strings.Trim(s, "0123456789") != ""
}

func FuzzValidateLabel(f *testing.F) {
	for _, s := range []string{"breadnest", "a-b-c-d", "xn--abc", "12345", "Bread", "\u0430pple",
		"bread\u200bnest", "bread.com", "-abcde", "abcde-", strings.Repeat("z", 51), "", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rej := ValidateLabel(s)
		if (rej == nil) != referenceValid(s) {
			t.Fatalf("ValidateLabel(%q) = %v, reference says valid=%v", s, rej, referenceValid(s))
		}
		if rej != nil && (rej.Reason == "" || rej.Message == "") {
			t.Fatalf("rejection of %q lacks a reason or message: %+v", s, rej)
		}
		norm, nrej := Normalize(s)
		if nrej == nil && ValidateLabel(norm) != nil {
			t.Fatalf("Normalize(%q) accepted %q, which ValidateLabel rejects", s, norm)
		}
		if rej == nil && (nrej != nil || norm != s) {
			t.Fatalf("Normalize changed a valid label %q to %q (%v)", s, norm, nrej)
		}
		if stripped := StripInvisible(s); utf8.ValidString(s) && strings.ContainsFunc(stripped, IsInvisible) {
			t.Fatalf("StripInvisible(%q) left invisible characters", s)
		}
	})
}

var benchLabels = []string{"breadnest", "loaf24", "crumb-haus", "oventidebakery", "Bread", "bread--nest", "lyonbake", "\u0430pple"}

func BenchmarkValidateLabel(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = ValidateLabel(benchLabels[i%len(benchLabels)])
	}
}

func BenchmarkValidateLabelValid(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if ValidateLabel("oventidebakery") != nil {
			b.Fatal("unexpected rejection")
		}
	}
}
