package ollamatest

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ollama/ollama/fs/ggml"
)

func writeTiny(t *testing.T, seed int64) []byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	if err := WriteTinyModel(path, seed); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestWriteTinyModelIsDeterministic(t *testing.T) {
	a, b, other := writeTiny(t, 7), writeTiny(t, 7), writeTiny(t, 8)
	if !bytes.Equal(a, b) {
		t.Error("two writes with seed 7 differ")
	}
	if bytes.Equal(a, other) {
		t.Error("seeds 7 and 8 gave identical files; the seed is not used")
	}
	if len(a) != len(other) {
		t.Errorf("seed changed the file size: %d vs %d bytes", len(a), len(other))
	}
}

func TestWriteTinyModelDecodes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	if err := WriteTinyModel(path, 1); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := ggml.Decode(f, -1)
	if err != nil {
		t.Fatalf("decode the tiny model: %v", err)
	}
	kv := g.KV()

	tokens := kv.Strings("tokenizer.ggml.tokens")
	for _, tt := range []struct {
		name      string
		got, want any
	}{
		{"architecture", kv.Architecture(), "llama"},
		{"block count", kv.BlockCount(), uint64(tinyLayers)},
		{"embedding length", kv.EmbeddingLength(), uint64(tinyWidth)},
		{"chat template", kv.ChatTemplate(), JinjaChatTemplate},
		{"tokenizer model", kv.String("tokenizer.ggml.model"), "llama"},
		{"token 0", tokens[0], "<unk>"},
		{"bos", tokens[kv.Uint("tokenizer.ggml.bos_token_id")], "<s>"},
		{"eos", tokens[kv.Uint("tokenizer.ggml.eos_token_id")], "</s>"},
		{"eot", tokens[kv.Uint("tokenizer.ggml.eot_token_id")], ChatEnd},
		{"token types per token", len(kv.Ints("tokenizer.ggml.token_type")), len(tokens)},
		{"scores per token", len(kv.Floats("tokenizer.ggml.scores")), len(tokens)},
		{"tensor count", len(g.Tensors().Items()), 3 + 9*tinyLayers},
	} {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	for _, tok := range []string{"<0x00>", "<0x0A>", "<0xFF>", ChatStart, ChatEnd, "▁", "a", "z", "0", "9"} {
		if !slices.Contains(tokens, tok) {
			t.Errorf("vocabulary lacks %q", tok)
		}
	}

	shapes := map[string][]uint64{
		"token_embd.weight":        {tinyWidth, uint64(len(tokens))},
		"output.weight":            {tinyWidth, uint64(len(tokens))},
		"blk.1.ffn_down.weight":    {tinyFFN, tinyWidth},
		"blk.0.attn_norm.weight":   {tinyWidth},
		"blk.1.attn_output.weight": {tinyWidth, tinyWidth},
	}
	for _, tensor := range g.Tensors().Items() {
		if want, ok := shapes[tensor.Name]; ok {
			if !slices.Equal(tensor.Shape, want) {
				t.Errorf("%s shape = %v, want %v", tensor.Name, tensor.Shape, want)
			}
			delete(shapes, tensor.Name)
		}
	}
	for name := range shapes {
		t.Errorf("tensor %s missing", name)
	}
}
