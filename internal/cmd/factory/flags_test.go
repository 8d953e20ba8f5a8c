package factory

import (
	"math"
	"testing"

	"github.com/domainyours/domainyours/internal/exitcode"
)

func TestCheckBounds(t *testing.T) {
	ok := Bound{Flag: "--rows", V: 5, Lo: 1, Hi: 5}
	if err := CheckBounds(ok, Bound{Flag: "--ratio", V: 0, Lo: 0, Hi: 0.5}); err != nil {
		t.Fatalf("values at their bounds refused: %v", err)
	}
	for _, tt := range []struct {
		b         Bound
		msg, hint string
	}{
		{Bound{Flag: "--rows", V: 1000000, Lo: 1, Hi: 5000}, "--rows 1000000 is out of range", "use --rows between 1 and 5000"},
		{Bound{Flag: "--ratio", V: 0.9, Lo: 0, Hi: 0.5}, "--ratio 0.9 is out of range", "use --ratio between 0 and 0.5"},
		{Bound{Flag: "--ratio", V: math.NaN(), Lo: 0, Hi: 0.5}, "--ratio NaN is out of range", "use --ratio between 0 and 0.5"},
	} {
		err := CheckBounds(ok, tt.b)
		if err == nil || err.Error() != tt.msg || exitcode.HintOf(err) != tt.hint || !exitcode.IsInput(err) {
			t.Errorf("%+v: error %v (hint %q), want %q (hint %q), an input error", tt.b, err, exitcode.HintOf(err), tt.msg, tt.hint)
		}
	}
}
