package openai

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/llm"
)

// BenchmarkThroughput200ms measures calls per second through the Client and
// the adapter against a fake server that takes 200ms per call, and reports
// it as a share of the ideal concurrency/latency. Each of the conc workers
// makes b.N calls, so ns/op is the time per round of conc calls.
func BenchmarkThroughput200ms(b *testing.B) {
	const latency = 200 * time.Millisecond
	srv := newFake(b, func(w http.ResponseWriter, _ *http.Request, _ int, _ map[string]any) {
		time.Sleep(latency)
		completion{Content: `{"score":3,"label":"safe"}`}.Write(w, nil)
	})
	for _, conc := range []int{1, 8, 32} {
		b.Run(fmt.Sprintf("c=%d", conc), func(b *testing.B) {
			c := newClient(b, newProvider(b, srv.URL), llm.Config{Concurrency: conc})
			req := schemaRequest("bench")
			b.ResetTimer()
			start := time.Now()
			var wg sync.WaitGroup
			for range conc {
				wg.Go(func() {
					for range b.N {
						if _, err := c.Complete(context.Background(), req); err != nil {
							b.Error(err)
							return
						}
					}
				})
			}
			wg.Wait()
			perSec := float64(conc*b.N) / time.Since(start).Seconds()
			ideal := float64(conc) / latency.Seconds()
			b.ReportMetric(perSec, "calls/s")
			b.ReportMetric(100*perSec/ideal, "pct_of_ideal")
		})
	}
}

// BenchmarkLoopbackZeroLatency is one call through Client, adapter, SDK and
// loopback HTTP to a server that answers at once.
func BenchmarkLoopbackZeroLatency(b *testing.B) {
	srv := newFake(b, func(w http.ResponseWriter, _ *http.Request, _ int, _ map[string]any) {
		completion{Content: `{"score":3,"label":"safe"}`}.Write(w, nil)
	})
	c := newClient(b, newProvider(b, srv.URL), llm.Config{})
	req := schemaRequest("bench")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Complete(context.Background(), req); err != nil {
			b.Fatal(err)
		}
	}
}
