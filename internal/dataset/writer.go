package dataset

import (
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"

	"github.com/domainyours/domainyours/internal/atomicfile"
)

// IsFormula reports whether a cell would be run as a formula by a
// spreadsheet: it starts with =, +, -, @, a tab or a carriage return.
func IsFormula(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

// EscapeCell neutralises formula injection by prefixing an apostrophe, which
// spreadsheets show as text. A cell that already starts with an apostrophe
// followed by a formula character (or another apostrophe) gets one more, so
// UnescapeCell always returns the original text.
func EscapeCell(s string) string {
	if IsFormula(s) || (len(s) > 1 && s[0] == '\'' && (IsFormula(s[1:]) || s[1] == '\'')) {
		return "'" + s
	}
	return s
}

// UnescapeCell reverses EscapeCell.
func UnescapeCell(s string) string {
	if len(s) > 1 && s[0] == '\'' && (IsFormula(s[1:]) || s[1] == '\'') {
		return s[1:]
	}
	return s
}

// Writer writes rows atomically: nothing is visible at the path until Commit.
type Writer struct {
	f       *atomicfile.File
	csv     *csv.Writer
	path    string
	withLab bool
}

// Create starts writing a dataset at path. withLabels adds the label and
// category columns.
func Create(path string, withLabels bool) (*Writer, error) {
	f, err := atomicfile.Create(path, 0o644)
	if err != nil {
		return nil, err
	}
	w := &Writer{f: f, csv: csv.NewWriter(f), path: path, withLab: withLabels}
	header := []string{ColDescription, ColSuggestions}
	if withLabels {
		header = append(header, ColLabel, ColCategory)
	}
	if err := w.csv.Write(header); err != nil {
		f.Abort()
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	return w, nil
}

// Write appends one row.
func (w *Writer) Write(r Row) error {
	names := r.Suggestions
	if names == nil {
		names = []string{}
	}
	js, err := json.Marshal(names)
	if err != nil {
		return err
	}
	rec := []string{EscapeCell(r.Description), string(js)}
	if w.withLab {
		rec = append(rec, string(r.Label), EscapeCell(r.Category))
	}
	if err := w.csv.Write(rec); err != nil {
		return fmt.Errorf("writing %s: %w", w.path, err)
	}
	return nil
}

// Commit flushes and atomically replaces the file at the path.
func (w *Writer) Commit() error {
	w.csv.Flush()
	if err := w.csv.Error(); err != nil {
		w.f.Abort()
		return fmt.Errorf("writing %s: %w", w.path, err)
	}
	return w.f.Commit()
}

// Abort discards everything written; the previous file, if any, is untouched.
func (w *Writer) Abort() { w.f.Abort() }

// WriteFile writes all rows to path atomically.
func WriteFile(path string, rows []Row, withLabels bool) error {
	w, err := Create(path, withLabels)
	if err != nil {
		return err
	}
	defer w.Abort()
	for _, r := range rows {
		if err := w.Write(r); err != nil {
			return err
		}
	}
	return w.Commit()
}

// ReadFile reads every row of a dataset file, returning accepted rows, the
// rejected ones, and the counts.
func ReadFile(path string, opts Options) ([]Row, []*RowError, Stats, error) {
	return readFile(path, opts, nil)
}

// ReadFileSHA256 is ReadFile that also returns the sha256 of the bytes it
// read, in one pass: a test set is hashed exactly as it was parsed.
func ReadFileSHA256(path string, opts Options) ([]Row, []*RowError, Stats, string, error) {
	h := sha256.New()
	rows, rejects, st, err := readFile(path, opts, h)
	return rows, rejects, st, hex.EncodeToString(h.Sum(nil)), err
}

func readFile(path string, opts Options, h hash.Hash) ([]Row, []*RowError, Stats, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, Stats{}, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, nil, Stats{}, fmt.Errorf("%s is a directory; give the path of a CSV file", path)
	}
	// A device such as /dev/zero, or a runaway file, must not be read
	// without end: past the limit the read fails with ErrTooLarge.
	var src io.Reader = f
	if h != nil {
		src = io.TeeReader(f, h)
	}
	lim := &limitedReader{r: src, left: MaxFileBytes}
	r, err := NewReader(lim, opts)
	if err != nil {
		if lim.hit {
			return nil, nil, Stats{}, fmt.Errorf("%s: %w", path, ErrTooLarge)
		}
		return nil, nil, Stats{}, fmt.Errorf("%s: %w", path, err)
	}
	var rows []Row
	var rejects []*RowError
	for {
		row, err := r.Next()
		if err == nil {
			rows = append(rows, row)
			continue
		}
		var re *RowError
		if errors.As(err, &re) {
			rejects = append(rejects, re)
			continue
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if lim.hit {
			err = ErrTooLarge
		}
		return rows, rejects, r.Stats(), fmt.Errorf("%s: %w", path, err)
	}
	return rows, rejects, r.Stats(), nil
}

// MaxFileBytes bounds a dataset or test set read by ReadFile: 64 MiB is
// some 200,000 rows, far past any set this tool makes (generate-data writes
// at most 5,000) or needs.
const MaxFileBytes = 64 << 20

// ErrTooLarge reports a file past MaxFileBytes.
var ErrTooLarge = fmt.Errorf("the file is larger than %d MiB, the limit for a dataset; split it or check that it is the right file", MaxFileBytes>>20)

// limitedReader is io.LimitReader that remembers it cut the input, so the
// caller reports the limit instead of a CSV error at the cut.
type limitedReader struct {
	r    io.Reader
	left int64
	hit  bool
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		l.hit = true
		return 0, ErrTooLarge
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}
