package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/cmd/clitest"

	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/ollamatest"
)

func runCLI(t *testing.T, env map[string]string, args ...string) clitest.Result {
	t.Helper()
	return clitest.Run(t, env, args...)
}

// suggest end to end through a real Ollama server and the tiny test model:
// the model's output goes through the shared prompt, schema and validation.
func TestSuggestThroughRealOllama(t *testing.T) {
	srv := ollamatest.Start(t)
	srv.CreateTinyModel(t, "domainyours:v1")
	srv.CreateTinyModel(t, "domainyours:v2")
	env := map[string]string{"OLLAMA_HOST": srv.Host}

	type output struct {
		Suggestions []struct {
			Name       string   `json:"name"`
			Confidence *float64 `json:"confidence"`
		} `json:"suggestions"`
		Refused bool   `json:"refused"`
		Backend string `json:"backend"`
		Model   string `json:"model"`
		Dropped int    `json:"dropped_invalid"`
	}
	// The random-weight model often answers with no valid name, or fills
	// the refusal field (any category there is the model's refusal, its
	// names unshown), and then the confidence check below would check
	// nothing: seeds are tried in order until one gives names (sampling
	// with a fixed seed repeats, so it is the same seed every run: 22).
	var r clitest.Result
	var out output
	seed := 0
	for s := 1; s <= 40 && len(out.Suggestions) == 0; s++ {
		seed = s
		// auto picks the newest trained version and says so.
		r = runCLI(t, env, "suggest", "--json", "--seed", fmt.Sprint(seed), "a bakery in Lyon")
		if !strings.Contains(r.Stderr, "backend: ollama (domainyours:v2, newest trained version)") {
			t.Fatalf("auto did not choose domainyours:v2: code %d\nstderr: %s", r.Code, r.Stderr)
		}
		out = output{}
		if err := json.Unmarshal([]byte(r.Stdout), &out); err != nil {
			t.Fatalf("stdout is not one JSON object: %v\n%s\nstderr: %s", err, r.Stdout, r.Stderr)
		}
		if out.Backend != "ollama" || !strings.HasPrefix(out.Model, "domainyours:v2") {
			t.Errorf("backend %q model %q", out.Backend, out.Model)
		}
		// The tiny model writes gibberish: whatever it produced must be
		// accounted for by the exit code (0: five names, 1: too few valid,
		// 3: refusal).
		switch {
		case out.Refused && r.Code != 3, !out.Refused && len(out.Suggestions) == 5 && r.Code != 0,
			!out.Refused && len(out.Suggestions) < 5 && r.Code != 1:
			t.Errorf("seed %d: exit code %d does not match the output %+v\nstderr: %s", seed, r.Code, out, r.Stderr)
		}
	}
	if len(out.Suggestions) == 0 {
		t.Fatal("no seed in 1..40 gave valid names: names and confidences were never checked")
	}
	for _, s := range out.Suggestions {
		if rej := domain.ValidateLabel(s.Name); rej != nil {
			t.Errorf("an invalid name reached the user: %v", rej)
		}
		// Ollama v0.17.4 returns log-probabilities, so every name has a confidence.
		if s.Confidence == nil || *s.Confidence <= 0 || *s.Confidence > 1 {
			t.Errorf("name %q: confidence %v, want a probability from the server's log-probabilities", s.Name, s.Confidence)
		}
	}
	t.Logf("tiny model via CLI, seed %d: code %d, %d names, %d dropped, refused=%v", seed, r.Code, len(out.Suggestions), out.Dropped, out.Refused)

	// Same seed, same answer: the request carries the seed to the server.
	again := runCLI(t, env, "suggest", "--json", "--seed", fmt.Sprint(seed), "--version", "v2", "a bakery in Lyon")
	if stripTiming(again.Stdout) != stripTiming(r.Stdout) {
		t.Errorf("same seed gave different output:\n%s\n%s", r.Stdout, again.Stdout)
	}

	// A version that is not registered: exit 4 with the train hint.
	r = runCLI(t, env, "suggest", "--version", "v9", "a bakery in Lyon")
	if r.Code != 4 || !strings.Contains(r.Stderr, "hint: ") {
		t.Errorf("missing model: code %d, stderr %s", r.Code, r.Stderr)
	}

	// The guardrail still runs first: no request for a harmful business.
	r = runCLI(t, env, "suggest", "--version", "v1", "we sell stolen credit card numbers")
	if r.Code != 3 || !strings.Contains(r.Stderr, "refused (fraud_scams)") {
		t.Errorf("guardrail: code %d, stderr %s", r.Code, r.Stderr)
	}
}

func stripTiming(s string) string {
	if i := strings.Index(s, `"elapsed_ms"`); i >= 0 {
		return s[:i]
	}
	return s
}
