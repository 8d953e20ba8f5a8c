// Package exitcode is the one table of process exit codes and the error type
// that carries a code and a hint from deep inside a command to the process
// boundary (internal/app), which turns an error into a code and prints it
// once. Any package may return these errors: the package imports nothing but
// the standard library.
//
// Errors that are not built here get their code at the boundary from what
// they are: an LLM error from its class, a cancelled context 130, anything
// else 1. Commands never compute a code themselves.
package exitcode

import (
	"errors"
	"fmt"
)

// Code is a process exit status.
type Code int

// The exit-code table. README.md and `domainyours --help` print the same list.
const (
	OK           Code = 0   // success
	Failure      Code = 1   // unexpected failure
	Usage        Code = 2   // bad flag, configuration or input
	Refused      Code = 3   // suggest: the description was refused; eval: a quality gate failed
	Prerequisite Code = 4   // missing prerequisite: API key, quota, trainer binary, model, a server or guard unreachable
	Interrupted  Code = 130 // Ctrl-C or SIGTERM
)

// Table is the exit-code table as printed in help texts.
const Table = `Exit codes:
  0    success
  1    unexpected failure
  2    usage, configuration or input error (a flag, a variable, a file or a description)
  3    suggest: the description was refused by the guardrail or the model;
       eval: a quality gate (--fail-under, --fail-if-worse) failed
  4    missing prerequisite (API key missing or refused, API quota spent, trainer
       binary, model absent, a server or a configured --guard not reachable)
  130  interrupted (Ctrl-C or SIGTERM)`

// Error is an error with an exit code and an optional hint: the next step a
// person can take. A Code of 0 (OK) means the error only adds a hint and the
// code comes from the error it wraps (see WithHint).
//
// An Error with Code Usage is the one input error of the program: a flag, a
// variable, a file or a description the user can fix. Work packages return it
// with Input or Usagef; IsInput tells it apart.
type Error struct {
	Code Code
	Err  error
	Hint string
}

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// New wraps err with a code and a hint.
func New(code Code, err error, hint string) error {
	if err == nil {
		return nil
	}
	return &Error{Code: code, Err: err, Hint: hint}
}

// Usagef is an input error (exit 2) with a hint; the hint may be empty when
// the message already says what to do.
func Usagef(hint, format string, args ...any) error {
	return &Error{Code: Usage, Err: fmt.Errorf(format, args...), Hint: hint}
}

// Input marks err as an input error (exit 2) with a hint.
func Input(err error, hint string) error { return New(Usage, err, hint) }

// IsInput reports whether the outermost code in err's chain is Usage: the
// user's input was at fault, and nothing was done with it.
func IsInput(err error) bool {
	c, ok := Carried(err)
	return ok && c == Usage
}

// WithHint gives err a hint and leaves its code to the errors it wraps, for
// a caller that knows a better next step than the error's producer.
func WithHint(err error, hint string) error { return New(OK, err, hint) }

// Carried returns the code of the outermost *Error in err's tree that has
// one. It knows nothing of other error types: internal/app maps those.
func Carried(err error) (code Code, ok bool) {
	Walk(err, func(e error) bool {
		if ce, isErr := e.(*Error); isErr && ce.Code != OK { //nolint:errorlint // Walk visits each node
			code, ok = ce.Code, true
		}
		return ok
	})
	return code, ok
}

// Walk calls visit for err and every error it wraps (through Unwrap() error
// and Unwrap() []error), outermost first and depth first as errors.As does,
// until visit returns true.
func Walk(err error, visit func(error) bool) bool {
	if err == nil {
		return false
	}
	if visit(err) {
		return true
	}
	switch u := err.(type) { //nolint:errorlint // unwrapping by hand is the point
	case interface{ Unwrap() error }:
		return Walk(u.Unwrap(), visit)
	case interface{ Unwrap() []error }:
		for _, e := range u.Unwrap() {
			if Walk(e, visit) {
				return true
			}
		}
	}
	return false
}

// Hinter is implemented by errors from other packages (for example LLM client
// errors) that know the next step for the user without importing this package.
type Hinter interface{ UserHint() string }

// HintOf returns the outermost hint in err's tree, or "".
func HintOf(err error) (hint string) {
	Walk(err, func(e error) bool {
		switch h := e.(type) { //nolint:errorlint // Walk visits each node
		case *Error:
			hint = h.Hint
		case Hinter:
			hint = h.UserHint()
		}
		return hint != ""
	})
	return hint
}

// silent marks an error whose message the command has already printed.
type silent struct{}

func (silent) Error() string { return "already reported" }

// Silent returns an error that sets the exit code without printing anything
// more: for outcomes the command reported itself, such as a refusal.
func Silent(code Code) error { return &Error{Code: code, Err: silent{}} }

// IsSilent reports whether err was made by Silent.
func IsSilent(err error) bool { return errors.Is(err, silent{}) }
