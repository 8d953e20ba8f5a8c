package ollamatest

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/filehash"
	"github.com/ollama/ollama/api"
	"github.com/ollama/ollama/fs/ggml"
)

// ChatML markers, as both the model vocabulary and the templates spell them.
const (
	ChatStart = "<|im_start|>"
	ChatEnd   = "<|im_end|>"
)

// ChatTemplate is the Ollama (Go text/template) form of ChatML given to the tiny model. It
// renders exactly what JinjaChatTemplate renders with add_generation_prompt set, so a model
// trained on the Jinja form sees the same text when Ollama serves it.
const ChatTemplate = `{{- range .Messages }}<|im_start|>{{ .Role }}
{{ .Content }}<|im_end|>
{{ end }}<|im_start|>assistant
`

// JinjaChatTemplate is the ChatML template stored in the GGUF as tokenizer.chat_template.
const JinjaChatTemplate = `{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}`

// TinySystem is the default system prompt of models made by CreateTinyModel.
const TinySystem = "You suggest brandable domain names."

// TinySeed is the weight seed CreateTinyModel uses, so every test gets the same model.
const TinySeed = 1

// Shape of the tiny model: big enough for llama.cpp to accept, small enough to load in
// milliseconds. headDim = width / heads.
const (
	tinyWidth   = 64
	tinyLayers  = 2
	tinyHeads   = 4
	tinyFFN     = 128
	tinyContext = 2048
	// weightScale keeps random activations in a range where softmax is not saturated.
	weightScale = 0.05
)

// SentencePiece token types as llama.cpp reads them from tokenizer.ggml.token_type.
const (
	tokenNormal  int32 = 1
	tokenUnknown int32 = 2
	tokenControl int32 = 3
	tokenByte    int32 = 6
)

// tinyVocab returns the tokens, their types and their scores, and the id of ChatEnd. The ids
// of <unk>, <s> and </s> are 0, 1 and 2, as SentencePiece models have them.
func tinyVocab() (tokens []string, types []int32, scores []float32, chatEndID uint32) {
	add := func(tok string, typ int32) {
		tokens = append(tokens, tok)
		types = append(types, typ)
		scores = append(scores, -float32(len(scores)))
	}
	add("<unk>", tokenUnknown)
	add("<s>", tokenControl)
	add("</s>", tokenControl)
	for b := range 256 {
		add(fmt.Sprintf("<0x%02X>", b), tokenByte)
	}
	add(ChatStart, tokenControl)
	chatEndID = uint32(len(tokens))
	add(ChatEnd, tokenControl)
	add("▁", tokenNormal)
	// Whole-character tokens for the characters a domain label may hold; everything else
	// falls back to the byte tokens.
	for c := 'a'; c <= 'z'; c++ {
		add(string(c), tokenNormal)
	}
	for c := '0'; c <= '9'; c++ {
		add(string(c), tokenNormal)
	}
	add("-", tokenNormal)
	return tokens, types, scores, chatEndID
}

// WriteTinyModel writes a two-layer llama GGUF with random weights drawn from seed, a
// SentencePiece byte-fallback vocabulary and a ChatML template. The same seed always gives
// the same bytes. The file is written beside path and renamed into place.
func WriteTinyModel(path string, seed int64) error { return writeTinyWith(path, seed, nil) }

// WriteFinetunedModel writes the tiny model as upstream llama.cpp's llama-finetune saves a
// fully fine-tuned model: the same tensors, plus the metadata keys of FinetuneKeys that the
// base does not have (pooling_type among them, which makes Ollama treat it as an embedding
// model that cannot chat).
func WriteFinetunedModel(path string, seed int64) error {
	return writeTinyWith(path, seed, FinetuneKeys("llama"))
}

// FinetuneKeys are metadata keys of the kind llama.cpp's model saver (llama-finetune's
// output) writes for every hyperparameter its loader knows, whether the architecture uses it
// or not; a base converted for llama has none of them. pooling_type 0 and the softcapping
// values 50 and 30 are what a real llama-finetune run on a llama base saved (issue 14); the
// rest stand for the zero-valued keys it saved too, named as llama.cpp names them.
func FinetuneKeys(arch string) ggml.KV {
	kv := ggml.KV{}
	for k, v := range map[string]any{
		"pooling_type":                     uint32(0),
		"attn_logit_softcapping":           float32(50),
		"final_logit_softcapping":          float32(30),
		"expert_count":                     uint32(0),
		"expert_used_count":                uint32(0),
		"expert_shared_count":              uint32(0),
		"expert_weights_scale":             float32(0),
		"leading_dense_block_count":        uint32(0),
		"expert_feed_forward_length":       uint32(0),
		"use_parallel_residual":            false,
		"logit_scale":                      float32(0),
		"swin_norm":                        false,
		"rescale_every_n_layers":           uint32(0),
		"time_mix_extra_dim":               uint32(0),
		"time_decay_extra_dim":             uint32(0),
		"residual_scale":                   float32(0),
		"embedding_scale":                  float32(0),
		"attention.max_alibi_bias":         float32(0),
		"attention.clamp_kqv":              float32(0),
		"attention.layer_norm_epsilon":     float32(0),
		"attention.causal":                 true,
		"attention.q_lora_rank":            uint32(0),
		"attention.kv_lora_rank":           uint32(0),
		"attention.relative_buckets_count": uint32(0),
		"attention.sliding_window":         uint32(0),
		"attention.scale":                  float32(0),
		"rope.scaling.attn_factor":         float32(1),
		"rope.scaling.finetuned":           false,
		"rope.scaling.yarn_log_multiplier": float32(0),
		"ssm.conv_kernel":                  uint32(0),
		"ssm.inner_size":                   uint32(0),
		"ssm.state_size":                   uint32(0),
		"ssm.time_step_rank":               uint32(0),
		"wkv.head_size":                    uint32(0),
	} {
		kv[arch+"."+k] = v
	}
	kv["general.type"] = "model"
	return kv
}

func writeTinyWith(path string, seed int64, extra ggml.KV) error {
	tokens, types, scores, chatEndID := tinyVocab()
	kv := ggml.KV{
		"general.architecture":                   "llama",
		"general.name":                           "domainyours-tiny",
		"general.file_type":                      ggml.FileTypeF32,
		"general.alignment":                      uint32(32),
		"llama.context_length":                   uint32(tinyContext),
		"llama.embedding_length":                 uint32(tinyWidth),
		"llama.block_count":                      uint32(tinyLayers),
		"llama.feed_forward_length":              uint32(tinyFFN),
		"llama.attention.head_count":             uint32(tinyHeads),
		"llama.attention.head_count_kv":          uint32(tinyHeads),
		"llama.attention.layer_norm_rms_epsilon": float32(1e-5),
		"llama.rope.dimension_count":             uint32(tinyWidth / tinyHeads),
		"llama.rope.freq_base":                   float32(10000),
		"llama.vocab_size":                       uint32(len(tokens)),
		"tokenizer.ggml.model":                   "llama",
		"tokenizer.ggml.tokens":                  tokens,
		"tokenizer.ggml.token_type":              types,
		"tokenizer.ggml.scores":                  scores,
		"tokenizer.ggml.unknown_token_id":        uint32(0),
		"tokenizer.ggml.bos_token_id":            uint32(1),
		"tokenizer.ggml.eos_token_id":            uint32(2),
		"tokenizer.ggml.eot_token_id":            chatEndID,
		"tokenizer.ggml.add_bos_token":           true,
		"tokenizer.ggml.add_eos_token":           false,
		"tokenizer.chat_template":                JinjaChatTemplate,
	}
	for k, v := range extra {
		kv[k] = v
	}

	// One generator, consumed in a fixed tensor order, makes the bytes depend on seed alone.
	rng := rand.New(rand.NewPCG(uint64(seed), 0x646f6d61696e79)) // "domainy"
	vocab := uint64(len(tokens))
	var ts []*ggml.Tensor
	addTensor := func(name string, shape ...uint64) {
		n := uint64(1)
		for _, d := range shape {
			n *= d
		}
		ts = append(ts, f32Tensor(name, shape, randomWeights(rng, n)))
	}
	addNorm := func(name string) {
		ts = append(ts, f32Tensor(name, []uint64{tinyWidth}, ones(tinyWidth)))
	}
	// GGUF shapes list the innermost (input) dimension first.
	addTensor("token_embd.weight", tinyWidth, vocab)
	for i := range tinyLayers {
		p := fmt.Sprintf("blk.%d.", i)
		addNorm(p + "attn_norm.weight")
		addTensor(p+"attn_q.weight", tinyWidth, tinyWidth)
		addTensor(p+"attn_k.weight", tinyWidth, tinyWidth)
		addTensor(p+"attn_v.weight", tinyWidth, tinyWidth)
		addTensor(p+"attn_output.weight", tinyWidth, tinyWidth)
		addNorm(p + "ffn_norm.weight")
		addTensor(p+"ffn_gate.weight", tinyWidth, tinyFFN)
		addTensor(p+"ffn_up.weight", tinyWidth, tinyFFN)
		addTensor(p+"ffn_down.weight", tinyFFN, tinyWidth)
	}
	addNorm("output_norm.weight")
	addTensor("output.weight", tinyWidth, vocab)

	f, err := os.CreateTemp(filepath.Dir(path), ".tiny-*.gguf")
	if err != nil {
		return fmt.Errorf("write tiny model: %w", err)
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op after a successful rename
	if err := ggml.WriteGGUF(f, kv, ts); err != nil {
		f.Close()
		return fmt.Errorf("write tiny model %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write tiny model %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write tiny model: %w", err)
	}
	return nil
}

func randomWeights(rng *rand.Rand, n uint64) []float32 {
	w := make([]float32, n)
	for i := range w {
		w[i] = float32(rng.NormFloat64() * weightScale)
	}
	return w
}

func ones(n int) []float32 {
	w := make([]float32, n)
	for i := range w {
		w[i] = 1
	}
	return w
}

func f32Tensor(name string, shape []uint64, values []float32) *ggml.Tensor {
	buf := make([]byte, 4*len(values))
	for i, v := range values {
		binary.LittleEndian.PutUint32(buf[4*i:], math.Float32bits(v))
	}
	return &ggml.Tensor{
		Name:     name,
		Kind:     uint32(ggml.TensorTypeF32),
		Shape:    shape,
		WriterTo: &byteWriterTo{b: buf},
	}
}

// byteWriterTo writes the same bytes on every call, unlike bytes.Reader, so a tensor list
// can be written more than once.
type byteWriterTo struct{ b []byte }

func (w *byteWriterTo) WriteTo(dst io.Writer) (int64, error) {
	n, err := dst.Write(w.b)
	return int64(n), err
}

// createTimeout bounds blob upload plus model creation, which take well under a second for
// the tiny model.
const createTimeout = 2 * time.Minute

// CreateTinyModel writes the tiny model (seed TinySeed), uploads it as a blob and creates
// model name from it with the ChatML template, the TinySystem prompt, <|im_end|> as a stop
// sequence and one CPU thread. It fails the test on any error.
func (s *Server) CreateTinyModel(t testing.TB, name string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), createTimeout)
	defer cancel()

	path := filepath.Join(t.TempDir(), "tiny.gguf")
	if err := WriteTinyModel(path, TinySeed); err != nil {
		t.Fatal(err)
	}
	digest, err := fileDigest(path)
	if err != nil {
		t.Fatalf("digest of tiny model: %v", err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()

	client := s.Client()
	if err := client.CreateBlob(ctx, digest, f); err != nil {
		t.Fatalf("upload tiny model blob to %s: %v\nlog tail:\n%s", s.URL, err, s.LogTail())
	}
	stream := false
	req := &api.CreateRequest{
		Model:    name,
		Stream:   &stream,
		Files:    map[string]string{filepath.Base(path): digest},
		Template: ChatTemplate,
		System:   TinySystem,
		Parameters: map[string]any{
			"stop":    []string{ChatEnd},
			"num_ctx": tinyContext,
			// ggml's worker threads spin while they wait; on a busy 2-core machine a second
			// thread made generation 20-40x slower than one for this tiny model.
			"num_thread": 1,
		},
	}
	if err := client.Create(ctx, req, func(api.ProgressResponse) error { return nil }); err != nil {
		t.Fatalf("create model %q on %s: %v\nlog tail:\n%s", name, s.URL, err, s.LogTail())
	}
}

func fileDigest(path string) (string, error) {
	sum, err := filehash.SHA256(path)
	if err != nil {
		return "", err
	}
	return "sha256:" + sum, nil
}
