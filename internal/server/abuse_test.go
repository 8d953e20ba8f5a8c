package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/llm/llmtest"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// live is a Server answering on a loopback listener through Serve, the way
// `domainyours serve` runs it: the real http.Server with its timeouts.
type live struct {
	url   string
	addr  string
	s     *Server
	stop  context.CancelFunc
	ended chan error
}

func serveLive(t testing.TB, cfg Config) *live {
	t.Helper()
	if cfg.Service == nil {
		cfg.Service = suggestion.New(suggestion.NewBuiltin())
	}
	cfg.Registry = NewRegistry()
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	l := &live{url: "http://" + ln.Addr().String(), addr: ln.Addr().String(), s: s, stop: stop, ended: make(chan error, 1)}
	go func() { l.ended <- s.Serve(ctx, ln, 5*time.Second) }()
	t.Cleanup(func() {
		stop()
		if err := <-l.ended; err != nil {
			t.Errorf("shutdown: %v", err)
		}
	})
	return l
}

func (l *live) post(t testing.TB, c *http.Client, path, body string) (int, http.Header, []byte) {
	t.Helper()
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Post(l.url+path, "application/json", strings.NewReader(body))
	if err != nil {
		t.Errorf("POST %s: %v", path, err)
		return -1, nil, nil
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Errorf("POST %s: reading: %v", path, err)
	}
	return resp.StatusCode, resp.Header, b
}

func (l *live) healthy(t testing.TB) {
	t.Helper()
	resp, err := http.Get(l.url + "/healthz")
	if err != nil {
		t.Fatalf("the server stopped answering: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("/healthz: %d", resp.StatusCode)
	}
}

func TestOversizedBodies(t *testing.T) {
	l := serveLive(t, Config{})
	huge := `{"description": "` + strings.Repeat("a", 1<<20) + `"}`
	if code, _, b := l.post(t, nil, "/v1/suggest", huge); code != 413 || !strings.Contains(string(b), codeBodyTooLarge) {
		t.Errorf("1 MiB with Content-Length: %d %s", code, b)
	}
	// Without a length (chunked), the limit still holds while reading.
	req, _ := http.NewRequest("POST", l.url+"/v1/suggest", io.MultiReader(strings.NewReader(huge)))
	req.Header.Set("Content-Type", "application/json")
	req.ContentLength = -1
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 413 || !strings.Contains(string(b), codeBodyTooLarge) {
		t.Errorf("1 MiB chunked: %d %s", resp.StatusCode, b)
	}
	// Headers beyond 16 KiB are refused by net/http itself.
	req, _ = http.NewRequest("POST", l.url+"/v1/suggest", strings.NewReader(`{"description": "a bakery"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Padding", strings.Repeat("p", 64<<10))
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
			t.Errorf("64 KiB header: %d", resp.StatusCode)
		}
	}
	l.healthy(t)
}

// readUntilClosed reads from conn until the server closes it; it fails the
// test if that takes longer than limit.
func readUntilClosed(t *testing.T, conn net.Conn, limit time.Duration) string {
	t.Helper()
	conn.SetReadDeadline(time.Now().Add(limit))
	b, err := io.ReadAll(conn)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("the server kept a stalled connection open for %s", limit)
	}
	return string(b)
}

// A slow-loris client (headers that never end, a body that never comes)
// is cut off by the header and read timeouts, and others are served
// meanwhile.
func TestSlowClientsAreCutOff(t *testing.T) {
	l := serveLive(t, Config{ReadHeaderTimeout: 300 * time.Millisecond, ReadTimeout: 600 * time.Millisecond})

	var stalled []net.Conn
	for range 20 {
		c, err := net.Dial("tcp", l.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		fmt.Fprintf(c, "POST /v1/suggest HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n") // no blank line: headers never end
		stalled = append(stalled, c)
	}
	// Twenty stalled connections do not stop an honest client.
	if code, _, b := l.post(t, nil, "/v1/suggest", `{"description": "a bakery"}`); code != 200 {
		t.Fatalf("honest client next to stalled ones: %d %s", code, b)
	}
	for _, c := range stalled {
		readUntilClosed(t, c, 10*time.Second)
	}

	// Complete headers, then a body that stops half way.
	c, err := net.Dial("tcp", l.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "POST /v1/suggest HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"description\": \"a ba")
	got := readUntilClosed(t, c, 10*time.Second)
	if got != "" && !strings.HasPrefix(got, "HTTP/1.1 400") {
		t.Errorf("a stalled body got %q", got)
	}
	l.healthy(t)
}

// Malformed and hostile JSON: every one is a 400 with a JSON error code,
// and the server keeps answering.
func TestHostileJSON(t *testing.T) {
	l := serveLive(t, Config{})
	for name, body := range map[string]string{
		"deep nesting":   strings.Repeat("[", 20000) + strings.Repeat("]", 20000),
		"deep object":    strings.Repeat(`{"description":`, 3000) + `"x"` + strings.Repeat("}", 3000),
		"invalid utf-8":  "{\"description\": \"a bakery \xff\xfe\"}",
		"nul bytes":      "{\"description\": \"a\x00bakery\"}",
		"huge count":     `{"description": "a bakery", "count": 1e400}`,
		"negative count": `{"description": "a bakery", "count": -5}`,
		"seed overflow":  `{"description": "a bakery", "seed": 99999999999999999999}`,
		"duplicate key":  `{"description": "a bakery", "description": ""}`,
		"tlds object":    `{"description": "a bakery", "tlds": {"com": true}}`,
		"prototype":      `{"__proto__": {"admin": true}, "description": "a bakery"}`,
		"array":          `[{"description": "a bakery"}]`,
		"null":           `null`,
		"truncated":      `{"description": "a bakery", "count": 3`,
		"trailing":       `{"description": "a bakery"}garbage`,
	} {
		code, _, b := l.post(t, nil, "/v1/suggest", body)
		var e errorBody
		if code != 400 || json.Unmarshal(b, &e) != nil || e.Error.Code == "" {
			t.Errorf("%s: %d %.200s", name, code, b)
		}
	}
	l.healthy(t)
}

// 10,000 requests from one client: the bucket lets through its burst and
// its rate, the rest get 429 with Retry-After, nothing else happens, and no
// goroutine is left behind.
func TestTenThousandRequestsFromOneClient(t *testing.T) {
	before := llmtest.Goroutines()
	const perSecond, burst = 50, 20
	l := serveLive(t, Config{RateLimit: perSecond, RateBurst: burst})
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 8}}
	defer client.CloseIdleConnections()

	var mu sync.Mutex
	codes := map[int]int{}
	badRetry := 0
	start := time.Now()
	var wg sync.WaitGroup
	jobs := make(chan int)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range jobs {
				code, h, _ := l.post(t, client, "/v1/suggest", `{"description": "a bakery", "count": 1}`)
				mu.Lock()
				codes[code]++
				if code == 429 {
					if ra, err := strconv.Atoi(h.Get("Retry-After")); err != nil || ra < 1 {
						badRetry++
					}
				}
				mu.Unlock()
			}
		}()
	}
	for i := range 10000 {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(start)

	if codes[200]+codes[429] != 10000 {
		t.Errorf("status codes %v: only 200 and 429 expected", codes)
	}
	if max := burst + int(elapsed.Seconds()*perSecond) + 1; codes[200] > max || codes[200] < burst {
		t.Errorf("%d requests passed in %s; the bucket allows %d to %d", codes[200], elapsed, burst, max)
	}
	if badRetry > 0 {
		t.Errorf("%d 429s without a usable Retry-After", badRetry)
	}
	l.healthy(t)
	client.CloseIdleConnections()
	l.stop()
	if err := <-l.ended; err != nil {
		t.Errorf("shutdown: %v", err)
	}
	l.ended <- nil // for the cleanup
	if left := llmtest.Leaked(before); len(left) > 0 {
		t.Errorf("%d goroutines left after the run and shutdown:\n%s", len(left), strings.Join(left, "\n\n"))
	}
}

// A model that takes 300 ms and more clients than --max-concurrent: the cap
// holds at the model, the excess is told 429 at once, and nothing piles up
// into timeouts.
func TestSlowModelConcurrencyCap(t *testing.T) {
	const slots = 4
	model := fakeOpenAI(t, 300*time.Millisecond, "m1")
	l := serveLive(t, Config{Service: suggestion.New(openAIBackend(t, model.URL, "m1")), MaxConcurrent: slots, RequestTimeout: 10 * time.Second})

	type result struct {
		code    int
		retry   string
		elapsed time.Duration
	}
	results := make(chan result, 64)
	var wg sync.WaitGroup
	for range 48 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				start := time.Now()
				code, h, _ := l.post(t, nil, "/v1/suggest", `{"description": "a bakery in Lyon"}`)
				results <- result{code, h.Get("Retry-After"), time.Since(start)}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	codes := map[int]int{}
	var slowest429 time.Duration
	for r := range results {
		codes[r.code]++
		if r.code == 429 {
			if r.retry != "1" {
				t.Errorf("429 with Retry-After %q", r.retry)
			}
			slowest429 = max(slowest429, r.elapsed)
		}
	}
	if m := model.MaxInFlight(); m > slots {
		t.Errorf("the model had %d requests at once; the cap is %d", m, slots)
	}
	if codes[200]+codes[429] != 144 || codes[200] == 0 || codes[429] == 0 {
		t.Errorf("status codes %v: want only 200s (at most %d at a time) and 429s", codes, slots)
	}
	if codes[200] != model.Hits() {
		t.Errorf("%d answers for %d model calls", codes[200], model.Hits())
	}
	t.Logf("144 requests, cap %d, model 300 ms: %v; slowest 429 took %s", slots, codes, slowest429)
}
