// Package batch runs many LLM requests through the OpenAI Batch API, at half
// the price of live calls and without rate-limit pressure: it writes the
// requests as JSONL (openai.BatchLine, so a batch sends exactly what a live
// call would), uploads the file, creates the batch, polls with backoff until
// it is done, downloads the output and error files, joins the lines back to
// the requests by custom_id (output order is arbitrary), submits expired,
// missing and transiently failed items again up to a bound, and decodes each
// reply against its request's schema with llm.DecodeReply.
//
// With a journal, a run that is interrupted (Ctrl-C, kill -9) resumes: the
// batches it had created are polled again instead of being paid for twice,
// and items that already succeeded are not resubmitted. Failures are never
// journaled, so a re-run retries them.
package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/domainyours/domainyours/internal/journal"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/openai"
)

// API is what Run needs from the server; *openai.BatchClient implements it.
type API interface {
	UploadBatchInput(ctx context.Context, name string, jsonl []byte) (string, error)
	CreateBatch(ctx context.Context, fileID string, metadata map[string]string) (openai.BatchStatus, error)
	RetrieveBatch(ctx context.Context, id string) (openai.BatchStatus, error)
	DownloadFile(ctx context.Context, fileID string) ([]byte, error)
	ParseResult(line []byte) (openai.BatchItem, error)
}

// Defaults for Options fields left zero.
const (
	DefaultMaxRounds   = 3
	DefaultMaxPerBatch = 50000 // OpenAI's per-batch request limit
	DefaultPollInitial = 15 * time.Second
	DefaultPollMax     = 5 * time.Minute
	// wireAttempts bounds retries of one API call (upload, create, poll,
	// download) that failed transiently.
	wireAttempts = 5
)

// Options tune Run. The zero value is usable.
type Options struct {
	// MaxRounds is how many times one item may be submitted in total.
	MaxRounds int
	// MaxPerBatch splits larger request sets into several batches.
	MaxPerBatch int
	// PollInitial is the first wait between status checks; it grows by half
	// each time up to PollMax.
	PollInitial, PollMax time.Duration
	// Sleep waits between polls and wire retries; nil uses a timer. Tests
	// replace it to run without waiting.
	Sleep func(ctx context.Context, d time.Duration) error
	// Journal, when set, makes the run resumable (see the package doc).
	// Request IDs must then identify the request's content (e.g. a cache
	// key), since a journaled success is reused for the same ID.
	Journal *journal.Journal
	// Metadata is attached to every batch (visible in the provider's console).
	Metadata map[string]string
	Logger   *slog.Logger
	// OnProgress is called after every status change.
	OnProgress func(Progress)
}

// Progress is a snapshot for progress displays.
type Progress struct {
	Round     int
	Batches   int // batches in flight
	Succeeded int
	Failed    int // items that failed for good
	Pending   int
	Status    string // the status last reported by the server
}

// Result is the outcome of one request, in the order of the input.
type Result struct {
	ID string
	// Response carries the reply; JSON is set when the request had a Schema
	// and the reply decoded and validated.
	Response llm.Response
	// Err is the final failure after all rounds, nil on success.
	Err error
	// Rounds is how many times the item was submitted (0 for a journaled
	// success from an earlier run).
	Rounds int
}

// Summary counts what a run did.
type Summary struct {
	Batches   int // batches created by this run
	Resumed   int // batches from an earlier run polled again
	Rounds    int
	Succeeded int
	Failed    int
	Requeued  int // item submissions after the first
	Reused    int // successes taken from the journal
	// Usage sums the tokens of every reply that arrived, failed ones
	// included, because they are billed.
	Usage llm.Usage
	// Duplicates, Unknown and BadLines count output lines that repeated a
	// custom_id, named one not submitted, or could not be parsed.
	Duplicates, Unknown, BadLines int
}

type submission struct {
	Round int      `json:"round"`
	IDs   []string `json:"ids"`
}

type stored struct {
	Text         string    `json:"text"`
	Model        string    `json:"model"`
	FinishReason string    `json:"finish_reason"`
	Usage        llm.Usage `json:"usage"`
}

type active struct {
	status  openai.BatchStatus
	round   int
	ids     []string
	idSet   map[string]bool
	resumed bool // created by an earlier run
}

func newActive(st openai.BatchStatus, round int, ids []string, resumed bool) *active {
	set := make(map[string]bool, len(ids))
	for _, id := range ids {
		set[id] = true
	}
	return &active{status: st, round: round, ids: ids, idSet: set, resumed: resumed}
}

type runner struct {
	api   API
	opts  Options
	reqs  map[string]llm.Request
	order []string

	results  map[string]*Result
	pending  map[string]bool // not finished yet
	inFlight map[string]bool
	lastErr  map[string]error
	sum      Summary
	round    int
	open     int // batches in flight
	status   string
}

// Run submits reqs and returns one Result per request, in input order. The
// error is for the run as a whole (a batch the server rejected or
// cancelled, an upload that kept failing, ctx ended); the results are then
// still returned, with unfinished items carrying that error.
func Run(ctx context.Context, api API, reqs []llm.Request, opts Options) ([]Result, Summary, error) {
	if opts.MaxRounds <= 0 {
		opts.MaxRounds = DefaultMaxRounds
	}
	if opts.MaxPerBatch <= 0 {
		opts.MaxPerBatch = DefaultMaxPerBatch
	}
	if opts.PollInitial <= 0 {
		opts.PollInitial = DefaultPollInitial
	}
	if opts.PollMax < opts.PollInitial {
		opts.PollMax = max(DefaultPollMax, opts.PollInitial)
	}
	if opts.Sleep == nil {
		opts.Sleep = sleep
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	r := &runner{api: api, opts: opts, reqs: map[string]llm.Request{}, results: map[string]*Result{},
		pending: map[string]bool{}, inFlight: map[string]bool{}, lastErr: map[string]error{}}
	for i, q := range reqs {
		if q.ID == "" {
			return nil, Summary{}, fmt.Errorf("request %d has no ID; batch results are joined back by ID", i)
		}
		if _, dup := r.reqs[q.ID]; dup {
			return nil, Summary{}, fmt.Errorf("request ID %q appears twice; batch results could not be joined back unambiguously", q.ID)
		}
		r.reqs[q.ID] = q
		r.order = append(r.order, q.ID)
		r.results[q.ID] = &Result{ID: q.ID}
		r.pending[q.ID] = true
	}
	err := r.run(ctx)
	out := make([]Result, len(r.order))
	for i, id := range r.order {
		res := r.results[id]
		if r.pending[id] {
			switch {
			case err != nil:
				res.Err = fmt.Errorf("not finished: %w", err)
			case r.lastErr[id] != nil:
				res.Err = r.lastErr[id]
			default:
				res.Err = errors.New("not finished: the run ended before this item was submitted")
			}
			delete(r.pending, id)
			r.sum.Failed++
		}
		out[i] = *res
	}
	r.open = 0
	r.progress()
	return out, r.sum, err
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

func (r *runner) progress() {
	if r.opts.OnProgress == nil {
		return
	}
	r.opts.OnProgress(Progress{Round: r.round, Batches: r.open, Succeeded: r.sum.Succeeded,
		Failed: r.sum.Failed, Pending: len(r.pending), Status: r.status})
}

func (r *runner) run(ctx context.Context) error {
	r.reuseJournal()
	batches, err := r.resumeBatches()
	if err != nil {
		return err
	}
	for {
		if len(batches) == 0 {
			var queue []string
			for _, id := range r.order {
				if r.pending[id] && !r.inFlight[id] && r.results[id].Rounds < r.opts.MaxRounds {
					queue = append(queue, id)
				}
			}
			if len(queue) == 0 {
				return nil
			}
			r.round++
			r.sum.Rounds++
			for start := 0; start < len(queue); start += r.opts.MaxPerBatch {
				chunk := queue[start:min(len(queue), start+r.opts.MaxPerBatch)]
				b, err := r.submit(ctx, chunk)
				if err != nil {
					return err
				}
				batches = append(batches, b)
			}
		}
		r.open = len(batches)
		if err := r.wait(ctx, batches); err != nil {
			return err
		}
		for _, b := range batches {
			if err := r.collect(ctx, b); err != nil {
				return err
			}
		}
		batches = nil
		r.open = 0
	}
}

// reuseJournal marks journaled successes as done.
func (r *runner) reuseJournal() {
	j := r.opts.Journal
	if j == nil {
		return
	}
	for _, id := range r.order {
		var s stored
		ok, err := j.Get("ok:"+id, &s)
		if err != nil || !ok {
			continue
		}
		q := r.reqs[id]
		resp := llm.Response{Text: s.Text, Model: s.Model, FinishReason: s.FinishReason, Usage: s.Usage}
		if q.Schema != nil {
			raw, err := llm.DecodeReply(q.Schema, s.Text)
			if err != nil {
				continue // the schema changed since; submit again
			}
			resp.JSON = raw
		}
		r.results[id].Response = resp
		delete(r.pending, id)
		r.sum.Reused++
		r.sum.Succeeded++
	}
}

// resumeBatches returns the journaled batches that were created but never
// collected and still hold items this run needs.
func (r *runner) resumeBatches() ([]*active, error) {
	j := r.opts.Journal
	if j == nil {
		return nil, nil
	}
	var out []*active
	for _, k := range j.Keys() {
		id, ok := strings.CutPrefix(k, "batch:")
		if !ok || j.Has("done:"+id) {
			continue
		}
		var s submission
		ok, err := j.Get(k, &s)
		if err != nil {
			return nil, fmt.Errorf("reading batch %s from the journal %s: %w", id, j.Path(), err)
		}
		if !ok {
			return nil, fmt.Errorf("batch %s is missing from the journal %s", id, j.Path())
		}
		var ids []string
		for _, x := range s.IDs {
			if r.pending[x] && !r.inFlight[x] {
				ids = append(ids, x)
			}
		}
		if len(ids) == 0 {
			continue
		}
		for _, x := range ids {
			r.inFlight[x] = true
			r.results[x].Rounds = s.Round
		}
		r.round = max(r.round, s.Round)
		r.sum.Resumed++
		r.opts.Logger.Info("resuming batch from an earlier run", "batch", id, "items", len(ids))
		out = append(out, newActive(openai.BatchStatus{ID: id, Status: openai.BatchInProgress}, s.Round, ids, true))
	}
	r.sum.Rounds = r.round
	return out, nil
}

func (r *runner) submit(ctx context.Context, ids []string) (*active, error) {
	var buf bytes.Buffer
	for _, id := range ids {
		line, err := openai.BatchLine(r.reqs[id])
		if err != nil {
			return nil, fmt.Errorf("request %s cannot be sent in a batch: %w", id, err)
		}
		buf.Write(line)
		buf.WriteByte('\n')
	}
	name := fmt.Sprintf("domainyours-round%d-%d.jsonl", r.round, r.sum.Batches+1)
	var fileID string
	if err := r.retry(ctx, func() (err error) {
		fileID, err = r.api.UploadBatchInput(ctx, name, buf.Bytes())
		return err
	}); err != nil {
		return nil, err
	}
	var st openai.BatchStatus
	if err := r.retry(ctx, func() (err error) {
		st, err = r.api.CreateBatch(ctx, fileID, r.opts.Metadata)
		return err
	}); err != nil {
		return nil, err
	}
	if j := r.opts.Journal; j != nil {
		if err := j.Put("batch:"+st.ID, submission{Round: r.round, IDs: ids}); err != nil {
			return nil, fmt.Errorf("recording batch %s in the journal: %w", st.ID, err)
		}
	}
	for _, id := range ids {
		r.inFlight[id] = true
		res := r.results[id]
		if res.Rounds > 0 {
			r.sum.Requeued++
		}
		res.Rounds++
	}
	r.sum.Batches++
	r.status = st.Status
	r.opts.Logger.Info("batch created", "batch", st.ID, "items", len(ids), "round", r.round)
	r.progress()
	return newActive(st, r.round, ids, false), nil
}

// retry runs one wire call, retrying transient failures with backoff.
func (r *runner) retry(ctx context.Context, f func() error) error {
	wait := 2 * time.Second
	for attempt := 1; ; attempt++ {
		err := f()
		if err == nil {
			return nil
		}
		var le *llm.Error
		if attempt >= wireAttempts || !errors.As(err, &le) || !le.Retryable() {
			return err
		}
		d := max(wait, le.RetryAfter)
		r.opts.Logger.Warn("batch API call failed; retrying", "error", err, "wait", d)
		if err := r.opts.Sleep(ctx, jitter(d)); err != nil {
			return err
		}
		wait = min(2*wait, time.Minute)
	}
}

// jitter spreads waits by ±10% so many clients do not poll in step.
func jitter(d time.Duration) time.Duration {
	return time.Duration(float64(d) * (0.9 + 0.2*rand.Float64()))
}

// wait polls every batch until each reaches a terminal status, waiting
// longer between checks as time goes on (batches take minutes to hours).
func (r *runner) wait(ctx context.Context, batches []*active) error {
	// A resumed batch may have finished long ago: look before sleeping.
	for _, b := range batches {
		if b.resumed {
			if err := r.poll(ctx, b); err != nil {
				return err
			}
		}
	}
	delay := r.opts.PollInitial
	for {
		open := 0
		for _, b := range batches {
			if !b.status.Terminal() {
				open++
			}
		}
		if open == 0 {
			return nil
		}
		if err := r.opts.Sleep(ctx, jitter(delay)); err != nil {
			return err
		}
		for _, b := range batches {
			if !b.status.Terminal() {
				if err := r.poll(ctx, b); err != nil {
					return err
				}
			}
		}
		delay = min(delay*3/2, r.opts.PollMax)
	}
}

func (r *runner) poll(ctx context.Context, b *active) error {
	var st openai.BatchStatus
	if err := r.retry(ctx, func() (err error) {
		st, err = r.api.RetrieveBatch(ctx, b.status.ID)
		return err
	}); err != nil {
		return err
	}
	if st.Status != b.status.Status {
		r.opts.Logger.Info("batch status", "batch", st.ID, "status", st.Status,
			"completed", st.Completed, "failed", st.Failed, "total", st.Total)
	}
	b.status = st
	r.status = st.Status
	r.progress()
	return nil
}
