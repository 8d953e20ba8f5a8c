package server

import (
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/openai"
	"github.com/domainyours/domainyours/internal/llm/openaitest"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// fakeOpenAI is the shared fake OpenAI server listing models and answering
// every chat request with five names after latency (the model's thinking
// time; a client that gives up ends it).
func fakeOpenAI(t testing.TB, latency time.Duration, models ...string) *openaitest.Server {
	t.Helper()
	f := openaitest.New(t)
	f.SetModels(models...)
	content := `{"domains": ["bakehouse", "crumbly", "doughjoy", "loafly", "ovenrise"], "refusal": ""}`
	f.OnChat(func(openaitest.ChatRequest) openaitest.Reply {
		return openaitest.Completion{Content: content, Model: "m1", PromptTokens: 50, CompletionTokens: 20, Delay: latency}
	})
	return f
}

// openAIBackend is the real LLM backend (client, retries, schema) over url.
func openAIBackend(t testing.TB, url, model string) *suggestion.LLM {
	t.Helper()
	p, err := openai.New(openai.Config{BaseURL: url, APIKey: "test-key"})
	if err != nil {
		t.Fatal(err)
	}
	c, err := llm.NewClient(p, llm.Config{MaxAttempts: 1, Concurrency: 64})
	if err != nil {
		t.Fatal(err)
	}
	return suggestion.NewLLM("openai", c, model, nil)
}
