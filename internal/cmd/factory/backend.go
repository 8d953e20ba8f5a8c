package factory

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/domainyours/domainyours/data"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/prompt"
	"github.com/domainyours/domainyours/internal/suggestion"
	"github.com/domainyours/domainyours/internal/trainer"
	"github.com/domainyours/domainyours/internal/workspace"
)

// Names of the suggestion backends.
const (
	Auto    = "auto"    // the newest trained version in Ollama, else Builtin
	Builtin = "builtin" // the offline generator
	Ollama  = "ollama"  // a model in Ollama
	OpenAI  = "openai"  // a model behind an OpenAI-compatible API
)

// defaultProbeTimeout bounds auto's "is Ollama there?" check, so suggest
// without a server answers from the built-in generator at once.
const defaultProbeTimeout = 1500 * time.Millisecond

// BackendSelection is what the user asked for on flags or in the environment.
type BackendSelection struct {
	Name    string // auto, builtin, ollama, openai
	Model   string
	Version string // v2 → the Ollama model domainyours:v2
}

// Choice is the resolved backend and a one-line note saying which it is and,
// for auto, why it was chosen; suggest prints the note on stderr.
type Choice struct {
	Backend suggestion.Backend
	Note    string
}

// VersionSelection is the selection that serves one of eval's versions:
// builtin, base:<model> (an Ollama base model) or vN (domainyours:vN in
// Ollama, or the fine-tuned model its manifest names for train --backend
// openai).
func VersionSelection(v string) BackendSelection {
	switch {
	case v == Builtin:
		return BackendSelection{Name: Builtin}
	case strings.HasPrefix(v, "base:"):
		return BackendSelection{Name: Ollama, Model: strings.TrimPrefix(v, "base:")}
	}
	return BackendSelection{Name: Auto, Version: v} // the version's manifest picks ollama or openai
}

// SuggestBackend resolves a selection to the backend that names
// descriptions. The Backend is safe for concurrent use, so a long-running
// caller (serve) resolves once and reuses it.
func (f *Factory) SuggestBackend(ctx context.Context, sel BackendSelection) (Choice, error) {
	if sel.Version != "" {
		v, err := workspace.ParseVersion(sel.Version)
		if err != nil {
			return Choice{}, exitcode.Input(fmt.Errorf("--version %q is not a trained version", sel.Version), "use --version v1, v2, ...")
		}
		if sel.Model != "" {
			return Choice{}, exitcode.Usagef("give --version or --model, not both", "--version %s and --model %s both name a model", sel.Version, sel.Model)
		}
		backend, model, err := f.servedBy(v)
		if err != nil {
			return Choice{}, err
		}
		if sel.Name == Auto {
			sel.Name = backend
		}
		if sel.Name != backend {
			return Choice{}, exitcode.Usagef("drop --backend or use --backend "+backend, "--version %s is served by %s; it cannot be used with --backend %s", sel.Version, backend, sel.Name)
		}
		if backend == OpenAI {
			return f.fineTunedBackend(model, sel.Version)
		}
		sel.Model = model
	}
	switch sel.Name {
	case Builtin:
		if sel.Model != "" {
			return Choice{}, exitcode.Usagef("drop --model, or pick --backend ollama or openai", "the builtin backend takes no --model (got %q)", sel.Model)
		}
		return Choice{Backend: suggestion.NewBuiltin(), Note: "builtin"}, nil
	case Auto:
		if sel.Model != "" {
			return f.ollamaBackend(ctx, sel.Model)
		}
		return f.autoBackend(ctx)
	case Ollama:
		return f.ollamaBackend(ctx, sel.Model)
	case OpenAI:
		return f.openAIBackend(sel.Model)
	}
	return Choice{}, exitcode.Usagef("use --backend auto, builtin, ollama or openai (or DOMAINYOURS_BACKEND)",
		"unknown backend %q", sel.Name)
}

// autoBackend is the newest trained version when Ollama answers and has
// one, else the built-in generator.
func (f *Factory) autoBackend(ctx context.Context) (Choice, error) {
	p, err := f.Ollama()
	if err != nil {
		return Choice{}, err
	}
	timeout := f.probeTimeout
	if timeout == 0 {
		timeout = defaultProbeTimeout
	}
	pctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	name, _, ok, err := p.NewestVersion(pctx, workspace.ModelFamily)
	switch {
	case ctx.Err() != nil:
		return Choice{}, ctx.Err()
	case err != nil:
		f.logger().Debug("auto backend: Ollama not usable", "url", p.URL(), "error", err)
		return Choice{Backend: suggestion.NewBuiltin(), Note: "builtin (Ollama not reachable at " + p.URL() + ")"}, nil
	case !ok:
		return Choice{Backend: suggestion.NewBuiltin(), Note: "builtin (no trained " + workspace.ModelFamily + ":vN model in Ollama; run domainyours train)"}, nil
	}
	c, err := f.suggestClient(p)
	if err != nil {
		return Choice{}, err
	}
	return Choice{Backend: suggestion.NewLLM(Ollama, c, name, nil), Note: "ollama (" + name + ", newest trained version)"}, nil
}

// ollamaBackend is model in Ollama; no model means the newest trained one.
func (f *Factory) ollamaBackend(ctx context.Context, model string) (Choice, error) {
	p, err := f.Ollama()
	if err != nil {
		return Choice{}, err
	}
	if model == "" {
		name, _, ok, err := p.NewestVersion(ctx, workspace.ModelFamily)
		if err != nil {
			return Choice{}, err
		}
		if !ok {
			return Choice{}, exitcode.New(exitcode.Prerequisite,
				fmt.Errorf("no trained %s:vN model in Ollama at %s", workspace.ModelFamily, p.URL()),
				"train one with `domainyours train --version v1`, or name a model with --model")
		}
		model = name
	}
	b, fewShot, err := f.llmBackend(Ollama, p, model)
	if err != nil {
		return Choice{}, err
	}
	note := "ollama (" + model + ")"
	if fewShot {
		note = "ollama (" + model + ", base model with few-shot examples)"
	}
	return Choice{Backend: b, Note: note}, nil
}

func (f *Factory) openAIBackend(model string) (Choice, error) {
	if model == "" {
		return Choice{}, exitcode.Usagef("name a model with --model or DOMAINYOURS_MODEL, e.g. --model gpt-4o-mini", "the openai backend needs a model")
	}
	p, err := f.OpenAI()
	if err != nil {
		return Choice{}, err
	}
	b, _, err := f.llmBackend(OpenAI, p, model)
	if err != nil {
		return Choice{}, err
	}
	return Choice{Backend: b, Note: "openai (" + model + ")"}, nil
}

// llmBackend is the suggestion backend of model on p, with the few-shot
// examples a base model needs (fewShot says it got them).
func (f *Factory) llmBackend(name string, p llm.Provider, model string) (b *suggestion.LLM, fewShot bool, err error) {
	c, err := f.suggestClient(p)
	if err != nil {
		return nil, false, err
	}
	examples, err := examplesFor(model)
	if err != nil {
		return nil, false, err
	}
	return suggestion.NewLLM(name, c, model, examples), examples != nil, nil
}

// servedBy is the backend and model of a trained version: what its manifest
// in the models folder records for a managed fine-tune (openai), else the
// Ollama model domainyours:vN that train registers.
func (f *Factory) servedBy(v workspace.Version) (backend, model string, err error) {
	if f.Config != nil {
		dir := workspace.Layout{Models: f.Config.Get("DOMAINYOURS_MODELS_DIR")}.ModelDir(v.String())
		b, m, ok, err := trainer.ServedBy(dir)
		if err != nil {
			return "", "", exitcode.Input(err, "train the version again, or fix its manifest.json")
		}
		if ok && b == trainer.BackendOpenAI {
			return OpenAI, m, nil
		}
	}
	return Ollama, v.Model(), nil
}

// fineTunedBackend is a model fine-tuned by the OpenAI-compatible API: it
// learned the task, so it gets the bare prompt, without few-shot examples.
func (f *Factory) fineTunedBackend(model, version string) (Choice, error) {
	p, err := f.OpenAI()
	if err != nil {
		return Choice{}, err
	}
	c, err := f.suggestClient(p)
	if err != nil {
		return Choice{}, err
	}
	return Choice{Backend: suggestion.NewLLM(OpenAI, c, model, nil), Note: "openai (" + model + ", trained version " + version + ")"}, nil
}

// suggestClient has suggest's retry budget: a person is waiting.
func (f *Factory) suggestClient(p llm.Provider) (*llm.Client, error) {
	return llm.NewClient(p, llm.Config{MaxAttempts: 3, AttemptTimeout: 90 * time.Second, TotalTimeout: 3 * time.Minute, Logger: f.logger()})
}

// examplesFor returns few-shot examples for a model that was not fine-tuned
// by domainyours, drawn from the embedded seed dataset; nil for trained ones,
// which learned the task and answer the bare prompt.
func examplesFor(model string) ([]prompt.Example, error) {
	if _, trained := workspace.ModelVersion(model, workspace.ModelFamily); trained {
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
