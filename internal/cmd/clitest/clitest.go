// Package clitest runs the whole domainyours command line in-process for
// tests: the real internal/app entry point with an environment the test
// controls, capturing stdout, stderr and the exit code.
package clitest

import (
	"context"
	"testing"

	"github.com/domainyours/domainyours/internal/app"
	"github.com/domainyours/domainyours/internal/iostreams"
)

// Result is the outcome of one invocation.
type Result struct {
	Code   int
	Stdout string
	Stderr string
}

// Run runs `domainyours args...` with exactly the variables in env (nothing
// from the test process's environment leaks in).
func Run(t testing.TB, env map[string]string, args ...string) Result {
	t.Helper()
	ios, _, out, errOut := iostreams.Test()
	code := app.Run(context.Background(), args, ios, func(k string) (string, bool) {
		v, ok := env[k]
		return v, ok
	})
	return Result{Code: int(code), Stdout: out.String(), Stderr: errOut.String()}
}
