package gguf_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ollama/ollama/fs/ggml"

	"github.com/domainyours/domainyours/internal/gguf"
)

// writeModel writes a GGUF with ollama's own writer (an independent
// implementation of the format): metadata of every common type and three
// tensors of odd sizes, so padding between them matters.
func writeModel(t *testing.T, alignment uint32) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "m.gguf")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	kv := ggml.KV{
		"general.architecture":         "llama",
		"general.alignment":            alignment,
		"general.name":                 "test",
		"llama.block_count":            uint32(2),
		"llama.pooling_type":           uint32(0),
		"llama.rope.freq_base":         float32(10000),
		"llama.attn_logit_softcapping": float32(50),
		"llama.some_signed":            int32(-3),
		"llama.big":                    uint64(1 << 40),
		"tokenizer.ggml.add_bos_token": true,
		"tokenizer.ggml.tokens":        []string{"<unk>", "a", "bc", ""},
		"tokenizer.ggml.token_type":    []int32{2, 1, 1, 1},
		"tokenizer.ggml.scores":        []float32{0, -1, -2, -3},
	}
	ts := []*ggml.Tensor{
		{Name: "a.weight", Kind: uint32(ggml.TensorTypeF32), Shape: []uint64{3}, WriterTo: bytes.NewReader(bytes.Repeat([]byte{1}, 12))},
		{Name: "b.weight", Kind: uint32(ggml.TensorTypeF32), Shape: []uint64{5, 1}, WriterTo: bytes.NewReader(bytes.Repeat([]byte{2}, 20))},
		{Name: "c.weight", Kind: uint32(ggml.TensorTypeF16), Shape: []uint64{7}, WriterTo: bytes.NewReader(bytes.Repeat([]byte{3}, 14))},
	}
	if err := ggml.WriteGGUF(f, kv, ts); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReadHeader(t *testing.T) {
	path := writeModel(t, 64)
	f, err := gguf.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if f.Version != 3 || len(f.KV) != 13 || len(f.Tensors) != 3 || f.Alignment != 64 || f.DataOffset%64 != 0 {
		t.Fatalf("version %d, %d pairs, %d tensors, alignment %d, data at %d", f.Version, len(f.KV), len(f.Tensors), f.Alignment, f.DataOffset)
	}
	if s, ok := mustGet(t, f, "general.architecture").String(); !ok || s != "llama" {
		t.Errorf("architecture %q", s)
	}
	if n, ok := mustGet(t, f, "llama.big").Uint(); !ok || n != 1<<40 {
		t.Errorf("llama.big %d", n)
	}
	if _, ok := mustGet(t, f, "llama.some_signed").Uint(); ok {
		t.Error("a negative int32 read as unsigned")
	}
	if v, ok := mustGet(t, f, "llama.attn_logit_softcapping").Float(); !ok || v != 50 {
		t.Errorf("softcapping %v", v)
	}
	// The tensor table agrees with ollama's decoder.
	g := decode(t, path)
	for i, tt := range g.Tensors().Items() {
		got := f.Tensors[i]
		if got.Name != tt.Name || got.Offset != tt.Offset || !slices.Equal(got.Dims, tt.Shape) || got.Type != tt.Kind {
			t.Errorf("tensor %d: %+v, ollama reads %+v", i, got, tt)
		}
	}
	if f.DataOffset != int64(g.Tensors().Offset) {
		t.Errorf("data at %d, ollama says %d", f.DataOffset, g.Tensors().Offset)
	}
}

// Keeping every key writes the very same bytes: the header is re-encoded
// exactly and the data copied as is.
func TestRewriteKeepingEverythingIsIdentity(t *testing.T) {
	for _, a := range []uint32{32, 64} {
		src := writeModel(t, a)
		dst := filepath.Join(t.TempDir(), "out.gguf")
		dropped, err := gguf.Rewrite(src, dst, func(string) bool { return true })
		if err != nil || len(dropped) != 0 {
			t.Fatalf("alignment %d: dropped %v, %v", a, dropped, err)
		}
		want, _ := os.ReadFile(src)
		got, _ := os.ReadFile(dst)
		if !bytes.Equal(got, want) {
			t.Errorf("alignment %d: the copy differs (%d vs %d bytes)", a, len(got), len(want))
		}
	}
}

// Dropping keys shortens the header; the tensors stay byte for byte at their
// offsets in the realigned data section, and ollama's decoder reads the
// result.
func TestRewriteDropsKeysAndKeepsTensors(t *testing.T) {
	for _, a := range []uint32{32, 64} {
		src := writeModel(t, a)
		dst := filepath.Join(t.TempDir(), "out.gguf")
		drop := map[string]bool{"llama.pooling_type": true, "llama.attn_logit_softcapping": true, "tokenizer.ggml.scores": true, "general.alignment": true}
		dropped, err := gguf.Rewrite(src, dst, func(k string) bool { return !drop[k] })
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(dropped)
		if want := []string{"llama.attn_logit_softcapping", "llama.pooling_type", "tokenizer.ggml.scores"}; !slices.Equal(dropped, want) {
			t.Errorf("dropped %v, want %v (general.alignment is structural)", dropped, want)
		}
		in, _ := gguf.Read(src)
		out, err := gguf.Read(dst)
		if err != nil {
			t.Fatal(err)
		}
		if !gguf.SameTensors(in, out) || out.Alignment != uint64(a) || out.DataOffset%int64(a) != 0 || out.DataOffset >= in.DataOffset {
			t.Errorf("alignment %d: tensors or layout changed: data at %d (was %d)", a, out.DataOffset, in.DataOffset)
		}
		inb, _ := os.ReadFile(src)
		outb, _ := os.ReadFile(dst)
		if !bytes.Equal(inb[in.DataOffset:], outb[out.DataOffset:]) {
			t.Errorf("alignment %d: tensor data differs", a)
		}
		g := decode(t, dst)
		kv := g.KV()
		if _, ok := kv["llama.pooling_type"]; ok || kv.Uint("block_count") != 2 || kv.String("general.name") != "test" {
			t.Errorf("ollama reads %v", kv)
		}
		if toks := kv.Strings("tokenizer.ggml.tokens"); !slices.Equal(toks, []string{"<unk>", "a", "bc", ""}) {
			t.Errorf("tokens %q", toks)
		}
	}
}

// A damaged file is an error, never a panic or a huge allocation: every
// truncation of a real file, a bad magic and absurd lengths.
func TestReadRefusesDamagedFiles(t *testing.T) {
	src := writeModel(t, 32)
	b, _ := os.ReadFile(src)
	f, _ := gguf.Read(src)
	dir := t.TempDir()
	for n := 0; n < int(f.DataOffset); n++ {
		p := filepath.Join(dir, "cut.gguf")
		os.WriteFile(p, b[:n], 0o644)
		if _, err := gguf.Read(p); !errors.Is(err, gguf.ErrFormat) {
			t.Fatalf("cut at %d of %d: error %v", n, f.DataOffset, err)
		}
	}
	// The first key's length claims a petabyte.
	bad := append([]byte(nil), b...)
	copy(bad[24:32], []byte{0, 0, 0, 0, 0, 0, 4, 0})
	p := filepath.Join(dir, "huge.gguf")
	os.WriteFile(p, bad, 0o644)
	if _, err := gguf.Read(p); !errors.Is(err, gguf.ErrFormat) {
		t.Errorf("huge length: %v", err)
	}
	p = filepath.Join(dir, "text.gguf")
	os.WriteFile(p, []byte("not a model at all"), 0o644)
	if _, err := gguf.Read(p); !errors.Is(err, gguf.ErrFormat) {
		t.Errorf("text file: %v", err)
	}
}

func mustGet(t *testing.T, f *gguf.File, key string) gguf.KV {
	t.Helper()
	kv, ok := f.Get(key)
	if !ok {
		t.Fatalf("no %s", key)
	}
	return kv
}

func decode(t *testing.T, path string) *ggml.GGML {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	g, err := ggml.Decode(fh, -1)
	if err != nil {
		t.Fatal(err)
	}
	return g
}
