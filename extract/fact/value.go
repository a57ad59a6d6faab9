package fact

import (
	"math"
	"strconv"
)

// Form is the shape of a stated figure.
type Form uint8

const (
	FormVague   Form = iota // "thousands", "a significant number"
	FormExact               // "139", "about 8,000"
	FormRange               // "10,000-12,000"
	FormUpTo                // "up to 12,000"
	FormAtLeast             // "at least 300"
)

// Reading is a Value read for comparison: its form, interval and the
// figures it states (its headlines), all scaled to one unit. Readings are
// comparable with ==.
type Reading struct {
	Form   Form
	Lo, Hi float64 // the interval; ±Inf for an open end
	Approx bool
	Heads  [2]float64 // the stated figures: Heads[:NHeads], one or two for a range
	NHeads int
	// Unit is the canonical unit as written, which Read leaves empty for
	// the caller to set, and Prec half a unit of the last digit written,
	// scaled: a figure converted from another unit ("60 km (37 miles)")
	// is only as exact as it is written
	Unit string
	Prec float64
}

// ReadChange is [Read] for a figure of a claim that may state a change:
// a percentage below zero that is no rise ("| -11% |") is the fall told
// in words elsewhere ("revenue slid 11%"), so its magnitude is read. A
// level below zero in another unit ("-5 degrees") keeps its sign.
func ReadChange(v Value, scale float64, change, unit string) Reading {
	if unit == "%" && change != "up" && (v.Low == nil || *v.Low <= 0) && (v.High == nil || *v.High <= 0) && (v.Low != nil || v.High != nil) {
		m := Value{Approx: v.Approx, Vague: v.Vague}
		if v.High != nil {
			x := -*v.High
			m.Low = &x
		}
		if v.Low != nil {
			x := -*v.Low
			m.High = &x
		}
		v = m
	}
	return Read(v, scale)
}

// Read turns a Value into a Reading, multiplying by scale (the factor of
// its unit to the base unit of the unit's dimension; 0 counts as 1).
func Read(v Value, scale float64) Reading {
	if scale == 0 {
		scale = 1
	}
	r := Reading{Lo: math.Inf(-1), Hi: math.Inf(1), Approx: v.Approx}
	if v.Low != nil {
		r.Lo = *v.Low * scale
	}
	if v.High != nil {
		r.Hi = *v.High * scale
	}
	switch {
	case v.Vague || v.Low == nil && v.High == nil:
		r.Form = FormVague
	case v.Low != nil && v.High != nil && *v.Low == *v.High:
		r.Form = FormExact
		r.Heads[0], r.NHeads = r.Lo, 1
	case v.Low == nil || *v.Low == 0 && v.High != nil && *v.High > 0:
		// "up to 12,000" is written low 0 (or an open low end)
		r.Form = FormUpTo
		r.Heads[0], r.NHeads = r.Hi, 1
	case v.High == nil:
		r.Form = FormAtLeast
		r.Heads[0], r.NHeads = r.Lo, 1
	default:
		r.Form = FormRange
		r.Heads, r.NHeads = [2]float64{r.Lo, r.Hi}, 2
	}
	for _, h := range r.Heads[:r.NHeads] {
		r.Prec = math.Max(r.Prec, 0.5*math.Pow(10, -float64(decimals(h/scale)))*scale)
	}
	return r
}

// decimals counts the digits written after the decimal point of x.
func decimals(x float64) int {
	var buf [32]byte
	b := strconv.AppendFloat(buf[:0], x, 'f', -1, 64)
	for i, c := range b {
		if c == '.' {
			return len(b) - i - 1
		}
	}
	return 0
}

// slack is how far two stated figures may differ and still be one: the
// precision they are written to when their units differ, else nothing.
func slack(a, b Reading) float64 {
	if a.Unit == b.Unit {
		return 0
	}
	return a.Prec + b.Prec
}

// Compatible reports whether two figures for the same fact, in the same
// unit, agree. This is the one rule for agreement: compare's verdicts and
// extract's in-article disputes both apply it.
//
//   - two vague quantities always agree ("hundreds", "a significant number");
//   - a vague quantity agrees with a figure when its interval holds one of
//     the figure's headlines ("thousands" = 2,000..9,999 and "about 8,000";
//     "several weeks" and "three weeks"); a vague word with no interval
//     agrees with anything;
//   - two figures agree when they share a headline figure: an exact figure
//     is its own headline, a range has its two ends, a bound ("up to 12,000",
//     "at least 300") has its bound. So "about 10,000-12,000", "10,000 to
//     12,000" and "up to 12,000" agree (12,000), while "2.5 km" and "up to
//     5 km" do not, although the intervals overlap, and neither do 18 and
//     "at least 19";
//   - an exact figure inside a two-sided range agrees with it ("11,000" and
//     "10,000-12,000"): the range states its uncertainty;
//   - a lower bound agrees with a figure or range at or above it ("more
//     than 300 tonnes" and 320; "at least 23" and 23): a floor is a floor.
//     An upper bound does not: "up to five kilometers" states five;
//   - a hedged figure ("about 8,000") stands for the numbers that round to
//     it, at most 10% off: "about 8,000" agrees with 7,600 but not with 9,000.
//
// Figures in two units of one dimension are read to the base unit first
// (see [Read] and [Reading.Compatible]), and then a figure is only as exact
// as it is written: "60 km" and "37 miles" (59.5 km) agree, "60 km" and "35
// miles" do not.
func Compatible(a, b Value) bool {
	return Read(a, 1).Compatible(Read(b, 1))
}

// Compatible reports whether two readings of figures for the same fact
// agree: the rule of [Compatible], with the slack of their precision when
// a and b were written in different units (see [Reading].Unit).
func (a Reading) Compatible(b Reading) bool {
	if a.Form == FormVague && b.Form == FormVague {
		return true
	}
	if b.Form == FormVague {
		a, b = b, a
	}
	if a.Form == FormVague {
		for _, h := range b.Heads[:b.NHeads] {
			if h >= a.Lo && h <= a.Hi {
				return true
			}
		}
		return false
	}
	if shareHeadline(a, b) {
		return true
	}
	if a.Form == FormRange && b.Form == FormExact || a.Form == FormAtLeast && b.Form != FormAtLeast {
		a, b = b, a
	}
	switch {
	case b.Form == FormRange && a.Form == FormExact:
		return a.Lo >= b.Lo && a.Lo <= b.Hi
	case b.Form == FormAtLeast && (a.Form == FormExact || a.Form == FormRange):
		// a floor holds the figures above it: "more than 300 tonnes" and 320
		return a.Lo >= b.Lo
	}
	return false
}

// Restates reports whether one figure restates the other: both vague, a
// vague word holding the figure, or a shared headline figure. Unlike
// [Reading.Compatible], a range holding a figure or a floor under it is not
// enough.
func (a Reading) Restates(b Reading) bool {
	if a.Form == FormVague || b.Form == FormVague {
		return a.Compatible(b)
	}
	return shareHeadline(a, b)
}

// shareHeadline reports whether two readings state one figure.
func shareHeadline(a, b Reading) bool {
	for _, x := range a.Heads[:a.NHeads] {
		for _, y := range b.Heads[:b.NHeads] {
			if sameFigure(x, a.Approx, y, b.Approx, slack(a, b)) {
				return true
			}
		}
	}
	return false
}

// sameFigure reports whether two stated figures are the same number, a
// hedged one standing for the numbers that round to it.
func sameFigure(x float64, xApprox bool, y float64, yApprox bool, slack float64) bool {
	if NearlyEqual(x, y) {
		return true
	}
	tol := slack
	if xApprox {
		tol = math.Max(tol, roundingTolerance(x))
	}
	if yApprox {
		tol = math.Max(tol, roundingTolerance(y))
	}
	return math.Abs(x-y) <= tol
}

// roundingTolerance is half a unit of the leading digit of x, at most 10% of
// x: "about 8,000" covers 7,500..8,500 capped to 7,200..8,800 -> 7,500..8,500.
func roundingTolerance(x float64) float64 {
	x = math.Abs(x)
	if x == 0 || math.IsInf(x, 0) {
		return 0
	}
	unit := math.Pow(10, math.Floor(math.Log10(x)))
	return math.Min(unit/2, x/10)
}

// NearlyEqual reports whether a and b are one number up to floating-point
// error: equal to about nine significant digits.
func NearlyEqual(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// Gap is the ratio between the figures of two readings (>= 1), 0
// when either has no figure (vague without bounds).
func Gap(a, b Reading) float64 {
	x, y := typical(a), typical(b)
	if x <= 0 || y <= 0 {
		return 0
	}
	if x < y {
		x, y = y, x
	}
	return x / y
}

// typical is a representative figure of a reading: its headline, the
// middle of a range or of a closed vague interval.
func typical(r Reading) float64 {
	switch r.Form {
	case FormVague:
		if math.IsInf(r.Lo, 0) || math.IsInf(r.Hi, 0) {
			return 0
		}
		return math.Sqrt(math.Max(r.Lo, 1) * r.Hi)
	case FormRange:
		return (r.Lo + r.Hi) / 2
	}
	return math.Abs(r.Heads[0])
}
