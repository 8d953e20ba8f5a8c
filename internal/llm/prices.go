package llm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
)

// LoadPrices reads a price table (DOMAINYOURS_PRICES: the JSON itself, or
// the path of a file holding it): model name →
// USD per million input and output tokens, e.g.
// {"gpt-4o-mini": {"input": 0.15, "output": 0.6}}. An empty path means no
// prices, so costs are reported as unknown, never as zero. Unknown fields and
// negative or non-finite prices are errors: a typo must not turn into a free
// model and an unbounded spending cap.
func LoadPrices(path string) (map[string]Price, error) {
	if path == "" {
		return nil, nil
	}
	var b []byte
	if trimmed := strings.TrimSpace(path); strings.HasPrefix(trimmed, "{") {
		// Inline JSON: no file name can start with "{" in practice, and a
		// value that does is clearly meant as the table.
		b, path = []byte(trimmed), "DOMAINYOURS_PRICES"
	} else {
		var err error
		if b, err = os.ReadFile(path); err != nil {
			return nil, fmt.Errorf("reading the price table (DOMAINYOURS_PRICES): %w", err)
		}
	}
	var raw map[string]struct {
		Input  *float64 `json:"input"`
		Output *float64 `json:"output"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("price table %s: %w; expected {\"model\": {\"input\": 0.15, \"output\": 0.6}}", path, err)
	}
	prices := make(map[string]Price, len(raw))
	for model, p := range raw {
		if p.Input == nil || p.Output == nil {
			return nil, fmt.Errorf("price table %s: model %q needs both \"input\" and \"output\" (USD per million tokens)", path, model)
		}
		for _, v := range []float64{*p.Input, *p.Output} {
			if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("price table %s: model %q has an invalid price %v", path, model, v)
			}
		}
		prices[model] = Price{InputPerMTok: *p.Input, OutputPerMTok: *p.Output}
	}
	return prices, nil
}
