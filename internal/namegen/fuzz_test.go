package namegen

import (
	"errors"
	"testing"

	"github.com/domainyours/domainyours/internal/constraint"
	"github.com/domainyours/domainyours/internal/domain"
)

// FuzzGenerate feeds arbitrary descriptions, seeds and counts. Whatever the
// input, Generate either fails with one of its documented errors or returns
// exactly Count valid names that honour the parsed constraints, or fewer
// such names with a *ShortList that counts them.
func FuzzGenerate(f *testing.F) {
	for _, d := range handWritten {
		f.Add(d, int64(1), 5)
	}
	f.Add("a bakery in Lyon", int64(-1), 20)
	f.Add("include the words ink and quill, 5-6 letters", int64(7), 3)
	f.Add("\xff\xfe invalid utf-8 \xc3", int64(0), 1)
	f.Add("zero\u200dwidth\u202ebidi\U000E0061tags\ufe0f", int64(2), 5)
	g := testGenerator(f)
	f.Fuzz(func(t *testing.T, desc string, seed int64, count int) {
		got, err := g.Generate(desc, Options{Count: count, Seed: seed})
		var short *ShortList
		if errors.As(err, &short) {
			if short.Found == 0 || short.Found >= count || short.Asked != count || len(short.Limits) == 0 {
				t.Fatalf("%q: short list %+v for count %d", desc, short, count)
			}
			count, err = short.Found, nil
		}
		if err != nil {
			for _, known := range []error{ErrBadCount, ErrEmptyDescription, ErrDescriptionTooLong, ErrImpossibleConstraint, ErrTooFewNames} {
				if errors.Is(err, known) {
					return
				}
			}
			t.Fatalf("undocumented error for %q: %v", desc, err)
		}
		if len(got) != count {
			t.Fatalf("%q: %d names, want %d", desc, len(got), count)
		}
		cons := constraint.Parse(desc)
		seen := map[string]bool{}
		for _, c := range got {
			if rej := domain.ValidateLabel(c.Name); rej != nil {
				t.Fatalf("%q: invalid name: %v", desc, rej)
			}
			if v := cons.Check(c.Name); len(v) > 0 {
				t.Fatalf("%q: %q breaks constraints: %v", desc, c.Name, v)
			}
			if seen[c.Name] || c.Score < 0 || c.Score > 1 {
				t.Fatalf("%q: duplicate or out-of-range candidate %+v", desc, c)
			}
			seen[c.Name] = true
		}
	})
}
