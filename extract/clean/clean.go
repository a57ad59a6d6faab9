// Package clean finds the article in a saved page.
//
// Clean takes the text of a file exactly as it was saved (plain text,
// Markdown with YAML or TOML front matter, or scraped page text with menus,
// captions, related headlines and appended stories) and returns a Page whose
// Text has the same length as the input: every byte that is not article
// body is replaced by a space (newlines are kept), so an offset into Text is
// an offset into the file. Nothing is ever searched for again.
//
// What counts as page furniture is decided by general rules (a line that does
// not end like a sentence is a heading, a menu item or a caption; a short line
// such as "Read more" after the article has begun ends it) and by the phrases
// of the lexicon's [furniture], [tail], [credit] and [bio] lists.
package clean

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/claims-tool/claims/extract/quantity"
	"github.com/claims-tool/claims/lexicon"
	"go.yaml.in/yaml/v3"
)

// Meta is what the page says about itself.
type Meta struct {
	Title  string
	Date   string
	Outlet string
	URL    string
}

// Block is a paragraph of article text: a half-open byte span of the file.
type Block struct {
	Start, End int
}

// Box is a box or list of key figures under a heading ("Key figures",
// "In numbers") whose last line names its source.
type Box struct {
	// Lines are the box's body lines.
	Lines []Block
	// Source is the name the source line gives, up to its first comma,
	// or "" when no such line follows; SourceAt is where it is.
	Source   string
	SourceAt Block
}

// Page is the cleaned file.
type Page struct {
	// Text is the file with everything that is not article text blanked.
	// When Map is set, Text was decoded (HTML, UTF-16) and is not the file's
	// bytes: Map turns its offsets into offsets of the file.
	Text string
	Map  *OffsetMap
	// Blocks are the article's paragraphs in order.
	Blocks []Block
	// Tables are the article's Markdown tables; each row is a block.
	Tables []Table
	// Boxes are the article's boxes of key figures, in text order, with
	// the source they name on a line of their own ("Source: National
	// Health Authority"), if any.
	Boxes []Box
	Meta  Meta
	// Problems are things wrong with the file that did not stop the
	// cleaning, such as front matter that does not parse. Each carries the
	// byte offset it applies to.
	Problems []Problem
}

// Problem is a defect of the input found while cleaning.
type Problem struct {
	Offset int
	Msg    string
}

// Clean finds the article body of src.
func Clean(src string, lex *lexicon.Lexicon) Page {
	buf := []byte(src)
	var page Page
	body := 0
	if strings.HasPrefix(src, "\ufeff") {
		blank(buf, 0, 3)
		body = 3
	}
	body = frontMatter(src, buf, body, &page)
	frames := maskMarkup(buf, body)
	masked := string(buf) // read until the furniture is blanked
	lines := splitLines(masked, body)
	lines = joinWrapped(masked, src, lines)
	kinds := make([]lineKind, len(lines))
	started := false
	ended := false
	var lw lineWords
	points := false    // in a list under a "Key points" heading
	keyPoints := false // that heading names points ("Key points", not "At a glance")
	roles := tableRoles(masked, lines, lex, &lw)
	kindOf := func(i int) lineKind {
		ln := lines[i]
		t := masked[ln.Start:ln.End]
		if roles != nil && roles[i] != notTable {
			if roles[i] == tableRow {
				return lineBody
			}
			return lineFurniture
		}
		k := classify(t, lex, started, &lw)
		if k == lineFurniture && started && introduces(t) && sentenceBefore(t) && i+1 < len(lines) {
			// "Prisons held 23,400 inmates, the ministry says. These are
			// the five most crowded:" over a table or a list
			if next := src[lineStart(src, lines[i+1].Start):lines[i+1].End]; pipeLine(next) || ListItem(next) {
				return lineBody
			}
		}
		if k != lineFurniture || !started && !points {
			return k
		}
		if item := ListItem(src[lineStart(src, ln.Start):ln.End]); item && (factLine(t) || sourcedItem(t, lex) || points && (started && len(lw.of(t)) >= 3 || keyPoints && len(lw.of(t)) >= 6)) || !item && points && factLine(t) {
			// "- Revenue: €8.4bn (Q3 2024: €8.94bn)": a list of the
			// article's figures, no sentences; "Key points: - Two people
			// have died": the article's points, once it has begun, or
			// before it when they read as sentences ("* Officials say 17
			// people are confirmed dead", a live page's summary);
			// under an "In numbers" heading the figure lines need no
			// bullet ("4,812 — sea arrivals in October")
			k = lineBody
		}
		return k
	}
	ad := false         // the line before was an "Advertisement" line
	var inPoints []bool // the line is read under a "Key figures" heading
	frame := 0          // the next box drawn in plain text
	headed := -1        // the box whose heading was read
	figures := false    // that box holds key figures
	for i := 0; i < len(lines); i++ {
		// a box drawn in plain text is a box of key figures, whatever
		// its heading ("BIRD FLU IN LOWER VARNIA")
		for frame < len(frames) && frames[frame].End <= lines[i].Start {
			frame++
		}
		if frame < len(frames) && frames[frame].Start <= lines[i].Start && started {
			if headed != frame {
				// its first line is its heading: not an advertisement's
				headed = frame
				words := lw.of(masked[lines[i].Start:lines[i].End])
				_, na := lex.Match("advert", words, 0)
				_, nf := lex.Match("furniture", words, 0)
				_, nt := lex.Match("tail", words, 0)
				figures = na == 0 && nf == 0 && nt == 0
			}
			points = points || figures
		}
		wasPoints := points
		kinds[i] = kindOf(i)
		ln := src[lineStart(src, lines[i].Start):lines[i].End]
		t := masked[lines[i].Start:lines[i].End]
		if ad && strings.Count(masked[lines[i-1].End:lines[i].Start], "\n") == 1 {
			// the advertisement is the one line right under it, unless
			// that line reads like the article's ("..., police said":
			// paragraphs parted by one line end, the ad left out)
			words := lw.of(t)
			if len(words) <= 25 && !slices.ContainsFunc(words, func(w string) bool { return lex.HasWord("saying", w) }) {
				kinds[i] = lineFurniture
			}
		}
		ad = false
		if len(t) <= 40 {
			words := lw.of(t)
			e, n := lex.Match("advert", words, 0)
			if n > 0 && n == len(words) && len(e.Words) > 0 {
				kinds[i], ad = lineFurniture, true
			}
		}
		// a line of the box that is no figure ("Tanker: Aurelia Dawn")
		// does not close it; a blank line does
		inBox := points && i > 0 && (kinds[i] == lineBody && factLine(t) ||
			kinds[i] == lineFurniture && strings.Count(masked[lines[i-1].End:lines[i].Start], "\n") == 1)
		if wasPoints && (ListItem(ln) || inBox) {
			if inPoints == nil {
				inPoints = make([]bool, len(lines))
			}
			inPoints[i] = true
		}
		if !ListItem(ln) && !inBox {
			points = kinds[i] == lineBody && introduces(t)
			if !points && len(t) <= 100 { // short, so most lines are never split again
				words := lw.of(t)
				points = summaryHeading(words, lex)
				keyPoints = points && slices.Contains(words, "points")
			}
		}
		if kinds[i] == lineBody && !(wasPoints && !started && ListItem(ln)) {
			// (a live page's key points before its first entry do not
			// begin the article: a "Read more" under them is no end)
			started = true
		}
		if kinds[i] != lineTail {
			continue
		}
		points = false
		// the lines up to the next tail: a box inside the article, or
		// what follows its end
		j := i + 1
		for ; j < len(lines); j++ {
			if kinds[j] = kindOf(j); kinds[j] == lineTail {
				break
			}
		}
		if insideBox(masked, lines, kinds, i, j) {
			kinds[i] = lineFurniture
			i = j - 1
			continue
		}
		for k := i + 1; k < len(lines); k++ {
			kinds[k] = lineFurniture
		}
		ended = true
		break
	}
	if ended {
		dropTeaser(masked, lines, kinds)
	}
	if roles != nil {
		page.Tables = tables(masked, lines, roles, kinds, lex, &lw)
	}
	if inPoints != nil {
		page.Boxes = boxes(masked, lines, kinds, inPoints, lex, &lw)
	}
	for i, ln := range lines {
		if kinds[i] == lineBody {
			page.Blocks = append(page.Blocks, Block(ln))
		} else {
			blank(buf, ln.Start, ln.End)
		}
	}
	// a last "[outlet](url)" line names the outlet
	if page.Meta.Outlet == "" || page.Meta.URL == "" {
		if o, u := trailingLink(src); o != "" {
			if page.Meta.Outlet == "" {
				page.Meta.Outlet = o
			}
			if page.Meta.URL == "" {
				page.Meta.URL = u
			}
		}
	}
	page.Text = string(buf)
	return page
}

// summaryHeading reports whether a line's words head a box of key
// figures or points: "Key figures", or a short heading that ends so:
// "Mission facts", "The quake in numbers", "The Calista Venture in
// numbers".
func summaryHeading(words []string, lex *lexicon.Lexicon) bool {
	_, n := lex.Match("summary", words, 0)
	if n == 0 && len(words) <= 6 {
		_, n = lex.MatchEnd("summary", words, len(words))
	}
	return n > 0 && len(words) <= 8
}

// blank replaces buf[start:end] by spaces, keeping line ends.
func blank(buf []byte, start, end int) {
	for i := start; i < end && i < len(buf); i++ {
		if buf[i] != '\n' && buf[i] != '\r' {
			buf[i] = ' '
		}
	}
}

// frontMatter reads and blanks YAML (---) or TOML (+++) front matter that
// starts at offset at. It returns where the body begins.
func frontMatter(src string, buf []byte, at int, page *Page) int {
	rest := src[at:]
	var fence string
	switch {
	case strings.HasPrefix(rest, "---\n"), strings.HasPrefix(rest, "---\r\n"):
		fence = "---"
	case strings.HasPrefix(rest, "+++\n"), strings.HasPrefix(rest, "+++\r\n"):
		fence = "+++"
	default:
		return at
	}
	first := strings.IndexByte(rest, '\n') + 1
	end := -1
	for i := first; i < len(rest); {
		j := strings.IndexByte(rest[i:], '\n')
		line := rest[i:]
		if j >= 0 {
			line = rest[i : i+j]
		}
		if strings.TrimRight(line, "\r ") == fence {
			end = i
			break
		}
		if j < 0 {
			break
		}
		i += j + 1
	}
	if end < 0 {
		return at // an unclosed fence is text
	}
	block := rest[first:end]
	closeEnd := end + len(fence)
	if nl := strings.IndexByte(rest[closeEnd:], '\n'); nl >= 0 {
		closeEnd += nl + 1
	} else {
		closeEnd = len(rest)
	}
	var m map[string]any
	var err error
	if fence == "---" {
		err = yaml.Unmarshal([]byte(block), &m)
	} else {
		_, err = toml.Decode(block, &m)
	}
	if err != nil {
		page.Problems = append(page.Problems, Problem{Offset: at + first, Msg: "front matter: " + firstLine(err.Error())})
	}
	page.Meta = metaFrom(m)
	blank(buf, at, at+closeEnd)
	return at + closeEnd
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func metaFrom(m map[string]any) Meta {
	str := func(keys ...string) string {
		for _, k := range keys {
			for mk, v := range m {
				if !strings.EqualFold(mk, k) {
					continue
				}
				switch x := v.(type) {
				case string:
					if x != "" {
						return x
					}
				case []any:
					if len(x) > 0 {
						if s, ok := x[0].(string); ok {
							return s
						}
					}
				case nil:
				default:
					if s, ok := v.(interface{ String() string }); ok {
						return s.String()
					}
				}
			}
		}
		return ""
	}
	return Meta{
		Title:  str("title", "headline"),
		Date:   str("date", "published", "published_at", "pubdate"),
		Outlet: str("outlet", "publisher", "publication", "site_name", "source", "site"),
		URL:    str("url", "link", "canonical", "canonical_url", "source_url"),
	}
}

// trailingLink reads a last line "[outlet](url)".
func trailingLink(src string) (outlet, url string) {
	s := strings.TrimRight(src, " \t\r\n")
	i := strings.LastIndexByte(s, '\n')
	line := strings.TrimSpace(s[i+1:])
	if !strings.HasPrefix(line, "[") || !strings.HasSuffix(line, ")") {
		return "", ""
	}
	mid := strings.Index(line, "](")
	if mid < 0 {
		return "", ""
	}
	return line[1:mid], line[mid+2 : len(line)-1]
}

// maskMarkup blanks Markdown and HTML markup from at on: images, link
// targets, emphasis marks, heading and list markers, tags, bare URLs.
func maskMarkup(buf []byte, at int) (frames []Block) {
	for i := at; i < len(buf); i++ {
		c := buf[i]
		if !markupByte[c] {
			continue // most bytes: one table read
		}
		switch {
		case c == '!' && i+1 < len(buf) && buf[i+1] == '[':
			if end := linkEnd(buf, i+1); end > 0 {
				blank(buf, i, end)
				i = end - 1
			}
		case c == '[':
			if end := linkEnd(buf, i); end > 0 {
				mid := bytes.Index(buf[i:end], []byte("]("))
				buf[i] = ' '
				blank(buf, i+mid, end)
				i += mid
			}
		case (c == '*' || c == '_') && i+1 < len(buf) && buf[i+1] == c:
			buf[i], buf[i+1] = ' ', ' '
			i++
		case c == '*' || c == '_':
			// "*Harbour at Dusk*": one mark of emphasis each side, on one
			// line; not the star of "A* grades"
			if j := emphasis(buf, at, i); j > 0 {
				buf[i], buf[j] = ' ', ' '
				i = j
			}
		case c == '<':
			if j := bytes.IndexByte(buf[i:min(len(buf), i+200)], '>'); j > 0 && isTag(buf[i+1:i+j]) {
				blank(buf, i, i+j+1)
				i += j
			}
		case (c == 'h' || c == 'H') && (hasPrefixFold(buf[i:], "http://") || hasPrefixFold(buf[i:], "https://")) && (i == 0 || !isWordByte(buf[i-1])):
			j := i
			for j < len(buf) && buf[j] != ' ' && buf[j] != '\n' && buf[j] != '\t' && buf[j] != '\r' {
				j++
			}
			blank(buf, i, j)
			i = j - 1
		}
	}
	frames = maskBoxes(buf, at)
	// line-start markers: headings, block quotes, list bullets, item numbers
	item := false        // the line before was a list item
	blankBefore := false // the line before is blank once masked
	for i := at; i < len(buf); {
		j := i
		for j < len(buf) && (buf[j] == ' ' || buf[j] == '\t') {
			j++
		}
		if j < len(buf) && (buf[j] == '#' || buf[j] == '>') {
			// a heading or a block quote, which may hold a list item
			// ("> - **Dead:** 14")
			for j < len(buf) && (buf[j] == '#' || buf[j] == '>' || buf[j] == ' ' || buf[j] == '\t') {
				if buf[j] == '#' || buf[j] == '>' {
					buf[j] = ' '
				}
				j++
			}
		}
		bullet := j+1 < len(buf) && (buf[j] == '-' || buf[j] == '*' || buf[j] == '+') && buf[j+1] == ' '
		number := numberedItem(buf[j:min(len(buf), j+6)])
		switch {
		case bullet:
			buf[j] = ' '
		case number > 0 && (i == at || i >= 2 && buf[i-2] == '\n' || item || blankBefore):
			// "1. A 12% pay rise": the number of an item is no figure
			// (after a blank line, a quote's blank line or another item,
			// not inside a wrapped paragraph)
			blank(buf, j, j+number)
		}
		item = bullet || number > 0
		nl := bytes.IndexByte(buf[i:], '\n')
		if nl < 0 {
			break
		}
		blankBefore = len(bytes.TrimSpace(buf[i:i+nl])) == 0 // ">" alone, masked
		i += nl + 1
	}
	return frames
}

// boxes finds the boxes of key figures (runs of lines read under a "Key
// figures" heading) and their source: a line that ends them or stands
// right under them ("Source: National Health Authority"), or brackets in
// their heading ("Key figures (source: DCSO)"); or none.
func boxes(s string, lines []line, kinds []lineKind, inPoints []bool, lex *lexicon.Lexicon, lw *lineWords) []Box {
	var out []Box
	for i := 0; i < len(lines); i++ {
		if !inPoints[i] {
			continue
		}
		var b Box
		j := i
		for ; j < len(lines) && inPoints[j]; j++ {
			if kinds[j] == lineBody {
				b.Lines = append(b.Lines, Block(lines[j]))
			} else if b.Source == "" {
				b.Source, b.SourceAt, _ = sourceAt(s, lines[j].Start, lines[j].End, lex, lw)
			}
		}
		if b.Source == "" && i > 0 {
			// "KEY FIGURES – CENSUS 2024 (source: DCSO)": in brackets
			// in the heading
			h := lines[i-1]
			if o := strings.IndexByte(s[h.Start:h.End], '('); o >= 0 {
				if c := strings.IndexByte(s[h.Start+o:h.End], ')'); c > 0 {
					b.Source, b.SourceAt, _ = sourceAt(s, h.Start+o+1, h.Start+o+c, lex, lw)
				}
			}
		}
		if b.Source == "" && j < len(lines) && kinds[j] != lineBody && strings.Count(s[lines[j-1].End:lines[j].Start], "\n") <= 2 {
			b.Source, b.SourceAt, _ = sourceAt(s, lines[j].Start, lines[j].End, lex, lw)
		}
		if len(b.Lines) > 0 {
			out = append(out, b)
		}
		i = j
	}
	return out
}

// maskBoxes blanks the frames of text boxes drawn in plain text:
//
//	+--------------------------------+
//	| KEY FIGURES                    |
//	| Waiting list: nearly 7.6m      |
//	+--------------------------------+
//
// The rules, and the bars that open and close each line between two rules,
// are blanked; what the box says is read as lines. A box that never closes
// is left alone.
func maskBoxes(buf []byte, at int) (frames []Block) {
	var open []int // starts of the lines of the open box, its rule first
	for i := at; i < len(buf); {
		end := bytes.IndexByte(buf[i:], '\n')
		if end < 0 {
			end = len(buf)
		} else {
			end += i
		}
		t := bytes.TrimSpace(buf[i:end])
		switch {
		case boxRule(t):
			if len(open) > 1 {
				for _, ln := range open[1:] {
					e := bytes.IndexByte(buf[ln:], '\n')
					if e < 0 {
						e = len(buf) - ln
					}
					row := buf[ln : ln+e]
					buf[ln+bytes.IndexByte(row, '|')] = ' '
					buf[ln+bytes.LastIndexByte(row, '|')] = ' '
				}
				blank(buf, open[0], open[0]+lineLen(buf, open[0]))
				blank(buf, i, end)
				frames = append(frames, Block{open[0], end})
			}
			open = []int{i} // a rule may close one part of a box and open the next
		case open != nil && len(t) >= 2 && t[0] == '|' && t[len(t)-1] == '|':
			open = append(open, i)
		default:
			open = nil
		}
		i = end + 1
	}
	return frames
}

// lineLen is the length of the line that starts at i, without its end.
func lineLen(buf []byte, i int) int {
	if e := bytes.IndexByte(buf[i:], '\n'); e >= 0 {
		return e
	}
	return len(buf) - i
}

// boxRule reports whether t is the rule of a box: "+----+", "+====+".
func boxRule(t []byte) bool {
	if len(t) < 3 || t[0] != '+' || t[len(t)-1] != '+' {
		return false
	}
	for _, c := range t {
		if c != '+' && c != '-' && c != '=' {
			return false
		}
	}
	return true
}

// emphasis returns where the emphasis opened by the '*' or '_' at i
// closes on its line, or 0: the mark opens after a space, a bracket, a
// quote, a bar or the text's edge, before a word; the same mark closes
// after a word or a stop, before a space, a stop or the line's end
// ("*Harbour at Dusk*,", "_Girl with a Lute_"). Not "snake_case",
// "5 * 3", a bullet ("* Item", read with the line's markers), nor "A*
// grades" alone.
func emphasis(buf []byte, at, i int) int {
	edge := func(b byte) bool {
		return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '(' || b == '"' || b == '|' || b == '\''
	}
	word := func(b byte) bool { return isWordByte(b) || b >= 0x80 }
	if i > at && !edge(buf[i-1]) || i+1 >= len(buf) || !word(buf[i+1]) {
		return 0
	}
	for j := i + 2; j < len(buf) && buf[j] != '\n'; j++ {
		if buf[j] != buf[i] {
			continue
		}
		before := buf[j-1]
		after := byte(' ')
		if j+1 < len(buf) {
			after = buf[j+1]
		}
		if (word(before) || before == '.' || before == ')' || before == '"' || before == '!' || before == '?') &&
			(edge(after) || after == ',' || after == '.' || after == ';' || after == ':' || after == ')') {
			return j
		}
	}
	return 0
}

// markupByte marks the bytes that may start what maskMarkup blanks.
var markupByte = func() (t [256]bool) {
	for _, c := range []byte("![*_<hH") {
		t[c] = true
	}
	return t
}()

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func hasPrefixFold(b []byte, p string) bool {
	return len(b) >= len(p) && strings.EqualFold(string(b[:len(p)]), p)
}

func isTag(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	c := b[0]
	if c == '/' || c == '!' {
		return true
	}
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// linkEnd returns the end of a Markdown link "[text](url)" that starts at
// i, or 0.
func linkEnd(buf []byte, i int) int {
	lim := min(len(buf), i+2000)
	close := bytes.IndexByte(buf[i:lim], ']')
	if close < 0 || i+close+1 >= len(buf) || buf[i+close+1] != '(' {
		return 0
	}
	if bytes.IndexByte(buf[i:i+close], '\n') >= 0 {
		return 0
	}
	p := bytes.IndexByte(buf[i+close:lim], ')')
	if p < 0 || bytes.IndexByte(buf[i+close:i+close+p], '\n') >= 0 {
		return 0
	}
	return i + close + p + 1
}

type line struct{ Start, End int }

// splitLines returns the non-blank lines from at on, trimmed of surrounding
// space.
func splitLines(s string, at int) []line {
	var out []line
	for i := at; i < len(s); {
		j := strings.IndexByte(s[i:], '\n')
		end := len(s)
		if j >= 0 {
			end = i + j
		}
		if a, b := trimSpan(s, i, end); a < b {
			out = append(out, line{a, b})
		}
		if j < 0 {
			break
		}
		i = end + 1
	}
	return out
}

// trimSpan narrows s[a:b] to leave out the space around it.
func trimSpan(s string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:b])
		if !isSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if !isSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\ufeff' || r == '\u200b'
}

// joinWrapped joins hard-wrapped lines of one paragraph. A long line that
// does not end a sentence, followed directly by a line that continues it
// (lower case, a digit) and is no list item ("- 6 hours: ..."), is always
// joined. When the file is hard-wrapped throughout (most lines that run on
// into the next are of a wrapping width and stop mid-sentence), any two
// adjacent lines of a paragraph are joined, whatever the case of the next
// line ("on\nTuesday"), unless the next one starts a list item or the
// first is short (a heading, a byline).
func joinWrapped(s, src string, lines []line) []line {
	wrapped := hardWrapped(s, lines)
	var out []line
	for _, ln := range lines {
		if n := len(out); n > 0 {
			prev := out[n-1]
			adjacent := strings.Count(s[prev.End:ln.Start], "\n") == 1
			last := lastLineOf(s, prev)
			runsOn := !endsSentence(s[prev.Start:prev.End])
			// a list item, or a line of a box that opens with its
			// figure ("4,812 — sea arrivals in October"), stands alone
			// (after a line that ends, a heading or another figure
			// line: not wrapped prose that goes on "... rose to\n4,812
			// — a record")
			item := ListItem(src[lineStart(src, ln.Start):ln.End]) ||
				figureLine(s[ln.Start:ln.End]) && (len(last) < 40 || endsSentence(last) || figureLine(last)) ||
				pipeLine(last) || pipeLine(s[ln.Start:ln.End]) // a table's lines
			if adjacent && len(last) >= 60 && runsOn && continues(s[ln.Start:ln.End]) && !item ||
				adjacent && wrapped && len(last) >= 40 && !item {
				out[n-1].End = ln.End
				continue
			}
		}
		out = append(out, ln)
	}
	return out
}

// hardWrapped reports whether the text is wrapped at a fixed width: at
// least three lines of 50 to 100 bytes that stop mid-sentence and run on
// into the next line, and they make up most of the lines that run on.
func hardWrapped(s string, lines []line) bool {
	wrapLike, runOn := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		if strings.Count(s[lines[i].End:lines[i+1].Start], "\n") != 1 {
			continue
		}
		runOn++
		t := s[lines[i].Start:lines[i].End]
		if n := len(t); n >= 50 && n <= 100 && !endsSentence(t) {
			wrapLike++
		}
	}
	return wrapLike >= 3 && wrapLike*2 >= runOn
}

// lastLineOf returns the last physical line of a (possibly joined) line.
func lastLineOf(s string, ln line) string {
	t := s[ln.Start:ln.End]
	if i := strings.LastIndexByte(t, '\n'); i >= 0 {
		return t[i+1:]
	}
	return t
}

// lineStart returns the offset of the start of the line holding off.
func lineStart(s string, off int) int {
	return strings.LastIndexByte(s[:off], '\n') + 1
}

// factLine reports whether t reads "Label: figure ...": a label of one to
// six words (letters, and digits after its first word: "Unit 4 capacity",
// "Fines in 2023"; commas, apostrophes, "&", "/" and closed brackets
// holding anything: "Oil spilled, Halden's estimate", "A&E within four
// hours (Oct)", "Turnout (%)"), a colon or a spaced dash, and a figure within the first
// three words after it ("€8.4bn", "roughly 450 employees", "more than
// 400"); or "figure: label" ("46: police officers injured", "4,812 — sea
// arrivals").
func factLine(t string) bool {
	label, rest, ok := cutLabel(strings.TrimSpace(t))
	if !ok {
		return false
	}
	if opensWithFigure(label) && !strings.Contains(label, " ") && strings.HasPrefix(rest, " ") {
		// "46: police officers injured", "€15m-€20m: lost sales"; not
		// "2019: How 3 towns rebuilt", a year's headline
		return !quantity.IsYear(label)
	}
	if f := strings.Fields(label); opensWithFigure(label) && len(f) <= 3 && strings.HasPrefix(rest, " ") && !slices.ContainsFunc(f[1:], func(w string) bool {
		return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) >= 0
	}) {
		return true // "$1.2 billion: repair backlog", "150 metres: length of the span"
	}
	words := strings.Fields(label)
	if len(words) < 1 || len(words) > 6 || strings.IndexFunc(unbracketed(label), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(" -,'’&/", r)
	}) >= 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsLetter(r) {
		return false
	}
	for i, w := range strings.Fields(rest) {
		if i == 3 {
			break
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "~≈<>+-−"))
		if unicode.IsDigit(r) || unicode.Is(unicode.Sc, r) {
			return true // "22%", "~240 kg"
		}
		if unicode.IsUpper(r) && !(len(w) >= 2 && len(w) <= 4 && strings.ToUpper(w) == w) {
			return false // "Watch: The 5 worst floods", a headline; not "VLD 780 million"
		}
	}
	return false
}

// unbracketed returns s without what closed brackets hold ("Turnout (%)",
// "Deaths [provisional]"); a bracket left open is kept, and so fails a
// label.
func unbracketed(s string) string {
	if !strings.ContainsAny(s, "([") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexAny(s, "([")
		if i < 0 {
			break
		}
		closer := ")"
		if s[i] == '[' {
			closer = "]"
		}
		j := strings.Index(s[i:], closer)
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// figureLine reports whether t is a fact line that opens with its figure:
// "46: police officers injured", "4,812 — sea arrivals in October".
func figureLine(t string) bool {
	t = strings.TrimSpace(t)
	return opensWithFigure(t) && factLine(t)
}

// opensWithFigure reports whether s opens with a digit or a currency sign,
// after a sign ("-38%", "€240m").
func opensWithFigure(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "+-−"))
	return unicode.IsDigit(r) || unicode.Is(unicode.Sc, r)
}

// cutLabel cuts a fact line at its first colon or spaced dash ("4,812 —
// sea arrivals", "Sea arrivals – 4,812", "12 -- hospitals hit"), whichever
// comes first.
func cutLabel(t string) (label, rest string, ok bool) {
	at, n := -1, 0
	for _, sep := range []string{":", " — ", " – ", " -- ", " - "} {
		if i := strings.Index(t, sep); i >= 0 && (at < 0 || i < at) {
			at, n = i, len(sep)
		}
	}
	if at < 0 {
		return "", "", false
	}
	if n > 1 {
		n-- // keep the space after a dash, as after a colon
	}
	return t[:at], t[at+n:], true
}

// sourcedItem reports whether a list item's text (its bullet masked) is a
// figure and its source in brackets: "6 people confirmed dead (Wessmoor
// Police)", "337 residents registered at rest centres (council)". It opens
// with its figure and closes with a body's name ("(video)", "(2023)" are
// none), so it is a fact of the article, not a related headline.
func sourcedItem(t string, lex *lexicon.Lexicon) bool {
	t = strings.TrimSpace(t)
	if t == "" || t[0] < '0' || t[0] > '9' || !strings.HasSuffix(t, ")") {
		return false
	}
	open := strings.LastIndexByte(t, '(')
	if open < 0 {
		return false
	}
	name := t[open+1 : len(t)-1]
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 6 || strings.IndexFunc(name, unicode.IsDigit) >= 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(name); unicode.IsUpper(r) {
		return true
	}
	for _, w := range words {
		if lex.Has("org-noun", w) {
			return true // "(council)", "(fire service)"
		}
	}
	return false
}

// ListItem reports whether a line starts a list item: a bullet ("- ", "* ",
// "+ ", "•") or an item number ("1. ", "2) "), in a block quote or not
// ("> - 11 days of talks"), or in a box drawn in plain text ("| - 1,200").
func ListItem(t string) bool {
	t = strings.TrimLeft(t, " \t>|") // in a block quote, in a box
	if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "+ ") || strings.HasPrefix(t, "\u2022") {
		return true
	}
	return numberedItem([]byte(t[:min(len(t), 6)])) > 0
}

// numberedItem returns the length of an item number that opens b: one to
// three digits, then "." or ")" and a space ("1. ", "12) "), or 0. "3.5%
// of the workforce" and "2019. " are no item numbers.
func numberedItem(b []byte) int {
	i := 0
	for i < len(b) && i < 4 && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 || i+1 >= len(b) || b[i] != '.' && b[i] != ')' || b[i+1] != ' ' {
		return 0
	}
	return i + 1
}

func continues(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// introduces reports whether a line ends with a colon: a paragraph that
// opens a list ("Key numbers, according to the company:").
// sentenceBefore reports whether a line that introduces what follows
// holds a whole sentence before its last one: "Prisons held 23,400 inmates,
// the ministry says. These are the five most crowded:" is a paragraph.
func sentenceBefore(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' && s[i+2] >= 'A' && s[i+2] <= 'Z' && i > 0 && s[i-1] != '.' && !(i >= 2 && s[i-2] == ' ') {
			return len(strings.Fields(s[:i])) >= 6
		}
	}
	return false
}

func introduces(s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, " \t*_"), ":")
}

// citesAtEnd reports whether the words of a line end by naming a source:
// a [citing] phrase among the last six words ("..., according to the
// company") or a [saying] word among the last two ("the ministry said").
// "You might also like these stories from our reporters" does not.
func citesAtEnd(words []string, lex *lexicon.Lexicon) bool {
	for k := max(0, len(words)-6); k < len(words); k++ {
		if _, n := lex.Match("citing", words, k); n > 0 {
			return true
		}
		if k >= len(words)-2 && lex.HasWord("saying", words[k]) {
			return true
		}
	}
	return false
}

// endsSentence reports whether a line ends like a sentence.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, isSpace)
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '\u201d', '\u2019', '*', '_', ')', ']':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?', '\u2026':
			return true
		}
		return false
	}
	return false
}

// insideBox reports whether the tail line t ("Related", "Read more")
// opens a box of links set in the middle of the article rather than ending
// it: at least two paragraphs follow it before the next tail line (or the
// end), and they name two of the names the article used before it
// (capitalised words not opening a sentence: "Veltra", "Sarnbeck"). An
// appended story names its own.
func insideBox(s string, lines []line, kinds []lineKind, t, next int) bool {
	var run []int
	for k := t + 1; k < next; k++ {
		if kinds[k] == lineBody {
			run = append(run, k)
		}
	}
	if len(run) < 2 {
		return false
	}
	var names []string
	for _, k := range run {
		names = appendNames(names, s[lines[k].Start:lines[k].End])
	}
	shared := 0
	for _, n := range names {
		for k := 0; k < t; k++ {
			if kinds[k] == lineBody && hasWord(s[lines[k].Start:lines[k].End], n) {
				shared++
				break
			}
		}
		if shared >= 2 {
			return true
		}
	}
	return false
}

// appendNames appends to names the capitalised words of t that do not
// open a sentence, without a possessive, each once.
func appendNames(names []string, t string) []string {
	first := true
	for _, w := range strings.Fields(t) {
		word := strings.TrimRight(w, ".,;:!?\"'”’)")
		word = strings.TrimSuffix(strings.TrimSuffix(word, "'s"), "’s")
		word = strings.TrimLeft(word, "\"'“‘(")
		if r, _ := utf8.DecodeRuneInString(word); !first && len(word) >= 3 && unicode.IsUpper(r) && !slices.Contains(names, word) {
			names = append(names, word)
		}
		end := strings.TrimRight(w, "\"'”’)")
		first = end != "" && strings.ContainsAny(end[len(end)-1:], ".!?") // said.” ends one
	}
	return names
}

// hasWord reports whether w stands in t as a word of its own.
func hasWord(t, w string) bool {
	for i := 0; ; {
		j := strings.Index(t[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isWordByte(t[j-1]) && t[j-1] < utf8.RuneSelf
		after := j+len(w) == len(t) || !isWordByte(t[j+len(w)]) && t[j+len(w)] < utf8.RuneSelf
		if before && after {
			return true
		}
		i = j + 1
	}
}

// dropTeaser removes the teaser of another story that scraped pages append
// after the article: a headline (five words or more, no full stop) and one
// lead paragraph, just before the line that ends the article ("Read more",
// "Article image"). An article's own last section has a subheading and
// more than one paragraph, or ends the page without such a marker.
func dropTeaser(s string, lines []line, kinds []lineKind) {
	tail := -1
	for i, k := range kinds {
		if k == lineTail {
			tail = i
			break
		}
	}
	// the body lines just before the tail, back to the nearest headline
	var lead []int
	i := tail - 1
	for ; i >= 0; i-- {
		switch {
		case kinds[i] == lineBody:
			lead = append(lead, i)
			continue
		case len(lead) == 0:
			continue // furniture between the lead and the marker: "Avatar"
		}
		break
	}
	if i < 0 || len(lead) != 1 || !headline(s[lines[i].Start:lines[i].End]) {
		return
	}
	// there must be article text before the headline
	for j := i - 1; j >= 0; j-- {
		if kinds[j] == lineBody {
			kinds[lead[0]] = lineFurniture
			return
		}
	}
}

// headline reports whether a line reads like a headline: five words or
// more, not ending like a sentence.
func headline(t string) bool {
	return len(strings.Fields(t)) >= 5 && !endsSentence(t)
}

type lineKind int

const (
	lineFurniture lineKind = iota
	lineBody
	lineTail
)

// classify decides what one line of a page is.
func classify(text string, lex *lexicon.Lexicon, started bool, lw *lineWords) lineKind {
	words := lw.of(text)
	if len(words) == 0 {
		return lineFurniture
	}
	// a short line that starts like "Read more", "Most viewed" or "Support
	// us!" ends the article; a short sentence ("Support for the deal rose
	// to 40%.") does not: tail markers never end with a full stop
	if started && len(words) <= 8 && !strings.HasSuffix(strings.TrimRightFunc(text, isSpace), ".") {
		if _, n := lex.Match("tail", words, 0); n > 0 {
			return lineTail
		}
	}
	if _, n := lex.Match("furniture", words, 0); n > 0 {
		return lineFurniture
	}
	if timestamp(words, lex) {
		return lineFurniture
	}
	// one look-up a word says whether a credit or bio phrase may start
	// there; most lines have none
	credit, bio, notice := lex.Set("credit"), lex.Set("bio"), lex.Set("notice")
	var may lexicon.Set
	starts := lw.starts[:0]
	for _, w := range words {
		st := lex.SetsOf(w).Starts & (credit | bio | notice)
		starts = append(starts, st)
		may |= st
	}
	lw.starts = starts
	at := func(name string, bit lexicon.Set) bool { // a phrase of the list, where a word may start one
		for i, st := range starts {
			if st&bit != 0 {
				if _, n := lex.Match(name, words, i); n > 0 {
					return true
				}
			}
		}
		return false
	}
	if may&credit != 0 && at("credit", credit) {
		return lineFurniture
	}
	if may&notice != 0 && at("notice", notice) {
		return lineFurniture // "We and our 846 partners store ... cookies"
	}
	if may&bio != 0 && at("bio", bio) {
		if started {
			return lineTail
		}
		return lineFurniture
	}
	if !endsSentence(text) && !(started && introduces(text) && citesAtEnd(words, lex)) {
		return lineFurniture // headings, menus, related headlines, captions
	}
	if len(words) < 3 {
		return lineFurniture
	}
	return lineBody
}

// timestamp reports whether a line's words are a page's timestamp:
// "Published Jan. 20, 2026 at 11:05 a.m. | Updated ...", "Updated 14:05
// GMT": a [timestamp] word, then a month or a number; not "Published
// figures show ...".
func timestamp(words []string, lex *lexicon.Lexicon) bool {
	if len(words) < 2 || len(words) > 24 {
		return false
	}
	_, k := lex.Match("timestamp", words, 0)
	if k == 0 {
		return false
	}
	if words[k] == "on" || words[k] == "at" {
		k++
	}
	if k >= len(words) {
		return false
	}
	// the rest is dates and times only: "Jan. 20, 2026 at 11:05 a.m. |
	// Updated ...", "14:05 GMT"; not "Updated 2024 figures show ...",
	// "Updated 14:05 GMT: Police now say 20 people died"
	short := 0 // short words: time zones, "a.m."
	for _, w := range words[k:] {
		w = strings.TrimSuffix(w, ".")
		switch {
		case w == "" || w[0] >= '0' && w[0] <= '9', lex.HasWord("month", w), lex.HasWord("weekday", w), lex.HasWord("timestamp", w),
			w == "at" || w == "on" || w == "last":
		case len(w) <= 4 && short < 2:
			short++
		default:
			return false
		}
	}
	w := strings.TrimSuffix(words[k], ".")
	return lex.HasWord("month", w) || lex.HasWord("weekday", w) || w != "" && w[0] >= '0' && w[0] <= '9'
}

// of returns the words of a line folded for the lexicon, reading
// punctuation as space so that "Advertisement:" is the word advertisement;
// apostrophes, hyphens and dots inside a word ("U.S.") are kept. It is
// lexicon.Words of the line with every other punctuation mark made a space
// (FuzzLineWords), in one pass. The words are good until the next call.
func (lw *lineWords) of(s string) []string {
	b := lw.buf[:0]
	ends := lw.ends[:0]
	in := false
	for i := 0; i < len(s); {
		c, n := s[i], 1
		var keep bool
		switch {
		case c == '.':
			next := rune(utf8.RuneError)
			if i+1 < len(s) {
				next = rune(s[i+1])
				if next >= utf8.RuneSelf {
					next, _ = utf8.DecodeRuneInString(s[i+1:])
				}
			}
			keep = 'a' <= next && next <= 'z' || 'A' <= next && next <= 'Z' || next >= utf8.RuneSelf && unicode.IsLetter(next)
		case c < utf8.RuneSelf:
			keep = wordByte[c]
		default:
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			if keep = unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\u2019'; keep {
				b = utf8.AppendRune(b, lexicon.Fold(r))
			}
		}
		if !keep {
			if in {
				ends = append(ends, len(b))
			}
			in = false
			i += n
			continue
		}
		in = true
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		i += n
	}
	if in {
		ends = append(ends, len(b))
	}
	words := lw.words[:0]
	if len(b) > 0 {
		all := string(b)
		start := 0
		for _, e := range ends {
			words, start = append(words, all[start:e]), e
		}
	}
	lw.buf, lw.ends, lw.words = b, ends, words
	return words
}

// wordByte says which ASCII bytes lineWords keeps in a word (letters,
// digits, apostrophes and hyphens; a full stop depends on what follows).
var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\'' || c == '-'
	}
	return t
}()

// lineWords splits lines into words, reusing its slices from one line to
// the next.
type lineWords struct {
	buf    []byte
	ends   []int
	words  []string
	starts []lexicon.Set // classify's: the lists a word may start
}
