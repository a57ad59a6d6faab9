package clean

import (
	"sort"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Encodings Decode reads.
const (
	UTF8        = "UTF-8"
	UTF16LE     = "UTF-16LE"
	UTF16BE     = "UTF-16BE"
	Windows1252 = "Windows-1252"
)

// Decoded is a file turned into UTF-8 text.
type Decoded struct {
	// Text is the file as UTF-8. It is the file itself when Map is nil.
	Text string
	// Map turns offsets of Text into offsets of the file; nil when Text
	// is the file.
	Map *OffsetMap
	// Encoding is the encoding the file was read as.
	Encoding string
	// Problems carry offsets of the file.
	Problems []Problem
}

// Decode reads a file as UTF-8 text:
//
//   - UTF-16 with a byte order mark is decoded; each character maps to the
//     code units it came from (the BOM maps to nothing);
//   - text that is not valid UTF-8 but looks like Latin-1 or Windows-1252
//     (no NUL bytes, and most bytes above 0x7F stand alone between ASCII
//     bytes, as accented letters and curly quotes do) is decoded as
//     Windows-1252, a superset of Latin-1's printable characters, with a
//     Problem at the first byte that is not UTF-8;
//   - anything else (UTF-8, with or without a BOM, and UTF-8 with a few
//     bad bytes) is returned as it is, with no Map: the bad bytes stay in
//     the text and renderers show them as U+FFFD.
func Decode(src string) Decoded {
	switch {
	case len(src) >= 2 && src[0] == 0xFF && src[1] == 0xFE:
		return decodeUTF16(src, false)
	case len(src) >= 2 && src[0] == 0xFE && src[1] == 0xFF:
		return decodeUTF16(src, true)
	}
	if utf8.ValidString(src) {
		return Decoded{Text: src, Encoding: UTF8}
	}
	if bad, ok := looksWindows1252(src); ok {
		d := decode1252(src)
		d.Problems = append(d.Problems, Problem{Offset: bad, Msg: "not UTF-8; read as Windows-1252"})
		return d
	}
	return Decoded{Text: src, Encoding: UTF8}
}

// decodeUTF16 decodes UTF-16 after its two-byte BOM.
func decodeUTF16(src string, bigEndian bool) Decoded {
	d := Decoded{Encoding: UTF16LE, Map: &OffsetMap{}}
	if bigEndian {
		d.Encoding = UTF16BE
	}
	unit := func(i int) rune {
		if bigEndian {
			return rune(src[i])<<8 | rune(src[i+1])
		}
		return rune(src[i+1])<<8 | rune(src[i])
	}
	buf := make([]byte, 0, len(src)/2+8)
	i := 2
	for i+1 < len(src) {
		r, n := unit(i), 2
		if utf16.IsSurrogate(r) {
			r = utf8.RuneError
			if r1 := unit(i); r1 < 0xDC00 && i+3 < len(src) {
				if r2 := unit(i + 2); r2 >= 0xDC00 && r2 <= 0xDFFF {
					r, n = utf16.DecodeRune(r1, r2), 4
				}
			}
		}
		at := len(buf)
		buf = utf8.AppendRune(buf, r)
		d.Map.Add(at, len(buf)-at, i, n)
		i += n
	}
	if i < len(src) {
		d.Problems = append(d.Problems, Problem{Offset: i, Msg: "UTF-16 text ends with half a character"})
		at := len(buf)
		buf = utf8.AppendRune(buf, utf8.RuneError)
		d.Map.Add(at, len(buf)-at, i, 1)
	}
	d.Text = string(buf)
	return d
}

// looksWindows1252 reports whether src, which is not valid UTF-8, reads
// as a single-byte Western encoding, and where its first byte that is not
// UTF-8 is.
func looksWindows1252(src string) (firstBad int, ok bool) {
	firstBad = -1
	high, alone, bad, multi := 0, 0, 0, 0
	for i := 0; i < len(src); {
		c := src[i]
		if c == 0 {
			return firstBad, false // UTF-16 without a BOM, or binary
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && n == 1 {
			if firstBad < 0 {
				firstBad = i
			}
			bad++
		} else {
			multi++
		}
		for k := i; k < i+n; k++ {
			high++
			if (k == 0 || src[k-1] < utf8.RuneSelf) && (k+1 == len(src) || src[k+1] < utf8.RuneSelf) {
				alone++
			}
		}
		i += n
	}
	// UTF-8 text with a few bad bytes has more good sequences than bad
	// bytes, and its high bytes come in runs.
	return firstBad, bad > 0 && bad > multi && 2*alone >= high
}

// decode1252 decodes every byte as Windows-1252 (bytes it leaves undefined
// become the C1 control of the same value, as in the WHATWG encoding).
func decode1252(src string) Decoded {
	d := Decoded{Encoding: Windows1252, Map: &OffsetMap{}}
	buf := make([]byte, 0, len(src)+len(src)/8)
	for i := 0; i < len(src); i++ {
		c := src[i]
		at := len(buf)
		if c < utf8.RuneSelf {
			buf = append(buf, c)
		} else {
			buf = utf8.AppendRune(buf, charmap.Windows1252.DecodeByte(c))
		}
		d.Map.Add(at, len(buf)-at, i, 1)
	}
	d.Text = string(buf)
	return d
}

// ToFile turns a page cleaned from d.Text into a page of the file: its Map
// then leads to the file's offsets, and its problems carry file offsets
// after d's own.
func (d Decoded) ToFile(p Page) Page {
	probs := append([]Problem(nil), d.Problems...)
	for _, pr := range p.Problems {
		if d.Map != nil && pr.Offset >= 0 {
			pr.Offset = d.Map.File(pr.Offset)
		}
		probs = append(probs, pr)
	}
	p.Problems = probs
	if d.Map != nil {
		p.Map = compose(p.Map, d.Map)
	}
	return p
}

// compose returns the map of text -> file for inner (text -> mid) and
// outer (mid -> file). A nil inner is the identity. Both must cover their
// texts with pieces that follow each other in the file, as the maps built
// in this package do; so does the result.
func compose(inner, outer *OffsetMap) *OffsetMap {
	if inner == nil {
		return outer
	}
	if outer == nil {
		return inner
	}
	out := &OffsetMap{}
	op := outer.pieces
	for _, p := range inner.pieces {
		if ratio(p.n, p.fileLen) != 1 {
			a, b := outer.File(p.file), outer.File(p.file+p.fileLen)
			out.Add(p.text, p.n, a, b-a)
			continue
		}
		// a run copied byte for byte: split it where outer's pieces change
		lo, hi := p.file, p.file+p.fileLen
		k := sort.Search(len(op), func(i int) bool { return op[i].text+op[i].n > lo })
		for x := lo; x < hi; {
			if k >= len(op) { // past outer's text: cannot happen with whole maps
				a := outer.File(x)
				out.Add(p.text+x-lo, hi-x, a, 0)
				break
			}
			q := op[k]
			y := min(hi, q.text+q.n)
			if x < q.text { // a gap in outer
				y = min(hi, q.text)
				a := outer.File(x)
				out.Add(p.text+x-lo, y-x, a, outer.File(y)-a)
				x = y
				continue
			}
			if r := ratio(q.n, q.fileLen); r > 0 {
				// a steady run: copied bytes, or ASCII from UTF-16
				out.Add(p.text+x-lo, y-x, q.file+(x-q.text)*r, (y-x)*r)
			} else {
				// (part of) a decoded character: it begins where its
				// bytes begin and ends where they end, as File has it
				b := q.file
				if y == q.text+q.n {
					b += q.fileLen
				}
				out.Add(p.text+x-lo, y-x, q.file, b-q.file)
			}
			x = y
			k++
		}
	}
	return out
}
