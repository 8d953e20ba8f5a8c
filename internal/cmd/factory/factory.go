// Package factory holds the dependencies every command needs, built lazily so
// that `domainyours --help` or `version` never touches a network or a model.
package factory

import (
	"context"
	"log/slog"

	"github.com/domainyours/domainyours/internal/config"
	"github.com/domainyours/domainyours/internal/iostreams"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// Factory is passed to every NewCmdX constructor.
type Factory struct {
	IOStreams    *iostreams.IOStreams
	Config       *config.Lookup
	Logger       *slog.Logger
	BuildVersion string

	// Backend resolves a suggest backend by name ("auto", "builtin", ...).
	Backend func(ctx context.Context, sel BackendSelection) (suggestion.Backend, error)
}

// BackendSelection is what the user asked for on flags or in the environment.
type BackendSelection struct {
	Name  string // auto, builtin, ollama, openai
	Model string
}
