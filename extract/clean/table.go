package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claims-tool/claims/lexicon"
)

// Table is a Markdown table of the article ("| City | Median rent (€/month) |",
// a rule "|---|---:|", then rows). Its rows are body blocks of the page,
// so their figures are read as any line's are; the
// header and the rule are blanked, and kept here so that a figure in a cell
// can be read as its column says.
type Table struct {
	// Header holds the column headings as written, markup removed.
	Header []string
	// Rows hold each body row's cells: spans of Text, trimmed of space.
	// A row may have fewer or more cells than there are headings.
	Rows [][]Block
	// Source is the name a line right under the table gives as its
	// source ("Source: Statistics Valdoria, Housing Report 2025"), up to
	// the first comma; "" when there is no such line. SourceAt is where
	// that name is.
	Source   string
	SourceAt Block
}

// tableRole is what a line is to a Markdown table.
type tableRole uint8

const (
	notTable tableRole = iota
	tableHead
	tableRule
	tableRow
	tableNote // the "Source: ..." line under it
)

// pipeLine reports whether a line is a line of a pipe table: it opens
// with "|".
func pipeLine(t string) bool {
	return strings.HasPrefix(strings.TrimLeft(t, " \t"), "|")
}

// ruleLine reports whether a line is a table's rule: pipes, dashes, colons
// and spaces only, with a dash ("|------|----:|", "| :--- | :---: |").
func ruleLine(t string) bool {
	dash := false
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '-':
			dash = true
		case '|', ':', ' ', '\t':
		default:
			return false
		}
	}
	return dash && pipeLine(t)
}

// tableRoles marks the lines of every pipe table of s: a head line, a
// rule right under it, and the pipe lines after that; then a source line
// under the last row (a blank line may come between) when it opens with a
// [table-source] phrase and a colon.
func tableRoles(s string, lines []line, lex *lexicon.Lexicon, lw *lineWords) []tableRole {
	var roles []tableRole
	for i := 0; i+1 < len(lines); i++ {
		head := s[lines[i].Start:lines[i].End]
		if !pipeLine(head) || !ruleLine(s[lines[i+1].Start:lines[i+1].End]) || strings.Count(s[lines[i].End:lines[i+1].Start], "\n") != 1 {
			continue
		}
		if roles == nil {
			roles = make([]tableRole, len(lines))
		}
		roles[i], roles[i+1] = tableHead, tableRule
		j := i + 2
		for ; j < len(lines) && pipeLine(s[lines[j].Start:lines[j].End]) && strings.Count(s[lines[j-1].End:lines[j].Start], "\n") == 1; j++ {
			roles[j] = tableRow
		}
		if j < len(lines) && strings.Count(s[lines[j-1].End:lines[j].Start], "\n") <= 2 {
			if _, _, ok := tableSource(s[lines[j].Start:lines[j].End], lex, lw); ok {
				roles[j] = tableNote
			}
		}
		i = j - 1
	}
	return roles
}

// tableSource reads a line that names a table's source: "Source:
// Statistics Valdoria, Housing Conditions Report 2025, table 3.2" gives
// "Statistics Valdoria" at offset at of t. Emphasis marks around the line
// are no part of it.
func tableSource(t string, lex *lexicon.Lexicon, lw *lineWords) (name string, at int, ok bool) {
	colon := strings.IndexByte(t, ':')
	if colon < 0 {
		return "", 0, false
	}
	words := lw.of(t[:colon])
	if e, n := lex.Match("table-source", words, 0); n == 0 || n != len(words) || len(e.Words) == 0 {
		return "", 0, false
	}
	rest := t[colon+1:]
	end := len(rest)
	for i, r := range rest {
		if r == ',' || r == ';' || r == '(' || r == '*' || r == '_' || r == '.' && sentenceStop(rest, i) {
			end = i
			break
		}
	}
	name = strings.TrimRightFunc(rest[:end], isSpace)
	trimmed := strings.TrimLeftFunc(name, func(r rune) bool { return isSpace(r) || r == '*' || r == '_' })
	at = colon + 1 + len(name) - len(trimmed)
	name = trimmed
	if name == "" || len(strings.Fields(name)) > 8 {
		return "", 0, false
	}
	return name, at, true
}

// sourceAt reads a source line in s[start:end] (see tableSource) and
// returns the name and where it stands in s.
func sourceAt(s string, start, end int, lex *lexicon.Lexicon, lw *lineWords) (string, Block, bool) {
	name, at, ok := tableSource(s[start:end], lex, lw)
	if !ok {
		return "", Block{}, false
	}
	return name, Block{start + at, start + at + len(name)}, true
}

// sentenceStop reports whether the full stop at s[i] ends the name: at the
// end, or before a capital after a word of three letters or more ("Statistics
// Valdoria. Figures are provisional"), not after an abbreviation ("U.S.
// Census Bureau", "Dept. of Labor").
func sentenceStop(s string, i int) bool {
	rest := strings.TrimLeft(s[i+1:], " ")
	if rest == "" {
		return true
	}
	if rest == s[i+1:] || !isUpper(rest) {
		return false
	}
	w := s[strings.LastIndexAny(s[:i], " .")+1 : i]
	return len(w) >= 3
}

// isUpper reports whether s opens with an upper-case letter.
func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// cells splits a table line of s into its cells: the spans between pipes,
// trimmed of space.
func cells(s string, ln line) []Block {
	var out []Block
	t := s[ln.Start:ln.End]
	first := strings.IndexByte(t, '|')
	for i := first; i >= 0 && i < len(t); {
		j := strings.IndexByte(t[i+1:], '|')
		end := len(t)
		if j >= 0 {
			end = i + 1 + j
		}
		a, b := trimSpan(t, i+1, end)
		if j < 0 && a == b {
			break // after the closing pipe
		}
		out = append(out, Block{ln.Start + a, ln.Start + b})
		if j < 0 {
			break
		}
		i = end
	}
	return out
}

// tables builds the page's tables from the roles of its lines, once the
// kinds are known: a table whose rows are article text.
func tables(s string, lines []line, roles []tableRole, kinds []lineKind, lex *lexicon.Lexicon, lw *lineWords) []Table {
	var out []Table
	for i := 0; i < len(roles); i++ {
		if roles[i] != tableHead {
			continue
		}
		var tb Table
		for _, c := range cells(s, lines[i]) {
			tb.Header = append(tb.Header, strings.TrimFunc(s[c.Start:c.End], func(r rune) bool { return isSpace(r) || r == '*' || r == '_' }))
		}
		j := i + 2
		for ; j < len(roles) && roles[j] == tableRow; j++ {
			if kinds[j] != lineBody {
				continue
			}
			// the pipes stay: they keep one cell's figure from running
			// on into the next ("| 1.1 million | 1.4 million |")
			tb.Rows = append(tb.Rows, cells(s, lines[j]))
		}
		if j < len(roles) && roles[j] == tableNote {
			tb.Source, tb.SourceAt, _ = sourceAt(s, lines[j].Start, lines[j].End, lex, lw)
		}
		if len(tb.Rows) > 0 {
			out = append(out, tb)
		}
		i = j - 1
	}
	return out
}
