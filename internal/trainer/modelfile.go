package trainer

import (
	"fmt"
	"sort"
	"strings"

	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/prompt"
)

// Ollama prompt templates (Go text/template) matching what the trainer
// rendered, so the model sees at inference exactly the format it learned.
const (
	ChatMLTemplate = `{{- range .Messages }}<|im_start|>{{ .Role }}
{{ .Content }}<|im_end|>
{{ end }}<|im_start|>assistant
`
	// ChatMLJinja is given to the trainer with --chat-template for bases
	// whose own template is neither ChatML nor Gemma.
	ChatMLJinja = `{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}`
)

// Modelfile renders the Modelfile equivalent of the registration, for
// people who want to recreate the model by hand with `ollama create`.
func Modelfile(from, adapter, template, system string, params map[string]any) string {
	var b strings.Builder
	fmt.Fprintf(&b, "FROM %s\n", from)
	if adapter != "" {
		fmt.Fprintf(&b, "ADAPTER %s\n", adapter)
	}
	if template != "" {
		fmt.Fprintf(&b, "TEMPLATE \"\"\"%s\"\"\"\n", template)
	}
	fmt.Fprintf(&b, "SYSTEM \"\"\"%s\"\"\"\n", system)
	for _, k := range sortedKeys(params) {
		switch v := params[k].(type) {
		case []string:
			for _, s := range v {
				fmt.Fprintf(&b, "PARAMETER %s %q\n", k, s)
			}
		default:
			fmt.Fprintf(&b, "PARAMETER %s %v\n", k, v)
		}
	}
	return b.String()
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// ollamaTemplate is the prompt template registered with the model: ChatML,
// written out, when the trainer used ChatML; for a Gemma base the base's own
// (inherited from a named model, detected from the GGUF otherwise).
func ollamaTemplate(kind string) string {
	if kind == TemplateGemma {
		return ""
	}
	return ChatMLTemplate
}

// modelParams are the PARAMETER lines of a registered model: the stop
// sequence of its template, and a context window the training context
// bounds from below.
func modelParams(template string, context int) map[string]any {
	stop := []string{"<|im_end|>"}
	if template == "" {
		stop = []string{"<end_of_turn>"}
	}
	// The training context bounds each conversation, not what serving
	// needs: a description longer than any trained one still has to fit,
	// so the window never drops below 2048 tokens.
	return map[string]any{"stop": stop, "num_ctx": max(context, 2048)}
}

// systemPrompt is the SYSTEM line of registered models: the suggest prompt
// for a set of names.
func systemPrompt() string { return prompt.System(domain.SetSize) }
