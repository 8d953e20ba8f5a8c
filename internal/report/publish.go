package report

import (
	"fmt"
	"os"

	"github.com/domainyours/domainyours/internal/evaluation"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/workspace"
)

// Publish writes an eval run's JSON summary, HTML page and charts where the
// layout keeps them. A run in which a version failed must not replace the
// last good report (a CI page or a comparison would silently lose it): it
// writes its summary and page next to them under .failed names, and no
// charts (the page carries its own copies). A good run removes those
// leftovers.
func Publish(l workspace.Layout, out evaluation.Outcome) error {
	failed := len(out.Failures) > 0
	if err := os.MkdirAll(l.Reports, 0o755); err != nil {
		return exitcode.New(exitcode.Failure, fmt.Errorf("creating --reports-dir %s: %w", l.Reports, err), "point --reports-dir at a writable folder")
	}
	summary, page, images := l.Summary(), l.Report(), l.Images
	if failed {
		summary, page, images = l.FailedSummary(), l.FailedReport(), ""
	}
	if err := evaluation.WriteJSON(summary, out.Summary); err != nil {
		return exitcode.New(exitcode.Failure, err, "check that --reports-dir is writable")
	}
	data := Data{Title: "domainyours eval", Run: out.Summary}
	for _, ev := range out.Evaluated {
		data.Details = append(data.Details, ev.Detail())
	}
	if _, err := Write(data, Options{HTMLPath: page, ImagesDir: images}); err != nil {
		return exitcode.New(exitcode.Failure, err, "check that --reports-dir and --images-dir are writable")
	}
	if !failed {
		os.Remove(l.FailedSummary())
		os.Remove(l.FailedReport())
	}
	return nil
}
