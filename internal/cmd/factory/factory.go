// Package factory holds the dependencies every command needs, built lazily so
// that `domainyours --help` or `version` never touches a network or a model.
//
// It is the one place that turns the configured endpoints (OLLAMA_HOST,
// OPENAI_BASE_URL, OPENAI_API_KEY, filled in by internal/app) into clients:
// commands ask it for an Ollama provider, an LLM client or a suggestion
// backend and never read those variables themselves.
package factory

import (
	"log/slog"
	"sync"
	"time"

	"github.com/domainyours/domainyours/internal/config"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/iostreams"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/ollama"
	"github.com/domainyours/domainyours/internal/llm/openai"
	"github.com/domainyours/domainyours/internal/redact"
)

// InterruptAnnotation, set to InterruptGraceful on a command, tells the
// process boundary that the command lets its requests in flight finish on
// Ctrl-C (serve), so the first Ctrl-C says so instead of counting model
// requests as abandoned.
const (
	InterruptAnnotation = "domainyours/interrupt"
	InterruptGraceful   = "graceful"
)

// Endpoints are the model servers the user configured.
type Endpoints struct {
	OllamaHost    string // OLLAMA_HOST; empty is the local default
	OpenAIBaseURL string // OPENAI_BASE_URL; empty is api.openai.com
	OpenAIKey     string // OPENAI_API_KEY
}

// Factory is passed to every NewCmdX constructor. The zero value works, with
// default endpoints; internal/app builds it with New.
type Factory struct {
	IOStreams    *iostreams.IOStreams
	Config       *config.Lookup
	Logger       *slog.Logger
	BuildVersion string
	// Args is the command line after the program name, as the process got
	// it: commands record it (eval's manifest) and never read the process
	// arguments themselves.
	Args []string

	endpoints Endpoints
	// probeTimeout bounds the "is Ollama there?" check of the auto backend.
	probeTimeout time.Duration

	mu     sync.Mutex
	ollama *ollama.Provider
	openai *openai.Provider
}

// New returns a Factory whose clients talk to the servers in ep.
func New(ep Endpoints) *Factory { return &Factory{endpoints: ep} }

func (f *Factory) logger() *slog.Logger {
	if f.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return f.Logger
}

// Ollama returns the provider for the configured Ollama server, built on the
// first call and shared after it. It makes no request: a server that is not
// running shows up as an llm.Unreachable error on the first call.
func (f *Factory) Ollama() (*ollama.Provider, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.ollama == nil {
		p, err := ollama.New(ollama.Config{Host: f.endpoints.OllamaHost})
		if err != nil {
			return nil, err
		}
		f.ollama = p
	}
	return f.ollama, nil
}

// OpenAI returns the provider for the configured OpenAI-compatible server,
// built on the first call and shared after it.
func (f *Factory) OpenAI() (*openai.Provider, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.openai == nil {
		p, err := openai.New(f.openAIConfig())
		if err != nil {
			return nil, err
		}
		f.openai = p
	}
	return f.openai, nil
}

// OpenAIBatch returns a client of the Files and Batch APIs of the configured
// OpenAI-compatible server.
func (f *Factory) OpenAIBatch() (*openai.BatchClient, error) {
	return openai.NewBatchClient(f.openAIConfig())
}

func (f *Factory) openAIConfig() openai.Config {
	return openai.Config{BaseURL: f.endpoints.OpenAIBaseURL, APIKey: f.endpoints.OpenAIKey}
}

// openAIID is the OpenAI endpoint's id for cache keys and manifests: its
// URL without any secret.
func (f *Factory) openAIID() string {
	base := f.endpoints.OpenAIBaseURL
	if base == "" {
		base = openai.DefaultBaseURL
	}
	return "openai@" + redact.URL(base)
}

// LLM returns a client for the ollama or openai backend with cfg's retries,
// timeouts and prices (its Logger defaults to the factory's), and the
// endpoint's id for cache keys and manifests, which holds no secret.
func (f *Factory) LLM(backend string, cfg llm.Config) (c *llm.Client, id string, err error) {
	var p llm.Provider
	switch backend {
	case Ollama:
		op, err := f.Ollama()
		if err != nil {
			return nil, "", err
		}
		p, id = op, "ollama@"+op.URL()
	case OpenAI:
		op, err := f.OpenAI()
		if err != nil {
			return nil, "", err
		}
		p, id = op, f.openAIID()
	default:
		return nil, "", exitcode.Usagef("use ollama or openai", "backend %q cannot serve this command", backend)
	}
	if cfg.Logger == nil {
		cfg.Logger = f.logger()
	}
	c, err = llm.NewClient(p, cfg)
	if err != nil {
		return nil, "", err
	}
	return c, id, nil
}

// OpenAIFineTune returns a client of the Files and fine-tuning jobs APIs of
// the configured OpenAI-compatible server (train --backend openai).
func (f *Factory) OpenAIFineTune() (*openai.FineTuneClient, error) {
	return openai.NewFineTuneClient(f.openAIConfig())
}
