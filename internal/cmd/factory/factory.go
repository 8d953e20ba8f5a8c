// Package factory holds the dependencies every command needs, built lazily so
// that `domainyours --help` or `version` never touches a network or a model.
package factory

import (
	"context"
	"log/slog"

	"github.com/domainyours/domainyours/internal/backends"
	"github.com/domainyours/domainyours/internal/config"
	"github.com/domainyours/domainyours/internal/guard"
	"github.com/domainyours/domainyours/internal/iostreams"
)

// Factory is passed to every NewCmdX constructor.
type Factory struct {
	IOStreams    *iostreams.IOStreams
	Config       *config.Lookup
	Logger       *slog.Logger
	BuildVersion string
	// Args is the command line after the program name, as the process got
	// it: commands record it (eval's manifest) and never read the process
	// arguments themselves.
	Args []string

	// Backend resolves a suggest backend from what the user selected.
	Backend func(ctx context.Context, sel BackendSelection) (backends.Choice, error)

	// Guard builds the model guard named by --guard or DOMAINYOURS_GUARD
	// (nil for builtin).
	Guard func(spec guard.Spec) (guard.Guard, error)
}

// BackendSelection is what the user asked for on flags or in the environment.
type BackendSelection struct {
	Name    string // auto, builtin, ollama, openai
	Model   string
	Version string // v2 → the Ollama model domainyours:v2
}
