package ollama

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strings"
	"time"

	"github.com/ollama/ollama/api"
	"github.com/ollama/ollama/version"

	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/redact"
)

// The chat call does not go through the SDK's Client.Chat: that allocates an
// 8 MB line buffer on every call (256 MB for 32 calls in flight) and ends a
// stream that broke, overflowed or hit a too-long line as if it were
// complete. chat sends the same request and reads the NDJSON reply with a
// small buffer that grows only for a long line.

const chatPath = "/api/chat"

const (
	// readBufSize is the reader's buffer: a chunk is a few hundred bytes,
	// one with log probabilities rarely more than a kilobyte.
	readBufSize = 4 << 10
	// maxLineBytes caps one line of the stream. It is the SDK's limit
	// (8,000,000 bytes), so a reply the SDK accepted is still accepted.
	maxLineBytes = 8_000_000
	// errorBodyBytes is how much of an error response is read for its
	// message; clip keeps far less of it.
	errorBodyBytes = 64 << 10
	// drainBytes is how much is read after the final message so that the
	// connection can be reused; normally only the end of the chunked body.
	drainBytes = 4 << 10
)

// userAgent is the SDK's, so that servers and proxies see the same client
// for every call.
var userAgent = fmt.Sprintf("ollama/%s (%s %s) Go/%s", version.Version, runtime.GOARCH, runtime.GOOS, runtime.Version())

var (
	// errIncomplete marks a chat stream that ended without its final message.
	errIncomplete  = errors.New("the chat stream ended before its final message")
	errLineTooLong = fmt.Errorf("a line of the chat stream is longer than %d bytes", maxLineBytes)
)

// serverFailure is the {"error": ...} line Ollama writes when generation
// fails after the 200 header went out.
type serverFailure struct{ msg string }

func (e serverFailure) Error() string { return e.msg }

// notChatStream is a line that is not a JSON object at all, such as a proxy's
// HTML page served with status 200.
type notChatStream struct{ line string }

func (e notChatStream) Error() string { return e.line }

// chat sends body to /api/chat and assembles the streamed reply. Every error
// is an *llm.Error.
func (p *Provider) chat(ctx context.Context, body *api.ChatRequest, model string) (*stream, error) {
	ctx, meta := llm.WithResponseMeta(ctx)
	req, err := p.newChatRequest(ctx, body)
	if err != nil {
		return nil, p.mapError(ctx, err, meta, model)
	}
	resp, err := p.http.Do(req)
	if err != nil {
		return nil, p.mapError(ctx, err, meta, model)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= http.StatusBadRequest {
		return nil, p.statusError(ctx, resp, meta, model)
	}
	st := &stream{}
	if err := st.read(resp.Body); err != nil {
		return nil, p.streamError(ctx, err)
	}
	return st, nil
}

// newChatRequest builds the request with the SDK's headers. It does not sign
// requests for ollama.com's hosted service (the SDK does, from a key file and
// OLLAMA_AUTH): domainyours talks to the user's own server, and this package
// reads nothing from the environment.
func (p *Provider) newChatRequest(ctx context.Context, body *api.ChatRequest) (*http.Request, error) {
	data, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	u := p.chatURL
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/x-ndjson")
	req.Header.Set("User-Agent", userAgent)
	return req, nil
}

// statusError reads Ollama's message from an error response, {"error": ...}
// or, failing that, the body as text, as the SDK does.
func (p *Provider) statusError(ctx context.Context, resp *http.Response, meta *llm.ResponseMeta, model string) *llm.Error {
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, errorBodyBytes))
	if e := p.ctxError(ctx); e != nil {
		return e
	}
	se := api.StatusError{StatusCode: resp.StatusCode, Status: resp.Status}
	if err := json.Unmarshal(raw, &se); err != nil {
		se.ErrorMessage = string(raw)
	}
	return p.fromStatus(resp.StatusCode, se.ErrorMessage, meta, se, model)
}

// streamError classifies a failure while reading a 200 chat stream.
func (p *Provider) streamError(ctx context.Context, err error) *llm.Error {
	if e := p.ctxError(ctx); e != nil {
		return e
	}
	var failure serverFailure
	var notStream notChatStream
	switch {
	case errors.As(err, &failure):
		return p.inStream(err)
	case errors.As(err, &notStream):
		return &llm.Error{Class: llm.Malformed, Message: "the reply from " + p.base + " is not an Ollama chat stream: " + llm.Clip(p.red.String(notStream.line)),
			Hint: p.notOllamaHint(), Err: p.red.Opaque(err)}
	case isJSONError(err):
		return &llm.Error{Class: llm.Malformed,
			Message: "the reply from " + p.base + " is not an Ollama API response: " + llm.Clip(p.red.String(err.Error())),
			Hint:    p.notOllamaHint(), Err: p.red.Opaque(err)}
	case errors.Is(err, errLineTooLong):
		return &llm.Error{Class: llm.Malformed, Message: "a line of the reply from " + p.base + " is longer than the client accepts",
			Hint: p.notOllamaHint(), Err: err}
	case errors.Is(err, llm.ErrResponseTooLarge):
		return p.tooLarge(err)
	case errors.Is(err, errIncomplete):
		return &llm.Error{Class: llm.Unreachable, Message: "the server at " + p.base + " closed the reply before its final message",
			Hint: "if this repeats, check the Ollama server's log", Err: fmt.Errorf("%w: %w", io.ErrUnexpectedEOF, errIncomplete)}
	case isTimeout(err):
		return &llm.Error{Class: llm.Timeout, Message: "the reply from " + p.base + " stalled: " + p.red.String(err.Error()),
			Hint: llm.DefaultHint(llm.Timeout), Err: p.red.Opaque(err)}
	default:
		// io.ErrUnexpectedEOF in the chain marks the break as one worth
		// retrying (llm.IsConnReset), whatever the transport called it.
		return &llm.Error{Class: llm.Unreachable,
			Message: "the connection to " + p.base + " broke before the reply was complete: " + p.red.String(err.Error()),
			Hint:    "the server dropped the connection; if this repeats, check the Ollama server's log",
			Err:     p.red.Opaque(fmt.Errorf("%w: %w", io.ErrUnexpectedEOF, err))}
	}
}

// stream assembles the chunks of a streamed chat reply.
type stream struct {
	text     strings.Builder
	logprobs []llm.TokenLogProb
	final    api.ChatResponse
}

// chunk is one line of the stream: a piece of the reply or the server's
// error.
type chunk struct {
	api.ChatResponse
	Error string `json:"error"`
}

// read consumes the stream up to its final message. A read error decides
// over a partial last line; a last line without its newline still counts,
// as it does for the SDK.
func (s *stream) read(body io.Reader) error {
	lr := lineReader{r: bufio.NewReaderSize(body, readBufSize)}
	for {
		line, err := lr.next()
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		if line = bytes.TrimSpace(line); len(line) > 0 {
			done, perr := s.add(line)
			if perr != nil {
				return perr
			}
			if done {
				// What follows is the end of the body; reading it lets the
				// connection be reused.
				_, _ = io.CopyN(io.Discard, lr.r, drainBytes)
				return nil
			}
		}
		if errors.Is(err, io.EOF) {
			return errIncomplete
		}
	}
}

// add takes one non-empty line and reports whether it was the final message.
func (s *stream) add(line []byte) (bool, error) {
	if line[0] != '{' {
		return false, notChatStream{line: string(line)}
	}
	var c chunk
	err := json.Unmarshal(line, &c)
	if c.Error != "" {
		return false, serverFailure{msg: c.Error}
	}
	if err != nil {
		return false, err
	}
	s.text.WriteString(c.Message.Content)
	for _, lp := range c.Logprobs {
		s.logprobs = append(s.logprobs, llm.TokenLogProb{Token: lp.Token, LogProb: lp.Logprob})
	}
	if c.Done {
		s.final = c.ChatResponse
	}
	return c.Done, nil
}

// response is the finished reply. Its text is redacted here, where it
// enters the program, in case the server echoes credentials it was sent.
func (s *stream) response(latency time.Duration, red *redact.Redactor) (llm.Response, error) {
	f := s.final
	resp := llm.Response{
		Text:         red.String(s.text.String()),
		Usage:        llm.Usage{PromptTokens: f.PromptEvalCount, CompletionTokens: f.EvalCount},
		Latency:      latency,
		Model:        f.Model,
		FinishReason: f.DoneReason,
		LogProbs:     s.logprobs,
	}
	if f.DoneReason == "length" {
		return resp, &llm.Error{Class: llm.Truncated,
			Message: fmt.Sprintf("the reply stopped at the token limit after %d tokens", f.EvalCount),
			Hint:    llm.DefaultHint(llm.Truncated)}
	}
	return resp, nil
}

// lineReader splits a body into lines. A line that fits the bufio.Reader's
// buffer is returned in place; a longer one is gathered in long, which grows
// as needed up to maxLineBytes and is kept for the next long line.
type lineReader struct {
	r    *bufio.Reader
	long []byte
}

// next returns the next line, valid until the following call, with the error
// that ended it: nil after a newline, io.EOF for a last line without one.
func (l *lineReader) next() ([]byte, error) {
	l.long = l.long[:0]
	for {
		frag, err := l.r.ReadSlice('\n')
		if len(l.long)+len(frag) > maxLineBytes {
			return nil, errLineTooLong
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			l.long = append(l.long, frag...)
			continue
		}
		if len(l.long) == 0 {
			return frag, err
		}
		l.long = append(l.long, frag...)
		return l.long, err
	}
}
