package extract

import (
	"sort"
	"strings"

	"github.com/claims-tool/claims/extract/clean"
	"github.com/claims-tool/claims/extract/quantity"
	"github.com/claims-tool/claims/lexicon"
)

// column is what a table column's heading says of the figures in its
// cells: "Median rent (€/month)" counts rent, in euros.
type column struct {
	subject    string // the head noun of the heading: "rent"
	unit, kind string // the heading's unit, "" when it gives none: "EUR", "million USD"
	change     bool   // "Annual change": the change of the column before
}

// cell is one cell of a table row: a span of the text claims are read
// from, its column, and the table's source.
type cell struct {
	span   Span
	col    *column
	source string
	srcAt  Span
}

// tableCells reads the page's tables into their cells, in text order.
func (x *Extractor) tableCells(page clean.Page) []cell {
	var out []cell
	for _, tb := range page.Tables {
		cols := make([]*column, len(tb.Header))
		for i, h := range tb.Header {
			cols[i] = x.column(h)
		}
		// "| Median rent | Annual change |": the change counts what the
		// nearest column before it that is no change counts
		for i, c := range cols {
			if !c.change {
				continue
			}
			for j := i - 1; j >= 1; j-- {
				if !cols[j].change && cols[j].subject != "" {
					c.subject = cols[j].subject
					break
				}
			}
		}
		for _, row := range tb.Rows {
			for i, b := range row {
				if i >= len(cols) {
					break
				}
				out = append(out, cell{span: Span(b), col: cols[i], source: tb.Source, srcAt: Span(tb.SourceAt)})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].span.Start < out[j].span.Start })
	return out
}

// column reads a table heading: the words before a parenthesis or a comma
// name what is counted, what is in them the unit ("Median rent
// (€/month)", "Spending, $bn").
func (x *Extractor) column(heading string) *column {
	c := &column{}
	name, unit := heading, ""
	if i := strings.IndexAny(heading, "(,"); i >= 0 {
		name, unit = heading[:i], strings.Trim(heading[i+1:], " )")
	}
	c.subject = x.headNoun(name)
	words := strings.Fields(lexicon.LowerASCII(name))
	if n := len(words); n > 0 && x.lex.Has("table-change", words[n-1]) {
		c.change = true
	}
	if unit != "" {
		c.unit, c.kind = x.headingUnit(unit)
	}
	return c
}

// headNoun returns the head noun of a heading, folded: the last noun
// before a preposition ("Customers without power": customers), or what
// a [container] noun counts ("Number of homes": homes); the last word
// when the tagger finds no noun.
func (x *Extractor) headNoun(h string) string {
	toks := words(h)
	if len(toks) == 0 {
		return ""
	}
	x.tag.TagTokens(toks)
	head := ""
	for i, t := range toks {
		if !isWordTok(t.Text) {
			continue
		}
		w := lexicon.Norm(t.Text)
		if i > 0 && (t.Tag == "IN" || t.Tag == "TO") {
			if head != "" && w == "of" && x.lex.In(head)&x.is.container != 0 {
				head = "" // "Number of homes"
				continue
			}
			if head != "" {
				break
			}
		}
		if isNoun(t.Tag) || isProper(t.Tag) || head == "" {
			head = w
		}
	}
	return head
}

// headingUnit reads the unit of a heading, "€/month", "tonnes", "$m",
// "%", as the scanner reads it after or around a figure: "$m" is "million
// USD", as "$3m" is.
func (x *Extractor) headingUnit(u string) (unit, kind string) {
	if i := strings.IndexByte(u, '/'); i >= 0 {
		u = u[:i] // "€/month": the unit, not the period
	}
	if i := strings.Index(u, " per "); i >= 0 {
		u = u[:i]
	}
	u = strings.TrimSpace(u)
	if u == "" {
		return "", ""
	}
	try := func(s string) bool {
		qs := x.scan.Scan(s)
		if len(qs) != 1 || qs[0].Start != 0 || qs[0].End != len(s) || qs[0].Unit == "" || qs[0].Low == nil {
			return false
		}
		unit, kind = qs[0].Unit, qs[0].Kind
		return true
	}
	// "tonnes": after the figure; "€", "$m": the figure inside it
	if try("1 " + u) {
		return unit, kind
	}
	for i := 1; i < len(u) && i <= 4; i++ {
		if try(u[:i] + "1" + u[i:]) {
			return unit, kind
		}
	}
	if u == "%" || strings.HasPrefix(u, "% ") {
		return "%", quantity.Percent
	}
	return "", ""
}

// readTables gives the claims that stand in a table's cells what their
// column says: the heading's head noun as subject, its unit when the cell
// gives none, and the table's source when a line under it names one.
func (x *Extractor) readTables(a *Article, cells []cell) {
	if len(cells) == 0 {
		return
	}
	for k := range a.Claims {
		c := &a.Claims[k]
		i := sort.Search(len(cells), func(i int) bool { return cells[i].span.End > c.at.Start })
		if i == len(cells) || cells[i].span.Start > c.at.Start || c.at.End > cells[i].span.End {
			continue
		}
		cl := cells[i]
		if cl.col.subject != "" {
			c.Subject = cl.col.subject
		}
		if c.Unit == "" && c.Kind == quantity.Count && cl.col.unit != "" {
			c.Unit, c.Kind = cl.col.unit, cl.col.kind
		}
		if cl.col.change && c.Change == "" {
			c.Change = "up"
			if t := strings.TrimSpace(a.text[cl.span.Start:cl.span.End]); strings.HasPrefix(t, "-") || strings.HasPrefix(t, "\u2212") {
				c.Change = "down"
			}
		}
		if cl.source != "" {
			sp := a.fileSpan(cl.srcAt)
			c.Source = Source{Name: cl.source, Cue: "source:", AsWritten: cl.source, Span: &sp}
		}
	}
}
