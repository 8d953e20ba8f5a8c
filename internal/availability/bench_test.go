package availability

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/availability/availabilitytest"
)

// BenchmarkCheck100Domains checks 100 domains spread over 3 fake registries
// that each answer after 50 ms, with the per-registry limits below. No
// checker can beat the bound those limits set; the target is to come within
// 10% of it (the overhead of the checker itself).
//
//	go test -run '^$' -bench Check100 -benchtime 5x ./internal/availability
func BenchmarkCheck100Domains(b *testing.B) {
	const latency = 50 * time.Millisecond
	limits := Limits{Concurrency: 4, Rate: 40, Burst: 1}
	tlds := []string{"com", "net", "org"}
	registries := map[string]string{}
	for _, tld := range tlds {
		f := availabilitytest.NewRDAP(b, map[string]string{})
		f.SetLatency(latency)
		registries[tld] = f.Base()
	}
	boot := loadTestBootstrap(b, registries)
	var domains []string
	perRegistry := map[string]int{}
	for i := range 100 {
		tld := tlds[i%len(tlds)]
		domains = append(domains, fmt.Sprintf("candidate%d.%s", i, tld))
		perRegistry[tld]++
	}
	// Per registry: requests start no faster than Rate after the first Burst,
	// and no more than Concurrency are in flight; the last one then takes
	// one latency more. The slowest registry sets the bound.
	var bound time.Duration
	for _, n := range perRegistry {
		byRate := time.Duration(float64(n-limits.Burst)/limits.Rate*float64(time.Second)) + latency
		byConcurrency := time.Duration(math.Ceil(float64(n)/float64(limits.Concurrency))) * latency
		bound = max(bound, byRate, byConcurrency)
	}
	var worst time.Duration
	b.ResetTimer()
	for range b.N {
		c, err := New(Options{Bootstrap: boot, Limits: limits}) // fresh limiters each time
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		rs := c.Check(context.Background(), domains)
		el := time.Since(start)
		worst = max(worst, el)
		for _, r := range rs {
			if r.State != Available {
				b.Fatalf("%s = %+v", r.Domain, r)
			}
		}
		if el < bound {
			b.Fatalf("100 domains in %v, under the bound %v: a limit was not honoured", el, bound)
		}
	}
	b.StopTimer()
	ratio := float64(worst) / float64(bound)
	b.ReportMetric(float64(bound.Milliseconds()), "bound-ms")
	b.ReportMetric(ratio, "worst/bound")
	if ratio > 1.10 {
		b.Errorf("slowest run %v is %.1f%% over the bound %v; the target is within 10%%", worst, (ratio-1)*100, bound)
	}
}
