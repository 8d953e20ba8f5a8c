package domain

import (
	"fmt"
	"strings"
)

// SetError lists every problem of a suggestion set at once, so a dataset row
// or a model reply can be reported completely in one message.
type SetError struct {
	Count      int         // names in the set
	Rejections []Rejection // one per offending name; a wrong count adds one with an empty Name
}

func (e *SetError) Error() string {
	parts := make([]string, 0, len(e.Rejections))
	for _, r := range e.Rejections {
		if r.Reason == ReasonWrongCount {
			parts = append(parts, r.Message)
			continue
		}
		parts = append(parts, r.Error())
	}
	return "invalid suggestion set: " + strings.Join(parts, "; ")
}

// Reasons returns the reason codes of the set's rejections, in order.
func (e *SetError) Reasons() []Reason {
	out := make([]Reason, len(e.Rejections))
	for i, r := range e.Rejections {
		out[i] = r.Reason
	}
	return out
}

// ValidateSet accepts exactly SetSize unique valid labels, or an empty set,
// which means the business was refused. Anything else returns a *SetError
// naming each offending name with its reason.
func ValidateSet(names []string) error {
	if len(names) == 0 {
		return nil
	}
	var errs []Rejection
	if len(names) != SetSize {
		errs = append(errs, Rejection{Reason: ReasonWrongCount,
			Message: fmt.Sprintf("has %d names; a set has exactly %d, or none for a refusal", len(names), SetSize)})
	}
	seen := make(map[string]bool, len(names))
	for _, n := range names {
		if rej := ValidateLabel(n); rej != nil {
			errs = append(errs, *rej)
			continue
		}
		if seen[n] {
			errs = append(errs, Rejection{Name: n, Reason: ReasonDuplicate, Message: "appears more than once"})
		}
		seen[n] = true
	}
	if len(errs) > 0 {
		return &SetError{Count: len(names), Rejections: errs}
	}
	return nil
}
