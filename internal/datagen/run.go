package datagen

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/journal"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llmcache"
)

// Limits, checked by the command before any call.
const (
	MaxRows        = 5000
	MaxBatchSize   = 10
	MaxConcurrency = 64
	MaxReasks      = 5
)

// Config is one generation run.
type Config struct {
	Client llmcache.Completer // *llm.Client
	// Cache answers repeated requests; nil means --no-cache.
	Cache *llmcache.Cache
	// Journal records finished batches; required.
	Journal     *journal.Journal
	Model       string
	Seed        int64
	Temperature float64
	BatchSize   int
	Concurrency int
	// Reasks bounds how many times invalid rows of a batch are asked again.
	Reasks int
	// Avoid names omitted topics in every request; Omitted drops rows that
	// mention them anyway.
	Avoid   []string
	Omitted keywordSet
	// Cost prices a call's usage; ok is false when the model has no price.
	Cost func(llm.Usage) (usd float64, ok bool)
	// MaxCostUSD and MaxTokens stop launching batches once the spend of the
	// run (earlier invocations' journaled batches included) reaches them;
	// 0 means no cap.
	MaxCostUSD float64
	MaxTokens  int64
	// Progress, when set, is called after every batch.
	Progress func(Progress)
}

// Progress is a snapshot for the progress bar.
type Progress struct {
	RowsDone, RowsTotal int
	Rejected            int
	CostUSD             float64
}

// Stop says why a run ended before every batch was done.
type Stop string

// Stops.
const (
	StopNone      Stop = ""
	StopMaxCost   Stop = "max_cost"
	StopMaxTokens Stop = "max_tokens"
	// StopUnusableReplies: some batches lost rows to replies that were not
	// JSON. Such batches are not journaled, so the same command asks for
	// them again.
	StopUnusableReplies Stop = "unusable_replies"
)

// batchRecord is what the journal keeps for a finished batch: enough to
// assemble the output without asking again.
type batchRecord struct {
	Slots    int                `json:"slots"`
	Rows     []generatedRow     `json:"rows"`
	Invalid  map[string]int     `json:"invalid,omitempty"`
	Dropped  map[string]int     `json:"dropped,omitempty"`
	Reasked  int                `json:"reasked"`
	Calls    int                `json:"calls"`
	Usage    llm.Usage          `json:"usage"`
	CostUSD  float64            `json:"cost_usd"`
	Priced   bool               `json:"priced"`
	Examples map[string]Example `json:"examples,omitempty"`
}

// generatedRow is an accepted row with the slot it fills.
type generatedRow struct {
	Slot        int           `json:"slot"`
	Description string        `json:"description"`
	Names       []string      `json:"names"`
	Label       dataset.Label `json:"label"`
	Category    string        `json:"category,omitempty"`
}

// Example is one invalid row kept for the meta file, so a reason can be
// understood without re-running.
type Example struct {
	Description string   `json:"description,omitempty"`
	Names       []string `json:"names,omitempty"`
}

func (g generatedRow) row() dataset.Row {
	return dataset.Row{Description: g.Description, Suggestions: g.Names, Label: g.Label, Category: g.Category}
}

// Outcome is what a run produced, in slot order.
type Outcome struct {
	Batches        []batchRecord // index = batch; zero Slots when not done
	Done           int           // batches finished
	Resumed        int           // batches read from the journal
	Unkept         int           // batches done but not journaled (see StopUnusableReplies)
	Stop           Stop
	SpentUSD       float64 // this invocation's real spend (cache hits excluded)
	SpentTokens    int64
	CacheHits      int
	Calls          int
	BatchesPlanned int
}

type runner struct {
	cfg   Config
	slots []Slot

	mu        sync.Mutex
	out       Outcome
	rowsDone  int
	rejected  int
	priorCost float64
	priorTok  int64
}

// Run generates rows for slots, batch by batch, with up to Concurrency
// batches in flight. Batches already in the journal are not asked again. It
// returns early, with what was done, when the context ends (err is the
// context's), an LLM error that retries cannot fix occurs (err is that
// error) or a spending cap is reached (Outcome.Stop says which).
func Run(ctx context.Context, cfg Config, slots []Slot) (Outcome, error) {
	if cfg.BatchSize < 1 || cfg.BatchSize > MaxBatchSize {
		return Outcome{}, fmt.Errorf("batch size %d is outside 1..%d", cfg.BatchSize, MaxBatchSize)
	}
	if cfg.Journal == nil || cfg.Client == nil {
		return Outcome{}, errors.New("datagen: Run needs a Client and a Journal")
	}
	cfg.Concurrency = max(1, cfg.Concurrency)
	if cfg.Cost == nil {
		cfg.Cost = func(llm.Usage) (float64, bool) { return 0, false }
	}
	nb := (len(slots) + cfg.BatchSize - 1) / cfg.BatchSize
	r := &runner{cfg: cfg, slots: slots}
	r.out.Batches = make([]batchRecord, nb)
	r.out.BatchesPlanned = nb

	// Finished batches first: they count toward the spend caps.
	var todo []int
	for b := range nb {
		var rec batchRecord
		ok, err := cfg.Journal.Get(batchKey(b), &rec)
		if err != nil {
			return r.out, err
		}
		if ok && rec.Slots == len(r.batchSlots(b)) {
			r.record(b, rec, true)
			continue
		}
		todo = append(todo, b)
	}
	r.report()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next := make(chan int)
	type done struct {
		b   int
		rec batchRecord
	}
	// One goroutine journals finished batches, so a worker starts its next
	// request without waiting for the fsyncs of every other worker.
	finished := make(chan done, cfg.Concurrency)
	var (
		wg, wgJournal sync.WaitGroup
		errOnce       sync.Once
		firstErr      error
	)
	fail := func(err error) { errOnce.Do(func() { firstErr = err; cancel() }) }
	wgJournal.Add(1)
	go func() {
		defer wgJournal.Done()
		for d := range finished {
			// A batch that lost rows to malformed replies is used in this
			// run's output but not journaled: an outage of bad content
			// (a proxy's HTML page, a broken model server) must not be
			// frozen into every later run.
			if d.rec.unusable() > 0 {
				r.record(d.b, d.rec, false)
				r.mu.Lock()
				r.out.Unkept++
				r.mu.Unlock()
				r.report()
				continue
			}
			if err := cfg.Journal.Put(batchKey(d.b), d.rec); err != nil {
				fail(err)
				continue
			}
			r.record(d.b, d.rec, false)
			r.report()
		}
	}()
	for range min(cfg.Concurrency, max(1, len(todo))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range next {
				// Checked again here: the feeder's check may be one batch
				// stale while it waited for a free worker.
				if stop := r.overBudget(); stop != StopNone {
					r.setStop(stop)
					continue
				}
				rec, err := r.batch(ctx, b)
				if err != nil {
					fail(err)
					continue
				}
				finished <- done{b, rec}
			}
		}()
	}
feed:
	for _, b := range todo {
		if stop := r.overBudget(); stop != StopNone {
			r.setStop(stop)
			break
		}
		select {
		case next <- b:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	close(finished)
	wgJournal.Wait()
	if r.out.Unkept > 0 && r.out.Stop == StopNone {
		r.out.Stop = StopUnusableReplies
	}
	if firstErr == nil && ctx.Err() != nil {
		firstErr = ctx.Err()
	}
	return r.out, firstErr
}

func (r *runner) setStop(s Stop) {
	r.mu.Lock()
	r.out.Stop = s
	r.mu.Unlock()
}

func batchKey(b int) string { return "batch/" + strconv.Itoa(b) }

func (r *runner) batchSlots(b int) []Slot {
	lo := b * r.cfg.BatchSize
	return r.slots[lo:min(len(r.slots), lo+r.cfg.BatchSize)]
}

func (r *runner) record(b int, rec batchRecord, resumed bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.out.Batches[b] = rec
	r.out.Done++
	r.rowsDone += rec.Slots
	for _, n := range rec.Dropped {
		r.rejected += n
	}
	if resumed {
		r.out.Resumed++
		r.priorCost += rec.CostUSD
		r.priorTok += int64(rec.Usage.PromptTokens + rec.Usage.CompletionTokens)
	}
}

func (r *runner) report() {
	if r.cfg.Progress == nil {
		return
	}
	r.mu.Lock()
	p := Progress{RowsDone: r.rowsDone, RowsTotal: len(r.slots), Rejected: r.rejected, CostUSD: r.priorCost + r.out.SpentUSD}
	r.mu.Unlock()
	r.cfg.Progress(p)
}

// overBudget compares the run's spend (earlier invocations included) with
// the caps. In-flight batches may pass a cap by at most their own cost.
func (r *runner) overBudget() Stop {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cfg.MaxCostUSD > 0 && r.priorCost+r.out.SpentUSD >= r.cfg.MaxCostUSD {
		return StopMaxCost
	}
	if r.cfg.MaxTokens > 0 && r.priorTok+r.out.SpentTokens >= r.cfg.MaxTokens {
		return StopMaxTokens
	}
	return StopNone
}

// call sends one request through the cache and accounts for it.
func (r *runner) call(ctx context.Context, req llm.Request, rec *batchRecord) (llm.Response, error) {
	resp, hit, err := r.cfg.Cache.Complete(ctx, r.cfg.Client, req, 0)
	rec.Calls++
	rec.Usage = rec.Usage.Add(resp.Usage)
	cost, priced := r.cfg.Cost(resp.Usage)
	rec.CostUSD += cost
	rec.Priced = rec.Priced || priced
	r.mu.Lock()
	r.out.Calls++
	if hit {
		r.out.CacheHits++
	} else {
		r.out.SpentUSD += cost
		r.out.SpentTokens += int64(resp.Usage.PromptTokens + resp.Usage.CompletionTokens)
	}
	r.mu.Unlock()
	return resp, err
}

// batch asks for the rows of batch b and re-asks for the invalid ones up to
// Reasks times. Replies that cannot be used at all (malformed, truncated,
// refused) count against every row they should have held.
func (r *runner) batch(ctx context.Context, b int) (batchRecord, error) {
	slots := r.batchSlots(b)
	rec := batchRecord{Slots: len(slots), Invalid: map[string]int{}, Dropped: map[string]int{}, Examples: map[string]Example{}}
	pending := slots
	last := map[int]string{} // slot index → latest reason
	for attempt := 0; attempt <= r.cfg.Reasks && len(pending) > 0; attempt++ {
		if attempt > 0 {
			rec.Reasked += len(pending)
		}
		resp, err := r.call(ctx, r.request(b, attempt, pending), &rec)
		var reply batchReply
		if err == nil {
			if jerr := json.Unmarshal(resp.JSON, &reply); jerr != nil || len(reply.Rows) != len(pending) {
				err = &llm.Error{Class: llm.Malformed, Message: "reply rows do not match the briefs"}
			}
		}
		if err != nil {
			reason := replyReason(err)
			if reason == "" {
				return rec, err
			}
			for _, s := range pending {
				rec.Invalid[reason]++
				last[s.Index] = reason
			}
			continue
		}
		var still []Slot
		for i, s := range pending {
			row, reason := validateRow(s, reply.Rows[i], r.cfg.Omitted)
			if reason != "" {
				rec.Invalid[reason]++
				last[s.Index] = reason
				if _, ok := rec.Examples[reason]; !ok {
					rec.Examples[reason] = Example{Description: clip(reply.Rows[i].Description, 300), Names: reply.Rows[i].Names}
				}
				still = append(still, s)
				continue
			}
			rec.Rows = append(rec.Rows, generatedRow{Slot: s.Index, Description: row.Description, Names: row.Suggestions, Label: row.Label, Category: row.Category})
		}
		pending = still
	}
	for _, s := range pending {
		rec.Dropped[last[s.Index]]++
	}
	return rec, nil
}

// unusable counts the slots the batch dropped because a whole reply was not
// the JSON asked for: the mark of an outage (a proxy's error page, a broken
// server), unlike a refusal or a cut at the token limit, which the same
// model and settings would repeat and are the run's honest result.
func (rec batchRecord) unusable() int {
	return rec.Dropped[ReasonReplyMalformed]
}

// replyReason maps an unusable reply to its invalid-row reason, or "" for
// errors that stop the run (unreachable, unauthorized, quota, cancelled...).
func replyReason(err error) string {
	switch llm.ClassOf(err) {
	case llm.Malformed:
		return ReasonReplyMalformed
	case llm.Truncated:
		return ReasonReplyTruncated
	case llm.Refusal:
		return ReasonReplyRefused
	}
	return ""
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
