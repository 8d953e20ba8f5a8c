package suggestion

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/domainyours/domainyours/internal/exitcode"
)

// OpenBatchInput opens what suggest --file names (a .txt or .csv file, or
// stdin for "-") and, when limit > 0, counts its inputs first: more than
// limit is refused before any model is called. It returns the input to
// read, whether it is CSV, and what closes it.
func OpenBatchInput(ctx context.Context, path string, stdin io.Reader, limit int) (io.Reader, bool, func(), error) {
	src, closeFn, err := openInput(path, stdin)
	if err != nil {
		return nil, false, nil, err
	}
	isCSV := strings.EqualFold(filepath.Ext(path), ".csv")
	if limit > 0 {
		counted, done, err := limitInputs(ctx, src, isCSV, limit)
		if err != nil {
			closeFn()
			return nil, false, nil, err
		}
		closeFile := closeFn
		src, closeFn = counted, func() { done(); closeFile() }
	}
	return src, isCSV, closeFn, nil
}

// limitInputs counts the inputs of src before any model is called and
// refuses more than limit; it returns the input to read again. A file is
// read twice; stdin is copied to a temporary file as it is counted. Either
// way one record at a time is held in memory.
func limitInputs(ctx context.Context, src io.Reader, isCSV bool, limit int) (io.Reader, func(), error) {
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
	n, err := CountInputs(ctx, count, isCSV, limit)
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

func openInput(path string, stdin io.Reader) (io.Reader, func(), error) {
	if path == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, exitcode.New(exitcode.Usage, fmt.Errorf("--file: %w", err), "give a readable .txt or .csv file, or - for stdin")
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, nil, exitcode.Usagef("give a .txt or .csv file inside it, or - for stdin", "--file %s is a folder, not a file", path)
	}
	return f, func() { f.Close() }, nil
}
