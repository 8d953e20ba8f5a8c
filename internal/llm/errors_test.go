package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"syscall"
	"testing"
)

func TestRetryable(t *testing.T) {
	reset := &net.OpError{Op: "read", Net: "tcp", Err: os.NewSyscallError("read", syscall.ECONNRESET)}
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
	tests := []struct {
		name string
		err  Error
		want bool
	}{
		{"rate limited", Error{Class: RateLimited, Status: 429}, true},
		{"timeout", Error{Class: Timeout}, true},
		{"408", Error{Class: Timeout, Status: 408}, true},
		{"500", Error{Class: ServerError, Status: 500}, true},
		{"502", Error{Class: ServerError, Status: 502}, true},
		{"503", Error{Class: ServerError, Status: 503}, true},
		{"504", Error{Class: ServerError, Status: 504}, true},
		{"529 overloaded", Error{Class: ServerError, Status: 529}, true},
		{"server error without status", Error{Class: ServerError}, true},
		{"501 not implemented", Error{Class: ServerError, Status: 501}, false},
		{"409 conflict", Error{Class: BadRequest, Status: 409}, true},
		{"400", Error{Class: BadRequest, Status: 400}, false},
		{"422", Error{Class: BadRequest, Status: 422}, false},
		{"401", Error{Class: Unauthorized, Status: 401}, false},
		{"403", Error{Class: Forbidden, Status: 403}, false},
		{"404 model", Error{Class: ModelNotFound, Status: 404}, false},
		{"quota", Error{Class: QuotaExhausted, Status: 429}, false},
		{"malformed", Error{Class: Malformed}, false},
		{"truncated", Error{Class: Truncated}, false},
		{"refusal", Error{Class: Refusal}, false},
		{"canceled", Error{Class: Canceled, Err: context.Canceled}, false},
		{"connection reset", Error{Class: Unreachable, Err: fmt.Errorf("post: %w", reset)}, true},
		{"body cut short", Error{Class: Unreachable, Err: io.ErrUnexpectedEOF}, true},
		{"connection refused", Error{Class: Unreachable, Err: refused}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Retryable(); got != tt.want {
				t.Errorf("Retryable() = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestErrorStringAndChain(t *testing.T) {
	inner := errors.New("secret-bearing inner text")
	e := &Error{Class: RateLimited, Status: 429, Message: "slow down", Hint: "wait", Err: inner}
	if got, want := e.Error(), "llm: rate_limited (HTTP 429): slow down"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	wrapped := fmt.Errorf("row 7: %w", e)
	if ClassOf(wrapped) != RateLimited {
		t.Errorf("ClassOf = %q, want rate_limited", ClassOf(wrapped))
	}
	if !errors.Is(wrapped, inner) {
		t.Error("errors.Is does not reach Err")
	}
	if ClassOf(errors.New("plain")) != "" || ClassOf(nil) != "" {
		t.Error("ClassOf should be empty for errors without *Error")
	}
	if got := (&Error{Class: Canceled}).Error(); got != "llm: canceled" {
		t.Errorf("Error() without status or message = %q", got)
	}
}

func TestDefaultHintsNameTheNextStep(t *testing.T) {
	tests := []struct {
		class Class
		want  string
	}{
		{Unauthorized, "OPENAI_API_KEY"},
		{Unreachable, "ollama serve"},
		{ModelNotFound, "ollama pull"},
		{QuotaExhausted, "billing"},
	}
	for _, tt := range tests {
		if h := DefaultHint(tt.class); !strings.Contains(h, tt.want) {
			t.Errorf("DefaultHint(%s) = %q, want it to mention %q", tt.class, h, tt.want)
		}
	}
}
