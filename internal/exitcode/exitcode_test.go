package exitcode

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestIsInputAndHint(t *testing.T) {
	in := Usagef("use --rows 1 to 5000", "--rows %d is out of range", 0)
	tests := []struct {
		err   error
		input bool
		hint  string
	}{
		{in, true, "use --rows 1 to 5000"},
		{fmt.Errorf("prepare: %w", in), true, "use --rows 1 to 5000"},
		{WithHint(in, "outer"), true, "outer"},
		{New(Failure, in, ""), false, "use --rows 1 to 5000"},
		{errors.Join(errors.New("a"), Input(errors.New("b"), "fix b")), true, "fix b"},
		{errors.New("plain"), false, ""},
		{nil, false, ""},
	}
	for _, tt := range tests {
		if got := IsInput(tt.err); got != tt.input {
			t.Errorf("IsInput(%v) = %v, want %v", tt.err, got, tt.input)
		}
		if got := HintOf(tt.err); got != tt.hint {
			t.Errorf("HintOf(%v) = %q, want %q", tt.err, got, tt.hint)
		}
	}
}

// The help texts' table and README's must list the same codes, so a code
// added to one is not missing from the other.
func TestTableListsREADMEsCodes(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n## Exit codes\n")
	if !ok {
		t.Fatal("README.md has no ## Exit codes section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	var inREADME, inTable []string
	for _, m := range regexp.MustCompile(`(?m)^\| (\d+) \|`).FindAllStringSubmatch(section, -1) {
		inREADME = append(inREADME, m[1])
	}
	for _, m := range regexp.MustCompile(`(?m)^  (\d+) +\S`).FindAllStringSubmatch(Table, -1) {
		inTable = append(inTable, m[1])
	}
	if len(inREADME) == 0 || !slices.Equal(inREADME, inTable) {
		t.Errorf("README lists exit codes %v, the help table %v", inREADME, inTable)
	}
	if !strings.Contains(Table, "--guard") || !strings.Contains(Table, "quota") {
		t.Errorf("the help table's exit 4 misses README's guard or quota:\n%s", Table)
	}
}
