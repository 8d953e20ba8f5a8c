package ollama

import (
	"context"
	"net"
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

// BenchmarkNewestVersionRefused is suggest's auto-backend probe with no
// Ollama running: "connect" is NewestVersion's TCP connect to the local
// port, "sdk" the SDK's HTTP request it saves (what a remote server gets).
func BenchmarkNewestVersionRefused(b *testing.B) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()
	p := newProvider(b, closed)
	sdk := *p
	sdk.local = ""
	for _, bb := range []struct {
		name string
		p    *Provider
	}{{"connect", p}, {"sdk", &sdk}} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, _, _, err := bb.p.NewestVersion(context.Background(), "domainyours"); llm.ClassOf(err) != llm.Unreachable {
					b.Fatal(err)
				}
			}
		})
	}
}
