// Package fact decides when two figures can be the same fact and when their
// values agree. It works on plain fields so that both extraction (a figure
// the same article contradicts is "disputed") and comparison (verdicts across
// articles) apply one rule: [Compatible].
//
// A value is read ([Read]) into its form and the figures it states, its
// headlines: an exact figure is its own headline, a range has two (its
// ends), a bound ("up to 12,000", "at least 300") has its bound. Two values
// agree when they share a headline figure, a hedged one ("about 8,000")
// standing for the numbers that round to it, at most 10% off: "about
// 10,000-12,000" and "up to 12,000" agree (12,000), and so do "about 8,000"
// and 7,600; "2.5 km" and "up to 5 km" do not, although the intervals
// overlap. An exact figure inside a two-sided range also agrees with it.
// The bounds differ: a lower bound is a floor and agrees with the figures
// and ranges at or above it ("at least 300" and 320), while an upper bound
// agrees only with its bound ("up to 5 km" states 5 km). A vague value
// ("thousands", 2,000 to 9,999) agrees with a figure when its interval holds
// one of the figure's headlines, and with any other vague value; a vague
// word with no interval agrees with anything. Figures in two units of one
// dimension, read to the base unit, are only as exact as they are written:
// "60 km" and "37 miles" agree.
package fact

import (
	"slices"
	"strings"

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

// Class returns the alignment class of a counted thing: its [subject]
// synonym class, else the word itself.
func Class(lex *lexicon.Lexicon, subject string) string {
	if c, ok := lex.Lookup("subject", subject); ok {
		return c
	}
	return lexicon.Norm(subject)
}

// Composed returns the class of things of a [subject] class counted by a
// verb of a [predicate] class, when the lexicon lists the pair ("people
// kill = killed": people who were killed are deaths, the class of "toll").
func Composed(lex *lexicon.Lexicon, class, predicateClass string) (string, bool) {
	return lex.Lookup("subject", class+" "+predicateClass)
}

// ClassOf returns the class of what a claim counts: the class of its
// subject refined by its verb ([Composed]), so that "12 people were
// killed" and "the toll rose to 19" count one thing.
func ClassOf(lex *lexicon.Lexicon, subject, predicate string) string {
	class := Class(lex, subject)
	for _, p := range PredicateClasses(lex, predicate) {
		if c, ok := Composed(lex, class, p); ok {
			return c
		}
	}
	return class
}

// PredicatesCompatible reports whether two verbs can report the same fact:
// they share a [predicate] class, are the same word, or either is empty.
func PredicatesCompatible(lex *lexicon.Lexicon, a, b string) bool {
	if a == "" || b == "" || lexicon.Norm(a) == lexicon.Norm(b) {
		return true
	}
	ca, cb := PredicateClasses(lex, a), PredicateClasses(lex, b)
	if slices.Contains(ca, "any") || slices.Contains(cb, "any") {
		return true // "put the toll at 19": no fact of its own
	}
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

// PredicateClasses returns the [predicate] classes of a verb phrase (its
// first word), or nil when the lexicon does not list it.
func PredicateClasses(lex *lexicon.Lexicon, verb string) []string {
	words := lexicon.Words(verb)
	if len(words) == 0 {
		return nil
	}
	v, ok := lex.LookupWord("predicate", words[0])
	if !ok {
		return nil
	}
	return Classes(v)
}

// Classes splits a [predicate] value, "kill, destroy", into its classes.
func Classes(value string) []string {
	var out []string
	for _, c := range strings.Split(value, ",") {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}
