package server

import (
	"bytes"
	"testing"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/domainyours/domainyours/internal/promtext"
)

// scrape reads reg as a Prometheus server would: its text, through
// Prometheus' own parser.
func scrape(t testing.TB, reg *promtext.Registry) map[string]*dto.MetricFamily {
	t.Helper()
	var buf bytes.Buffer
	if _, err := reg.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	p := expfmt.NewTextParser(model.LegacyValidation)
	mfs, err := p.TextToMetricFamilies(&buf)
	if err != nil {
		t.Fatalf("metrics do not parse: %v", err)
	}
	return mfs
}

// counter reads one labelled series of a counter vector from reg.
func counter(t testing.TB, reg *promtext.Registry, name, label, value string) float64 {
	t.Helper()
	for _, m := range scrape(t, reg)[name].GetMetric() {
		for _, l := range m.GetLabel() {
			if l.GetName() == label && l.GetValue() == value {
				return m.GetCounter().GetValue()
			}
		}
	}
	return 0
}

func gauge(t testing.TB, reg *promtext.Registry, name string) float64 {
	t.Helper()
	if mf := scrape(t, reg)[name]; mf != nil && len(mf.GetMetric()) == 1 {
		return mf.GetMetric()[0].GetGauge().GetValue()
	}
	t.Fatalf("no gauge %s", name)
	return 0
}
