package render

import (
	"io"
	"strings"

	"github.com/claims-tool/claims/compare"
)

// md makes text from an article safe inside a Markdown table cell: terminal
// rules first (no control characters, no line breaks), then the characters
// Markdown would read as markup are backslash-escaped.
func md(s string) string {
	s = Terminal(s)
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>|#!~&", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// reportMarkdown prints the report for a newsroom document or a pull
// request comment: the summary, then a section and a table per fact, then
// the single-source facts in one table.
func reportMarkdown(w io.Writer, r *compare.Report, pos Positions) error {
	ew := &errWriter{w: w}
	byID := claimsByID(r)
	outlet := outlets(r)
	ew.printf("# Claims report\n\n%s\n", md(summaryLine(r.Summary)))
	row := func(cells ...string) {
		ew.printf("|")
		for _, c := range cells {
			ew.printf(" %s |", c)
		}
		ew.printf("\n")
	}
	for _, b := range blocks(r) {
		sing := singles(b)
		if sing {
			ew.printf("\n## %s\n\n", md(singlesHeading(b)))
			row("Location", "Outlet", "Figure", "Value", "Subject", "Source", "Status")
			row("---", "---", "---", "---", "---", "---", "---")
		} else {
			ew.printf("\n## %s\n\n%s\n\n", md(heading(b[0])), md(support(b[0])))
			row("Location", "Outlet", "Figure", "Value", "Source", "Status")
			row("---", "---", "---", "---", "---", "---")
		}
		for _, g := range b {
			for _, id := range g.Claims {
				c := byID[id]
				if c == nil {
					continue
				}
				cells := []string{md(Location(c.Article, pos[id])), md(outlet[c.Article]), md(c.Text), md(Value(c.Value))}
				if sing {
					cells = append(cells, md(c.Subject))
				}
				row(append(cells, md(sourceName(c)), md(status(c)))...)
			}
		}
	}
	return ew.err
}
