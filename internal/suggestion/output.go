package suggestion

import (
	"context"
	"encoding/json"
	"io"

	"github.com/domainyours/domainyours/internal/availability"
)

// Output is the JSON shape of one answer, shared by `suggest --json`, the
// batch JSON lines and serve's API, so a name looks the same wherever it is
// read. Line and Error are set only in batch mode.
type Output struct {
	Line        int          `json:"line,omitempty"`
	Description string       `json:"description"`
	Suggestions []OutputName `json:"suggestions"`
	Refused     bool         `json:"refused"`
	Category    string       `json:"category,omitempty"`
	Reason      string       `json:"reason,omitempty"`
	RefusedBy   string       `json:"refused_by,omitempty"`
	Backend     string       `json:"backend,omitempty"`
	Model       string       `json:"model,omitempty"`
	Dropped     int          `json:"dropped_invalid,omitempty"`
	ElapsedMS   float64      `json:"elapsed_ms"`
	// Shortfall is set when the description's constraints left fewer
	// names than asked (see Shortfall).
	Shortfall *Shortfall `json:"shortfall,omitempty"`
	// Search is set by an --available-only search (suggest) or "available_only" (serve).
	Search *AvailabilitySearch `json:"availability_search,omitempty"`
	Error  string              `json:"error,omitempty"`
}

// AvailabilitySearch says what a search for available names found, spent
// and why it stopped (availability.StopFound, StopBudget, ...).
type AvailabilitySearch struct {
	Found   int    `json:"found"`
	Wanted  int    `json:"wanted"`
	Checked int    `json:"checked"`
	Rounds  int    `json:"rounds"`
	Stop    string `json:"stop"`
}

// OutputName is one ranked name, with its full domains when TLDs were asked for.
type OutputName struct {
	Name       string   `json:"name"`
	Score      float64  `json:"score"`
	Confidence *float64 `json:"confidence,omitempty"`
	Domains    []string `json:"domains,omitempty"`
	// Availability has one answer per domain, in the order of Domains, when
	// availability was checked.
	Availability []availability.Result `json:"availability,omitempty"`
}

// NewOutput renders a Result. tlds must already be normalised
// (domain.NormalizeTLD): names and TLDs are both validated, so a domain is
// their plain concatenation.
func NewOutput(res Result, tlds []string) Output {
	o := Output{
		Description: res.Description, Refused: res.Refused, Category: res.Category, Reason: res.Reason,
		RefusedBy: res.RefusedBy, Backend: res.Backend, Model: res.Model, Dropped: len(res.Dropped),
		Shortfall: res.Shortfall, ElapsedMS: res.ElapsedMS, Suggestions: make([]OutputName, 0, len(res.Suggestions)),
	}
	for _, s := range res.Suggestions {
		n := OutputName{Name: s.Name, Score: round3(s.Score), Confidence: s.Confidence}
		for _, t := range tlds {
			n.Domains = append(n.Domains, s.Name+"."+t)
		}
		o.Suggestions = append(o.Suggestions, n)
	}
	return o
}

// CheckDomains fills in Availability for every domain of o with c; what is
// not known when ctx ends is unknown (set the deadline on ctx).
func (o *Output) CheckDomains(ctx context.Context, c *availability.Checker) {
	var domains []string
	for _, s := range o.Suggestions {
		domains = append(domains, s.Domains...)
	}
	results := c.Check(ctx, domains)
	for i := range o.Suggestions {
		n := len(o.Suggestions[i].Domains)
		o.Suggestions[i].Availability, results = results[:n], results[n:]
	}
}

func round3(f float64) float64 { return float64(int64(f*1000+0.5)) / 1000 }

// WriteJSON writes o as one line of JSON, with <, > and & as they are (a
// terminal or a JSON-lines file, not HTML, reads it).
func (o Output) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(o)
}
