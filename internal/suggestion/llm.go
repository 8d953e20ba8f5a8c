package suggestion

import (
	"context"
	"math"
	"strings"

	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/prompt"
)

// DefaultTemperature balances variety and validity for name generation.
const DefaultTemperature = 0.7

// LLM is a backend over any internal/llm client (Ollama or an
// OpenAI-compatible server), using the shared prompt and reply schema.
type LLM struct {
	name     string
	client   *llm.Client
	model    string
	examples []prompt.Example // few-shot turns for base models; nil for fine-tuned ones
}

// NewLLM returns an LLM backend. name is what the user selected ("ollama",
// "openai"); examples are few-shot turns for models that were not fine-tuned.
func NewLLM(name string, client *llm.Client, model string, examples []prompt.Example) *LLM {
	return &LLM{name: name, client: client, model: model, examples: examples}
}

// Name implements Backend.
func (b *LLM) Name() string { return b.name }

// Model returns the model name.
func (b *LLM) Model() string { return b.model }

// Generate implements Backend.
func (b *LLM) Generate(ctx context.Context, req Request) (Reply, error) {
	temp := DefaultTemperature
	if req.Temperature != nil {
		temp = *req.Temperature
	}
	seed := req.Seed
	resp, err := b.client.Complete(ctx, llm.Request{
		Model:       b.model,
		Messages:    prompt.Messages(req.Description, req.Count, b.examples),
		Schema:      prompt.Schema(req.Count),
		Temperature: &temp,
		Seed:        &seed,
		LogProbs:    true,
	})
	if err != nil {
		return Reply{}, err
	}
	r, err := prompt.ParseReply(resp.JSON)
	if err != nil {
		return Reply{}, err
	}
	model := resp.Model
	if model == "" {
		model = b.model
	}
	if len(r.Domains) == 0 {
		reason := "the model refused to name this business"
		if r.Refusal == "" {
			reason = "the model returned no names and no refusal category"
		}
		return Reply{Refused: true, Category: r.Refusal, Reason: reason, Model: model}, nil
	}
	conf := nameConfidence(resp.Text, resp.LogProbs, r.Domains)
	cands := make([]Candidate, len(r.Domains))
	for i, n := range r.Domains {
		// The model lists its best name first; keep that order as the score.
		cands[i] = Candidate{Name: n, Score: 1 - float64(i)/float64(len(r.Domains)+1), Confidence: conf[i]}
	}
	return Reply{Candidates: cands, Model: model}, nil
}

// nameConfidence turns token log-probabilities into one confidence per name:
// the geometric-mean probability of the tokens that spell the name in the
// reply text. Without log-probabilities (or when the tokens do not line up
// with the text) the confidence is absent, never guessed.
func nameConfidence(text string, lps []llm.TokenLogProb, names []string) []*float64 {
	out := make([]*float64, len(names))
	if len(lps) == 0 {
		return out
	}
	// Rebuild the text from tokens, remembering where each token starts.
	var sb strings.Builder
	starts := make([]int, len(lps))
	for i, t := range lps {
		starts[i] = sb.Len()
		sb.WriteString(t.Token)
	}
	rebuilt := sb.String()
	if rebuilt != text && !strings.HasPrefix(rebuilt, text) && !strings.HasPrefix(text, rebuilt) {
		return out
	}
	from := 0
	for i, n := range names {
		q := `"` + n + `"`
		at := strings.Index(rebuilt[from:], q)
		if at < 0 {
			continue
		}
		lo, hi := from+at+1, from+at+1+len(n)
		from = hi
		sum, k := 0.0, 0
		for j, t := range lps {
			s, e := starts[j], starts[j]+len(t.Token)
			if e > lo && s < hi {
				sum += t.LogProb
				k++
			}
		}
		if k > 0 {
			c := math.Exp(sum / float64(k))
			out[i] = &c
		}
	}
	return out
}
