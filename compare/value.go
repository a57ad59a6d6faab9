package compare

import (
	"math"
	"strconv"

	"github.com/claims-tool/claims/extract"
)

// form is the shape of a stated figure.
type form uint8

const (
	formVague   form = iota // "thousands", "a significant number"
	formExact               // "139", "about 8,000"
	formRange               // "10,000-12,000"
	formUpTo                // "up to 12,000"
	formAtLeast             // "at least 300"
)

// reading is a Value read for comparison: its form, interval and the
// figures it states (its headlines), all scaled to one unit.
type reading struct {
	form   form
	lo, hi float64 // the interval; ±Inf for an open end
	approx bool
	heads  [2]float64 // the stated figures: one, or two for a range
	nheads int
	// unit is the canonical unit as written and prec half a unit of the
	// last digit written, scaled: a figure converted from another unit
	// ("60 km (37 miles)") is only as exact as it is written
	unit string
	prec float64
}

// read turns a Value into a reading, multiplying by scale (the factor of
// its unit to the base unit of the unit's dimension).
func read(v extract.Value, scale float64) reading {
	if scale == 0 {
		scale = 1
	}
	r := reading{lo: math.Inf(-1), hi: math.Inf(1), approx: v.Approx}
	if v.Low != nil {
		r.lo = *v.Low * scale
	}
	if v.High != nil {
		r.hi = *v.High * scale
	}
	switch {
	case v.Vague || v.Low == nil && v.High == nil:
		r.form = formVague
	case v.Low != nil && v.High != nil && *v.Low == *v.High:
		r.form = formExact
		r.heads[0], r.nheads = r.lo, 1
	case v.Low == nil || *v.Low == 0 && v.High != nil && *v.High > 0:
		// "up to 12,000" is written low 0 (or an open low end)
		r.form = formUpTo
		r.heads[0], r.nheads = r.hi, 1
	case v.High == nil:
		r.form = formAtLeast
		r.heads[0], r.nheads = r.lo, 1
	default:
		r.form = formRange
		r.heads, r.nheads = [2]float64{r.lo, r.hi}, 2
	}
	for _, h := range r.heads[:r.nheads] {
		r.prec = math.Max(r.prec, 0.5*math.Pow(10, -float64(decimals(h/scale)))*scale)
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
func slack(a, b reading) float64 {
	if a.unit == b.unit {
		return 0
	}
	return a.prec + b.prec
}

// Compatible reports whether two figures for the same fact, in the same
// unit, agree. This is the verdict rule (see the package doc):
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
// Within a report, figures in two units of one dimension are converted
// first, and then a figure is only as exact as it is written: "60 km" and
// "37 miles" (59.5 km) agree, "60 km" and "35 miles" do not.
func Compatible(a, b extract.Value) bool {
	return compatible(read(a, 1), read(b, 1))
}

func compatible(a, b reading) bool {
	if a.form == formVague && b.form == formVague {
		return true
	}
	if b.form == formVague {
		a, b = b, a
	}
	if a.form == formVague {
		for _, h := range b.heads[:b.nheads] {
			if h >= a.lo && h <= a.hi {
				return true
			}
		}
		return false
	}
	for _, x := range a.heads[:a.nheads] {
		for _, y := range b.heads[:b.nheads] {
			if sameFigure(x, a.approx, y, b.approx, slack(a, b)) {
				return true
			}
		}
	}
	if a.form == formRange && b.form == formExact || a.form == formAtLeast && b.form != formAtLeast {
		a, b = b, a
	}
	switch {
	case b.form == formRange && a.form == formExact:
		return a.lo >= b.lo && a.lo <= b.hi
	case b.form == formAtLeast && (a.form == formExact || a.form == formRange):
		// a floor holds the figures above it: "more than 300 tonnes" and 320
		return a.lo >= b.lo
	}
	return false
}

// restates reports whether one figure restates the other: both vague, a
// vague word holding the figure, or a shared headline figure. Unlike
// compatible, a range holding a figure or a floor under it is not enough.
func restates(a, b reading) bool {
	if a.form == formVague || b.form == formVague {
		return compatible(a, b)
	}
	for _, x := range a.heads[:a.nheads] {
		for _, y := range b.heads[:b.nheads] {
			if sameFigure(x, a.approx, y, b.approx, slack(a, b)) {
				return true
			}
		}
	}
	return false
}

// sameFigure reports whether two stated figures are the same number, a
// hedged one standing for the numbers that round to it.
func sameFigure(x float64, xApprox bool, y float64, yApprox bool, slack float64) bool {
	if nearlyEqual(x, y) {
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

func nearlyEqual(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// equalValue reports whether two readings state exactly the same figures.
func equalValue(a, b reading) bool {
	if a.form != b.form || a.form == formVague || a.nheads != b.nheads {
		return false
	}
	for i := 0; i < a.nheads; i++ {
		if !nearlyEqual(a.heads[i], b.heads[i]) {
			return false
		}
	}
	return true
}

// distinctiveness says how telling it is that two claims state the same
// figure: a number with two or more significant digits (139, 36, 12,000,
// 2.5) rarely recurs by chance; a large round number (60,000) sometimes; a
// small one (one, four, ten) often.
func distinctiveness(r reading) float64 {
	best := 0.0
	for _, h := range r.heads[:r.nheads] {
		d := 0.0
		switch {
		case significantDigits(h) >= 2:
			d = 1
		case math.Abs(h) >= 1000:
			d = 0.5
		case math.Abs(h) >= 100:
			d = 0.3
		default:
			d = 0.2
		}
		best = math.Max(best, d)
	}
	return best
}

// significantDigits counts the significant digits of x.
func significantDigits(x float64) int {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return 0
	}
	// shortest form that reads back as x: "1.39e+02" has three digits
	var buf [32]byte
	b := strconv.AppendFloat(buf[:0], math.Abs(x), 'e', -1, 64)
	n := 0
	for _, c := range b {
		if c == 'e' {
			break
		}
		if c >= '0' && c <= '9' {
			n++
		}
	}
	return n
}

// magnitudeGap is the ratio between the figures of two readings (>= 1), 0
// when either has no figure (vague without bounds).
func magnitudeGap(a, b reading) float64 {
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
func typical(r reading) float64 {
	switch r.form {
	case formVague:
		if math.IsInf(r.lo, 0) || math.IsInf(r.hi, 0) {
			return 0
		}
		return math.Sqrt(math.Max(r.lo, 1) * r.hi)
	case formRange:
		return (r.lo + r.hi) / 2
	}
	return math.Abs(r.heads[0])
}

// verdictOf is the verdict of a group of readings: single for one, agree
// when every two are compatible, else discrepancy.
func verdictOf(rs []reading) string {
	if len(rs) < 2 {
		return Single
	}
	// compare distinct readings only: a large group repeats few figures
	uniq := make([]reading, 0, 4)
	for _, r := range rs {
		dup := false
		for _, u := range uniq {
			if u == r {
				dup = true
				break
			}
		}
		if !dup {
			uniq = append(uniq, r)
		}
	}
	for i := range uniq {
		for j := i + 1; j < len(uniq); j++ {
			if !compatible(uniq[i], uniq[j]) {
				return Discrepancy
			}
		}
	}
	return Agree
}
