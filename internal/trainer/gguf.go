package trainer

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/domainyours/domainyours/internal/gguf"
)

// Template kinds the trainer recognises assistant spans in.
const (
	TemplateChatML = "chatml"
	TemplateGemma  = "gemma"
	TemplateOther  = "other"
)

// AdapterArchitectures are the architectures whose LoRA adapters Ollama
// v0.17.4 applies (on its llama.cpp runner); listed in errors.
var AdapterArchitectures = []string{"llama", "qwen2", "gemma2", "phi3"}

// GGUFInfo is what train needs to know about a GGUF file.
type GGUFInfo struct {
	Path         string
	Type         string // general.type: "model" (or empty) for bases, "adapter" for LoRA
	Architecture string
	ChatTemplate string
	AdapterType  string  // adapter.type
	LoraAlpha    float32 // adapter.lora.alpha
	FileType     string
	Tensors      map[string][]uint64 // name → shape, innermost dimension first
}

// ReadGGUF reads the metadata and tensor table of a GGUF file (not the
// weights) with internal/gguf, which checks every length against the file
// before it allocates.
func ReadGGUF(path string) (*GGUFInfo, error) {
	g, err := gguf.Read(path)
	if err != nil {
		// gguf.Read prefixes its format errors with the path.
		inner := errors.Unwrap(err)
		switch {
		case !errors.Is(err, gguf.ErrFormat) || inner == nil:
			return nil, err
		case inner == gguf.ErrFormat: //nolint:errorlint // the bare sentinel (a bad magic), not one wrapping it
			return nil, fmt.Errorf("%s is not a GGUF file", path)
		}
		return nil, fmt.Errorf("%s is not a readable GGUF file: %w", path, inner)
	}
	str := func(key string) string {
		kv, _ := g.Get(key)
		s, _ := kv.String()
		return s
	}
	info := &GGUFInfo{
		Path:         path,
		Type:         str("general.type"),
		Architecture: str("general.architecture"),
		ChatTemplate: str("tokenizer.chat_template"),
		AdapterType:  str("adapter.type"),
		Tensors:      make(map[string][]uint64, len(g.Tensors)),
	}
	if kv, ok := g.Get("adapter.lora.alpha"); ok && kv.Type == gguf.TypeFloat32 {
		f, _ := kv.Float()
		info.LoraAlpha = float32(f)
	}
	if kv, ok := g.Get("general.file_type"); ok && info.Type != "adapter" {
		if t, ok := kv.Uint(); ok && t < uint64(len(fileTypes)) {
			info.FileType = fileTypes[t]
		}
	}
	for _, t := range g.Tensors {
		info.Tensors[t.Name] = t.Dims
	}
	return info, nil
}

// fileTypes names llama.cpp's llama_ftype values (general.file_type) as
// Ollama and llama.cpp print them; "" for the ones retired or unnamed.
var fileTypes = [...]string{
	0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 4: "MXFP4", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1",
	10: "Q2_K", 11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M",
	16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K", 21: "Q2_K_S", 32: "BF16",
}

// goEngineOnly are the architectures Ollama v0.17.4 serves only on its Go
// engine, which applies no LoRA adapter (fs/ggml's KV.OllamaEngineRequired).
var goEngineOnly = []string{
	"bert", "deepseek2", "deepseekocr", "gemma3", "gemma3n", "gptoss", "gpt-oss", "llama4",
	"mistral3", "mllama", "nemotron_h", "nemotron_h_moe", "nomic-bert", "olmo3", "qwen25vl",
	"qwen3", "qwen3moe", "qwen35", "qwen35moe", "qwen3next", "qwen3vl", "qwen3vlmoe",
	"glm4moelite", "glmocr", "lfm2", "lfm2moe",
}

// TemplateKind says whether the chat template is ChatML, Gemma or neither;
// the trainer finds assistant spans only in the first two.
func (g *GGUFInfo) TemplateKind() string {
	switch {
	case strings.Contains(g.ChatTemplate, "<|im_start|>"):
		return TemplateChatML
	case strings.Contains(g.ChatTemplate, "<start_of_turn>"):
		return TemplateGemma
	}
	return TemplateOther
}

// CheckBase refuses a base whose adapters Ollama cannot apply: Ollama serves
// some architectures only on its Go engine, which has no LoRA support.
// merge is true when the adapter will be merged into the weights instead.
func (g *GGUFInfo) CheckBase(merge bool) error {
	if g.Type == "adapter" {
		return fmt.Errorf("%s is a LoRA adapter, not a base model", g.Path)
	}
	if g.Architecture == "" {
		return fmt.Errorf("%s has no general.architecture; it is not a model GGUF", g.Path)
	}
	if !merge && slices.Contains(goEngineOnly, g.Architecture) {
		return fmt.Errorf("base architecture %q runs only on Ollama's Go engine, which does not apply LoRA adapters; adapters work for %s",
			g.Architecture, strings.Join(AdapterArchitectures, ", "))
	}
	return nil
}

// CheckAdapter verifies that adapter fits base the way llama.cpp checks it
// when loading: same architecture, every pair of lora_a/lora_b tensors
// belongs to a base tensor, a's input width and b's output width match the
// base weight, and the two ranks agree. Ollama accepts a mismatched adapter
// at create and crashes the runner at the first request, so this runs first.
func CheckAdapter(base, adapter *GGUFInfo) error {
	if adapter.Type != "adapter" || adapter.AdapterType != "lora" {
		return fmt.Errorf("%s is not a LoRA adapter (general.type=%q, adapter.type=%q)", adapter.Path, adapter.Type, adapter.AdapterType)
	}
	if adapter.Architecture != base.Architecture {
		return fmt.Errorf("adapter %s is for architecture %q, the base %s is %q", adapter.Path, adapter.Architecture, base.Path, base.Architecture)
	}
	var problems []string
	pairs := 0
	names := make([]string, 0, len(adapter.Tensors))
	for n := range adapter.Tensors {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if strings.HasSuffix(n, ".lora_b") {
			if _, ok := adapter.Tensors[strings.TrimSuffix(n, ".lora_b")+".lora_a"]; !ok {
				problems = append(problems, n+" has no matching lora_a")
			}
			continue
		}
		w, ok := strings.CutSuffix(n, ".lora_a")
		if !ok {
			problems = append(problems, n+" is not a lora_a/lora_b tensor")
			continue
		}
		a := adapter.Tensors[n]
		b, ok := adapter.Tensors[w+".lora_b"]
		if !ok {
			problems = append(problems, n+" has no matching lora_b")
			continue
		}
		ws, ok := base.Tensors[w]
		if !ok {
			problems = append(problems, fmt.Sprintf("%s: the base has no tensor %s", n, w))
			continue
		}
		pairs++
		if len(a) < 2 || len(b) < 2 || len(ws) < 2 {
			problems = append(problems, fmt.Sprintf("%s: not a matrix (a %v, b %v, base %v)", w, a, b, ws))
			continue
		}
		if a[0] != ws[0] || b[1] != ws[1] || a[1] != b[0] {
			problems = append(problems, fmt.Sprintf("%s: shapes a %v, b %v do not fit the base's %v", w, a, b, ws))
		}
	}
	if len(problems) > 0 {
		more := ""
		if len(problems) > 3 {
			more = fmt.Sprintf(" (and %d more)", len(problems)-3)
			problems = problems[:3]
		}
		return fmt.Errorf("adapter %s does not fit base %s: %s%s", adapter.Path, base.Path, strings.Join(problems, "; "), more)
	}
	if pairs == 0 {
		return fmt.Errorf("adapter %s holds no lora_a/lora_b tensors", adapter.Path)
	}
	return nil
}
