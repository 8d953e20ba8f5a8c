// Package openai adapts github.com/sashabaranov/go-openai to llm.Provider,
// for OpenAI itself and for any server that speaks its chat completions API
// (Ollama's /v1, vLLM, llama-server). It is the only package that imports
// go-openai.
package openai

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/redact"
)

// DefaultBaseURL is used when Config.BaseURL is empty.
const DefaultBaseURL = "https://api.openai.com/v1"

// Config configures the adapter. The caller reads OPENAI_BASE_URL and
// OPENAI_API_KEY; this package never reads the environment.
type Config struct {
	// BaseURL is the API root, ending in /v1 for most servers. Empty means
	// DefaultBaseURL.
	BaseURL string
	// APIKey may be empty for local servers that do not check it; it is
	// required for api.openai.com.
	APIKey string
	// HTTPClient is copied and its transport wrapped (see
	// llm.WrapHTTPClient); nil means llm.NewHTTPClient.
	HTTPClient   *http.Client
	Organization string
}

// Provider is an llm.Provider for OpenAI-compatible servers.
type Provider struct {
	sdk     *goopenai.Client
	http    *http.Client
	baseURL string // display form: no userinfo, no secret query values
	red     *redact.Redactor
}

// apiRoot is BaseURL without surrounding spaces or a trailing slash, or
// DefaultBaseURL when it is empty: the one form every client sends to.
func (cfg Config) apiRoot() string {
	if base := strings.TrimRight(strings.TrimSpace(cfg.BaseURL), "/"); base != "" {
		return base
	}
	return DefaultBaseURL
}

// New checks cfg and returns a Provider. A BaseURL that is not an absolute
// http(s) URL, or a missing key for api.openai.com, is an error now rather
// than on the first call.
func New(cfg Config) (*Provider, error) {
	base := cfg.apiRoot()
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, &llm.Error{Class: llm.BadRequest,
			Message: fmt.Sprintf("OpenAI base URL %s is not an absolute http(s) URL", redact.URL(base)),
			Hint:    "set OPENAI_BASE_URL to the API root, for example https://api.openai.com/v1 or http://127.0.0.1:11434/v1 for Ollama"}
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return nil, &llm.Error{Class: llm.BadRequest,
			Message: fmt.Sprintf("OpenAI base URL %s has a query or fragment, which would end up in front of the API path", redact.URL(base)),
			Hint:    "set OPENAI_BASE_URL to the API root only, for example https://api.openai.com/v1"}
	}
	if cfg.APIKey == "" && strings.EqualFold(u.Hostname(), "api.openai.com") {
		return nil, &llm.Error{Class: llm.Unauthorized, Message: "no API key for api.openai.com",
			Hint: llm.DefaultHint(llm.Unauthorized)}
	}
	hc := llm.WrapHTTPClient(cfg.HTTPClient, 0)
	sc := goopenai.DefaultConfig(cfg.APIKey)
	sc.BaseURL = base
	sc.OrgID = cfg.Organization
	sc.HTTPClient = hc
	return &Provider{
		sdk:     goopenai.NewClientWithConfig(sc),
		http:    hc,
		baseURL: redact.URL(base),
		red:     redact.New(append([]string{cfg.APIKey}, redact.SecretsFromURL(base)...)...),
	}, nil
}

// Name identifies the provider in logs and results.
func (p *Provider) Name() string { return "openai" }

// CloseIdleConnections releases pooled connections; call it when a run ends.
func (p *Provider) CloseIdleConnections() { p.http.CloseIdleConnections() }

// Complete sends one chat completion request; it never retries.
func (p *Provider) Complete(ctx context.Context, req llm.Request) (llm.Response, error) {
	body, err := buildBody(req)
	if err != nil {
		return llm.Response{}, err
	}
	ctx, meta := llm.WithResponseMeta(ctx)
	start := time.Now()
	out, err := p.sdk.CreateChatCompletion(ctx, body)
	latency := time.Since(start)
	if err != nil {
		return llm.Response{Latency: latency}, p.mapError(ctx, err, meta, req.Model)
	}
	return mapResponse(out, latency, p.red)
}

// mapResponse turns a 200 reply into a Response, classifying replies that
// arrived but cannot be used. The Response is returned with the error so
// that the tokens are counted. The reply text and refusal are redacted here,
// where they enter the program: a server that echoes the key it was sent
// would otherwise get it into caches, datasets, results and stdout.
func mapResponse(out goopenai.ChatCompletionResponse, latency time.Duration, red *redact.Redactor) (llm.Response, error) {
	resp := llm.Response{
		Latency: latency,
		Model:   out.Model,
		Usage:   llm.Usage{PromptTokens: out.Usage.PromptTokens, CompletionTokens: out.Usage.CompletionTokens},
	}
	if len(out.Choices) == 0 {
		return resp, &llm.Error{Class: llm.Malformed, Message: "the server answered with no choices",
			Hint: llm.DefaultHint(llm.Malformed)}
	}
	ch := out.Choices[0]
	resp.Text = red.String(ch.Message.Content)
	resp.FinishReason = string(ch.FinishReason)
	if ch.LogProbs != nil && len(ch.LogProbs.Content) > 0 {
		resp.LogProbs = make([]llm.TokenLogProb, len(ch.LogProbs.Content))
		for i, lp := range ch.LogProbs.Content {
			resp.LogProbs[i] = llm.TokenLogProb{Token: lp.Token, LogProb: lp.LogProb}
		}
	}
	switch {
	case ch.Message.Refusal != "":
		return resp, &llm.Error{Class: llm.Refusal, Message: "the model refused: " + llm.Clip(red.String(ch.Message.Refusal)),
			Hint: llm.DefaultHint(llm.Refusal)}
	case ch.FinishReason == goopenai.FinishReasonContentFilter:
		return resp, &llm.Error{Class: llm.Refusal, Message: "the server's content filter withheld the reply",
			Hint: llm.DefaultHint(llm.Refusal)}
	case ch.FinishReason == goopenai.FinishReasonLength:
		return resp, &llm.Error{Class: llm.Truncated,
			Message: fmt.Sprintf("the reply stopped at the token limit after %d tokens", out.Usage.CompletionTokens),
			Hint:    llm.DefaultHint(llm.Truncated)}
	case ch.FinishReason == goopenai.FinishReasonToolCalls || ch.FinishReason == goopenai.FinishReasonFunctionCall:
		return resp, &llm.Error{Class: llm.Malformed, Message: "the model called a tool instead of answering",
			Hint: llm.DefaultHint(llm.Malformed)}
	}
	return resp, nil
}

// errorBody is the error object of an OpenAI-style error reply.
type errorBody struct {
	status int
	code   string
	typ    string
	msg    string
}

func (p *Provider) mapError(ctx context.Context, err error, meta *llm.ResponseMeta, model string) *llm.Error {
	if ctxErr := ctx.Err(); ctxErr != nil {
		if errors.Is(ctxErr, context.Canceled) {
			return &llm.Error{Class: llm.Canceled, Message: "request canceled", Err: ctxErr}
		}
		return &llm.Error{Class: llm.Timeout, Message: "no reply from " + p.baseURL + " before the deadline",
			Hint: llm.DefaultHint(llm.Timeout), Err: ctxErr}
	}
	var apiErr *goopenai.APIError
	var reqErr *goopenai.RequestError
	switch {
	case errors.As(err, &apiErr):
		b := errorBody{status: apiErr.HTTPStatusCode, typ: apiErr.Type, msg: apiErr.Message}
		if apiErr.Code != nil {
			b.code = fmt.Sprint(apiErr.Code)
		}
		return p.fromStatus(b, meta.RetryAfter(), err, model)
	case errors.As(err, &reqErr):
		// The error body was not OpenAI-shaped JSON (a proxy page, plain text).
		return p.fromStatus(errorBody{status: reqErr.HTTPStatusCode, msg: string(reqErr.Body)}, meta.RetryAfter(), err, model)
	}
	return p.transportError(err)
}

func (p *Provider) fromStatus(b errorBody, retryAfter time.Duration, err error, model string) *llm.Error {
	e := &llm.Error{Status: b.status, Message: llm.Clip(p.red.String(b.msg)), RetryAfter: retryAfter, Err: p.red.Opaque(err)}
	if e.Message == "" {
		e.Message = http.StatusText(b.status)
	}
	switch {
	case b.status == http.StatusUnauthorized:
		e.Class = llm.Unauthorized
		e.Hint = "set OPENAI_API_KEY to a valid key (see .env.example); the server rejected the one it was given"
	case b.status == http.StatusForbidden:
		e.Class = llm.Forbidden
	case b.status == http.StatusNotFound && (b.code == "model_not_found" || mentionsMissingModel(b.msg)):
		e.Class = llm.ModelNotFound
		e.Hint = fmt.Sprintf("check the model name %q; for the fine-tuned model run `domainyours train --version v1`, or `ollama pull %s` for an Ollama model", model, model)
	case b.status == http.StatusNotFound:
		e.Class = llm.BadRequest
		e.Hint = fmt.Sprintf("check OPENAI_BASE_URL (now %s): the server has no /chat/completions under it; most servers want the root ending in /v1", p.baseURL)
	case b.status == http.StatusTooManyRequests && (b.code == "insufficient_quota" || b.typ == "insufficient_quota"):
		// A 429 that no wait will fix: retrying only delays the bad news.
		e.Class = llm.QuotaExhausted
		e.RetryAfter = 0
	case b.status == http.StatusTooManyRequests:
		e.Class = llm.RateLimited
	case b.status == http.StatusRequestTimeout:
		e.Class = llm.Timeout
	case b.status >= 500:
		e.Class = llm.ServerError
	default:
		e.Class = llm.BadRequest
	}
	if e.Hint == "" {
		e.Hint = llm.DefaultHint(e.Class)
	}
	return e
}

// mentionsMissingModel recognises the 404 bodies of servers that do not use
// OpenAI's model_not_found code: Ollama's `model "x" not found, try pulling
// it first` and vLLM's "The model `x` does not exist."
func mentionsMissingModel(msg string) bool {
	m := strings.ToLower(msg)
	return strings.Contains(m, "model") && (strings.Contains(m, "not found") || strings.Contains(m, "does not exist"))
}

// transportError classifies failures without an HTTP error status: no
// connection, a broken or oversized body, a 200 that is not JSON, or a
// request the SDK refused to send.
func (p *Provider) transportError(err error) *llm.Error {
	msg := p.red.String(err.Error())
	red := p.red.Opaque(err)
	var urlErr *url.Error
	switch {
	case errors.Is(err, llm.ErrResponseTooLarge):
		return &llm.Error{Class: llm.Malformed, Message: fmt.Sprintf("the reply from %s is larger than %d bytes", p.baseURL, llm.DefaultMaxResponseBytes),
			Hint: "check that OPENAI_BASE_URL points at a chat completions API", Err: red}
	case llm.IsConnReset(err):
		return &llm.Error{Class: llm.Unreachable, Message: "the connection to " + p.baseURL + " broke before the reply was complete: " + msg,
			Hint: "the server dropped the connection; if this repeats, check the server's logs", Err: red}
	case isTimeout(err):
		return &llm.Error{Class: llm.Timeout, Message: msg, Hint: llm.DefaultHint(llm.Timeout), Err: red}
	case errors.As(err, &urlErr):
		return &llm.Error{Class: llm.Unreachable, Message: "cannot reach " + p.baseURL + ": " + msg,
			Hint: fmt.Sprintf("check OPENAI_BASE_URL (now %s) and that the server is running; for Ollama start it with `ollama serve`", p.baseURL),
			Err:  red}
	case isJSONError(err):
		return &llm.Error{Class: llm.Malformed, Message: "the server's 200 reply is not a chat completion: " + msg,
			Hint: "check that OPENAI_BASE_URL points at an OpenAI-compatible API", Err: red}
	default:
		// What is left are the SDK's own checks before sending, such as
		// parameters a reasoning model does not accept.
		return &llm.Error{Class: llm.BadRequest, Message: "request not sent: " + msg, Err: red}
	}
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// ListModels returns the ids of the models the server offers (GET /models),
// sorted; serve's readiness check asks it whether the model is there.
func (p *Provider) ListModels(ctx context.Context) ([]string, error) {
	ctx, meta := llm.WithResponseMeta(ctx)
	list, err := p.sdk.ListModels(ctx)
	if err != nil {
		return nil, p.mapError(ctx, err, meta, "")
	}
	return llm.SortedNames(list.Models, func(m goopenai.Model) string { return m.ID }), nil
}
