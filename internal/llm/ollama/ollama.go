// Package ollama adapts Ollama's native chat API (/api/chat) to
// llm.Provider, with the wire types of github.com/ollama/ollama/api, and
// finds the newest fine-tuned model registered on a server. It is the only
// package that imports the Ollama SDK; the test harness in
// internal/ollamatest is the one exception.
package ollama

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/ollama/ollama/api"
	"github.com/ollama/ollama/envconfig"

	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/redact"
	"github.com/domainyours/domainyours/internal/workspace"
)

// Config configures the adapter. The caller reads OLLAMA_HOST; this package
// never reads the environment.
type Config struct {
	// Host is the server address in OLLAMA_HOST syntax (see ParseHost);
	// empty means http://127.0.0.1:11434.
	Host string
	// HTTPClient is copied and its transport wrapped (see
	// llm.WrapHTTPClient); nil means llm.NewHTTPClient.
	HTTPClient *http.Client
	// KeepAlive is how long the server keeps the model loaded after a call.
	// 0 leaves the server's default (5 minutes); a negative value keeps it
	// loaded until the server stops.
	KeepAlive time.Duration
	// NumCtx is the context window in tokens (option num_ctx); 0 leaves the
	// model's own setting.
	NumCtx int
}

// Provider is an llm.Provider for an Ollama server.
type Provider struct {
	sdk       *api.Client // for everything but chat (see chat.go)
	http      *http.Client
	chatURL   *url.URL
	base      string // the server's URL, for messages
	keepAlive *api.Duration
	numCtx    int
	red       *redact.Redactor
	// local is the host:port of a server on a loopback address reached
	// through the provider's own HTTP client, and tagsURL the URL that
	// ListModels asks; see refused. local is empty otherwise.
	local, tagsURL string
}

// New checks cfg and returns a Provider. It makes no request: a server that
// is not running shows up as Unreachable on the first call.
func New(cfg Config) (*Provider, error) {
	u, err := ParseHost(cfg.Host)
	if err != nil {
		return nil, &llm.Error{Class: llm.BadRequest, Message: err.Error(),
			Hint: "set OLLAMA_HOST to host:port or a URL, for example 127.0.0.1:11434 or https://ollama.example.com"}
	}
	if cfg.NumCtx < 0 {
		return nil, &llm.Error{Class: llm.BadRequest,
			Message: fmt.Sprintf("Ollama context size %d is negative", cfg.NumCtx),
			Hint:    "use 0 for the model's own context size, or a positive number of tokens such as 4096"}
	}
	hc := llm.WrapHTTPClient(cfg.HTTPClient, 0)
	p := &Provider{
		sdk:     api.NewClient(u, hc),
		http:    hc,
		chatURL: u.JoinPath(chatPath),
		base:    u.String(),
		numCtx:  cfg.NumCtx,
		// Ollama takes no API key, but a reverse proxy's error page can
		// still quote the request; the redactor keeps SDK errors opaque.
		red: redact.New(redact.SecretsFromURL(u.String())...),
	}
	if cfg.KeepAlive != 0 {
		p.keepAlive = &api.Duration{Duration: cfg.KeepAlive}
	}
	if ip := net.ParseIP(u.Hostname()); ip != nil && ip.IsLoopback() && cfg.HTTPClient == nil {
		p.local, p.tagsURL = u.Host, u.JoinPath(tagsPath).String()
	}
	return p, nil
}

// Name identifies the provider in logs and results.
func (p *Provider) Name() string { return "ollama" }

// URL is the server's base URL, for messages.
func (p *Provider) URL() string { return p.base }

// CloseIdleConnections releases pooled connections; call it when a run ends.
func (p *Provider) CloseIdleConnections() { p.http.CloseIdleConnections() }

// Complete sends one chat request and assembles the streamed reply; it
// never retries. A reply that stops at the token limit is returned with a
// Truncated error so that its tokens are still counted.
func (p *Provider) Complete(ctx context.Context, req llm.Request) (llm.Response, error) {
	body, err := p.chatRequest(req)
	if err != nil {
		return llm.Response{}, err
	}
	start := time.Now()
	st, err := p.chat(ctx, body, req.Model)
	latency := time.Since(start)
	if err != nil {
		// Whatever arrived before the failure is not a sample: drop it.
		return llm.Response{Latency: latency}, err
	}
	return st.response(latency, p.red)
}

// chatRequest renders req for /api/chat.
func (p *Provider) chatRequest(req llm.Request) (*api.ChatRequest, error) {
	if err := req.Validate(); err != nil {
		return nil, err
	}
	msgs := make([]api.Message, 0, len(req.Messages)+1)
	if req.System != "" {
		msgs = append(msgs, api.Message{Role: llm.RoleSystem, Content: req.System})
	}
	for _, m := range req.Messages {
		msgs = append(msgs, api.Message{Role: m.Role, Content: m.Content})
	}
	opts := map[string]any{}
	if req.Temperature != nil {
		opts["temperature"] = *req.Temperature
	}
	if req.Seed != nil {
		opts["seed"] = *req.Seed
	}
	if req.MaxTokens > 0 {
		opts["num_predict"] = req.MaxTokens
	}
	if p.numCtx > 0 {
		opts["num_ctx"] = p.numCtx
	}
	streamed := true
	body := &api.ChatRequest{
		Model:     req.Model,
		Messages:  msgs,
		Stream:    &streamed,
		Options:   opts,
		KeepAlive: p.keepAlive,
		Logprobs:  req.LogProbs,
	}
	if req.Schema != nil {
		// Ollama compiles the schema into a grammar, so the reply always
		// follows it; Schema.Strict has nothing to switch.
		body.Format = req.Schema.JSON
	}
	return body, nil
}

// ListModels returns the names of the models on the server, sorted.
func (p *Provider) ListModels(ctx context.Context) ([]string, error) {
	ctx, meta := llm.WithResponseMeta(ctx)
	list, err := p.sdk.List(ctx)
	if err != nil {
		return nil, p.mapError(ctx, err, meta, "")
	}
	return llm.SortedNames(list.Models, func(m api.ListModelResponse) string { return m.Name }), nil
}

// NewestVersion finds the newest trained version of a model family on the
// server: among the models named prefix:v<N> it returns the one with the
// highest N (v10 is newer than v9). Tags that are not versions by
// workspace's one rule are ignored. ok is false when the
// server has no version at all.
func (p *Provider) NewestVersion(ctx context.Context, prefix string) (name string, n int, ok bool, err error) {
	if prefix == "" || strings.ContainsAny(prefix, ": ") {
		return "", 0, false, &llm.Error{Class: llm.BadRequest,
			Message: fmt.Sprintf("model prefix %q must be a model name without a tag, such as domainyours", prefix)}
	}
	if err := p.refused(ctx); err != nil {
		return "", 0, false, err
	}
	names, err := p.ListModels(ctx)
	if err != nil {
		return "", 0, false, err
	}
	for _, m := range names {
		if v, isVersion := workspace.ModelVersion(m, prefix); isVersion && v.Number() > n {
			name, n, ok = m, v.Number(), true
		}
	}
	return name, n, ok, nil
}

// tagsPath is the endpoint of the SDK's List.
const tagsPath = "/api/tags"

// refused returns the error ListModels would return when nothing listens
// on the port of a server on this machine, found with one TCP connect. It
// returns nil when something answers, when the connect fails otherwise, or
// when the server is not local; ListModels then asks as usual.
//
// suggest's auto backend asks NewestVersion first of all, most often with
// no Ollama running: the SDK's request would start the HTTP transport's
// dialing goroutines to learn the same (a third of the process's time
// after its start-up, BENCHMARKS.md). Only a loopback address qualifies,
// since no proxy is used for one, and only through the provider's own
// client, the one that dials it directly; with OLLAMA_AUTH set the SDK signs
// the request before sending it and may fail there first, so it asks.
func (p *Provider) refused(ctx context.Context) *llm.Error {
	if p.local == "" || envconfig.UseAuth() {
		return nil
	}
	var d net.Dialer
	c, err := d.DialContext(ctx, "tcp", p.local)
	if err == nil {
		_ = c.Close()
		return nil
	}
	// Concrete type assertions: errors.Is would try an interface
	// assertion on each link, a first one the runtime resolves by
	// searching method tables. A refusal wrapped otherwise (a later Go)
	// only loses the shortcut; TestNewestVersionRefusedLocally says so.
	oe, ok := err.(*net.OpError) //nolint:errorlint // the dialer's own error, not a chain
	if !ok {
		return nil
	}
	if se, ok := oe.Err.(*os.SyscallError); !ok || se.Err != syscall.ECONNREFUSED { //nolint:errorlint // as above
		return nil
	}
	// What mapError makes of the error http.Client returns for the same
	// refusal, without its errors.As walks (the same cost).
	if e := p.ctxError(ctx); e != nil {
		return e
	}
	return p.unreachable(&url.Error{Op: "Get", URL: p.tagsURL, Err: err})
}
