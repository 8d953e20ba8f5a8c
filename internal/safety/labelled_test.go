package safety

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

// labelledRow is one row of a labelled safety CSV: the frozen test sets,
// the training corpora of data/safety and the blind sets of docs/eval.
type labelledRow struct {
	line                               int
	id, desc, category, language, kind string
	harmful                            bool
}

// readLabelledCSV reads a CSV whose header names description and label
// columns, and optionally id, category, language and kind (any order, any
// case). Missing optional cells read as "", an id as "line N". A label is
// inappropriate (or refuse, harmful, unsafe, 1) or appropriate (allow,
// safe, 0); anything else is an error naming its line.
func readLabelledCSV(r io.Reader) ([]labelledRow, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("reading the header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(strings.ToLower(h))] = i
	}
	for _, need := range []string{"description", "label"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("header %q lacks a %s column", head, need)
		}
	}
	var rows []labelledRow
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		if col["description"] >= len(rec) || col["label"] >= len(rec) {
			return nil, fmt.Errorf("line %d: too few columns", line)
		}
		row := labelledRow{line: line, id: get("id"), desc: rec[col["description"]],
			category: get("category"), language: get("language"), kind: get("kind")}
		if row.id == "" {
			row.id = fmt.Sprint("line ", line)
		}
		switch label := strings.ToLower(get("label")); label {
		case "inappropriate", "refuse", "harmful", "unsafe", "1":
			row.harmful = true
		case "appropriate", "allow", "safe", "0":
		default:
			return nil, fmt.Errorf("line %d: label %q is neither inappropriate nor appropriate", line, rec[col["label"]])
		}
		rows = append(rows, row)
	}
}
