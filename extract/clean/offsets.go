package clean

import "sort"

// OffsetMap maps offsets of a decoded text (HTML with its tags and entities
// resolved, UTF-16 turned into UTF-8) back to offsets in the file it was
// decoded from. It is built while decoding, piece by piece; nothing is ever
// found again by searching.
type OffsetMap struct {
	pieces []piece // in text order
}

// piece says that text[text:text+n] came from file[file:file+fileLen]. When
// n == fileLen the bytes correspond one to one; otherwise (an entity, a
// UTF-16 unit) every offset inside maps to the piece's start.
type piece struct {
	text, n, file, fileLen int
}

// Add records that the next n bytes of text came from fileLen bytes of the
// file starting at file. Pieces must be added in text order.
func (m *OffsetMap) Add(text, n, file, fileLen int) {
	if n <= 0 {
		return
	}
	if k := len(m.pieces); k > 0 {
		p := &m.pieces[k-1]
		// merge runs copied one to one
		if p.n == p.fileLen && n == fileLen && p.text+p.n == text && p.file+p.fileLen == file {
			p.n += n
			p.fileLen += fileLen
			return
		}
	}
	m.pieces = append(m.pieces, piece{text: text, n: n, file: file, fileLen: fileLen})
}

// File returns the file offset of text offset off. An offset at the end of
// a piece maps to the end of its bytes in the file, so that a half-open span
// [start, end) of the text maps to the half-open span of the file it covers.
func (m *OffsetMap) File(off int) int {
	if m == nil || len(m.pieces) == 0 {
		return off
	}
	i := sort.Search(len(m.pieces), func(i int) bool { return m.pieces[i].text+m.pieces[i].n >= off })
	if i == len(m.pieces) {
		p := m.pieces[len(m.pieces)-1]
		return p.file + p.fileLen
	}
	p := m.pieces[i]
	d := off - p.text
	switch {
	case d <= 0:
		return p.file
	case d >= p.n:
		return p.file + p.fileLen
	case p.n == p.fileLen:
		return p.file + d
	}
	return p.file
}
