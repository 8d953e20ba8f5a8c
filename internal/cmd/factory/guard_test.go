package factory

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/config"
	"github.com/domainyours/domainyours/internal/guard"
	"github.com/domainyours/domainyours/internal/llm/openaitest"
)

// The openai guard without a chat model asks the moderation endpoint only,
// and keeps its verdicts in a cache named by the endpoint (no secret).
func TestOpenAIGuardWithoutChatModel(t *testing.T) {
	srv := openaitest.New(t)
	srv.RequireKey("sk-guard", false)
	cache := t.TempDir()
	f := New(Endpoints{OpenAIBaseURL: srv.BaseURL(), OpenAIKey: "sk-guard"})
	f.Config = config.NewLookup(func(name string) (string, bool) {
		if name == "DOMAINYOURS_CACHE_DIR" {
			return cache, true
		}
		return "", false
	}, nil)
	spec, err := guard.ParseSpec("openai")
	if err != nil {
		t.Fatal(err)
	}
	g, err := f.Guard(spec)
	if err != nil {
		t.Fatal(err)
	}
	v, err := g.Check(context.Background(), "A bakery in Lyon")
	if err != nil || !v.Appropriate {
		t.Fatalf("verdict %+v, %v", v, err)
	}
	if m, c := srv.Count("POST /moderations"), srv.Hits(); m != 1 || c != 0 {
		t.Errorf("%d moderation and %d chat requests, want 1 and 0", m, c)
	}
	want := "openai_" + strings.NewReplacer("/", "_", ":", "_").Replace(srv.BaseURL()) + ".jsonl"
	if _, err := os.Stat(filepath.Join(cache, "guard", want)); err != nil {
		t.Errorf("the guard's cache is not named by the endpoint: %v", err)
	}
}
