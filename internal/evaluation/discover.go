package evaluation

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/workspace"
)

// Builtin is the offline generator's version name.
const Builtin = "builtin"

// ModelLister lists the models of an Ollama server (*ollama.Provider).
type ModelLister interface {
	ListModels(ctx context.Context) ([]string, error)
	URL() string
}

// DiscoverOptions say where trained versions live.
type DiscoverOptions struct {
	Versions []string // as given to --version; "all" expands
	Bases    []string // base models added by "all"
	Layout   workspace.Layout
	// Ollama returns the lister of the configured server; it makes no
	// request itself.
	Ollama func() (ModelLister, error)
	Logger *slog.Logger
	// Unlisted is told when Ollama did not list its models (the run goes
	// on with the folder versions).
	Unlisted func(url string)
}

// DiscoverVersions turns --version into the versions to evaluate, in order,
// without repeats; "all" is builtin, the base models, then every trained
// version (models/model_vN/ folders and domainyours:vN in Ollama) by number.
func DiscoverVersions(ctx context.Context, o DiscoverOptions) ([]string, error) {
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
		add(Builtin)
		for _, b := range o.Bases {
			add("base:" + b)
		}
		trained, err := trainedVersions(ctx, o)
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
func trainedVersions(ctx context.Context, o DiscoverOptions) ([]string, error) {
	found, err := o.Layout.TrainedVersions()
	if err != nil {
		return nil, exitcode.New(exitcode.Usage, fmt.Errorf("reading DOMAINYOURS_MODELS_DIR %s: %w", o.Layout.Models, err), "point DOMAINYOURS_MODELS_DIR at the folder of trained versions")
	}
	p, err := o.Ollama()
	if err != nil {
		return nil, err
	}
	lctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	models, err := p.ListModels(lctx)
	if err != nil {
		if o.Logger != nil {
			o.Logger.Debug("eval: cannot list Ollama models", "url", p.URL(), "error", err)
		}
		if o.Unlisted != nil {
			o.Unlisted(p.URL())
		}
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
