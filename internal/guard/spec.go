package guard

import (
	"fmt"
	"strings"
)

// Spec is a parsed --guard value (or DOMAINYOURS_GUARD).
type Spec struct {
	// Kind is "builtin" (the local rules only), "ollama" or "openai".
	Kind string
	// Model is the Ollama model, or for openai the chat model that gets the
	// policy prompt after the moderation endpoint (empty: moderation only).
	Model string
}

// Builtin reports the default: no model guard after the local rules.
func (s Spec) Builtin() bool { return s.Kind == "builtin" }

func (s Spec) String() string {
	if s.Model == "" {
		return s.Kind
	}
	return s.Kind + ":" + s.Model
}

// ParseSpec reads builtin, ollama:<model>, openai or openai:<chat-model>.
func ParseSpec(v string) (Spec, error) {
	kind, model, _ := strings.Cut(strings.TrimSpace(v), ":")
	model = strings.TrimSpace(model)
	switch strings.ToLower(kind) {
	case "", "builtin", "none":
		if model != "" {
			break
		}
		return Spec{Kind: "builtin"}, nil
	case "ollama":
		if model == "" {
			return Spec{}, fmt.Errorf("guard %q names no model; use ollama:<model>, for example ollama:llama-guard3", v)
		}
		return Spec{Kind: "ollama", Model: model}, nil
	case "openai":
		return Spec{Kind: "openai", Model: model}, nil
	}
	return Spec{}, fmt.Errorf("guard %q is not one of builtin, ollama:<model>, openai or openai:<chat-model>", v)
}
