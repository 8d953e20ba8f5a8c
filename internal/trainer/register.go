package trainer

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/ollama"
	"github.com/domainyours/domainyours/internal/prompt"
)

// Registry is the part of an Ollama server registration needs;
// *ollama.Provider implements it.
type Registry interface {
	CreateBlob(ctx context.Context, path string) (string, error)
	Create(ctx context.Context, spec ollama.CreateSpec) error
	Copy(ctx context.Context, src, dst string) error
	Delete(ctx context.Context, name string) error
	completer
}

// completer is a server that answers chat requests: what the smoke test of
// a new model needs from Ollama or from the fine-tuning provider.
type completer interface {
	Complete(ctx context.Context, req llm.Request) (llm.Response, error)
}

// SmokeDescription is the description the smoke test asks the new model
// about.
const SmokeDescription = "A family-run bakery in Lyon selling sourdough bread and pastries."

// DefaultSmokeTimeout bounds the one request of the smoke test, model load
// included, unless Config.SmokeTimeout says otherwise.
const DefaultSmokeTimeout = 3 * time.Minute

type registration struct {
	name     string // domainyours:vN
	base     string // Ollama model name of the base, or ""
	baseGGUF string
	adapter  string
	merged   string // with --merge: the merged model, registered instead of base + adapter
	template string
	context  int
	timeout  time.Duration // of the smoke test
}

// register creates the model under a candidate name, smoke-tests it with a
// schema-constrained request, and only then copies it to its real name, so a
// broken build never replaces a working version on the server. It returns
// the smoke test's reply.
func (r registration) register(ctx context.Context, reg Registry, log io.Writer) (string, error) {
	candidate := r.name + "-candidate"
	spec := ollama.CreateSpec{
		Name:       candidate,
		Template:   r.template,
		System:     systemPrompt(),
		Parameters: modelParams(r.template, r.context),
	}
	if r.merged != "" {
		fmt.Fprintf(log, "uploading the merged model to Ollama\n")
		digest, err := reg.CreateBlob(ctx, r.merged)
		if err != nil {
			return "", fmt.Errorf("upload the merged model to Ollama: %w", err)
		}
		spec.Files = map[string]string{"model.gguf": digest}
	} else if adapterDigest, err := reg.CreateBlob(ctx, r.adapter); err != nil {
		return "", fmt.Errorf("upload the adapter to Ollama: %w", err)
	} else {
		spec.Adapters = map[string]string{"adapter.gguf": adapterDigest}
	}
	switch {
	case r.merged != "":
	case r.base != "":
		spec.From = r.base
	default:
		fmt.Fprintf(log, "uploading the base model to Ollama\n")
		baseDigest, err := reg.CreateBlob(ctx, r.baseGGUF)
		if err != nil {
			return "", fmt.Errorf("upload the base model to Ollama: %w", err)
		}
		spec.Files = map[string]string{"base.gguf": baseDigest}
	}
	if err := reg.Create(ctx, spec); err != nil {
		return "", fmt.Errorf("create %s in Ollama: %w", candidate, err)
	}
	reply, err := smoke(ctx, reg, candidate, r.timeout)
	if err != nil {
		// The candidate is broken: do not leave it where auto could pick it.
		return "", dropCandidate(ctx, reg, candidate, fmt.Errorf("smoke test of %s: %w", candidate, err))
	}
	if err := reg.Copy(ctx, candidate, r.name); err != nil {
		return "", dropCandidate(ctx, reg, candidate, fmt.Errorf("copy %s to %s: %w", candidate, r.name, err))
	}
	if err := reg.Delete(ctx, candidate); err != nil {
		fmt.Fprintf(log, "warning: could not delete %s (remove it with `ollama rm %s`): %v\n", candidate, candidate, err)
	}
	fmt.Fprintf(log, "registered %s; smoke test reply: %s\n", r.name, reply)
	return reply, nil
}

// dropCandidate deletes a candidate that will not become the version and
// returns why, adding that the candidate is still on the server when the
// delete fails too.
func dropCandidate(ctx context.Context, reg Registry, candidate string, why error) error {
	if err := reg.Delete(context.WithoutCancel(ctx), candidate); err != nil {
		return fmt.Errorf("%w; %s is still on the server (remove it with `ollama rm %s`): %w", why, candidate, candidate, err)
	}
	return why
}

// smoke asks the model the suggest prompt with the reply schema and checks
// that the answer decodes and validates: proof that the adapter loads and
// the template and schema work together.
func smoke(ctx context.Context, reg completer, model string, timeout time.Duration) (string, error) {
	if timeout <= 0 {
		timeout = DefaultSmokeTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	temp, seed := 0.0, int64(1)
	schema := prompt.Schema(domain.SetSize)
	resp, err := reg.Complete(ctx, llm.Request{
		Model:       model,
		Messages:    prompt.Messages(SmokeDescription, domain.SetSize, nil),
		Schema:      schema,
		Temperature: &temp,
		Seed:        &seed,
		MaxTokens:   512,
	})
	if err != nil {
		return "", err
	}
	raw, err := llm.DecodeReply(schema, resp.Text)
	if err != nil {
		return "", err
	}
	return string(raw), nil
}
