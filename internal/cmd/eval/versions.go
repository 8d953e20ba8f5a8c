package eval

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/domainyours/domainyours/internal/backends"
	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/llm/ollama"
	"github.com/domainyours/domainyours/internal/workspace"
)

// expandVersions turns --version into the versions to evaluate, in order:
// builtin, base models, then trained versions by number.
func (o *Options) expandVersions(ctx context.Context) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(v string) {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	for _, v := range o.Versions {
		if v != "all" {
			add(v)
			continue
		}
		add(backends.Builtin)
		for _, b := range o.Bases {
			add("base:" + b)
		}
		trained, err := o.trainedVersions(ctx)
		if err != nil {
			return nil, err
		}
		for _, t := range trained {
			add(t)
		}
	}
	return out, nil
}

// trainedVersions lists vN from models/model_vN/ folders and domainyours:vN
// models in Ollama. An unreachable Ollama is not an error here: the folder
// versions are still listed and fail later with a clear message.
func (o *Options) trainedVersions(ctx context.Context) ([]string, error) {
	found, err := o.Layout.TrainedVersions()
	if err != nil {
		return nil, exitcode.New(exitcode.Usage, fmt.Errorf("reading DOMAINYOURS_MODELS_DIR %s: %w", o.Layout.Models, err), "point DOMAINYOURS_MODELS_DIR at the folder of trained versions")
	}
	p, err := ollama.New(ollama.Config{Host: o.OllamaHost})
	if err != nil {
		return nil, backends.Wrap(err)
	}
	lctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	models, err := p.ListModels(lctx)
	if err != nil {
		o.Logger.Debug("eval: cannot list Ollama models", "url", p.URL(), "error", err)
		fmt.Fprintf(o.IO.ErrOut, "eval: Ollama at %s did not list its models; only builtin, --base and models/ folders are evaluated\n", p.URL())
	}
	for _, name := range models {
		if v, ok := workspace.ModelVersion(name, workspace.ModelFamily); ok {
			found = append(found, v)
		}
	}
	var vs []string
	for _, v := range workspace.SortVersions(found) {
		vs = append(vs, v.String())
	}
	return vs, nil
}

func (o *Options) selection(v string) factory.BackendSelection {
	switch {
	case v == backends.Builtin:
		return factory.BackendSelection{Name: backends.Builtin}
	case strings.HasPrefix(v, "base:"):
		return factory.BackendSelection{Name: backends.Ollama, Model: strings.TrimPrefix(v, "base:")}
	}
	return factory.BackendSelection{Name: backends.Ollama, Version: v}
}
