package datagen

import (
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/domainyours/domainyours/internal/constraint"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/prompt"
	"github.com/domainyours/domainyours/internal/safety"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// MaxDescriptionChars bounds a generated description: what suggest accepts,
// so every row can be asked of the model as it is.
const MaxDescriptionChars = suggestion.MaxDescriptionChars

// Reasons a generated row is invalid. They are stable keys of the meta file.
const (
	ReasonEmptyDescription = "empty_description"
	ReasonTooShort         = "description_too_short"
	ReasonTooLong          = "description_too_long"
	ReasonLabelMismatch    = "label_mismatch"
	ReasonBadCategory      = "bad_category"
	ReasonNamesOnRefusal   = "names_on_refusal"
	ReasonNamesOnTestRow   = "names_on_test_row"
	ReasonWrongCount       = "wrong_count"
	ReasonDuplicateName    = "duplicate_name"
	ReasonInvalidName      = "invalid_name" // suffixed with ":<domain reason>"
	ReasonConstraint       = "constraint_violation"
	ReasonNoConstraint     = "constraint_missing"
	ReasonOmittedTopic     = "omitted_topic"
	ReasonSafety           = "safety_disagrees"
	ReasonFormula          = "formula_cell"
	// Whole replies that could not be used count once per row they held.
	ReasonReplyMalformed = "reply_malformed"
	ReasonReplyTruncated = "reply_truncated"
	ReasonReplyRefused   = "reply_refused"
)

// validateRow checks one generated row against its slot and the project's
// rules (internal/domain for names, internal/dataset for the row shape). It
// returns the row to keep, or the reason it is invalid.
func validateRow(s Slot, rr rowReply, omitted keywordSet) (dataset.Row, string) {
	desc := strings.TrimSpace(domain.StripInvisible(rr.Description))
	desc = strings.Join(strings.Fields(desc), " ") // one line, single spaces: CSV-friendly
	if desc == "" {
		return dataset.Row{}, ReasonEmptyDescription
	}
	if dataset.IsFormula(desc) {
		return dataset.Row{}, ReasonFormula
	}
	words := len(strings.Fields(desc))
	if utf8.RuneCountInString(desc) > MaxDescriptionChars || words > 2*s.MaxWords {
		return dataset.Row{}, ReasonTooLong
	}
	// Scripts without spaces (Japanese) have few "words"; count characters.
	if words < s.MinWords/2 && utf8.RuneCountInString(desc) < 3*s.MinWords {
		return dataset.Row{}, ReasonTooShort
	}
	if dataset.Label(rr.Label) != s.Label {
		return dataset.Row{}, ReasonLabelMismatch
	}
	row := dataset.Row{Description: desc, Label: s.Label}
	if s.Label == dataset.LabelInappropriate {
		if !slices.Contains(prompt.Categories, rr.Category) {
			return dataset.Row{}, ReasonBadCategory
		}
		if len(rr.Names) > 0 {
			return dataset.Row{}, ReasonNamesOnRefusal
		}
		row.Category = rr.Category
	} else if rr.Category != "" {
		return dataset.Row{}, ReasonBadCategory
	}
	if s.NoNames && len(rr.Names) > 0 {
		return dataset.Row{}, ReasonNamesOnTestRow
	}
	if s.Label == dataset.LabelAppropriate && !s.NoNames {
		names := make([]string, len(rr.Names))
		for i, n := range rr.Names {
			names[i] = strings.TrimSpace(n)
		}
		if len(names) == 0 {
			return dataset.Row{}, ReasonWrongCount
		}
		if err := domain.ValidateSet(names); err != nil {
			var se *domain.SetError
			if errors.As(err, &se) {
				switch r := se.Rejections[0].Reason; r {
				case domain.ReasonWrongCount:
					return dataset.Row{}, ReasonWrongCount
				case domain.ReasonDuplicate:
					return dataset.Row{}, ReasonDuplicateName
				default:
					return dataset.Row{}, ReasonInvalidName + ":" + string(r)
				}
			}
			return dataset.Row{}, ReasonInvalidName
		}
		c := constraint.Parse(desc)
		for _, n := range names {
			// Rows that show marks would teach the model to suggest them.
			if domain.MarkIn(n, c.Asked()) != "" {
				return dataset.Row{}, ReasonInvalidName + ":" + string(domain.ReasonMark)
			}
		}
		if !c.IsZero() {
			for _, n := range names {
				if len(c.Check(n)) > 0 {
					return dataset.Row{}, ReasonConstraint
				}
			}
		}
		row.Suggestions = names
	}
	if s.NeedConstraint && constraint.Parse(desc).IsZero() {
		return dataset.Row{}, ReasonNoConstraint
	}
	if !s.HeldOut && omitted.match(desc) != "" {
		return dataset.Row{}, ReasonOmittedTopic
	}
	// Training rows must not teach the model the opposite of the local
	// guardrail; test rows are the ruler and keep their frozen label.
	if !s.NoNames && s.Label == dataset.LabelAppropriate && !safety.Classify(desc).Appropriate {
		return dataset.Row{}, ReasonSafety
	}
	return row, ""
}
