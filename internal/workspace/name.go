package workspace

import (
	"fmt"
	"strings"

	"github.com/domainyours/domainyours/internal/lazyregexp"
)

// A name is the part of a file or folder name that says whose file it is:
// a version (v2), or what eval ran (builtin, base-llama3.2, seed-v1), or a
// sweep run (v2-sweep-01). It ends up in paths under data/ and models/, so
// anything that could escape them is refused.
var namePattern = lazyregexp.New(`^[a-z0-9][a-z0-9._-]{0,31}$`)

const maxNameLen = 32

// ValidateName accepts a short lower-case name (a-z, 0-9, '.', '_', '-';
// 32 characters at most, no ".."): never a slash, "..", NUL, an absolute path
// or a leading dash.
func ValidateName(s string) error {
	if namePattern.MatchString(s) && !strings.Contains(s, "..") {
		return nil
	}
	return fmt.Errorf("name %q is not allowed in a file name: use a short lower-case name (a-z, 0-9, '.', '_', '-', at most %d characters)", s, maxNameLen)
}

// Slug turns what eval ran into a name: "base:llama3.2" becomes
// "base-llama3.2". The result passes ValidateName or Slug fails.
func Slug(s string) (string, error) {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.', r == '_', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	out := strings.Trim(b.String(), "-.")
	for strings.Contains(out, "..") {
		out = strings.ReplaceAll(out, "..", ".")
	}
	if len(out) > maxNameLen {
		out = strings.TrimRight(out[:maxNameLen], "-.")
	}
	if err := ValidateName(out); err != nil {
		return "", fmt.Errorf("version %q cannot name a file: %w", s, err)
	}
	return out, nil
}

// SweepRun is the name of run i (from 1) of a sweep for v: v2-sweep-01.
func SweepRun(v Version, i int) string { return fmt.Sprintf("%s-sweep-%02d", v, i) }
