package server

import (
	"fmt"
	"io"
	"net/http"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkServeLoad drives POST /v1/suggest on loopback with the built-in
// backend and no rate limit, from 16 keep-alive clients in this process, and
// reports throughput, latency percentiles and the heap growth between the
// first tenth of the run and its end (after a GC each time):
//
//	go test -run '^$' -bench BenchmarkServeLoad -benchtime 100000x ./internal/server
func BenchmarkServeLoad(b *testing.B) {
	const clients = 16
	l := serveLive(b, Config{MaxConcurrent: 256})
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	c := &http.Client{Transport: tr}
	defer tr.CloseIdleConnections()
	descs := []string{
		"a bakery in Lyon", "an eco-friendly dog grooming van in Austin", "a yoga studio for seniors",
		"a bicycle repair shop in Amsterdam", "a tax advisor for freelancers", "an organic coffee roaster",
		"a children's coding school", "a vegan food truck", "a wedding photographer in Tuscany", "a ceramic studio",
	}
	bodies := make([]string, 64)
	for i := range bodies {
		bodies[i] = fmt.Sprintf(`{"description": %q, "seed": %d}`, descs[i%len(descs)], i)
	}
	post := func(i int) (time.Duration, error) {
		start := time.Now()
		resp, err := c.Post(l.url+"/v1/suggest", "application/json", strings.NewReader(bodies[i%len(bodies)]))
		if err != nil {
			return 0, err
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			return 0, fmt.Errorf("status %d", resp.StatusCode)
		}
		return time.Since(start), err
	}
	for i := range 200 { // warm the generator and the connections
		if _, err := post(i); err != nil {
			b.Fatal(err)
		}
	}
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}

	lat := make([]time.Duration, b.N)
	var next atomic.Int64
	var heapAtTenth atomic.Uint64
	tenth := int64(b.N / 10)
	var failed atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				if i == tenth {
					heapAtTenth.Store(heap())
				}
				d, err := post(int(i))
				if err != nil {
					failed.Add(1)
					continue
				}
				lat[i] = d
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	if n := failed.Load(); n > 0 {
		b.Fatalf("%d of %d requests failed", n, b.N)
	}
	slices.Sort(lat)
	pct := func(p float64) float64 { return float64(lat[int(float64(len(lat)-1)*p)].Microseconds()) / 1000 }
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	if b.N >= 1000 {
		b.ReportMetric((float64(heap())-float64(heapAtTenth.Load()))/(1<<20), "heap-growth-MiB")
	}
}
