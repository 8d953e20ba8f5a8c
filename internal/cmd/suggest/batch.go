package suggest

import (
	"context"
	"fmt"

	"github.com/domainyours/domainyours/internal/suggestion"
)

// DefaultMaxRows is --max-rows: a batch for a model is refused beyond it.
const DefaultMaxRows = 10000

func batchRun(ctx context.Context, o *Options, svc *suggestion.Service, checks suggestion.Checks, models bool) error {
	limit := 0
	if models || o.maxRowsSet {
		limit = o.MaxRows
	}
	spendCap, err := svc.NewSpendCap(o.MaxCost, o.MaxTokens, o.PricesPath)
	if err != nil {
		return err
	}
	src, isCSV, closeFn, err := suggestion.OpenBatchInput(ctx, o.File, o.IO.In, limit)
	if err != nil {
		return err
	}
	defer closeFn()
	n, err := svc.Batch(ctx, suggestion.BatchOptions{
		In: src, CSV: isCSV, Out: o.IO.Out, Format: o.Format,
		Request: o.request(""), TLDs: o.TLDs, Checks: checks, Cap: spendCap,
	})
	if err != nil {
		return err
	}
	fmt.Fprint(o.IO.ErrOut, n.Summary())
	return n.Err()
}
