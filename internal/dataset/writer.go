package dataset

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
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
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, Stats{}, err
	}
	defer f.Close()
	r, err := NewReader(f, opts)
	if err != nil {
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
		return rows, rejects, r.Stats(), fmt.Errorf("%s: %w", path, err)
	}
	return rows, rejects, r.Stats(), nil
}
