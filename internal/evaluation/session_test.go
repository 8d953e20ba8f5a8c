package evaluation

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/batch"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/suggestion"
	"github.com/domainyours/domainyours/internal/workspace"
)

// failingGen fails every description, like a backend that went away.
type failingGen struct{}

func (failingGen) Suggest(context.Context, suggestion.Request) (suggestion.Result, error) {
	return suggestion.Result{}, &llm.Error{Class: llm.ServerError, Message: "model crashed"}
}

var errNoOllama = exitcode.New(exitcode.Prerequisite, errors.New("ollama is not running"), "start it")

// TestRunVersions runs whole evals in-process: a table of options, the
// outcome, the exit code and the files each version leaves behind.
func TestRunVersions(t *testing.T) {
	gates, err := ParseGates("quality=0.99")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		opts     func(*RunOptions)
		versions []string
		wantErr  exitcode.Code // 0: no error
		failures []string
		// summaries, in order: a version over its error budget has one
		// (its counts), marked failed; one that never ran has none.
		summaries []string
		gate      bool     // a gate failure is expected
		files     []string // per-version files written
		events    string   // Failed events, joined
	}{
		{name: "builtin", versions: []string{"builtin"}, summaries: []string{"builtin"}, files: []string{"builtin"}},
		{name: "one version fails, the other is evaluated", versions: []string{"v3", "builtin"},
			failures: []string{"v3"}, summaries: []string{"builtin"}, files: []string{"builtin"}, events: "v3: ollama is not running"},
		{name: "stop on error ends the run with the version's exit code", versions: []string{"v3", "builtin"},
			opts: func(o *RunOptions) { o.StopOnError = true }, wantErr: exitcode.Prerequisite, events: "v3: ollama is not running"},
		{name: "too many error rows fail the version but its files are written", versions: []string{"base:broken"},
			failures: []string{"base:broken"}, summaries: []string{"base:broken"}, files: []string{"base-broken"}, events: "base:broken: 12 of 12 rows failed"},
		{name: "a gate under its threshold is a gate failure", versions: []string{"builtin"},
			opts: func(o *RunOptions) { o.FailUnder = gates }, summaries: []string{"builtin"}, gate: true, files: []string{"builtin"}},
		{name: "fail-if-worse against an equal version passes", versions: []string{"builtin", "base:same"},
			opts: func(o *RunOptions) { o.FailIfWorse = "builtin" }, summaries: []string{"builtin", "base:same"}, files: []string{"builtin", "base-same"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			layout := workspace.Layout{Data: filepath.Join(dir, "data"), Cache: filepath.Join(dir, "cache")}
			js, err := OpenJudge(JudgeOptions{Kind: JudgeHeuristic})
			if err != nil {
				t.Fatal(err)
			}
			var events []string
			o := RunOptions{TestSet: TestSet{Path: "test.csv", Rows: testSet(t)[:12], SHA256: "abc"}, Versions: tt.versions, Judge: js,
				Layout: layout, Concurrency: 2, Repeats: 1, BottomK: 3, MaxErrorRate: 0.1, Temperature: 0.7,
				Backend: func(_ context.Context, v string) (VersionBackend, error) {
					switch v {
					case "builtin", "base:same":
						return VersionBackend{Generator: builtin(), Name: "builtin"}, nil
					case "base:broken":
						return VersionBackend{Generator: failingGen{}, Name: "ollama"}, nil
					}
					return VersionBackend{}, errNoOllama
				},
				Events: Events{Failed: func(v string, err error) { events = append(events, v+": "+err.Error()) }}}
			if tt.opts != nil {
				tt.opts(&o)
			}
			out, err := RunVersions(context.Background(), o)
			if got := strings.Join(events, "|"); !strings.HasPrefix(got, tt.events) || (tt.events == "") != (got == "") {
				t.Errorf("failure events %q, want %q", got, tt.events)
			}
			if tt.wantErr != 0 {
				if code, _ := exitcode.Carried(err); err == nil || code != tt.wantErr || !strings.Contains(err.Error(), "eval v3") {
					t.Fatalf("err %v (code %d), want code %d naming the version", err, code, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(out.Failures, tt.failures) {
				t.Errorf("failures %v, want %v", out.Failures, tt.failures)
			}
			var got []string
			for _, s := range out.Summary.Summaries {
				got = append(got, s.Version)
				if failed := slices.Contains(out.Failures, s.Version); failed != (s.Failed != "") {
					t.Errorf("%s: failed %q in the summary, but in the failures: %v", s.Version, s.Failed, failed)
				}
				if s.Failed != "" && (s.NTotal != 12 || s.NScored != 0 || s.NError != 12 || s.Quality != nil) {
					t.Errorf("%s: n_total %d n_scored %d n_error %d quality %v; want the honest counts 12/0/12 and no quality",
						s.Version, s.NTotal, s.NScored, s.NError, s.Quality)
				}
			}
			if !slices.Equal(got, tt.summaries) {
				t.Errorf("summaries %v, want %v", got, tt.summaries)
			}
			if len(out.Evaluated) != len(tt.versions) || len(out.Summary.Manifest.Versions) != len(tt.versions) {
				t.Errorf("%d evaluated, %d in the manifest; want %d each", len(out.Evaluated), len(out.Summary.Manifest.Versions), len(tt.versions))
			}
			if (len(out.Summary.GateFailures) > 0) != tt.gate {
				t.Errorf("gate failures %v, want some: %v", out.Summary.GateFailures, tt.gate)
			}
			m := out.Summary.Manifest
			if m.Cache != "not needed (heuristic judge)" || m.RubricHash != HeuristicVersion || m.TestRows != 12 || m.Temperature != 0.7 || out.Summary.Spend.Mode != "offline" {
				t.Errorf("manifest %+v spend %+v", m, out.Summary.Spend)
			}
			for _, slug := range tt.files {
				for _, p := range []string{layout.Results(slug), layout.EdgeCases(slug)} {
					if _, err := os.Stat(p); err != nil {
						t.Errorf("version file: %v", err)
					}
				}
			}
			entries, _ := os.ReadDir(layout.Data)
			if len(entries) != 2*len(tt.files) {
				t.Errorf("%d files in the data folder, want %d", len(entries), 2*len(tt.files))
			}
		})
	}
}

// TestImportsAreSummarizedNotRun loads a seed-layout CSV next to a version.
func TestImportsAreSummarizedNotRun(t *testing.T) {
	js, _ := OpenJudge(JudgeOptions{Kind: JudgeHeuristic})
	var skipped int
	out, err := RunVersions(context.Background(), RunOptions{TestSet: TestSet{Rows: testSet(t)}, Judge: js,
		Imports: []string{"testdata/model_v1-results.csv"}, Events: Events{Skipped: func(error) { skipped++ }},
		Backend: func(context.Context, string) (VersionBackend, error) {
			t.Fatal("an import ran a backend")
			return VersionBackend{}, nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Summary.Summaries) != 1 || out.Summary.Manifest.Versions[0].Status != "imported" {
		t.Errorf("summary %+v", out.Summary.Manifest.Versions)
	}
	_, err = RunVersions(context.Background(), RunOptions{TestSet: TestSet{Rows: testSet(t)}, Judge: js, Imports: []string{"testdata/missing.csv"}})
	if !exitcode.IsInput(err) {
		t.Errorf("a missing import: %v, want a usage error", err)
	}
}

// TestBatchSpendIsHalfTheLivePrice checks the batch price rule.
func TestBatchSpendIsHalfTheLivePrice(t *testing.T) {
	rows := testSet(t)[:6]
	price := map[string]llm.Price{"judge-test": {InputPerMTok: 1, OutputPerMTok: 2}}
	tests := []struct {
		name      string
		prices    map[string]llm.Price
		rows      int
		wantCost  float64 // per succeeded item: (10*1 + 5*2)/1e6 at half price
		wantKnown bool
	}{
		{"priced model", price, len(rows), 1e-5, true},
		{"model missing from the prices", map[string]llm.Price{}, len(rows), 0, false},
		{"nothing sent costs nothing", map[string]llm.Price{}, 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newJudgeServer(t)
			live := newTestJudge(t, srv, "", 2)
			api := newMemBatch(nil)
			bj := NewBatchJudge(live, api, batch.Options{PollInitial: time.Millisecond, PollMax: time.Millisecond,
				Sleep: func(context.Context, time.Duration) error { return nil }})
			js := &JudgeSetup{Kind: JudgeOpenAI, Judge: bj, llm: live, batch: bj, prices: tt.prices}
			res, err := Run(context.Background(), Config{Version: "builtin", Generator: builtin(), Judge: bj, Batch: js.batchJudge(), Rows: rows[:tt.rows], Repeats: 1})
			if err != nil {
				t.Fatal(err)
			}
			// Journaled with the mode they were paid in, for a resume's spend.
			for _, r := range res.Rows {
				for _, v := range r.Verdicts {
					if !v.Batch {
						t.Errorf("a verdict of the batch judge is not marked batch: %+v", v)
					}
				}
			}
			sp := js.Spend(JudgeUsage{})
			if sp.Mode != "batch" || sp.Calls != tt.rows || sp.CostKnown != tt.wantKnown || math.Abs(sp.CostUSD-tt.wantCost*float64(tt.rows)) > 1e-12 {
				t.Errorf("spend %+v, want %d calls costing %g (known %v)", sp, tt.rows, tt.wantCost*float64(tt.rows), tt.wantKnown)
			}
		})
	}
}

// Verdicts that earlier invocations paid for are priced in the mode they
// were made in, whatever mode the resuming run judges in: a live verdict at
// the live price, a batch verdict at half, a cache hit at nothing.
func TestPriorSpendKeepsItsMode(t *testing.T) {
	price := map[string]llm.Price{"judge-test": {InputPerMTok: 1, OutputPerMTok: 2}}
	used := llm.Usage{PromptTokens: 10, CompletionTokens: 5} // 2e-5 at the live price
	prior := paidFor(Row{Verdicts: []Verdict{{Usage: used}, {Usage: used, Batch: true}, {Usage: used, Cached: true}}})
	srv := newJudgeServer(t)
	live := newTestJudge(t, srv, "", 2)
	api := newMemBatch(nil)
	bj := NewBatchJudge(live, api, batch.Options{})
	for _, js := range []*JudgeSetup{
		{Kind: JudgeOpenAI, Judge: live, llm: live, prices: price},
		{Kind: JudgeOpenAI, Judge: bj, llm: live, batch: bj, prices: price},
	} {
		sp := js.Spend(prior)
		if sp.EarlierCalls != 2 || !sp.CostKnown || math.Abs(sp.CostUSD-3e-5) > 1e-12 {
			t.Errorf("%s run resuming a live and a batch verdict: spend %+v, want 2 earlier calls costing 3e-05", sp.Mode, sp)
		}
	}
}

type lister struct {
	models []string
	err    error
}

func (l lister) ListModels(context.Context) ([]string, error) { return l.models, l.err }
func (l lister) URL() string                                  { return "http://ollama.test" }

// TestDiscoverVersions expands --version all from folders and Ollama.
func TestDiscoverVersions(t *testing.T) {
	models := t.TempDir()
	for _, d := range []string{"model_v2", "model_v10", "model_x"} {
		if err := os.MkdirAll(filepath.Join(models, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name     string
		versions []string
		lister   lister
		want     string
		unlisted bool
	}{
		{"explicit versions keep their order", []string{"v3", "builtin", "v3"}, lister{}, "v3 builtin", false},
		{"all: builtin, bases, then trained by number", []string{"all"}, lister{models: []string{"domainyours:v1", "domainyours:v2", "llama3.2:latest"}},
			"builtin base:llama3.2 v1 v2 v10", false},
		{"an unreachable Ollama still lists the folders", []string{"all"}, lister{err: errors.New("refused")}, "builtin base:llama3.2 v2 v10", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			unlisted := false
			got, err := DiscoverVersions(context.Background(), DiscoverOptions{Versions: tt.versions, Bases: []string{"llama3.2"},
				Layout: workspace.Layout{Models: models}, Ollama: func() (ModelLister, error) { return tt.lister, nil },
				Unlisted: func(string) { unlisted = true }})
			if err != nil || strings.Join(got, " ") != tt.want || unlisted != tt.unlisted {
				t.Errorf("got %v (unlisted %v) err %v, want %q (unlisted %v)", got, unlisted, err, tt.want, tt.unlisted)
			}
		})
	}
}
