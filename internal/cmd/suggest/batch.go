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

// DefaultMaxRows is --max-rows: a batch for a model is refused beyond it.
const DefaultMaxRows = 10000

func batchRun(ctx context.Context, o *Options, svc *suggestion.Service, checks suggestion.Checks, models bool) error {
	src, closeFn, err := openInput(o)
	if err != nil {
		return err
	}
	defer closeFn()
	isCSV := strings.EqualFold(filepath.Ext(o.File), ".csv")
	if limit := o.MaxRows; limit > 0 && (models || o.maxRowsSet) {
		counted, done, err := checkRows(ctx, src, isCSV, limit)
		if err != nil {
			return err
		}
		defer done()
		src = counted
	}
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

// checkRows counts the inputs of src before any model is called and
// refuses more than limit; it returns the input to read again. A file is
// read twice; stdin is copied to a temporary file as it is counted. Either
// way one record at a time is held in memory.
func checkRows(ctx context.Context, src io.Reader, isCSV bool, limit int) (io.Reader, func(), error) {
	pos := int64(-1)
	if s, ok := src.(io.Seeker); ok {
		if p, err := s.Seek(0, io.SeekCurrent); err == nil {
			pos = p
		}
	}
	count, done := src, func() {}
	var spool *os.File
	if pos < 0 { // a pipe cannot be read twice
		var err error
		if spool, err = os.CreateTemp("", "domainyours-batch-*"); err != nil {
			return nil, nil, fmt.Errorf("--file -: a temporary copy to count the inputs: %w", err)
		}
		done = func() {
			spool.Close()
			os.Remove(spool.Name())
		}
		count = io.TeeReader(src, spool)
	}
	n, err := suggestion.CountInputs(ctx, count, isCSV, limit)
	if err == nil && n > limit {
		err = exitcode.New(exitcode.Usage, fmt.Errorf("--file has more than %d inputs, the --max-rows limit; no model was called", limit),
			"split the file, or raise --max-rows (0: no limit)")
	}
	if err != nil {
		done()
		return nil, nil, err
	}
	if spool != nil {
		_, err = spool.Seek(0, io.SeekStart)
		src = spool
	} else {
		_, err = src.(io.Seeker).Seek(pos, io.SeekStart)
	}
	if err != nil {
		done()
		return nil, nil, fmt.Errorf("--file: reading the inputs again after counting them: %w", err)
	}
	return src, done, nil
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
