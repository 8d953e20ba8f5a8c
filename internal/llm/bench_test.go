package llm

import (
	"context"
	"encoding/json"
	"testing"
)

// BenchmarkClientOverhead is the Client's own cost per call (limits,
// retry bookkeeping, accounting) around a provider that answers at once.
func BenchmarkClientOverhead(b *testing.B) {
	reply := `{"score":4,"label":"safe","names":["brightpath","lumenly"]}`
	p := &fakeProvider{fn: func(context.Context, int, Request) (Response, error) { return okReply(reply), nil }}
	c, err := NewClient(p, Config{})
	if err != nil {
		b.Fatal(err)
	}
	plain := req1
	withSchema := req1
	withSchema.Schema = &Schema{Name: "judge", JSON: json.RawMessage(judgeSchema), Strict: true}
	for _, bc := range []struct {
		name string
		req  Request
	}{{"plain", plain}, {"schema", withSchema}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.Complete(context.Background(), bc.req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
