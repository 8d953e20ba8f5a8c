package dataset

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const good = `["breadnest","loafly","crumbhaus","oventide","lyonbake"]`

// readAll drains a reader, returning accepted rows and rejections.
func readAll(t *testing.T, in string, opts Options) ([]Row, []*RowError, Stats) {
	t.Helper()
	r, err := NewReader(strings.NewReader(in), opts)
	if err != nil {
		t.Fatalf("NewReader: %v", err)
	}
	var rows []Row
	var rej []*RowError
	for {
		row, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		var re *RowError
		if errors.As(err, &re) {
			rej = append(rej, re)
			continue
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		rows = append(rows, row)
	}
	st := r.Stats()
	if st.Read != st.Accepted+st.Rejected || st.Accepted != len(rows) || st.Rejected != len(rej) {
		t.Fatalf("accounting broken: %+v, rows %d, rejects %d", st, len(rows), len(rej))
	}
	return rows, rej, st
}

func TestReaderAcceptsSeedFormat(t *testing.T) {
	in := "\xef\xbb\xbfdescription,suggestions\r\n" +
		`"A bakery in Lyon, France","[""breadnest"",""loafly"",""crumbhaus"",""oventide"",""lyonbake""]"` + "\r\n" +
		`"Line one` + "\n" + `line two",[]` + "\r\n"
	rows, rej, _ := readAll(t, in, Options{})
	if len(rej) != 0 || len(rows) != 2 {
		t.Fatalf("rows %d, rejects %v", len(rows), rej)
	}
	if rows[0].Description != "A bakery in Lyon, France" || len(rows[0].Suggestions) != 5 || rows[0].Line != 2 {
		t.Errorf("row 0 = %+v", rows[0])
	}
	if !rows[1].Refusal() || rows[1].Description != "Line one\nline two" || rows[1].Line != 3 {
		t.Errorf("row 1 = %+v", rows[1])
	}
}

func TestReaderRejectsWithLineAndReason(t *testing.T) {
	in := strings.Join([]string{
		"description,suggestions,label,category",
		`ok row,"` + strings.ReplaceAll(good, `"`, `""`) + `",appropriate,`,
		`bad json,"[""a"",",appropriate,`,
		`four names,"[""breadnest"",""loafly"",""crumbhaus"",""oventide""]",appropriate,`,
		`dup,"[""breadnest"",""breadnest"",""crumbhaus"",""oventide"",""lyonbake""]",appropriate,`,
		`invalid,"[""Bread.com"",""loafly"",""crumbhaus"",""oventide"",""lyonbake""]",appropriate,`,
		`  ,[],inappropriate,fraud_scams`,
		`=HYPERLINK(1),[],inappropriate,fraud_scams`,
		"bad utf8 \xff,[],inappropriate,fraud_scams",
		`ragged,[]`,
		`label,[],maybe,`,
		`mismatch,[],appropriate,`,
		`trailing,"[] x",appropriate,`,
		`nulls,null,appropriate,`,
		`numbers,"[1,2,3,4,5]",appropriate,`,
		`bare "quote,[],inappropriate,hate`,
		`last ok,[],inappropriate,hate`,
	}, "\n") + "\n"
	rows, rej, st := readAll(t, in, Options{Training: true})
	want := []struct {
		line   int
		reason Reason
		col    string
	}{
		{3, ReasonBadJSON, ColSuggestions},
		{4, ReasonWrongCount, ColSuggestions},
		{5, ReasonDuplicateName, ColSuggestions},
		{6, ReasonInvalidName, ColSuggestions},
		{7, ReasonEmptyDescription, ColDescription},
		{8, ReasonFormula, ColDescription},
		{9, ReasonInvalidUTF8, ColDescription},
		{10, ReasonFieldCount, ""},
		{11, ReasonBadLabel, ColLabel},
		{12, ReasonLabelMismatch, ColLabel},
		{13, ReasonBadJSON, ColSuggestions},
		{14, ReasonBadJSON, ColSuggestions},
		{15, ReasonBadJSON, ColSuggestions},
		{16, ReasonParse, ""},
	}
	if len(rej) != len(want) {
		for _, r := range rej {
			t.Log(r)
		}
		t.Fatalf("got %d rejects, want %d", len(rej), len(want))
	}
	for i, w := range want {
		if rej[i].Line != w.line || rej[i].Reason != w.reason || rej[i].Column != w.col {
			t.Errorf("reject %d = line %d %s %q (%s); want line %d %s %q", i, rej[i].Line, rej[i].Reason, rej[i].Column, rej[i].Message, w.line, w.reason, w.col)
		}
	}
	if len(rows) != 2 || rows[1].Description != "last ok" {
		t.Fatalf("accepted rows = %+v", rows)
	}
	if st.Read != 16 || st.ByReason[ReasonBadJSON] != 4 {
		t.Errorf("stats = %+v", st)
	}
	if !strings.Contains(rej[3].Message, "Bread.com") {
		t.Errorf("invalid-name message must name the name: %s", rej[3].Message)
	}
}

func TestReaderHeaderErrors(t *testing.T) {
	for _, in := range []string{"", "name,domains\nx,[]\n", "description,description,suggestions\n"} {
		if _, err := NewReader(strings.NewReader(in), Options{}); err == nil {
			t.Errorf("NewReader(%q) accepted a bad header", in)
		}
	}
	_, rej, st := readAll(t, "description,suggestions\n", Options{})
	if len(rej) != 0 || st.Read != 0 {
		t.Errorf("header-only file: %+v", st)
	}
}

func TestUnclosedQuoteIsCountedNotFatal(t *testing.T) {
	in := "description,suggestions\nfine,[]\n\"never closed,[]\nmore,[]\n"
	rows, rej, _ := readAll(t, in, Options{})
	if len(rows) != 1 || len(rej) != 1 || rej[0].Reason != ReasonParse || rej[0].Line != 3 {
		t.Fatalf("rows %v rejects %v", rows, rej)
	}
}

func TestEscapeRoundTrip(t *testing.T) {
	cells := []string{"=SUM(A1)", "+1 555", "-20% off", "@cmd", "\tx", "\rx", "'=x", "''", "'", "'tis", "plain", "", "=", "''=x"}
	for _, c := range cells {
		e := EscapeCell(c)
		if IsFormula(e) {
			t.Errorf("EscapeCell(%q) = %q still looks like a formula", c, e)
		}
		if got := UnescapeCell(e); got != c {
			t.Errorf("round trip %q -> %q -> %q", c, e, got)
		}
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "dataset_v9.csv")
	in := []Row{
		{Description: "=cmd|' /C calc'!A0 a bakery, in \"Lyon\"\nwith two lines", Suggestions: strings.Split("breadnest,loafly,crumbhaus,oventide,lyonbake", ","), Label: LabelAppropriate},
		{Description: "sells stolen cards", Label: LabelInappropriate, Category: "fraud_scams"},
	}
	if err := WriteFile(p, in, true); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(p)
	if strings.Contains(string(raw), "\n=cmd") || strings.Contains(string(raw), "\"=cmd") {
		t.Fatalf("formula not neutralised in file:\n%s", raw)
	}
	rows, rej, _, err := ReadFile(p, Options{Training: true})
	if err != nil || len(rej) != 0 {
		t.Fatalf("ReadFile: %v %v", err, rej)
	}
	for i := range in {
		in[i].Line = rows[i].Line
		if in[i].Suggestions == nil {
			in[i].Suggestions = []string{}
		}
	}
	if !reflect.DeepEqual(rows, in) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", rows, in)
	}
}

func TestShippedDataLoads(t *testing.T) {
	for _, f := range []struct {
		path string
		opts Options
		min  int
	}{{"../../data/dataset_v1.csv", Options{Training: true}, 150}, {"../../data/test_set.csv", Options{}, 40}} {
		rows, rej, st, err := ReadFile(f.path, f.opts)
		if err != nil {
			t.Fatalf("%s: %v", f.path, err)
		}
		for _, r := range rej {
			t.Errorf("%s: %v", f.path, r)
		}
		if len(rows) < f.min {
			t.Errorf("%s: %d rows, want at least %d", f.path, len(rows), f.min)
		}
		t.Logf("%s: %+v", f.path, st)
	}
}

func BenchmarkReader(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("description,suggestions,label,category\n")
	for range 1000 {
		sb.WriteString(`"A family bakery in Lyon, baking sourdough since 1990","` + strings.ReplaceAll(good, `"`, `""`) + "\",appropriate,\n")
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		r, _ := NewReader(strings.NewReader(in), Options{Training: true})
		for {
			if _, err := r.Next(); errors.Is(err, io.EOF) {
				break
			}
		}
	}
}

// A description repeated (up to case, spacing and invisible characters) is
// rejected with the line of its first occurrence: in training data it would
// sit on both sides of the validation split, in a test set it counts twice.
func TestRepeatedDescriptionIsRejected(t *testing.T) {
	in := "description,suggestions\n" +
		"A bakery in Lyon,[]\n" +
		"a florist in Lille,[]\n" +
		"  a  BAKERY in\u200b Lyon ,[]\n"
	rows, rej, st := readAll(t, in, Options{})
	if len(rows) != 2 || len(rej) != 1 {
		t.Fatalf("rows %d, rejects %d; want 2 and 1", len(rows), len(rej))
	}
	if rej[0].Reason != ReasonDuplicateRow || rej[0].Line != 4 || !strings.Contains(rej[0].Error(), "line 2") {
		t.Errorf("reject: %v (reason %s, line %d); want duplicate_description on line 4 naming line 2", rej[0], rej[0].Reason, rej[0].Line)
	}
	if st.ByReason[ReasonDuplicateRow] != 1 {
		t.Errorf("stats by reason: %v", st.ByReason)
	}
}
