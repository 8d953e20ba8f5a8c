package eval_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/cmd/clitest"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/evaluation"
	"github.com/domainyours/domainyours/internal/ollamatest"
)

func runCLI(t *testing.T, env map[string]string, args ...string) clitest.Result {
	t.Helper()
	return clitest.Run(t, env, args...)
}

// smallTestSet writes the first appropriate and inappropriate rows of the
// shipped test set, so the tiny model answers a handful of descriptions.
func smallTestSet(t *testing.T, dir string, n int) string {
	t.Helper()
	rows, _, _, err := dataset.ReadFile("../../../data/test_set.csv", dataset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var keep []dataset.Row
	var bad int
	for _, r := range rows {
		if r.Label == dataset.LabelInappropriate && bad < 2 {
			keep = append(keep, r)
			bad++
		} else if r.Label == dataset.LabelAppropriate && len(keep)-bad < n-2 {
			keep = append(keep, r)
		}
	}
	path := filepath.Join(dir, "test_set.csv")
	if err := dataset.WriteFile(path, keep, true); err != nil {
		t.Fatal(err)
	}
	return path
}

// eval --version all against a real Ollama server: the tiny model is a
// trained version (domainyours:v1), a base model (few-shot) and, through
// Ollama's OpenAI-compatible /v1 endpoint, the schema-constrained judge. Its
// gibberish scores are meaningless; the point is that every output is
// written and every row is accounted for.
func TestEvalAllThroughRealOllama(t *testing.T) {
	srv := ollamatest.Start(t)
	srv.CreateTinyModel(t, "domainyours:v1")
	srv.CreateTinyModel(t, "tinybase:latest")
	dir := t.TempDir()
	const n = 4
	testSet := smallTestSet(t, dir, n)
	env := map[string]string{
		"OLLAMA_HOST":            srv.Host,
		"OPENAI_BASE_URL":        srv.URL + "/v1",
		"OPENAI_API_KEY":         "ollama",
		"DOMAINYOURS_DATA_DIR":   filepath.Join(dir, "data"),
		"DOMAINYOURS_MODELS_DIR": filepath.Join(dir, "models"),
		"DOMAINYOURS_CACHE_DIR":  filepath.Join(dir, "cache"),
		"DOMAINYOURS_ENV_FILE":   filepath.Join(dir, "absent.env"),
	}
	os.MkdirAll(env["DOMAINYOURS_DATA_DIR"], 0o755)
	os.WriteFile(env["DOMAINYOURS_ENV_FILE"], nil, 0o644)
	// --judge-temperature 0.2: at temperature 0 llama.cpp's sampler aborts
	// the runner when the schema grammar masks the tiny model's greedy pick.
	args := []string{"eval", "--version", "all", "--base", "tinybase", "--judge", "openai", "--judge-model", "domainyours:v1",
		"--test-set", testSet, "--concurrency", "2", "--judge-temperature", "0.2", "--max-error-rate", "1", "--json",
		"--reports-dir", filepath.Join(dir, "reports"), "--images-dir", filepath.Join(dir, "images")}
	start := time.Now()
	r := runCLI(t, env, args...)
	t.Logf("eval --version all: code %d in %s\nstderr:\n%s", r.Code, time.Since(start).Round(time.Millisecond), r.Stderr)
	if r.Code != 0 {
		t.Fatalf("exit code %d", r.Code)
	}
	var rs evaluation.RunSummary
	if err := json.Unmarshal([]byte(r.Stdout), &rs); err != nil {
		t.Fatalf("stdout is not the JSON summary: %v\n%s", err, r.Stdout)
	}
	want := []string{"builtin", "base:tinybase", "v1"}
	if len(rs.Summaries) != len(want) {
		t.Fatalf("summaries for %d versions, want %v: %+v", len(rs.Summaries), want, rs.Manifest.Versions)
	}
	for i, s := range rs.Summaries {
		if s.Version != want[i] {
			t.Errorf("version %d is %q, want %q", i, s.Version, want[i])
		}
		if s.NTotal != n || s.NScored+s.NError != n {
			t.Errorf("%s: n_total %d n_scored %d n_error %d: rows unaccounted for", s.Version, s.NTotal, s.NScored, s.NError)
		}
		t.Logf("%s: n_scored %d n_error %d errors %v quality %v", s.Version, s.NScored, s.NError, s.ErrorsBy, s.Quality)
	}
	if len(rs.Comparisons) != 3 {
		t.Errorf("%d comparisons, want 3 pairs", len(rs.Comparisons))
	}
	if rs.Manifest.JudgeModel != "domainyours:v1" || rs.Manifest.TestSetSHA256 == "" || rs.Manifest.PromptHash == "" {
		t.Errorf("manifest %+v", rs.Manifest)
	}
	files := []string{
		"data/model_builtin-results.csv", "data/model_base-tinybase-results.csv", "data/model_v1-results.csv",
		"data/model_builtin-edge_cases.json", "data/model_base-tinybase-edge_cases.json", "data/model_v1-edge_cases.json",
		"reports/eval-summary.json", "reports/eval-report.html",
	}
	for _, f := range files {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() == 0 {
			t.Errorf("output %s: %v", f, err)
		}
	}
	if pngs, _ := filepath.Glob(filepath.Join(dir, "images", "*.png")); len(pngs) == 0 {
		t.Error("no PNG chart was written to images/")
	}
	html, _ := os.ReadFile(filepath.Join(dir, "reports/eval-report.html"))
	for _, s := range []string{"base:tinybase", "v1", "builtin", rs.Manifest.TestSetSHA256} {
		if !strings.Contains(string(html), s) {
			t.Errorf("the HTML report does not mention %q", s)
		}
	}

	// An unchanged re-run resumes every finished row from the journal; only
	// rows that failed are tried again (at most 3 judge calls each).
	again := runCLI(t, env, args...)
	var rs2 evaluation.RunSummary
	if err := json.Unmarshal([]byte(again.Stdout), &rs2); err != nil || again.Code != 0 {
		t.Fatalf("re-run: code %d err %v\n%s", again.Code, err, again.Stderr)
	}
	failed := 0
	for _, s := range rs.Summaries {
		failed += s.NError
	}
	// judge_spend counts the whole evaluation; the calls of earlier runs
	// for the resumed rows are in it, and said apart.
	// (the first run's re-asks and failed calls left no row, so are not).
	if rs2.Spend.EarlierCalls == 0 || rs2.Spend.EarlierCalls > rs.Spend.Calls {
		t.Errorf("re-run judge_spend %+v: the resumed rows' calls should count, at most the first run's %d", rs2.Spend, rs.Spend.Calls)
	}
	if made := rs2.Spend.Calls - rs2.Spend.EarlierCalls; made > 3*failed {
		t.Errorf("the re-run made %d judge calls for %d failed rows", made, failed)
	}
	for i := range rs.Summaries {
		a, b := rs.Summaries[i], rs2.Summaries[i]
		if b.NScored < a.NScored {
			t.Errorf("%s: the re-run lost scored rows (%d -> %d)", a.Version, a.NScored, b.NScored)
		}
	}
	t.Logf("re-run: %d judge calls, %d rows failed before", rs2.Spend.Calls-rs2.Spend.EarlierCalls, failed)
}

// The same run with a judge that can score: the versions still answer
// through the real Ollama server, and the judge is an OpenAI-compatible
// fake that always returns a valid verdict. With --max-error-rate 0 every
// row must be scored; a judge path that rejected verdicts, or scored none,
// fails here (the tiny-model judge above is allowed to fail every row).
// The judge call counts are exact: one per row, then none on a re-run
// (journal), and none on a run from scratch that finds every verdict in the
// judge cache.
func TestEvalScoresEveryRowThroughRealOllama(t *testing.T) {
	srv := ollamatest.Start(t)
	srv.CreateTinyModel(t, "domainyours:v1")
	judge := slowJudge(t, 0)
	dir := t.TempDir()
	const n = 4
	testSet := smallTestSet(t, dir, n)
	env := map[string]string{
		"OLLAMA_HOST":            srv.Host,
		"OPENAI_BASE_URL":        judge.URL + "/v1",
		"OPENAI_API_KEY":         "sk-test-judge",
		"DOMAINYOURS_DATA_DIR":   filepath.Join(dir, "data"),
		"DOMAINYOURS_MODELS_DIR": filepath.Join(dir, "models"),
		"DOMAINYOURS_CACHE_DIR":  filepath.Join(dir, "cache"),
		"DOMAINYOURS_ENV_FILE":   filepath.Join(dir, "absent.env"),
	}
	os.MkdirAll(env["DOMAINYOURS_DATA_DIR"], 0o755)
	os.WriteFile(env["DOMAINYOURS_ENV_FILE"], nil, 0o644)
	args := []string{"eval", "--version", "builtin,v1", "--judge", "openai", "--judge-model", "judge",
		"--test-set", testSet, "--concurrency", "2", "--max-error-rate", "0", "--json",
		"--reports-dir", filepath.Join(dir, "reports"), "--images-dir", filepath.Join(dir, "images")}
	run := func(what string) evaluation.RunSummary {
		t.Helper()
		r := runCLI(t, env, args...)
		var rs evaluation.RunSummary
		if err := json.Unmarshal([]byte(r.Stdout), &rs); err != nil || r.Code != 0 {
			t.Fatalf("%s: code %d, %v\nstderr:\n%s", what, r.Code, err, r.Stderr)
		}
		return rs
	}

	rs := run("first run")
	if len(rs.Summaries) != 2 {
		t.Fatalf("%d summaries, want builtin and v1", len(rs.Summaries))
	}
	for _, s := range rs.Summaries {
		if s.NTotal != n || s.NScored != n || s.NError != 0 {
			t.Errorf("%s: n_total %d n_scored %d n_error %d; want all %d rows scored", s.Version, s.NTotal, s.NScored, s.NError, n)
		}
	}
	// The builtin generator names every appropriate row, so its quality
	// exists (the tiny model's gibberish may leave v1 with no valid name).
	if rs.Summaries[0].Version != "builtin" || rs.Summaries[0].Quality == nil {
		t.Errorf("builtin: no quality from %d scored rows", rs.Summaries[0].NScored)
	}
	// Every row is judged once, by a call or from the cache (two versions
	// can send the same request: a refused description, judged without
	// names), and the spend reported is what the server saw.
	if rs.Spend.Calls+int(rs.Spend.CacheHits) != 2*n || rs.Spend.Calls != judge.Calls() || rs.Spend.Calls == 0 {
		t.Errorf("first run: %d judge calls + %d cache hits, server saw %d; want %d rows judged, each once",
			rs.Spend.Calls, rs.Spend.CacheHits, judge.Calls(), 2*n)
	}
	seen := judge.Calls()

	// Unchanged re-run: every row is resumed from the journal, no call is
	// made, and judge_spend still reports what the evaluation cost: the
	// first run's calls, as calls of earlier runs.
	if again := run("re-run"); again.Spend.Calls != again.Spend.EarlierCalls || judge.Calls() != seen {
		t.Errorf("re-run: %d judge calls reported beyond the earlier runs', %d received; want none (every row journaled)",
			again.Spend.Calls-again.Spend.EarlierCalls, judge.Calls()-seen)
	} else if again.Spend.EarlierCalls != seen {
		t.Errorf("re-run: judge_spend counts %d calls of earlier runs, the first run made %d", again.Spend.EarlierCalls, seen)
	}

	// The journals gone, the judge cache kept: every row is generated and
	// judged again, and every verdict comes from the cache.
	journals, _ := filepath.Glob(filepath.Join(env["DOMAINYOURS_CACHE_DIR"], "eval-*.journal"))
	if len(journals) != 2 {
		t.Fatalf("journals %v, want one per version", journals)
	}
	for _, j := range journals {
		os.Remove(j)
	}
	cached := run("run from the judge cache")
	if cached.Spend.Calls != 0 || cached.Spend.CacheHits != 2*n || judge.Calls() != seen {
		t.Errorf("from the cache: %d judge calls (%d received), %d cache hits; want 0 and %d hits",
			cached.Spend.Calls, judge.Calls()-seen, cached.Spend.CacheHits, 2*n)
	}
	for i, s := range cached.Summaries {
		a, b := rs.Summaries[i].Quality, s.Quality
		if s.NScored != n || (a == nil) != (b == nil) || (a != nil && *a != *b) {
			t.Errorf("%s from the cache: n_scored %d quality %v, first run %v", s.Version, s.NScored, b, a)
		}
	}
}
