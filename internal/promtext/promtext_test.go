package promtext

import (
	"bytes"
	"math"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// scrape writes reg and parses it with Prometheus' own text parser, with
// the strict (legacy) name rules every scraper accepts.
func scrape(t *testing.T, reg *Registry) (map[string]*dto.MetricFamily, string) {
	t.Helper()
	var buf bytes.Buffer
	if _, err := reg.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	p := expfmt.NewTextParser(model.LegacyValidation)
	mfs, err := p.TextToMetricFamilies(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("the exposition does not parse: %v\n%s", err, buf.String())
	}
	return mfs, buf.String()
}

// series finds the metric of mf whose labels are exactly want.
func series(t *testing.T, mf *dto.MetricFamily, want map[string]string) *dto.Metric {
	t.Helper()
	for _, m := range mf.GetMetric() {
		got := map[string]string{}
		for _, l := range m.GetLabel() {
			got[l.GetName()] = l.GetValue()
		}
		if len(got) != len(want) {
			continue
		}
		match := true
		for k, v := range want {
			if got[k] != v {
				match = false
			}
		}
		if match {
			return m
		}
	}
	t.Fatalf("%s has no series %v", mf.GetName(), want)
	return nil
}

func TestExpositionParsesWithPrometheusParser(t *testing.T) {
	reg := NewEmptyRegistry()
	req := NewCounterVec("app_requests_total", "Requests by route and code.\nSecond line with a \\ backslash.", "route", "code")
	inFlight := NewGauge("app_in_flight", "Requests being served.")
	dur := NewHistogramVec("app_duration_seconds", "Time per request.", []float64{0.1, 0.5, 1}, "route")
	if err := reg.Register(req, inFlight, dur); err != nil {
		t.Fatal(err)
	}
	req.WithLabelValues("POST /v1", "200").Inc()
	req.WithLabelValues("POST /v1", "200").Inc()
	odd := "a \"quoted\" \\ value\nwith a line feed, é"
	req.WithLabelValues(odd, "500").Inc()
	inFlight.Inc()
	inFlight.Inc()
	inFlight.Dec()
	for _, v := range []float64{0.05, 0.1, 0.3, 0.7, 5} { // 0.1 is on a bound: le is inclusive
		dur.WithLabelValues("POST /v1").Observe(v)
	}

	mfs, text := scrape(t, reg)
	if mf := mfs["app_requests_total"]; mf.GetType() != dto.MetricType_COUNTER || !strings.Contains(mf.GetHelp(), "Second line with a \\ backslash") {
		t.Errorf("requests family: %v", mf)
	}
	if v := series(t, mfs["app_requests_total"], map[string]string{"route": "POST /v1", "code": "200"}).GetCounter().GetValue(); v != 2 {
		t.Errorf("counter = %v, want 2", v)
	}
	if v := series(t, mfs["app_requests_total"], map[string]string{"route": odd, "code": "500"}).GetCounter().GetValue(); v != 1 {
		t.Errorf("counter with escaped label = %v, want 1", v)
	}
	if v := mfs["app_in_flight"].GetMetric()[0].GetGauge().GetValue(); v != 1 {
		t.Errorf("gauge = %v, want 1", v)
	}
	h := series(t, mfs["app_duration_seconds"], map[string]string{"route": "POST /v1"}).GetHistogram()
	if h.GetSampleCount() != 5 || math.Abs(h.GetSampleSum()-6.15) > 1e-9 {
		t.Errorf("histogram count %d sum %v, want 5 and 6.15", h.GetSampleCount(), h.GetSampleSum())
	}
	wantCum := map[float64]uint64{0.1: 2, 0.5: 3, 1: 4, math.Inf(1): 5}
	for _, b := range h.GetBucket() {
		if want, ok := wantCum[b.GetUpperBound()]; !ok || b.GetCumulativeCount() != want {
			t.Errorf("bucket le=%v holds %d, want %d", b.GetUpperBound(), b.GetCumulativeCount(), want)
		}
	}
	if !strings.Contains(text, `app_duration_seconds_bucket{route="POST /v1",le="+Inf"} 5`) {
		t.Errorf("no +Inf bucket equal to the count:\n%s", text)
	}
	// Labels by name, as Prometheus' client writes them.
	if !strings.Contains(text, `app_requests_total{code="200",route="POST /v1"} 2`) {
		t.Errorf("labels not sorted by name:\n%s", text)
	}
	// Families and series come sorted, so two scrapes of the same state match.
	if _, again := scrape(t, reg); again != text {
		t.Error("two scrapes of the same state differ")
	}
}

func TestRuntimeAndProcessMetrics(t *testing.T) {
	mfs, _ := scrape(t, NewRegistry())
	for _, name := range []string{"go_goroutines", "go_threads", "go_memstats_heap_alloc_bytes", "go_memstats_alloc_bytes_total", "go_sched_gomaxprocs_threads", "go_gc_gomemlimit_bytes"} {
		mf := mfs[name]
		if mf == nil || len(mf.GetMetric()) != 1 {
			t.Errorf("no %s", name)
			continue
		}
		m := mf.GetMetric()[0]
		if v := m.GetGauge().GetValue() + m.GetCounter().GetValue(); v <= 0 {
			t.Errorf("%s = %v, want > 0", name, v)
		}
	}
	if got := series(t, mfs["go_info"], map[string]string{"version": runtime.Version()}).GetGauge().GetValue(); got != 1 {
		t.Errorf("go_info = %v", got)
	}
	if s := mfs["go_gc_duration_seconds"].GetMetric()[0].GetSummary(); len(s.GetQuantile()) != 5 {
		t.Errorf("go_gc_duration_seconds quantiles: %v", s)
	}
	if runtime.GOOS != "linux" {
		return
	}
	for _, name := range []string{"process_cpu_seconds_total", "process_open_fds", "process_max_fds", "process_resident_memory_bytes", "process_virtual_memory_bytes", "process_virtual_memory_max_bytes", "process_start_time_seconds"} {
		if mfs[name] == nil {
			t.Errorf("no %s", name)
		}
	}
	start := mfs["process_start_time_seconds"].GetMetric()[0].GetGauge().GetValue()
	if now := float64(time.Now().Unix()); start > now+1 || start < now-24*3600 {
		t.Errorf("process_start_time_seconds = %v, now %v", start, now)
	}
	if rss := mfs["process_resident_memory_bytes"].GetMetric()[0].GetGauge().GetValue(); rss < 1<<20 {
		t.Errorf("resident memory %v bytes: not read from /proc", rss)
	}
}

func TestRegisterTwiceFails(t *testing.T) {
	reg := NewEmptyRegistry()
	if err := reg.Register(NewGauge("x", "")); err != nil {
		t.Fatal(err)
	}
	if err := reg.Register(NewCounterVec("x", "", "a")); err == nil || !strings.Contains(err.Error(), "x") {
		t.Errorf("second registration of x: %v", err)
	}
}

func TestConcurrentUpdatesAreCounted(t *testing.T) {
	reg := NewEmptyRegistry()
	c := NewCounterVec("c_total", "", "k")
	h := NewHistogramVec("h_seconds", "", []float64{1}, "k")
	if err := reg.Register(c, h); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 500 {
				k := []string{"a", "b"}[(g+i)%2]
				c.WithLabelValues(k).Inc()
				h.WithLabelValues(k).Observe(float64(i % 3))
			}
		})
	}
	wg.Go(func() { // scrapes while the counters move
		for range 20 {
			scrape(t, reg)
		}
	})
	wg.Wait()
	mfs, _ := scrape(t, reg)
	var total float64
	var count uint64
	for _, k := range []string{"a", "b"} {
		total += series(t, mfs["c_total"], map[string]string{"k": k}).GetCounter().GetValue()
		count += series(t, mfs["h_seconds"], map[string]string{"k": k}).GetHistogram().GetSampleCount()
	}
	if total != 4000 || count != 4000 {
		t.Errorf("counted %v increments and %d observations, want 4000 each", total, count)
	}
}

func TestHandler(t *testing.T) {
	reg := NewEmptyRegistry()
	g := NewGauge("up_now", "Always one.")
	_ = reg.Register(g)
	g.Inc()
	rec := httptest.NewRecorder()
	reg.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if ct := rec.Header().Get("Content-Type"); ct != ContentType {
		t.Errorf("Content-Type %q", ct)
	}
	if got, want := rec.Body.String(), "# HELP up_now Always one.\n# TYPE up_now gauge\nup_now 1\n"; got != want {
		t.Errorf("body %q, want %q", got, want)
	}
}

func TestFormatFloat(t *testing.T) {
	for v, want := range map[float64]string{math.Inf(1): "+Inf", math.Inf(-1): "-Inf", 0.0005: "0.0005", 2.5: "2.5", 30: "30", 1e21: "1e+21"} {
		if got := formatFloat(v); got != want {
			t.Errorf("formatFloat(%v) = %q, want %q", v, got, want)
		}
	}
	if got := formatFloat(math.NaN()); got != "NaN" {
		t.Errorf("NaN: %q", got)
	}
}
