package server

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

type metrics struct {
	requests      *prometheus.CounterVec
	duration      *prometheus.HistogramVec
	inFlight      prometheus.Gauge
	backendCalls  prometheus.Gauge
	refusals      *prometheus.CounterVec
	backendErrors *prometheus.CounterVec
	rejected      *prometheus.CounterVec
	gatherer      prometheus.Gatherer
}

// NewRegistry returns a registry with the Go runtime and process collectors,
// the default for a Server.
func NewRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

func newMetrics(reg *prometheus.Registry) (*metrics, error) {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "domainyours_http_requests_total", Help: "HTTP requests by route pattern and status code (499: the client left first).",
		}, []string{"route", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "domainyours_http_request_duration_seconds", Help: "Time from request to the end of the response, by route pattern.",
			// Built-in answers take well under a millisecond, model answers seconds.
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"route"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "domainyours_http_requests_in_flight", Help: "Requests being served now.",
		}),
		backendCalls: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "domainyours_backend_requests_in_flight", Help: "Requests holding one of the --max-concurrent backend slots.",
		}),
		refusals: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "domainyours_refusals_total", Help: "Refused descriptions by category and by whom (guardrail or model).",
		}, []string{"category", "refused_by"}),
		backendErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "domainyours_backend_errors_total", Help: "Failed backend calls by error class.",
		}, []string{"class"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "domainyours_http_rejected_total", Help: "Requests turned away by a guardrail, by reason.",
		}, []string{"reason"}),
		gatherer: reg,
	}
	for _, c := range []prometheus.Collector{m.requests, m.duration, m.inFlight, m.backendCalls, m.refusals, m.backendErrors, m.rejected} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (s *Server) metricsHandler() http.Handler {
	return promhttp.HandlerFor(s.metrics.gatherer, promhttp.HandlerOpts{})
}
