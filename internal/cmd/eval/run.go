package eval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/domainyours/domainyours/internal/backends"
	"github.com/domainyours/domainyours/internal/batch"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/edgecases"
	"github.com/domainyours/domainyours/internal/evaluation"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/journal"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/openai"
	"github.com/domainyours/domainyours/internal/llmcache"
	"github.com/domainyours/domainyours/internal/progress"
	"github.com/domainyours/domainyours/internal/prompt"
	"github.com/domainyours/domainyours/internal/report"
	"github.com/domainyours/domainyours/internal/suggestion"
	"github.com/domainyours/domainyours/internal/workspace"
)

// judgeSetup is the judge with what the summary reports about it.
type judgeSetup struct {
	judge    evaluation.Judge
	llm      *evaluation.LLMJudge // nil for the heuristic judge
	batch    *evaluation.BatchLLMJudge
	batchJnl *journal.Journal
	prices   map[string]llm.Price
	cache    *llmcache.Cache
	endpoint string
}

func evalRun(ctx context.Context, o *Options) error {
	started := time.Now()
	rows, rejected, sha, err := loadTestSet(o.TestSet, o.AllowUnlabeled, o.IO.ErrOut)
	if err != nil {
		return err
	}
	versions, err := o.expandVersions(ctx)
	if err != nil {
		return err
	}
	js, err := o.newJudge()
	if err != nil {
		return err
	}
	defer js.cache.Close()
	if js.batchJnl != nil {
		defer js.batchJnl.Close()
	}

	temp := o.Temperature
	m := evaluation.Manifest{
		StartedAt: started, Build: o.Build, TestSet: o.TestSet, TestSetSHA256: sha, TestRows: len(rows), TestRejected: rejected,
		Judge: o.Judge, JudgeModel: js.judge.Model(), JudgeEndpoint: js.endpoint, RubricHash: evaluation.RubricHash(),
		JudgeTemperature: o.JudgeTemp, JudgeRepeats: o.JudgeRepeats, PromptVersion: prompt.Version, PromptHash: prompt.Hash(5), Seed: o.Seed,
		Temperature: temp, Concurrency: o.Concurrency, Cache: "disabled", Bootstrap: evaluation.DefaultBootstrap,
		McNemar: evaluation.McNemarDefinition, Command: o.Command,
	}
	if o.Judge == "heuristic" {
		m.RubricHash = evaluation.HeuristicVersion
		m.Cache = "not needed (heuristic judge)"
	} else if js.cache != nil {
		m.Cache = o.Layout.JudgeCache()
	}

	var evs []evaluation.Evaluated
	var failures []string
	for _, v := range versions {
		ev, info, err := o.evalVersion(ctx, v, rows, sha, js, &temp)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		m.Versions = append(m.Versions, info)
		if err != nil {
			fmt.Fprintf(o.IO.ErrOut, "eval %s: failed: %v\n", v, err)
			if h := exitcode.HintOf(err); h != "" {
				fmt.Fprintf(o.IO.ErrOut, "hint: %s\n", h)
			}
			failures = append(failures, v)
			ev = evaluation.Evaluated{Result: evaluation.Result{Version: v}, Failed: err.Error()}
			evs = append(evs, ev)
			if o.StopOnError {
				return exitcode.New(exitcode.Of(err), fmt.Errorf("eval %s: %w", v, err), "fix it, or drop --stop-on-error to evaluate the other versions")
			}
			continue
		}
		evs = append(evs, ev)
	}
	for _, path := range o.Imports {
		ev, info, err := importFile(path, rows, o.IO.ErrOut)
		if err != nil {
			return err
		}
		m.Versions = append(m.Versions, info)
		evs = append(evs, ev)
	}

	rs := evaluation.RunSummary{Manifest: m, GateFailures: []string{}}
	var ok []evaluation.Result
	for _, ev := range evs {
		if ev.Failed == "" {
			rs.Summaries = append(rs.Summaries, ev.Summary)
			ok = append(ok, ev.Result)
		}
	}
	rs.Comparisons = evaluation.Compare(ok)
	if rs.Comparisons == nil {
		rs.Comparisons = []evaluation.Pair{}
	}
	switch {
	case js.batch != nil:
		rs.Spend = batchSpend(js)
	case js.llm != nil:
		usage := js.llm.Usage()
		rs.Spend = evaluation.Spend{Mode: "live", Calls: usage.Calls, Failed: usage.Failed, Attempts: usage.Attempts, PromptTokens: usage.PromptTokens,
			CompletionTokens: usage.CompletionTokens, CostUSD: usage.CostUSD, CostKnown: usage.CostKnown()}
		rs.Spend.CacheHits, rs.Spend.CacheMisses = js.cache.Stats()
	default:
		rs.Spend = evaluation.Spend{Mode: "offline", CostKnown: true}
	}
	for _, s := range rs.Summaries {
		if s.Source == "eval" && len(o.FailUnder) > 0 {
			rs.GateFailures = append(rs.GateFailures, evaluation.CheckGates(s, o.FailUnder)...)
		}
	}
	if o.FailIfWorse != "" {
		rs.GateFailures = append(rs.GateFailures, evaluation.CheckWorse(o.FailIfWorse, rs.Summaries, rs.Comparisons)...)
	}
	rs.Manifest.FinishedAt = time.Now()

	if err := o.writeOutputs(rs, evs); err != nil {
		return err
	}
	if o.JSON {
		enc := json.NewEncoder(o.IO.Out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rs); err != nil {
			return err
		}
	} else {
		printTable(o.IO.Out, rs)
	}
	printSpend(o.IO.ErrOut, o.Judge, rs.Spend)
	switch {
	case len(failures) > 0:
		return exitcode.New(exitcode.Failure, fmt.Errorf("%d of %d versions could not be evaluated: %s", len(failures), len(versions), strings.Join(failures, ", ")),
			"see the messages above; the other versions' outputs were written")
	case len(rs.GateFailures) > 0:
		for _, g := range rs.GateFailures {
			fmt.Fprintf(o.IO.ErrOut, "gate failed: %s\n", g)
		}
		return exitcode.New(exitcode.Refused, fmt.Errorf("%d quality gate(s) failed", len(rs.GateFailures)), "see 'gate failed' above and the report")
	}
	return nil
}

// batchOf returns the batch judge, or nil (an untyped nil interface) when
// judging live.
func batchOf(js judgeSetup) evaluation.BatchJudge {
	if js.batch == nil {
		return nil
	}
	return js.batch
}

// batchPriceFactor is the Batch API's discount on live prices.
const batchPriceFactor = 0.5

func batchSpend(js judgeSetup) evaluation.Spend {
	sum := js.batch.BatchSummary()
	sp := evaluation.Spend{Mode: "batch", Calls: sum.Succeeded + sum.Failed, Failed: sum.Failed, Attempts: sum.Succeeded + sum.Failed + sum.Requeued,
		PromptTokens: int64(sum.Usage.PromptTokens), CompletionTokens: int64(sum.Usage.CompletionTokens), BatchRequeued: sum.Requeued}
	if p, ok := js.prices[js.llm.Model()]; ok {
		sp.CostUSD, sp.CostKnown = p.Cost(sum.Usage)*batchPriceFactor, true
	} else if sp.PromptTokens == 0 && sp.CompletionTokens == 0 {
		sp.CostKnown = true
	}
	return sp
}

// loadTestSet reads the test set. Rejected rows are listed on stderr with
// line and reason and left out; a set without frozen labels is refused unless
// allowUnlabeled, since every safety figure would silently become n/a.
func loadTestSet(path string, allowUnlabeled bool, errOut io.Writer) ([]dataset.Row, int, string, error) {
	rows, rejects, _, sum, err := dataset.ReadFileSHA256(path, dataset.Options{})
	if errors.Is(err, os.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
		return nil, 0, "", exitcode.New(exitcode.Usage, fmt.Errorf("--test-set: %w", err), "give the frozen test set CSV (description,suggestions,label,category), e.g. data/test_set.csv")
	}
	if err != nil {
		return nil, 0, "", exitcode.New(exitcode.Usage, fmt.Errorf("--test-set %s: %w", path, err), "fix the file; see data/README.md for the format")
	}
	for i, r := range rejects {
		if i == 100 {
			fmt.Fprintf(errOut, "  ... and %d more\n", len(rejects)-100)
			break
		}
		if i == 0 {
			fmt.Fprintf(errOut, "--test-set %s: %d rows rejected and left out of the eval:\n", path, len(rejects))
		}
		fmt.Fprintf(errOut, "  %s\n", r.Error())
	}
	if len(rows) == 0 {
		return nil, 0, "", exitcode.Usagef("fix the rows listed above; see data/README.md", "--test-set %s has no usable rows (%d rejected)", path, len(rejects))
	}
	if !allowUnlabeled {
		var lines []string
		for _, r := range rows {
			if r.Label == dataset.LabelNone {
				lines = append(lines, strconv.Itoa(r.Line))
			}
		}
		if len(lines) > 0 {
			if len(lines) > 10 {
				lines = append(lines[:10], "...")
			}
			return nil, 0, "", exitcode.Usagef("give every row a label (appropriate or inappropriate), or pass --allow-unlabeled to evaluate without safety metrics",
				"--test-set %s: %d rows have no frozen label (lines %s)", path, len(rows)-countLabelled(rows), strings.Join(lines, ", "))
		}
	}
	return rows, len(rejects), sum, nil
}

func countLabelled(rows []dataset.Row) int {
	n := 0
	for _, r := range rows {
		if r.Label != dataset.LabelNone {
			n++
		}
	}
	return n
}

func (o *Options) newJudge() (judgeSetup, error) {
	if o.Judge == "heuristic" {
		return judgeSetup{judge: evaluation.HeuristicJudge{}}, nil
	}
	prices, err := llm.LoadPrices(o.PricesFile)
	if err != nil {
		return judgeSetup{}, exitcode.New(exitcode.Usage, fmt.Errorf("DOMAINYOURS_PRICES: %w", err), `write {"model": {"input": 0.15, "output": 0.6}} (USD per million tokens)`)
	}
	c, id, err := backends.Client(backends.Settings{Name: backends.OpenAI, OpenAIBaseURL: o.OpenAIBaseURL, OpenAIKey: o.OpenAIKey, Logger: o.Logger},
		llm.Config{Concurrency: o.Concurrency, Prices: prices, AttemptTimeout: 2 * time.Minute, TotalTimeout: 5 * time.Minute})
	if err != nil {
		return judgeSetup{}, err
	}
	js := judgeSetup{endpoint: id}
	if !o.NoCache {
		if err := os.MkdirAll(o.Layout.Cache, 0o755); err != nil {
			return judgeSetup{}, exitcode.New(exitcode.Usage, fmt.Errorf("creating DOMAINYOURS_CACHE_DIR: %w", err), "point DOMAINYOURS_CACHE_DIR at a writable folder, or use --no-cache")
		}
		cache, err := llmcache.Open(o.Layout.JudgeCache(), id)
		if err != nil {
			return judgeSetup{}, exitcode.New(exitcode.Failure, err, "move the cache file aside, or use --no-cache")
		}
		js.cache = cache
	}
	js.llm = evaluation.NewLLMJudge(c, js.cache, o.JudgeModel, o.JudgeTemp)
	js.judge, js.prices = js.llm, prices
	if o.Batch {
		api, err := openai.NewBatchClient(openai.Config{BaseURL: o.OpenAIBaseURL, APIKey: o.OpenAIKey})
		if err != nil {
			return judgeSetup{}, backends.Wrap(err)
		}
		if err := os.MkdirAll(o.Layout.Cache, 0o755); err != nil {
			return judgeSetup{}, exitcode.New(exitcode.Usage, fmt.Errorf("creating DOMAINYOURS_CACHE_DIR: %w", err), "point DOMAINYOURS_CACHE_DIR at a writable folder")
		}
		jr, err := journal.Open(o.Layout.JudgeBatchJournal())
		if err != nil {
			return judgeSetup{}, exitcode.New(exitcode.Failure, err, "move the batch journal aside to submit afresh")
		}
		js.batchJnl = jr
		js.batch = evaluation.NewBatchJudge(js.llm, api, batch.Options{Journal: jr, Logger: o.Logger,
			Metadata: map[string]string{"purpose": "domainyours eval judge"},
			OnProgress: func(p batch.Progress) {
				fmt.Fprintf(o.IO.ErrOut, "judge batch: round %d, %d in flight, %d done, %d failed, %d pending (%s)\n",
					p.Round, p.Batches, p.Succeeded, p.Failed, p.Pending, p.Status)
			}})
		js.judge = js.batch
	}
	return js, nil
}

// evalVersion runs one version end to end and writes its per-version files.
func (o *Options) evalVersion(ctx context.Context, v string, rows []dataset.Row, sha string, js judgeSetup, temp *float64) (evaluation.Evaluated, evaluation.VersionInfo, error) {
	info := evaluation.VersionInfo{Version: v, Status: "failed"}
	slug, err := workspace.Slug(v)
	if err != nil {
		return evaluation.Evaluated{}, info, exitcode.Usagef("use a shorter model name", "%v", err)
	}
	choice, err := o.Backend(ctx, o.selection(v))
	if err != nil {
		info.Error = err.Error()
		return evaluation.Evaluated{}, info, err
	}
	info.Backend, info.Note = choice.Backend.Name(), choice.Note
	if err := os.MkdirAll(o.Layout.Cache, 0o755); err != nil {
		return evaluation.Evaluated{}, info, exitcode.New(exitcode.Usage, fmt.Errorf("creating DOMAINYOURS_CACHE_DIR: %w", err), "point DOMAINYOURS_CACHE_DIR at a writable folder")
	}
	jr, err := journal.Open(o.Layout.EvalJournal(slug))
	if err != nil {
		return evaluation.Evaluated{}, info, exitcode.New(exitcode.Failure, err, "move the journal aside to start this version afresh")
	}
	defer jr.Close()

	bar := progress.New(o.IO.ErrOut, o.IO.StderrTTY, "eval "+v)
	cost := func() float64 {
		if js.llm == nil {
			return 0
		}
		u := js.llm.Usage()
		if !u.CostKnown() {
			return -1
		}
		return u.CostUSD
	}
	res, err := evaluation.Run(ctx, evaluation.Config{
		Version: v, Generator: suggestion.New(choice.Backend), Judge: js.judge, Rows: rows, TestSetSHA256: sha,
		Seed: o.Seed, Temperature: temp, Concurrency: o.Concurrency, Repeats: o.JudgeRepeats, Journal: jr, Fresh: o.NoCache, Batch: batchOf(js),
		Progress: func(done, errs int) {
			bar.Update(progress.Counts{Done: done, Total: len(rows), Errors: errs, CostUSD: cost()})
		},
	})
	if ctx.Err() != nil {
		return evaluation.Evaluated{}, info, ctx.Err()
	}
	s := evaluation.Summarize(res, js.judge)
	bar.Done(progress.Counts{Done: s.NTotal, Total: len(rows), Errors: s.NError, CostUSD: cost(),
		Extra: fmt.Sprintf("scored %d, resumed %d", s.NScored, res.Resumed)})
	info.Resumed, info.Elapsed = res.Resumed, res.Elapsed.Round(time.Millisecond).String()
	if err != nil {
		var se *evaluation.StopError
		if errors.As(err, &se) {
			info.Status, info.Error = "stopped", se.Err.Error()
			return evaluation.Evaluated{}, info, backends.Wrap(se.Err)
		}
		info.Error = err.Error()
		return evaluation.Evaluated{}, info, err
	}
	ev := evaluation.Evaluated{Result: res, Summary: s, Edge: evaluation.EdgeCases(res, s, sha, o.BottomK)}
	info.Results, info.Edge = o.Layout.Results(slug), o.Layout.EdgeCases(slug)
	if err := os.MkdirAll(o.Layout.Data, 0o755); err != nil {
		return evaluation.Evaluated{}, info, exitcode.New(exitcode.Failure, fmt.Errorf("creating DOMAINYOURS_DATA_DIR %s: %w", o.Layout.Data, err), "point DOMAINYOURS_DATA_DIR at a writable folder")
	}
	if err := evaluation.WriteResultsCSV(info.Results, res); err != nil {
		return evaluation.Evaluated{}, info, exitcode.New(exitcode.Failure, err, "check that the data folder is writable")
	}
	if err := edgecases.Write(info.Edge, ev.Edge); err != nil {
		return evaluation.Evaluated{}, info, exitcode.New(exitcode.Failure, err, "check that the data folder is writable")
	}
	if s.NTotal > 0 && float64(s.NError)/float64(s.NTotal) > o.MaxErrorRate {
		info.Error = fmt.Sprintf("%d of %d rows failed, more than --max-error-rate %g", s.NError, s.NTotal, o.MaxErrorRate)
		// The version's files are written (honest counts) but it fails.
		return ev, info, exitcode.New(exitcode.Failure, errors.New(info.Error), "see the error and error_class columns of "+info.Results)
	}
	info.Status, info.Error = "ok", ""
	return ev, info, nil
}

func importFile(path string, testSet []dataset.Row, errOut io.Writer) (evaluation.Evaluated, evaluation.VersionInfo, error) {
	res, rowErrs, err := evaluation.ImportSeed(path, testSet)
	if err != nil {
		return evaluation.Evaluated{}, evaluation.VersionInfo{}, exitcode.New(exitcode.Usage, err, "give a results CSV in the seed project's layout (description,domains,overall_category,is_appropriate,...,average_score)")
	}
	for _, e := range rowErrs {
		fmt.Fprintf(errOut, "skipped: %v\n", e)
	}
	s := evaluation.SummarizeImport(res, path)
	ev := evaluation.Evaluated{Result: res, Summary: s, Edge: evaluation.EdgeCases(res, s, "", 10)}
	return ev, evaluation.VersionInfo{Version: res.Version, Status: "imported", Note: fmt.Sprintf("%s (%d rows, %d skipped)", path, len(res.Rows), len(rowErrs))}, nil
}

// writeOutputs writes the JSON summary, the HTML report and the charts.
func (o *Options) writeOutputs(rs evaluation.RunSummary, evs []evaluation.Evaluated) error {
	if err := os.MkdirAll(o.Layout.Reports, 0o755); err != nil {
		return exitcode.New(exitcode.Failure, fmt.Errorf("creating --reports-dir %s: %w", o.Layout.Reports, err), "point --reports-dir at a writable folder")
	}
	if err := evaluation.WriteJSON(o.Layout.Summary(), rs); err != nil {
		return exitcode.New(exitcode.Failure, err, "check that --reports-dir is writable")
	}
	data := report.Data{Title: "domainyours eval", Run: rs}
	for _, ev := range evs {
		data.Details = append(data.Details, ev.Detail())
	}
	if _, err := report.Write(data, report.Options{HTMLPath: o.Layout.Report(), ImagesDir: o.Layout.Images}); err != nil {
		return exitcode.New(exitcode.Failure, err, "check that --reports-dir and --images-dir are writable")
	}
	return nil
}
