package guard

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/safety"
)

type classifier int

const (
	chatModel classifier = iota
	llamaGuard
	shieldGemma
)

// classifierOf recognises the safety classifiers whose reply format the
// guard reads natively; any other model gets the policy prompt and schema.
func classifierOf(model string) classifier {
	m := strings.ToLower(model)
	if i := strings.LastIndexByte(m, '/'); i >= 0 {
		m = m[i+1:]
	}
	switch {
	case strings.HasPrefix(m, "llama-guard"), strings.HasPrefix(m, "llamaguard"):
		return llamaGuard
	case strings.HasPrefix(m, "shieldgemma"):
		return shieldGemma
	}
	return chatModel
}

// decodeChat reads the policy schema's reply.
func decodeChat(raw json.RawMessage) (Verdict, error) {
	var r struct {
		Verdict string `json:"verdict"`
		Reason  string `json:"reason"`
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return Verdict{}, &llm.Error{Class: llm.Malformed, Message: fmt.Sprintf("the guard's reply %s is not a verdict: %v", llm.Clip(string(raw)), err),
			Hint: llm.DefaultHint(llm.Malformed)}
	}
	if r.Verdict == "allow" {
		return Verdict{Appropriate: true}, nil
	}
	c := safety.Category(r.Verdict)
	if !c.Valid() {
		return Verdict{}, &llm.Error{Class: llm.Malformed, Message: fmt.Sprintf("the guard answered the unknown verdict %q", r.Verdict),
			Hint: llm.DefaultHint(llm.Malformed)}
	}
	reason := strings.TrimSpace(r.Reason)
	if reason == "" {
		reason = "the model guard judged it " + string(c)
	}
	return Verdict{Category: c, Reason: "Model guard: " + reason}, nil
}

// llamaGuardCategory maps a Llama Guard 3 hazard code to the policy's
// category.
func llamaGuardCategory(code string) (safety.Category, bool) {
	for _, e := range llamaGuardCategories {
		if e.code == code {
			return e.cat, true
		}
	}
	return "", false
}

// llamaGuardCategories maps Llama Guard 3's hazard codes (MLCommons
// taxonomy) to the policy's categories. A table, not a map, so that no
// process builds it at start.
var llamaGuardCategories = [...]struct {
	code string
	cat  safety.Category
}{
	{"S1", safety.ViolentExtremism},    // violent crimes
	{"S2", safety.FraudScams},          // non-violent crimes
	{"S3", safety.AdultSexualContent},  // sex-related crimes
	{"S4", safety.SexualMinors},        // child sexual exploitation
	{"S5", safety.StalkingHarassment},  // defamation
	{"S6", safety.PredatoryFinance},    // specialized (financial, medical) advice
	{"S7", safety.StalkingHarassment},  // privacy
	{"S8", safety.CircumventionPiracy}, // intellectual property
	{"S9", safety.WeaponsTrafficking},  // indiscriminate weapons
	{"S10", safety.Hate},               // hate
	{"S11", safety.SelfHarm},           // suicide and self-harm
	{"S12", safety.AdultSexualContent}, // sexual content
	{"S13", safety.FraudScams},         // elections
	{"S14", safety.HackingMalware},     // code interpreter abuse
}

// parseLlamaGuard reads "safe" or "unsafe\nS4,S9".
func parseLlamaGuard(text string) (Verdict, error) {
	lines := strings.Fields(strings.ReplaceAll(strings.TrimSpace(text), ",", " "))
	if len(lines) > 0 && strings.EqualFold(lines[0], "safe") {
		return Verdict{Appropriate: true}, nil
	}
	if len(lines) > 0 && strings.EqualFold(lines[0], "unsafe") {
		for _, code := range lines[1:] {
			if c, ok := llamaGuardCategory(strings.ToUpper(code)); ok {
				return Verdict{Category: c, Reason: fmt.Sprintf("Model guard (Llama Guard %s): %s.", strings.ToUpper(code), c)}, nil
			}
		}
		return Verdict{}, &llm.Error{Class: llm.Malformed, Message: fmt.Sprintf("Llama Guard said unsafe without a known category: %q", llm.Clip(text)),
			Hint: llm.DefaultHint(llm.Malformed)}
	}
	return Verdict{}, &llm.Error{Class: llm.Malformed, Message: fmt.Sprintf("the reply %q is not Llama Guard's safe/unsafe format", llm.Clip(text)),
		Hint: "use a llama-guard3 model, or any chat model, which gets the policy prompt and schema instead"}
}

func (g *Chat) checkLlamaGuard(ctx context.Context, description string) (Verdict, error) {
	temp := 0.0
	req := llm.Request{Model: g.model, Messages: []llm.Message{{Role: llm.RoleUser,
		Content: "A business wants domain names. Its description: " + description}},
		Temperature: &temp, MaxTokens: 16}
	resp, hit, err := g.cache.Complete(ctx, g.client, req, 0)
	if err != nil {
		return Verdict{}, fmt.Errorf("guard %s: %w", g.name, err)
	}
	v, err := parseLlamaGuard(resp.Text)
	if err != nil {
		return Verdict{}, fmt.Errorf("guard %s: %w", g.name, err)
	}
	v.Cached = hit
	return v, nil
}

// shieldGemmaPrinciples are ShieldGemma's four harm types, each with the
// policy category its violation maps to.
var shieldGemmaPrinciples = []struct {
	principle string
	cat       safety.Category
}{
	{`"No Sexually Explicit Information": the business must not offer sexually explicit material or sexual services, and nothing sexual involving minors.`, safety.AdultSexualContent},
	{`"No Dangerous Content": the business must not sell or enable weapons, explosives, illegal drugs, malware, fraud or self-harm, or expose children to gambling, alcohol, tobacco or unsupervised danger.`, safety.WeaponsTrafficking},
	{`"No Harassment": the business must not track, film, dox, threaten or harass people.`, safety.StalkingHarassment},
	{`"No Hate Speech": the business must not promote hate or exclude people for who they are.`, safety.Hate},
}

// parseYesNo reads ShieldGemma's answer, which starts with Yes or No.
func parseYesNo(text string) (violates bool, err error) {
	t := strings.ToLower(strings.TrimSpace(text))
	switch {
	case strings.HasPrefix(t, "yes"):
		return true, nil
	case strings.HasPrefix(t, "no"):
		return false, nil
	}
	return false, &llm.Error{Class: llm.Malformed, Message: fmt.Sprintf("the reply %q does not start with Yes or No", llm.Clip(text)),
		Hint: "use a shieldgemma model, or any chat model, which gets the policy prompt and schema instead"}
}

func (g *Chat) checkShieldGemma(ctx context.Context, description string) (Verdict, error) {
	temp := 0.0
	all := true
	for _, p := range shieldGemmaPrinciples {
		prompt := "You are a policy expert trying to help determine whether a business description " +
			"violates the defined safety policies.\n\n<start_of_turn>\nBusiness description: " + description +
			"\n<end_of_turn>\n\nOur safety principle is defined below:\n\n* " + p.principle +
			"\n\nDoes the business description violate the above principle? Your answer must start " +
			"with 'Yes' or 'No'. And then walk through step by step to be sure we answer correctly."
		req := llm.Request{Model: g.model, Messages: []llm.Message{{Role: llm.RoleUser, Content: prompt}},
			Temperature: &temp, MaxTokens: 8}
		resp, hit, err := g.cache.Complete(ctx, g.client, req, 0)
		if err != nil {
			return Verdict{}, fmt.Errorf("guard %s: %w", g.name, err)
		}
		all = all && hit
		yes, err := parseYesNo(resp.Text)
		if err != nil {
			return Verdict{}, fmt.Errorf("guard %s: %w", g.name, err)
		}
		if yes {
			return Verdict{Category: p.cat, Reason: "Model guard (ShieldGemma): violates " +
				strings.SplitN(p.principle, ":", 2)[0] + ".", Cached: hit}, nil
		}
	}
	return Verdict{Appropriate: true, Cached: all}, nil
}
