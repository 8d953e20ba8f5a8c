// Package lazyregexp is a regular expression compiled on first use, so that
// a package-level pattern costs nothing when the process never needs it:
// every command (even --help) pays for each package's initialisation, and
// compiling a pattern there took up to a millisecond (BENCHMARKS.md,
// "Start-up"). The same idea as the Go toolchain's internal/lazyregexp.
package lazyregexp

import (
	"regexp"
	"sync"
)

// Regexp is a *regexp.Regexp compiled on first use. It is safe for
// concurrent use, like the regexp it wraps.
type Regexp struct {
	expr string
	once sync.Once
	rx   *regexp.Regexp
}

// New returns a Regexp for expr, which must compile: like
// regexp.MustCompile it panics otherwise, but on first use, so each pattern
// needs a test that uses it.
//
// New is small enough to inline, so a package-level New of a constant is
// laid out by the linker instead of allocated at start.
func New(expr string) *Regexp { return &Regexp{expr: expr} }

func (r *Regexp) re() *regexp.Regexp {
	r.once.Do(func() { r.rx = regexp.MustCompile(r.expr) })
	return r.rx
}

// Regexp returns the compiled expression.
func (r *Regexp) Regexp() *regexp.Regexp { return r.re() }

// String returns the source text of the expression, without compiling it.
func (r *Regexp) String() string { return r.expr }

// MatchString is regexp.Regexp.MatchString.
func (r *Regexp) MatchString(s string) bool { return r.re().MatchString(s) }

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (r *Regexp) FindStringSubmatch(s string) []string { return r.re().FindStringSubmatch(s) }

// FindAllStringSubmatch is regexp.Regexp.FindAllStringSubmatch.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.re().FindAllStringSubmatch(s, n)
}

// FindSubmatch is regexp.Regexp.FindSubmatch.
func (r *Regexp) FindSubmatch(b []byte) [][]byte { return r.re().FindSubmatch(b) }

// ReplaceAllString is regexp.Regexp.ReplaceAllString.
func (r *Regexp) ReplaceAllString(src, repl string) string { return r.re().ReplaceAllString(src, repl) }

// Split is regexp.Regexp.Split.
func (r *Regexp) Split(s string, n int) []string { return r.re().Split(s, n) }
