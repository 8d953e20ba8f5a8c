// Package promtext keeps counters, gauges and histograms and writes them in
// the Prometheus text exposition format (version 0.0.4), with the Go runtime
// (go_*) and process (process_*) metrics a scraper expects.
//
// It replaces prometheus/client_golang, whose package initialisation (with
// procfs, protobuf and expvar behind it) cost every process about 3 ms of
// CPU, --help included (BENCHMARKS.md, "Start-up"). The tests parse the
// output with the Prometheus project's own parser.
package promtext

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Registry holds the metrics one /metrics page shows.
type Registry struct {
	mu       sync.Mutex
	families map[string]family
}

// family is one metric name: its HELP and TYPE lines and its samples.
type family interface {
	name() string
	write(w *bufio.Writer)
}

// NewRegistry returns a registry with the Go runtime and process metrics.
func NewRegistry() *Registry {
	r := NewEmptyRegistry()
	r.families["go_"] = goMetrics{}
	r.families["process_"] = processMetrics{}
	return r
}

// NewEmptyRegistry returns a registry without the runtime and process
// metrics.
func NewEmptyRegistry() *Registry { return &Registry{families: map[string]family{}} }

func (r *Registry) register(f family) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, dup := r.families[f.name()]; dup {
		return fmt.Errorf("promtext: metric %s is registered twice", f.name())
	}
	r.families[f.name()] = f
	return nil
}

// Register adds metrics; a name already registered is an error.
func (r *Registry) Register(ms ...Metric) error {
	for _, m := range ms {
		if err := r.register(m.family()); err != nil {
			return err
		}
	}
	return nil
}

// Metric is what NewCounterVec, NewGauge and NewHistogramVec return.
type Metric interface{ family() family }

// ContentType is the media type of the text exposition format.
const ContentType = "text/plain; version=0.0.4; charset=utf-8"

// WriteTo writes every metric, families sorted by name and series by their
// label values, as Prometheus' own client does.
func (r *Registry) WriteTo(w io.Writer) (int64, error) {
	r.mu.Lock()
	fs := make([]family, 0, len(r.families))
	for _, f := range r.families {
		fs = append(fs, f)
	}
	r.mu.Unlock()
	slices.SortFunc(fs, func(a, b family) int { return strings.Compare(a.name(), b.name()) })
	cw := &countingWriter{w: w}
	bw := bufio.NewWriter(cw)
	for _, f := range fs {
		f.write(bw)
	}
	err := bw.Flush()
	return cw.n, err
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// Handler serves the registry as a /metrics page.
func (r *Registry) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", ContentType)
		_, _ = r.WriteTo(w) // the scraper may be gone
	})
}

// header writes the HELP and TYPE lines of a family.
func header(w *bufio.Writer, name, help, typ string) {
	w.WriteString("# HELP ")
	w.WriteString(name)
	w.WriteByte(' ')
	w.WriteString(escapeHelp(help))
	w.WriteString("\n# TYPE ")
	w.WriteString(name)
	w.WriteByte(' ')
	w.WriteString(typ)
	w.WriteByte('\n')
}

// sample writes one line: name{labels} value. extra is a last label (le,
// quantile) or "".
func sample(w *bufio.Writer, name string, labels, values []string, extraName, extraValue string, v float64) {
	w.WriteString(name)
	if len(labels) > 0 || extraName != "" {
		w.WriteByte('{')
		for i, l := range labels {
			if i > 0 {
				w.WriteByte(',')
			}
			w.WriteString(l)
			w.WriteString(`="`)
			w.WriteString(escapeLabel(values[i]))
			w.WriteByte('"')
		}
		if extraName != "" {
			if len(labels) > 0 {
				w.WriteByte(',')
			}
			w.WriteString(extraName)
			w.WriteString(`="`)
			w.WriteString(extraValue)
			w.WriteByte('"')
		}
		w.WriteByte('}')
	}
	w.WriteByte(' ')
	w.WriteString(formatFloat(v))
	w.WriteByte('\n')
}

// escapeHelp escapes a HELP text: backslash and line feed.
func escapeHelp(s string) string { return escape(s, false) }

// escapeLabel escapes a label value: backslash, line feed and double quote.
func escapeLabel(s string) string { return escape(s, true) }

func escape(s string, quote bool) string {
	if !strings.ContainsAny(s, "\\\n\"") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '"' && quote:
			b.WriteString(`\"`)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// formatFloat writes a value as the format wants it: +Inf, -Inf, NaN, or
// the shortest decimal that reads back exactly.
func formatFloat(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	case math.IsNaN(v):
		return "NaN"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// vec is the series of one family by label values, created on first use.
type vec[S any] struct {
	labels []string // as declared: the order of WithLabelValues
	// sorted are the labels by name, as Prometheus' client writes them;
	// values are kept in that order.
	sorted []string
	order  []int // sorted[i] is labels[order[i]]
	mu     sync.RWMutex
	series map[string]*S
	values map[string][]string
	make   func() *S
}

func newVec[S any](labels []string, mk func() *S) vec[S] {
	order := make([]int, len(labels))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(labels[a], labels[b]) })
	sorted := make([]string, len(labels))
	for i, j := range order {
		sorted[i] = labels[j]
	}
	return vec[S]{labels: labels, sorted: sorted, order: order, series: map[string]*S{}, values: map[string][]string{}, make: mk}
}

// with returns the series for values, which must match the labels in
// number (a programming error otherwise).
func (v *vec[S]) with(values []string) *S {
	if len(values) != len(v.labels) {
		panic(fmt.Sprintf("promtext: %d label values for labels %v", len(values), v.labels))
	}
	key := strings.Join(values, "\xff")
	v.mu.RLock()
	s := v.series[key]
	v.mu.RUnlock()
	if s != nil {
		return s
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if s = v.series[key]; s == nil {
		s = v.make()
		v.series[key] = s
		byName := make([]string, len(values))
		for i, j := range v.order {
			byName[i] = values[j]
		}
		v.values[key] = byName
	}
	return s
}

// each calls fn for every series, sorted by label values; values are in
// the order of v.sorted.
func (v *vec[S]) each(fn func(values []string, s *S)) {
	v.mu.RLock()
	keys := make([]string, 0, len(v.series))
	for k := range v.series {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return slices.Compare(v.values[a], v.values[b]) })
	series := make([]*S, len(keys))
	values := make([][]string, len(keys))
	for i, k := range keys {
		series[i], values[i] = v.series[k], v.values[k]
	}
	v.mu.RUnlock()
	for i := range keys {
		fn(values[i], series[i])
	}
}

// Counter only goes up.
type Counter struct{ n atomic.Uint64 }

// Inc adds one.
func (c *Counter) Inc() { c.n.Add(1) }

// CounterVec is a counter per combination of label values.
type CounterVec struct {
	name, help string
	vec[Counter]
}

// NewCounterVec returns a counter family with the given labels.
func NewCounterVec(name, help string, labels ...string) *CounterVec {
	return &CounterVec{name: name, help: help, vec: newVec(labels, func() *Counter { return &Counter{} })}
}

// WithLabelValues returns the counter of those label values, in the order
// of the labels.
func (c *CounterVec) WithLabelValues(values ...string) *Counter { return c.with(values) }

func (c *CounterVec) family() family { return counterFamily{c} }

type counterFamily struct{ c *CounterVec }

func (f counterFamily) name() string { return f.c.name }
func (f counterFamily) write(w *bufio.Writer) {
	header(w, f.c.name, f.c.help, "counter")
	f.c.each(func(values []string, s *Counter) {
		sample(w, f.c.name, f.c.sorted, values, "", "", float64(s.n.Load()))
	})
}

// Gauge goes up and down.
type Gauge struct {
	name, help string
	n          atomic.Int64
}

// NewGauge returns a gauge without labels.
func NewGauge(name, help string) *Gauge { return &Gauge{name: name, help: help} }

// Inc adds one.
func (g *Gauge) Inc() { g.n.Add(1) }

// Dec subtracts one.
func (g *Gauge) Dec() { g.n.Add(-1) }

func (g *Gauge) family() family { return gaugeFamily{g} }

type gaugeFamily struct{ g *Gauge }

func (f gaugeFamily) name() string { return f.g.name }
func (f gaugeFamily) write(w *bufio.Writer) {
	header(w, f.g.name, f.g.help, "gauge")
	sample(w, f.g.name, nil, nil, "", "", float64(f.g.n.Load()))
}

// Histogram counts observations into cumulative buckets.
type Histogram struct {
	mu     sync.Mutex
	upper  []float64 // the buckets' upper bounds, ascending; +Inf implied
	counts []uint64  // per bucket, not cumulative; the last is +Inf
	sum    float64
}

// Observe adds one observation.
func (h *Histogram) Observe(v float64) {
	i, _ := slices.BinarySearch(h.upper, v) // first bound >= v: le is inclusive
	h.mu.Lock()
	h.counts[i]++
	h.sum += v
	h.mu.Unlock()
}

// HistogramVec is a histogram per combination of label values.
type HistogramVec struct {
	name, help string
	buckets    []float64
	vec[Histogram]
}

// NewHistogramVec returns a histogram family with the given bucket upper
// bounds (ascending, +Inf added) and labels.
func NewHistogramVec(name, help string, buckets []float64, labels ...string) *HistogramVec {
	if !slices.IsSorted(buckets) || len(buckets) == 0 || math.IsInf(buckets[len(buckets)-1], 1) {
		panic("promtext: histogram buckets must be finite, ascending and not empty")
	}
	b := slices.Clone(buckets)
	return &HistogramVec{name: name, help: help, buckets: b, vec: newVec(labels, func() *Histogram {
		return &Histogram{upper: b, counts: make([]uint64, len(b)+1)}
	})}
}

// WithLabelValues returns the histogram of those label values, in the order
// of the labels.
func (h *HistogramVec) WithLabelValues(values ...string) *Histogram { return h.with(values) }

func (h *HistogramVec) family() family { return histogramFamily{h} }

type histogramFamily struct{ h *HistogramVec }

func (f histogramFamily) name() string { return f.h.name }
func (f histogramFamily) write(w *bufio.Writer) {
	h := f.h
	header(w, h.name, h.help, "histogram")
	counts := make([]uint64, len(h.buckets)+1)
	h.each(func(values []string, s *Histogram) {
		s.mu.Lock()
		copy(counts, s.counts)
		sum := s.sum
		s.mu.Unlock()
		var cum uint64
		for i, le := range h.buckets {
			cum += counts[i]
			sample(w, h.name+"_bucket", h.sorted, values, "le", formatFloat(le), float64(cum))
		}
		cum += counts[len(h.buckets)]
		sample(w, h.name+"_bucket", h.sorted, values, "le", "+Inf", float64(cum))
		sample(w, h.name+"_sum", h.sorted, values, "", "", sum)
		sample(w, h.name+"_count", h.sorted, values, "", "", float64(cum))
	})
}
