package trainer_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/gguf"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/ollama"
	"github.com/domainyours/domainyours/internal/ollamatest"
	"github.com/domainyours/domainyours/internal/prompt"
	"github.com/domainyours/domainyours/internal/trainer"
)

// A model saved like llama-finetune's output (the base's tensors with every
// loader hyperparameter in its metadata, pooling_type among them) is refused
// for chat by the real Ollama server: it takes it for an embedding model.
// After CleanFullModel it chats, and its tensors are the trained ones.
func TestCleanFullModelLetsOllamaChat(t *testing.T) {
	srv := ollamatest.Start(t)
	dir := t.TempDir()
	base, trained, clean := filepath.Join(dir, "base.gguf"), filepath.Join(dir, "trained.gguf"), filepath.Join(dir, "clean.gguf")
	if err := ollamatest.WriteTinyModel(base, ollamatest.TinySeed); err != nil {
		t.Fatal(err)
	}
	if err := ollamatest.WriteFinetunedModel(trained, ollamatest.TinySeed+1); err != nil {
		t.Fatal(err)
	}
	dropped, err := trainer.CleanFullModel(base, trained, clean)
	if err != nil {
		t.Fatal(err)
	}
	extra := ollamatest.FinetuneKeys("llama")
	if len(dropped) != len(extra) || !slices.Contains(dropped, "llama.pooling_type") || !slices.Contains(dropped, "llama.final_logit_softcapping") {
		t.Errorf("dropped %d keys %v, want the %d llama-finetune added", len(dropped), dropped, len(extra))
	}
	tr, _ := gguf.Read(trained)
	cl, err := gguf.Read(clean)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := gguf.Read(base)
	if !gguf.SameTensors(tr, cl) || !slices.Equal(cl.Keys(), b.Keys()) {
		t.Errorf("clean model: keys %v\nbase keys %v", cl.Keys(), b.Keys())
	}
	tb, _ := os.ReadFile(trained)
	cb, _ := os.ReadFile(clean)
	if string(tb[tr.DataOffset:]) != string(cb[cl.DataOffset:]) {
		t.Error("the tensor data changed")
	}

	p, err := ollama.New(ollama.Config{Host: srv.Host})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	chat := func(name, file string) error {
		t.Helper()
		digest, err := p.CreateBlob(ctx, file)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Create(ctx, ollama.CreateSpec{Name: name, Files: map[string]string{"model.gguf": digest}, Template: trainer.ChatMLTemplate,
			Parameters: map[string]any{"stop": []string{"<|im_end|>"}, "num_thread": 1}}); err != nil {
			t.Fatal(err)
		}
		_, err = p.Complete(ctx, llm.Request{Model: name, Messages: prompt.Messages("a bakery in Lyon", 5, nil), MaxTokens: 8})
		// The tiny model talks gibberish until the limit: an answer all the same.
		if le := (*llm.Error)(nil); errors.As(err, &le) && le.Class == llm.Truncated {
			return nil
		}
		return err
	}
	if err := chat("raw:latest", trained); err == nil || !strings.Contains(err.Error(), "does not support chat") {
		t.Fatalf("Ollama chatted with llama-finetune's raw output (%v); the test model no longer shows the problem", err)
	}
	if err := chat("clean:latest", clean); err != nil {
		t.Fatalf("the cleaned model does not chat: %v\nollama log:\n%s", err, srv.LogTail())
	}
}
