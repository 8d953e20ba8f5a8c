package evaluation

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"

	"github.com/domainyours/domainyours/internal/llm"
)

// LoadPrices reads a price table {"model": {"input": 0.15, "output": 0.6}}
// in USD per million tokens. An empty path means no prices: costs are then
// reported as unknown, never as zero.
func LoadPrices(path string) (map[string]llm.Price, error) {
	if path == "" {
		return nil, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw map[string]struct {
		Input  *float64 `json:"input"`
		Output *float64 `json:"output"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make(map[string]llm.Price, len(raw))
	for model, p := range raw {
		if p.Input == nil || p.Output == nil {
			return nil, fmt.Errorf("%s: model %q needs both input and output prices", path, model)
		}
		if *p.Input < 0 || *p.Output < 0 || math.IsNaN(*p.Input) || math.IsNaN(*p.Output) {
			return nil, fmt.Errorf("%s: model %q has a negative price", path, model)
		}
		out[model] = llm.Price{InputPerMTok: *p.Input, OutputPerMTok: *p.Output}
	}
	return out, nil
}
