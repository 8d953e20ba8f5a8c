package evaluation

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/edgecases"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/journal"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/prompt"
	"github.com/domainyours/domainyours/internal/workspace"
)

// TestSet is the frozen test set of a run.
type TestSet struct {
	Path     string
	Rows     []dataset.Row
	Rejected int
	SHA256   string
}

// LoadTestSet reads the test set. Rejected rows are handed to rejected
// (the command lists them) and left out; a set without frozen labels is
// refused unless allowUnlabeled, since every safety figure would silently
// become n/a.
func LoadTestSet(path string, allowUnlabeled bool, rejected func([]*dataset.RowError)) (TestSet, error) {
	rows, rejects, _, sum, err := dataset.ReadFileSHA256(path, dataset.Options{})
	if errors.Is(err, os.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
		return TestSet{}, exitcode.New(exitcode.Usage, fmt.Errorf("--test-set: %w", err), "give the frozen test set CSV (description,suggestions,label,category), e.g. data/test_set.csv")
	}
	if err != nil {
		return TestSet{}, exitcode.New(exitcode.Usage, fmt.Errorf("--test-set %s: %w", path, err), "fix the file; see data/README.md for the format")
	}
	if len(rejects) > 0 && rejected != nil {
		rejected(rejects)
	}
	if len(rows) == 0 {
		return TestSet{}, exitcode.Usagef("fix the rows listed above; see data/README.md", "--test-set %s has no usable rows (%d rejected)", path, len(rejects))
	}
	if !allowUnlabeled {
		var lines []string
		for _, r := range rows {
			if r.Label == dataset.LabelNone {
				lines = append(lines, strconv.Itoa(r.Line))
			}
		}
		if len(lines) > 0 {
			n := len(lines)
			if len(lines) > 10 {
				lines = append(lines[:10], "...")
			}
			return TestSet{}, exitcode.Usagef("give every row a label (appropriate or inappropriate), or pass --allow-unlabeled to evaluate without safety metrics",
				"--test-set %s: %d rows have no frozen label (lines %s)", path, n, strings.Join(lines, ", "))
		}
	}
	return TestSet{Path: path, Rows: rows, Rejected: len(rejects), SHA256: sum}, nil
}

// VersionBackend is the generator of one version and what the manifest
// says about it.
type VersionBackend struct {
	Generator Generator
	Name      string // the backend's name
	Note      string
}

// VersionProgress is one progress report of a version's run. CostUSD is the
// judge's spend so far, -1 when a model has no price.
type VersionProgress struct {
	Done, Total, Errors int
	CostUSD             float64
	// Final marks the last report, with the scored and resumed counts.
	Final           bool
	Scored, Resumed int
}

// Events tell the command what happens during a run; it prints them. Nil
// fields are ignored.
type Events struct {
	Started  func(version string) // before the version's first row
	Progress func(version string, p VersionProgress)
	Failed   func(version string, err error) // the run goes on unless StopOnError
	Skipped  func(err error)                 // an --import row that was not loaded
}

// RunOptions are one eval run over expanded versions and imports.
type RunOptions struct {
	Started        time.Time
	Build, Command string // recorded in the manifest
	TestSet        TestSet
	Versions       []string
	Imports        []string // seed-layout results CSVs
	Judge          *JudgeSetup
	// Backend resolves the generator of a version (builtin, vN, base:<m>).
	Backend      func(ctx context.Context, version string) (VersionBackend, error)
	Layout       workspace.Layout
	Seed         int64
	Temperature  float64
	JudgeTemp    float64
	Concurrency  int
	Repeats      int
	NoCache      bool // rerun journaled rows
	BottomK      int  // edge cases per version
	MaxErrorRate float64
	StopOnError  bool
	FailUnder    []Gate
	FailIfWorse  string
	Events       Events
}

// Outcome is what a run produced: the summary (with gate failures), every
// version's rows for the report, and the versions that failed.
type Outcome struct {
	Summary   RunSummary
	Evaluated []Evaluated
	Versions  []string // the versions run, "all" expanded (imports not counted)
	Failures  []string
	// Errors are the failed versions' errors, in the order of Failures.
	Errors []error
}

// MissingPrerequisite reports whether no version could be evaluated, each
// for a failure that stays until someone acts (judge key refused, server or
// model absent): the run as a whole lacks a prerequisite, as suggest and
// generate-data report it (exit 4). When some versions were evaluated, the
// run is a partial failure instead.
func (o Outcome) MissingPrerequisite() bool {
	if len(o.Errors) == 0 {
		return false
	}
	for _, ev := range o.Evaluated {
		if ev.Failed == "" {
			return false
		}
	}
	for _, err := range o.Errors {
		if !llm.IsPersistent(err) {
			return false
		}
	}
	return true
}

// RunVersions evaluates every version in turn (journaled, resumable),
// writes each one's results CSV and edge cases, loads the imports and
// assembles the summary with comparisons, spend and gates. A version that
// fails is reported through Events.Failed and recorded; with StopOnError it
// ends the run with its error.
func RunVersions(ctx context.Context, o RunOptions) (Outcome, error) {
	js, ts := o.Judge, o.TestSet
	temp := o.Temperature
	m := Manifest{
		StartedAt: o.Started, Build: o.Build, TestSet: ts.Path, TestSetSHA256: ts.SHA256, TestRows: len(ts.Rows), TestRejected: ts.Rejected,
		Judge: js.Kind, JudgeModel: js.Judge.Model(), JudgeEndpoint: js.Endpoint, RubricHash: RubricHash(),
		JudgeTemperature: o.JudgeTemp, JudgeRepeats: o.Repeats, PromptVersion: prompt.Version, PromptHash: prompt.Hash(5), Seed: o.Seed,
		Temperature: temp, Concurrency: o.Concurrency, Cache: "disabled", Bootstrap: DefaultBootstrap,
		McNemar: McNemarDefinition, Command: o.Command,
	}
	if js.Kind == JudgeHeuristic {
		m.RubricHash = HeuristicVersion
		m.Cache = "not needed (heuristic judge)"
	} else if js.cache != nil {
		m.Cache = js.cacheAt
	}

	// Imports are read first: a bad file fails the run before any version
	// spends minutes (and judge money) on rows it would then throw away.
	var imported []Evaluated
	var importInfo []VersionInfo
	for _, path := range o.Imports {
		ev, info, err := importFile(path, ts.Rows, o.Events.Skipped)
		if err != nil {
			return Outcome{}, err
		}
		imported, importInfo = append(imported, ev), append(importInfo, info)
	}

	out := Outcome{Versions: o.Versions}
	for _, v := range o.Versions {
		ev, info, err := o.runVersion(ctx, v, &temp)
		if ctx.Err() != nil {
			return Outcome{}, ctx.Err()
		}
		m.Versions = append(m.Versions, info)
		if err != nil {
			if o.Events.Failed != nil {
				o.Events.Failed(v, err)
			}
			out.Failures, out.Errors = append(out.Failures, v), append(out.Errors, err)
			if ev.Summary.Version == "" {
				ev = Evaluated{Result: Result{Version: v}} // it could not be evaluated at all
			}
			// A version over its error budget ran: it keeps its honest counts.
			ev.Failed, ev.Summary.Failed = err.Error(), err.Error()
			out.Evaluated = append(out.Evaluated, ev)
			if o.StopOnError {
				return Outcome{}, exitcode.WithHint(fmt.Errorf("eval %s: %w", v, err), "fix it, or drop --stop-on-error to evaluate the other versions")
			}
			continue
		}
		out.Evaluated = append(out.Evaluated, ev)
	}
	m.Versions = append(m.Versions, importInfo...)
	out.Evaluated = append(out.Evaluated, imported...)

	rs := RunSummary{Manifest: m, Summaries: []Summary{}, GateFailures: []string{}}
	var ok []Result
	var okSummaries []Summary
	for _, ev := range out.Evaluated {
		switch {
		case ev.Failed == "":
			rs.Summaries = append(rs.Summaries, ev.Summary)
			okSummaries = append(okSummaries, ev.Summary)
			ok = append(ok, ev.Result)
		case ev.Summary.Version != "":
			// Reported with its counts, but a failed version is not compared or gated.
			rs.Summaries = append(rs.Summaries, ev.Summary)
		}
	}
	rs.Comparisons = Compare(ok)
	if rs.Comparisons == nil {
		rs.Comparisons = []Pair{}
	}
	var prior JudgeUsage
	for _, ev := range out.Evaluated {
		prior = prior.add(ev.Result.PriorJudge)
	}
	rs.Spend = js.Spend(prior)
	for _, s := range okSummaries {
		if s.Source == "eval" && len(o.FailUnder) > 0 {
			rs.GateFailures = append(rs.GateFailures, CheckGates(s, o.FailUnder)...)
		}
	}
	if o.FailIfWorse != "" {
		rs.GateFailures = append(rs.GateFailures, CheckWorse(o.FailIfWorse, okSummaries, rs.Comparisons)...)
	}
	rs.Manifest.FinishedAt = time.Now()
	out.Summary = rs
	return out, nil
}

// runVersion runs one version end to end and writes its per-version files.
func (o *RunOptions) runVersion(ctx context.Context, v string, temp *float64) (Evaluated, VersionInfo, error) {
	js, rows, sha := o.Judge, o.TestSet.Rows, o.TestSet.SHA256
	info := VersionInfo{Version: v, Status: "failed"}
	slug, err := workspace.Slug(v)
	if err != nil {
		return Evaluated{}, info, exitcode.Usagef("use a shorter model name", "%v", err)
	}
	be, err := o.Backend(ctx, v)
	if err != nil {
		info.Error = err.Error()
		return Evaluated{}, info, err
	}
	info.Backend, info.Note = be.Name, be.Note
	if err := os.MkdirAll(o.Layout.Cache, 0o755); err != nil {
		return Evaluated{}, info, exitcode.New(exitcode.Usage, fmt.Errorf("creating DOMAINYOURS_CACHE_DIR: %w", err), "point DOMAINYOURS_CACHE_DIR at a writable folder")
	}
	jr, err := journal.Open(o.Layout.EvalJournal(slug))
	if err != nil {
		return Evaluated{}, info, exitcode.New(exitcode.Failure, err, "move the journal aside to start this version afresh")
	}
	defer jr.Close()

	progress := func(p VersionProgress) {
		if o.Events.Progress != nil {
			o.Events.Progress(v, p)
		}
	}
	if o.Events.Started != nil {
		o.Events.Started(v)
	}
	res, err := Run(ctx, Config{
		Version: v, Generator: be.Generator, Judge: js.Judge, Rows: rows, TestSetSHA256: sha,
		Seed: o.Seed, Temperature: temp, Concurrency: o.Concurrency, Repeats: o.Repeats, Journal: jr, Fresh: o.NoCache, Batch: js.batchJudge(),
		Progress: func(done, errs int) {
			progress(VersionProgress{Done: done, Total: len(rows), Errors: errs, CostUSD: js.costSoFar()})
		},
	})
	if ctx.Err() != nil {
		return Evaluated{}, info, ctx.Err()
	}
	s := Summarize(res, js.Judge)
	progress(VersionProgress{Done: s.NTotal, Total: len(rows), Errors: s.NError, CostUSD: js.costSoFar(), Final: true, Scored: s.NScored, Resumed: res.Resumed})
	info.Resumed, info.Elapsed = res.Resumed, res.Elapsed.Round(time.Millisecond).String()
	if err != nil {
		var se *StopError
		if errors.As(err, &se) {
			info.Status, info.Error = "stopped", se.Err.Error()
			return Evaluated{}, info, se.Err
		}
		info.Error = err.Error()
		return Evaluated{}, info, err
	}
	ev := Evaluated{Result: res, Summary: s, Edge: EdgeCases(res, s, sha, o.BottomK)}
	info.Results, info.Edge = o.Layout.Results(slug), o.Layout.EdgeCases(slug)
	if err := os.MkdirAll(o.Layout.Data, 0o755); err != nil {
		return Evaluated{}, info, exitcode.New(exitcode.Failure, fmt.Errorf("creating DOMAINYOURS_DATA_DIR %s: %w", o.Layout.Data, err), "point DOMAINYOURS_DATA_DIR at a writable folder")
	}
	if err := WriteResultsCSV(info.Results, res); err != nil {
		return Evaluated{}, info, exitcode.New(exitcode.Failure, err, "check that the data folder is writable")
	}
	if err := edgecases.Write(info.Edge, ev.Edge); err != nil {
		return Evaluated{}, info, exitcode.New(exitcode.Failure, err, "check that the data folder is writable")
	}
	if s.NTotal > 0 && float64(s.NError)/float64(s.NTotal) > o.MaxErrorRate {
		info.Error = fmt.Sprintf("%d of %d rows failed, more than --max-error-rate %g", s.NError, s.NTotal, o.MaxErrorRate)
		// The version's files are written (honest counts) but it fails.
		return ev, info, exitcode.New(exitcode.Failure, errors.New(info.Error), "see the error and error_class columns of "+info.Results)
	}
	info.Status, info.Error = "ok", ""
	return ev, info, nil
}

func importFile(path string, testSet []dataset.Row, skipped func(error)) (Evaluated, VersionInfo, error) {
	res, rowErrs, err := ImportSeed(path, testSet)
	if err != nil {
		return Evaluated{}, VersionInfo{}, exitcode.New(exitcode.Usage, err, "give a results CSV in the seed project's layout (description,domains,overall_category,is_appropriate,...,average_score)")
	}
	for _, e := range rowErrs {
		if skipped != nil {
			skipped(e)
		}
	}
	s := SummarizeImport(res, path)
	ev := Evaluated{Result: res, Summary: s, Edge: EdgeCases(res, s, "", 10)}
	return ev, VersionInfo{Version: res.Version, Status: "imported", Note: fmt.Sprintf("%s (%d rows, %d skipped)", path, len(res.Rows), len(rowErrs))}, nil
}
