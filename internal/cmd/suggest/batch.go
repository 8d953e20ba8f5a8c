package suggest

import (
	"context"
	"fmt"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// DefaultMaxRows is --max-rows: a batch for a model is refused beyond it.
const DefaultMaxRows = 10000

func batchRun(ctx context.Context, o *Options, svc *suggestion.Service, checks suggestion.Checks, models bool) error {
	limit := 0
	if models || o.maxRowsSet {
		limit = o.MaxRows
	}
	src, isCSV, closeFn, err := suggestion.OpenBatchInput(ctx, o.File, o.IO.In, limit)
	if err != nil {
		return err
	}
	defer closeFn()
	n, err := svc.Batch(ctx, suggestion.BatchOptions{
		In: src, CSV: isCSV, Out: o.IO.Out, Format: o.Format,
		Request: o.request(""), TLDs: o.TLDs, Checks: checks,
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(o.IO.ErrOut, "batch: %d inputs: %d named, %d refused, %d bad input, %d failed\n%s",
		n.Total, n.OK, n.Refused, n.BadInput, n.Failed, n.ShortNote())
	switch {
	case n.Failed > 0:
		return exitcode.New(exitcode.Failure, fmt.Errorf("%d of %d inputs failed", n.Failed, n.Total), "see the error field of those rows")
	case n.BadInput > 0:
		return exitcode.New(exitcode.Usage, fmt.Errorf("%d of %d inputs were not usable", n.BadInput, n.Total), "see the error field of those rows")
	}
	return nil
}
