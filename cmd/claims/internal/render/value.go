package render

import (
	"strconv"
	"strings"

	"github.com/claims-tool/claims/extract"
)

// Value formats a claim's interval for reading:
//
//	139            low == high
//	10,000–12,000  a range
//	≥300           no upper end ("at least 300")
//	≤12,000        no lower end
//	~8,000         approximate
//	200–999 vague  a vague quantity, by the lexicon's convention
//	vague          a vague quantity with no interval ("a significant number")
//	?              no bounds at all
func Value(v extract.Value) string {
	v = finite(v)
	var s string
	switch {
	case v.Low == nil && v.High == nil && v.Vague:
		return "vague"
	case v.Low == nil && v.High == nil:
		s = "?"
	case v.Low == nil:
		s = "≤" + Number(*v.High)
	case v.High == nil:
		s = "≥" + Number(*v.Low)
	case *v.Low == *v.High:
		s = Number(*v.Low)
	default:
		s = Number(*v.Low) + "–" + Number(*v.High)
	}
	if v.Approx {
		s = "~" + s
	}
	if v.Vague {
		s += " vague"
	}
	return s
}

// Number formats f with thousands separators and no exponent: 1,100, 2.5,
// 1,000,000,000.
func Number(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// plain formats a bound for machines (CSV): no separators, "" for an open end.
func plain(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}
