package guard

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llmcache"
	"github.com/domainyours/domainyours/internal/safety"
)

// Moderator is OpenAI's moderation endpoint: *openai.Provider satisfies it.
type Moderator interface {
	Moderate(ctx context.Context, model, input string) (llm.Moderation, error)
}

// moderationCategory maps a moderation endpoint's category name to the
// policy's category.
func moderationCategory(name string) (safety.Category, bool) {
	for _, e := range moderationCategories {
		if e.name == name {
			return e.cat, true
		}
	}
	return "", false
}

// moderationCategories maps the endpoint's category names to the policy's
// (a table, not a map, so that no process builds it at start).
var moderationCategories = [...]struct {
	name string
	cat  safety.Category
}{
	{"sexual/minors", safety.SexualMinors},
	{"illicit/violent", safety.WeaponsTrafficking},
	{"violence", safety.ViolentExtremism},
	{"violence/graphic", safety.ViolentExtremism},
	{"illicit", safety.FraudScams},
	{"harassment", safety.StalkingHarassment},
	{"harassment/threatening", safety.StalkingHarassment},
	{"hate", safety.Hate},
	{"hate/threatening", safety.Hate},
	{"self-harm", safety.SelfHarm},
	{"self-harm/intent", safety.SelfHarm},
	{"self-harm/instructions", safety.SelfHarm},
	{"sexual", safety.AdultSexualContent},
}

// mapModeration picks, among the flagged categories, the policy category
// that comes first in safety.Categories (the most severe).
func mapModeration(m llm.Moderation) (safety.Category, bool) {
	best := -1
	for _, name := range m.Categories {
		c, ok := moderationCategory(name)
		if !ok {
			continue
		}
		for i, k := range safety.Categories {
			if k == c && (best < 0 || i < best) {
				best = i
			}
		}
	}
	if best < 0 {
		return "", false
	}
	return safety.Categories[best], true
}

// Moderation is the OpenAI guard: the moderation endpoint first, then, when
// a chat model is configured, the policy prompt (the endpoint knows nothing
// of piracy, pyramid schemes or essay mills).
type Moderation struct {
	name  string
	calls moderationCompleter
	cache *llmcache.Cache
	model string // moderation model; empty is the endpoint's default
	chat  *Chat  // nil: moderation only
}

// NewModeration returns the OpenAI guard. model is the moderation model
// (empty: the default); chat may be nil; cache may be nil.
func NewModeration(name string, m Moderator, cache *llmcache.Cache, model string, chat *Chat) *Moderation {
	return &Moderation{name: name, calls: moderationCompleter{m}, cache: cache, model: model, chat: chat}
}

// Name implements Guard.
func (g *Moderation) Name() string { return g.name }

// Check implements Guard.
func (g *Moderation) Check(ctx context.Context, description string) (Verdict, error) {
	// The request only carries the call through the cache: its key covers
	// the moderation model and the text.
	req := llm.Request{Model: g.model, Messages: []llm.Message{{Role: llm.RoleUser, Content: description}},
		ID: "moderation"}
	resp, hit, err := g.cache.Complete(ctx, g.calls, req, 0)
	if err != nil {
		return Verdict{}, fmt.Errorf("guard %s: %w", g.name, err)
	}
	var m llm.Moderation
	if err := json.Unmarshal(resp.JSON, &m); err != nil {
		return Verdict{}, fmt.Errorf("guard %s: cached moderation %s: %w", g.name, llm.Clip(string(resp.JSON)), err)
	}
	if m.Flagged {
		c, ok := mapModeration(m)
		if !ok {
			c = safety.FraudScams
		}
		return Verdict{Category: c, Reason: "Model guard (OpenAI moderation): flagged " +
			strings.Join(m.Categories, ", ") + ".", Cached: hit}, nil
	}
	if g.chat == nil {
		return Verdict{Appropriate: true, Cached: hit}, nil
	}
	v, err := g.chat.Check(ctx, description)
	v.Cached = v.Cached && hit
	return v, err
}

// moderationCompleter lets the moderation call go through llmcache: its
// reply is the Moderation as JSON.
type moderationCompleter struct{ m Moderator }

func (c moderationCompleter) Complete(ctx context.Context, req llm.Request) (llm.Response, error) {
	m, err := c.m.Moderate(ctx, req.Model, req.Messages[0].Content)
	if err != nil {
		return llm.Response{}, err
	}
	raw, err := json.Marshal(m)
	if err != nil {
		return llm.Response{}, err
	}
	return llm.Response{JSON: raw, Model: m.Model}, nil
}
