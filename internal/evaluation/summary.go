package evaluation

import "time"

// Manifest records what a run measured and with what, so its numbers can be
// reproduced and compared.
type Manifest struct {
	StartedAt        time.Time     `json:"started_at"`
	FinishedAt       time.Time     `json:"finished_at"`
	Build            string        `json:"build"`
	TestSet          string        `json:"test_set"`
	TestSetSHA256    string        `json:"test_set_sha256"`
	TestRows         int           `json:"test_rows"`
	TestRejected     int           `json:"test_rows_rejected"`
	Judge            string        `json:"judge"`
	JudgeModel       string        `json:"judge_model"`
	JudgeEndpoint    string        `json:"judge_endpoint,omitempty"`
	RubricHash       string        `json:"rubric_hash"`
	JudgeRepeats     int           `json:"judge_repeats"`
	JudgeTemperature float64       `json:"judge_temperature"`
	PromptVersion    string        `json:"prompt_version"`
	PromptHash       string        `json:"prompt_hash"`
	Seed             int64         `json:"seed"`
	Temperature      float64       `json:"temperature"`
	Concurrency      int           `json:"concurrency"`
	Cache            string        `json:"cache"` // cache file, or "disabled"
	Versions         []VersionInfo `json:"versions"`
	Bootstrap        Bootstrap     `json:"bootstrap"`
	// McNemar is McNemarDefinition: what every comparison's McNemar tests.
	McNemar string `json:"mcnemar"`
	// Command is the command line of the run, as the caller passed it.
	Command string `json:"command,omitempty"`
}

// VersionInfo says how one version was produced and how its run ended.
type VersionInfo struct {
	Version string `json:"version"`
	Backend string `json:"backend,omitempty"`
	Note    string `json:"note,omitempty"`
	Status  string `json:"status"` // ok, failed, stopped, imported
	Error   string `json:"error,omitempty"`
	Resumed int    `json:"rows_resumed,omitempty"`
	Elapsed string `json:"elapsed,omitempty"`
	Results string `json:"results_csv,omitempty"`
	Edge    string `json:"edge_cases,omitempty"`
}

// Bootstrap records the resampling settings.
type Bootstrap struct {
	Level     float64 `json:"level"`
	Resamples int     `json:"resamples"`
	Seed      uint64  `json:"seed"`
}

// DefaultBootstrap is what every metric uses.
var DefaultBootstrap = Bootstrap{Level: Level, Resamples: Resamples, Seed: StatSeed}

// Spend is what the judge cost.
type Spend struct {
	Mode          string `json:"mode"` // live, batch (half price) or offline
	BatchRequeued int    `json:"batch_requeued,omitempty"`
	Calls         int    `json:"calls"`
	// EarlierCalls is the part of Calls made by earlier invocations for
	// the rows this one resumed from the journal.
	EarlierCalls     int     `json:"calls_in_earlier_runs"`
	Failed           int     `json:"failed"`
	Attempts         int     `json:"attempts"`
	PromptTokens     int64   `json:"prompt_tokens"`
	CompletionTokens int64   `json:"completion_tokens"`
	CostUSD          float64 `json:"cost_usd"`
	CostKnown        bool    `json:"cost_known"`
	CacheHits        int64   `json:"cache_hits"`
	CacheMisses      int64   `json:"cache_misses"`
}

// RunSummary is the JSON summary of an eval invocation (--json prints it).
type RunSummary struct {
	Manifest     Manifest  `json:"manifest"`
	Summaries    []Summary `json:"summaries"`
	Comparisons  []Pair    `json:"comparisons"`
	GateFailures []string  `json:"gate_failures"`
	Spend        Spend     `json:"judge_spend"`
}
