package suggestion

import (
	"context"
	"fmt"
	"strings"

	"github.com/domainyours/domainyours/internal/llm"
)

// ReadyChecker is a backend that can tell whether it would answer now
// without being asked for names. serve's /readyz uses it; a backend that is
// not one (the built-in generator, which has nothing to wait for) is ready.
type ReadyChecker interface {
	Ready(ctx context.Context) error
}

// modelLister is a provider that lists its models (Ollama's /api/tags,
// OpenAI's /models).
type modelLister interface {
	ListModels(ctx context.Context) ([]string, error)
}

// Ready asks the server for its models: the server must answer and have the
// model. A provider that cannot list models is taken as ready.
func (b *LLM) Ready(ctx context.Context) error {
	lister, ok := b.client.Provider().(modelLister)
	if !ok {
		return nil
	}
	names, err := lister.ListModels(ctx)
	if err != nil {
		return err
	}
	for _, n := range names {
		// Ollama lists "llama3.2:latest" for a model asked for as "llama3.2".
		if strings.EqualFold(n, b.model) || strings.EqualFold(n, b.model+":latest") {
			return nil
		}
	}
	return &llm.Error{Class: llm.ModelNotFound, Message: fmt.Sprintf("the server has no model %q", b.model),
		Hint: llm.DefaultHint(llm.ModelNotFound)}
}
