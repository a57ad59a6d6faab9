package render

import (
	"math"
	"strings"

	"github.com/claims-tool/claims/extract"
)

// Record is a claim as JSON and JSON Lines print it: the output contract's
// fields in the contract's order, then kind, change and end (the end of the
// quantity's span, a byte offset).
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
	}
}

func utf8Clean(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

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
