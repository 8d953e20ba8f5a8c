package openai

import (
	"context"
	"encoding/json"
	"slices"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/domainyours/domainyours/internal/llm"
)

// Moderate asks the moderation endpoint about input with model (empty: the
// server's default). It never retries; errors are *llm.Error like Complete's.
func (p *Provider) Moderate(ctx context.Context, model, input string) (llm.Moderation, error) {
	ctx, meta := llm.WithResponseMeta(ctx)
	out, err := p.sdk.Moderations(ctx, goopenai.ModerationRequest{Input: input, Model: model})
	if err != nil {
		return llm.Moderation{}, p.mapError(ctx, err, meta, model)
	}
	if len(out.Results) == 0 {
		return llm.Moderation{}, &llm.Error{Class: llm.Malformed, Message: "the moderation endpoint answered with no result",
			Hint: llm.DefaultHint(llm.Malformed)}
	}
	r := out.Results[0]
	m := llm.Moderation{Model: out.Model, Flagged: r.Flagged}
	// The categories are a struct of booleans; their JSON names are the
	// endpoint's own spelling.
	var flags map[string]bool
	raw, _ := json.Marshal(r.Categories)
	_ = json.Unmarshal(raw, &flags)
	for name, on := range flags {
		if on {
			m.Categories = append(m.Categories, name)
		}
	}
	slices.Sort(m.Categories)
	return m, nil
}
