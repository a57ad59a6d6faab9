package render

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/claims-tool/claims/extract"
)

// Record is a claim as JSON and JSON Lines print it: the output contract's
// fields in the contract's order, then kind, change and end (the end of the
// quantity's span, a byte offset), then what compare reads to line claims
// up (the sentence's span, qualifiers and context words), so that claim
// files read back with Claim compare as the articles would.
type Record struct {
	ID        string         `json:"id"`
	Article   string         `json:"article"`
	Offset    int            `json:"offset"`
	Line      int            `json:"line"`
	Col       int            `json:"col"`
	Text      string         `json:"text"`
	Sentence  string         `json:"sentence"`
	Value     extract.Value  `json:"value"`
	Unit      string         `json:"unit"`
	Subject   string         `json:"subject"`
	Predicate string         `json:"predicate"`
	Source    extract.Source `json:"source"`
	Status    string         `json:"status"`
	Markers   []string       `json:"markers"`
	Kind      string         `json:"kind"`
	Change    string         `json:"change"`
	End       int            `json:"end"`
	// SentenceSpan is the sentence's half-open byte span in the file.
	SentenceSpan extract.Span `json:"sentence_span"`
	// Qualifiers are the words that say which fact this is (time and
	// place words, modifiers of the counted thing).
	Qualifiers []string `json:"qualifiers"`
	// Context is the content words of the sentence, folded.
	Context []string `json:"context"`
}

// NewRecord builds the record of a claim at pos. Text fields are made valid
// UTF-8 (invalid bytes become U+FFFD); offsets are left as they are.
func NewRecord(c *extract.Claim, pos Pos) Record {
	markers := make([]string, len(c.Markers))
	for i, m := range c.Markers {
		markers[i] = utf8Clean(m.Text)
	}
	src := c.Source
	src.Name, src.Cue, src.AsWritten = utf8Clean(src.Name), utf8Clean(src.Cue), utf8Clean(src.AsWritten)
	return Record{
		ID:        utf8Clean(c.ID),
		Article:   utf8Clean(c.Article),
		Offset:    c.Span.Start,
		Line:      pos.Line,
		Col:       pos.Col,
		Text:      utf8Clean(c.Text),
		Sentence:  utf8Clean(c.Sentence),
		Value:     finite(c.Value),
		Unit:      utf8Clean(c.Unit),
		Subject:   utf8Clean(c.Subject),
		Predicate: utf8Clean(c.Predicate),
		Source:    src,
		Status:    c.Status,
		Markers:   markers,
		Kind:      c.Kind,
		Change:    c.Change,
		End:       c.Span.End,

		SentenceSpan: c.SentenceSpan,
		Qualifiers:   cleanAll(c.Qualifiers),
		Context:      cleanAll(c.Context),
	}
}

// cleanAll makes each string valid UTF-8, in a new slice; never nil, so
// that JSON prints [] rather than null.
func cleanAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = utf8Clean(s)
	}
	return out
}

// Claim turns a record read back from JSON into the claim it was made
// from, as far as compare needs it: markers keep their text, not their
// spans, and text fields are the record's (valid UTF-8).
func (r Record) Claim() extract.Claim {
	c := extract.Claim{
		ID:           r.ID,
		Article:      r.Article,
		Span:         extract.Span{Start: r.Offset, End: r.End},
		Text:         r.Text,
		Sentence:     r.Sentence,
		SentenceSpan: r.SentenceSpan,
		Value:        r.Value,
		Unit:         r.Unit,
		Kind:         r.Kind,
		Subject:      r.Subject,
		Predicate:    r.Predicate,
		Change:       r.Change,
		Source:       r.Source,
		Status:       r.Status,
		Qualifiers:   nilIfEmpty(r.Qualifiers),
		Context:      nilIfEmpty(r.Context),
		Markers:      make([]extract.Marker, len(r.Markers)), // never nil, as extract makes them
	}
	for i, m := range r.Markers {
		c.Markers[i] = extract.Marker{Text: m}
	}
	return c
}

// nilIfEmpty gives nil for an empty list: JSON prints both as [], and a
// claim without qualifiers or context has none.
func nilIfEmpty(ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	return ss
}

// utf8Clean replaces each invalid byte sequence of s with U+FFFD. Text is
// mostly valid, and utf8.ValidString reads it eight bytes at a time where
// ToValidUTF8 decodes it rune by rune: a seventh of rendering a claim.
func utf8Clean(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// finite drops bounds JSON cannot hold (NaN, ±Inf): they print as open ends.
func finite(v extract.Value) extract.Value {
	ok := func(f *float64) *float64 {
		if f == nil || math.IsNaN(*f) || math.IsInf(*f, 0) {
			return nil
		}
		return f
	}
	v.Low, v.High = ok(v.Low), ok(v.High)
	return v
}
