package eval_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/llm/openaitest"
)

// countingServer answers every chat request with status and an OpenAI
// error body, and counts the requests.
func countingServer(t *testing.T, status int) *openaitest.Server {
	srv := openaitest.New(t)
	srv.OnChat(func(openaitest.ChatRequest) openaitest.Reply {
		return openaitest.Error{Status: status, Type: "invalid_request_error", Code: "invalid_api_key", Message: "Incorrect API key provided"}
	})
	return srv
}

func evalEnv(t *testing.T, dir, url string) map[string]string {
	env := map[string]string{
		"OPENAI_BASE_URL":         url + "/v1",
		"OPENAI_API_KEY":          "sk-test",
		"OLLAMA_HOST":             "127.0.0.1:9",
		"DOMAINYOURS_DATA_DIR":    filepath.Join(dir, "data"),
		"DOMAINYOURS_CACHE_DIR":   filepath.Join(dir, "cache"),
		"DOMAINYOURS_ENV_FILE":    filepath.Join(dir, "none.env"),
		"DOMAINYOURS_JUDGE_MODEL": "judge",
	}
	os.MkdirAll(env["DOMAINYOURS_DATA_DIR"], 0o755)
	os.WriteFile(env["DOMAINYOURS_ENV_FILE"], nil, 0o644)
	return env
}

// A failed eval (here: the judge's key is refused) exits 4 like suggest and
// generate-data, and leaves the last good summary and page as they were,
// writing its own next to them; the next good run removes those.
func TestFailedEvalKeepsTheLastGoodReport(t *testing.T) {
	dir := t.TempDir()
	srv := countingServer(t, http.StatusUnauthorized)
	env := evalEnv(t, dir, srv.URL)
	testSet := smallTestSet(t, dir, 4)
	reports, images := filepath.Join(dir, "reports"), filepath.Join(dir, "images")
	args := []string{"eval", "--version", "builtin", "--test-set", testSet, "--reports-dir", reports, "--images-dir", images}

	if r := runCLI(t, env, args...); r.Code != 0 {
		t.Fatalf("good run: code %d\n%s", r.Code, r.Stderr)
	}
	summary, page := filepath.Join(reports, "eval-summary.json"), filepath.Join(reports, "eval-report.html")
	goodSummary, _ := os.ReadFile(summary)
	goodPage, _ := os.ReadFile(page)
	if len(goodSummary) == 0 || len(goodPage) == 0 {
		t.Fatal("the good run wrote no summary or page")
	}

	r := runCLI(t, env, append(args, "--judge", "openai")...)
	if srv.Hits() == 0 {
		t.Fatal("the judge was never asked: the failure under test did not happen")
	}
	if r.Code != 4 {
		t.Errorf("eval with a refused judge key: code %d, want 4 (missing prerequisite)\n%s", r.Code, r.Stderr)
	}
	if !strings.Contains(r.Stderr, "unauthorized") {
		t.Errorf("stderr does not say the key was refused:\n%s", r.Stderr)
	}
	if b, _ := os.ReadFile(summary); !bytes.Equal(b, goodSummary) {
		t.Error("the failed run replaced the last good eval-summary.json")
	}
	if b, _ := os.ReadFile(page); !bytes.Equal(b, goodPage) {
		t.Error("the failed run replaced the last good eval-report.html")
	}
	failedSummary, failedPage := filepath.Join(reports, "eval-summary.failed.json"), filepath.Join(reports, "eval-report.failed.html")
	b, err := os.ReadFile(failedSummary)
	if err != nil || !strings.Contains(string(b), `"status": "stopped"`) {
		t.Errorf("the failed run's summary (%v):\n%s", err, b)
	}
	if _, err := os.Stat(failedPage); err != nil {
		t.Errorf("the failed run's page: %v", err)
	}
	if !strings.Contains(r.Stderr, failedPage) {
		t.Errorf("stderr does not name where the failed run's report went:\n%s", r.Stderr)
	}

	if r := runCLI(t, env, args...); r.Code != 0 {
		t.Fatalf("good run after the failure: code %d\n%s", r.Code, r.Stderr)
	}
	for _, p := range []string{failedSummary, failedPage} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s is left behind after a good run", p)
		}
	}
}

// A bad --import file fails the run before any version is evaluated: no
// judge call is paid for an eval whose import then fails.
func TestBadImportFailsBeforeTheEvalRuns(t *testing.T) {
	dir := t.TempDir()
	srv := countingServer(t, http.StatusInternalServerError)
	env := evalEnv(t, dir, srv.URL)
	testSet := smallTestSet(t, dir, 4)
	bad := filepath.Join(dir, "model_v1-results.csv")
	os.WriteFile(bad, []byte("name,score\nfoo,1\n"), 0o644)
	r := runCLI(t, env, "eval", "--version", "builtin", "--judge", "openai", "--test-set", testSet, "--import", bad,
		"--reports-dir", filepath.Join(dir, "reports"), "--images-dir", filepath.Join(dir, "images"))
	if r.Code != 2 {
		t.Errorf("code %d, want 2\n%s", r.Code, r.Stderr)
	}
	if !strings.Contains(r.Stderr, "--import "+bad) || !strings.Contains(r.Stderr, `the header lacks "description"`) {
		t.Errorf("the error should name the file and the problem:\n%s", r.Stderr)
	}
	if n := srv.Hits(); n != 0 {
		t.Errorf("%d judge calls were made before the bad import was noticed", n)
	}
	if _, err := os.Stat(filepath.Join(dir, "data", "model_builtin-results.csv")); err == nil {
		t.Error("the version was evaluated before the bad import was noticed")
	}
}

// A version that fails on its error budget (here: every judge reply breaks
// the judge's schema) still reports its row counts, in --json, in
// eval-summary.failed.json and on the failed page, marked failed; the
// errors are never turned into scores.
func TestErrorBudgetFailureKeepsTheCounts(t *testing.T) {
	dir := t.TempDir()
	srv := openaitest.New(t)
	srv.OnChat(func(openaitest.ChatRequest) openaitest.Reply {
		return openaitest.Completion{Content: `{"domains":["x"]}`}
	})
	env := evalEnv(t, dir, srv.URL)
	const n = 4
	testSet := smallTestSet(t, dir, n)
	reports := filepath.Join(dir, "reports")
	r := runCLI(t, env, "eval", "--version", "builtin", "--judge", "openai", "--test-set", testSet, "--json",
		"--reports-dir", reports, "--images-dir", filepath.Join(dir, "images"))
	if r.Code != 1 || !strings.Contains(r.Stderr, "more than --max-error-rate") {
		t.Fatalf("code %d, want 1 for the error budget\n%s", r.Code, r.Stderr)
	}
	type summary struct {
		Version string          `json:"version"`
		Failed  string          `json:"failed"`
		NTotal  *int            `json:"n_total"`
		NScored *int            `json:"n_scored"`
		NError  *int            `json:"n_error"`
		Quality json.RawMessage `json:"quality"`
	}
	failedSummary, _ := os.ReadFile(filepath.Join(reports, "eval-summary.failed.json"))
	for what, b := range map[string][]byte{"--json": []byte(r.Stdout), "eval-summary.failed.json": failedSummary} {
		var rs struct{ Summaries []summary }
		if err := json.Unmarshal(b, &rs); err != nil || len(rs.Summaries) != 1 {
			t.Errorf("%s: %v, want one summary:\n%s", what, err, b)
			continue
		}
		s := rs.Summaries[0]
		if s.Version != "builtin" || s.NTotal == nil || s.NScored == nil || s.NError == nil ||
			*s.NTotal != n || *s.NScored != 0 || *s.NError != n {
			t.Errorf("%s: want builtin with n_total %d, n_scored 0, n_error %d:\n%s", what, n, n, b)
		}
		if !strings.Contains(s.Failed, "more than --max-error-rate") {
			t.Errorf("%s: the summary is not marked failed: %q", what, s.Failed)
		}
		if len(s.Quality) != 0 && string(s.Quality) != "null" {
			t.Errorf("%s: a quality made from errors: %s", what, s.Quality)
		}
	}
	page, _ := os.ReadFile(filepath.Join(reports, "eval-report.failed.html"))
	if want := fmt.Sprintf("0 scored<span class=\"ci\">%d errors of %d</span>", n, n); !strings.Contains(string(page), want) {
		t.Errorf("the failed page does not show the counts (%s)", want)
	}
	if !strings.Contains(string(page), "evaluation failed: ") {
		t.Error("the failed page does not say the version failed")
	}
}
