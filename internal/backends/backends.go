// Package backends turns a user's choice of backend (flags and environment,
// resolved by the caller) into a suggestion.Backend: the built-in generator,
// a model in Ollama, or an OpenAI-compatible server. "auto" picks the newest
// trained domainyours:vN when Ollama answers and has one, else the built-in
// generator, and says which it chose.
package backends

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/domainyours/domainyours/data"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/guard"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/ollama"
	"github.com/domainyours/domainyours/internal/llm/openai"
	"github.com/domainyours/domainyours/internal/llmcache"
	"github.com/domainyours/domainyours/internal/prompt"
	"github.com/domainyours/domainyours/internal/redact"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// ModelFamily is the Ollama model name trained versions are registered under.
const ModelFamily = "domainyours"

// Names of the backends.
const (
	Auto    = "auto"
	Builtin = "builtin"
	Ollama  = "ollama"
	OpenAI  = "openai"
)

// Settings is everything Resolve needs; the caller fills it from flags and
// configuration so this package never reads the environment.
type Settings struct {
	Name    string // auto, builtin, ollama, openai
	Model   string // model name for ollama/openai
	Version string // "v2" means the Ollama model domainyours:v2

	OllamaHost    string
	OpenAIBaseURL string
	OpenAIKey     string

	// ProbeTimeout bounds the "is Ollama there?" check of auto. Default 1.5s.
	ProbeTimeout time.Duration
	Logger       *slog.Logger
}

// Choice is the resolved backend and a one-line note saying why it was chosen.
type Choice struct {
	Backend suggestion.Backend
	Note    string
}

var versionRE = regexp.MustCompile(`^v[1-9][0-9]{0,5}$`)

// Resolve picks the backend.
func Resolve(ctx context.Context, s Settings) (Choice, error) {
	if s.Logger == nil {
		s.Logger = slog.New(slog.DiscardHandler)
	}
	if s.Version != "" {
		if !versionRE.MatchString(s.Version) {
			return Choice{}, exitcode.Usagef("use --version v1, v2, ...", "--version %q is not a trained version", s.Version)
		}
		if s.Name == Auto {
			s.Name = Ollama
		}
		if s.Name != Ollama {
			return Choice{}, exitcode.Usagef("drop --backend or use --backend ollama", "--version names an Ollama model; it cannot be used with --backend %s", s.Name)
		}
		if s.Model != "" {
			return Choice{}, exitcode.Usagef("give --version or --model, not both", "--version %s and --model %s both name a model", s.Version, s.Model)
		}
		s.Model = ModelFamily + ":" + s.Version
	}
	switch s.Name {
	case Builtin:
		if s.Model != "" {
			return Choice{}, exitcode.Usagef("drop --model, or pick --backend ollama or openai", "the builtin backend takes no --model (got %q)", s.Model)
		}
		return Choice{Backend: suggestion.NewBuiltin(), Note: "builtin"}, nil
	case Auto:
		return resolveAuto(ctx, s)
	case Ollama:
		return resolveOllama(ctx, s)
	case OpenAI:
		return resolveOpenAI(s)
	}
	return Choice{}, exitcode.Usagef("use --backend auto, builtin, ollama or openai (or DOMAINYOURS_BACKEND)",
		"unknown backend %q", s.Name)
}

func newOllama(s Settings) (*ollama.Provider, error) {
	p, err := ollama.New(ollama.Config{Host: s.OllamaHost})
	if err != nil {
		return nil, Wrap(err)
	}
	return p, nil
}

func resolveAuto(ctx context.Context, s Settings) (Choice, error) {
	if s.Model != "" {
		return resolveOllama(ctx, s)
	}
	p, err := newOllama(s)
	if err != nil {
		return Choice{}, err
	}
	timeout := s.ProbeTimeout
	if timeout == 0 {
		timeout = 1500 * time.Millisecond
	}
	pctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	name, _, ok, err := p.NewestVersion(pctx, ModelFamily)
	switch {
	case ctx.Err() != nil:
		return Choice{}, ctx.Err()
	case err != nil:
		s.Logger.Debug("auto backend: Ollama not usable", "url", p.URL(), "error", err)
		return Choice{Backend: suggestion.NewBuiltin(), Note: "builtin (Ollama not reachable at " + p.URL() + ")"}, nil
	case !ok:
		return Choice{Backend: suggestion.NewBuiltin(), Note: "builtin (no trained " + ModelFamily + ":vN model in Ollama; run domainyours train)"}, nil
	}
	c, err := llmClient(p, s.Logger)
	if err != nil {
		return Choice{}, err
	}
	return Choice{Backend: suggestion.NewLLM(Ollama, c, name, nil), Note: "ollama (" + name + ", newest trained version)"}, nil
}

func resolveOllama(ctx context.Context, s Settings) (Choice, error) {
	p, err := newOllama(s)
	if err != nil {
		return Choice{}, err
	}
	model := s.Model
	if model == "" {
		name, _, ok, err := p.NewestVersion(ctx, ModelFamily)
		if err != nil {
			return Choice{}, Wrap(err)
		}
		if !ok {
			return Choice{}, exitcode.New(exitcode.Prerequisite,
				fmt.Errorf("no trained %s:vN model in Ollama at %s", ModelFamily, p.URL()),
				"train one with `domainyours train --version v1`, or name a model with --model")
		}
		model = name
	}
	c, err := llmClient(p, s.Logger)
	if err != nil {
		return Choice{}, err
	}
	examples, err := examplesFor(model)
	if err != nil {
		return Choice{}, err
	}
	note := "ollama (" + model + ")"
	if examples != nil {
		note = "ollama (" + model + ", base model with few-shot examples)"
	}
	return Choice{Backend: suggestion.NewLLM(Ollama, c, model, examples), Note: note}, nil
}

func resolveOpenAI(s Settings) (Choice, error) {
	if s.Model == "" {
		return Choice{}, exitcode.Usagef("name a model with --model or DOMAINYOURS_MODEL, e.g. --model gpt-4o-mini", "the openai backend needs a model")
	}
	p, err := openai.New(openai.Config{BaseURL: s.OpenAIBaseURL, APIKey: s.OpenAIKey})
	if err != nil {
		return Choice{}, Wrap(err)
	}
	c, err := llmClient(p, s.Logger)
	if err != nil {
		return Choice{}, err
	}
	examples, err := examplesFor(s.Model)
	if err != nil {
		return Choice{}, err
	}
	return Choice{Backend: suggestion.NewLLM(OpenAI, c, s.Model, examples), Note: "openai (" + s.Model + ")"}, nil
}

func llmClient(p llm.Provider, logger *slog.Logger) (*llm.Client, error) {
	c, err := llm.NewClient(p, llm.Config{MaxAttempts: 3, AttemptTimeout: 90 * time.Second, TotalTimeout: 3 * time.Minute, Logger: logger})
	if err != nil {
		return nil, Wrap(err)
	}
	return c, nil
}

// examplesFor returns few-shot examples for a model that was not fine-tuned
// by domainyours, drawn from the embedded seed dataset; nil for trained ones,
// which learned the task and answer the bare prompt.
func examplesFor(model string) ([]prompt.Example, error) {
	if base, tag, _ := strings.Cut(model, ":"); strings.EqualFold(base, ModelFamily) && versionRE.MatchString(tag) {
		return nil, nil
	}
	r, err := dataset.NewReader(bytes.NewReader(data.SeedDataset), dataset.Options{Training: true})
	if err != nil {
		return nil, fmt.Errorf("embedded seed dataset: %w", err)
	}
	var rows []dataset.Row
	for {
		row, err := r.Next()
		if err != nil {
			var re *dataset.RowError
			if errors.As(err, &re) {
				continue
			}
			break
		}
		rows = append(rows, row)
	}
	return prompt.FewShot(rows, 4, 1), nil
}

// Wrap gives an LLM error the exit code and hint the user needs: missing
// prerequisites (server down, key missing or wrong, model absent, quota)
// exit 4, a bad request 2, anything else 1.
func Wrap(err error) error {
	var le *llm.Error
	if !errors.As(err, &le) {
		return err
	}
	hint := le.Hint
	if hint == "" {
		hint = llm.DefaultHint(le.Class)
	}
	if hint == "" {
		hint = "run again with --verbose for the details of each attempt"
	}
	code := exitcode.Failure
	switch le.Class {
	case llm.Unreachable, llm.Unauthorized, llm.Forbidden, llm.ModelNotFound, llm.QuotaExhausted:
		code = exitcode.Prerequisite
	case llm.BadRequest:
		code = exitcode.Usage
	case llm.Canceled:
		return context.Canceled
	}
	return exitcode.New(code, err, hint)
}

// Client builds an LLM client for an ollama or openai backend, for commands
// that call a model directly (generate-data, the eval judge). id names the
// endpoint for cache keys and manifests, without secrets.
func Client(s Settings, cfg llm.Config) (c *llm.Client, id string, err error) {
	var p llm.Provider
	switch s.Name {
	case Ollama:
		op, err := newOllama(s)
		if err != nil {
			return nil, "", err
		}
		p, id = op, "ollama@"+op.URL()
	case OpenAI:
		op, err := openai.New(openai.Config{BaseURL: s.OpenAIBaseURL, APIKey: s.OpenAIKey})
		if err != nil {
			return nil, "", Wrap(err)
		}
		base := s.OpenAIBaseURL
		if base == "" {
			base = openai.DefaultBaseURL
		}
		p, id = op, "openai@"+redact.URL(base)
	default:
		return nil, "", exitcode.Usagef("use ollama or openai", "backend %q cannot serve this command", s.Name)
	}
	if cfg.Logger == nil {
		cfg.Logger = s.Logger
	}
	c, err = llm.NewClient(p, cfg)
	if err != nil {
		return nil, "", Wrap(err)
	}
	return c, id, nil
}

// GuardSettings is what Guard needs besides Settings' endpoints.
type GuardSettings struct {
	Spec     guard.Spec
	CacheDir string // verdicts are cached under CacheDir/guard/
}

// Guard builds the model guard of --guard (DOMAINYOURS_GUARD); nil for
// builtin. Its endpoints and keys come from s, like the backends'.
func Guard(s Settings, g GuardSettings) (guard.Guard, error) {
	if g.Spec.Builtin() {
		return nil, nil
	}
	openCache := func(id string) (*llmcache.Cache, error) {
		name := strings.NewReplacer("/", "_", ":", "_", "@", "_").Replace(id) + ".jsonl"
		dir := filepath.Join(g.CacheDir, "guard")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("guard cache: %w", err)
		}
		c, err := llmcache.Open(filepath.Join(dir, name), id)
		if err != nil {
			return nil, fmt.Errorf("guard cache: %w", err)
		}
		return c, nil
	}
	cfg := llm.Config{MaxAttempts: 2, AttemptTimeout: 60 * time.Second, TotalTimeout: 2 * time.Minute, Logger: s.Logger}
	switch g.Spec.Kind {
	case Ollama:
		s.Name = Ollama
		c, id, err := Client(s, cfg)
		if err != nil {
			return nil, err
		}
		cache, err := openCache(id)
		if err != nil {
			return nil, err
		}
		return guard.NewChat(g.Spec.String(), c, cache, g.Spec.Model), nil
	case OpenAI:
		p, err := openai.New(openai.Config{BaseURL: s.OpenAIBaseURL, APIKey: s.OpenAIKey})
		if err != nil {
			return nil, Wrap(err)
		}
		base := s.OpenAIBaseURL
		if base == "" {
			base = openai.DefaultBaseURL
		}
		id := "openai@" + redact.URL(base)
		cache, err := openCache(id)
		if err != nil {
			return nil, err
		}
		var chat *guard.Chat
		if g.Spec.Model != "" {
			c, err := llm.NewClient(p, cfg)
			if err != nil {
				return nil, Wrap(err)
			}
			chat = guard.NewChat(g.Spec.String(), c, cache, g.Spec.Model)
		}
		return guard.NewModeration(g.Spec.String(), p, cache, "", chat), nil
	}
	return nil, exitcode.Usagef("use --guard builtin, ollama:<model> or openai[:<chat-model>]", "guard %q is not supported", g.Spec)
}
