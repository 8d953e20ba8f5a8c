package datagen

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/prompt"
)

// PromptVersion identifies the generator prompt and batch schema; bump it on
// any change so caches and journals of older runs are not reused.
const PromptVersion = "datagen-v1"

// SchemaName is the batch schema's name on the wire.
const SchemaName = "dataset_rows"

const systemText = `You write training and test data for a model that suggests domain names for businesses.

You receive a numbered list of row briefs. Return JSON {"rows": [...]} with exactly one row per brief,
in the same order. Each row has:
- "description": a business description as its owner would type it, following the brief (industry,
  business type, tone, place, language) and its word range. Write each one fresh: no two rows may
  share wording, and never copy the brief's wording literally.
- "label": the label the brief asks for: "appropriate" or "inappropriate".
- "category": "" for appropriate rows; for inappropriate rows the refusal category the brief names,
  one of: %s.
- "names": for appropriate rows that ask for names, exactly %d domain names; otherwise [].

Domain names are second-level labels without a TLD: lowercase a-z, 0-9 and hyphens only, %d to %d
characters (ideally 6 to 12), no leading or trailing hyphen, no "--", not all digits. Make them
brandable, easy to say and spell, relevant, varied in style (compounds, blends, invented words,
place-based names) and distinct from each other and from names you used in earlier rows. Never use
other companies' trademarks. If a description states a naming constraint (no hyphens, at most N
characters, include a number, must include a word), every name must obey it.`

// system returns the generator's system prompt.
func system() string {
	return fmt.Sprintf(systemText, strings.Join(prompt.Categories, ", "), domain.SetSize, domain.MinLen, domain.MaxLen)
}

// batchSchema is the strict JSON schema of a reply with n rows. Names are
// not constrained by a pattern here: invalid names must reach the validator
// so they are counted by reason instead of silently shaped by a grammar.
func batchSchema(n int) *llm.Schema {
	cats := append([]string{""}, prompt.Categories...)
	row := map[string]any{
		"type": "object",
		"properties": map[string]any{
			"description": map[string]any{"type": "string"},
			"label":       map[string]any{"type": "string", "enum": []string{string(dataset.LabelAppropriate), string(dataset.LabelInappropriate)}},
			"category":    map[string]any{"type": "string", "enum": cats},
			"names":       map[string]any{"type": "array", "maxItems": domain.SetSize, "items": map[string]any{"type": "string"}},
		},
		"required":             []string{"description", "label", "category", "names"},
		"additionalProperties": false,
	}
	s := map[string]any{
		"type": "object",
		"properties": map[string]any{
			"rows": map[string]any{"type": "array", "minItems": n, "maxItems": n, "items": row},
		},
		"required":             []string{"rows"},
		"additionalProperties": false,
	}
	raw, _ := json.Marshal(s) // sorted map keys: stable bytes
	return &llm.Schema{Name: SchemaName, JSON: raw, Strict: true}
}

// PromptHash identifies the generator prompt and schema.
func PromptHash() string {
	h := sha256.New()
	h.Write([]byte(PromptVersion))
	h.Write([]byte(system()))
	h.Write(batchSchema(1).JSON)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// rowReply is one row as the LLM returns it.
type rowReply struct {
	Description string   `json:"description"`
	Label       string   `json:"label"`
	Category    string   `json:"category"`
	Names       []string `json:"names"`
}

type batchReply struct {
	Rows []rowReply `json:"rows"`
}

// userMessage lists the briefs of the pending slots. The request tag makes
// each (seed, batch, attempt) a distinct request, so a re-ask is a new cache
// key while an identical re-run hits the cache.
func userMessage(seed int64, batch, attempt int, avoid []string, slots []Slot) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Request %d-%d-%d. Write %d rows.\n", seed, batch, attempt, len(slots))
	if len(avoid) > 0 {
		fmt.Fprintf(&b, "Never write about these topics, not even in passing: %s.\n", strings.Join(avoid, ", "))
	}
	for i, s := range slots {
		fmt.Fprintf(&b, "\n%d. %s.", i+1, s.Brief)
		fmt.Fprintf(&b, " Description: %d to %d words.", s.MinWords, s.MaxWords)
		switch {
		case s.Label == dataset.LabelInappropriate:
			fmt.Fprintf(&b, " label inappropriate, category %s, names [].", s.Category)
		case s.NoNames:
			b.WriteString(" label appropriate, category \"\", names [].")
		default:
			fmt.Fprintf(&b, " label appropriate, category \"\", %d names.", domain.SetSize)
		}
	}
	if attempt > 0 {
		b.WriteString("\n\nEarlier answers to these briefs broke the rules; follow every rule exactly this time.")
	}
	return b.String()
}

// maxTokens leaves room for the longest descriptions the briefs allow.
func maxTokens(slots []Slot) int {
	n := 100
	for _, s := range slots {
		n += 120 + 2*s.MaxWords
	}
	return n
}

func (r *runner) request(batch, attempt int, slots []Slot) llm.Request {
	seed := r.cfg.Seed*1_000_003 + int64(batch)*31 + int64(attempt)
	temp := r.cfg.Temperature
	return llm.Request{
		Model:       r.cfg.Model,
		Messages:    []llm.Message{{Role: llm.RoleSystem, Content: system()}, {Role: llm.RoleUser, Content: userMessage(r.cfg.Seed, batch, attempt, r.cfg.Avoid, slots)}},
		Schema:      batchSchema(len(slots)),
		Temperature: &temp,
		Seed:        &seed,
		MaxTokens:   maxTokens(slots),
		ID:          fmt.Sprintf("batch-%d-attempt-%d", batch, attempt),
	}
}
