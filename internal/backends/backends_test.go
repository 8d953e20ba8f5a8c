package backends

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/llm"
)

// closed is an address where nothing listens (port 9, discard), so the
// Ollama probe fails at once.
const closed = "127.0.0.1:9"

func TestResolveChoices(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		s        Settings
		name     string        // backend name wanted, "" for an error
		code     exitcode.Code // exit code wanted on error
		noteHas  string
		modelHas string
	}{
		{s: Settings{Name: Builtin}, name: "builtin", noteHas: "builtin"},
		{s: Settings{Name: Auto, OllamaHost: closed}, name: "builtin", noteHas: "Ollama not reachable at http://127.0.0.1:9"},
		{s: Settings{Name: Builtin, Model: "x"}, code: exitcode.Usage},
		{s: Settings{Name: "quantum"}, code: exitcode.Usage},
		{s: Settings{Name: Auto, Version: "../../etc/passwd"}, code: exitcode.Usage},
		{s: Settings{Name: Auto, Version: "v0"}, code: exitcode.Usage},
		{s: Settings{Name: Builtin, Version: "v2"}, code: exitcode.Usage},
		{s: Settings{Name: Ollama, Version: "v2", Model: "m"}, code: exitcode.Usage},
		{s: Settings{Name: OpenAI}, code: exitcode.Usage},
		{s: Settings{Name: Ollama, OllamaHost: "127.0.0.1:99999"}, code: exitcode.Usage},
		{s: Settings{Name: Ollama, OllamaHost: closed}, code: exitcode.Prerequisite}, // no model named and none found
		{s: Settings{Name: Ollama, OllamaHost: closed, Version: "v2"}, name: "ollama", modelHas: "domainyours:v2"},
		{s: Settings{Name: OpenAI, Model: "gpt-test", OpenAIBaseURL: "http://127.0.0.1:9/v1"}, name: "openai", noteHas: "gpt-test"},
	}
	for i, tt := range tests {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			c, err := Resolve(ctx, tt.s)
			if tt.name == "" {
				if err == nil || exitcode.Of(err) != tt.code || exitcode.HintOf(err) == "" {
					t.Fatalf("Resolve(%+v) = %v (code %d, hint %q); want code %d with a hint", tt.s, err, exitcode.Of(err), exitcode.HintOf(err), tt.code)
				}
				return
			}
			if err != nil {
				t.Fatalf("Resolve(%+v): %v", tt.s, err)
			}
			if c.Backend.Name() != tt.name || !strings.Contains(c.Note, tt.noteHas) {
				t.Fatalf("got %s %q", c.Backend.Name(), c.Note)
			}
			if tt.modelHas != "" && !strings.Contains(c.Note, tt.modelHas) {
				t.Fatalf("note %q lacks %q", c.Note, tt.modelHas)
			}
		})
	}
}

func TestFewShotOnlyForBaseModels(t *testing.T) {
	ex, err := examplesFor("domainyours:v3")
	if err != nil || ex != nil {
		t.Fatalf("a trained version must get the bare prompt: %v %v", ex, err)
	}
	ex, err = examplesFor("qwen2.5:0.5b")
	if err != nil || len(ex) != 4 {
		t.Fatalf("a base model needs few-shot examples: %d %v", len(ex), err)
	}
}

func TestWrapCodes(t *testing.T) {
	for class, want := range map[llm.Class]exitcode.Code{
		llm.Unreachable: exitcode.Prerequisite, llm.Unauthorized: exitcode.Prerequisite,
		llm.ModelNotFound: exitcode.Prerequisite, llm.QuotaExhausted: exitcode.Prerequisite,
		llm.BadRequest: exitcode.Usage, llm.ServerError: exitcode.Failure, llm.Malformed: exitcode.Failure,
	} {
		err := Wrap(&llm.Error{Class: class, Message: "x"})
		if exitcode.Of(err) != want || exitcode.HintOf(err) == "" {
			t.Errorf("%s: code %d hint %q, want %d with a hint", class, exitcode.Of(err), exitcode.HintOf(err), want)
		}
	}
	if !errors.Is(Wrap(&llm.Error{Class: llm.Canceled}), context.Canceled) {
		t.Error("a cancelled call must surface as context.Canceled (exit 130)")
	}
	plain := errors.New("plain")
	if Wrap(plain) != plain {
		t.Error("non-LLM errors pass through")
	}
}
