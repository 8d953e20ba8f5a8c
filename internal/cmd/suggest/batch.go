package suggest

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/suggestion"
)

func batchRun(ctx context.Context, o *Options, svc *suggestion.Service, checks suggestion.Checks) error {
	src, closeFn, err := openInput(o)
	if err != nil {
		return err
	}
	defer closeFn()
	n, err := svc.Batch(ctx, suggestion.BatchOptions{
		In: src, CSV: strings.EqualFold(filepath.Ext(o.File), ".csv"), Out: o.IO.Out, Format: o.Format,
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

func openInput(o *Options) (io.Reader, func(), error) {
	if o.File == "-" {
		return o.IO.In, func() {}, nil
	}
	f, err := os.Open(o.File)
	if err != nil {
		return nil, nil, exitcode.New(exitcode.Usage, fmt.Errorf("--file: %w", err), "give a readable .txt or .csv file, or - for stdin")
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, nil, exitcode.Usagef("give a .txt or .csv file inside it, or - for stdin", "--file %s is a folder, not a file", o.File)
	}
	return f, func() { f.Close() }, nil
}
