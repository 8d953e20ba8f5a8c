// Package evaluation runs a version of the name generator over the frozen test
// set, judges every answer (an LLM judge over any OpenAI-compatible server, or
// the offline heuristic judge), and turns the verdicts into honest metrics:
// quality with confidence intervals, deterministic name checks, safety
// confusion against the frozen labels, paired comparisons between versions,
// quality gates and the edge cases that generate-data feeds on.
//
// Honesty rules: a metric is computed only over rows that were scored; a
// generation or judge failure is counted as an error and excluded, never
// turned into a score of 0 or a default label.
package evaluation

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/domainyours/domainyours/internal/llm"
)

// Name categories a judge assigns (the seed project's set plus "generic").
var NameCategories = []string{"good", "ok", "random_word", "too_long", "generic", "inappropriate", "other_failure"}

// Criteria are the four 1-5 scores every judged name gets, in report order.
var Criteria = []string{"relevance", "creativity", "brandability", "conciseness"}

// Score bounds of every criterion.
const (
	MinScore = 1
	MaxScore = 5
)

// Input is one description with the names a version produced (none for a
// refusal). The judge never learns which version produced them.
type Input struct {
	Description string
	Names       []string
	// Repeat numbers deliberate re-judgements of the same row (--judge-repeats);
	// each repeat also presents the names in a different order.
	Repeat int
}

// NameScore is the judge's verdict on one name.
type NameScore struct {
	Name         string `json:"name"`
	Relevance    int    `json:"relevance"`
	Creativity   int    `json:"creativity"`
	Brandability int    `json:"brandability"`
	Conciseness  int    `json:"conciseness"`
	Category     string `json:"category"`
	Reason       string `json:"reason,omitempty"`
}

// Scores returns the four criteria in Criteria order.
func (n NameScore) Scores() [4]int {
	return [4]int{n.Relevance, n.Creativity, n.Brandability, n.Conciseness}
}

// Quality is the mean of the four criteria mapped from 1..5 onto 0..1.
func (n NameScore) Quality() float64 {
	s := n.Scores()
	return (float64(s[0]+s[1]+s[2]+s[3])/4 - MinScore) / (MaxScore - MinScore)
}

// Verdict is one judgement of one row. Names follow the order of
// Input.Names, whatever order the judge saw them in.
type Verdict struct {
	Appropriate bool        `json:"appropriate"`
	Reason      string      `json:"reason,omitempty"`
	Names       []NameScore `json:"names"`
	Usage       llm.Usage   `json:"usage"`
	Cached      bool        `json:"cached,omitempty"`
	// Batch marks a verdict made through the Batch API, paid at
	// BatchPriceFactor: a resumed run prices it so whatever mode it runs in.
	Batch bool `json:"batch,omitempty"`
}

// Quality is the mean name quality, and false for a verdict without names.
func (v Verdict) Quality() (float64, bool) {
	if len(v.Names) == 0 {
		return 0, false
	}
	var sum float64
	for _, n := range v.Names {
		sum += n.Quality()
	}
	return sum / float64(len(v.Names)), true
}

// Judge scores rows.
type Judge interface {
	// ID identifies the judge and everything that changes its verdicts
	// (model, rubric version); it is part of run journal keys.
	ID() string
	// Model names the judge model for manifests ("heuristic" for the
	// offline judge).
	Model() string
	Judge(ctx context.Context, in Input) (Verdict, error)
}

// shuffled returns a permutation of 0..n-1 that depends only on the
// description, the sorted names and the repeat index, so a re-run (and its
// cache key) is stable while the judge cannot learn the generator's ranking.
func shuffled(in Input) []int {
	sorted := slices.Clone(in.Names)
	slices.Sort(sorted)
	h := sha256.New()
	h.Write([]byte(in.Description))
	h.Write([]byte{0})
	h.Write([]byte(strings.Join(sorted, "\x00")))
	var rep [8]byte
	binary.LittleEndian.PutUint64(rep[:], uint64(in.Repeat))
	h.Write(rep[:])
	sum := h.Sum(nil)
	rng := rand.New(rand.NewPCG(binary.LittleEndian.Uint64(sum[:8]), binary.LittleEndian.Uint64(sum[8:16])))
	return rng.Perm(len(in.Names))
}
