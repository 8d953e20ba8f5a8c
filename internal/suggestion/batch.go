package suggestion

import (
	"context"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/llm"
)

// BatchOptions are one batch run: descriptions in, one record per input
// out, as each completes.
type BatchOptions struct {
	In     io.Reader
	CSV    bool // In is a CSV file with a description column; else one description per line
	Out    io.Writer
	Format string // jsonl or csv
	// Request holds the Count, Seed and Temperature of every input.
	Request Request
	TLDs    []string // normalised (domain.NormalizeTLD)
	Checks  Checks
	// Cap, when set, stops calling the model once its spend reaches it
	// (NewSpendCap): every later input still gets a record, whose error
	// says it was not attempted.
	Cap *SpendCap
}

// BatchCounts are what a batch did with its inputs. Short counts the named
// inputs (OK) whose list is shorter than asked (see Shortfall).
// NotAttempted counts the inputs a spend cap stopped, and CappedBy names
// its flag (--max-cost or --max-tokens).
type BatchCounts struct {
	Total, OK, Refused, BadInput, Failed, Short int
	NotAttempted                                int
	CappedBy                                    string
}

// Summary is the batch's stderr summary: one line of counts, then the
// ShortNote when there is one.
func (n BatchCounts) Summary() string {
	capped := ""
	if n.NotAttempted > 0 {
		capped = fmt.Sprintf(", %d not attempted (%s reached)", n.NotAttempted, n.CappedBy)
	}
	return fmt.Sprintf("batch: %d inputs: %d named, %d refused, %d bad input, %d failed%s\n%s",
		n.Total, n.OK, n.Refused, n.BadInput, n.Failed, capped, n.ShortNote())
}

// Err is the batch's error for the exit code, nil when every input was
// named or refused: 1 when a spend cap stopped it (as generate-data at a
// cap) or an input failed, 2 when an input was not usable.
func (n BatchCounts) Err() error {
	switch {
	case n.NotAttempted > 0:
		return exitcode.New(exitcode.Failure,
			fmt.Errorf("stopped at %s: %d of %d inputs named, %d not attempted (their records say so)", n.CappedBy, n.OK, n.Total, n.NotAttempted),
			"raise the cap and run the rows not attempted again (the line field gives their line numbers)")
	case n.Failed > 0:
		return exitcode.New(exitcode.Failure, fmt.Errorf("%d of %d inputs failed", n.Failed, n.Total), "see the error field of those rows")
	case n.BadInput > 0:
		return exitcode.New(exitcode.Usage, fmt.Errorf("%d of %d inputs were not usable", n.BadInput, n.Total), "see the error field of those rows")
	}
	return nil
}

// ShortNote is the batch summary's line on the named lists shorter than
// asked (their constraints left no more names), "" when there are none.
func (n BatchCounts) ShortNote() string {
	if n.Short == 0 {
		return ""
	}
	return fmt.Sprintf("batch: %d of the named lists are shorter than asked: their constraints left no more names (see the shortfall field, or the note column)\n", n.Short)
}

// CountInputs counts the inputs Batch would take from r (bad rows
// included), without calling the backend, stopping once it passes limit
// (0: no limit). It holds one record at a time, so a file of any size can be
// counted before a model is paid for.
func CountInputs(ctx context.Context, r io.Reader, csv bool, limit int) (int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // stops the reader when the limit is passed
	inputs, readErr := startReading(ctx, r, csv)
	n := 0
	for {
		select {
		case <-ctx.Done():
			return n, ctx.Err()
		case _, ok := <-inputs:
			if !ok {
				return n, <-readErr
			}
			if n++; limit > 0 && n > limit {
				return n, nil
			}
		}
	}
}

// startReading reads r's inputs in a goroutine, sending each on inputs,
// which it closes at the end; then readErr holds why it stopped (nil at the
// end of the input).
func startReading(ctx context.Context, r io.Reader, csv bool) (inputs <-chan input, readErr <-chan error) {
	in := make(chan input)
	errc := make(chan error, 1)
	go func() {
		defer close(in)
		if csv {
			errc <- readCSV(ctx, r, in)
		} else {
			errc <- readLines(ctx, r, in)
		}
	}()
	return in, errc
}

// Batch names every description of o.In, writing one record per input to
// o.Out (a JSON line, or a CSV row) and continuing past bad rows: an
// unusable input or a failed one gets its error in its record. It stops
// early on an interruption (the records written so far stay valid) and on
// a persistent backend failure (a server gone or a key refused would fail
// every further row), returning the error. Reading stdin, the reader may
// stay blocked after an interruption; Batch does not wait for it.
func (s *Service) Batch(ctx context.Context, o BatchOptions) (BatchCounts, error) {
	inputs, readErr := startReading(ctx, o.In, o.CSV)

	out := newBatchWriter(o.Out, o.Format, o.Checks.Checker != nil)
	var n BatchCounts
	for {
		var in input
		select {
		case <-ctx.Done():
			// Interrupted (the reader may be blocked on stdin): rows written so far stay valid.
			_ = out.flush() // already stopping with ctx.Err()
			return n, ctx.Err()
		case next, ok := <-inputs:
			if !ok {
				if err := out.flush(); err != nil {
					return n, err
				}
				return n, <-readErr
			}
			in = next
		}
		n.Total++
		rec := Output{Line: in.line, Description: in.text, Suggestions: []OutputName{}}
		if n.CappedBy == "" && in.err == "" {
			n.CappedBy = o.Cap.reached() // checked before each call; once reached, no more calls
		}
		switch {
		case in.err != "":
			n.BadInput++
			rec.Error = in.err
		case n.CappedBy != "":
			n.NotAttempted++
			rec.Error = notAttempted(n.CappedBy, o.Cap)
		default:
			req := o.Request
			req.Description = in.text
			res, err := s.Suggest(ctx, req)
			switch {
			case exitcode.IsInput(err):
				n.BadInput++
				rec.Error = err.Error()
			case ctx.Err() != nil:
				_ = out.flush() // already stopping with ctx.Err()
				return n, ctx.Err()
			case err != nil:
				n.Failed++
				rec.Error = err.Error()
				if llm.IsPersistent(err) {
					// The server is gone or the key is wrong: every further row would fail the same way.
					_ = out.write(rec) // already failing with the backend error
					_ = out.flush()
					return n, err
				}
			default:
				rec = NewOutput(res, o.TLDs)
				rec.Line = in.line
				if err := s.AddAvailability(ctx, o.Checks, req, o.TLDs, res, &rec); err != nil {
					_ = out.flush() // already stopping with err
					return n, err
				}
				switch {
				case res.Refused:
					n.Refused++
				case res.Shortfall != nil:
					n.OK++
					n.Short++
				default:
					n.OK++
				}
			}
		}
		if rec.Error != "" {
			rec.Description = echoPrefix(rec.Description)
		}
		if err := out.write(rec); err != nil {
			return n, err
		}
	}
}

// maxEchoBytes bounds the description an error record repeats: enough to
// find the row, not a copy of a 60 KB mistake.
const maxEchoBytes = 200

func echoPrefix(s string) string {
	if len(s) <= maxEchoBytes {
		return s
	}
	cut := maxEchoBytes
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
