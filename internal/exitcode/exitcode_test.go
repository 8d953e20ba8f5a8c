package exitcode

import (
	"errors"
	"fmt"
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
