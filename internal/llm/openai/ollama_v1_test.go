package openai

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/ollamatest"
	"github.com/domainyours/domainyours/internal/prompt"
)

// TestOllamaV1 runs the adapter against a real Ollama's OpenAI-compatible
// /v1 endpoint with the tiny test model: response_format json_schema must
// reach Ollama's grammar, and its errors must map like OpenAI's.
func TestOllamaV1(t *testing.T) {
	begin := time.Now()
	srv := ollamatest.Start(t)
	srv.CreateTinyModel(t, "domainyours:v1")
	t.Logf("server start and model create %s", time.Since(begin).Round(time.Millisecond))

	// Ollama ignores the key; sending one checks that it does no harm.
	p, err := New(Config{BaseURL: srv.URL + "/v1", APIKey: canaryKey})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.CloseIdleConnections)
	c := newClient(t, p, llm.Config{MaxAttempts: 1, AttemptTimeout: time.Minute, TotalTimeout: time.Minute})

	t.Run("json_schema reply decodes and validates", func(t *testing.T) {
		begin := time.Now()
		temp, seed := 0.8, int64(11)
		req := llm.Request{
			Model:       "domainyours:v1",
			Messages:    prompt.Messages("A bicycle repair shop in Utrecht.", domain.SetSize, nil),
			Schema:      prompt.Schema(domain.SetSize),
			Temperature: &temp, Seed: &seed, MaxTokens: 1024,
		}
		resp, err := c.Complete(context.Background(), req)
		if err != nil {
			t.Fatalf("%v (reply %q)", err, resp.Text)
		}
		dec := json.NewDecoder(bytes.NewReader(resp.JSON))
		dec.DisallowUnknownFields()
		var reply prompt.Reply
		if err := dec.Decode(&reply); err != nil {
			t.Fatalf("reply %s does not decode into prompt.Reply: %v", resp.JSON, err)
		}
		if len(reply.Domains) > domain.SetSize || (reply.Refusal != "" && !slices.Contains(prompt.Categories, reply.Refusal)) {
			t.Errorf("reply %+v is outside the schema", reply)
		}
		if resp.FinishReason != "stop" || resp.Usage.CompletionTokens == 0 || !strings.HasPrefix(resp.Model, "domainyours:v1") {
			t.Errorf("finish %q, usage %+v, model %q", resp.FinishReason, resp.Usage, resp.Model)
		}
		t.Logf("reply %s in %s", resp.JSON, time.Since(begin).Round(time.Millisecond))
	})

	t.Run("unknown model", func(t *testing.T) {
		req := userRequest("r", "a bakery")
		req.Model = "domainyours:v99"
		_, err := c.Complete(context.Background(), req)
		e := mustClass(t, err, llm.ModelNotFound)
		if e.Status != 404 || !strings.Contains(e.Hint, "domainyours:v99") {
			t.Errorf("status %d, hint %q", e.Status, e.Hint)
		}
	})
}
