package suggestion

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/llm"
)

// byDescription is a Backend seam whose reply depends on the description:
// "fail" fails once, "gone" fails as a server that is not there.
type byDescription struct{ calls int }

func (b *byDescription) Name() string { return "scripted" }
func (b *byDescription) Generate(_ context.Context, req Request) (Reply, error) {
	b.calls++
	switch {
	case strings.Contains(req.Description, "fail"):
		return Reply{}, &llm.Error{Class: llm.ServerError, Status: 500, Message: "boom"}
	case strings.Contains(req.Description, "gone"):
		return Reply{}, &llm.Error{Class: llm.Unauthorized, Status: 401, Message: "key refused"}
	case strings.Contains(req.Description, "tight"):
		return Reply{Candidates: cands("krumb", "krust"), Shortfall: &Shortfall{Found: 2, Requested: req.Count,
			LimitedBy: []string{"at most 5 characters"}, Message: "found 2 of the 3 names asked for: loosen it"}}, nil
	}
	return Reply{Candidates: cands("loafly", "crumbhaus", "oventide")}, nil
}

type record struct {
	Line        int    `json:"line"`
	Description string `json:"description"`
	Suggestions []struct {
		Name    string   `json:"name"`
		Domains []string `json:"domains"`
	} `json:"suggestions"`
	Refused  bool   `json:"refused"`
	Category string `json:"category"`
	Error    string `json:"error"`
}

func records(t *testing.T, out string) []record {
	t.Helper()
	var recs []record
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var r record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("not a JSON line: %v\n%s", err, line)
		}
		recs = append(recs, r)
	}
	return recs
}

// The batch use case, a table of inputs against what is written and
// counted, in the shape of cli/cli's TestCloseRun.
func TestBatch(t *testing.T) {
	long := strings.Repeat("a", maxLineBytes+10)
	tests := []struct {
		name     string
		in       string
		csv      bool
		format   string
		counts   BatchCounts
		lines    []int    // the line of each record, in order
		errs     []string // a substring of each record's error ("" for none)
		wantErr  string   // Batch's own error
		out      string   // the whole output (csv)
		descs    []string // each record's description, when given
		inputErr bool     // Batch's error is an input error (exit 2)
	}{
		{name: "text lines, blanks skipped, BOM cut", in: "\ufeffa bakery in Lyon\n\n  \nWe sell stolen credit card numbers online\r\na florist in Kyoto",
			counts: BatchCounts{Total: 3, OK: 2, Refused: 1}, lines: []int{1, 4, 5}, errs: []string{"", "", ""},
			descs: []string{"a bakery in Lyon", "We sell stolen credit card numbers online", "a florist in Kyoto"}},
		{name: "a line over the limit is a bad input, the next one is read", in: long + "\na florist in Kyoto\n",
			counts: BatchCounts{Total: 2, OK: 1, BadInput: 1}, lines: []int{1, 2}, errs: []string{"longer than 65536 bytes", ""}},
		{name: "a description over the service's limit is a bad input", in: strings.Repeat("b", MaxDescriptionChars+1) + "\n",
			counts: BatchCounts{Total: 1, BadInput: 1}, lines: []int{1}, errs: []string{"2001 characters"}},
		{name: "a failing row is counted and the batch goes on", in: "please fail\na florist in Kyoto\n",
			counts: BatchCounts{Total: 2, OK: 1, Failed: 1}, lines: []int{1, 2}, errs: []string{"server_error", ""}},
		{name: "a persistent failure stops the batch after its record", in: "gone fishing\na florist in Kyoto\n",
			counts: BatchCounts{Total: 1, Failed: 1}, lines: []int{1}, errs: []string{"unauthorized"}, wantErr: "key refused"},
		{name: "csv: the description column, any case, escaped cells read back", csv: true,
			in:     "id,Description\n1,a bakery in Lyon\n2,'=cmd|calc a florist\n3\n",
			counts: BatchCounts{Total: 3, OK: 2, BadInput: 1}, lines: []int{2, 3, 4}, errs: []string{"", "", "has 1 fields; the description is column 2"}},
		{name: "csv without a description column", csv: true, in: "id,text\n1,a bakery\n",
			wantErr: `the CSV header "id,text" has no description column`},
		// encoding/csv read the rest of the file into the unclosed field:
		// the rows after it must still be read.
		{name: "csv: an unclosed quote is one bad row, the rows after it are read", csv: true,
			in:     "description\n\"unclosed bakery\na florist in Kyoto\na baker in Lyon\n",
			counts: BatchCounts{Total: 3, OK: 2, BadInput: 1}, lines: []int{2, 3, 4}, errs: []string{"quoted field is not closed", "", ""}},
		{name: "csv: a quote closed on the next line by a bad field, then an unclosed one", csv: true,
			in:     "description\n\"a\n\"unclosed quote bakery\nplain coffee shop\n",
			counts: BatchCounts{Total: 3, OK: 1, BadInput: 2}, lines: []int{2, 3, 4}, errs: []string{"malformed CSV", "quoted field is not closed", ""}},
		{name: "csv: a quoted newline stays in its description, a bare quote is one bad row", csv: true,
			in:     "id,description\n1,\"a bakery\nin Lyon\"\n2,a \"florist\" shop\n3,a baker\n",
			counts: BatchCounts{Total: 3, OK: 2, BadInput: 1}, lines: []int{2, 4, 5}, errs: []string{"", "bare \"", ""},
			descs: []string{"a bakery\nin Lyon", "", "a baker"}},
		{name: "csv: a field over the limit is a bad row, not held or echoed", csv: true,
			in:     "description\n" + long + "\na florist in Kyoto\n",
			counts: BatchCounts{Total: 2, OK: 1, BadInput: 1}, lines: []int{2, 3}, errs: []string{"longer than 65536 bytes", ""},
			descs: []string{"", "a florist in Kyoto"}},
		{name: "csv: a quoted field still open after the limit is a bad row", csv: true,
			in:     "description\n\"a bakery\n" + strings.Repeat(strings.Repeat("x", 1000)+"\n", 70) + "\"\n",
			counts: BatchCounts{Total: 72, OK: 70, BadInput: 2}, lines: lineRange(2, 73), errs: append(append([]string{"not closed within 65536 bytes"}, make([]string, 70)...), "quoted field is not closed")},
		{name: "csv: a row with more fields than the header is a bad row", csv: true,
			in:     "id,description\n1,a bakery in Lyon, France\n2,a florist\n",
			counts: BatchCounts{Total: 2, OK: 1, BadInput: 1}, lines: []int{2, 3}, errs: []string{"has 3 fields; the header has 2", ""}},
		{name: "csv with the description column twice", csv: true, in: "description,Description\na bakery,a florist\n",
			wantErr: `the CSV header names the description column twice (columns 1 and 2)`, inputErr: true},
		{name: "csv output, formula cells neutralised", in: "=cmd|calc a florist\n", format: "csv",
			counts: BatchCounts{Total: 1, OK: 1}, out: "line,description,suggestions,refused,category,error,note\n1,'=cmd|calc a florist,\"[\"\"loafly\"\",\"\"crumbhaus\"\",\"\"oventide\"\"]\",false,,,\n"},
		{name: "csv output, a list shorter than asked says why in its note", in: "a tight bakery\n", format: "csv",
			counts: BatchCounts{Total: 1, OK: 1, Short: 1}, out: "line,description,suggestions,refused,category,error,note\n1,a tight bakery,\"[\"\"krumb\"\",\"\"krust\"\"]\",false,,,found 2 of the 3 names asked for: loosen it\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			format := tt.format
			if format == "" {
				format = "jsonl"
			}
			n, err := New(&byDescription{}).Batch(context.Background(), BatchOptions{
				In: strings.NewReader(tt.in), CSV: tt.csv, Out: &out, Format: format,
				Request: Request{Count: 3, Seed: 1}, TLDs: []string{"com"},
			})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one with %q", err, tt.wantErr)
				}
				if tt.inputErr && !exitcode.IsInput(err) {
					t.Errorf("error %v is not an input error", err)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if n != tt.counts {
				t.Errorf("counts %+v, want %+v", n, tt.counts)
			}
			if tt.out != "" {
				if out.String() != tt.out {
					t.Errorf("output\n%q\nwant\n%q", out.String(), tt.out)
				}
				return
			}
			recs := records(t, out.String())
			if len(recs) != len(tt.lines) {
				t.Fatalf("%d records, want %d:\n%s", len(recs), len(tt.lines), out.String())
			}
			for i, r := range recs {
				if tt.descs != nil && r.Description != tt.descs[i] {
					t.Errorf("record %d: description %q, want %q", i, r.Description, tt.descs[i])
				}
				if r.Error != "" && len(r.Description) > maxEchoBytes+len("…") {
					t.Errorf("record %d echoes a description of %d bytes, want at most a %d-byte prefix in an error record", i, len(r.Description), maxEchoBytes)
				}
				if r.Line != tt.lines[i] {
					t.Errorf("record %d: line %d, want %d", i, r.Line, tt.lines[i])
				}
				if tt.errs[i] == "" && r.Error != "" || tt.errs[i] != "" && !strings.Contains(r.Error, tt.errs[i]) {
					t.Errorf("record %d: error %q, want %q", i, r.Error, tt.errs[i])
				}
				if r.Error == "" && !r.Refused && (len(r.Suggestions) != 3 || r.Suggestions[0].Domains[0] != r.Suggestions[0].Name+".com") {
					t.Errorf("record %d: suggestions %+v, want 3 names with their .com", i, r.Suggestions)
				}
			}
		})
	}
}

// A 64 MB CSV field is cut off as it is read, not held whole, and the row
// after it is still read.
func TestBatchCSVHugeFieldIsNotHeld(t *testing.T) {
	in := io.MultiReader(strings.NewReader("description\n"), io.LimitReader(repeatByte('a'), 64<<20), strings.NewReader("\na florist in Kyoto\n"))
	var out bytes.Buffer
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	n, err := New(&byDescription{}).Batch(context.Background(), BatchOptions{In: in, CSV: true, Out: &out, Format: "jsonl", Request: Request{Count: 3, Seed: 1}})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if n != (BatchCounts{Total: 2, OK: 1, BadInput: 1}) {
		t.Errorf("counts %+v, want 2 inputs, 1 bad", n)
	}
	if out.Len() > 4096 {
		t.Errorf("%d bytes of output, want two short records", out.Len())
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16<<20 {
		t.Errorf("reading allocated %d MB, want the field cut off as it is read", alloc>>20)
	}
}

type repeatByte byte

func (b repeatByte) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}

func lineRange(from, to int) []int {
	var out []int
	for i := from; i <= to; i++ {
		out = append(out, i)
	}
	return out
}

// An interruption ends the batch with ctx's error; what was written stays
// whole lines.
func TestBatchStopsWhenInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	b := &cancelAfter{n: 2, cancel: cancel}
	n, err := New(b).Batch(ctx, BatchOptions{In: strings.NewReader("one shop\ntwo shops\nthree shops\nfour shops\n"), Out: &out, Format: "jsonl", Request: Request{Count: 3}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if exitcode.IsInput(err) {
		t.Errorf("an interruption is not bad input")
	}
	recs := records(t, out.String())
	if len(recs) != 1 || n.Total != 2 || b.calls != 2 {
		t.Errorf("%d records, counts %+v, %d calls; want 1 record, 2 inputs taken, 2 calls", len(recs), n, b.calls)
	}
}

// cancelAfter cancels the run during its n-th call, like a Ctrl-C while
// the backend is busy.
type cancelAfter struct {
	n, calls int
	cancel   func()
}

func (c *cancelAfter) Name() string { return "scripted" }
func (c *cancelAfter) Generate(ctx context.Context, _ Request) (Reply, error) {
	c.calls++
	if c.calls == c.n {
		c.cancel()
		return Reply{}, ctx.Err()
	}
	return Reply{Candidates: cands("loafly", "crumbhaus", "oventide")}, nil
}
