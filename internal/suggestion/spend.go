package suggestion

import (
	"fmt"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/llm"
)

// LoadCapPrices reads the price table (DOMAINYOURS_PRICES; "" means none)
// and checks that a --max-cost cap (maxCostUSD > 0) has the price of
// model: without it the cap could never be reached, so the run is refused
// before any call. generate-data and suggest --file share it.
func LoadCapPrices(pricesPath, model string, maxCostUSD float64) (map[string]llm.Price, error) {
	var prices map[string]llm.Price
	if pricesPath != "" {
		p, err := llm.LoadPrices(pricesPath)
		if err != nil {
			return nil, exitcode.New(exitcode.Usage, err, "fix the file named by DOMAINYOURS_PRICES")
		}
		prices = p
	}
	if _, ok := prices[model]; maxCostUSD > 0 && !ok {
		return nil, exitcode.Usagef(fmt.Sprintf(`add {"%s": {"input": <USD per 1M tokens>, "output": <...>}} to the JSON file named by DOMAINYOURS_PRICES, or cap tokens with --max-tokens`, model),
			"--max-cost needs the price of model %q, and the price table has none", model)
	}
	return prices, nil
}

// SpendCap stops a batch from calling its model once what the model's
// client has spent (every attempt of every call, as the server reported
// it) reaches a cap. 0 means no cap.
type SpendCap struct {
	MaxCostUSD float64
	MaxTokens  int64
	price      llm.Price
	spent      func() llm.RunUsage
}

// NewSpendCap is the cap of a batch on s's backend, or nil when there is
// none: no cap given, or a backend that calls no model (builtin spends
// nothing). --max-cost needs the model's price in the table at pricesPath
// (LoadCapPrices). The naming model's calls are counted; a model --guard's
// are not.
func (s *Service) NewSpendCap(maxCostUSD float64, maxTokens int64, pricesPath string) (*SpendCap, error) {
	b, ok := s.backend.(*LLM)
	if !ok || (maxCostUSD <= 0 && maxTokens <= 0) {
		return nil, nil
	}
	prices, err := LoadCapPrices(pricesPath, b.model, maxCostUSD)
	if err != nil {
		return nil, err
	}
	return &SpendCap{MaxCostUSD: maxCostUSD, MaxTokens: maxTokens, price: prices[b.model], spent: b.client.Usage}, nil
}

// reached names the flag of the cap the spend so far has reached, or "".
func (c *SpendCap) reached() string {
	if c == nil {
		return ""
	}
	u := c.spent()
	cost := c.price.Cost(llm.Usage{PromptTokens: int(u.PromptTokens), CompletionTokens: int(u.CompletionTokens)})
	switch {
	case c.MaxCostUSD > 0 && cost >= c.MaxCostUSD:
		return "--max-cost"
	case c.MaxTokens > 0 && u.PromptTokens+u.CompletionTokens >= c.MaxTokens:
		return "--max-tokens"
	}
	return ""
}

// notAttempted is the error of a batch record the cap stopped.
func notAttempted(flag string, c *SpendCap) string {
	limit := fmt.Sprintf("$%g", c.MaxCostUSD)
	if flag == "--max-tokens" {
		limit = fmt.Sprintf("%d tokens", c.MaxTokens)
	}
	return fmt.Sprintf("not attempted: the %s cap (%s) was reached before this row; raise it and run this row again", flag, limit)
}
