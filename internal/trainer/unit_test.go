package trainer_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"image/color"
	"image/png"
	"io/fs"
	"maps"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ollama/ollama/fs/ggml"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/gguf"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/prompt"
	"github.com/domainyours/domainyours/internal/trainer"
)

func TestParseLine(t *testing.T) {
	tests := []struct {
		line string
		want trainer.Event
		ok   bool
	}{
		{"train: [=====    ] data=0000047/0000047 loss=4.14617±0.07627 acc=5.70±0.37% t=00:00:02 ETA=00:00:00",
			trainer.Event{Kind: trainer.EventTrain, Done: 47, Total: 47, Loss: 4.14617}, true},
		{"val:   [==       ] data=0000003/0000003 loss=3.40826±0.01877 acc=6.1±0.4% t=00:00:00 ETA=00:00:00",
			trainer.Event{Kind: trainer.EventVal, Done: 3, Total: 3, Loss: 3.40826}, true},
		{"val:   [  ] data=0000001/0000003 loss=nan±nan acc=0.00±0.00%", trainer.Event{Kind: trainer.EventVal, Done: 1, Total: 3, Loss: math.NaN()}, true},
		{"Training split: datapoints=50, batches_per_epoch=47", trainer.Event{Kind: trainer.EventSplit, Done: 50, Total: 47}, true},
		{"Starting epoch 2 (step 47, lr=0.000100)", trainer.Event{Kind: trainer.EventEpochStart, Epoch: 2, Step: 47}, true},
		{"Checkpoint saved successfully to /w/checkpoints/checkpoint_step_00000040",
			trainer.Event{Kind: trainer.EventCheckpoint, Path: "/w/checkpoints/checkpoint_step_00000040", Step: 40}, true},
		{"LoRA adapter saved: /w/adapter final.gguf (0.18 MB)", trainer.Event{Kind: trainer.EventAdapter, Path: "/w/adapter final.gguf"}, true},
		{"Skipping conversation 12: too long (266 tokens > 256)", trainer.Event{Kind: trainer.EventSkipped, Tokens: 266, Context: 256}, true},
		{"ggml/src/ggml-opt.cpp:95: GGML_ASSERT(ndata > 0) failed", trainer.Event{Kind: trainer.EventNoData}, true},
		{"llama_model_loader: loaded meta data", trainer.Event{}, false},
		{"train: garbage without numbers", trainer.Event{}, false},
		{"", trainer.Event{}, false},
	}
	for _, tt := range tests {
		got, ok := trainer.ParseLine(tt.line)
		if ok != tt.ok {
			t.Errorf("%q: ok %v, want %v", tt.line, ok, tt.ok)
			continue
		}
		if math.IsNaN(tt.want.Loss) {
			if !math.IsNaN(got.Loss) {
				t.Errorf("%q: loss %v, want NaN", tt.line, got.Loss)
			}
			got.Loss, tt.want.Loss = 0, 0
		}
		if got != tt.want {
			t.Errorf("%q:\n got %+v\nwant %+v", tt.line, got, tt.want)
		}
	}
}

func TestLineSplitter(t *testing.T) {
	var lines []string
	s := trainer.NewLineSplitter(func(l string) { lines = append(lines, l) })
	s.Write([]byte("train: a\rtrain: b\r\nval"))
	s.Write([]byte(": c\r\n" + strings.Repeat("x", 40000) + "\nend"))
	s.Flush()
	if len(lines) != 7 {
		t.Fatalf("got %d lines: %q", len(lines), lines)
	}
	want := []string{"train: a", "train: b", "", "val: c", ""}
	if !reflect.DeepEqual(lines[:5], want) {
		t.Errorf("lines %q, want %q", lines[:5], want)
	}
	if len(lines[5]) != 16<<10 || lines[6] != "end" {
		t.Errorf("over-long line not cut at 16 KiB: len %d, then %q", len(lines[5]), lines[6])
	}
}

func TestTailIsBoundedAndFoldsProgress(t *testing.T) {
	tail := trainer.NewTail(3)
	for i := range 100 {
		tail.Add(fmt.Sprintf("train: step %d", i))
	}
	tail.Add("error: one")
	tail.Add("error: two")
	tail.Add("error: three")
	if got := tail.String(); got != "error: one\nerror: two\nerror: three" {
		t.Errorf("tail %q", got)
	}
	tail = trainer.NewTail(5)
	tail.Add("loading")
	tail.Add("train: 1")
	tail.Add("train: 2")
	if got := tail.String(); got != "loading\ntrain: 2" {
		t.Errorf("progress lines not folded: %q", got)
	}
}

func TestEarlyStopper(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name     string
		patience int
		losses   []float64
		stopAt   int // epoch at which Observe first says stop; 0 never
		best     int
	}{
		{"improving", 2, []float64{3, 2, 1}, 0, 3},
		{"minimum in the middle", 2, []float64{3, 2, 1, 1.5, 1.6, 0.5}, 5, 3},
		{"equal is not better", 1, []float64{2, 2}, 2, 1},
		{"patience 0 never stops", 0, []float64{1, 2, 3, 4}, 0, 1},
		{"NaN is never best", 2, []float64{nan, 2, nan, nan}, 4, 2},
		{"all NaN", 3, []float64{nan, nan}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := trainer.EarlyStopper{Patience: tt.patience}
			stopAt := 0
			for i, l := range tt.losses {
				if s.Observe(trainer.EpochMetrics{Epoch: i + 1, ValLoss: l}) {
					stopAt = i + 1
					break
				}
			}
			if best, _ := s.Best(); best != tt.best || stopAt != tt.stopAt {
				t.Errorf("best %d stop at %d, want %d and %d", best, stopAt, tt.best, tt.stopAt)
			}
		})
	}
}

func TestEpochMetricsJSONKeepsNaN(t *testing.T) {
	in := trainer.EpochMetrics{Epoch: 3, Step: 60, TrainLoss: math.NaN(), ValLoss: 1.5}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"epoch":3,"step":60,"train_loss":null,"val_loss":1.5}` {
		t.Errorf("json %s", b)
	}
	var out trainer.EpochMetrics
	if err := json.Unmarshal(b, &out); err != nil || !math.IsNaN(out.TrainLoss) || out.ValLoss != 1.5 {
		t.Errorf("round trip %+v %v", out, err)
	}
}

func rowsN(n int) []dataset.Row {
	rows := make([]dataset.Row, n)
	for i := range rows {
		rows[i] = dataset.Row{Line: i + 2, Description: fmt.Sprintf("business number %d", i),
			Suggestions: []string{"alpha1", "bravo2", "charlie3", "delta4", "echo5"}}
	}
	return rows
}

func TestSplit(t *testing.T) {
	for _, tt := range []struct{ n, val int }{{10, 1}, {50, 3}, {200, 10}, {2000, 100}} {
		if got := trainer.ValidationRows(tt.n); got != tt.val {
			t.Errorf("ValidationRows(%d) = %d, want %d", tt.n, got, tt.val)
		}
	}
	rows := rowsN(50)
	tr1, va1 := trainer.Split(rows, 7)
	tr2, va2 := trainer.Split(rows, 7)
	_, va3 := trainer.Split(rows, 8)
	if len(tr1) != 47 || len(va1) != 3 {
		t.Fatalf("split %d/%d", len(tr1), len(va1))
	}
	if !reflect.DeepEqual(va1, va2) || !reflect.DeepEqual(tr1, tr2) {
		t.Error("the same seed gave another split")
	}
	if reflect.DeepEqual(va1, va3) {
		t.Error("another seed gave the same validation rows")
	}
	// File order does not matter, only the rows.
	rev := append([]dataset.Row(nil), rows...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	if _, va4 := trainer.Split(rev, 7); !reflect.DeepEqual(va1, va4) {
		t.Error("reordering the file changed the validation rows")
	}
}

func TestLeaks(t *testing.T) {
	rows := rowsN(3)
	got := trainer.Leaks(rows, []string{"  Business   NUMBER 1\u200b", "something else"})
	if len(got) != 1 || got[0].Description != "business number 1" {
		t.Errorf("leaks %+v", got)
	}
}

// Each training line is the suggest prompt plus the reply the schema
// accepts: what the model learns is what it is asked.
func TestWriteJSONLRendersThePrompt(t *testing.T) {
	rows := []dataset.Row{
		{Line: 2, Description: "a bakery in Lyon", Suggestions: []string{"loafly", "crumbhaus", "levainia", "oventide", "lyonmie"}},
		{Line: 3, Description: "a darknet drug market", Category: "illegal_drugs"},
	}
	var b bytes.Buffer
	if err := trainer.WriteJSONL(&b, rows); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines", len(lines))
	}
	schema := prompt.Schema(domain.SetSize)
	for i, line := range lines {
		var c struct{ Messages []llm.Message }
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatal(err)
		}
		want := append(prompt.Messages(rows[i].Description, domain.SetSize, nil), llm.Message{})
		if len(c.Messages) != len(want) || c.Messages[0] != want[0] || c.Messages[1] != want[1] {
			t.Errorf("line %d messages %+v", i, c.Messages)
			continue
		}
		last := c.Messages[len(c.Messages)-1]
		if last.Role != llm.RoleAssistant {
			t.Errorf("line %d ends with %s", i, last.Role)
		}
		if _, err := llm.DecodeReply(schema, last.Content); err != nil {
			t.Errorf("line %d reply does not pass the schema: %v", i, err)
		}
	}
	if !strings.Contains(lines[1], `\"refusal\":\"illegal_drugs\"`) {
		t.Errorf("refusal not rendered: %s", lines[1])
	}
	if err := trainer.CheckRefusals([]dataset.Row{{Line: 9, Description: "x", Category: "made_up"}}); err == nil || !strings.Contains(err.Error(), "line 9") {
		t.Errorf("unknown refusal category accepted: %v", err)
	}
}

func TestArgvRefusesFlagLikeValues(t *testing.T) {
	tests := []struct {
		value string
		ok    bool
	}{
		{"/abs/path.gguf", true}, {"0.0001", true}, {"-1", true}, {"-1e-5", true},
		{"--output-adapter", false}, {"-rf", false}, {"", false}, {"a\x00b", false},
	}
	for _, tt := range tests {
		var a trainer.Argv
		a.Value("-m", tt.value)
		args, err := a.Args()
		if (err == nil) != tt.ok {
			t.Errorf("value %q: error %v, want ok=%v", tt.value, err, tt.ok)
		}
		if tt.ok && (len(args) != 2 || args[1] != tt.value) {
			t.Errorf("value %q is not one argv element: %q", tt.value, args)
		}
	}
}

func TestCheckAdapter(t *testing.T) {
	base := &trainer.GGUFInfo{Path: "base.gguf", Architecture: "llama", Tensors: map[string][]uint64{
		"blk.0.attn_q.weight": {64, 64}, "blk.0.ffn_down.weight": {128, 64},
	}}
	adapter := func(arch string, ts map[string][]uint64) *trainer.GGUFInfo {
		return &trainer.GGUFInfo{Path: "adapter.gguf", Type: "adapter", AdapterType: "lora", Architecture: arch, Tensors: ts}
	}
	tests := []struct {
		name    string
		adapter *trainer.GGUFInfo
		wantErr string
	}{
		{"fits", adapter("llama", map[string][]uint64{
			"blk.0.attn_q.weight.lora_a": {64, 8}, "blk.0.attn_q.weight.lora_b": {8, 64},
			"blk.0.ffn_down.weight.lora_a": {128, 8}, "blk.0.ffn_down.weight.lora_b": {8, 64}}), ""},
		{"other architecture", adapter("qwen2", map[string][]uint64{"blk.0.attn_q.weight.lora_a": {64, 8}, "blk.0.attn_q.weight.lora_b": {8, 64}}), `architecture "qwen2"`},
		{"wrong input width", adapter("llama", map[string][]uint64{"blk.0.attn_q.weight.lora_a": {65, 8}, "blk.0.attn_q.weight.lora_b": {8, 64}}), "do not fit"},
		{"ranks disagree", adapter("llama", map[string][]uint64{"blk.0.attn_q.weight.lora_a": {64, 8}, "blk.0.attn_q.weight.lora_b": {4, 64}}), "do not fit"},
		{"tensor the base lacks", adapter("llama", map[string][]uint64{"blk.9.attn_q.weight.lora_a": {64, 8}, "blk.9.attn_q.weight.lora_b": {8, 64}}), "has no tensor blk.9.attn_q.weight"},
		{"half a pair", adapter("llama", map[string][]uint64{"blk.0.attn_q.weight.lora_a": {64, 8}}), "no matching lora_b"},
		{"empty", adapter("llama", map[string][]uint64{}), "no lora_a/lora_b"},
		{"not an adapter", &trainer.GGUFInfo{Path: "m.gguf", Architecture: "llama"}, "not a LoRA adapter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := trainer.CheckAdapter(base, tt.adapter)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func TestReadGGUFOfTheTinyModel(t *testing.T) {
	cfg := project(t, "unused")
	g, err := trainer.ReadGGUF(cfg.BaseGGUF)
	if err != nil {
		t.Fatal(err)
	}
	if g.Architecture != "llama" || g.TemplateKind() != trainer.TemplateChatML || len(g.Tensors) == 0 {
		t.Errorf("arch %q template %q, %d tensors", g.Architecture, g.TemplateKind(), len(g.Tensors))
	}
	if err := g.CheckBase(false); err != nil {
		t.Error(err)
	}
	if _, err := trainer.ReadGGUF(filepath.Join("testdata", "not-a-gguf.txt")); err == nil {
		t.Error("a text file was read as GGUF")
	}
}

// A base that Ollama serves only on its Go engine cannot take an adapter:
// the error names the architecture and the ones that work; --merge lifts it.
func TestCheckBaseGoEngineArchitecture(t *testing.T) {
	path := filepath.Join(t.TempDir(), "qwen3.gguf")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := make([]byte, 4*8)
	err = ggml.WriteGGUF(f, ggml.KV{"general.architecture": "qwen3", "general.alignment": uint32(32)},
		[]*ggml.Tensor{{Name: "token_embd.weight", Kind: uint32(ggml.TensorTypeF32), Shape: []uint64{8}, WriterTo: bytes.NewReader(w)}})
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	g, err := trainer.ReadGGUF(path)
	if err != nil {
		t.Fatal(err)
	}
	err = g.CheckBase(false)
	if err == nil || !strings.Contains(err.Error(), `"qwen3"`) || !strings.Contains(err.Error(), "llama, qwen2, gemma2, phi3") {
		t.Errorf("error %v", err)
	}
	if err := g.CheckBase(true); err != nil {
		t.Errorf("--merge: %v", err)
	}
	if _, err := trainer.ReadGGUF(filepath.Join("testdata", "not-a-gguf.txt")); err == nil {
		t.Error("a text file was read as GGUF")
	}
}

// ReadGGUF reads every field the trainer uses from files written by
// Ollama's own GGUF writer (an independent implementation): an adapter's
// type, LoRA alpha and tensor shapes, a base's file type (Q4_0 decides a
// llama-finetune flag), and it names a file that is not GGUF or is cut short.
func TestReadGGUFFields(t *testing.T) {
	write := func(name string, kv ggml.KV, tensors map[string][]uint64) string {
		t.Helper()
		path := filepath.Join(t.TempDir(), name)
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		var ts []*ggml.Tensor
		for _, n := range slices.Sorted(maps.Keys(tensors)) {
			size := uint64(4)
			for _, d := range tensors[n] {
				size *= d
			}
			ts = append(ts, &ggml.Tensor{Name: n, Kind: uint32(ggml.TensorTypeF32), Shape: tensors[n], WriterTo: bytes.NewReader(make([]byte, size))})
		}
		kv["general.alignment"] = uint32(32)
		err = ggml.WriteGGUF(f, kv, ts)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		return path
	}
	ad, err := trainer.ReadGGUF(write("a.gguf", ggml.KV{
		"general.architecture": "qwen2", "general.type": "adapter", "adapter.type": "lora",
		"adapter.lora.alpha": float32(16), "general.file_type": uint32(1),
	}, map[string][]uint64{"blk.0.attn_q.weight.lora_a": {8, 2}, "blk.0.attn_q.weight.lora_b": {2, 8}}))
	if err != nil {
		t.Fatal(err)
	}
	if ad.Type != "adapter" || ad.AdapterType != "lora" || ad.LoraAlpha != 16 || ad.Architecture != "qwen2" || ad.FileType != "" {
		t.Errorf("adapter read as %+v", ad)
	}
	if got := ad.Tensors["blk.0.attn_q.weight.lora_b"]; !slices.Equal(got, []uint64{2, 8}) || len(ad.Tensors) != 2 {
		t.Errorf("tensors %v", ad.Tensors)
	}
	base, err := trainer.ReadGGUF(write("b.gguf", ggml.KV{
		"general.architecture": "llama", "general.file_type": uint32(2), "tokenizer.chat_template": "<start_of_turn>user",
	}, map[string][]uint64{"blk.0.attn_q.weight": {8, 8}}))
	if err != nil {
		t.Fatal(err)
	}
	if base.FileType != "Q4_0" || base.Type != "" || base.TemplateKind() != trainer.TemplateGemma {
		t.Errorf("base read as %+v", base)
	}
	if err := trainer.CheckAdapter(base, ad); err == nil || !strings.Contains(err.Error(), `"qwen2"`) {
		t.Errorf("CheckAdapter across architectures: %v", err)
	}
	// Ollama's writer insists on an architecture; internal/gguf drops it.
	noArchPath := filepath.Join(t.TempDir(), "c.gguf")
	if _, err := gguf.Rewrite(write("c.gguf", ggml.KV{"general.architecture": "llama"}, map[string][]uint64{"t": {4}}), noArchPath,
		func(key string) bool { return key != "general.architecture" }); err != nil {
		t.Fatal(err)
	}
	noArch, err := trainer.ReadGGUF(noArchPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := noArch.CheckBase(false); err == nil || !strings.Contains(err.Error(), "no general.architecture") {
		t.Errorf("a GGUF without an architecture: %v", err)
	}

	whole, err := os.ReadFile(write("d.gguf", ggml.KV{"general.architecture": "llama"}, map[string][]uint64{"t": {64}}))
	if err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(t.TempDir(), "cut.gguf")
	if err := os.WriteFile(cut, whole[:40], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := trainer.ReadGGUF(cut); err == nil || !strings.Contains(err.Error(), "cut.gguf is not a readable GGUF file") {
		t.Errorf("a truncated GGUF: %v", err)
	}
	if _, err := trainer.ReadGGUF(filepath.Join("testdata", "not-a-gguf.txt")); err == nil || !strings.HasSuffix(err.Error(), "not-a-gguf.txt is not a GGUF file") {
		t.Errorf("a text file: %v", err)
	}
	if _, err := trainer.ReadGGUF(filepath.Join(t.TempDir(), "missing.gguf")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
}

// loss.png shows both curves and the best epoch in their colours, at the
// size asked; a diverged epoch is left out, not drawn as a spike.
func TestLossPNG(t *testing.T) {
	epochs := []trainer.EpochMetrics{
		{Epoch: 1, TrainLoss: 5.59, ValLoss: 5.592},
		{Epoch: 2, TrainLoss: 5.585, ValLoss: 5.588},
		{Epoch: 3, TrainLoss: 5.5801, ValLoss: 5.584},
		{Epoch: 4, TrainLoss: math.NaN(), ValLoss: math.Inf(1)},
	}
	b, err := trainer.LossPNG(epochs, 3, "domainyours v1")
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds().Dx() != 576 || img.Bounds().Dy() != 384 {
		t.Errorf("loss.png is %v, want 576×384", img.Bounds())
	}
	count := func(c color.RGBA) int {
		n := 0
		for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
			for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
				if color.RGBAModel.Convert(img.At(x, y)) == c {
					n++
				}
			}
		}
		return n
	}
	// Three points joined by lines over most of the width are hundreds of
	// pixels; the legend's swatches alone are a few dozen.
	for name, c := range map[string]color.RGBA{
		"train": {R: 31, G: 119, B: 180, A: 255}, "validation": {R: 255, G: 127, B: 14, A: 255}, "best": {R: 214, G: 39, B: 40, A: 255},
	} {
		want := 300
		if name == "best" {
			want = 150 // two dots of radius 5 points
		}
		if n := count(c); n < want {
			t.Errorf("%s: %d pixels in its colour, want at least %d", name, n, want)
		}
	}
	if _, err := trainer.LossPNG([]trainer.EpochMetrics{{Epoch: 1, TrainLoss: math.NaN(), ValLoss: math.NaN()}}, 0, "diverged"); err != nil {
		t.Errorf("a run with no finite loss: %v", err)
	}
}
