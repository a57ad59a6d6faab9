// Package fact decides when two figures can be the same fact and when their
// values agree. It works on plain fields so that both extraction (a figure
// the same article contradicts is "disputed") and comparison (verdicts across
// articles) apply one rule.
//
// Values agree when they share their headline figure: an exact figure is its
// own headline; a range has two (its ends); a bound ("up to 12,000", "at
// least 300") has its bound. "about 10,000-12,000" and "up to 12,000" agree
// (12,000); "2.5 km" and "up to 5 km" do not, although the intervals overlap.
// A vague value ("thousands", 2,000 to 9,999) agrees with any figure inside
// its interval, and with any other vague value.
package fact

import (
	"math"

	"github.com/claims-tool/claims/lexicon"
)

// Value is the numeric interval a quantity stands for. Low or High is nil
// for an open end.
type Value struct {
	Low    *float64 `json:"low"`
	High   *float64 `json:"high"`
	Approx bool     `json:"approx"`
	Vague  bool     `json:"vague"`
}

// Headlines returns the figures a value states: its ends, without the 0 of
// an upper bound.
func (v Value) Headlines() []float64 {
	var out []float64
	if v.Low != nil && !(*v.Low == 0 && v.High != nil && *v.High != 0) {
		out = append(out, *v.Low)
	}
	if v.High != nil && (v.Low == nil || *v.High != *v.Low) {
		out = append(out, *v.High)
	}
	return out
}

// Agree reports whether two values are compatible.
func Agree(a, b Value) bool {
	if a.Vague && b.Vague {
		return true
	}
	if a.Vague || b.Vague {
		v, x := a, b
		if b.Vague {
			v, x = b, a
		}
		for _, h := range x.Headlines() {
			if inside(v, h) {
				return true
			}
		}
		return v.Low == nil && v.High == nil
	}
	for _, h := range a.Headlines() {
		for _, k := range b.Headlines() {
			if equal(h, k) {
				return true
			}
		}
	}
	return false
}

func inside(v Value, x float64) bool {
	return (v.Low == nil || x >= *v.Low) && (v.High == nil || x <= *v.High)
}

func equal(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// Class returns the alignment class of a counted thing: its [subject]
// synonym class, else the word itself.
func Class(lex *lexicon.Lexicon, subject string) string {
	if c, ok := lex.Lookup("subject", subject); ok {
		return c
	}
	return lexicon.Norm(subject)
}

// SameThing reports whether two subjects count the same kind of thing.
// An empty subject matches nothing.
func SameThing(lex *lexicon.Lexicon, a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return Class(lex, a) == Class(lex, b)
}

// PredicatesCompatible reports whether two verbs can report the same fact:
// they share a [predicate] class, are the same word, or either is empty.
func PredicatesCompatible(lex *lexicon.Lexicon, a, b string) bool {
	if a == "" || b == "" || lexicon.Norm(a) == lexicon.Norm(b) {
		return true
	}
	ca, cb := predClasses(lex, a), predClasses(lex, b)
	if len(ca) == 0 || len(cb) == 0 {
		return false
	}
	for _, x := range ca {
		for _, y := range cb {
			if x == y {
				return true
			}
		}
	}
	return false
}

func predClasses(lex *lexicon.Lexicon, verb string) []string {
	words := lexicon.Words(verb)
	if len(words) == 0 {
		return nil
	}
	v, ok := lex.Lookup("predicate", words[0])
	if !ok {
		return nil
	}
	return splitComma(v)
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			w := s[start:i]
			for len(w) > 0 && w[0] == ' ' {
				w = w[1:]
			}
			for len(w) > 0 && w[len(w)-1] == ' ' {
				w = w[:len(w)-1]
			}
			if w != "" {
				out = append(out, w)
			}
			start = i + 1
		}
	}
	return out
}
