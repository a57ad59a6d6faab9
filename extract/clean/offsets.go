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
// fileLen is a whole multiple of n, every text byte stands for that many
// file bytes (one to one for copied text, two for ASCII decoded from
// UTF-16); otherwise (an entity, a multi-byte character) every offset inside
// maps to the piece's start.
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
		// merge runs of the same steady ratio: copied text, UTF-16 ASCII
		if r := ratio(p.n, p.fileLen); r > 0 && r == ratio(n, fileLen) && p.text+p.n == text && p.file+p.fileLen == file {
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
	case ratio(p.n, p.fileLen) > 0:
		return p.file + d*ratio(p.n, p.fileLen)
	}
	return p.file
}

// ratio is how many file bytes each text byte of a piece stands for, or 0
// when the piece is not a steady run.
func ratio(n, fileLen int) int {
	if n > 0 && fileLen%n == 0 && fileLen/n <= 4 {
		if n == 1 && fileLen > 2 {
			return 0 // an entity or a multi-byte unit, not a run
		}
		return fileLen / n
	}
	return 0
}
