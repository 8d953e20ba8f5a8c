package suggestion

import (
	"bufio"
	"bytes"
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

// readCSV sends the description column of each record. Records are split
// on lines first (a quoted field may span lines, up to maxLineBytes in
// all), then parsed one by one, so a malformed record is one bad input and
// the reader resynchronises at the line after it: encoding/csv alone would
// read the rest of the file into an unclosed quoted field.
func readCSV(ctx context.Context, r io.Reader, out chan<- input) error {
	rs := &csvRecords{br: bufio.NewReaderSize(r, 64<<10)}
	_, header, bad, err := rs.next()
	switch {
	case err != nil:
		return fmt.Errorf("reading --file: %w", err)
	case header == nil && bad == "":
		bad = "the file is empty"
	}
	if bad != "" {
		return exitcode.New(exitcode.Usage, fmt.Errorf("--file: reading the CSV header: %s", bad), "the first line must name the columns, including description")
	}
	col := -1
	for i, h := range header {
		if strings.EqualFold(strings.TrimSpace(h), "description") {
			if col >= 0 {
				// Which one holds the descriptions is a guess either way.
				return exitcode.New(exitcode.Usage, fmt.Errorf("--file: the CSV header names the description column twice (columns %d and %d)", col+1, i+1), "keep one description column")
			}
			col = i
		}
	}
	if col < 0 {
		return exitcode.New(exitcode.Usage, fmt.Errorf("--file: the CSV header %q has no description column", strings.Join(header, ",")), "add a header line with a description column")
	}
	for {
		line, rec, bad, err := rs.next()
		if err != nil {
			return fmt.Errorf("reading --file: %w", err)
		}
		if rec == nil && bad == "" {
			return nil
		}
		in := input{line: line, err: bad}
		switch {
		case bad != "":
		case col >= len(rec):
			in.err = fmt.Sprintf("has %d fields; the description is column %d", len(rec), col+1)
		case len(rec) > len(header):
			// Most likely an unquoted comma in the description: which part is it?
			in.err = fmt.Sprintf("has %d fields; the header has %d (quote a description that holds a comma)", len(rec), len(header))
		default:
			in.text = dataset.UnescapeCell(rec[col])
		}
		select {
		case out <- in:
		case <-ctx.Done():
			return nil
		}
	}
}

// csvLine is one physical line of a CSV file.
type csvLine struct {
	n       int
	text    string
	tooLong bool // longer than maxLineBytes; text is empty
}

// csvRecords splits a CSV file into records, holding at most maxLineBytes
// of one record at a time.
type csvRecords struct {
	br    *bufio.Reader
	n     int       // lines read from br
	again []csvLine // lines to read again after a malformed record
	eof   bool
}

func (c *csvRecords) line() (csvLine, bool, error) {
	if len(c.again) > 0 {
		l := c.again[0]
		c.again = c.again[1:]
		return l, true, nil
	}
	if c.eof {
		return csvLine{}, false, nil
	}
	text, tooLong, err := readLine(c.br)
	if err != nil && !errors.Is(err, io.EOF) {
		return csvLine{}, false, err
	}
	if errors.Is(err, io.EOF) {
		c.eof = true
		if text == "" && !tooLong {
			return csvLine{}, false, nil
		}
	}
	c.n++
	if c.n == 1 {
		text = strings.TrimPrefix(text, "\ufeff")
	}
	return csvLine{n: c.n, text: text, tooLong: tooLong}, true, nil
}

// next returns the next record and the line it starts on, or that line and
// why the record is unusable; a nil record and no reason is the end.
func (c *csvRecords) next() (int, []string, string, error) {
	first, ok, err := c.line()
	for ok && err == nil && first.text == "" && !first.tooLong {
		first, ok, err = c.line() // encoding/csv skips empty lines too
	}
	if !ok || err != nil {
		return 0, nil, "", err
	}
	if first.tooLong {
		return first.n, nil, fmt.Sprintf("line is longer than %d bytes; descriptions are at most %d characters", maxLineBytes, MaxDescriptionChars), nil
	}
	text, lines := []byte(first.text), []csvLine{first}
	quotes := strings.Count(first.text, `"`)
	// An odd number of quotes so far: a quoted field goes on to the next line.
	for quotes%2 == 1 {
		l, ok, err := c.line()
		if err != nil {
			return 0, nil, "", err
		}
		if !ok {
			c.again = append(lines[1:], c.again...)
			return first.n, nil, "malformed CSV: a quoted field is not closed", nil
		}
		if l.tooLong || len(text)+1+len(l.text) > maxLineBytes {
			c.again = append(append(lines[1:], l), c.again...)
			return first.n, nil, fmt.Sprintf("malformed CSV: a quoted field is not closed within %d bytes", maxLineBytes), nil
		}
		text = append(append(text, '\n'), l.text...)
		lines = append(lines, l)
		quotes += strings.Count(l.text, `"`)
	}
	cr := csv.NewReader(bytes.NewReader(text))
	cr.FieldsPerRecord = -1
	rec, err := cr.Read()
	if err == nil {
		if _, err2 := cr.Read(); !errors.Is(err2, io.EOF) {
			err = errors.New("the record does not end where its quotes say")
		}
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		// Read the lines it spanned again: each may be a record of its own.
		c.again = append(lines[1:], c.again...)
		return first.n, nil, "malformed CSV: " + err.Error(), nil
	}
	return first.n, rec, "", nil
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
