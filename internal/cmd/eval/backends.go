package eval

import (
	"context"
	"fmt"
	"strings"

	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/evaluation"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// The clients the use case needs, from the factory.

func (o *Options) judgeOptions() evaluation.JudgeOptions {
	return evaluation.JudgeOptions{Kind: o.Judge, Model: o.JudgeModel, Temperature: o.JudgeTemp, Concurrency: o.Concurrency,
		NoCache: o.NoCache, Batch: o.Batch, PricesFile: o.PricesFile, Layout: o.Layout, Logger: o.Logger,
		Client: func(cfg llm.Config) (*llm.Client, string, error) { return o.LLM(factory.OpenAI, cfg) },
		BatchAPI: func() (evaluation.BatchAPI, error) {
			api, err := o.OpenAIBatch()
			if err != nil {
				return nil, err
			}
			return api, nil
		},
		OnBatch: func(p evaluation.BatchProgress) {
			fmt.Fprintf(o.IO.ErrOut, "judge batch: round %d, %d in flight, %d done, %d failed, %d pending (%s)\n",
				p.Round, p.Batches, p.Succeeded, p.Failed, p.Pending, p.Status)
		}}
}

func (o *Options) ollama() (evaluation.ModelLister, error) {
	p, err := o.Ollama()
	if err != nil {
		return nil, err
	}
	return p, nil
}

// backend resolves a version to its generator: builtin, base:<model> (an
// Ollama base model) or vN (domainyours:vN in Ollama, or the fine-tuned
// model its manifest names for train --backend openai).
func (o *Options) backend(ctx context.Context, v string) (evaluation.VersionBackend, error) {
	sel := factory.BackendSelection{Name: factory.Auto, Version: v} // the version's manifest picks ollama or openai
	switch {
	case v == factory.Builtin:
		sel = factory.BackendSelection{Name: factory.Builtin}
	case strings.HasPrefix(v, "base:"):
		sel = factory.BackendSelection{Name: factory.Ollama, Model: strings.TrimPrefix(v, "base:")}
	}
	choice, err := o.Backend(ctx, sel)
	if err != nil {
		return evaluation.VersionBackend{}, err
	}
	return evaluation.VersionBackend{Generator: suggestion.New(choice.Backend), Name: choice.Backend.Name(), Note: choice.Note}, nil
}
