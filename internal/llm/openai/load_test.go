package openai

import (
	"context"
	"crypto/sha256"
	"fmt"
	"hash/fnv"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/llm/llmtest"
	"github.com/domainyours/domainyours/internal/llm/openaitest"

	"github.com/domainyours/domainyours/internal/llm"
)

// deterministicServer answers each request with a reply derived only from
// its content, after a latency and a transient failure that depend on the
// content too, so the order in which requests arrive cannot change results.
func deterministicServer(t testing.TB) *openaitest.Server {
	var mu sync.Mutex
	failed := map[string]bool{}
	return newFake(t, func(w http.ResponseWriter, r *http.Request, _ int, body map[string]any) {
		msgs, _ := body["messages"].([]any)
		last, _ := msgs[len(msgs)-1].(map[string]any)
		text, _ := last["content"].(string)
		h := fnv.New32a()
		h.Write([]byte(text))
		n := h.Sum32()
		// Every third request fails once, with a transient status.
		mu.Lock()
		fail := n%3 == 0 && !failed[text]
		failed[text] = true
		mu.Unlock()
		if fail {
			apiError(w, 503, "server_error", "", "busy", "Retry-After-Ms", "1")
			return
		}
		time.Sleep(time.Duration(n%5) * time.Millisecond)
		sum := sha256.Sum256([]byte(text))
		completion{Content: fmt.Sprintf(`{"score":%d,"label":"safe"}`, 1+sum[0]%5)}.Write(w, nil)
	})
}

func runAll(t *testing.T, c *llm.Client, workers int, reqs []llm.Request) map[string]string {
	t.Helper()
	out := make(map[string]string, len(reqs))
	var mu sync.Mutex
	jobs := make(chan llm.Request)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for r := range jobs {
				resp, err := c.Complete(context.Background(), r)
				v := string(resp.JSON)
				if err != nil {
					v = "error: " + err.Error()
				}
				mu.Lock()
				out[r.ID] = v
				mu.Unlock()
			}
		})
	}
	for _, r := range reqs {
		jobs <- r
	}
	close(jobs)
	wg.Wait()
	return out
}

func TestSameResultsAtAnyConcurrency(t *testing.T) {
	var reqs []llm.Request
	for i := range 64 {
		r := schemaRequest(fmt.Sprintf("row-%02d", i))
		r.Messages[0].Content = fmt.Sprintf("business %d: a bakery in town %d", i, i*7)
		reqs = append(reqs, r)
	}
	var first map[string]string
	for _, conc := range []int{1, 8, 32} {
		srv := deterministicServer(t)
		c := newClient(t, newProvider(t, srv.URL), llm.Config{Concurrency: conc, BaseDelay: time.Millisecond, MaxDelay: time.Millisecond})
		got := runAll(t, c, conc, reqs)
		if len(got) != len(reqs) {
			t.Fatalf("concurrency %d: %d results for %d requests", conc, len(got), len(reqs))
		}
		for id, v := range got {
			if len(v) == 0 || v[0] != '{' {
				t.Fatalf("concurrency %d: %s failed: %s", conc, id, v)
			}
		}
		if first == nil {
			first = got
			continue
		}
		for id, v := range first {
			if got[id] != v {
				t.Errorf("concurrency %d: %s = %s, at concurrency 1 it was %s", conc, id, got[id], v)
			}
		}
		if u := c.Usage(); u.Calls != len(reqs) || u.Attempts <= len(reqs) {
			t.Errorf("concurrency %d: usage %+v; want %d calls and some retries", conc, u, len(reqs))
		}
	}
}

// TestNoGoroutineLeak drives every failure path, releases the connections
// and checks that the goroutine count returns to where it started.
func TestNoGoroutineLeak(t *testing.T) {
	run := func() {
		srv := newFake(t, func(w http.ResponseWriter, r *http.Request, hit int, _ map[string]any) {
			switch hit % 5 {
			case 0:
				<-r.Context().Done() // hung
			case 1:
				w.Header().Set("Content-Length", "100") // cut short
				w.Write([]byte(`{"id":`))
			case 2:
				apiError(w, 503, "server_error", "", "busy")
			case 3:
				w.Write([]byte(`{"choices":[`)) // endless until canceled
				w.(http.Flusher).Flush()
				<-r.Context().Done()
			default:
				completion{Content: "ok"}.Write(w, nil)
			}
		})
		p := newProvider(t, srv.URL)
		c := newClient(t, p, llm.Config{AttemptTimeout: 50 * time.Millisecond, TotalTimeout: time.Second,
			MaxAttempts: 3, BaseDelay: time.Millisecond, MaxDelay: time.Millisecond, Concurrency: 8})
		var wg sync.WaitGroup
		for i := range 20 {
			wg.Go(func() { c.Complete(context.Background(), userRequest(fmt.Sprint(i), "x")) })
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
