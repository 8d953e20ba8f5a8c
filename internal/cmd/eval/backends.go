package eval

import (
	"context"
	"fmt"
	"strings"

	"github.com/domainyours/domainyours/internal/backends"
	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/evaluation"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/ollama"
	"github.com/domainyours/domainyours/internal/llm/openai"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// The clients the use case needs, built from the configured endpoints.

var classify = backends.Wrap

func (o *Options) judgeOptions() evaluation.JudgeOptions {
	return evaluation.JudgeOptions{Kind: o.Judge, Model: o.JudgeModel, Temperature: o.JudgeTemp, Concurrency: o.Concurrency,
		NoCache: o.NoCache, Batch: o.Batch, PricesFile: o.PricesFile, Layout: o.Layout, Logger: o.Logger,
		Client: func(cfg llm.Config) (*llm.Client, string, error) {
			return backends.Client(backends.Settings{Name: backends.OpenAI, OpenAIBaseURL: o.OpenAIBaseURL, OpenAIKey: o.OpenAIKey, Logger: o.Logger}, cfg)
		},
		BatchAPI: func() (evaluation.BatchAPI, error) {
			api, err := openai.NewBatchClient(openai.Config{BaseURL: o.OpenAIBaseURL, APIKey: o.OpenAIKey})
			if err != nil {
				return nil, backends.Wrap(err)
			}
			return api, nil
		},
		OnBatch: func(p evaluation.BatchProgress) {
			fmt.Fprintf(o.IO.ErrOut, "judge batch: round %d, %d in flight, %d done, %d failed, %d pending (%s)\n",
				p.Round, p.Batches, p.Succeeded, p.Failed, p.Pending, p.Status)
		}}
}

func (o *Options) ollama() (evaluation.ModelLister, error) {
	p, err := ollama.New(ollama.Config{Host: o.OllamaHost})
	if err != nil {
		return nil, backends.Wrap(err)
	}
	return p, nil
}

// backend resolves a version to its generator: builtin, base:<model> (an
// Ollama base model) or vN (domainyours:vN in Ollama).
func (o *Options) backend(ctx context.Context, v string) (evaluation.VersionBackend, error) {
	sel := factory.BackendSelection{Name: backends.Ollama, Version: v}
	switch {
	case v == backends.Builtin:
		sel = factory.BackendSelection{Name: backends.Builtin}
	case strings.HasPrefix(v, "base:"):
		sel = factory.BackendSelection{Name: backends.Ollama, Model: strings.TrimPrefix(v, "base:")}
	}
	choice, err := o.Backend(ctx, sel)
	if err != nil {
		return evaluation.VersionBackend{}, err
	}
	return evaluation.VersionBackend{Generator: suggestion.New(choice.Backend), Name: choice.Backend.Name(), Note: choice.Note}, nil
}
