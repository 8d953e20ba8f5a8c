package evaluation

import (
	"context"
	"strings"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/workspace"
)

// IsSelector reports whether v names something eval can run or compare:
// all, builtin, vN (the version rule), base:<ollama model>, or seed-<x> (an
// --import, for --fail-if-worse).
func IsSelector(v string) bool {
	switch {
	case v == "all", v == Builtin:
		return true
	case strings.HasPrefix(v, "base:"):
		m := strings.TrimPrefix(v, "base:")
		return m != "" && !strings.HasPrefix(m, "-") && !strings.ContainsAny(m, " \t\n\x00")
	case strings.HasPrefix(v, "seed-"):
		return workspace.ValidateName(v) == nil
	}
	return workspace.IsVersion(v)
}

// Request is one eval run as the command states it: the test set to load,
// the versions as given (all expands), the judge to open, and how to run
// them. Eval fills in Run's TestSet, Versions and Judge.
type Request struct {
	TestSet        string
	AllowUnlabeled bool
	// Rejected is handed the test set's rejected rows (the command lists them).
	Rejected func([]*dataset.RowError)
	Discover DiscoverOptions
	Judge    JudgeOptions
	Run      RunOptions
}

// Eval is the eval use case: it checks the data folder, loads the frozen
// test set, expands the versions, opens the judge (closing it at the end)
// and runs every version (RunVersions). Writing the summary and the page is
// report.Publish's.
func Eval(ctx context.Context, r Request) (Outcome, error) {
	if err := r.Run.Layout.CheckData(); err != nil {
		return Outcome{}, err
	}
	ts, err := LoadTestSet(r.TestSet, r.AllowUnlabeled, r.Rejected)
	if err != nil {
		return Outcome{}, err
	}
	versions, err := DiscoverVersions(ctx, r.Discover)
	if err != nil {
		return Outcome{}, err
	}
	js, err := OpenJudge(r.Judge)
	if err != nil {
		return Outcome{}, err
	}
	defer js.Close()
	r.Run.TestSet, r.Run.Versions, r.Run.Judge = ts, versions, js
	return RunVersions(ctx, r.Run)
}
