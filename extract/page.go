package extract

import (
	"github.com/claims-tool/claims/extract/clean"
)

// page finds the article in a file: plain text and Markdown are cleaned in
// place (offsets unchanged); other forms are decoded with a map back to the
// file's offsets.
func (x *Extractor) page(path, text string) clean.Page {
	return clean.Clean(text, x.lex)
}
