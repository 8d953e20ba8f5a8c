package llm

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"syscall"
	"time"
)

// Class says what kind of failure an Error is; callers branch on it (retry,
// stop the run, count as a bad reply) and record it as a stable string.
type Class string

// The classes. Their string values are stable: they are written to result
// files and compared across runs.
const (
	Unreachable    Class = "unreachable"     // no connection, or the connection broke
	Unauthorized   Class = "unauthorized"    // 401: missing or wrong API key
	Forbidden      Class = "forbidden"       // 403: key valid but not allowed
	ModelNotFound  Class = "model_not_found" // the server does not have the model
	BadRequest     Class = "bad_request"     // 400/404/409/422 and local validation
	RateLimited    Class = "rate_limited"    // 429 that will pass
	QuotaExhausted Class = "quota_exhausted" // 429 that will not pass: billing or plan
	ServerError    Class = "server_error"    // 5xx
	Timeout        Class = "timeout"         // no reply in time (includes 408)
	Malformed      Class = "malformed"       // a reply that is not what was asked for
	Truncated      Class = "truncated"       // a reply cut off by the token limit
	Refusal        Class = "refusal"         // the model or its filter declined
	Canceled       Class = "canceled"        // the caller gave up (Ctrl-C)
)

// Error is the one error type every Provider returns and Client passes on.
// Error() prints Class, Status and Message only; producers put a redacted
// description in Message, and wrap third-party errors for Err with
// redact.Redactor.Opaque so that errors.Is still works but nobody can
// unwrap and print an SDK error quoting an API key.
type Error struct {
	Class   Class
	Status  int    // HTTP status, 0 when there was none
	Message string // what happened, safe to show (no secrets)
	Hint    string // the user's next step, empty when there is none
	// RetryAfter is the server's own wait hint (Retry-After, Retry-After-Ms).
	RetryAfter time.Duration
	Err        error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("llm: ")
	b.WriteString(string(e.Class))
	if e.Status != 0 {
		fmt.Fprintf(&b, " (HTTP %d)", e.Status)
	}
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Retryable reports whether sending the same request again may succeed:
// rate limits, timeouts (including 408), transient server errors, 409
// conflicts and connections that broke mid-request. A refused connection,
// a wrong key or model, quota, and bad replies are not retried, because the
// answer would be the same and the retry only costs time and money.
func (e *Error) Retryable() bool {
	switch e.Class {
	case RateLimited, Timeout:
		return true
	case ServerError:
		switch {
		case e.Status == 0, e.Status == 500, e.Status == 502, e.Status == 503, e.Status == 504:
			return true
		case e.Status >= 520 && e.Status <= 524, e.Status == 529: // proxy and overload codes
			return true
		}
		return false
	case Unreachable:
		return IsConnReset(e.Err)
	case BadRequest:
		return e.Status == 409
	default:
		return false
	}
}

// Persistent reports whether the failure will stay until someone acts on
// it: the server is not there, the key is missing or wrong or not allowed,
// the model is absent, the quota is spent. Every further call fails the same
// way, so a batch stops at the first one, and the CLI exits with 4 (missing
// prerequisite). A connection that could not be made (refused, no such
// host) is a server that is not there; one that was made and then broke
// mid-reply, even on every retry, is a server that is there and failing
// (exit 1), not a missing prerequisite.
func (e *Error) Persistent() bool {
	switch e.Class {
	case Unreachable:
		return !IsConnReset(e.Err)
	case Unauthorized, Forbidden, ModelNotFound, QuotaExhausted:
		return true
	}
	return false
}

// UserHint is the next step for a person: the producer's Hint, else the
// class's default. exitcode.HintOf finds it through this method.
func (e *Error) UserHint() string {
	if e.Hint != "" {
		return e.Hint
	}
	return DefaultHint(e.Class)
}

// IsPersistent reports whether err's chain holds an *Error that is
// Persistent.
func IsPersistent(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Persistent()
}

// IsConnReset reports whether err is a connection that broke after it was
// made (reset, aborted, closed mid-reply), as opposed to one that could not
// be made at all. The first kind is worth a retry; the second means the
// server is not there.
func IsConnReset(err error) bool {
	return errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.ECONNABORTED) ||
		errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, io.EOF)
}

// ClassOf returns the Class of the first *Error in err's chain, or "" when
// there is none.
func ClassOf(err error) Class {
	var e *Error
	if errors.As(err, &e) {
		return e.Class
	}
	return ""
}

// DefaultHint is the next step for a class when an adapter has no more
// specific advice.
func DefaultHint(c Class) string {
	switch c {
	case Unreachable:
		return "check that the server is running and its URL is right: OPENAI_BASE_URL for an OpenAI-compatible server, or start Ollama with `ollama serve` or set OLLAMA_HOST"
	case Unauthorized:
		return "set OPENAI_API_KEY (see .env.example)"
	case Forbidden:
		return "the API key is valid but not allowed to use this model or endpoint; check the key's project and permissions"
	case ModelNotFound:
		return "check the model name; for the fine-tuned model run `domainyours train --version v1` or `ollama pull <model>`"
	case RateLimited:
		return "lower the concurrency or request rate, or run again later"
	case QuotaExhausted:
		return "check your plan and billing"
	case ServerError:
		return "the server failed; run again later or check the server's logs"
	case Timeout:
		return "the server did not answer in time; raise the timeout or lower the concurrency"
	case Malformed:
		return "the model's reply did not match the expected format; try a stronger model or a lower temperature"
	case Truncated:
		return "the reply hit the token limit; raise the max tokens setting"
	case Refusal:
		return "the model declined this input"
	default:
		return ""
	}
}

// Clip shortens server-provided text for an error message, folding white
// space, so a proxy's HTML error page or a long refusal cannot flood the
// terminal.
func Clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	const limit = 300
	if len(s) > limit {
		s = strings.ToValidUTF8(s[:limit], "") + "..."
	}
	return s
}
