// Package ollamatest runs a real Ollama server for tests and gives it a tiny model that the
// project writes itself, since no model weights can be downloaded where the tests run.
//
// The server binary is built from the Go module proxy by scripts/build-ollama.sh at the version
// go.mod requires. Without it the tests that need a server skip, unless
// DOMAINYOURS_REQUIRE_OLLAMA=1 (set in CI) turns the skip into a failure.
package ollamatest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
)

// Environment variables read by this package.
const (
	// EnvBinary names an Ollama server binary to use instead of the cached build.
	EnvBinary = "DOMAINYOURS_OLLAMA_BIN"
	// EnvCache is the cache root shared with scripts/build-ollama.sh.
	EnvCache = "DOMAINYOURS_CACHE"
	// EnvRequire, when "1", makes a missing binary fail the test instead of skipping it.
	EnvRequire = "DOMAINYOURS_REQUIRE_OLLAMA"
)

// ollamaModule is the module whose version selects the server build.
const ollamaModule = "github.com/ollama/ollama"

// PinnedVersion is the github.com/ollama/ollama version in go.mod. Test binaries carry no
// dependency build info, so tests use this constant; TestPinnedVersionMatchesGoMod keeps it
// equal to go.mod.
const PinnedVersion = "v0.17.4"

// BuildCommand is the command that builds the binary Binary looks for.
const BuildCommand = "scripts/build-ollama.sh"

// ErrNoBinary reports that no server binary is present; the error text says how to build one.
var ErrNoBinary = errors.New("ollama server binary not found")

// Version returns the Ollama module version this package was compiled against, so the server
// under test speaks the same API as the client package in use.
func Version() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path != ollamaModule {
				continue
			}
			if dep.Replace != nil && dep.Replace.Version != "" {
				return dep.Replace.Version
			}
			if dep.Version != "" && dep.Version != "(devel)" {
				return dep.Version
			}
		}
	}
	return PinnedVersion
}

// CachePath is where scripts/build-ollama.sh leaves the server binary for version.
func CachePath(version string) (string, error) {
	root := os.Getenv(EnvCache)
	if root == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("locate the ollama cache: %w; set %s", err, EnvCache)
		}
		root = filepath.Join(home, ".cache", "domainyours")
	}
	return filepath.Join(root, "ollama-"+version, "ollama"), nil
}

// Binary returns the path of the Ollama server to run: $DOMAINYOURS_OLLAMA_BIN when set,
// otherwise the cached build for Version. The error wraps ErrNoBinary when the file is absent.
func Binary() (string, error) {
	if p := os.Getenv(EnvBinary); p != "" {
		if err := checkExecutable(p); err != nil {
			return "", fmt.Errorf("%s=%s: %w", EnvBinary, p, err)
		}
		return p, nil
	}
	p, err := CachePath(Version())
	if err != nil {
		return "", err
	}
	if err := checkExecutable(p); err != nil {
		return "", fmt.Errorf("%w at %s; build it with %s (or point %s at a server binary)",
			err, p, BuildCommand, EnvBinary)
	}
	return p, nil
}

func checkExecutable(p string) error {
	fi, err := os.Stat(p)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return ErrNoBinary
	case err != nil:
		return err
	case fi.IsDir():
		return fmt.Errorf("%w: it is a directory", ErrNoBinary)
	case fi.Mode().Perm()&0o111 == 0:
		return fmt.Errorf("%w: the file is not executable", ErrNoBinary)
	}
	return nil
}
