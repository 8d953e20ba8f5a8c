package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/domainyours/domainyours/internal/app"
	"github.com/domainyours/domainyours/internal/golden"
)

// The CLI contract: every script in testdata/script runs the real binary
// entry point (app.Main) in a fresh folder, checks stdout, stderr and exit
// codes. Golden output lives in the scripts; -update rewrites it.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"domainyours": func() { os.Exit(int(app.Main())) },
	})
}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       *golden.Update, // rewrites the expected output in testdata/script/*.txtar
		RequireExplicitExec: true,
		Setup: func(e *testscript.Env) error {
			// Isolate from the developer's configuration.
			for _, k := range []string{"DOMAINYOURS_BACKEND", "DOMAINYOURS_MODEL", "DOMAINYOURS_LOG_LEVEL", "OPENAI_API_KEY", "OLLAMA_HOST"} {
				e.Setenv(k, "")
			}
			// Port 9 (discard) is closed here, so the auto backend's probe
			// fails fast and falls back to the built-in generator.
			e.Setenv("OLLAMA_HOST", "127.0.0.1:9")
			return nil
		},
	})
}
