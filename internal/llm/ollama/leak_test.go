package ollama

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/llm/llmtest"

	"github.com/domainyours/domainyours/internal/llm"
)

// TestNoGoroutineLeak drives every failure path of a stream, releases the
// connections and checks that the goroutine count returns to where it was.
func TestNoGoroutineLeak(t *testing.T) {
	run := func() {
		srv := newFake(t, func(w http.ResponseWriter, r *http.Request, hit int, _ map[string]any) {
			switch hit % 6 {
			case 0:
				<-r.Context().Done() // hung
			case 1:
				streamThenError(w, "runner crashed")
			case 2:
				ollamaError(w, 503, "server busy")
			case 3:
				w.Write([]byte(`{"model":"m","message":{"role":"assistant","content":"a"},"done":false}` + "\n"))
				w.(http.Flusher).Flush()
				<-r.Context().Done() // a stream that stalls
			case 4:
				if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
					conn.Close() // dropped
				}
			default:
				text("ok")(w)
			}
		})
		p := newProvider(t, srv.URL)
		c := newClient(t, p, llm.Config{AttemptTimeout: 50 * time.Millisecond, TotalTimeout: time.Second,
			MaxAttempts: 3, BaseDelay: time.Millisecond, MaxDelay: time.Millisecond, Concurrency: 8})
		var wg sync.WaitGroup
		for i := range 24 {
			wg.Go(func() { c.Complete(context.Background(), userRequest(fmt.Sprint(i))) })
		}
		wg.Wait()
		p.CloseIdleConnections()
		srv.Close()
	}
	run() // warm up lazily started runtime and net/http goroutines
	before := llmtest.Goroutines()
	run()
	if left := llmtest.Leaked(before); len(left) > 0 {
		t.Errorf("%d goroutines started by the run are still running:\n%s", len(left), strings.Join(left, "\n\n"))
	}
}
