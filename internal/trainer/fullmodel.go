package trainer

import (
	"fmt"

	"github.com/domainyours/domainyours/internal/gguf"
)

// CleanFullModel writes out as a copy of the model llama-finetune saved with
// the base's metadata keys only: llama-finetune saves every hyperparameter
// its loader knows, among them <arch>.pooling_type, which makes Ollama treat
// the model as an embedding model and refuse chat, and softcapping values
// the base never had. Keys the base lacks are dropped, and pooling_type
// always (a chat model has none); values of the kept keys and the tensors
// are the trained model's, byte for byte. It returns the dropped keys.
func CleanFullModel(base, model, out string) ([]string, error) {
	b, err := gguf.Read(base)
	if err != nil {
		return nil, err
	}
	arch := architecture(b)
	keep := map[string]bool{}
	for _, k := range b.Keys() {
		keep[k] = true
	}
	delete(keep, arch+".pooling_type")
	m, err := gguf.Read(model)
	if err != nil {
		return nil, err
	}
	if a := architecture(m); a != arch {
		return nil, fmt.Errorf("%s is a %q model, the base is %q", model, a, arch)
	}
	return gguf.Rewrite(model, out, func(k string) bool { return keep[k] })
}

func architecture(f *gguf.File) string {
	kv, _ := f.Get("general.architecture")
	s, _ := kv.String()
	return s
}
