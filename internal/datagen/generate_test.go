package datagen

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/datagen/fakellm"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/edgecases"
	"github.com/domainyours/domainyours/internal/evaluation"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/filehash"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/openai"
	"github.com/domainyours/domainyours/internal/llmcache"
	"github.com/domainyours/domainyours/internal/workspace"
)

const fakeModel = "gpt-fake"

// fakePrice makes one fake call (1000 prompt + 500 completion tokens) cost
// $0.001 + $0.001 = $0.002.
var fakePrice = map[string]llm.Price{fakeModel: {InputPerMTok: 1, OutputPerMTok: 2}}

// leakedTestDescription has 20 words, valid in every length band of the plan.
const leakedTestDescription = "Neighbourhood piano teacher in Leeds offering relaxed weekly lessons for adult beginners, with recitals twice a year in a cosy cafe."

type env struct {
	dataDir, cacheDir, reportsDir string
	srv                           *fakellm.Server
}

func (e *env) layout() workspace.Layout {
	return workspace.Layout{Data: e.dataDir, Cache: e.cacheDir, Reports: e.reportsDir}
}

func newEnv(t testing.TB, srv *fakellm.Server) *env {
	t.Helper()
	dir := t.TempDir()
	e := &env{dataDir: filepath.Join(dir, "data"), cacheDir: filepath.Join(dir, "cache"), reportsDir: filepath.Join(dir, "reports"), srv: srv}
	if err := os.MkdirAll(e.dataDir, 0o755); err != nil {
		t.Fatal(err)
	}
	test := []dataset.Row{
		{Description: leakedTestDescription, Label: dataset.LabelAppropriate},
		{Description: "Guided bird-watching tours in the cloud forests of Monteverde, Costa Rica.", Label: dataset.LabelAppropriate},
	}
	if err := dataset.WriteFile(e.layout().TestSet(), test, true); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *env) spec(rows, concurrency int) Spec {
	return Spec{Kind: KindDataset, Version: "v1", Layout: e.layout(), Rows: rows, RefusalRatio: 0.1,
		Omit: DefaultOmit, Seed: 7, Backend: "openai", Endpoint: "openai@fake", Model: fakeModel,
		Temperature: 0.9, BatchSize: 5, Concurrency: concurrency, Reasks: 2}
}

func (e *env) generate(t testing.TB, s Spec) (Meta, error) {
	t.Helper()
	p, err := Prepare(s)
	if err != nil {
		t.Fatalf("Prepare: %v", err)
	}
	prov, err := openai.New(openai.Config{BaseURL: e.srv.URL + "/v1", APIKey: "sk-test"})
	if err != nil {
		t.Fatal(err)
	}
	client, err := llm.NewClient(prov, llm.Config{Concurrency: max(1, s.Concurrency), Prices: fakePrice,
		Sleep: func(ctx context.Context, d time.Duration) error { return ctx.Err() }})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(e.cacheDir, 0o755); err != nil {
		t.Fatal(err)
	}
	cache, err := llmcache.Open(filepath.Join(e.cacheDir, "llm-cache.journal"), "openai@fake")
	if err != nil {
		t.Fatal(err)
	}
	defer cache.Close()
	return p.Generate(context.Background(), Deps{Client: client, Cache: cache,
		Cost: func(u llm.Usage) (float64, bool) { return client.Cost(fakeModel, u) }})
}

// faults turns chosen replies of a 40-row run (8 batches of 5; slots 9, 19,
// 29 and 39 are refusals) into the failures an LLM produces.
func faults(req fakellm.Request, r *fakellm.Reply) {
	switch req.Batch {
	case 0: // one invalid name, fixed by the re-ask
		if req.Attempt == 0 {
			r.Rows[0].Names[0] = "ab"
		}
	case 1: // truncated JSON, then a good reply
		if req.Attempt == 0 {
			r.Truncate = true
		}
	case 2: // the model refuses every time: the 5 rows are dropped
		r.Refusal = "I can't help with that."
	case 3: // a near-duplicate description
		if req.Attempt > 0 {
			return
		}
		// Rows 0-3 are named; two of them share a length band, so one
		// can repeat the other's description and stay valid.
		for i := range 4 {
			for j := i + 1; j < 4; j++ {
				if req.Briefs[i].MinWords == req.Briefs[j].MinWords {
					r.Rows[j].Description = r.Rows[i].Description + " today"
					return
				}
			}
		}
	case 4: // a 429 first, then success
		if req.Hit == 1 {
			r.Status, r.RetryAfter = 429, "0"
		}
	case 5: // an invalid name on every attempt: dropped
		r.Rows[0].Names[1] = "bad--name"
	case 6: // a description copied from the test set, a row reusing names
		if req.Attempt > 0 {
			return
		}
		r.Rows[0].Description = leakedTestDescription
		r.Rows[2].Names = append([]string(nil), r.Rows[1].Names...)
	case 7: // a wrong label once
		if req.Attempt == 0 {
			r.Rows[0].Label = "inappropriate"
		}
	}
}

func TestGenerateCountsEveryRow(t *testing.T) {
	srv := fakellm.Start(t)
	srv.Edit = faults
	e := newEnv(t, srv)
	m, err := e.generate(t, e.spec(40, 8))
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	c := m.Counts
	checks := []struct {
		name      string
		got, want any
	}{
		{"requested", c.Requested, 40},
		{"accepted", c.Accepted, 34},
		{"written", c.Written, 31},
		{"new", c.New, 31},
		{"refusals", c.Refusals, 4},
		{"reasked", c.Reasked, 19},
		{"not run", c.NotRun, 0},
		{"invalid", c.Invalid, map[string]int{"invalid_name:too_short": 1, ReasonReplyTruncated: 5, ReasonReplyRefused: 15,
			"invalid_name:double_hyphen": 3, ReasonLabelMismatch: 1}},
		{"dropped", c.Dropped, map[string]int{ReasonReplyRefused: 5, "invalid_name:double_hyphen": 1}},
		{"removed", c.Removed, map[string]int{RemovedNearDuplicate: 1, RemovedNameReused: 1, RemovedTestOverlap: 1}},
		{"test overlap", *c.TestSetOverlap, 0},
		{"calls", m.Usage.Calls, 15},
		{"prompt tokens", m.Usage.PromptTokens, 15 * fakellm.PromptTokens},
		{"completion tokens", m.Usage.CompletionTokens, 15 * fakellm.CompletionTokens},
		{"cost", m.Usage.CostUSD, 0.03},
		{"cost known", m.Usage.CostKnown, true},
		{"complete", m.Complete, true},
		{"output rows", m.Output.Rows, 31},
		{"appropriate", m.Output.Appropriate, 27},
		{"inappropriate", m.Output.Inappropriate, 4},
		{"omitted", m.OmittedTopics, DefaultOmit},
		{"server calls (one 429 retried)", srv.Calls(), 16},
	}
	for _, ch := range checks {
		if !reflect.DeepEqual(ch.got, ch.want) {
			t.Errorf("%s = %v, want %v", ch.name, ch.got, ch.want)
		}
	}
	if c.Requested != c.Accepted+sum(c.Dropped) || c.Written != c.Accepted-sum(c.Removed) {
		t.Errorf("counts do not add up: %+v", c)
	}
	// Everything written passes the dataset rules, and the meta file on disk
	// matches.
	rows, rejects, _, err := dataset.ReadFile(filepath.Join(e.dataDir, "dataset_v1.csv"), dataset.Options{Training: true})
	if err != nil || len(rejects) > 0 || len(rows) != 31 {
		t.Fatalf("reading the output: %d rows, rejects %v, err %v", len(rows), rejects, err)
	}
	if _, err := os.Stat(filepath.Join(e.dataDir, "dataset_v1.meta.json")); err != nil {
		t.Fatalf("meta file: %v", err)
	}

	// An unchanged re-run resumes every batch from the journal: no call.
	before := srv.Calls()
	first, _ := os.ReadFile(filepath.Join(e.dataDir, "dataset_v1.csv"))
	s := e.spec(40, 3)
	s.Force = true
	m2, err := e.generate(t, s)
	if err != nil {
		t.Fatal(err)
	}
	second, _ := os.ReadFile(filepath.Join(e.dataDir, "dataset_v1.csv"))
	if srv.Calls() != before || m2.ThisRun.ResumedBatches != 8 || !bytes.Equal(first, second) {
		t.Errorf("re-run: %d new calls, %d resumed batches, same file %v", srv.Calls()-before, m2.ThisRun.ResumedBatches, bytes.Equal(first, second))
	}
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// The same run at concurrency 1 and 16 writes the same bytes.
func TestGenerateSameAtAnyConcurrency(t *testing.T) {
	var files [][]byte
	for _, conc := range []int{1, 16} {
		srv := fakellm.Start(t)
		srv.Edit = faults
		e := newEnv(t, srv)
		if _, err := e.generate(t, e.spec(40, conc)); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(e.dataDir, "dataset_v1.csv"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, b)
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("concurrency 1 and 16 wrote different files")
	}
}

func TestMaxCostStopsAndResumes(t *testing.T) {
	srv := fakellm.Start(t)
	e := newEnv(t, srv)
	s := e.spec(40, 1)
	s.MaxCostUSD = 0.005 // three calls of $0.002 pass it
	m, err := e.generate(t, s)
	if err != nil {
		t.Fatal(err)
	}
	if m.Complete || m.StoppedBy != StopMaxCost || m.Counts.New != 15 || m.Counts.NotRun != 25 || srv.Calls() != 3 {
		t.Fatalf("capped run: complete %v stopped %q new %d not run %d calls %d", m.Complete, m.StoppedBy, m.Counts.New, m.Counts.NotRun, srv.Calls())
	}
	// Raising the cap continues where it stopped; the partial file may be
	// replaced without --force because its meta says it is unfinished.
	s.MaxCostUSD = 1
	m, err = e.generate(t, s)
	if err != nil {
		t.Fatal(err)
	}
	if !m.Complete || m.Counts.New != 40 || m.ThisRun.ResumedBatches != 3 || srv.Calls() != 8 {
		t.Errorf("resumed run: complete %v new %d resumed %d calls %d", m.Complete, m.Counts.New, m.ThisRun.ResumedBatches, srv.Calls())
	}
}

func TestFatalErrorWritesNothing(t *testing.T) {
	srv := fakellm.Start(t)
	srv.Edit = func(req fakellm.Request, r *fakellm.Reply) {
		if req.Batch == 2 {
			r.Status = 401
		}
	}
	e := newEnv(t, srv)
	_, err := e.generate(t, e.spec(20, 1))
	if llm.ClassOf(err) != llm.Unauthorized {
		t.Fatalf("err = %v, want unauthorized", err)
	}
	if _, serr := os.Stat(filepath.Join(e.dataDir, "dataset_v1.csv")); !errors.Is(serr, os.ErrNotExist) {
		t.Errorf("a failed run wrote the dataset (stat: %v)", serr)
	}
}

func TestZeroValidRowsWritesNothing(t *testing.T) {
	srv := fakellm.Start(t)
	srv.Edit = func(req fakellm.Request, r *fakellm.Reply) {
		for i := range r.Rows {
			r.Rows[i].Names = []string{"Bad_Name"}
			r.Rows[i].Label = "appropriate"
			r.Rows[i].Category = ""
		}
	}
	e := newEnv(t, srv)
	s := e.spec(3, 1)
	s.RefusalRatio = 0
	m, err := e.generate(t, s)
	if !errors.Is(err, ErrNoRows) {
		t.Fatalf("err = %v, want ErrNoRows", err)
	}
	if m.Counts.Dropped[ReasonWrongCount] != 3 || m.Counts.Invalid[ReasonWrongCount] != 9 {
		t.Errorf("dropped %v invalid %v", m.Counts.Dropped, m.Counts.Invalid)
	}
	if _, serr := os.Stat(filepath.Join(e.dataDir, "dataset_v1.csv")); !errors.Is(serr, os.ErrNotExist) {
		t.Error("an empty dataset was written")
	}
}

func TestExistingDatasetIsNotReplacedWithoutForce(t *testing.T) {
	e := newEnv(t, fakellm.Start(t))
	if err := os.WriteFile(filepath.Join(e.dataDir, "dataset_v1.csv"), []byte("description,suggestions\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Prepare(e.spec(10, 1))
	if !exitcode.IsInput(err) {
		t.Fatalf("err = %v, want an input error", err)
	}
}

func TestTestSetGuardAndComposition(t *testing.T) {
	srv := fakellm.Start(t)
	e := newEnv(t, srv)
	// A training row the new test set must not resemble.
	train := []dataset.Row{{Description: "Family-run sourdough bakery in Lyon baking slow-fermented loaves before sunrise.",
		Suggestions: []string{"loafly", "crumbhaus", "levainia", "oventide", "lyonmie"}, Label: dataset.LabelAppropriate}}
	if err := dataset.WriteFile(filepath.Join(e.dataDir, "dataset_v1.csv"), train, true); err != nil {
		t.Fatal(err)
	}
	sum, err := filehash.SHA256(e.layout().TestSet())
	if err != nil {
		t.Fatal(err)
	}
	if err := edgecases.Write(filepath.Join(e.dataDir, "model_v1-edge_cases.json"), edgecases.File{Version: "v1", TestSetSHA256: sum}); err != nil {
		t.Fatal(err)
	}
	s := Spec{Kind: KindTestSet, Layout: e.layout(), Rows: 50, Omit: DefaultOmit, Seed: 3, Backend: "openai",
		Endpoint: "openai@fake", Model: fakeModel, Temperature: 0.9, BatchSize: 5, Concurrency: 4, Reasks: 2}
	_, err = Prepare(s)
	if !exitcode.IsInput(err) {
		t.Fatalf("replacing a test set eval used: err = %v, want an input error", err)
	}
	s.Force = true
	m, err := e.generate(t, s)
	if err != nil {
		t.Fatal(err)
	}
	wantKinds := map[string]int{KindHeldOut: 8, KindConstraint: 8, KindUltraLong: 4, KindNonEnglish: 5,
		KindHarmful: 6, KindRiskyLegit: 8, KindInjection: 2, KindOrdinary: 9}
	if !reflect.DeepEqual(m.Counts.ByKind, wantKinds) || m.Output.Inappropriate != 6 || m.Output.Rows != 50 {
		t.Errorf("composition %v, inappropriate %d, rows %d", m.Counts.ByKind, m.Output.Inappropriate, m.Output.Rows)
	}
	rows, rejects, _, err := dataset.ReadFile(e.layout().TestSet(), dataset.Options{})
	if err != nil || len(rejects) > 0 {
		t.Fatalf("test set: %v %v", rejects, err)
	}
	for _, r := range rows {
		if len(r.Suggestions) != 0 || r.Label == dataset.LabelNone {
			t.Errorf("test row %q has names %v, label %q", r.Description, r.Suggestions, r.Label)
		}
	}
}

// eval writes its summary to reports/eval-summary.json with the test set's
// sha256 in its manifest; the guard must read that file, not a pattern of its
// own, or a test set eval measured with could be replaced silently.
func TestTestSetGuardReadsEvalSummary(t *testing.T) {
	e := newEnv(t, fakellm.Start(t))
	sum, err := filehash.SHA256(e.layout().TestSet())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(e.reportsDir, 0o755); err != nil {
		t.Fatal(err)
	}
	s := Spec{Kind: KindTestSet, Layout: e.layout(), Rows: 10, Omit: DefaultOmit, Seed: 3}
	for _, tc := range []struct {
		sum     string
		refused bool
	}{{sum: "another test set", refused: false}, {sum: sum, refused: true}} {
		rs := evaluation.RunSummary{Manifest: evaluation.Manifest{TestSet: e.layout().TestSet(), TestSetSHA256: tc.sum}}
		if err := evaluation.WriteJSON(e.layout().Summary(), rs); err != nil {
			t.Fatal(err)
		}
		_, err := Prepare(s)
		switch {
		case tc.refused && (!exitcode.IsInput(err) || !strings.Contains(err.Error(), e.layout().Summary())):
			t.Errorf("summary with this test set's sha256: err = %v, want an input error naming %s", err, e.layout().Summary())
		case !tc.refused && err != nil:
			t.Errorf("summary of another test set: err = %v, want none", err)
		}
	}
}

func TestAugmentAimsAtFailures(t *testing.T) {
	srv := fakellm.Start(t)
	e := newEnv(t, srv)
	q := 0.1
	base := []dataset.Row{{Description: "Family-run sourdough bakery in Lyon baking slow-fermented loaves before sunrise.",
		Suggestions: []string{"loafly", "crumbhaus", "levainia", "oventide", "lyonmie"}, Label: dataset.LabelAppropriate}}
	if err := dataset.WriteFile(filepath.Join(e.dataDir, "dataset_v1.csv"), base, true); err != nil {
		t.Fatal(err)
	}
	ec := edgecases.File{Version: "v1",
		Bottom: []edgecases.Row{
			{Description: "Ceramics studio in Kyoto", Quality: &q, Category: "too_long"},
			{Description: "Bike repair shop in Utrecht", Quality: &q, Category: "too_long"},
			{Description: "Tax advisor for freelancers", Quality: &q, Category: "random_word"},
		},
		MissedRefusals: []edgecases.Row{{Description: "Selling forged passports", RefusalCat: "fraud_scams"}},
		FalseRefusals:  []edgecases.Row{{Description: "Knife sharpening van"}},
	}
	if err := edgecases.Write(filepath.Join(e.dataDir, "model_v1-edge_cases.json"), ec); err != nil {
		t.Fatal(err)
	}
	s := Spec{Kind: KindAugmented, Version: "v2", From: "v1", AugmentFrom: filepath.Join(e.dataDir, "model_v1-results.csv"),
		Layout: e.layout(), Rows: 10, Omit: DefaultOmit, Seed: 5, Backend: "openai", Endpoint: "openai@fake",
		Model: fakeModel, Temperature: 0.9, BatchSize: 5, Concurrency: 2, Reasks: 1}
	m, err := e.generate(t, s)
	if err != nil {
		t.Fatal(err)
	}
	want := []PatternMeta{
		{ID: "false_refusal", Failures: 1, Requested: 2, Added: 2},
		{ID: "low_quality:random_word", Failures: 1, Requested: 2, Added: 2},
		{ID: "low_quality:too_long", Failures: 2, Requested: 4, Added: 4},
		{ID: "missed_refusal:fraud_scams", Failures: 1, Requested: 2, Added: 2},
	}
	if len(m.Patterns) != len(want) {
		t.Fatalf("patterns %+v", m.Patterns)
	}
	for i, p := range m.Patterns {
		if p.ID != want[i].ID || p.Failures != want[i].Failures || p.Requested != want[i].Requested || p.Added != want[i].Added || p.Example == "" {
			t.Errorf("pattern %d = %+v, want %+v with an example", i, p, want[i])
		}
	}
	if m.Counts.Base != 1 || m.Output.Rows != 11 || m.Output.ByCategory["fraud_scams"] != 2 || *m.Counts.TestSetOverlap != 0 {
		t.Errorf("base %d rows %d categories %v overlap %d", m.Counts.Base, m.Output.Rows, m.Output.ByCategory, *m.Counts.TestSetOverlap)
	}
	rows, _, _, err := dataset.ReadFile(filepath.Join(e.dataDir, "dataset_v2.csv"), dataset.Options{Training: true})
	if err != nil || len(rows) != 11 || rows[0].Description != base[0].Description {
		t.Fatalf("v2 must start with v1's rows: %d rows, err %v", len(rows), err)
	}
}

func TestAugmentNeedsEvalOutput(t *testing.T) {
	e := newEnv(t, fakellm.Start(t))
	base := []dataset.Row{{Description: "A bakery in Lyon with sourdough loaves", Suggestions: []string{"loafly", "crumbhaus", "levainia", "oventide", "lyonmie"}, Label: dataset.LabelAppropriate}}
	if err := dataset.WriteFile(filepath.Join(e.dataDir, "dataset_v1.csv"), base, true); err != nil {
		t.Fatal(err)
	}
	s := Spec{Kind: KindAugmented, Version: "v2", From: "v1", AugmentFrom: filepath.Join(e.dataDir, "model_v1-results.csv"),
		Layout: e.layout(), Rows: 10, BatchSize: 5}
	_, err := Prepare(s)
	if !exitcode.IsInput(err) || exitcode.HintOf(err) == "" {
		t.Fatalf("err = %v, want an input error with a hint", err)
	}
}

// Ctrl-C mid-run keeps the finished batches; the same run then completes
// with the same file as an uninterrupted one.
func TestCancelThenResume(t *testing.T) {
	srv := fakellm.Start(t)
	srv.Edit = faults
	ref := newEnv(t, srv)
	if _, err := ref.generate(t, ref.spec(40, 2)); err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(filepath.Join(ref.dataDir, "dataset_v1.csv"))

	e := newEnv(t, srv)
	p, err := Prepare(e.spec(40, 2))
	if err != nil {
		t.Fatal(err)
	}
	prov, _ := openai.New(openai.Config{BaseURL: srv.URL + "/v1", APIKey: "sk-test"})
	client, _ := llm.NewClient(prov, llm.Config{Concurrency: 2, Sleep: func(ctx context.Context, d time.Duration) error { return ctx.Err() }})
	ctx, cancel := context.WithCancel(context.Background())
	_, err = p.Generate(ctx, Deps{Client: client, Progress: func(pr Progress) {
		if pr.RowsDone >= 15 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) && llm.ClassOf(err) != llm.Canceled {
		t.Fatalf("err = %v, want cancelled", err)
	}
	if _, serr := os.Stat(filepath.Join(e.dataDir, "dataset_v1.csv")); !errors.Is(serr, os.ErrNotExist) {
		t.Fatal("an interrupted run wrote the dataset")
	}
	m, err := e.generate(t, e.spec(40, 2))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(e.dataDir, "dataset_v1.csv"))
	if m.ThisRun.ResumedBatches < 3 || !bytes.Equal(want, got) {
		t.Errorf("resumed %d batches; same file %v", m.ThisRun.ResumedBatches, bytes.Equal(want, got))
	}
}

// A full disk after the CSV (the meta write fails): the error is returned,
// and the same run without --force may replace the pair and completes it.
func TestFailedMetaWriteLeavesAResumablePair(t *testing.T) {
	srv := fakellm.Start(t)
	e := newEnv(t, srv)
	orig := writeMeta
	t.Cleanup(func() { writeMeta = orig })
	writes := 0
	writeMeta = func(path string, m Meta) error {
		writes++
		if writes == 2 {
			return errors.New("no space left on device")
		}
		return orig(path, m)
	}
	if _, err := e.generate(t, e.spec(10, 2)); err == nil || !strings.Contains(err.Error(), "no space") {
		t.Fatalf("Generate with a failing meta write: %v", err)
	}
	csv := filepath.Join(e.dataDir, "dataset_v1.csv")
	if _, err := os.Stat(csv); err != nil {
		t.Fatalf("the CSV was written before the failure: %v", err)
	}
	writeMeta = orig
	m, err := e.generate(t, e.spec(10, 2)) // no Force
	if err != nil {
		t.Fatalf("the same run again: %v", err)
	}
	if !m.Complete || m.Output.SHA256 == "" {
		t.Errorf("re-run meta: complete=%v sha=%q", m.Complete, m.Output.SHA256)
	}
}
