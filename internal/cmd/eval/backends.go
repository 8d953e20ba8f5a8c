package eval

import (
	"context"
	"fmt"

	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/evaluation"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// The clients the use case needs, from the factory.

func (o *Options) judgeOptions() evaluation.JudgeOptions {
	return evaluation.JudgeOptions{Kind: o.Judge, Model: o.JudgeModel, Temperature: o.JudgeTemp, Concurrency: o.Concurrency,
		NoCache: o.NoCache, Batch: o.Batch, PricesFile: o.PricesFile, Layout: o.Layout, Logger: o.Logger,
		Client:   func(cfg llm.Config) (*llm.Client, string, error) { return o.LLM(factory.OpenAI, cfg) },
		BatchAPI: func() (evaluation.BatchAPI, error) { return o.OpenAIBatch() }, // err is checked first
		OnBatch: func(p evaluation.BatchProgress) {
			fmt.Fprintf(o.IO.ErrOut, "judge batch: round %d, %d in flight, %d done, %d failed, %d pending (%s)\n",
				p.Round, p.Batches, p.Succeeded, p.Failed, p.Pending, p.Status)
		}}
}

// backend resolves a version to its generator.
func (o *Options) backend(ctx context.Context, v string) (evaluation.VersionBackend, error) {
	choice, err := o.Backend(ctx, factory.VersionSelection(v))
	if err != nil {
		return evaluation.VersionBackend{}, err
	}
	return evaluation.VersionBackend{Generator: suggestion.New(choice.Backend), Name: choice.Backend.Name(), Note: choice.Note}, nil
}
