package trainer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/prompt"
)

// MinRows is the smallest dataset train accepts: fewer leave no validation
// conversation after the trainer's 5% split.
const MinRows = 10

// ValidationRows is how many conversations llama-finetune-lora holds out: it
// trains on the first int(n × 0.95) (computed in float32) and validates on
// the rest, with no flag to change it.
func ValidationRows(n int) int {
	return n - int(float32(n)*float32(0.95))
}

// Split orders rows for the trainer: a seeded shuffle, with the held-out
// validation rows last, where the trainer's fixed split takes them from. It
// returns the training and validation parts.
func Split(rows []dataset.Row, seed int64) (train, val []dataset.Row) {
	out := append([]dataset.Row(nil), rows...)
	// Sort first so the split depends on the rows, not on file order quirks
	// such as a re-saved file with the same content.
	sort.SliceStable(out, func(i, j int) bool { return out[i].Description < out[j].Description })
	r := rand.New(rand.NewPCG(uint64(seed), 0x747261696e)) // "train"
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	nv := ValidationRows(len(out))
	return out[:len(out)-nv], out[len(out)-nv:]
}

// Leaks returns the training rows whose description is also in the test set,
// compared after trimming, case folding and removing invisible characters.
func Leaks(rows []dataset.Row, testDescriptions []string) []dataset.Row {
	test := make(map[string]bool, len(testDescriptions))
	for _, d := range testDescriptions {
		test[leakKey(d)] = true
	}
	var out []dataset.Row
	for _, r := range rows {
		if test[leakKey(r.Description)] {
			out = append(out, r)
		}
	}
	return out
}

func leakKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(domain.StripInvisible(s))), " ")
}

// conversation is one line of the trainer's JSONL file.
type conversation struct {
	Messages []llm.Message `json:"messages"`
}

// Conversation renders a row with the exact prompt suggest uses: the system
// prompt, the user message, then the reply the model should give.
func Conversation(r dataset.Row) []llm.Message {
	msgs := prompt.Messages(r.Description, domain.SetSize, nil)
	refusal := ""
	if r.Refusal() {
		refusal = r.Category
	}
	return append(msgs, llm.Message{Role: llm.RoleAssistant, Content: prompt.Assistant(r.Suggestions, refusal)})
}

// WriteJSONL writes one {"messages": [...]} object per row.
func WriteJSONL(w io.Writer, rows []dataset.Row) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(conversation{Messages: Conversation(r)}); err != nil {
			return fmt.Errorf("render line %d: %w", r.Line, err)
		}
	}
	return bw.Flush()
}

// CheckRefusals returns an error for a refusal row whose category the
// prompt's schema does not allow: the model would be taught an answer it can
// never give.
func CheckRefusals(rows []dataset.Row) error {
	allowed := map[string]bool{}
	for _, c := range prompt.Categories {
		allowed[c] = true
	}
	var bad []string
	for _, r := range rows {
		if r.Refusal() && !allowed[r.Category] {
			bad = append(bad, fmt.Sprintf("line %d: category %q", r.Line, r.Category))
		}
	}
	if len(bad) > 0 {
		if len(bad) > 5 {
			bad = append(bad[:5], fmt.Sprintf("and %d more", len(bad)-5))
		}
		return fmt.Errorf("refusal rows need one of the categories %s: %s", strings.Join(prompt.Categories, ", "), strings.Join(bad, "; "))
	}
	return nil
}

// WriteChatMLText renders rows as one plain ChatML text, the input of
// llama-finetune (which reads text, not conversations).
func WriteChatMLText(w io.Writer, rows []dataset.Row) error {
	bw := bufio.NewWriter(w)
	for _, r := range rows {
		for _, m := range Conversation(r) {
			fmt.Fprintf(bw, "<|im_start|>%s\n%s<|im_end|>\n", m.Role, m.Content)
		}
	}
	return bw.Flush()
}
