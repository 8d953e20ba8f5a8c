// Package dataset reads and writes the project's CSV format, shared with the
// published seed project domain.yours so its files load unchanged:
//
//	description,suggestions[,label][,category]
//
// where suggestions is a JSON array string of exactly five names, or [] for a
// business that must be refused. label (appropriate/inappropriate) is the
// frozen safety ground truth; category names the refusal kind.
package dataset

import (
	"bufio"
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/domainyours/domainyours/internal/domain"
)

// Column names.
const (
	ColDescription = "description"
	ColSuggestions = "suggestions"
	ColLabel       = "label"
	ColCategory    = "category"
)

// Label is the frozen safety label of a row.
type Label string

// Labels.
const (
	LabelNone          Label = ""
	LabelAppropriate   Label = "appropriate"
	LabelInappropriate Label = "inappropriate"
)

// Row is one accepted row.
type Row struct {
	Line        int // 1-based line where the record starts
	Description string
	Suggestions []string // five names, or empty for a refusal
	Label       Label
	Category    string
}

// Refusal reports whether the row's answer is a refusal ([]).
func (r Row) Refusal() bool { return len(r.Suggestions) == 0 }

// Reason is a stable code for a rejected row.
type Reason string

// Row rejection reasons.
const (
	ReasonParse            Reason = "csv_parse"
	ReasonFieldCount       Reason = "field_count"
	ReasonInvalidUTF8      Reason = "invalid_utf8"
	ReasonEmptyDescription Reason = "empty_description"
	ReasonBadJSON          Reason = "bad_json"
	ReasonWrongCount       Reason = "wrong_count"
	ReasonInvalidName      Reason = "invalid_name"
	ReasonDuplicateName    Reason = "duplicate_name"
	ReasonFormula          Reason = "formula_cell"
	ReasonBadLabel         Reason = "bad_label"
	ReasonLabelMismatch    Reason = "label_mismatch"
	ReasonDuplicateRow     Reason = "duplicate_description"
)

// RowError describes one rejected row. The reader continues after it.
type RowError struct {
	Line    int
	Column  string
	Reason  Reason
	Message string
}

func (e *RowError) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("line %d: %s", e.Line, e.Message)
	}
	return fmt.Sprintf("line %d, column %s: %s", e.Line, e.Column, e.Message)
}

// Stats accounts for every record: Read = Accepted + Rejected.
type Stats struct {
	Read     int
	Accepted int
	Rejected int
	ByReason map[Reason]int
}

// Options tune validation.
type Options struct {
	// Training requires label consistency: [] rows are inappropriate and rows
	// with names are appropriate. Test sets hold [] everywhere and skip it.
	Training bool
}

// Reader streams rows from a CSV, validating each one.
type Reader struct {
	csv   *csv.Reader
	opts  Options
	col   map[string]int
	stats Stats
	// seen maps a digest of each accepted description to its line: a
	// repeated description would sit on both sides of a train/validation
	// split, or count twice in a test set. 16 bytes a row, not the text.
	seen map[[16]byte]int
}

// NewCSVReader returns a csv.Reader for files people make: a leading UTF-8
// BOM (as spreadsheet exports write) is skipped, and rows may have any number
// of fields so that a ragged row is reported by the caller, not fatal.
func NewCSVReader(r io.Reader) *csv.Reader {
	br := bufio.NewReader(r)
	if b, err := br.Peek(3); err == nil && string(b) == "\xef\xbb\xbf" {
		_, _ = br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	return cr
}

// NewReader reads the header. A missing description or suggestions column,
// or an empty input, is an error; a UTF-8 BOM and CRLF line ends are fine.
func NewReader(r io.Reader, opts Options) (*Reader, error) {
	cr := NewCSVReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, errors.New("the file is empty; expected a header line: description,suggestions[,label,category]")
	}
	if err != nil {
		return nil, fmt.Errorf("reading the header: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if _, dup := col[h]; dup {
			return nil, fmt.Errorf("the header names column %q twice", h)
		}
		col[h] = i
	}
	for _, need := range []string{ColDescription, ColSuggestions} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("the header lacks the %q column (found %q); expected description,suggestions[,label,category]", need, strings.Join(header, ","))
		}
	}
	return &Reader{csv: cr, opts: opts, col: col, stats: Stats{ByReason: map[Reason]int{}}}, nil
}

// HasColumn reports whether the header named col.
func (r *Reader) HasColumn(col string) bool { _, ok := r.col[col]; return ok }

// Stats returns the counts so far.
func (r *Reader) Stats() Stats { return r.stats }

// Next returns the next accepted row, a *RowError for a rejected one (call
// Next again to continue), or io.EOF at the end.
func (r *Reader) Next() (Row, error) {
	rec, err := r.csv.Read()
	if errors.Is(err, io.EOF) {
		return Row{}, io.EOF
	}
	r.stats.Read++
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return Row{}, r.reject(pe.StartLine, "", ReasonParse, fmt.Sprintf("malformed CSV: %v (quote fields that contain commas, quotes or newlines, and double inner quotes)", pe.Err))
		}
		return Row{}, err
	}
	line, _ := r.csv.FieldPos(0)
	if len(rec) != len(r.col) {
		return Row{}, r.reject(line, "", ReasonFieldCount, fmt.Sprintf("has %d fields; the header has %d", len(rec), len(r.col)))
	}
	for name, i := range r.col {
		if !utf8.ValidString(rec[i]) {
			return Row{}, r.reject(line, name, ReasonInvalidUTF8, "is not valid UTF-8; save the file as UTF-8")
		}
	}
	row := Row{Line: line}
	descRaw := rec[r.col[ColDescription]]
	if IsFormula(descRaw) {
		return Row{}, r.reject(line, ColDescription, ReasonFormula,
			fmt.Sprintf("starts with %q, which spreadsheets run as a formula; rephrase it or prefix it with an apostrophe", descRaw[:1]))
	}
	row.Description = strings.TrimSpace(UnescapeCell(descRaw))
	if strings.TrimSpace(domain.StripInvisible(row.Description)) == "" {
		return Row{}, r.reject(line, ColDescription, ReasonEmptyDescription, "the description is empty")
	}
	names, rerr := parseSuggestions(rec[r.col[ColSuggestions]])
	if rerr != nil {
		return Row{}, r.reject(line, ColSuggestions, rerr.Reason, rerr.Message)
	}
	row.Suggestions = names
	if i, ok := r.col[ColLabel]; ok {
		switch l := Label(strings.TrimSpace(rec[i])); l {
		case LabelAppropriate, LabelInappropriate, LabelNone:
			row.Label = l
		default:
			return Row{}, r.reject(line, ColLabel, ReasonBadLabel, fmt.Sprintf("label %q is not appropriate or inappropriate", rec[i]))
		}
	}
	if i, ok := r.col[ColCategory]; ok {
		row.Category = strings.TrimSpace(UnescapeCell(rec[i]))
	}
	if r.opts.Training && row.Label != LabelNone && (row.Label == LabelInappropriate) != row.Refusal() {
		return Row{}, r.reject(line, ColLabel, ReasonLabelMismatch,
			fmt.Sprintf("label %s does not match the answer (%d names); refusals ([]) are inappropriate, named rows appropriate", row.Label, len(names)))
	}
	key := descriptionKey(row.Description)
	if first, ok := r.seen[key]; ok {
		return Row{}, r.reject(line, ColDescription, ReasonDuplicateRow,
			fmt.Sprintf("repeats the description of line %d (compared ignoring case, spacing and invisible characters); keep one", first))
	}
	if r.seen == nil {
		r.seen = map[[16]byte]int{}
	}
	r.seen[key] = line
	r.stats.Accepted++
	return row, nil
}

func (r *Reader) reject(line int, col string, reason Reason, msg string) *RowError {
	r.stats.Rejected++
	r.stats.ByReason[reason]++
	return &RowError{Line: line, Column: col, Reason: reason, Message: msg}
}

// parseSuggestions decodes the JSON array cell strictly and validates the set.
func parseSuggestions(cell string) ([]string, *RowError) {
	s := strings.TrimSpace(cell)
	if !strings.HasPrefix(s, "[") {
		return nil, &RowError{Reason: ReasonBadJSON, Message: fmt.Sprintf("%q is not a JSON array of names like [\"name1\",...] or []", clip(s))}
	}
	var raw []any
	dec := json.NewDecoder(strings.NewReader(s))
	if err := dec.Decode(&raw); err != nil {
		return nil, &RowError{Reason: ReasonBadJSON, Message: fmt.Sprintf("bad JSON array: %v", err)}
	}
	if dec.More() || dec.InputOffset() != int64(len(s)) {
		return nil, &RowError{Reason: ReasonBadJSON, Message: "has text after the JSON array"}
	}
	names := make([]string, 0, len(raw))
	for _, v := range raw {
		str, ok := v.(string)
		if !ok {
			return nil, &RowError{Reason: ReasonBadJSON, Message: fmt.Sprintf("element %v is not a string", v)}
		}
		names = append(names, str)
	}
	if err := domain.ValidateSet(names); err != nil {
		var se *domain.SetError
		errors.As(err, &se)
		reason := ReasonInvalidName
		switch se.Rejections[0].Reason {
		case domain.ReasonWrongCount:
			reason = ReasonWrongCount
		case domain.ReasonDuplicate:
			reason = ReasonDuplicateName
		}
		return nil, &RowError{Reason: reason, Message: err.Error()}
	}
	return names, nil
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// descriptionKey identifies a description up to case, spacing and invisible
// characters.
func descriptionKey(d string) [16]byte {
	norm := strings.Join(strings.Fields(strings.ToLower(domain.StripInvisible(d))), " ")
	sum := sha256.Sum256([]byte(norm))
	var k [16]byte
	copy(k[:], sum[:16])
	return k
}
