package suggestion

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/domainyours/domainyours/internal/availability"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/exitcode"
)

// maxLineBytes bounds one batch input line; longer lines are reported and
// skipped without holding them in memory. The description limit itself
// (MaxDescriptionChars) is checked by the service.
const maxLineBytes = 64 << 10

// input is one description to process, or a problem with reading it.
type input struct {
	line int
	text string
	err  string
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
			in.err = fmt.Sprintf("line is longer than %d bytes; descriptions are at most %d characters", maxLineBytes, MaxDescriptionChars)
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

func (b *batchWriter) write(rec Output) error {
	if b.csv == nil {
		return rec.WriteJSON(b.w)
	}
	if !b.header {
		b.header = true
		// A write error is reported by b.csv.Error() after the flush below.
		head := []string{"line", "description", "suggestions", "refused", "category", "error", "note"}
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
	note := "" // why the list is shorter than asked
	if rec.Shortfall != nil {
		note = rec.Shortfall.Message
	}
	row := []string{strconv.Itoa(rec.Line), dataset.EscapeCell(rec.Description), string(js),
		strconv.FormatBool(rec.Refused), rec.Category, dataset.EscapeCell(rec.Error), dataset.EscapeCell(note)}
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
