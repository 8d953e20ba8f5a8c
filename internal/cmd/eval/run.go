package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/evaluation"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/progress"
	"github.com/domainyours/domainyours/internal/report"
)

// evalRun runs the evaluation use case, publishes the summary and the
// report, prints the table and turns failures and gates into the exit code.
func evalRun(ctx context.Context, o *Options) error {
	started := time.Now()
	bars := map[string]*progress.Reporter{}
	out, err := evaluation.Eval(ctx, evaluation.Request{
		TestSet: o.TestSet, AllowUnlabeled: o.AllowUnlabeled, Rejected: o.listRejects,
		Discover: evaluation.DiscoverOptions{Versions: o.Versions, Bases: o.Bases, Layout: o.Layout,
			Ollama: func() (evaluation.ModelLister, error) { return o.Ollama() }, Logger: o.Logger, Unlisted: func(url string) {
				fmt.Fprintf(o.IO.ErrOut, "eval: Ollama at %s did not list its models; only builtin, --base and models/ folders are evaluated\n", url)
			}},
		Judge: o.judgeOptions(),
		Run: evaluation.RunOptions{
			Started: started, Build: o.Build, Command: o.Command, Imports: o.Imports,
			Backend: o.backend, Layout: o.Layout, Seed: o.Seed, Temperature: o.Temperature, JudgeTemp: o.JudgeTemp,
			Concurrency: o.Concurrency, Repeats: o.JudgeRepeats, NoCache: o.NoCache, BottomK: o.BottomK, MaxErrorRate: o.MaxErrorRate,
			StopOnError: o.StopOnError, FailUnder: o.FailUnder, FailIfWorse: o.FailIfWorse,
			Events: evaluation.Events{
				Started: func(v string) { bars[v] = progress.New(o.IO.ErrOut, o.IO.StderrTTY, "eval "+v) },
				Progress: func(v string, p evaluation.VersionProgress) {
					c := progress.Counts{Done: p.Done, Total: p.Total, Errors: p.Errors, CostUSD: p.CostUSD}
					if !p.Final {
						bars[v].Update(c)
						return
					}
					c.Extra = fmt.Sprintf("scored %d, resumed %d", p.Scored, p.Resumed)
					bars[v].Done(c)
				},
				Failed: func(v string, err error) {
					fmt.Fprintf(o.IO.ErrOut, "eval %s: failed: %v\n", v, err)
					if h := exitcode.HintOf(err); h != "" {
						fmt.Fprintf(o.IO.ErrOut, "hint: %s\n", h)
					}
				},
				Skipped: func(err error) { fmt.Fprintf(o.IO.ErrOut, "skipped: %v\n", err) },
			},
		},
	})
	if err != nil {
		return err
	}
	rs := out.Summary
	if err := report.Publish(o.Layout, out); err != nil {
		return err
	}
	if len(out.Failures) > 0 {
		fmt.Fprintf(o.IO.ErrOut, "eval: a version failed, so %s and %s are kept as they were; this run's are %s and %s\n",
			o.Layout.Summary(), o.Layout.Report(), o.Layout.FailedSummary(), o.Layout.FailedReport())
	}
	if o.JSON {
		enc := json.NewEncoder(o.IO.Out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rs); err != nil {
			return err
		}
	} else {
		report.Table(o.IO.Out, rs)
	}
	report.Spend(o.IO.ErrOut, o.Judge, rs.Spend)
	switch {
	case len(out.Failures) > 0:
		code, hint := exitcode.Failure, "see the messages above; the other versions' outputs were written"
		if out.MissingPrerequisite() {
			code, hint = exitcode.Prerequisite, exitcode.HintOf(out.Errors[0])
		}
		return exitcode.New(code, fmt.Errorf("%d of %d versions could not be evaluated: %s", len(out.Failures), len(out.Versions), strings.Join(out.Failures, ", ")), hint)
	case len(rs.GateFailures) > 0:
		for _, g := range rs.GateFailures {
			fmt.Fprintf(o.IO.ErrOut, "gate failed: %s\n", g)
		}
		return exitcode.New(exitcode.Refused, fmt.Errorf("%d quality gate(s) failed", len(rs.GateFailures)), "see 'gate failed' above and the report")
	}
	return nil
}

// listRejects prints the test set's rejected rows, the first 100 of them.
func (o *Options) listRejects(rejects []*dataset.RowError) {
	fmt.Fprintf(o.IO.ErrOut, "--test-set %s: %d rows rejected and left out of the eval:\n", o.TestSet, len(rejects))
	for i, r := range rejects {
		if i == 100 {
			fmt.Fprintf(o.IO.ErrOut, "  ... and %d more\n", len(rejects)-100)
			break
		}
		fmt.Fprintf(o.IO.ErrOut, "  %s\n", r.Error())
	}
}
