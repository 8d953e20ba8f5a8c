// Package exitcode is the one table of process exit codes and the error type
// that carries a code and a hint from deep inside a command to the process
// boundary (internal/app), which prints it once.
package exitcode

import (
	"context"
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
	Prerequisite Code = 4   // missing prerequisite: API key, trainer binary, Ollama unreachable
	Interrupted  Code = 130 // Ctrl-C or SIGTERM
)

// Table is the exit-code table as printed in help texts.
const Table = `Exit codes:
  0    success
  1    unexpected failure
  2    usage, configuration or input error (a flag, a variable, a file or a description)
  3    suggest: the description was refused by the guardrail or the model;
       eval: a quality gate (--fail-under, --fail-if-worse) failed
  4    missing prerequisite (API key, trainer binary, Ollama not reachable)
  130  interrupted (Ctrl-C or SIGTERM)`

// Error is an error with an exit code and an optional hint: the next step a
// person can take.
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

// Usagef is a usage/input error with a hint.
func Usagef(hint, format string, args ...any) error {
	return &Error{Code: Usage, Err: fmt.Errorf(format, args...), Hint: hint}
}

// Hinter is implemented by errors from other packages (for example LLM client
// errors) that know the next step for the user without importing this package.
type Hinter interface{ UserHint() string }

// Coder is implemented by errors that know their exit code.
type Coder interface{ ExitCode() Code }

// Of returns the exit code for err: the code of the outermost *Error or Coder,
// Interrupted for a cancelled context, Failure otherwise.
func Of(err error) Code {
	if err == nil {
		return OK
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	var c Coder
	if errors.As(err, &c) {
		return c.ExitCode()
	}
	if errors.Is(err, context.Canceled) {
		return Interrupted
	}
	return Failure
}

// HintOf returns the first hint found in err's chain, or "".
func HintOf(err error) string {
	for err != nil {
		// The loop walks the chain itself so the outermost hint wins.
		if e, ok := err.(*Error); ok && e.Hint != "" { //nolint:errorlint // see above
			return e.Hint
		}
		if h, ok := err.(Hinter); ok && h.UserHint() != "" { //nolint:errorlint // see above
			return h.UserHint()
		}
		err = errors.Unwrap(err)
	}
	return ""
}

// silent marks an error whose message the command has already printed.
type silent struct{}

func (silent) Error() string { return "already reported" }

// Silent returns an error that sets the exit code without printing anything
// more: for outcomes the command reported itself, such as a refusal.
func Silent(code Code) error { return &Error{Code: code, Err: silent{}} }

// IsSilent reports whether err was made by Silent.
func IsSilent(err error) bool { return errors.Is(err, silent{}) }
