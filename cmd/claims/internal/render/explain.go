package render

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claims-tool/claims/compare"
	"github.com/claims-tool/claims/extract"
	"github.com/mattn/go-runewidth"
	"github.com/olekukonko/tablewriter"
)

// Explanation is one claim with what is needed to show it in its article
// and in its fact.
type Explanation struct {
	// Claim is the claim as the report has it (source name canonical).
	Claim *extract.Claim
	// Text is the bytes of the claim's article file, as read.
	Text string
	// Report is the comparison the claim took part in; Positions gives the
	// position of each of its claims.
	Report    *compare.Report
	Positions Positions
}

// excerptWidth is the most display columns of an article line shown at
// once; longer lines are cut around the spans, with "…" where they are.
const excerptWidth = 100

// Explain prints one claim for a reader: where it is (path:line:col), the
// article's lines that hold it, numbered, with ^^^ under the quantity and
// --- under the source mention and the status markers (the layout of
// BurntSushi/toml's error context), the claim's fields, and the fact it
// fell into with every article's figure and the verdict. Offsets are bytes;
// the underlines are placed by the display width of the text before them,
// so they line up under UTF-8 text, wide characters and tabs alike.
func Explain(w io.Writer, e Explanation, opt Options) error {
	ew := &errWriter{w: w}
	c := e.Claim
	loc := Location(c.Article, e.Positions[c.ID])
	ew.printf("%s: %s\n\n", loc, Terminal(headline(c)))
	src := newSource(e.Text)
	last := 0
	for _, ex := range src.excerpts(spans(c)) {
		if last > 0 && ex.line > last+1 {
			ew.printf("%7s |\n", "...")
		}
		last = ex.line
		ew.printf("%7d | %s\n", ex.line, ex.text)
		for _, m := range ex.marks {
			mark := strings.Repeat(string(m.glyph), m.width)
			ew.printf("%7s | %s%s %s\n", "", strings.Repeat(" ", m.col), paint(opt.Color, m.colour, mark), Terminal(m.label))
		}
	}
	ew.printf("\n")
	field := func(name, value string) {
		if value == "" {
			value = "-"
		}
		ew.printf("  %-10s %s\n", name, Terminal(value))
	}
	field("id", c.ID)
	field("figure", c.Text)
	field("value", Value(c.Value))
	field("unit", c.Unit)
	field("kind", c.Kind)
	field("change", c.Change)
	field("subject", c.Subject)
	field("predicate", c.Predicate)
	field("source", sourceField(c))
	field("status", status(c))
	field("sentence", c.Sentence)
	if ew.err != nil {
		return ew.err
	}
	g, ok := groupOf(e.Report, c.ID)
	if !ok {
		ew.printf("\nIn no fact of the report.\n")
		return ew.err
	}
	ew.printf("\n%s\n%s\n", paint(opt.Color, verdictColour(g), Terminal(heading(g))), Terminal(support(g)))
	byID := claimsByID(e.Report)
	outlet := outlets(e.Report)
	tb := tablewriter.NewWriter(ew)
	tb.Header("", "location", "outlet", "figure", "value", "source", "status")
	for _, id := range g.Claims {
		m := byID[id]
		if m == nil {
			continue
		}
		this := ""
		if id == c.ID {
			this = "*"
		}
		row := cells(this, Location(m.Article, e.Positions[id]), outlet[m.Article], m.Text, Value(m.Value), sourceName(m), status(m))
		row[len(row)-1] = paint(opt.Color, statusColour(m), row[len(row)-1])
		if err := tb.Append(row); err != nil {
			return err
		}
	}
	if err := tb.Render(); err != nil {
		return err
	}
	ew.printf("%s\n", verdictNote(g))
	return ew.err
}

// headline sums a claim up in one line: `"139" drones (sent), from
// Ukrainian officials, reported`.
func headline(c *extract.Claim) string {
	s := strconv.QuoteToGraphic(c.Text)
	if c.Subject != "" {
		s += " " + c.Subject
	}
	if c.Predicate != "" {
		s += " (" + c.Predicate + ")"
	}
	if c.Source.Name != "" {
		s += ", from " + c.Source.Name
	} else {
		s += ", in the article's own voice"
	}
	return s + ", " + c.Status
}

// sourceField is the source with its cue and the words the article uses.
func sourceField(c *extract.Claim) string {
	if c.Source.Name == "" {
		return "- (the article's own voice)"
	}
	var more []string
	if c.Source.Cue != "" {
		more = append(more, fmt.Sprintf("cue %q", c.Source.Cue))
	}
	if c.Source.AsWritten != "" && c.Source.AsWritten != c.Source.Name {
		more = append(more, fmt.Sprintf("written %q", c.Source.AsWritten))
	}
	if len(more) == 0 {
		return c.Source.Name
	}
	return c.Source.Name + " (" + strings.Join(more, ", ") + ")"
}

// verdictNote says in words what the verdict means for this fact.
func verdictNote(g compare.Group) string {
	var s string
	switch g.Verdict {
	case compare.Discrepancy:
		s = "Verdict: discrepancy: the figures for this fact differ."
	case compare.Agree:
		s = "Verdict: agree: the figures for this fact are compatible."
	default:
		s = "Verdict: single: no other claim reports this fact."
	}
	if g.Unverified {
		s += " Unverified: an article flags a claim of it (unverified, denied or disputed)."
	}
	return s
}

func groupOf(r *compare.Report, id string) (compare.Group, bool) {
	for _, g := range r.Groups {
		if slices.Contains(g.Claims, id) {
			return g, true
		}
	}
	return compare.Group{}, false
}

// span is a range of the article to underline, with its label.
type span struct {
	start, end int
	glyph      rune
	colour     string
	label      string
}

// spans are the quantity, the source mention and the markers of c, in
// order of their offsets, the quantity first among equals.
func spans(c *extract.Claim) []span {
	out := []span{{c.Span.Start, c.Span.End, '^', sgrRed, "quantity"}}
	if s := c.Source.Span; s != nil && s.End > s.Start {
		out = append(out, span{s.Start, s.End, '-', sgrBold, "source: " + c.Source.Name})
	}
	for _, m := range c.Markers {
		if m.Span.End > m.Span.Start {
			out = append(out, span{m.Span.Start, m.Span.End, '-', statusColour(c), "marker: " + c.Status})
		}
	}
	slices.SortStableFunc(out, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	return out
}

// source is an article's text with its line starts.
type source struct {
	text   string
	starts []int
}

func newSource(text string) source {
	s := source{text: text, starts: []int{0}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			s.starts = append(s.starts, i+1)
		}
	}
	return s
}

// line returns the 0-based line holding off and its byte range, without
// the line break.
func (s source) line(off int) (n, start, end int) {
	n, _ = slices.BinarySearch(s.starts, off+1)
	n--
	start = s.starts[n]
	end = len(s.text)
	if n+1 < len(s.starts) {
		end = s.starts[n+1] - 1
	}
	if end > start && s.text[end-1] == '\r' {
		end--
	}
	return n, start, end
}

// excerpt is a piece of one line as printed, with its underlines.
type excerpt struct {
	line  int // 1-based
	text  string
	marks []mark
}

// mark is an underline: col and width in display columns of the excerpt.
type mark struct {
	col, width int
	glyph      rune
	colour     string
	label      string
}

// excerpts cuts the lines that hold spans into pieces at most
// excerptWidth columns wide, each with the underlines of its spans. A line
// whose spans do not fit in one piece is shown once for each group of
// spans that does.
func (s source) excerpts(sp []span) []excerpt {
	var out []excerpt
	for i := 0; i < len(sp); {
		if sp[i].start < 0 || sp[i].start > len(s.text) {
			i++ // not in this text: nothing to show
			continue
		}
		n, ls, le := s.line(sp[i].start)
		// the spans of this line that fit in one piece with sp[i]
		j := i + 1
		lo, hi := sp[i].start, min(max(sp[i].end, sp[i].start), le)
		for j < len(sp) && sp[j].start >= ls && sp[j].start <= le {
			nhi := max(hi, min(sp[j].end, le))
			if width(s.text[lo:nhi]) > excerptWidth {
				break
			}
			hi = nhi
			j++
		}
		out = append(out, s.piece(n, ls, le, lo, hi, sp[i:j]))
		i = j
	}
	return out
}

// piece shows [lo, hi) of line n (bytes ls..le of the text) with as much
// of the line around it as fits, and the underlines of sp.
func (s source) piece(n, ls, le, lo, hi int, sp []span) excerpt {
	from, to := ls, le
	if width(s.text[ls:le]) > excerptWidth {
		room := max(excerptWidth-width(s.text[lo:hi]), 0)
		from = back(s.text, ls, lo, room/2)
		to = ahead(s.text, hi, le, room-width(s.text[from:lo]))
		from = back(s.text, ls, from, excerptWidth-width(s.text[from:to]))
		// cut between words when a space is near
		if k := strings.IndexByte(s.text[from:lo], ' '); from > ls && k >= 0 && k < 20 {
			from += k + 1
		}
		if k := strings.LastIndexByte(s.text[hi:to], ' '); to < le && k >= 0 && to-(hi+k) < 20 {
			to = hi + k
		}
	}
	var b strings.Builder
	shift := 0
	if from > ls {
		b.WriteString("…")
		shift = 1
	}
	b.WriteString(display(s.text[from:to]))
	if to < le {
		b.WriteString("…")
	}
	ex := excerpt{line: n + 1, text: b.String()}
	for _, p := range sp {
		start := min(max(p.start, from), to)
		end := min(max(p.end, start), to)
		w := max(width(s.text[start:end]), 1)
		ex.marks = append(ex.marks, mark{col: shift + width(s.text[from:start]), width: w, glyph: p.glyph, colour: p.colour, label: p.label})
	}
	return ex
}

// back returns the offset at most cols display columns before off, not
// before min, on a rune boundary.
func back(text string, min, off, cols int) int {
	for off > min && cols > 0 {
		r, n := utf8.DecodeLastRuneInString(text[min:off])
		cols -= runeWidth(r)
		if cols < 0 {
			break
		}
		off -= n
	}
	return off
}

// ahead returns the offset at most cols display columns after off, not
// after max, on a rune boundary.
func ahead(text string, off, max, cols int) int {
	for off < max && cols > 0 {
		r, n := utf8.DecodeRuneInString(text[off:max])
		cols -= runeWidth(r)
		if cols < 0 {
			break
		}
		off += n
	}
	return off
}

// display is article text as an excerpt shows it: safe for a terminal,
// a tab as one space (Terminal's rule, so that widths stay the same).
func display(s string) string { return Terminal(s) }

// width is the display width of s as display prints it, in terminal
// columns: wide East Asian characters take two, combining marks none.
// It does not depend on the locale, so output is the same everywhere.
func width(s string) int {
	c := runewidth.Condition{StrictEmojiNeutral: true}
	return c.StringWidth(display(s))
}

func runeWidth(r rune) int {
	c := runewidth.Condition{StrictEmojiNeutral: true}
	if r == '\t' {
		return 1
	}
	return c.RuneWidth(r)
}
