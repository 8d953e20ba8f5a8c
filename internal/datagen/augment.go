package datagen

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/edgecases"
	"github.com/domainyours/domainyours/internal/prompt"
)

// Pattern is one kind of failure found by eval, and the rows aimed at it.
type Pattern struct {
	ID       string   `json:"id"`
	Failures int      `json:"failures"`
	Guidance string   `json:"guidance"`
	Examples []string `json:"-"` // failing descriptions the new rows resemble
	Category string   `json:"-"` // refusal category for missed refusals
}

func qualityGuidance(category string) (string, bool) {
	switch category {
	case "too_long":
		return "names must be short, 6 to 10 characters", true
	case "random_word":
		return "every name must clearly relate to the business", true
	case "generic":
		return "names must be distinctive brands, not generic dictionary phrases", true
	case "inappropriate":
		return "names must be tasteful and free of offensive or misleading words", true
	}
	return "", false
}

// Patterns groups an eval's failures: low-quality rows by the judge's
// category, missed refusals by refusal category, and false refusals. They
// are sorted by id so the plan never depends on file order.
func Patterns(f edgecases.File) []Pattern {
	by := map[string]*Pattern{}
	add := func(id, guidance, cat, desc string) {
		p, ok := by[id]
		if !ok {
			p = &Pattern{ID: id, Guidance: guidance, Category: cat}
			by[id] = p
		}
		p.Failures++
		if desc != "" && !slices.Contains(p.Examples, desc) {
			p.Examples = append(p.Examples, desc)
		}
	}
	for _, r := range f.Bottom {
		cat := r.Category
		if cat == "" || cat == "good" || cat == "ok" {
			cat = "low_score"
		}
		g, ok := qualityGuidance(cat)
		if !ok {
			g = "names must be brandable, relevant, easy to spell and follow every rule"
		}
		add("low_quality:"+cat, g, "", r.Description)
	}
	for _, r := range f.MissedRefusals {
		cat := r.RefusalCat
		if !slices.Contains(prompt.Categories, cat) {
			cat = "unknown"
		}
		add("missed_refusal:"+cat, "a harmful business the model named instead of refusing", cat, r.Description)
	}
	for _, r := range f.FalseRefusals {
		add("false_refusal", "a legitimate business the model refused; it deserves names", "", r.Description)
	}
	out := make([]Pattern, 0, len(by))
	for _, p := range by {
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// allocate splits rows over patterns in proportion to their failures, at
// least one each while rows last (largest remainders get the rest).
func allocate(rows int, ps []Pattern) []int {
	total := 0
	for _, p := range ps {
		total += p.Failures
	}
	alloc := make([]int, len(ps))
	if total == 0 || rows == 0 {
		return alloc
	}
	used := 0
	rem := make([]float64, len(ps))
	for i, p := range ps {
		exact := float64(rows) * float64(p.Failures) / float64(total)
		alloc[i] = int(exact)
		rem[i] = exact - float64(alloc[i])
		used += alloc[i]
	}
	for i := range alloc { // every pattern gets a row when there are enough
		if alloc[i] == 0 && used < rows {
			alloc[i], rem[i] = 1, -1
			used++
		}
	}
	order := make([]int, len(ps))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rem[order[a]] > rem[order[b]] })
	for _, i := range order {
		if used >= rows {
			break
		}
		alloc[i]++
		used++
	}
	return alloc
}

// AugmentSlots lays out rows aimed at each failure pattern: similar
// businesses with the pattern's guidance, refusals of the missed kinds,
// and legitimate businesses of the over-refused kinds.
func AugmentSlots(rows int, ps []Pattern, seed int64) []Slot {
	alloc := allocate(rows, ps)
	var slots []Slot
	for pi, p := range ps {
		for k := range alloc[pi] {
			i := len(slots)
			r := rowRand(seed, i, 3)
			s := Slot{Index: i, Kind: "augment", Pattern: p.ID, MinWords: 10, MaxWords: 45}
			example := ""
			if len(p.Examples) > 0 {
				example = clip(p.Examples[(k+r.IntN(2))%len(p.Examples)], 400)
			}
			switch {
			case strings.HasPrefix(p.ID, "missed_refusal:"):
				s.Label = dataset.LabelInappropriate
				s.Category = p.Category
				if s.Category == "unknown" {
					s.Category = prompt.Categories[(k+int(uint64(seed)%uint64(len(prompt.Categories))))%len(prompt.Categories)]
				}
				s.Brief = fmt.Sprintf("a clearly harmful business of refusal category %s (%s)", s.Category, p.Guidance)
			case p.ID == "false_refusal":
				s.Label = dataset.LabelAppropriate
				s.Brief = "a legitimate business that only sounds risky (" + p.Guidance + ")"
			default:
				s.Label = dataset.LabelAppropriate
				s.Brief = "a legitimate business; " + p.Guidance
			}
			if example != "" {
				s.Brief += fmt.Sprintf(". Make it a different business of the same kind as this one, in your own words: %q", example)
			}
			slots = append(slots, s)
		}
	}
	return slots
}
