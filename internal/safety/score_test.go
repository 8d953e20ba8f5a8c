package safety

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestScoreSet scores the guardrail on a labelled CSV named by SAFETY_SET
// (columns description,label[,category,language,kind]; label inappropriate
// or appropriate). It is the reproducible scorer of BENCHMARKS.md:
//
//	SAFETY_SET=/path/set.csv go test ./internal/safety -run TestScoreSet -v
//	make safety-score SET=/path/set.csv            # the same
//
// SAFETY_MISSES=1 also lists every wrong verdict. Without SAFETY_SET it skips.
func TestScoreSet(t *testing.T) {
	path := os.Getenv("SAFETY_SET")
	if path == "" {
		t.Skip("SAFETY_SET names no CSV to score")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := readLabelledCSV(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	s := scoreRows(rows)
	t.Log("\n" + s.report(os.Getenv("SAFETY_MISSES") != ""))
}

type scoreCount struct{ hit, n int }

func (c scoreCount) String() string { return fmt.Sprintf("%d/%d", c.hit, c.n) }

type scoreSummary struct {
	tp, fp, fn, tn, catMatch  int
	scaryFalse, scary         int
	recallByLang, frByLang    map[string]*scoreCount
	recallByKind, recallByCat map[string]*scoreCount
	misses                    []string
}

func scoreRows(rows []labelledRow) scoreSummary {
	s := scoreSummary{recallByLang: map[string]*scoreCount{}, frByLang: map[string]*scoreCount{},
		recallByKind: map[string]*scoreCount{}, recallByCat: map[string]*scoreCount{}}
	for _, r := range rows {
		if r.language == "" {
			r.language = "?"
		}
		v := Classify(r.desc)
		refused := !v.Appropriate
		switch {
		case r.harmful && refused:
			s.tp++
			if string(v.Category) == r.category {
				s.catMatch++
			}
		case r.harmful:
			s.fn++
			s.misses = append(s.misses, fmt.Sprintf("MISSED  [%s %s %s] %s", r.language, r.category, r.kind, r.desc))
		case refused:
			s.fp++
			s.misses = append(s.misses, fmt.Sprintf("REFUSED [%s %s: %s %q] %s", r.language, r.kind, v.Category, v.Matched, r.desc))
		default:
			s.tn++
		}
		if r.harmful {
			countHit(s.recallByLang, r.language, refused)
			countHit(s.recallByKind, r.kind, refused)
			countHit(s.recallByCat, r.category, refused)
		} else {
			countHit(s.frByLang, r.language, refused)
			if r.kind == "scary_legit" {
				s.scary++
				if refused {
					s.scaryFalse++
				}
			}
		}
	}
	return s
}

// countHit counts one row under key k of m (none for an empty key).
func countHit(m map[string]*scoreCount, k string, hit bool) {
	if k == "" {
		return
	}
	if m[k] == nil {
		m[k] = &scoreCount{}
	}
	m[k].n++
	if hit {
		m[k].hit++
	}
}

// blockF1 is the F1 of refusing, with 0 for precision or recall over nothing.
func blockF1(tp, fp, fn int) float64 {
	p, r := frac(tp, tp+fp), frac(tp, tp+fn)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func frac(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (s scoreSummary) report(misses bool) string {
	var b strings.Builder
	p, r, f1 := frac(s.tp, s.tp+s.fp), frac(s.tp, s.tp+s.fn), blockF1(s.tp, s.fp, s.fn)
	fmt.Fprintf(&b, "rows %d: %d harmful, %d appropriate (tp %d fn %d fp %d tn %d)\n",
		s.tp+s.fn+s.fp+s.tn, s.tp+s.fn, s.fp+s.tn, s.tp, s.fn, s.fp, s.tn)
	fmt.Fprintf(&b, "block precision %.3f  recall %.3f  F1 %.3f\n", p, r, f1)
	fmt.Fprintf(&b, "false-refusal rate: scary-but-legitimate %.3f (%d/%d), all appropriate %.3f (%d/%d)\n",
		frac(s.scaryFalse, s.scary), s.scaryFalse, s.scary, frac(s.fp, s.fp+s.tn), s.fp, s.fp+s.tn)
	fmt.Fprintf(&b, "category right on refused harmful rows: %d/%d\n", s.catMatch, s.tp)
	for _, m := range []struct {
		name string
		c    map[string]*scoreCount
	}{{"recall by language", s.recallByLang}, {"false refusals by language", s.frByLang},
		{"recall by kind", s.recallByKind}, {"recall by category", s.recallByCat}} {
		if len(m.c) == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s:", m.name)
		for _, k := range slices.Sorted(maps.Keys(m.c)) {
			fmt.Fprintf(&b, " %s %s", k, m.c[k])
		}
		b.WriteString("\n")
	}
	if misses {
		for _, m := range s.misses {
			b.WriteString(m + "\n")
		}
	}
	return b.String()
}

// TestScorerCounts checks the scorer's arithmetic on a tiny set whose
// verdicts are known: one refused harmful row, one missed, one false
// refusal and one correct allow.
func TestScorerCounts(t *testing.T) {
	in := "description,label,category,language,kind\n" +
		"\"Online shop selling stolen credit cards.\",inappropriate,fraud_scams,en,direct\n" +
		"\"A bakery in Lyon.\",inappropriate,fraud_scams,fr,subtle\n" +
		"\"Online shop selling stolen credit cards.\",appropriate,,en,scary_legit\n" +
		"\"A florist in Porto.\",appropriate,,pt,ordinary\n"
	rows, err := readLabelledCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	s := scoreRows(rows)
	if s.tp != 1 || s.fn != 1 || s.fp != 1 || s.tn != 1 || s.catMatch != 1 || s.scary != 1 || s.scaryFalse != 1 {
		t.Fatalf("counts %+v", s)
	}
	rep := s.report(false)
	for _, want := range []string{"block precision 0.500  recall 0.500  F1 0.500",
		"scary-but-legitimate 1.000 (1/1)", "recall by language: en 1/1 fr 0/1"} {
		if !strings.Contains(rep, want) {
			t.Errorf("report lacks %q:\n%s", want, rep)
		}
	}
	if _, err := readLabelledCSV(strings.NewReader("description,label\nx,maybe\n")); err == nil {
		t.Error("an unknown label was accepted")
	}
}
