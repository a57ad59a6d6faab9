package extract

import (
	"path/filepath"
	"strings"

	"github.com/claims-tool/claims/extract/clean"
)

// page finds the article in a file.
//
// The file is first read as UTF-8 text (clean.Decode: UTF-16 with a BOM
// and Latin-1 looking text are decoded, with a map back to the file). A
// file named *.html or *.htm, or one that starts like an HTML document,
// is read as a web page (clean.HTML); anything else as plain text or
// Markdown (clean.Clean), cleaned in place.
//
// Positions stay offsets of the file whatever the form: a claim's Span is
// mapped through the page's Map, so for a web page it points at the figure
// in the HTML source (the start of its text, past any tags) and its line and
// column are those of the HTML file. Claim.Text, however, is read from the
// decoded text: for a web page it has entities resolved ("1,100 km²" where
// the file says "1,100 km&sup2;"), and for a UTF-16 or Windows-1252 file it
// is UTF-8, so it may differ from the file's bytes at Span.
func (x *Extractor) page(path, src string) clean.Page {
	d := clean.Decode(src)
	var p clean.Page
	if isHTMLPath(path) || clean.IsHTML(d.Text) {
		p = clean.HTML(d.Text, x.lex)
	} else {
		p = clean.Clean(d.Text, x.lex)
	}
	return d.ToFile(p)
}

// isHTMLPath reports whether a file's name says it is a web page.
func isHTMLPath(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		return true
	}
	return false
}
