package trainer

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/ollama/ollama/fs/ggml"
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
	kv           ggml.KV
}

// ReadGGUF reads the metadata and tensor table of a GGUF file (not the
// weights).
func ReadGGUF(path string) (info *GGUFInfo, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// A corrupt header can make the decoder index out of range; that is a
	// bad file, not a crash of the run.
	defer func() {
		if r := recover(); r != nil {
			info, err = nil, fmt.Errorf("%s is not a readable GGUF file (%v)", path, r)
		}
	}()
	g, err := ggml.Decode(f, 0)
	if err != nil {
		if errors.Is(err, ggml.ErrUnsupportedFormat) {
			return nil, fmt.Errorf("%s is not a GGUF file", path)
		}
		return nil, fmt.Errorf("%s is not a readable GGUF file: %w", path, err)
	}
	kv := g.KV()
	info = &GGUFInfo{
		Path:         path,
		Type:         kv.String("general.type"),
		Architecture: kv.Architecture(),
		ChatTemplate: kv.ChatTemplate(),
		AdapterType:  rawString(kv, "adapter.type"),
		LoraAlpha:    rawFloat(kv, "adapter.lora.alpha"),
		Tensors:      map[string][]uint64{},
		kv:           kv,
	}
	if ft := kv.FileType().String(); info.Type != "adapter" && ft != "unknown" {
		info.FileType = ft
	}
	for _, t := range g.Tensors().Items() {
		info.Tensors[t.Name] = t.Shape
	}
	return info, nil
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
	if !merge && g.kv.OllamaEngineRequired() {
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

// rawString and rawFloat read keys that KV's accessors would prefix with
// the architecture name (they do so for every key outside general.* and
// tokenizer.*), as adapters store them unprefixed.
func rawString(kv ggml.KV, key string) string {
	s, _ := kv[key].(string)
	return s
}

func rawFloat(kv ggml.KV, key string) float32 {
	f, _ := kv[key].(float32)
	return f
}
