package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/llm"
)

// The README's exit-code table, error by error: every class an error can
// carry, bare and wrapped the ways commands wrap them.
func TestExitCode(t *testing.T) {
	llmErr := func(c llm.Class) error { return &llm.Error{Class: c, Message: "x"} }
	wrap := func(err error) error { return fmt.Errorf("eval v2: %w", err) }
	tests := []struct {
		name string
		err  error
		want exitcode.Code
	}{
		{"nil", nil, exitcode.OK},
		{"plain", errors.New("disk on fire"), exitcode.Failure},
		{"usage", exitcode.Usagef("use --count 1 to 20", "--count 99 is out of range"), exitcode.Usage},
		{"input wrapped", wrap(exitcode.Input(errors.New("bad row"), "")), exitcode.Usage},
		{"refused", exitcode.Silent(exitcode.Refused), exitcode.Refused},
		{"prerequisite", exitcode.New(exitcode.Prerequisite, errors.New("no trainer"), "install it"), exitcode.Prerequisite},
		{"canceled", context.Canceled, exitcode.Interrupted},
		{"canceled wrapped", wrap(context.Canceled), exitcode.Interrupted},
		{"deadline", context.DeadlineExceeded, exitcode.Failure},

		{"llm unreachable", llmErr(llm.Unreachable), exitcode.Prerequisite},
		{"llm unauthorized", llmErr(llm.Unauthorized), exitcode.Prerequisite},
		{"llm forbidden", llmErr(llm.Forbidden), exitcode.Prerequisite},
		{"llm model not found", llmErr(llm.ModelNotFound), exitcode.Prerequisite},
		{"llm quota", llmErr(llm.QuotaExhausted), exitcode.Prerequisite},
		{"llm bad request", llmErr(llm.BadRequest), exitcode.Usage},
		{"llm rate limited", llmErr(llm.RateLimited), exitcode.Failure},
		{"llm server error", llmErr(llm.ServerError), exitcode.Failure},
		{"llm timeout", llmErr(llm.Timeout), exitcode.Failure},
		{"llm malformed", llmErr(llm.Malformed), exitcode.Failure},
		{"llm truncated", llmErr(llm.Truncated), exitcode.Failure},
		{"llm refusal", llmErr(llm.Refusal), exitcode.Failure},
		{"llm canceled", &llm.Error{Class: llm.Canceled, Err: context.Canceled}, exitcode.Interrupted},
		{"llm wrapped", wrap(wrap(llmErr(llm.Unauthorized))), exitcode.Prerequisite},
		{"llm in a join", errors.Join(errors.New("first"), llmErr(llm.ModelNotFound)), exitcode.Prerequisite},

		// A hint alone keeps the code of what it wraps.
		{"hint over llm", exitcode.WithHint(llmErr(llm.Unreachable), "start Ollama"), exitcode.Prerequisite},
		{"hint over plain", exitcode.WithHint(errors.New("x"), "retry"), exitcode.Failure},
		// The outermost code decides: a command's verdict overrides the cause.
		{"failure over llm", exitcode.New(exitcode.Failure, wrap(llmErr(llm.Unreachable)), "see rows"), exitcode.Failure},
		{"failure over canceled", exitcode.New(exitcode.Failure, fmt.Errorf("stopped: --timeout reached (%w)", context.Canceled), ""), exitcode.Failure},
		{"llm over inner code", &llm.Error{Class: llm.ServerError, Err: exitcode.Usagef("", "inner")}, exitcode.Failure},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ExitCode(tt.err); got != tt.want {
				t.Errorf("ExitCode(%v) = %d, want %d", tt.err, got, tt.want)
			}
		})
	}
}

// Errors as the factory really returns them reach the right code: a bad
// OLLAMA_HOST is the user's to fix (2), a server that is not there is a
// missing prerequisite (4).
func TestExitCodeOfFactoryErrors(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		ep   factory.Endpoints
		sel  factory.BackendSelection
		want exitcode.Code
	}{
		{factory.Endpoints{OllamaHost: "127.0.0.1:99999"}, factory.BackendSelection{Name: factory.Ollama}, exitcode.Usage},
		{factory.Endpoints{OllamaHost: "127.0.0.1:9"}, factory.BackendSelection{Name: factory.Ollama}, exitcode.Prerequisite},
		{factory.Endpoints{}, factory.BackendSelection{Name: factory.OpenAI}, exitcode.Usage},
	}
	for _, tt := range tests {
		_, err := factory.New(tt.ep).SuggestBackend(ctx, tt.sel)
		if got := ExitCode(err); got != tt.want || hint(err) == "" {
			t.Errorf("%+v %+v: %v: code %d hint %q, want %d with a hint", tt.ep, tt.sel, err, got, hint(err), tt.want)
		}
	}
}

// report prints the message and the outermost hint once, and an LLM error
// without a hint of its own still points somewhere.
func TestReportHints(t *testing.T) {
	tests := []struct {
		err      error
		wantHint string
	}{
		{exitcode.WithHint(&llm.Error{Class: llm.Unreachable, Hint: "inner"}, "outer"), "hint: outer"},
		{&llm.Error{Class: llm.Unreachable, Hint: "set OLLAMA_HOST"}, "hint: set OLLAMA_HOST"},
		{&llm.Error{Class: llm.Unauthorized}, "hint: " + llm.DefaultHint(llm.Unauthorized)},
		{&llm.Error{Class: llm.BadRequest}, "hint: run again with --verbose"},
		{errors.New("plain"), ""},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		report(&b, nil, tt.err)
		out := b.String()
		if !strings.HasPrefix(out, "error: "+tt.err.Error()+"\n") {
			t.Errorf("%v: printed %q", tt.err, out)
		}
		if got := strings.Count(out, "hint:"); tt.wantHint == "" && got != 0 || tt.wantHint != "" && (got != 1 || !strings.Contains(out, tt.wantHint)) {
			t.Errorf("%v: printed %q, want one line %q", tt.err, out, tt.wantHint)
		}
	}
}
