package eval_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/evaluation"
	"github.com/domainyours/domainyours/internal/llm/openaitest"
)

var idLine = regexp.MustCompile(`(?m)^(n[0-9]+): (.*)$`)

// judgeServer is the shared fake OpenAI server answering as a judge;
// Started is closed when the first request arrives (judging has started).
type judgeServer struct {
	*openaitest.Server
	Started <-chan struct{}
}

// Calls is the number of judge requests received.
func (j *judgeServer) Calls() int { return j.Hits() }

// slowJudge is an OpenAI-compatible judge that takes a while per reply and
// scores each name from its length only, so every run agrees.
func slowJudge(t *testing.T, latency time.Duration) *judgeServer {
	started := make(chan struct{})
	var once sync.Once
	j := &judgeServer{Server: openaitest.New(t), Started: started}
	j.OnChat(func(req openaitest.ChatRequest) openaitest.Reply {
		once.Do(func() { close(started) })
		user := req.User()
		names := map[string]any{}
		for _, m := range idLine.FindAllStringSubmatch(user, -1) {
			s := 1 + len(m[2])%5
			names[m[1]] = map[string]any{"relevance": s, "creativity": 6 - s, "brandability": 3, "conciseness": 4, "category": "ok", "reason": "r"}
		}
		v := map[string]any{"appropriate": !strings.Contains(user, "stolen"), "reason": "r"}
		if len(names) > 0 {
			v["names"] = names
		}
		content, _ := json.Marshal(v)
		return openaitest.Completion{Content: string(content), Model: "judge", PromptTokens: 10, CompletionTokens: 5, Delay: latency}
	})
	return j
}

func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "domainyours")
	if out, err := exec.Command("go", "build", "-o", bin, "../../../cmd/domainyours").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func evalCmd(bin, dir, judgeURL string) *exec.Cmd {
	cmd := exec.Command(bin, "eval", "--version", "builtin", "--judge", "openai", "--judge-model", "judge",
		"--test-set", "../../../../data/test_set.csv", "--concurrency", "2")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "OPENAI_BASE_URL="+judgeURL+"/v1", "OPENAI_API_KEY=sk-test", "OLLAMA_HOST=127.0.0.1:9",
		"DOMAINYOURS_DATA_DIR=data", "DOMAINYOURS_CACHE_DIR=cache", "DOMAINYOURS_ENV_FILE=none.env", "DOMAINYOURS_JUDGE_MODEL=judge")
	return cmd
}

// kill -9 half-way, re-run: the results file equals an uninterrupted run's.
func TestKillNineThenResumeEqualsUninterruptedRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it for seconds")
	}
	bin := buildBinary(t)
	judge := slowJudge(t, 60*time.Millisecond)
	root := t.TempDir()
	mkdir := func(name string) string {
		d := filepath.Join(root, name, "a", "b", "c")
		os.MkdirAll(d, 0o755)
		os.WriteFile(filepath.Join(d, "none.env"), nil, 0o644)
		return d
	}
	// The test set path is relative to a folder four levels below root.
	os.MkdirAll(filepath.Join(root, "data"), 0o755)
	src, _ := os.ReadFile("../../../data/test_set.csv")
	os.WriteFile(filepath.Join(root, "data", "test_set.csv"), src, 0o644)

	whole := mkdir("whole")
	if out, err := evalCmd(bin, whole, judge.URL).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted run: %v\n%s", err, out)
	}

	cut := mkdir("cut")
	cmd := evalCmd(bin, cut, judge.URL)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	journal := filepath.Join(cut, "cache", "eval-builtin.journal")
	deadline := time.Now().Add(30 * time.Second)
	for {
		b, _ := os.ReadFile(journal)
		if n := bytes.Count(b, []byte("\n")); n >= 10 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the run journaled fewer than 10 rows in 30 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if _, err := os.Stat(filepath.Join(cut, "data", "model_builtin-results.csv")); err == nil {
		t.Fatal("the killed run finished before the kill; make the judge slower")
	}
	out, err := evalCmd(bin, cut, judge.URL).CombinedOutput()
	if err != nil {
		t.Fatalf("resumed run: %v\n%s", err, out)
	}
	if !regexp.MustCompile(`resumed [1-9][0-9]*`).Match(out) {
		t.Errorf("the re-run did not resume:\n%s", out)
	}
	a, _ := os.ReadFile(filepath.Join(whole, "data", "model_builtin-results.csv"))
	b, _ := os.ReadFile(filepath.Join(cut, "data", "model_builtin-results.csv"))
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Errorf("results after kill -9 and resume differ from an uninterrupted run (%d vs %d bytes)", len(a), len(b))
	}
	// The resumed run reports what the whole evaluation paid the judge,
	// the killed run's journaled rows included, as an uninterrupted run does.
	wholeSpend, cutSpend := judgeSpend(t, whole), judgeSpend(t, cut)
	if wholeSpend.Calls != 50 || wholeSpend.PromptTokens != 500 || wholeSpend.CompletionTokens != 250 {
		t.Fatalf("uninterrupted spend %+v, want 50 calls of 10+5 tokens", wholeSpend)
	}
	// The kill can fall after a reply was cached and before its row was
	// journaled (at most --concurrency of them): the resumed run then reads
	// that reply from the cache, so it counts as a hit, not as a call.
	if hits := int(cutSpend.CacheHits); hits > 2 || cutSpend.Calls+hits != wholeSpend.Calls ||
		cutSpend.PromptTokens != int64(10*cutSpend.Calls) || cutSpend.CompletionTokens != int64(5*cutSpend.Calls) {
		t.Errorf("resumed run's judge_spend %+v: want the uninterrupted run's %d calls (at most 2 of them cache hits) and 10+5 tokens per call", cutSpend, wholeSpend.Calls)
	}
	if cutSpend.EarlierCalls < 10 || cutSpend.EarlierCalls >= 50 {
		t.Errorf("calls_in_earlier_runs = %d, want the rows journaled before the kill (10 to 49)", cutSpend.EarlierCalls)
	}
}

func judgeSpend(t *testing.T, dir string) evaluation.Spend {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "reports", "eval-summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rs evaluation.RunSummary
	if err := json.Unmarshal(b, &rs); err != nil {
		t.Fatal(err)
	}
	return rs.Spend
}

// Ctrl-C mid-run exits 130 and leaves no half-written results file.
func TestInterruptExits130(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	judge := slowJudge(t, 200*time.Millisecond)
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "data"), 0o755)
	src, _ := os.ReadFile("../../../data/test_set.csv")
	os.WriteFile(filepath.Join(root, "data", "test_set.csv"), src, 0o644)
	dir := filepath.Join(root, "x", "a", "b", "c")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "none.env"), nil, 0o644)
	cmd := evalCmd(bin, dir, judge.URL)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Interrupt once the judge has its first request, so the run is
	// really mid-judging, not still starting up.
	select {
	case <-judge.Started:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("no judge request within 60 s\n%s", stderr.String())
	}
	cmd.Process.Signal(syscall.SIGINT)
	err := cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 130 {
		t.Fatalf("exit %v, want 130\n%s", err, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "data", "model_builtin-results.csv")); err == nil {
		t.Error("an interrupted run wrote a results file")
	}
}
