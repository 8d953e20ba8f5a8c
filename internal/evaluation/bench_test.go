package evaluation

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/dataset"
)

// manyRows repeats the test set with numbered descriptions, n rows in all.
func manyRows(b *testing.B, n int) []dataset.Row {
	base := testSet(b)
	rows := make([]dataset.Row, n)
	for i := range rows {
		r := base[i%len(base)]
		r.Description = fmt.Sprintf("%s (branch %d)", r.Description, i)
		rows[i] = r
	}
	return rows
}

// Judge throughput against a server that takes 500 ms per reply: 200 rows
// at concurrency 16 cannot beat ceil(200/16) x 500 ms = 6.5 s.
func BenchmarkJudgeThroughput500ms(b *testing.B) {
	const rows, conc = 200, 16
	const latency = 500 * time.Millisecond
	set := manyRows(b, rows)
	ideal := time.Duration(math.Ceil(float64(rows)/conc)) * latency
	for b.Loop() {
		js := newJudgeServer(b)
		js.latency = latency
		j := newTestJudge(b, js, "", conc)
		start := time.Now()
		res, err := Run(context.Background(), Config{Version: "builtin", Generator: builtin(), Judge: j, Rows: set, Concurrency: conc})
		if err != nil {
			b.Fatal(err)
		}
		took := time.Since(start)
		if s := Summarize(res, j); s.NScored != rows {
			b.Fatalf("scored %d of %d", s.NScored, rows)
		}
		b.ReportMetric(took.Seconds(), "s/run")
		b.ReportMetric(took.Seconds()/ideal.Seconds(), "x_ideal")
	}
}

// A re-run of 200 rows whose verdicts are all cached (no journal, so every
// row really asks the cache).
func BenchmarkCachedRerun200(b *testing.B) {
	const rows = 200
	set := manyRows(b, rows)
	js := newJudgeServer(b)
	cache := filepath.Join(b.TempDir(), "cache.jsonl")
	warm := newTestJudge(b, js, cache, 16)
	if _, err := Run(context.Background(), Config{Version: "builtin", Generator: builtin(), Judge: warm, Rows: set, Concurrency: 16}); err != nil {
		b.Fatal(err)
	}
	before := js.Hits()
	for b.Loop() {
		j := newTestJudge(b, js, cache, 16)
		start := time.Now()
		if _, err := Run(context.Background(), Config{Version: "builtin", Generator: builtin(), Judge: j, Rows: set, Concurrency: 16}); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(time.Since(start).Seconds(), "s/run")
	}
	b.ReportMetric(float64(js.Hits()-before), "judge_calls")
}

// Memory while evaluating 10,000 rows with the heuristic judge: the heap
// holds the rows' results (reported per row) and nothing that grows faster.
func BenchmarkHeuristic10kRowsMemory(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			set := manyRows(b, n)
			for b.Loop() {
				runtime.GC()
				var m0, m1 runtime.MemStats
				runtime.ReadMemStats(&m0)
				res, err := Run(context.Background(), Config{Version: "builtin", Generator: builtin(), Judge: HeuristicJudge{}, Rows: set, Concurrency: 2})
				if err != nil {
					b.Fatal(err)
				}
				s := Summarize(res, HeuristicJudge{})
				runtime.GC()
				runtime.ReadMemStats(&m1)
				if s.NScored != n {
					b.Fatalf("scored %d of %d", s.NScored, n)
				}
				live := float64(m1.HeapAlloc) - float64(m0.HeapAlloc)
				b.ReportMetric(live/1e6, "live_MB")
				b.ReportMetric(live/float64(n), "live_B/row")
				runtime.KeepAlive(res)
			}
		})
	}
}
