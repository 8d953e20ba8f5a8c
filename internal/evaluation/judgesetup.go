package evaluation

import (
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/domainyours/domainyours/internal/batch"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/journal"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llmcache"
	"github.com/domainyours/domainyours/internal/workspace"
)

// Judge kinds of `eval --judge`.
const (
	JudgeHeuristic = "heuristic"
	JudgeOpenAI    = "openai"
)

// BatchAPI is the Batch API client the batch judge needs
// (*openai.BatchClient), and BatchProgress what it reports.
type (
	BatchAPI      = batch.API
	BatchProgress = batch.Progress
)

// JudgeOptions say which judge to build. The command supplies the clients
// (the factory knows the endpoints); everything else is decided here.
type JudgeOptions struct {
	Kind        string // JudgeHeuristic or JudgeOpenAI
	Model       string
	Temperature float64
	Concurrency int
	NoCache     bool // no verdict cache (new verdicts are not stored either)
	Batch       bool // judge through the Batch API
	PricesFile  string
	Layout      workspace.Layout // cache folder, judge cache and batch journal

	// Client builds the LLM client of the openai judge and returns the
	// endpoint's id (cache key, manifest; it holds no secret).
	Client func(llm.Config) (*llm.Client, string, error)
	// BatchAPI builds the Batch API client (Batch only).
	BatchAPI func() (BatchAPI, error)
	Logger   *slog.Logger
	// OnBatch receives the Batch API's progress (Batch only).
	OnBatch func(BatchProgress)
}

// JudgeSetup is the judge with what the summary reports about it. Close it.
type JudgeSetup struct {
	Kind     string
	Judge    Judge
	Endpoint string // empty for the heuristic judge

	llm      *LLMJudge // nil for the heuristic judge
	batch    *BatchLLMJudge
	batchJnl *journal.Journal
	prices   map[string]llm.Price
	cache    *llmcache.Cache
	cacheAt  string
}

// OpenJudge builds the judge: the offline heuristic, or the LLM judge with
// its verdict cache and, with Batch, its Batch API journal.
func OpenJudge(o JudgeOptions) (*JudgeSetup, error) {
	if o.Kind == JudgeHeuristic {
		return &JudgeSetup{Kind: o.Kind, Judge: HeuristicJudge{}}, nil
	}
	prices, err := llm.LoadPrices(o.PricesFile)
	if err != nil {
		return nil, exitcode.New(exitcode.Usage, fmt.Errorf("DOMAINYOURS_PRICES: %w", err), `write {"model": {"input": 0.15, "output": 0.6}} (USD per million tokens)`)
	}
	c, id, err := o.Client(llm.Config{Concurrency: o.Concurrency, Prices: prices, AttemptTimeout: 2 * time.Minute, TotalTimeout: 5 * time.Minute})
	if err != nil {
		return nil, err
	}
	js := &JudgeSetup{Kind: o.Kind, Endpoint: id, prices: prices}
	if !o.NoCache {
		if err := os.MkdirAll(o.Layout.Cache, 0o755); err != nil {
			return nil, exitcode.New(exitcode.Usage, fmt.Errorf("creating DOMAINYOURS_CACHE_DIR: %w", err), "point DOMAINYOURS_CACHE_DIR at a writable folder, or use --no-cache")
		}
		cache, err := llmcache.Open(o.Layout.JudgeCache(), id)
		if err != nil {
			return nil, exitcode.New(exitcode.Failure, err, "move the cache file aside, or use --no-cache")
		}
		js.cache, js.cacheAt = cache, o.Layout.JudgeCache()
	}
	js.llm = NewLLMJudge(c, js.cache, o.Model, o.Temperature)
	js.Judge = js.llm
	if o.Batch {
		api, err := o.BatchAPI()
		if err != nil {
			js.Close()
			return nil, err
		}
		if err := os.MkdirAll(o.Layout.Cache, 0o755); err != nil {
			js.Close()
			return nil, exitcode.New(exitcode.Usage, fmt.Errorf("creating DOMAINYOURS_CACHE_DIR: %w", err), "point DOMAINYOURS_CACHE_DIR at a writable folder")
		}
		jr, err := journal.Open(o.Layout.JudgeBatchJournal())
		if err != nil {
			js.Close()
			return nil, exitcode.New(exitcode.Failure, err, "move the batch journal aside to submit afresh")
		}
		js.batchJnl = jr
		js.batch = NewBatchJudge(js.llm, api, batch.Options{Journal: jr, Logger: o.Logger,
			Metadata: map[string]string{"purpose": "domainyours eval judge"}, OnProgress: o.OnBatch})
		js.Judge = js.batch
	}
	return js, nil
}

// Close releases the verdict cache and the batch journal.
func (js *JudgeSetup) Close() {
	if js.cache != nil {
		js.cache.Close()
	}
	if js.batchJnl != nil {
		js.batchJnl.Close()
	}
}

// batchJudge returns the batch judge, or nil (an untyped nil interface)
// when judging live.
func (js *JudgeSetup) batchJudge() BatchJudge {
	if js.batch == nil {
		return nil
	}
	return js.batch
}

// costSoFar is the live judge's spend for progress lines: 0 offline, -1
// when a model has no price.
func (js *JudgeSetup) costSoFar() float64 {
	if js.llm == nil {
		return 0
	}
	u := js.llm.Usage()
	if !u.CostKnown() {
		return -1
	}
	return u.CostUSD
}

// BatchPriceFactor is the Batch API's discount on live prices.
const BatchPriceFactor = 0.5

// Spend is what judging cost: offline, live calls with cache hits, or the
// Batch API's usage at BatchPriceFactor of the live price. prior is what
// earlier invocations paid for the rows this one resumed from the journal
// (as generate-data counts its journaled batches): it is added, each part at
// the price of the mode it was made in (live or batch, whatever this run's
// mode), so an interrupted and resumed eval reports what the whole
// evaluation cost. Calls that failed or were abandoned in earlier
// invocations left no row behind and are not in it.
func (js *JudgeSetup) Spend(prior JudgeUsage) Spend {
	var sp Spend
	switch {
	case js.batch != nil:
		sum := js.batch.BatchSummary()
		sp = Spend{Mode: "batch", Calls: sum.Succeeded + sum.Failed, Failed: sum.Failed, Attempts: sum.Succeeded + sum.Failed + sum.Requeued,
			PromptTokens: int64(sum.Usage.PromptTokens), CompletionTokens: int64(sum.Usage.CompletionTokens), BatchRequeued: sum.Requeued}
		if p, ok := js.prices[js.llm.Model()]; ok {
			sp.CostUSD, sp.CostKnown = p.Cost(sum.Usage)*BatchPriceFactor, true
		} else if sp.PromptTokens == 0 && sp.CompletionTokens == 0 {
			sp.CostKnown = true
		}
	case js.llm != nil:
		usage := js.llm.Usage()
		sp = Spend{Mode: "live", Calls: usage.Calls, Failed: usage.Failed, Attempts: usage.Attempts, PromptTokens: usage.PromptTokens,
			CompletionTokens: usage.CompletionTokens, CostUSD: usage.CostUSD, CostKnown: usage.CostKnown()}
		sp.CacheHits, sp.CacheMisses = js.cache.Stats()
	default:
		return Spend{Mode: "offline", CostKnown: true}
	}
	if prior.Calls > 0 {
		sp.EarlierCalls = prior.Calls
		sp.Calls += prior.Calls
		sp.Attempts += prior.Calls
		sp.PromptTokens += prior.PromptTokens
		sp.CompletionTokens += prior.CompletionTokens
		batched := llm.Usage{PromptTokens: int(prior.BatchPromptTokens), CompletionTokens: int(prior.BatchCompletionTokens)}
		live := llm.Usage{PromptTokens: int(prior.PromptTokens - prior.BatchPromptTokens), CompletionTokens: int(prior.CompletionTokens - prior.BatchCompletionTokens)}
		if p, ok := js.prices[js.llm.Model()]; ok {
			sp.CostUSD += p.Cost(live) + p.Cost(batched)*BatchPriceFactor
		} else if live != (llm.Usage{}) || batched != (llm.Usage{}) {
			sp.CostKnown = false
		}
	}
	return sp
}
