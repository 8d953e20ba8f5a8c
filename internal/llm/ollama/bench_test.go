package ollama

import (
	"context"
	"net/http"
	"testing"

	"github.com/domainyours/domainyours/internal/llm"
)

// BenchmarkLoopbackZeroLatency is one call through llm.Client, the adapter
// and its stream reader, and loopback HTTP to a fake Ollama that streams a
// three-chunk reply at once: the client-side cost of a call.
func BenchmarkLoopbackZeroLatency(b *testing.B) {
	srv := newFake(b, func(w http.ResponseWriter, _ *http.Request, _ int, _ map[string]any) {
		text(`{"score":3,"label":"safe"}`)(w)
	})
	c := newClient(b, newProvider(b, srv.URL), llm.Config{})
	req := schemaRequest()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Complete(context.Background(), req); err != nil {
			b.Fatal(err)
		}
	}
}
