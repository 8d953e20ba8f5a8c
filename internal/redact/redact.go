// Package redact removes known secret values (API keys, URL passwords) from
// text before it reaches a terminal, a log, an error message or a file.
//
// Redaction works on exact values the program already knows, not on guessed
// patterns: a pattern list would both miss keys from new providers and mangle
// ordinary text. Secrets shorter than MinSecretLen are ignored so that an
// empty or toy value ("a", "test") cannot turn every message into noise.
package redact

import (
	"errors"
	"net/url"
	"slices"
	"strings"
)

// MinSecretLen is the shortest value treated as a secret.
const MinSecretLen = 8

// Placeholder replaces every occurrence of a secret.
const Placeholder = "[REDACTED]"

// Redactor replaces known secrets with Placeholder. The zero value and a nil
// *Redactor redact nothing. A Redactor is immutable and safe for concurrent use.
type Redactor struct {
	secrets  []string // longest first, so a secret that contains another is replaced whole
	replacer *strings.Replacer
}

// New returns a Redactor for the given secrets. Values shorter than
// MinSecretLen are skipped; a multi-line value (a PEM key, say) is registered
// line by line, because the writer wrapper never holds text across a newline.
// The URL-escaped form of each secret is registered too, since keys also
// travel in query strings.
func New(secrets ...string) *Redactor {
	seen := map[string]bool{}
	var list []string
	add := func(s string) {
		if len(s) >= MinSecretLen && !seen[s] {
			seen[s] = true
			list = append(list, s)
		}
	}
	for _, s := range secrets {
		for line := range strings.SplitSeq(s, "\n") {
			line = strings.TrimSpace(line)
			add(line)
			add(url.QueryEscape(line))
			add(url.PathEscape(line))
		}
	}
	// Longest first: strings.Replacer tries old strings in argument order at
	// each position, so a longer secret wins over one of its own substrings.
	slices.SortFunc(list, func(a, b string) int { return len(b) - len(a) })
	r := &Redactor{secrets: list}
	if len(list) == 0 {
		return r
	}
	pairs := make([]string, 0, 2*len(list))
	for _, s := range list {
		pairs = append(pairs, s, Placeholder)
	}
	r.replacer = strings.NewReplacer(pairs...)
	return r
}

// With returns a new Redactor that also knows the given secrets.
func (r *Redactor) With(secrets ...string) *Redactor {
	if r == nil {
		return New(secrets...)
	}
	return New(append(slices.Clone(r.secrets), secrets...)...)
}

// Empty reports whether the Redactor knows no secret.
func (r *Redactor) Empty() bool { return r == nil || r.replacer == nil }

// String returns s with every known secret replaced by Placeholder.
func (r *Redactor) String(s string) string {
	if r.Empty() {
		return s
	}
	return r.replacer.Replace(s)
}

// Contains reports whether s holds a known secret; tests and last-line
// checks before writing artefacts use it.
func (r *Redactor) Contains(s string) bool {
	if r.Empty() {
		return false
	}
	for _, sec := range r.secrets {
		if strings.Contains(s, sec) {
			return true
		}
	}
	return false
}

// Error wraps err so that its message is redacted. errors.Is and errors.As
// still reach the original chain, so fields of a typed error found that way
// are NOT redacted; use Opaque when the chain itself may quote a secret.
// Error returns nil for a nil err.
func (r *Redactor) Error(err error) error {
	if err == nil || r.Empty() {
		return err
	}
	msg := err.Error()
	red := r.replacer.Replace(msg)
	if red == msg {
		return err
	}
	return &redactedError{msg: red, err: err}
}

type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// Opaque returns an error whose message is err's, redacted, and which
// answers errors.Is for err's whole chain (so callers can still test for
// context.DeadlineExceeded or a connection reset) but has no Unwrap and no
// As: nobody can reach the original errors and print their unredacted
// text. Use it where the chain holds third-party errors that quote secrets,
// such as an SDK error carrying the server's echo of an API key.
// Opaque returns nil for a nil err.
func (r *Redactor) Opaque(err error) error {
	if err == nil {
		return nil
	}
	return &opaqueError{msg: r.String(err.Error()), err: err}
}

type opaqueError struct {
	msg string
	err error
}

func (e *opaqueError) Error() string { return e.msg }

// Is lets errors.Is see the hidden chain without handing it out.
func (e *opaqueError) Is(target error) bool { return errors.Is(e.err, target) }
