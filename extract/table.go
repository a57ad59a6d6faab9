package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/claims-tool/claims/extract/clean"
	"github.com/claims-tool/claims/extract/quantity"
	"github.com/claims-tool/claims/lexicon"
)

// heading is what a table column's heading, or a row's label, says of the
// figures under or beside it: "Median rent (€/month)" counts rent, in
// euros.
type heading struct {
	subject    string // its head noun: "rent"
	unit, kind string // its unit, "" when it gives none: "EUR", "million USD"
	// scale is what a count is multiplied by: "Passengers (millions)"
	// 1e6; 1 when it gives no scale
	scale float64
	// times are the time qualifiers a column's heading gives its figures:
	// "Last year (2023)" sets them in 2023, and earlier
	times []string
}

// column is a table column: its heading, and what kind of column it is.
type column struct {
	heading
	// change is set for "Annual change": the change of the column before
	change bool
	// byRow is set for a heading that names no counted thing ("Figure",
	// "Value", "2024", "Now"): its cells count what their row's label
	// names ("| Daily transit slots | 36 | 24 |")
	byRow bool
	// source is set for a column of sources ("| Source |"): its cells
	// name the source of their row's figures
	source bool
	// date is set for a column of dates ("| Year |", "| Year built |"):
	// its figures are no claims
	date bool
}

// cell is one cell of a table row: a span of the text claims are read
// from, what it counts and in which unit, and its source.
type cell struct {
	span Span
	heading
	change bool
	source string
	srcAt  Span
	// label is set for the first cell of a row: its figures ("| 1 |
	// North |", a rank) are no claims
	label bool
	// date is set for a cell of a column of dates: its years are no claims
	date bool
	// row is the label of the cell's row when it gives the subject, folded
	row string
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
				if d := cols[j]; !d.change && !d.source && (d.subject != "" || d.byRow) {
					c.subject, c.byRow = d.subject, d.byRow
					break
				}
			}
		}
		for _, row := range tb.Rows {
			var lb heading
			src, srcAt := tb.Source, Span(tb.SourceAt)
			for i, b := range row {
				if i == 0 && len(cols) > 1 {
					lb = x.heading(page.Text[b.Start:b.End])
				}
				if i < len(cols) && cols[i].source {
					if name := sourceCell(page.Text[b.Start:b.End]); name != "" {
						src, srcAt = name, Span{b.Start, b.Start + len(name)}
					}
				}
			}
			for i, b := range row {
				if i >= len(cols) || cols[i].source {
					continue
				}
				c := cols[i]
				cl := cell{span: Span(b), heading: c.heading, change: c.change, source: src, srcAt: srcAt, label: i == 0 && len(cols) > 1, date: c.date}
				if c.byRow && i > 0 {
					cl.subject = lb.subject
					name, _ := cutHeading(page.Text[row[0].Start:row[0].End])
					cl.row = strings.ToLower(strings.Join(strings.Fields(name), " "))    // not "Water leaked, regulator"
					if (lb.unit != "" || lb.scale != 1) && !(c.change && c.unit != "") { // not "Change %"
						cl.unit, cl.kind, cl.scale = lb.unit, lb.kind, lb.scale
					}
				}
				out = append(out, cl)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].span.Start < out[j].span.Start })
	return out
}

// cutHeading splits a heading or a row label into what it names and what
// a parenthesis or a comma adds: "Median rent (€/month)", "Spending, $bn".
func cutHeading(h string) (name, rest string) {
	if i := strings.IndexAny(h, "(,"); i >= 0 {
		return h[:i], strings.Trim(h[i+1:], " )")
	}
	return h, ""
}

// heading reads a table heading or row label: the words before a
// parenthesis or a comma name what is counted, what is in them the unit
// ("Median rent (€/month)", "Spending, $bn").
func (x *Extractor) heading(text string) heading {
	name, unit := cutHeading(text)
	h := heading{subject: x.headNoun(name), scale: 1}
	if unit != "" {
		h.unit, h.kind, h.scale = x.headingUnit(unit)
	}
	return h
}

// column reads a column's heading, and says what kind of column it is.
func (x *Extractor) column(text string) *column {
	name, _ := cutHeading(text)
	words := strings.Fields(lexicon.LowerASCII(name))
	if e, n := x.lex.Match("table-source", words, 0); n > 0 && n == len(words) && len(e.Words) > 0 {
		return &column{heading: heading{scale: 1}, source: true}
	}
	c := &column{heading: x.heading(text)}
	// "Year", "Year built", "Date of theft": not "Year 2024", "Last year",
	// nor a heading with a unit ("Year to date (£m)", "Built (homes)")
	if len(words) > 0 && x.lex.HasWord("table-date", words[0]) && !slices.ContainsFunc(words, quantity.IsYear) && c.unit == "" && c.scale == 1 && !strings.Contains(text, "%") {
		c.date = true
	}
	// "Change %", "Change (%)": the last word that is a word
	last := len(words) - 1
	for last >= 0 && strings.IndexFunc(words[last], unicode.IsLetter) < 0 {
		last--
	}
	c.change = last >= 0 && x.lex.Has("table-change", words[last])
	if c.change && c.unit == "" && strings.Contains(text, "%") {
		c.unit, c.kind = "%", quantity.Percent // "Change %", "% change"
	}
	// a heading of a year ("2024", "2025 forecast") or of a bare value
	// ("Figure", "Now") names no counted thing; "Rent 2024", "Deaths in
	// 2024" do
	when := x.timeHeading(words)
	c.byRow = !c.change && (len(words) > 0 && quantity.IsYear(words[0]) || c.subject == "" || x.lex.Has("table-value", c.subject) || when)
	if when {
		// "This year (2024)", "Last year (2023)": the figures are of
		// that year; "last" and "previous" set them earlier
		for _, w := range strings.FieldsFunc(lexicon.LowerASCII(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			switch {
			case quantity.IsYear(w):
				c.times = append(c.times, "t:"+w)
			case w == "last" || w == "previous" || w == "prior":
				c.times = append(c.times, "t:earlier")
			case quarterName(w):
				// "Q3": its months, so that Q2 and Q3 are two times
				first, n := 3*int(w[1]-'1')+1, 3
				if w[0] == 'h' {
					first, n = 6*int(w[1]-'1')+1, 6
				}
				for m := first; m < first+n; m++ {
					c.times = append(c.times, "t:"+x.months[m-1])
				}
			case x.lex.Has("month", w):
				c.times = append(c.times, "t:"+w)
			}
		}
		c.times = append(c.times, x.monthRange(lexicon.LowerASCII(name))...) // "Apr-Jun"
	}
	return c
}

// timeHeading reports whether a heading only says when: "This year",
// "Last year", "Q3", "Apr-Jun", "March", "H1 2025".
func (x *Extractor) timeHeading(words []string) bool {
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		ok := quantity.IsYear(w) || x.lex.Has("period", w) || x.lex.Has("relative-time", w) || quarterName(w)
		switch w {
		case "this", "last", "next", "previous", "current", "prior":
			ok = true
		}
		if !ok {
			for _, m := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' }) {
				if ok = x.lex.Has("month", m); !ok {
					break
				}
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// monthRange returns the months of a heading that is a range of months
// ("Apr-Jun", "Jan–Mar") as time qualifiers, or nil.
func (x *Extractor) monthRange(h string) []string {
	a, b, ok := strings.Cut(strings.ReplaceAll(h, "\u2013", "-"), "-")
	if !ok {
		return nil
	}
	va, oka := x.lex.Lookup("month", strings.TrimSpace(a))
	vb, okb := x.lex.Lookup("month", strings.TrimSpace(b))
	from, _ := strconv.Atoi(va)
	to, _ := strconv.Atoi(vb)
	if !oka || !okb || from < 1 || to > 12 || from > to {
		return nil
	}
	var out []string
	for m := from; m <= to; m++ {
		out = append(out, "t:"+x.months[m-1])
	}
	return out
}

// quarterName reports whether w names a quarter or half of a year: q3, h1.
func quarterName(w string) bool {
	return len(w) == 2 && (w[0] == 'q' && w[1] >= '1' && w[1] <= '4' || w[0] == 'h' && (w[1] == '1' || w[1] == '2'))
}

// sourceCell reads the name in a cell of a source column, up to a
// parenthesis or a comma: "NightLedger (claim)".
func sourceCell(text string) string {
	name, _ := cutHeading(text)
	name = strings.TrimSpace(name)
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	// not "—", "n/a", nor a note
	if letters < 2 || strings.ContainsRune(name, '/') || len(strings.Fields(name)) > 8 {
		return ""
	}
	return name
}

// headNoun returns the head noun of a heading, folded: the last noun
// before a preposition, a relative pronoun or a verb after the noun
// ("Customers without power", "Patients whose data was taken", "Hospitals
// affected": the first word), or what a [container] noun counts ("Number
// of homes": homes); the last word read when the tagger finds no noun
// ("Confirmed dead").
func (x *Extractor) headNoun(h string) string {
	toks := words(h)
	if len(toks) == 0 {
		return ""
	}
	x.tag.TagTokens(toks)
	head, last := "", ""
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
			break
		}
		if i > 0 && (strings.HasPrefix(t.Tag, "W") || head != "" && isVerb(t.Tag)) {
			break
		}
		if isNoun(t.Tag) || isProper(t.Tag) {
			head = w
		}
		last = w
	}
	if head == "" {
		return last
	}
	return head
}

// headingUnit reads the unit of a heading, "€/month", "tonnes", "$m",
// "km/h", "%", as the scanner reads it after or around a figure ("$m" is
// "million USD", as "$3m" is), or the scale of its counts ("millions",
// "bn"); "m" alone may be metres or millions and says nothing.
func (x *Extractor) headingUnit(u string) (unit, kind string, scale float64) {
	u = strings.TrimSpace(u)
	try := func(s string) bool {
		qs := x.scan.Scan(s)
		if len(qs) != 1 || qs[0].Start != 0 || qs[0].End != len(s) || qs[0].Unit == "" || qs[0].Low == nil {
			return false
		}
		unit, kind = qs[0].Unit, qs[0].Kind
		return true
	}
	w := lexicon.LowerASCII(u)
	sv, isScale := x.lex.Lookup("suffix", w)
	if !isScale {
		sv, isScale = x.lex.Lookup("multiplier", strings.TrimSuffix(w, "s"))
	}
	if isScale {
		if try("1 " + u) {
			return "", "", 1 // "(m)": metres or millions
		}
		if f, err := strconv.ParseFloat(sv, 64); err == nil && f > 1 {
			return "", "", f
		}
	}
	perless, _, _ := strings.Cut(u, "/")
	perless, _, _ = strings.Cut(perless, " per ")
	for _, v := range []string{u, strings.TrimSpace(perless)} {
		// "km/h" whole; "€/month": the unit, not the period
		if v == "" {
			continue
		}
		if try("1 " + v) {
			return unit, kind, 1
		}
		for i := 1; i < len(v) && i <= 4; i++ {
			if try(v[:i] + "1" + v[i:]) {
				return unit, kind, 1
			}
		}
	}
	if u == "%" || strings.HasPrefix(u, "% ") {
		return "%", quantity.Percent, 1
	}
	return "", "", 1
}

// readTables gives the claims that stand in a table's cells what their
// column or row says: the head noun of the column's heading (or of the
// row's label, under a heading that names no counted thing) as subject,
// the unit given there when the cell gives none, and the source a source
// column or a line under the table names.
func (x *Extractor) readTables(a *Article, sents []*sentence, cells []cell) {
	if len(cells) == 0 {
		return
	}
	drop := map[int]bool{}
	for k := range a.Claims {
		c := &a.Claims[k]
		i := sort.Search(len(cells), func(i int) bool { return cells[i].span.End > c.at.Start })
		if i == len(cells) || cells[i].span.Start > c.at.Start || c.at.End > cells[i].span.End {
			continue
		}
		cl := cells[i]
		if cl.label {
			drop[k] = true // a rank, a row's number
			continue
		}
		if cl.date && c.Kind == quantity.Count && c.Unit == "" && len(c.Text) == 4 && isDigitsOnly(c.Text) && c.Text >= "1000" && c.Text <= "2100" {
			drop[k] = true // "| 1821 |", "| c. 1660 |" under "Year"
			continue
		}
		text := a.text[cl.span.Start:cl.span.End]
		if len(strings.Fields(text)) > 4 {
			// a cell of prose ("Police arrested 40 protesters") reads
			// as a sentence does
			continue
		}
		if cl.subject != "" {
			c.Subject = cl.subject
		}
		c.row = cl.row
		c.Qualifiers = append(c.Qualifiers, cl.times...)
		if c.Unit == "" && c.Kind == quantity.Count && cl.unit != "" {
			c.Unit, c.Kind = cl.unit, cl.kind
			// "| -22 |" under "Low (°C)": the sign a count does not take
			if sign := signBefore(a.text, c.at.Start); sign > 0 && c.Value.Low != nil && c.Value.High != nil && *c.Value.Low == *c.Value.High && *c.Value.Low > 0 {
				v := -*c.Value.Low
				c.Value.Low, c.Value.High = &v, &v
				c.at.Start -= sign
				c.Span, c.Text = a.fileSpan(c.at), a.text[c.at.Start:c.at.End]
			}
		}
		if c.Unit == "" && c.Kind == quantity.Count && cl.scale > 1 {
			c.Value.Low, c.Value.High = scaled(c.Value.Low, cl.scale), scaled(c.Value.High, cl.scale)
		}
		if cl.change && c.Change == "" {
			switch t := strings.TrimSpace(text); {
			case strings.HasPrefix(t, "-") || strings.HasPrefix(t, "\u2212") || strings.HasPrefix(t, "\u2013"):
				c.Change = "down"
			case c.Value.Low != nil && *c.Value.Low == 0 && c.Value.High != nil && *c.Value.High == 0:
				// "0%": no change
			default:
				c.Change = "up"
			}
		}
		if cl.source != "" {
			sp := a.fileSpan(cl.srcAt)
			c.Source = Source{Name: cl.source, Cue: "source:", AsWritten: cl.source, Span: &sp}
		}
	}
	dropClaims(a, sents, drop)
}

// signBefore returns the length of a minus sign right before offset at
// ("-22", "−22"), after a space or a cell's bar, or 0.
func signBefore(text string, at int) int {
	for _, m := range []string{"-", "\u2212"} {
		if s := at - len(m); s >= 0 && text[s:at] == m && (s == 0 || text[s-1] == ' ' || text[s-1] == '|') {
			return len(m)
		}
	}
	return 0
}

// scaled returns a new *v times by, or nil for an open end.
func scaled(v *float64, by float64) *float64 {
	if v == nil {
		return nil
	}
	n := *v * by
	return &n
}

// readBoxes gives the claims in a box of key figures the source its last
// line names ("Source: National Health Authority"), unless a table gave
// one; a cue on the claim's own line still wins, in attribution.
func readBoxes(a *Article, boxes []clean.Box) {
	for _, b := range boxes {
		if b.Source == "" {
			continue
		}
		sp := a.fileSpan(Span(b.SourceAt))
		for k := range a.Claims {
			c := &a.Claims[k]
			if c.Source.Name != "" {
				continue
			}
			for _, ln := range b.Lines {
				if ln.Start <= c.at.Start && c.at.End <= ln.End {
					c.Source = Source{Name: b.Source, Cue: "source:", AsWritten: b.Source, Span: &sp}
					break
				}
			}
		}
	}
}
