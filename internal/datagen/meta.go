package datagen

import (
	"fmt"
	"sort"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/llm"
)

// Meta is the dataset_vN.meta.json (or test_set.meta.json) file: how the
// output was made and what happened to every requested row.
type Meta struct {
	SchemaVersion int    `json:"schema_version"`
	Kind          Kind   `json:"kind"`
	Version       string `json:"version,omitempty"`
	From          string `json:"from,omitempty"`
	AugmentFrom   string `json:"augment_from,omitempty"`
	Complete      bool   `json:"complete"`
	StoppedBy     Stop   `json:"stopped_by,omitempty"`
	Command       string `json:"command"`

	Backend       string   `json:"backend"`
	Endpoint      string   `json:"endpoint"`
	Model         string   `json:"model"`
	Seed          int64    `json:"seed"`
	Temperature   float64  `json:"temperature"`
	BatchSize     int      `json:"batch_size"`
	Reasks        int      `json:"reasks"`
	PromptVersion string   `json:"prompt_version"`
	PromptHash    string   `json:"prompt_hash"`
	TopicPlan     PlanMeta `json:"topic_plan"`
	OmittedTopics []string `json:"omitted_topics"`
	RefusalRatio  float64  `json:"refusal_ratio,omitempty"`

	Counts   Counts        `json:"counts"`
	Usage    UsageMeta     `json:"usage"`
	Patterns []PatternMeta `json:"patterns,omitempty"`
	Output   OutputMeta    `json:"output"`
	// ThisRun describes the invocation that wrote the file; it is the only
	// part that differs between an uninterrupted run and a resumed one.
	ThisRun RunMeta `json:"this_run"`
}

// PlanMeta describes the topic plan used.
type PlanMeta struct {
	Hash       string   `json:"hash"`
	Industries []string `json:"industries"`
	Tones      []string `json:"tones"`
	Locations  []string `json:"locations"`
	Lengths    []Length `json:"lengths"`
}

// Counts accounts for every requested row:
// requested = accepted + dropped, written = base + accepted - removed.
type Counts struct {
	Requested int            `json:"rows_requested"`
	Accepted  int            `json:"rows_accepted"`
	Written   int            `json:"rows_written"`
	Base      int            `json:"rows_from_base,omitempty"`
	New       int            `json:"rows_new"`
	Refusals  int            `json:"refusal_rows_new"`
	ByKind    map[string]int `json:"new_rows_by_kind"`
	// Invalid counts every invalid row received, re-asked ones included.
	Invalid map[string]int `json:"invalid_rows_by_reason"`
	Reasked int            `json:"rows_reasked"`
	// Dropped counts requested rows given up after the re-asks, by the
	// reason of their last attempt; they were never written.
	Dropped        map[string]int     `json:"dropped_rows_by_reason"`
	Removed        map[string]int     `json:"removed_rows_by_reason"`
	InvalidExample map[string]Example `json:"invalid_examples,omitempty"`
	NotRun         int                `json:"rows_not_run"`
	// TestSetOverlap is the number of written training rows that are
	// near-duplicates of a test-set row: it must be 0.
	TestSetOverlap *int   `json:"test_set_overlap,omitempty"`
	TestSetSHA256  string `json:"test_set_sha256,omitempty"`
	DupThreshold   string `json:"near_duplicate_rule"`
}

// UsageMeta sums the tokens and cost of the calls behind the output.
type UsageMeta struct {
	Calls            int     `json:"calls"`
	PromptTokens     int     `json:"prompt_tokens"`
	CompletionTokens int     `json:"completion_tokens"`
	CostUSD          float64 `json:"cost_usd"`
	CostKnown        bool    `json:"cost_known"`
}

// PatternMeta reports one augmentation pattern.
type PatternMeta struct {
	ID        string `json:"id"`
	Failures  int    `json:"failures"`
	Guidance  string `json:"guidance"`
	Requested int    `json:"rows_requested"`
	Added     int    `json:"rows_added"`
	Example   string `json:"example,omitempty"`
}

// OutputMeta describes the written file.
type OutputMeta struct {
	Path          string         `json:"path"`
	SHA256        string         `json:"sha256,omitempty"`
	Rows          int            `json:"rows"`
	Appropriate   int            `json:"appropriate"`
	Inappropriate int            `json:"inappropriate"`
	ByCategory    map[string]int `json:"inappropriate_by_category"`
}

// RunMeta is about one invocation.
type RunMeta struct {
	Calls          int     `json:"calls"`
	CacheHits      int     `json:"cache_hits"`
	ResumedBatches int     `json:"resumed_batches"`
	SpentUSD       float64 `json:"spent_usd"`
	Journal        string  `json:"journal"`
}

func (p *Prepared) meta(out Outcome, a assembled, jpath string) Meta {
	s := p.Spec
	omit := append([]string{}, s.Omit...)
	m := Meta{
		SchemaVersion: 1, Kind: s.Kind, Version: s.Version, From: s.From, AugmentFrom: s.AugmentFrom,
		Complete: out.Done == out.BatchesPlanned && out.Unkept == 0, StoppedBy: out.Stop, Command: s.Command,
		Backend: s.Backend, Endpoint: s.Endpoint, Model: s.Model, Seed: s.Seed, Temperature: s.Temperature,
		BatchSize: s.BatchSize, Reasks: s.Reasks, PromptVersion: PromptVersion, PromptHash: PromptHash(),
		TopicPlan: PlanMeta{Hash: p.Plan.Hash(), Industries: p.Plan.TopicIDs(), Tones: p.Plan.Tones,
			Locations: p.Plan.Locations, Lengths: p.Plan.Lengths},
		OmittedTopics: omit,
		ThisRun: RunMeta{Calls: out.Calls, CacheHits: out.CacheHits, ResumedBatches: out.Resumed,
			SpentUSD: round6(out.SpentUSD), Journal: jpath},
	}
	if s.Kind == KindDataset {
		m.RefusalRatio = s.RefusalRatio
	}
	c := Counts{Requested: len(p.Slots), Base: len(p.Base), ByKind: map[string]int{}, Invalid: map[string]int{},
		Dropped: map[string]int{}, Removed: a.Removed, InvalidExample: map[string]Example{},
		DupThreshold: fmt.Sprintf("Jaccard similarity of character %d-gram shingles >= %.2f", shingleSize, NearDupThreshold)}
	u := UsageMeta{CostKnown: true}
	for b, rec := range out.Batches {
		if rec.Slots == 0 {
			c.NotRun += len(p.slotsOfBatch(b))
			continue
		}
		c.Accepted += len(rec.Rows)
		c.Reasked += rec.Reasked
		for k, v := range rec.Invalid {
			c.Invalid[k] += v
		}
		for k, v := range rec.Dropped {
			c.Dropped[k] += v
		}
		for k, v := range rec.Examples {
			if _, ok := c.InvalidExample[k]; !ok {
				c.InvalidExample[k] = v
			}
		}
		u.Calls += rec.Calls
		u.PromptTokens += rec.Usage.PromptTokens
		u.CompletionTokens += rec.Usage.CompletionTokens
		u.CostUSD += rec.CostUSD
		if rec.Usage != (llm.Usage{}) && !rec.Priced {
			u.CostKnown = false
		}
	}
	u.CostUSD = round6(u.CostUSD)
	m.Usage = u
	c.Written, c.New = len(a.Rows), len(a.New)
	for i, r := range a.New {
		c.ByKind[p.Slots[a.NewSlots[i]].Kind]++
		if r.Refusal() {
			c.Refusals++
		}
	}
	if s.Kind != KindTestSet && p.TestRows != nil {
		n := overlap(a.Rows, p.TestRows)
		c.TestSetOverlap = &n
		c.TestSetSHA256 = p.TestSHA
	}
	m.Counts = c
	o := OutputMeta{Path: p.Output, Rows: len(a.Rows), ByCategory: map[string]int{}}
	for _, r := range a.Rows {
		if r.Label == dataset.LabelInappropriate {
			o.Inappropriate++
			o.ByCategory[r.Category]++
		} else {
			o.Appropriate++
		}
	}
	m.Output = o
	if len(p.Patterns) > 0 {
		requested := map[string]int{}
		for _, sl := range p.Slots {
			requested[sl.Pattern]++
		}
		added := map[string]int{}
		example := map[string]string{}
		for i, r := range a.New {
			pat := p.Slots[a.NewSlots[i]].Pattern
			added[pat]++
			if _, ok := example[pat]; !ok {
				example[pat] = r.Description
			}
		}
		for _, pt := range p.Patterns {
			m.Patterns = append(m.Patterns, PatternMeta{ID: pt.ID, Failures: pt.Failures, Guidance: pt.Guidance,
				Requested: requested[pt.ID], Added: added[pt.ID], Example: example[pt.ID]})
		}
		sort.Slice(m.Patterns, func(i, j int) bool { return m.Patterns[i].ID < m.Patterns[j].ID })
	}
	return m
}

func (p *Prepared) slotsOfBatch(b int) []Slot {
	lo := b * p.Spec.BatchSize
	return p.Slots[lo:min(len(p.Slots), lo+p.Spec.BatchSize)]
}

func round6(f float64) float64 { return float64(int64(f*1e6+0.5)) / 1e6 }
