package evaluation

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/domainyours/domainyours/internal/constraint"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/journal"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// Generator is the suggestion service (*suggestion.Service), the same code
// path as `domainyours suggest`.
type Generator interface {
	Suggest(ctx context.Context, req suggestion.Request) (suggestion.Result, error)
}

// Row is the outcome for one test-set description.
type Row struct {
	Index          int    `json:"index"` // 0-based position in the test set
	Line           int    `json:"line"`
	Description    string `json:"description"`
	Label          string `json:"label"` // frozen: appropriate, inappropriate or empty
	FrozenCategory string `json:"frozen_category,omitempty"`

	Names           []string `json:"names"`
	Refused         bool     `json:"refused"`
	RefusalCategory string   `json:"refusal_category,omitempty"`
	RefusedBy       string   `json:"refused_by,omitempty"`
	Model           string   `json:"model,omitempty"`
	// Candidates counts what the backend proposed before validation;
	// Invalid and Duplicates are the ones the service dropped.
	Candidates int `json:"candidates"`
	Invalid    int `json:"invalid"`
	Duplicates int `json:"duplicates"`
	// Constrained is true when the description states naming constraints;
	// Violating counts the names that break at least one of them.
	Constrained bool `json:"constrained"`
	Violating   int  `json:"violating"`

	GenError   string    `json:"gen_error,omitempty"`
	GenClass   string    `json:"gen_error_class,omitempty"`
	JudgeError string    `json:"judge_error,omitempty"`
	JudgeClass string    `json:"judge_error_class,omitempty"`
	Verdicts   []Verdict `json:"verdicts,omitempty"` // one per judge repeat

	// Seed holds an imported row's seed-project judgement (--import).
	Seed *SeedRow `json:"seed,omitempty"`
}

// Failed reports whether the row could not be generated or judged.
func (r Row) Failed() bool { return r.GenError != "" || r.JudgeError != "" }

// Verdict returns the primary (first) verdict.
func (r Row) Verdict() (Verdict, bool) {
	if r.Failed() || len(r.Verdicts) == 0 {
		return Verdict{}, false
	}
	return r.Verdicts[0], true
}

// Quality is the row's quality (0..1); false for errors and refusals. An
// imported row follows the seed project's convention: its average_score
// counts when its overall category is "ok".
func (r Row) Quality() (float64, bool) {
	if r.Seed != nil {
		return r.Seed.AverageScore, r.Seed.OverallCategory == "ok"
	}
	v, ok := r.Verdict()
	if !ok {
		return 0, false
	}
	return v.Quality()
}

// Config describes one evaluation run of one version.
type Config struct {
	Version   string // e.g. "v2", "builtin", "base:llama3.2"
	Generator Generator
	Judge     Judge
	Rows      []dataset.Row
	// TestSetSHA256 identifies the test set for journal keys and manifests.
	TestSetSHA256 string
	Seed          int64
	Temperature   *float64 // nil: the backend default
	Concurrency   int      // rows in flight; default 4
	Repeats       int      // judge repeats per row; default 1
	// Journal, when set, records finished rows so an interrupted run
	// resumes where it stopped. Rows with errors are not recorded: a
	// re-run tries them again.
	Journal *journal.Journal
	// Fresh ignores rows already in the journal (they are overwritten), for
	// --no-cache: every row is generated and judged again.
	Fresh bool
	// Progress, when set, is called after every row.
	Progress func(done, errors int)
	// Batch, when set, judges all generated rows at once (the OpenAI Batch
	// API) instead of row by row; Judge must be the same judge, for IDs.
	Batch BatchJudge
}

// BatchJudge judges many inputs in one go. verdicts and errs follow ins; err
// is for the whole batch and is returned with per-input errors filled in.
type BatchJudge interface {
	JudgeAll(ctx context.Context, ins []Input) (verdicts []Verdict, errs []error, err error)
}

// Result is a finished (or stopped) run of one version.
type Result struct {
	Version string        `json:"version"`
	Rows    []Row         `json:"rows"`
	Resumed int           `json:"resumed"` // rows taken from the journal
	Elapsed time.Duration `json:"elapsed_ns"`
	// PriorJudge is what earlier invocations paid the judge for the rows
	// taken from the journal, so a resumed run reports the whole spend.
	PriorJudge JudgeUsage `json:"-"`
}

// JudgeUsage is the judge calls and tokens behind some verdicts.
type JudgeUsage struct {
	Calls            int
	PromptTokens     int64
	CompletionTokens int64
	// BatchPromptTokens and BatchCompletionTokens are the part of the
	// tokens above made through the Batch API (at its price).
	BatchPromptTokens, BatchCompletionTokens int64
}

func (u JudgeUsage) add(o JudgeUsage) JudgeUsage {
	return JudgeUsage{Calls: u.Calls + o.Calls, PromptTokens: u.PromptTokens + o.PromptTokens, CompletionTokens: u.CompletionTokens + o.CompletionTokens,
		BatchPromptTokens: u.BatchPromptTokens + o.BatchPromptTokens, BatchCompletionTokens: u.BatchCompletionTokens + o.BatchCompletionTokens}
}

// paidFor is what row's verdicts cost when they were made: cache hits were
// free.
func paidFor(row Row) JudgeUsage {
	var u JudgeUsage
	for _, v := range row.Verdicts {
		if !v.Cached {
			u.Calls++
			u.PromptTokens += int64(v.Usage.PromptTokens)
			u.CompletionTokens += int64(v.Usage.CompletionTokens)
			if v.Batch {
				u.BatchPromptTokens += int64(v.Usage.PromptTokens)
				u.BatchCompletionTokens += int64(v.Usage.CompletionTokens)
			}
		}
	}
	return u
}

// StopError means a failure that every further row would repeat (server
// down, key wrong, model missing), so the run stopped early.
type StopError struct{ Err error }

func (e *StopError) Error() string { return "stopped: " + e.Err.Error() }
func (e *StopError) Unwrap() error { return e.Err }

func fatal(err error) bool {
	switch llm.ClassOf(err) {
	case llm.Unreachable, llm.Unauthorized, llm.Forbidden, llm.ModelNotFound, llm.QuotaExhausted:
		var le *llm.Error
		if errors.As(err, &le) && le.Class == llm.Unreachable && le.Retryable() {
			return false // a reset connection is transient
		}
		return true
	}
	return false
}

// rowKey is the journal key of one row: everything that changes its result.
func (c *Config) rowKey(i int, desc string) string {
	temp := "default"
	if c.Temperature != nil {
		temp = strconv.FormatFloat(*c.Temperature, 'g', -1, 64)
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%d\x00%s\x00%d\x00%d\x00%s", c.Version, c.TestSetSHA256, c.Judge.ID(),
		c.Seed, temp, c.Repeats, i, desc)
	return hex.EncodeToString(h.Sum(nil))
}

// Run evaluates every row. It returns the rows so far together with ctx's
// error when interrupted, and a *StopError when a fatal failure stopped it.
func Run(ctx context.Context, cfg Config) (Result, error) {
	if cfg.Generator == nil || cfg.Judge == nil {
		return Result{}, errors.New("evaluation: Config needs a Generator and a Judge")
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 4
	}
	if cfg.Repeats <= 0 {
		cfg.Repeats = 1
	}
	start := time.Now()
	res := Result{Version: cfg.Version, Rows: make([]Row, len(cfg.Rows))}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	var done, nerr atomic.Int64
	report := func(failed bool) {
		d := done.Add(1)
		e := nerr.Load()
		if failed {
			e = nerr.Add(1)
		}
		if cfg.Progress != nil {
			cfg.Progress(int(d), int(e))
		}
	}

	jobs := make(chan int)
	var wg sync.WaitGroup
	var resumed atomic.Int64
	set := make([]bool, len(cfg.Rows)) // each index is written by one worker only
	var mu sync.Mutex
	var deferred []pendingRow
	var prior JudgeUsage // guarded by mu
	finish := func(key string, row Row) {
		if !row.Failed() && cfg.Journal != nil {
			if jerr := cfg.Journal.Put(key, row); jerr != nil {
				cancel(jerr)
			}
		}
		report(row.Failed())
	}
	for range cfg.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				in := cfg.Rows[i]
				key := cfg.rowKey(i, in.Description)
				if cfg.Journal != nil && !cfg.Fresh {
					var row Row
					if ok, err := cfg.Journal.Get(key, &row); err == nil && ok {
						res.Rows[i], set[i] = row, true
						resumed.Add(1)
						mu.Lock()
						prior = prior.add(paidFor(row))
						mu.Unlock()
						report(false)
						continue
					}
				}
				row, desc, err := generateRow(ctx, &cfg, i, in)
				if err == nil && row.GenError == "" {
					if cfg.Batch != nil {
						// Judged all at once after generation.
						mu.Lock()
						deferred = append(deferred, pendingRow{i: i, key: key, desc: desc, row: row})
						mu.Unlock()
						continue
					}
					err = judgeRow(ctx, &cfg, &row, desc)
				}
				if ctx.Err() != nil {
					return // interrupted: this row is neither done nor an error
				}
				res.Rows[i], set[i] = row, true
				if err != nil {
					cancel(&StopError{Err: err})
				}
				finish(key, row)
			}
		}()
	}
feed:
	for i := range cfg.Rows {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if len(deferred) > 0 && ctx.Err() == nil {
		if err := judgeBatch(ctx, &cfg, deferred); err != nil {
			cancel(err)
		}
		if ctx.Err() == nil {
			for _, p := range deferred {
				res.Rows[p.i], set[p.i] = p.row, true
				finish(p.key, p.row)
			}
		}
	}
	res.Resumed = int(resumed.Load())
	res.PriorJudge = prior
	for i, ok := range set {
		if !ok {
			in := cfg.Rows[i]
			res.Rows[i] = Row{Index: i, Line: in.Line, Description: in.Description, Label: string(in.Label),
				FrozenCategory: in.Category, Names: []string{}, GenError: "not run: the run stopped before this row", GenClass: "not_run"}
		}
	}
	res.Elapsed = time.Since(start)
	if cause := context.Cause(ctx); cause != nil && ctx.Err() != nil {
		return res, cause
	}
	return res, nil
}

// pendingRow is a generated row waiting for the batch judge.
type pendingRow struct {
	i         int
	key, desc string
	row       Row
}

// generateRow asks the version for names and runs the deterministic checks.
// It returns the cleaned description the generator saw, which is what the
// judge is shown. The error is non-nil only for a failure that should stop
// the whole run; ordinary failures are recorded in the row.
func generateRow(ctx context.Context, cfg *Config, i int, in dataset.Row) (Row, string, error) {
	row := Row{Index: i, Line: in.Line, Description: in.Description, Label: string(in.Label), FrozenCategory: in.Category,
		Names: []string{}}
	sr, err := cfg.Generator.Suggest(ctx, suggestion.Request{Description: in.Description, Count: domain.SetSize,
		Seed: cfg.Seed, Temperature: cfg.Temperature})
	if err != nil {
		row.GenError, row.GenClass = err.Error(), errClass(err)
		if fatal(err) {
			return row, "", err
		}
		return row, "", nil
	}
	row.Model, row.Refused, row.RefusalCategory, row.RefusedBy = sr.Model, sr.Refused, sr.Category, sr.RefusedBy
	for _, s := range sr.Suggestions {
		row.Names = append(row.Names, s.Name)
	}
	for _, d := range sr.Dropped {
		if d.Reason == domain.ReasonDuplicate {
			row.Duplicates++
		} else {
			row.Invalid++
		}
	}
	row.Candidates = len(row.Names) + row.Invalid + row.Duplicates
	if c := constraint.Parse(in.Description); !c.IsZero() {
		row.Constrained = true
		for _, n := range row.Names {
			if len(c.Check(n)) > 0 {
				row.Violating++
			}
		}
	}
	return row, sr.Description, nil
}

// judgeRow judges a generated row once per repeat.
func judgeRow(ctx context.Context, cfg *Config, row *Row, desc string) error {
	for rep := range cfg.Repeats {
		v, err := cfg.Judge.Judge(ctx, Input{Description: desc, Names: row.Names, Repeat: rep})
		if err != nil {
			row.JudgeError, row.JudgeClass, row.Verdicts = err.Error(), errClass(err), nil
			if fatal(err) {
				return err
			}
			return nil
		}
		row.Verdicts = append(row.Verdicts, v)
	}
	return nil
}

// judgeBatch judges every deferred row (all repeats) in one batch run.
func judgeBatch(ctx context.Context, cfg *Config, rows []pendingRow) error {
	var ins []Input
	for _, p := range rows {
		for rep := range cfg.Repeats {
			ins = append(ins, Input{Description: p.desc, Names: p.row.Names, Repeat: rep})
		}
	}
	verdicts, errs, err := cfg.Batch.JudgeAll(ctx, ins)
	if err != nil && ctx.Err() != nil {
		return err
	}
	k := 0
	for ri := range rows {
		row := &rows[ri].row
		for range cfg.Repeats {
			if row.JudgeError == "" {
				if errs[k] != nil {
					row.JudgeError, row.JudgeClass, row.Verdicts = errs[k].Error(), errClass(errs[k]), nil
				} else {
					row.Verdicts = append(row.Verdicts, verdicts[k])
				}
			}
			k++
		}
	}
	return nil
}

func errClass(err error) string {
	if c := llm.ClassOf(err); c != "" {
		return string(c)
	}
	if exitcode.IsInput(err) {
		return "bad_input"
	}
	return "other"
}
