// Package datagen is the generate-data pipeline: it asks an LLM for dataset
// rows in small batches laid out by an embedded topic plan, validates every
// row with the project's name and dataset rules, re-asks for invalid rows a
// bounded number of times, removes near-duplicates, and records each finished
// batch in a journal so an interrupted run resumes where it stopped.
package datagen

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/prompt"
)

//go:embed topics.json
var topicsJSON []byte

// Plan is the topic plan: industries × business types × tones × locations ×
// description lengths. Rows are spread over it so the data covers the space
// evenly instead of whatever the LLM likes to repeat.
type Plan struct {
	Industries []Industry `json:"industries"`
	Tones      []string   `json:"tones"`
	Locations  []string   `json:"locations"`
	Lengths    []Length   `json:"lengths"`
}

// Industry is one topic of the plan.
type Industry struct {
	ID    string   `json:"id"`
	Types []string `json:"types"`
	// HeldOut topics are usually omitted from training data so a test set
	// can measure how a model handles topics it never saw.
	HeldOut bool `json:"held_out,omitempty"`
	// Keywords identify a description about this topic; rows that mention
	// an omitted topic are dropped.
	Keywords []string `json:"keywords,omitempty"`
}

// Length is a description length band in words.
type Length struct {
	ID       string `json:"id"`
	MinWords int    `json:"min_words"`
	MaxWords int    `json:"max_words"`
}

// DefaultOmit are the topics left out of training data by default: the
// shipped test set probes exactly these.
var DefaultOmit = []string{"birds", "water-play", "hunting"}

// LoadPlan returns the embedded topic plan.
func LoadPlan() (Plan, error) {
	var p Plan
	if err := json.Unmarshal(topicsJSON, &p); err != nil {
		return Plan{}, fmt.Errorf("datagen: the embedded topics.json is broken (a build defect): %w", err)
	}
	for _, ind := range p.Industries {
		if ind.ID == "" || len(ind.Types) == 0 {
			return Plan{}, fmt.Errorf("datagen: topics.json has an industry without id or types: %+v", ind)
		}
	}
	if len(p.Tones) == 0 || len(p.Locations) == 0 || len(p.Lengths) == 0 {
		return Plan{}, errors.New("datagen: topics.json lacks tones, locations or lengths")
	}
	return p, nil
}

// Hash identifies the plan's content for meta files and journal keys.
func (p Plan) Hash() string {
	b, _ := json.Marshal(p)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])[:16]
}

// TopicIDs lists every industry id.
func (p Plan) TopicIDs() []string {
	ids := make([]string, len(p.Industries))
	for i, ind := range p.Industries {
		ids[i] = ind.ID
	}
	return ids
}

// Industry returns the industry with id.
func (p Plan) Industry(id string) (Industry, bool) {
	for _, ind := range p.Industries {
		if ind.ID == id {
			return ind, true
		}
	}
	return Industry{}, false
}

// CheckOmit reports an unknown topic id among omit.
func (p Plan) CheckOmit(omit []string) error {
	for _, id := range omit {
		if _, ok := p.Industry(id); !ok {
			return fmt.Errorf("unknown topic %q; topics are %s", id, strings.Join(p.TopicIDs(), ", "))
		}
	}
	return nil
}

// Slot is one row to be generated: what to ask for and what a valid answer
// must look like.
type Slot struct {
	Index    int           `json:"index"`
	Kind     string        `json:"kind"`
	Label    dataset.Label `json:"label"`
	Category string        `json:"category,omitempty"` // asked-for refusal category
	Brief    string        `json:"brief"`              // what the LLM is told about this row
	MinWords int           `json:"min_words"`
	MaxWords int           `json:"max_words"`
	// NoNames marks test-set rows, whose names column is always [].
	NoNames bool `json:"no_names,omitempty"`
	// NeedConstraint requires the description to state a naming constraint
	// that internal/constraint recognises.
	NeedConstraint bool `json:"need_constraint,omitempty"`
	// HeldOut allows the row to be about an omitted topic (test sets).
	HeldOut bool `json:"held_out,omitempty"`
	// Pattern is the augmentation failure pattern this row targets.
	Pattern string `json:"pattern,omitempty"`
}

// Slot kinds of base datasets.
const (
	KindBusiness = "business"
	KindRefusal  = "refusal"
)

// isRefusal reports whether the n-th row (0-based) of a run with the given
// refusal ratio is a refusal row. Refusals are spread through the file, one
// whenever the running total of ratio passes a whole number.
func isRefusal(n int, ratio float64) bool {
	return int(float64(n+1)*ratio+1e-9) > int(float64(n)*ratio+1e-9)
}

// rowRand is the random source of row n: a function of the seed and the
// row's index only, so a row's brief never depends on concurrency or on
// which batches an interrupted run had finished.
func rowRand(seed int64, n int, salt uint64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), uint64(n)<<8^salt))
}

// BaseSlots lays out rows for a base dataset. Industries are cycled in a
// seeded order so each gets an equal share; type, tone, place and length are
// drawn per row.
func (p Plan) BaseSlots(rows int, refusalRatio float64, omit []string, seed int64) []Slot {
	var inds []Industry
	for _, ind := range p.Industries {
		if !slices.Contains(omit, ind.ID) {
			inds = append(inds, ind)
		}
	}
	order := rand.New(rand.NewPCG(uint64(seed), 0x706c616e)).Perm(len(inds))
	cats := prompt.Categories
	slots := make([]Slot, 0, rows)
	named, refused := 0, 0
	for n := range rows {
		r := rowRand(seed, n, 1)
		length := p.Lengths[r.IntN(len(p.Lengths))]
		s := Slot{Index: n, MinWords: length.MinWords, MaxWords: length.MaxWords}
		if isRefusal(n, refusalRatio) {
			s.Kind, s.Label = KindRefusal, dataset.LabelInappropriate
			s.Category = cats[(refused+int(uint64(seed)%uint64(len(cats))))%len(cats)]
			s.Brief = fmt.Sprintf("a clearly harmful or illegal business of refusal category %s, written as its owner would describe it", s.Category)
			refused++
		} else {
			ind := inds[order[named%len(inds)]]
			typ := ind.Types[r.IntN(len(ind.Types))]
			tone := p.Tones[r.IntN(len(p.Tones))]
			loc := p.Locations[r.IntN(len(p.Locations))]
			s.Kind, s.Label = KindBusiness, dataset.LabelAppropriate
			s.Brief = fmt.Sprintf("a legitimate %s (industry: %s), tone %s", typ, ind.ID, tone)
			if loc != "" {
				s.Brief += ", located in " + loc
			}
			named++
		}
		slots = append(slots, s)
	}
	return slots
}

// keywordSet holds the keywords of omitted topics.
type keywordSet struct {
	words   map[string]string // word → topic
	phrases map[string]string // multi-word phrase → topic
}

func (p Plan) omittedKeywords(omit []string) keywordSet {
	ks := keywordSet{words: map[string]string{}, phrases: map[string]string{}}
	for _, id := range omit {
		ind, _ := p.Industry(id)
		for _, k := range ind.Keywords {
			if strings.Contains(k, " ") {
				ks.phrases[k] = id
			} else {
				ks.words[k] = id
			}
		}
	}
	return ks
}

// match returns the omitted topic a description is about, or "". Keywords
// match whole words (a trailing "s" allowed), so "kitchen" never matches
// "hen".
func (ks keywordSet) match(desc string) string {
	if len(ks.words) == 0 && len(ks.phrases) == 0 {
		return ""
	}
	norm := normalizeText(desc)
	for _, w := range strings.Fields(norm) {
		if t, ok := ks.words[w]; ok {
			return t
		}
		if t, ok := ks.words[strings.TrimSuffix(w, "s")]; ok {
			return t
		}
	}
	padded := " " + norm + " "
	for ph, t := range ks.phrases {
		if strings.Contains(padded, " "+ph+" ") || strings.Contains(padded, " "+ph+"s ") {
			return t
		}
	}
	return ""
}
