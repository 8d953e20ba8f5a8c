package chart

import (
	"math"
	"strconv"
)

// Tick is a labelled mark on an axis.
type Tick struct {
	Value float64
	Label string
}

// Ticks returns about five evenly spaced ticks inside [lo, hi] at 1, 2,
// 2.5 or 5 times a power of ten, labelled with the fewest decimals that
// write every one of them exactly (to a millionth of the range): losses of
// a short run differ in the third decimal, where fixed-precision labels
// repeat ("5.58, 5.58, 5.59") or round a tick to a wrong value.
func Ticks(lo, hi float64) []Tick {
	if !(hi > lo) || !Finite(lo) || !Finite(hi) {
		return nil
	}
	rough := (hi - lo) / 5
	mag := math.Pow(10, math.Floor(math.Log10(rough)))
	step := 10 * mag
	for _, m := range []float64{1, 2, 2.5, 5} {
		if m*mag >= rough {
			step = m * mag
			break
		}
	}
	first := math.Ceil(lo/step - 1e-9)
	var values []float64
	for i := first; i*step <= hi+step*1e-9; i++ {
		v := i * step
		switch {
		case math.Abs(v) < step*1e-9:
			v = 0 // not -0 or 1e-17
		case v > hi:
			v = hi // 2.4000000000000004 for a range ending at 2.4
		}
		values = append(values, v)
	}
	prec := precision(values, (hi-lo)*1e-6)
	ticks := make([]Tick, len(values))
	for i, v := range values {
		ticks[i] = Tick{Value: v, Label: strconv.FormatFloat(v, 'f', prec, 64)}
	}
	return ticks
}

// precision is the fewest decimals that write every value within tolerance.
func precision(values []float64, tolerance float64) int {
	const most = 12
	for prec := 0; prec < most; prec++ {
		exact := true
		for _, v := range values {
			back, err := strconv.ParseFloat(strconv.FormatFloat(v, 'f', prec, 64), 64)
			if err != nil || math.Abs(back-v) > tolerance {
				exact = false
				break
			}
		}
		if exact {
			return prec
		}
	}
	return most
}

// nominalTicks puts names[i] at i.
func nominalTicks(names []string) []Tick {
	ticks := make([]Tick, len(names))
	for i, n := range names {
		ticks[i] = Tick{Value: float64(i), Label: n}
	}
	return ticks
}
