package guard

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/ollama"
	"github.com/domainyours/domainyours/internal/llm/openai"
	"github.com/domainyours/domainyours/internal/llm/openaitest"
	"github.com/domainyours/domainyours/internal/llmcache"
	"github.com/domainyours/domainyours/internal/ollamatest"
	"github.com/domainyours/domainyours/internal/safety"
)

func TestPromptNamesEveryCategory(t *testing.T) {
	for _, c := range safety.Categories {
		if !strings.Contains(policyPrompt, "- "+string(c)+":") {
			t.Errorf("the guard's policy prompt does not define %s", c)
		}
	}
	var doc map[string]any
	if err := json.Unmarshal(chatSchema().JSON, &doc); err != nil {
		t.Fatal(err)
	}
	if got := len(verdictValues()); got != len(safety.Categories)+1 {
		t.Errorf("schema offers %d verdicts; want allow plus every category", got)
	}
}

func TestDecodeChat(t *testing.T) {
	v, err := decodeChat(json.RawMessage(`{"verdict":"allow","reason":"a bakery"}`))
	if err != nil || !v.Appropriate {
		t.Fatalf("allow: %+v %v", v, err)
	}
	v, err = decodeChat(json.RawMessage(`{"verdict":"predatory_finance","reason":"guaranteed returns"}`))
	if err != nil || v.Appropriate || v.Category != safety.PredatoryFinance || !strings.Contains(v.Reason, "guaranteed returns") {
		t.Fatalf("refusal: %+v %v", v, err)
	}
	for _, bad := range []string{`{"verdict":"maybe","reason":""}`, `{"verdict":"allow"`, `{"verdict":"allow","reason":"","x":1}`} {
		if _, err := decodeChat(json.RawMessage(bad)); llm.ClassOf(err) != llm.Malformed {
			t.Errorf("decodeChat(%s) error %v; want malformed", bad, err)
		}
	}
}

func TestParseLlamaGuard(t *testing.T) {
	for _, tc := range []struct {
		in   string
		ok   bool
		cat  safety.Category
		fail bool
	}{
		{"safe", true, "", false},
		{"\n\nsafe\n", true, "", false},
		{"unsafe\nS4", false, safety.SexualMinors, false},
		{"unsafe\nS99,S9", false, safety.WeaponsTrafficking, false},
		{"unsafe", false, "", true},
		{"I think this is fine", false, "", true},
	} {
		v, err := parseLlamaGuard(tc.in)
		if (err != nil) != tc.fail || (err == nil && (v.Appropriate != tc.ok || v.Category != tc.cat)) {
			t.Errorf("parseLlamaGuard(%q) = %+v, %v", tc.in, v, err)
		}
	}
	for _, tc := range []struct {
		in        string
		yes, fail bool
	}{{"Yes, it does", true, false}, {"No.", false, false}, {"Perhaps", false, true}} {
		yes, err := parseYesNo(tc.in)
		if yes != tc.yes || (err != nil) != tc.fail {
			t.Errorf("parseYesNo(%q) = %v, %v", tc.in, yes, err)
		}
	}
	if classifierOf("llama-guard3:1b") != llamaGuard || classifierOf("shieldgemma:2b") != shieldGemma ||
		classifierOf("llama3.2") != chatModel {
		t.Error("classifierOf does not recognise the safety classifiers")
	}
}

func TestParseSpec(t *testing.T) {
	for in, want := range map[string]string{"": "builtin", "builtin": "builtin", "ollama:llama-guard3": "ollama:llama-guard3",
		"openai": "openai", "openai:gpt-4o-mini": "openai:gpt-4o-mini", " ollama:qwen2.5:7b ": "ollama:qwen2.5:7b"} {
		s, err := ParseSpec(in)
		if err != nil || s.String() != want {
			t.Errorf("ParseSpec(%q) = %v, %v; want %s", in, s, err, want)
		}
	}
	for _, bad := range []string{"ollama", "ollama:", "gemini", "builtin:x"} {
		if _, err := ParseSpec(bad); err == nil {
			t.Errorf("ParseSpec(%q) accepted", bad)
		}
	}
}

func newCache(t *testing.T, provider string) *llmcache.Cache {
	t.Helper()
	c, err := llmcache.Open(filepath.Join(t.TempDir(), "guard.cache"), provider)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

func newLLMClient(t *testing.T, p llm.Provider) *llm.Client {
	t.Helper()
	c, err := llm.NewClient(p, llm.Config{MaxAttempts: 1, AttemptTimeout: 2 * time.Minute, TotalTimeout: 2 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestRealOllamaGuard runs the guard against a real `ollama serve` with the
// tiny test model: the wire format, the schema and the cache. The tiny
// model's verdict is gibberish, so only its shape is checked.
func TestRealOllamaGuard(t *testing.T) {
	srv := ollamatest.Start(t)
	srv.CreateTinyModel(t, "guardtiny:v1")
	srv.CreateTinyModel(t, "llama-guard3:tiny")
	p, err := ollama.New(ollama.Config{Host: srv.Host})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.CloseIdleConnections)
	client := newLLMClient(t, p)
	ctx := context.Background()

	t.Run("chat model with the policy schema, cached", func(t *testing.T) {
		cache := newCache(t, "ollama@"+srv.Host)
		g := NewChat("ollama:guardtiny:v1", client, cache, "guardtiny:v1")
		v, err := g.Check(ctx, "A bakery in Lyon.")
		if err != nil {
			t.Fatal(err)
		}
		if v.Cached || (!v.Appropriate && !v.Category.Valid()) {
			t.Fatalf("first verdict %+v", v)
		}
		again, err := g.Check(ctx, "A bakery in Lyon.")
		if err != nil {
			t.Fatal(err)
		}
		if !again.Cached || again.Appropriate != v.Appropriate || again.Category != v.Category {
			t.Fatalf("second verdict %+v; want the first one from the cache (%+v)", again, v)
		}
		if hits, misses := cache.Stats(); hits != 1 || misses != 1 {
			t.Fatalf("cache hits %d misses %d; want 1 and 1", hits, misses)
		}
		t.Logf("tiny model's verdict: %+v", v)
	})

	t.Run("llama-guard reply format is read, gibberish is an error", func(t *testing.T) {
		g := NewChat("ollama:llama-guard3:tiny", client, nil, "llama-guard3:tiny")
		v, err := g.Check(ctx, "A bakery in Lyon.")
		if err == nil {
			// The random weights might say "safe" or "unsafe\nSx" by chance.
			t.Logf("tiny model happened to answer in Llama Guard's format: %+v", v)
			return
		}
		if c := llm.ClassOf(err); c != llm.Malformed && c != llm.Truncated {
			t.Fatalf("error %v; want a malformed or truncated reply", err)
		}
	})

	t.Run("a missing model fails, it is not skipped", func(t *testing.T) {
		g := NewChat("ollama:nosuch", client, nil, "nosuch:latest")
		if _, err := g.Check(ctx, "A bakery in Lyon."); llm.ClassOf(err) != llm.ModelNotFound {
			t.Fatalf("error %v; want model_not_found", err)
		}
	})
}

// TestUnreachableGuardFails: a guard that cannot be reached returns an
// unreachable error; the caller fails closed (suggest exits 4).
func TestUnreachableGuardFails(t *testing.T) {
	ln := httptest.NewServer(http.NotFoundHandler())
	host := strings.TrimPrefix(ln.URL, "http://")
	ln.Close() // nothing listens there any more
	p, err := ollama.New(ollama.Config{Host: host})
	if err != nil {
		t.Fatal(err)
	}
	g := NewChat("ollama:llama-guard3", newLLMClient(t, p), nil, "llama-guard3")
	_, err = g.Check(context.Background(), "A bakery in Lyon.")
	if llm.ClassOf(err) != llm.Unreachable {
		t.Fatalf("error %v; want unreachable", err)
	}
}

// fakeModeration is the shared fake OpenAI server flagging texts that
// contain "minors" as sexual/minors; it refuses keys other than sk-test.
func fakeModeration(t *testing.T) *openaitest.Server {
	srv := openaitest.New(t)
	srv.RequireKey("sk-test", false)
	srv.OnModeration(func(input string) map[string]bool {
		flag := strings.Contains(input, "minors")
		return map[string]bool{"sexual": flag, "sexual/minors": flag, "hate": false}
	})
	return srv
}

func TestModerationGuard(t *testing.T) {
	srv := fakeModeration(t)
	p, err := openai.New(openai.Config{BaseURL: srv.URL + "/v1", APIKey: "sk-test"})
	if err != nil {
		t.Fatal(err)
	}
	cache := newCache(t, "openai@"+srv.URL)
	g := NewModeration("openai", p, cache, "omni-moderation-latest", nil)
	ctx := context.Background()
	v, err := g.Check(ctx, "Chat rooms where adults meet minors")
	if err != nil {
		t.Fatal(err)
	}
	if v.Appropriate || v.Category != safety.SexualMinors || !strings.Contains(v.Reason, "sexual/minors") {
		t.Fatalf("verdict %+v; want sexual_minors", v)
	}
	v, err = g.Check(ctx, "A bakery in Lyon")
	if err != nil || !v.Appropriate {
		t.Fatalf("bakery: %+v %v", v, err)
	}
	again, err := g.Check(ctx, "Chat rooms where adults meet minors")
	if err != nil || !again.Cached || again.Category != safety.SexualMinors {
		t.Fatalf("repeat %+v %v; want the cached refusal", again, err)
	}
	if n := srv.Count("POST /moderations"); n != 2 {
		t.Fatalf("%d calls to the endpoint; want 2 (the repeat is cached)", n)
	}
}

func TestModerationErrorsFailClosed(t *testing.T) {
	srv := fakeModeration(t)
	p, err := openai.New(openai.Config{BaseURL: srv.BaseURL(), APIKey: "sk-wrong"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = NewModeration("openai", p, nil, "", nil).Check(context.Background(), "A bakery")
	var le *llm.Error
	if !errors.As(err, &le) || le.Class != llm.Unauthorized {
		t.Fatalf("error %v; want unauthorized", err)
	}
}
