package evaluation

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/journal"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/suggestion"
)

func testSet(t testing.TB) []dataset.Row {
	t.Helper()
	rows, rejects, _, err := dataset.ReadFile("../../data/test_set.csv", dataset.Options{})
	if err != nil || len(rejects) > 0 {
		t.Fatalf("test set: %v %v", err, rejects)
	}
	return rows
}

func builtin() Generator { return suggestion.New(suggestion.NewBuiltin()) }

func openJournal(t testing.TB, path string) *journal.Journal {
	t.Helper()
	j, err := journal.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { j.Close() })
	return j
}

func rowsJSON(t testing.TB, r Result) string {
	t.Helper()
	b, err := json.Marshal(r.Rows)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// cancelAfter is a judge that cancels the run after n verdicts, like a
// Ctrl-C half-way through.
type cancelAfter struct {
	HeuristicJudge
	n      int64
	count  atomic.Int64
	cancel context.CancelFunc
}

func (c *cancelAfter) Judge(ctx context.Context, in Input) (Verdict, error) {
	if c.count.Add(1) > c.n {
		c.cancel()
		return Verdict{}, ctx.Err()
	}
	return c.HeuristicJudge.Judge(ctx, in)
}

func TestRunResumeEqualsUninterruptedRun(t *testing.T) {
	rows := testSet(t)
	cfg := Config{Version: "builtin", Generator: builtin(), Judge: HeuristicJudge{}, Rows: rows, TestSetSHA256: "t", Seed: 1, Concurrency: 4}
	whole, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}

	jpath := filepath.Join(t.TempDir(), "eval.journal")
	ctx, cancel := context.WithCancel(context.Background())
	cut := cfg
	cut.Journal = openJournal(t, jpath)
	cut.Judge = &cancelAfter{n: 20, cancel: cancel}
	if _, err := Run(ctx, cut); !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted run returned %v, want context.Canceled", err)
	}
	done := cut.Journal.Len()
	if done == 0 || done >= len(rows) {
		t.Fatalf("the interrupted run journaled %d of %d rows; want some but not all", done, len(rows))
	}
	cut.Journal.Close()

	again := cfg
	again.Journal = openJournal(t, jpath)
	resumed, err := Run(context.Background(), again)
	if err != nil {
		t.Fatal(err)
	}
	if resumed.Resumed != done {
		t.Errorf("resumed %d rows from the journal, want %d", resumed.Resumed, done)
	}
	if rowsJSON(t, resumed) != rowsJSON(t, whole) {
		t.Error("the resumed run differs from the uninterrupted one")
	}
	if again.Journal.Len() != len(rows) {
		t.Errorf("journal holds %d rows, want %d (no duplicates, none missing)", again.Journal.Len(), len(rows))
	}
}

func TestRunSameResultsAtAnyConcurrency(t *testing.T) {
	rows := testSet(t)
	var first string
	for _, c := range []int{1, 8, 32} {
		res, err := Run(context.Background(), Config{Version: "builtin", Generator: builtin(), Judge: HeuristicJudge{}, Rows: rows, Seed: 1, Concurrency: c})
		if err != nil {
			t.Fatal(err)
		}
		got := rowsJSON(t, res)
		if first == "" {
			first = got
		} else if got != first {
			t.Errorf("concurrency %d changed the results", c)
		}
	}
}

// flakyJudge fails some rows with a bad reply and one fatally.
type flakyJudge struct {
	HeuristicJudge
	fail map[string]llm.Class
}

func (f flakyJudge) Judge(ctx context.Context, in Input) (Verdict, error) {
	if c, ok := f.fail[in.Description]; ok {
		return Verdict{}, &llm.Error{Class: c, Message: "fake failure"}
	}
	return f.HeuristicJudge.Judge(ctx, in)
}

func TestRunCountsJudgeErrorsAndExcludesThem(t *testing.T) {
	rows := testSet(t)[:10]
	fail := map[string]llm.Class{rows[2].Description: llm.Malformed, rows[5].Description: llm.Truncated}
	jpath := filepath.Join(t.TempDir(), "j")
	cfg := Config{Version: "builtin", Generator: builtin(), Judge: flakyJudge{fail: fail}, Rows: rows, Journal: openJournal(t, jpath)}
	res, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(res, cfg.Judge)
	if s.NTotal != 10 || s.NError != 2 || s.NScored != 8 || s.ErrorsBy["malformed"] != 1 || s.ErrorsBy["truncated"] != 1 {
		t.Errorf("n_total %d n_scored %d n_error %d by %v", s.NTotal, s.NScored, s.NError, s.ErrorsBy)
	}
	clean, _ := Run(context.Background(), Config{Version: "builtin", Generator: builtin(), Judge: HeuristicJudge{}, Rows: rows})
	var want []float64
	for i, r := range clean.Rows {
		if q, ok := r.Quality(); ok && i != 2 && i != 5 {
			want = append(want, q)
		}
	}
	var sum float64
	for _, q := range want {
		sum += q
	}
	if s.Quality == nil || !near(s.Quality.Estimate, sum/float64(len(want))) {
		t.Errorf("quality %v, want the mean of the scored rows only (%v)", s.Quality, sum/float64(len(want)))
	}
	// Failed rows are not journaled: a re-run retries exactly them.
	if n := cfg.Journal.Len(); n != 8 {
		t.Errorf("journal holds %d rows, want the 8 successes", n)
	}
	cfg.Judge = HeuristicJudge{}
	again, err := Run(context.Background(), cfg)
	if err != nil || again.Resumed != 8 || Summarize(again, cfg.Judge).NError != 0 {
		t.Errorf("retry run: err %v resumed %d", err, again.Resumed)
	}
	cfg.Fresh = true
	if fresh, err := Run(context.Background(), cfg); err != nil || fresh.Resumed != 0 {
		t.Errorf("a fresh run resumed %d rows (err %v); want 0", fresh.Resumed, err)
	}
}

func TestRunStopsOnFatalErrors(t *testing.T) {
	rows := testSet(t)
	fail := map[string]llm.Class{}
	for _, r := range rows {
		fail[r.Description] = llm.Unauthorized
	}
	res, err := Run(context.Background(), Config{Version: "builtin", Generator: builtin(), Judge: flakyJudge{fail: fail}, Rows: rows, Concurrency: 2})
	var se *StopError
	if !errors.As(err, &se) || llm.ClassOf(err) != llm.Unauthorized {
		t.Fatalf("err %v; want a StopError wrapping unauthorized", err)
	}
	s := Summarize(res, HeuristicJudge{})
	if s.NTotal != len(rows) || s.NError != len(rows) || s.NScored != 0 || s.ErrorsBy["not_run"] == 0 {
		t.Errorf("every row must be accounted for: %+v", s.ErrorsBy)
	}
}

// An unchanged re-run answers every judge call from the cache; a new repeat
// index misses.
func TestRunCachedRerunMakesNoJudgeCalls(t *testing.T) {
	rows := testSet(t)[:12]
	js := newJudgeServer(t)
	cache := filepath.Join(t.TempDir(), "cache.jsonl")
	run := func(repeats int) Result {
		j := newTestJudge(t, js, cache, 4)
		res, err := Run(context.Background(), Config{Version: "builtin", Generator: builtin(), Judge: j, Rows: rows, Repeats: repeats, Concurrency: 4})
		if err != nil {
			t.Fatal(err)
		}
		j.cache.Close() // one run at a time owns the cache file, as across processes
		return res
	}
	first := run(1)
	calls := js.Hits()
	if calls != len(rows) {
		t.Fatalf("first run made %d judge calls, want %d", calls, len(rows))
	}
	start := time.Now()
	second := run(1)
	if js.Hits() != calls {
		t.Errorf("the cached re-run made %d judge calls, want 0", js.Hits()-calls)
	}
	t.Logf("cached re-run of %d rows: %s", len(rows), time.Since(start))
	s1, s2 := Summarize(first, nil), Summarize(second, nil)
	if s1.Quality.Estimate != s2.Quality.Estimate {
		t.Errorf("cached verdicts changed the quality: %v vs %v", s1.Quality, s2.Quality)
	}
	run(2)
	if got := js.Hits() - calls; got != len(rows) {
		t.Errorf("repeat index 1 made %d calls, want %d (repeat 0 cached, repeat 1 new)", got, len(rows))
	}
}

// A failing judge server is survived row by row: 5xx bursts are retried, and
// rows whose replies stay bad are errors, not zeros.
func TestRunWithFlakyJudgeServer(t *testing.T) {
	rows := testSet(t)[:10]
	js := newJudgeServer(t)
	js.reply = func(w http.ResponseWriter, hit int, _ []string) bool {
		if hit%4 == 1 {
			w.Header().Set("Retry-After-Ms", "1")
			writeAPIError(w, 503, "server_error", "")
			return true
		}
		return false
	}
	// One request at a time, so every 503 is followed by a success.
	j := newTestJudge(t, js, "", 1)
	res, err := Run(context.Background(), Config{Version: "builtin", Generator: builtin(), Judge: j, Rows: rows, Concurrency: 1})
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(res, j)
	if s.NTotal != 10 || s.NScored+s.NError != 10 {
		t.Errorf("rows unaccounted: %+v", s)
	}
	if s.NError != 0 {
		t.Errorf("one 503 in four requests must be retried away; %d errors: %v", s.NError, s.ErrorsBy)
	}
	u := j.Usage()
	if u.Attempts <= u.Calls {
		t.Errorf("usage %+v: the retries are not counted", u)
	}
	if !u.CostKnown() || u.CostUSD <= 0 {
		t.Errorf("cost %v known %v", u.CostUSD, u.CostKnown())
	}
}
