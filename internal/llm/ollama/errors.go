package ollama

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/ollama/ollama/api"

	"github.com/domainyours/domainyours/internal/llm"
)

// mapError turns an SDK or transport error into an *llm.Error.
func (p *Provider) mapError(ctx context.Context, err error, meta *llm.ResponseMeta, model string) *llm.Error {
	if e := p.ctxError(ctx); e != nil {
		return e
	}
	var authErr api.AuthorizationError
	var statusErr api.StatusError
	switch {
	case errors.As(err, &authErr):
		return p.fromStatus(authErr.StatusCode, "", meta, err, model)
	case errors.As(err, &statusErr):
		return p.fromStatus(statusErr.StatusCode, statusErr.ErrorMessage, meta, err, model)
	case isJSONError(err):
		return &llm.Error{Class: llm.Malformed,
			Message: "the reply from " + p.base + " is not an Ollama API response: " + llm.Clip(p.red.String(err.Error())),
			Hint:    p.notOllamaHint(), Err: p.red.Opaque(err)}
	case errors.Is(err, llm.ErrResponseTooLarge):
		return p.tooLarge(err)
	case llm.IsConnReset(err):
		return &llm.Error{Class: llm.Unreachable,
			Message: "the connection to " + p.base + " broke before the reply was complete: " + p.red.String(err.Error()),
			Hint:    "the server dropped the connection; if this repeats, check the Ollama server's log", Err: p.red.Opaque(err)}
	case isTimeout(err):
		return &llm.Error{Class: llm.Timeout, Message: p.red.String(err.Error()), Hint: llm.DefaultHint(llm.Timeout), Err: p.red.Opaque(err)}
	}
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		return p.unreachable(err)
	}
	if meta.Status() != 0 {
		return p.inStream(err)
	}
	// Nothing was sent: the request was refused before it left, for example
	// because a request to ollama.com could not be signed.
	return &llm.Error{Class: llm.BadRequest, Message: "request to " + p.base + " not sent: " + p.red.String(err.Error()),
		Err: p.red.Opaque(err)}
}

// unreachable is the error for a request that found nobody at the server's
// address (err, a *url.Error): a refused connection or a failed DNS
// look-up. Nobody is there, and asking again will not change that.
func (p *Provider) unreachable(err error) *llm.Error {
	return &llm.Error{Class: llm.Unreachable, Message: "cannot reach Ollama at " + p.base + ": " + p.red.String(err.Error()),
		Hint: fmt.Sprintf("start Ollama with `ollama serve`, or set OLLAMA_HOST to the address of a running server (now %s)", p.base),
		Err:  p.red.Opaque(err)}
}

// ctxError is the verdict of a canceled or expired call, nil while ctx is
// live. It comes before any other reading of an error: a read that failed
// because the deadline passed is a timeout, whatever the transport said.
func (p *Provider) ctxError(ctx context.Context) *llm.Error {
	ctxErr := ctx.Err()
	switch {
	case ctxErr == nil:
		return nil
	case errors.Is(ctxErr, context.Canceled):
		return &llm.Error{Class: llm.Canceled, Message: "request canceled", Err: ctxErr}
	default:
		return &llm.Error{Class: llm.Timeout, Message: "no reply from " + p.base + " before the deadline",
			Hint: llm.DefaultHint(llm.Timeout), Err: ctxErr}
	}
}

// inStream explains an error the server reported in the body of a
// successful response, such as the {"error": ...} line of a stream.
func (p *Provider) inStream(err error) *llm.Error {
	// Status 0 rather than 200: the HTTP status says nothing about this
	// failure, and it is worth a retry (a runner that crashed is restarted).
	return &llm.Error{Class: llm.ServerError, Message: "the Ollama server failed while replying: " + llm.Clip(p.red.String(err.Error())),
		Hint: "if this repeats, check the Ollama server's log", Err: p.red.Opaque(err)}
}

func (p *Provider) tooLarge(err error) *llm.Error {
	return &llm.Error{Class: llm.Malformed,
		Message: fmt.Sprintf("the reply from %s is larger than %d bytes", p.base, llm.DefaultMaxResponseBytes),
		Hint:    p.notOllamaHint(), Err: p.red.Opaque(err)}
}

func (p *Provider) notOllamaHint() string {
	return fmt.Sprintf("check that OLLAMA_HOST (now %s) points at an Ollama server and not at a proxy's or another service's page", p.base)
}

// fromStatus classifies an HTTP error status with Ollama's error message.
func (p *Provider) fromStatus(status int, msg string, meta *llm.ResponseMeta, err error, model string) *llm.Error {
	e := &llm.Error{Status: status, Message: llm.Clip(p.red.String(msg)), RetryAfter: meta.RetryAfter(), Err: p.red.Opaque(err)}
	if e.Message == "" {
		e.Message = http.StatusText(status)
	}
	switch {
	case status == http.StatusUnauthorized:
		e.Class = llm.Unauthorized
		e.Hint = fmt.Sprintf("the server at %s asks for credentials, which domainyours does not send to Ollama; point OLLAMA_HOST at a server that allows API access without them", p.base)
	case status == http.StatusForbidden:
		e.Class = llm.Forbidden
		e.Hint = fmt.Sprintf("the server at %s refused the request; check OLLAMA_HOST and any proxy in front of Ollama", p.base)
	case status == http.StatusNotFound && model != "" && mentionsMissingModel(msg):
		e.Class = llm.ModelNotFound
		e.Hint = fmt.Sprintf("model %q is not on the server at %s: run `domainyours train --version v1` to create the fine-tuned model, or `ollama pull %s` for a published one", model, p.base, model)
	case status == http.StatusNotFound:
		e.Class = llm.BadRequest
		e.Hint = p.notOllamaHint()
	case status == http.StatusTooManyRequests:
		e.Class = llm.RateLimited
	case status == http.StatusRequestTimeout:
		e.Class = llm.Timeout
	case status == http.StatusServiceUnavailable:
		// Ollama's "server busy": its queue of pending requests is full.
		e.Class = llm.ServerError
		e.Hint = "the Ollama server is busy; lower the concurrency, or raise OLLAMA_MAX_QUEUE or OLLAMA_NUM_PARALLEL where the server runs"
	case status >= 500:
		e.Class = llm.ServerError
		e.Hint = "the Ollama server failed; its log (the output of `ollama serve`) says why"
	default:
		e.Class = llm.BadRequest
		e.Hint = "the Ollama server rejected the request as invalid; if the message names an option or field, update Ollama to a recent version"
	}
	if e.Hint == "" {
		e.Hint = llm.DefaultHint(e.Class)
	}
	return e
}

// mentionsMissingModel recognises Ollama's 404 bodies for a missing model:
// `model 'x' not found` from /api/chat and `model "x" not found, try
// pulling it first` from the scheduler.
func mentionsMissingModel(msg string) bool {
	m := strings.ToLower(msg)
	return strings.Contains(m, "model") && strings.Contains(m, "not found")
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

func isJSONError(err error) bool {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	return errors.As(err, &syn) || errors.As(err, &typ)
}
