package evaluation

import (
	"context"
	"errors"
	"sync"

	"github.com/domainyours/domainyours/internal/batch"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llmcache"
)

// BatchLLMJudge sends the LLM judge's requests through the OpenAI Batch API
// (half the price, no rate-limit pressure): exactly the requests a live run
// sends, joined back by custom_id, with expired and failed items submitted
// again by internal/batch.
type BatchLLMJudge struct {
	*LLMJudge
	api  batch.API
	opts batch.Options

	mu  sync.Mutex
	sum batch.Summary
}

// NewBatchJudge wraps j. opts.Journal makes an interrupted batch resumable.
func NewBatchJudge(j *LLMJudge, api batch.API, opts batch.Options) *BatchLLMJudge {
	return &BatchLLMJudge{LLMJudge: j, api: api, opts: opts}
}

// BatchSummary returns what the batch runs did so far.
func (b *BatchLLMJudge) BatchSummary() batch.Summary {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.sum
}

// JudgeAll implements BatchJudge. Identical inputs share one request.
func (b *BatchLLMJudge) JudgeAll(ctx context.Context, ins []Input) ([]Verdict, []error, error) {
	verdicts := make([]Verdict, len(ins))
	errs := make([]error, len(ins))
	orders := make([][]int, len(ins))
	pos := make([]int, len(ins)) // input → request index
	var reqs []llm.Request
	seen := map[string]int{}
	for i, in := range ins {
		req, order := b.Request(in)
		// The ID is the content's cache key, as internal/batch's journal
		// requires: a journaled success is reused only for the same request.
		req.ID = llmcache.Key("batch", req, in.Repeat)
		orders[i] = order
		if k, ok := seen[req.ID]; ok {
			pos[i] = k
			continue
		}
		seen[req.ID] = len(reqs)
		pos[i] = len(reqs)
		reqs = append(reqs, req)
	}
	results, sum, err := batch.Run(ctx, b.api, reqs, b.opts)
	b.mu.Lock()
	b.sum.Batches += sum.Batches
	b.sum.Resumed += sum.Resumed
	b.sum.Rounds += sum.Rounds
	b.sum.Succeeded += sum.Succeeded
	b.sum.Failed += sum.Failed
	b.sum.Requeued += sum.Requeued
	b.sum.Reused += sum.Reused
	b.sum.Usage = b.sum.Usage.Add(sum.Usage)
	b.mu.Unlock()
	for i, in := range ins {
		if pos[i] >= len(results) {
			errs[i] = errors.New("the batch returned no result for this row")
			if err != nil {
				errs[i] = err
			}
			continue
		}
		r := results[pos[i]]
		if r.Err != nil {
			errs[i] = r.Err
			continue
		}
		v, derr := DecodeVerdict(r.Response.JSON, in.Names, orders[i])
		if derr != nil {
			errs[i] = &llm.Error{Class: llm.Malformed, Message: derr.Error()}
			continue
		}
		v.Usage, v.Batch = r.Response.Usage, true
		verdicts[i] = v
	}
	return verdicts, errs, err
}
