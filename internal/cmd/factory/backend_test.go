package factory

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/config"
	"github.com/domainyours/domainyours/internal/exitcode"
)

// closed is an address where nothing listens (port 9, discard), so the
// Ollama probe fails at once.
const closed = "127.0.0.1:9"

func TestSuggestBackendChoices(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		ep       Endpoints
		sel      BackendSelection
		name     string        // backend name wanted, "" for an error
		code     exitcode.Code // code the error must carry
		noteHas  string
		modelHas string
	}{
		{sel: BackendSelection{Name: Builtin}, name: "builtin", noteHas: "builtin"},
		{ep: Endpoints{OllamaHost: closed}, sel: BackendSelection{Name: Auto}, name: "builtin", noteHas: "Ollama not reachable at http://127.0.0.1:9"},
		{sel: BackendSelection{Name: Builtin, Model: "x"}, code: exitcode.Usage},
		{sel: BackendSelection{Name: "quantum"}, code: exitcode.Usage},
		{sel: BackendSelection{Name: Auto, Version: "../../etc/passwd"}, code: exitcode.Usage},
		{sel: BackendSelection{Name: Auto, Version: "v0"}, code: exitcode.Usage},
		{sel: BackendSelection{Name: Builtin, Version: "v2"}, code: exitcode.Usage},
		{sel: BackendSelection{Name: Ollama, Version: "v2", Model: "m"}, code: exitcode.Usage},
		{sel: BackendSelection{Name: OpenAI}, code: exitcode.Usage},
		{ep: Endpoints{OllamaHost: closed}, sel: BackendSelection{Name: Ollama, Version: "v2"}, name: "ollama", modelHas: "domainyours:v2"},
		{ep: Endpoints{OpenAIBaseURL: "http://127.0.0.1:9/v1"}, sel: BackendSelection{Name: OpenAI, Model: "gpt-test"}, name: "openai", noteHas: "gpt-test"},
	}
	for i, tt := range tests {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			c, err := New(tt.ep).SuggestBackend(ctx, tt.sel)
			if tt.name == "" {
				code, _ := exitcode.Carried(err)
				if err == nil || code != tt.code || exitcode.HintOf(err) == "" {
					t.Fatalf("SuggestBackend(%+v) = %v (code %d, hint %q); want code %d with a hint", tt.sel, err, code, exitcode.HintOf(err), tt.code)
				}
				return
			}
			if err != nil {
				t.Fatalf("SuggestBackend(%+v): %v", tt.sel, err)
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

// A version trained with train --backend openai is served by the openai
// backend with the fine-tuned model its manifest names, for suggest, eval
// and serve alike (all ask SuggestBackend); --backend ollama is refused.
func TestVersionServedFromItsManifest(t *testing.T) {
	models := t.TempDir()
	dir := filepath.Join(models, "model_v3")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	man := `{"method":"managed","backend":"openai","version":"v3","model":"ft:gpt-4o-mini-2024-07-18:acme:domainyours-v3:X1"}`
	if err := os.WriteFile(filepath.Join(dir, "manifest.json"), []byte(man), 0o644); err != nil {
		t.Fatal(err)
	}
	f := New(Endpoints{OllamaHost: closed, OpenAIBaseURL: "http://127.0.0.1:9/v1"})
	f.Config = config.NewLookup(func(k string) (string, bool) {
		if k == "DOMAINYOURS_MODELS_DIR" {
			return models, true
		}
		return "", false
	}, nil)
	for _, name := range []string{Auto, OpenAI} {
		c, err := f.SuggestBackend(context.Background(), BackendSelection{Name: name, Version: "v3"})
		if err != nil || c.Backend.Name() != "openai" || !strings.Contains(c.Note, "ft:gpt-4o-mini-2024-07-18:acme:domainyours-v3:X1") {
			t.Errorf("--backend %s --version v3: %v %+v", name, err, c)
		}
	}
	if _, err := f.SuggestBackend(context.Background(), BackendSelection{Name: Ollama, Version: "v3"}); err == nil {
		t.Error("--backend ollama --version v3 (an openai version) was accepted")
	}
	// A version without a manifest here stays Ollama's domainyours:vN.
	c, err := f.SuggestBackend(context.Background(), BackendSelection{Name: Auto, Version: "v2"})
	if err != nil || c.Backend.Name() != "ollama" || !strings.Contains(c.Note, "domainyours:v2") {
		t.Errorf("--version v2 without a manifest: %v %+v", err, c)
	}
}
