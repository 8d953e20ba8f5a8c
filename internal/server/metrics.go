package server

import (
	"net/http"

	"github.com/domainyours/domainyours/internal/promtext"
)

type metrics struct {
	requests      *promtext.CounterVec
	duration      *promtext.HistogramVec
	inFlight      *promtext.Gauge
	backendCalls  *promtext.Gauge
	refusals      *promtext.CounterVec
	backendErrors *promtext.CounterVec
	rejected      *promtext.CounterVec
	reg           *promtext.Registry
}

// NewRegistry returns a registry with the Go runtime and process metrics,
// the default for a Server.
func NewRegistry() *promtext.Registry { return promtext.NewRegistry() }

func newMetrics(reg *promtext.Registry) (*metrics, error) {
	m := &metrics{
		requests: promtext.NewCounterVec("domainyours_http_requests_total",
			"HTTP requests by route pattern and status code (499: the client left first).", "route", "code"),
		duration: promtext.NewHistogramVec("domainyours_http_request_duration_seconds",
			"Time from request to the end of the response, by route pattern.",
			// Built-in answers take well under a millisecond, model answers seconds.
			[]float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}, "route"),
		inFlight:      promtext.NewGauge("domainyours_http_requests_in_flight", "Requests being served now."),
		backendCalls:  promtext.NewGauge("domainyours_backend_requests_in_flight", "Requests holding one of the --max-concurrent backend slots."),
		refusals:      promtext.NewCounterVec("domainyours_refusals_total", "Refused descriptions by category and by whom (guardrail or model).", "category", "refused_by"),
		backendErrors: promtext.NewCounterVec("domainyours_backend_errors_total", "Failed backend calls by error class.", "class"),
		rejected:      promtext.NewCounterVec("domainyours_http_rejected_total", "Requests turned away by a guardrail, by reason.", "reason"),
		reg:           reg,
	}
	if err := reg.Register(m.requests, m.duration, m.inFlight, m.backendCalls, m.refusals, m.backendErrors, m.rejected); err != nil {
		return nil, err
	}
	return m, nil
}

func (s *Server) metricsHandler() http.Handler { return s.metrics.reg.Handler() }
