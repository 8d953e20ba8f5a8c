package suggest

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/domainyours/domainyours/internal/availability"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// maxLineBytes bounds one batch input line; longer lines are reported and
// skipped without holding them in memory. The description limit itself
// (suggestion.MaxDescriptionChars) is checked by the service.
const maxLineBytes = 64 << 10

// input is one description to process, or a problem with reading it.
type input struct {
	line int
	text string
	err  string
}

// batchCounts is printed on stderr at the end of a batch.
type batchCounts struct{ total, ok, refused, badInput, failed int }

func batchRun(ctx context.Context, o *Options, svc *suggestion.Service) error {
	src, closeFn, err := openInput(o)
	if err != nil {
		return err
	}
	defer closeFn()
	inputs := make(chan input)
	readErr := make(chan error, 1)
	go func() {
		defer close(inputs)
		if strings.EqualFold(filepath.Ext(o.File), ".csv") {
			readErr <- readCSV(ctx, src, inputs)
		} else {
			readErr <- readLines(ctx, src, inputs)
		}
	}()

	out := newBatchWriter(o.IO.Out, o.Format, o.Check)
	var n batchCounts
	for {
		var in input
		select {
		case <-ctx.Done():
			// Interrupted (the reader may be blocked on stdin): rows written so far stay valid.
			_ = out.flush() // already stopping with ctx.Err()
			return ctx.Err()
		case next, ok := <-inputs:
			if !ok {
				return finishBatch(o, out, readErr, n)
			}
			in = next
		}
		n.total++
		rec := suggestion.Output{Line: in.line, Description: in.text, Suggestions: []suggestion.OutputName{}}
		switch {
		case in.err != "":
			n.badInput++
			rec.Error = in.err
		default:
			res, err := svc.Suggest(ctx, o.request(in.text))
			switch {
			case exitcode.IsInput(err):
				n.badInput++
				rec.Error = err.Error()
			case ctx.Err() != nil:
				_ = out.flush() // already stopping with ctx.Err()
				return ctx.Err()
			case err != nil:
				n.failed++
				rec.Error = err.Error()
				if llm.IsPersistent(err) {
					// The server is gone or the key is wrong: every further row would fail the same way.
					_ = out.write(rec) // already failing with the backend error
					_ = out.flush()
					return err
				}
			default:
				rec = suggestion.NewOutput(res, o.TLDs)
				rec.Line = in.line
				if err := o.addAvailability(ctx, svc, in.text, res, &rec); err != nil {
					_ = out.flush() // already stopping with err
					return err
				}
				if res.Refused {
					n.refused++
				} else {
					n.ok++
				}
			}
		}
		if err := out.write(rec); err != nil {
			return err
		}
	}
}

// finishBatch flushes the output, reports the counts and picks the exit code.
func finishBatch(o *Options, out *batchWriter, readErr <-chan error, n batchCounts) error {
	if err := out.flush(); err != nil {
		return err
	}
	if err := <-readErr; err != nil {
		return err
	}
	fmt.Fprintf(o.IO.ErrOut, "batch: %d inputs: %d named, %d refused, %d bad input, %d failed\n",
		n.total, n.ok, n.refused, n.badInput, n.failed)
	switch {
	case n.failed > 0:
		return exitcode.New(exitcode.Failure, fmt.Errorf("%d of %d inputs failed", n.failed, n.total), "see the error field of those rows")
	case n.badInput > 0:
		return exitcode.New(exitcode.Usage, fmt.Errorf("%d of %d inputs were not usable", n.badInput, n.total), "see the error field of those rows")
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

// readLines sends one input per non-blank line.
func readLines(ctx context.Context, r io.Reader, out chan<- input) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		text, tooLong, err := readLine(br)
		if errors.Is(err, io.EOF) && text == "" && !tooLong {
			return nil
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("reading --file: %w", err)
		}
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		in := input{line: line, text: strings.TrimRight(text, "\r")}
		if tooLong {
			in.text = ""
			in.err = fmt.Sprintf("line is longer than %d bytes; descriptions are at most %d characters", maxLineBytes, suggestion.MaxDescriptionChars)
		}
		if strings.TrimSpace(in.text) != "" || in.err != "" {
			select {
			case out <- in:
			case <-ctx.Done():
				return nil
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// readLine returns one line without its newline, keeping at most
// maxLineBytes and discarding the rest.
func readLine(br *bufio.Reader) (string, bool, error) {
	var sb strings.Builder
	tooLong := false
	for {
		chunk, isPrefix, err := br.ReadLine()
		if !tooLong {
			if sb.Len()+len(chunk) > maxLineBytes {
				tooLong = true
				sb.Reset()
			} else {
				sb.Write(chunk)
			}
		}
		if err != nil {
			return sb.String(), tooLong, err
		}
		if !isPrefix {
			return sb.String(), tooLong, nil
		}
	}
}

// readCSV sends the description column of each record.
func readCSV(ctx context.Context, r io.Reader, out chan<- input) error {
	cr := dataset.NewCSVReader(r)
	header, err := cr.Read()
	if err != nil {
		return exitcode.New(exitcode.Usage, fmt.Errorf("--file: reading the CSV header: %w", err), "the first line must name the columns, including description")
	}
	col := -1
	for i, h := range header {
		if strings.EqualFold(strings.TrimSpace(h), "description") {
			col = i
		}
	}
	if col < 0 {
		return exitcode.New(exitcode.Usage, fmt.Errorf("--file: the CSV header %q has no description column", strings.Join(header, ",")), "add a header line with a description column")
	}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		in := input{}
		var pe *csv.ParseError
		switch {
		case errors.As(err, &pe):
			in.line, in.err = pe.StartLine, "malformed CSV: "+pe.Err.Error()
		case err != nil:
			return fmt.Errorf("reading --file: %w", err)
		case col >= len(rec):
			in.line, _ = cr.FieldPos(0)
			in.err = fmt.Sprintf("has %d fields; the description is column %d", len(rec), col+1)
		default:
			in.line, _ = cr.FieldPos(0)
			in.text = dataset.UnescapeCell(rec[col])
		}
		select {
		case out <- in:
		case <-ctx.Done():
			return nil
		}
	}
}

// batchWriter writes JSON lines or CSV rows.
type batchWriter struct {
	w      io.Writer
	csv    *csv.Writer
	header bool
	check  bool // add the availability column
}

func newBatchWriter(w io.Writer, format string, check bool) *batchWriter {
	b := &batchWriter{w: w, check: check}
	if format == "csv" {
		b.csv = csv.NewWriter(w)
	}
	return b
}

func (b *batchWriter) write(rec suggestion.Output) error {
	if b.csv == nil {
		return writeJSON(b.w, rec)
	}
	if !b.header {
		b.header = true
		// A write error is reported by b.csv.Error() after the flush below.
		head := []string{"line", "description", "suggestions", "refused", "category", "error"}
		if b.check {
			head = append(head, "availability")
		}
		_ = b.csv.Write(head)
	}
	names := make([]string, len(rec.Suggestions))
	for i, s := range rec.Suggestions {
		names[i] = s.Name
	}
	js, _ := json.Marshal(names)
	row := []string{strconv.Itoa(rec.Line), dataset.EscapeCell(rec.Description), string(js),
		strconv.FormatBool(rec.Refused), rec.Category, dataset.EscapeCell(rec.Error)}
	if b.check {
		// {"breadnest.com": "taken", ...}: the state of every domain checked.
		states := map[string]availability.State{}
		for _, s := range rec.Suggestions {
			for _, r := range s.Availability {
				states[r.Domain] = r.State
			}
		}
		sj, _ := json.Marshal(states)
		row = append(row, string(sj))
	}
	err := b.csv.Write(row)
	if err != nil {
		return err
	}
	b.csv.Flush() // one row per input as it completes, so a pipe sees progress
	return b.csv.Error()
}

func (b *batchWriter) flush() error {
	if b.csv != nil {
		b.csv.Flush()
		return b.csv.Error()
	}
	return nil
}
