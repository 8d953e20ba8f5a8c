// Package llm is the provider-neutral way every subcommand talks to a
// language model. Adapters (internal/llm/openai, internal/llm/ollama)
// implement Provider for one wire protocol and make exactly one attempt per
// call; Client adds what all of them need: retries with backoff, timeouts,
// concurrency and rate limits, strict decoding of structured replies, and
// token and cost accounting.
//
// This package imports no provider SDK, so a Request can be cached, hashed
// or written as a batch line without knowing who will answer it.
package llm

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/domainyours/domainyours/internal/lazyregexp"
)

// Message roles accepted in Request.Messages.
const (
	RoleSystem    = "system"
	RoleUser      = "user"
	RoleAssistant = "assistant"
)

// Message is one turn of a chat.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Schema asks for a structured (JSON) reply that matches JSON above.
type Schema struct {
	// Name identifies the schema to the server: 1-64 of [a-zA-Z0-9_-].
	Name string `json:"name"`
	// JSON is the JSON Schema document. The client validates replies
	// against the subset described in CompileSchema.
	JSON json.RawMessage `json:"schema"`
	// Strict asks the server to enforce the schema while generating.
	Strict bool `json:"strict"`
}

// Request is one chat completion. It holds only caller intent, no provider
// state, so it can be cached by value or rendered as a batch line later.
type Request struct {
	Model    string    `json:"model"`
	System   string    `json:"system,omitempty"`
	Messages []Message `json:"messages"`
	Schema   *Schema   `json:"schema,omitempty"`
	// Temperature and Seed are pointers because 0 is a meaningful value
	// that must reach the server, unlike "not set".
	Temperature *float64 `json:"temperature,omitempty"`
	Seed        *int64   `json:"seed,omitempty"`
	// MaxTokens caps the reply length; 0 leaves it to the server.
	MaxTokens int  `json:"max_tokens,omitempty"`
	LogProbs  bool `json:"logprobs,omitempty"`
	// ID is the caller's key for this request (a row id, a batch custom_id).
	// It is carried through logs and batch lines, never sent as content.
	ID string `json:"id,omitempty"`
}

var schemaNameRE = lazyregexp.New(`^[a-zA-Z0-9_-]{1,64}$`)

// Validate reports the first problem that would make a server reject the
// request, so it fails before any network call.
func (r Request) Validate() error {
	bad := func(format string, args ...any) error {
		return &Error{Class: BadRequest, Message: "invalid request " + fmt.Sprintf("%q: ", r.ID) + fmt.Sprintf(format, args...)}
	}
	if r.Model == "" {
		return bad("no model name")
	}
	if len(r.Messages) == 0 {
		return bad("no messages")
	}
	for i, m := range r.Messages {
		switch m.Role {
		case RoleSystem, RoleUser, RoleAssistant:
		default:
			return bad("message %d has role %q; want system, user or assistant", i, m.Role)
		}
	}
	if t := r.Temperature; t != nil && (*t < 0 || *t > 2) {
		return bad("temperature %g is outside 0..2", *t)
	}
	if r.MaxTokens < 0 {
		return bad("max tokens %d is negative", r.MaxTokens)
	}
	if s := r.Schema; s != nil {
		if !schemaNameRE.MatchString(s.Name) {
			return bad("schema name %q must be 1-64 characters of a-z, A-Z, 0-9, _ or -", s.Name)
		}
		if _, err := compileCached(s.JSON); err != nil {
			return bad("schema %q: %v", s.Name, err)
		}
	}
	return nil
}

// Usage counts the tokens of one call as reported by the server.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
}

// Add returns the sum of u and o.
func (u Usage) Add(o Usage) Usage {
	return Usage{u.PromptTokens + o.PromptTokens, u.CompletionTokens + o.CompletionTokens}
}

// TokenLogProb is the log probability the server reported for one token.
type TokenLogProb struct {
	Token   string  `json:"token"`
	LogProb float64 `json:"logprob"`
}

// Response is the result of one call.
type Response struct {
	// Text is the reply as the server sent it.
	Text string
	// JSON is set by Client only when the request had a Schema and Text
	// decoded strictly and matched it. Providers leave it nil.
	JSON json.RawMessage
	// Usage is what this call cost. From Client it is the sum over all
	// attempts, because failed attempts are billed too.
	Usage Usage
	// Latency is one attempt's round trip from a Provider; from Client it is
	// the whole call, including retries and waits.
	Latency time.Duration
	// Model is the model the server says answered (it may be a dated
	// snapshot of the requested name).
	Model        string
	FinishReason string
	// LogProbs is nil when the server returned none; it is never invented.
	LogProbs []TokenLogProb
	// Attempts is how many requests Client sent for this call.
	Attempts int
}

// Provider makes one attempt at a completion over one wire protocol.
//
// Complete must return *Error for every failure so that Client can decide
// whether to retry. When a reply arrived but cannot be used (Truncated,
// Refusal, Malformed), Complete returns the Response it got together with
// the error so that the tokens are still counted and the text can be logged.
// Complete must not retry, sleep or limit concurrency: Client does that.
type Provider interface {
	Name() string
	Complete(ctx context.Context, req Request) (Response, error)
}

// Moderation is a moderation endpoint's verdict on one text (OpenAI's
// /moderations). Categories are the flagged names as the endpoint spells
// them ("sexual/minors", "hate/threatening").
type Moderation struct {
	Model      string
	Flagged    bool
	Categories []string
}

// SortedNames is the name of each item, sorted: how both adapters answer
// ListModels from their SDK's model list.
func SortedNames[T any](items []T, name func(T) string) []string {
	names := make([]string, 0, len(items))
	for _, it := range items {
		names = append(names, name(it))
	}
	slices.Sort(names)
	return names
}
