package render

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/claims-tool/claims/extract"
)

// appendRecord appends r as encoding/json prints it with HTML escaping
// off (compact, no newline), without reflection: claims are printed by the
// hundred thousand. TestAppendRecord and FuzzAppendRecord hold it to
// encoding/json, field by field, so a field added to Record, Value or
// Source and not here fails them.
func appendRecord(b []byte, r *Record) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, r.ID)
	b = append(b, `,"article":`...)
	b = appendString(b, r.Article)
	b = append(b, `,"offset":`...)
	b = strconv.AppendInt(b, int64(r.Offset), 10)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(r.Line), 10)
	b = append(b, `,"col":`...)
	b = strconv.AppendInt(b, int64(r.Col), 10)
	b = append(b, `,"text":`...)
	b = appendString(b, r.Text)
	b = append(b, `,"sentence":`...)
	b = appendString(b, r.Sentence)
	b = append(b, `,"value":{"low":`...)
	b = appendFloat(b, r.Value.Low)
	b = append(b, `,"high":`...)
	b = appendFloat(b, r.Value.High)
	b = append(b, `,"approx":`...)
	b = strconv.AppendBool(b, r.Value.Approx)
	b = append(b, `,"vague":`...)
	b = strconv.AppendBool(b, r.Value.Vague)
	b = append(b, `},"unit":`...)
	b = appendString(b, r.Unit)
	b = append(b, `,"subject":`...)
	b = appendString(b, r.Subject)
	b = append(b, `,"predicate":`...)
	b = appendString(b, r.Predicate)
	b = append(b, `,"source":{"name":`...)
	b = appendString(b, r.Source.Name)
	b = append(b, `,"cue":`...)
	b = appendString(b, r.Source.Cue)
	b = append(b, `,"as_written":`...)
	b = appendString(b, r.Source.AsWritten)
	if r.Source.Span != nil {
		b = append(b, `,"span":`...)
		b = appendSpan(b, *r.Source.Span)
	}
	b = append(b, `},"status":`...)
	b = appendString(b, r.Status)
	b = append(b, `,"markers":`...)
	b = appendStrings(b, r.Markers)
	b = append(b, `,"kind":`...)
	b = appendString(b, r.Kind)
	b = append(b, `,"change":`...)
	b = appendString(b, r.Change)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(r.End), 10)
	b = append(b, `,"sentence_span":`...)
	b = appendSpan(b, r.SentenceSpan)
	b = append(b, `,"qualifiers":`...)
	b = appendStrings(b, r.Qualifiers)
	b = append(b, `,"context":`...)
	b = appendStrings(b, r.Context)
	return append(b, '}')
}

func appendSpan(b []byte, s extract.Span) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	return append(b, '}')
}

func appendStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

// appendFloat is encoding/json's float64 encoder; a nil or non-finite
// value (which finite has dropped) prints as null.
func appendFloat(b []byte, p *float64) []byte {
	if p == nil || math.IsNaN(*p) || math.IsInf(*p, 0) {
		return append(b, "null"...)
	}
	f := *p
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 to e-9, as encoding/json does
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// appendString is encoding/json's string encoder with HTML escaping off:
// quotes, backslashes and control characters escaped, invalid UTF-8 as
// U+FFFD, and U+2028 and U+2029 escaped for JavaScript.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
