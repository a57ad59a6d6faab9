package compare

import (
	"math"
	"strconv"

	"github.com/claims-tool/claims/extract/fact"
)

// The readings of figures and the rule of when two agree (fact.Read,
// fact.Reading.Compatible) live in package fact, which extraction shares;
// here are what scoring and verdicts add to them.

// equalValue reports whether two readings state exactly the same figures.
func equalValue(a, b fact.Reading) bool {
	if a.Form != b.Form || a.Form == fact.FormVague || a.NHeads != b.NHeads {
		return false
	}
	for i := 0; i < a.NHeads; i++ {
		if !fact.NearlyEqual(a.Heads[i], b.Heads[i]) {
			return false
		}
	}
	return true
}

// distinctiveness says how telling it is that two claims state the same
// figure: a number with two or more significant digits (139, 36, 12,000,
// 2.5) rarely recurs by chance; a large round number (60,000) sometimes; a
// small one (one, four, ten) often.
func distinctiveness(r fact.Reading) float64 {
	best := 0.0
	for _, h := range r.Heads[:r.NHeads] {
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

// verdictOf is the verdict of a group of readings: single for one, agree
// when every two are compatible (fact.Reading.Compatible), else
// discrepancy.
func verdictOf(rs []fact.Reading) string {
	if len(rs) < 2 {
		return Single
	}
	// compare distinct readings only: a large group repeats few figures
	uniq := make([]fact.Reading, 0, 4)
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
			if !uniq[i].Compatible(uniq[j]) {
				return Discrepancy
			}
		}
	}
	return Agree
}
