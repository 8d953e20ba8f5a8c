package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/llm/openaitest"
	"github.com/domainyours/domainyours/internal/proctest"
)

// buildBinary compiles domainyours into a temporary folder.
func buildBinary(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "domainyours")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// served is a running `domainyours serve` process.
type served struct {
	url    string
	cmd    *exec.Cmd
	stderr *proctest.LockedBuffer
	exited chan struct{} // closed when the process has exited
	err    error         // its exit status, once exited is closed
}

var servingRE = regexp.MustCompile(`serving on (http://\S+)`)

// startServe runs the binary with serve on a free loopback port and waits
// for the line that names the address.
func startServe(t testing.TB, bin string, env []string, args ...string) *served {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	cmd.Env = append(os.Environ(), "OLLAMA_HOST=127.0.0.1:9", "DOMAINYOURS_BACKEND=", "DOMAINYOURS_API_TOKEN=", "DOMAINYOURS_LOG_LEVEL=")
	cmd.Env = append(cmd.Env, env...)
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &served{cmd: cmd, stderr: &proctest.LockedBuffer{}, exited: make(chan struct{})}
	found := make(chan string, 1)
	copied := make(chan struct{})
	go func() {
		defer close(copied)
		sc := bufio.NewScanner(pipe)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			fmt.Fprintln(s.stderr, line)
			if m := servingRE.FindStringSubmatch(line); m != nil {
				found <- m[1]
			}
		}
	}()
	go func() {
		<-copied // Wait closes the pipe: read it to the end first
		s.err = cmd.Wait()
		close(s.exited)
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-s.exited
	})
	select {
	case s.url = <-found:
	case <-s.exited:
		t.Fatalf("serve exited before listening: %v\n%s", s.err, s.stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("serve did not say where it listens:\n%s", s.stderr.String())
	}
	return s
}

func postJSON(url, body string, header ...string) (int, []byte, error) {
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, err
}

var elapsedRE = regexp.MustCompile(`"elapsed_ms":[0-9.e+-]+`)

// POST /v1/suggest answers exactly what `suggest --json` prints for the same
// input: one code path, one JSON shape.
func TestServeAnswersLikeSuggestJSON(t *testing.T) {
	bin := buildBinary(t)
	s := startServe(t, bin, nil, "--backend", "builtin")
	for _, tc := range []struct {
		args []string
		body map[string]any
	}{
		{[]string{"a bakery in Lyon"}, map[string]any{"description": "a bakery in Lyon"}},
		{[]string{"--count", "8", "--tld", "com,CO.UK", "--seed", "42", "an eco-friendly dog grooming van in Austin"},
			map[string]any{"description": "an eco-friendly dog grooming van in Austin", "count": 8, "tlds": []string{"com", "CO.UK"}, "seed": 42}},
		{[]string{"  a florist\u200b in Leeds  "}, map[string]any{"description": "  a florist\u200b in Leeds  "}},
		{[]string{"a shop selling stolen credit card numbers"}, map[string]any{"description": "a shop selling stolen credit card numbers"}},
	} {
		cli := exec.Command(bin, append([]string{"suggest", "--json", "--backend", "builtin"}, tc.args...)...)
		cli.Env = append(os.Environ(), "DOMAINYOURS_LOG_LEVEL=")
		want, err := cli.Output()
		var ee *exec.ExitError
		if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 3) { // 3: refused
			t.Fatalf("suggest %v: %v", tc.args, err)
		}
		js, _ := json.Marshal(tc.body)
		status, got, err := postJSON(s.url+"/v1/suggest", string(js))
		if err != nil || status != 200 {
			t.Fatalf("POST %s: %d %v %s", js, status, err, got)
		}
		w, g := elapsedRE.ReplaceAll(want, nil), elapsedRE.ReplaceAll(got, nil)
		if !bytes.Equal(w, g) {
			t.Errorf("for %v\n suggest --json: %s\n POST /v1/suggest: %s", tc.args, want, got)
		}
	}
}

// slowOpenAI speaks the OpenAI chat completions wire format and answers
// after latency; entered receives one value per completion request.
func slowOpenAI(t testing.TB, latency time.Duration, entered chan<- struct{}) string {
	t.Helper()
	srv := openaitest.New(t)
	content := `{"domains": ["bakehouse", "crumbly", "doughjoy", "loafly", "ovenrise"], "refusal": ""}`
	srv.OnChat(func(openaitest.ChatRequest) openaitest.Reply {
		select {
		case entered <- struct{}{}:
		default:
		}
		// The model's thinking time; a client that gives up ends it.
		return openaitest.Completion{Content: content, Model: "m1", PromptTokens: 50, CompletionTokens: 20, Delay: latency}
	})
	return srv.URL
}

var accessRE = regexp.MustCompile(`request_id=(\S+) method=POST route="POST /v1/suggest" status=(\d+)`)

// Ctrl-C under load: the server stops accepting, every request it had
// started is answered in full, and it exits 130 saying so. The model takes
// 300 ms, so requests are certainly in flight when the signal comes.
func TestServeCtrlCUnderLoad(t *testing.T) {
	bin := buildBinary(t)
	entered := make(chan struct{}, 64)
	model := slowOpenAI(t, 300*time.Millisecond, entered)
	s := startServe(t, bin, []string{"OPENAI_BASE_URL=" + model, "OPENAI_API_KEY=test-key"},
		"--backend", "openai", "--model", "m1", "--rate-limit", "0", "--max-concurrent", "64", "-v")

	const workers = 8
	var mu sync.Mutex
	complete := map[string]bool{}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; ; n++ {
				id := fmt.Sprintf("w%d-%d", w, n)
				status, body, err := postJSON(s.url+"/v1/suggest", `{"description": "a bakery in Lyon"}`, "X-Request-Id", id)
				if err != nil {
					return // the server has stopped accepting
				}
				var out struct{ Suggestions []struct{ Name string } }
				if status == 200 && json.Unmarshal(body, &out) == nil && len(out.Suggestions) == 5 {
					mu.Lock()
					complete[id] = true
					mu.Unlock()
				} else {
					t.Errorf("%s: status %d, incomplete answer %q", id, status, body)
				}
			}
		}()
	}
	// Every worker has a request at the model: interrupt now.
	for range workers {
		<-entered
	}
	if err := s.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.exited:
	case <-time.After(60 * time.Second):
		t.Fatalf("serve did not stop after Ctrl-C:\n%s", s.stderr.String())
	}
	wg.Wait()
	var ee *exec.ExitError
	if !errors.As(s.err, &ee) || ee.ExitCode() != 130 {
		t.Errorf("exit %v, want 130", s.err)
	}
	log := s.stderr.String()
	if !strings.Contains(log, "every request in flight was answered") {
		t.Errorf("stderr does not confirm a clean stop:\n%s", log)
	}
	// serve finishes its requests, so Ctrl-C says so; it abandons none.
	if !strings.Contains(log, "interrupted: finishing the requests in flight") || strings.Contains(log, "abandoned") {
		t.Errorf("stderr should say serve finishes the requests in flight, not abandon them:\n%s", log)
	}
	answered := 0
	for _, m := range accessRE.FindAllStringSubmatch(log, -1) {
		answered++
		if m[2] != "200" {
			t.Errorf("request %s ended with status %s", m[1], m[2])
		}
		if !complete[m[1]] {
			t.Errorf("request %s was answered by the server but its client did not get the whole answer", m[1])
		}
	}
	if answered < workers || len(complete) != answered {
		t.Errorf("%d requests in the access log, %d complete answers at the clients; want equal and at least %d", answered, len(complete), workers)
	}
}

// serve takes --guard like suggest: a guard that cannot answer fails the
// request closed (503, no names), and what the local rules refuse is refused
// before any guard is asked.
func TestServeGuardFailsClosed(t *testing.T) {
	bin := buildBinary(t)
	s := startServe(t, bin, []string{"DOMAINYOURS_CACHE_DIR=" + t.TempDir()}, "--backend", "builtin", "--guard", "ollama:llama-guard3", "--rate-limit", "0")
	if !strings.Contains(s.stderr.String(), "guard: ollama:llama-guard3") {
		t.Errorf("serve does not say which guard it uses:\n%s", s.stderr.String())
	}
	status, body, err := postJSON(s.url+"/v1/suggest", `{"description": "a bakery in Lyon"}`)
	if err != nil {
		t.Fatal(err)
	}
	if status != http.StatusServiceUnavailable || strings.Contains(string(body), `"suggestions"`) {
		t.Errorf("with an unreachable guard: %d %s; want 503 and no names", status, body)
	}
	status, body, err = postJSON(s.url+"/v1/suggest", `{"description": "We sell stolen credit card numbers and CVV dumps"}`)
	if err != nil || status != 200 || !strings.Contains(string(body), `"refused_by":"guardrail"`) {
		t.Errorf("a description the rules refuse: %d %v %s", status, err, body)
	}
}

// serve --version vN of a version trained with train --backend openai
// answers from the fine-tuned model its manifest names, through the openai
// backend, and /readyz asks the server for that model.
func TestServeVersionTrainedOnOpenAI(t *testing.T) {
	bin := buildBinary(t)
	const ft = "ft:gpt-4o-mini-2024-07-18:acme:domainyours-v3:X1"
	models := t.TempDir()
	if err := os.MkdirAll(filepath.Join(models, "model_v3"), 0o755); err != nil {
		t.Fatal(err)
	}
	man := `{"method":"managed","backend":"openai","version":"v3","model":"` + ft + `"}`
	if err := os.WriteFile(filepath.Join(models, "model_v3", "manifest.json"), []byte(man), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := openaitest.New(t)
	srv.SetModels("gpt-4o-mini-2024-07-18", ft)
	var mu sync.Mutex
	var asked []string
	srv.OnChat(func(req openaitest.ChatRequest) openaitest.Reply {
		mu.Lock()
		asked = append(asked, req.Model)
		mu.Unlock()
		return openaitest.Completion{Model: req.Model, PromptTokens: 50, CompletionTokens: 20,
			Content: `{"domains": ["lyonloaf", "crumbhouse", "levainlyon", "petitfour", "ovenrise"], "refusal": ""}`}
	})
	s := startServe(t, bin, []string{"OPENAI_BASE_URL=" + srv.BaseURL(), "OPENAI_API_KEY=test-key", "DOMAINYOURS_MODELS_DIR=" + models},
		"--version", "v3", "--rate-limit", "0")

	resp, err := http.Get(s.url + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || srv.Count("GET /models") == 0 {
		t.Errorf("/readyz: %d after %d model listings, want 200 after asking the server", resp.StatusCode, srv.Count("GET /models"))
	}
	status, body, err := postJSON(s.url+"/v1/suggest", `{"description": "a sourdough bakery in Lyon"}`)
	if err != nil || status != 200 || !bytes.Contains(body, []byte(`"lyonloaf"`)) {
		t.Fatalf("POST /v1/suggest: %d %v %s", status, err, body)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(asked) != 1 || asked[0] != ft {
		t.Errorf("the chat requests named %v, want one with the fine-tuned %s", asked, ft)
	}
}
