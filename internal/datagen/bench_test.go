package datagen

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/datagen/fakellm"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/openai"
)

// BenchmarkThroughput measures rows per second against a fake LLM that takes
// 300 ms per reply, at concurrency 16 and 5 rows per request, and compares it
// with the ideal bound of 16 × 5 rows every 300 ms (266.7 rows/s):
//
//	go test ./internal/datagen -run '^$' -bench Throughput -benchtime 3x
func BenchmarkThroughput(b *testing.B) {
	const (
		latency     = 300 * time.Millisecond
		concurrency = 16
		batch       = 5
		rows        = concurrency * batch * 3
	)
	srv := fakellm.Start(b)
	srv.Latency = latency
	prov, err := openai.New(openai.Config{BaseURL: srv.URL + "/v1", APIKey: "sk-test"})
	if err != nil {
		b.Fatal(err)
	}
	var elapsed time.Duration
	for i := 0; b.Loop(); i++ {
		e := newEnv(b, srv)
		s := e.spec(rows, concurrency)
		s.Seed = int64(i) // a fresh run each time: no journal to resume
		p, err := Prepare(s)
		if err != nil {
			b.Fatal(err)
		}
		client, err := llm.NewClient(prov, llm.Config{Concurrency: concurrency})
		if err != nil {
			b.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(e.cacheDir), 0o755); err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		m, err := p.Generate(context.Background(), Deps{Client: client})
		elapsed += time.Since(start)
		if err != nil || m.Counts.Accepted != rows {
			b.Fatalf("run: %v (accepted %d of %d)", err, m.Counts.Accepted, rows)
		}
	}
	perSec := float64(rows*b.N) / elapsed.Seconds()
	ideal := float64(concurrency*batch) / latency.Seconds()
	b.ReportMetric(perSec, "rows/s")
	b.ReportMetric(100*perSec/ideal, "%ideal")
}
