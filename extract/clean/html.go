package clean

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	// The readeck fork of go-shiori/go-readability. Issue 7 asks for its
	// /v2 module, which is not available from our module proxy; this is
	// the pre-v2 pseudo-version it does have (the same algorithm, a port of
	// Readability.js 0.6.0, with Article fields instead of methods).
	readability "codeberg.org/readeck/go-readability"
	"github.com/claims-tool/claims/lexicon"
	"golang.org/x/net/html"
)

// HTML finds the article in a saved web page.
//
// The page is turned into text while it is tokenized: text is decoded
// (entities resolved, runs of white space folded into one space), each
// block-level element (p, div, h1, li, br, tr, ...) ends a line, and the
// content of script, style, noscript, template, svg, title and the like is
// dropped. Every piece of the text is recorded in Page.Map as it is
// written, so an offset of Page.Text maps to the bytes of the file it came
// from: a run of text copied byte for byte maps one to one, an entity to
// its whole "&...;", and a folded space or a line end to the white space
// and tags it stands for. Nothing is found again by searching.
//
// Readability (a port of Mozilla's Readability.js) then decides which
// lines are the article: a line is kept when readability's article has a
// paragraph with the same text (compared with white space folded), and when
// it passes the same rules as a line of a text file (headings, captions,
// bylines and furniture phrases are dropped; a tail phrase such as "Read
// more" ends the article). When readability finds no article, or none of
// its paragraphs is one of ours, the text rules alone decide.
//
// Page.Text is the decoded text (not the file's length) with every line
// that is not kept blanked; Page.Blocks are the kept lines; Page.Meta comes
// from readability and the page's head (og:site_name, og:title,
// article:published_time, the canonical link or og:url).
//
// src must be UTF-8 (see Decode); a leading byte order mark is skipped.
func HTML(src string, lex *lexicon.Lexicon) Page {
	start := 0
	if strings.HasPrefix(src, "\ufeff") {
		start = 3
	}
	r := readHTML(src, start)
	var page Page
	art, prob := readable(src[start:])
	if prob != nil {
		page.Problems = append(page.Problems, *prob)
	}
	page.Meta = r.meta.page(art)
	buf, text := r.buf, string(r.buf)
	lines := splitLines(text, 0)
	keep := selectLines(text, lines, art.lines, lex)
	if art.lines != nil && len(keep) == 0 {
		keep = selectLines(text, lines, nil, lex)
	}
	keep, page.Boxes = keepBoxes(text, lines, keep, lex)
	k := 0
	for i, ln := range lines {
		if k < len(keep) && keep[k] == i {
			page.Blocks = append(page.Blocks, Block(ln))
			k++
			continue
		}
		blank(buf, ln.Start, ln.End)
	}
	page.Text = string(buf)
	page.Map = &OffsetMap{}
	for _, p := range r.pieces {
		page.Map.Add(p.text, p.n, p.file, p.fileLen)
	}
	return page
}

// selectLines returns the indexes of the lines that are article body: in
// article (all lines when article is nil) and body by classify.
func selectLines(text string, lines []line, article map[string]bool, lex *lexicon.Lexicon) []int {
	var keep []int
	started := false
	var lw lineWords
	for i, ln := range lines {
		s := text[ln.Start:ln.End]
		if article != nil && !article[foldLine(s)] {
			continue
		}
		switch classify(s, lex, started, &lw) {
		case lineBody:
			keep = append(keep, i)
			started = true
		case lineTail:
			return keep
		}
	}
	return keep
}

// boxReach is how many lines after the article's last kept line a box of
// key figures may open: pages set it after the last paragraph, before the
// tags.
const boxReach = 3

// keepBoxes adds to keep (sorted line indexes) the lines of the article's
// boxes of key figures, which readability leaves out with the rest of an
// <aside>: under a [summary] heading ("Key facts", "In numbers") within
// the article, or just after it, the short lines with figures that follow
// ("Households under notice: 42,000 (utility)", "1.4 GW – planned
// capacity").
func keepBoxes(text string, lines []line, keep []int, lex *lexicon.Lexicon) ([]int, []Box) {
	if len(keep) == 0 {
		return keep, nil
	}
	var boxes []Box
	var lw lineWords
	first, last := keep[0], keep[len(keep)-1]
	kept := make(map[int]bool, len(keep))
	for _, i := range keep {
		kept[i] = true
	}
	var add []int
	for i := first + 1; i < len(lines) && i <= last+boxReach; i++ {
		if kept[i] {
			continue
		}
		if classify(text[lines[i].Start:lines[i].End], lex, true, &lw) == lineTail {
			break // past the article's end ("Read more")
		}
		if !summaryHeading(lw.of(text[lines[i].Start:lines[i].End]), lex) {
			continue
		}
		j := i + 1
		var box Box
		for ; j < len(lines) && !kept[j] && boxLine(text[lines[j].Start:lines[j].End], lex, &lw); j++ {
			add = append(add, j)
			box.Lines = append(box.Lines, Block(lines[j]))
		}
		// "Sources: Bellmar Ferries, Maritime Safety Authority" under it
		if len(box.Lines) > 0 {
			if j < len(lines) {
				if name, at, ok := sourceAt(text, lines[j].Start, lines[j].End, lex, &lw); ok {
					box.Source, box.SourceAt = name, at
				}
			}
			boxes = append(boxes, box)
		}
		i = j - 1
	}
	if len(add) == 0 {
		return keep, nil
	}
	keep = append(keep, add...)
	slices.Sort(keep)
	return keep, boxes
}

// boxLine reports whether a line may be an item of a box of key figures:
// short, with a digit in it, a label and its figure ("Length: 27 km",
// "1.4 GW – planned capacity") or a phrase that names its source, in
// brackets that close it or by a citing phrase ("About 15 billion locusts
// in the largest swarm (FAO)", "About 3,200 evacuated, according to
// officials"), and no furniture; not a footer's "The Ledger, 14 Quay
// Street", "Photo 1 of 8: ...", "Comments 45".
func boxLine(t string, lex *lexicon.Lexicon, lw *lineWords) bool {
	words := lw.of(t)
	if strings.IndexFunc(t, unicode.IsDigit) < 0 || len(words) > 30 {
		return false
	}
	if _, n := lex.Match("furniture", words, 0); n > 0 {
		return false
	}
	t = strings.TrimSpace(t)
	_, _, labelled := cutLabel(t)
	if labelled || opensWithFigure(t) {
		return true
	}
	if endsSentence(t) {
		return false
	}
	_, _, cites := lex.Contains("citing", words)
	return strings.HasSuffix(t, ")") || cites
}

// foldLine folds the white space of a line, so that lines of our text and
// of readability's compare equal.
func foldLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// IsHTML reports whether text starts like an HTML document: after a byte
// order mark, white space and comments (browsers write "<!-- saved from
// url=... -->"), with <!doctype html or <html.
func IsHTML(text string) bool {
	s := strings.TrimPrefix(text, "\ufeff")
	for {
		s = strings.TrimLeft(s, " \t\r\n\f")
		if !strings.HasPrefix(s, "<!--") {
			break
		}
		end := strings.Index(s, "-->")
		if end < 0 {
			return false
		}
		s = s[end+3:]
	}
	if prefixFold(s, "<!doctype html") {
		return true
	}
	if !prefixFold(s, "<html") {
		return false
	}
	if len(s) == len("<html") {
		return true
	}
	switch s[len("<html")] {
	case '>', ' ', '\t', '\r', '\n', '\f', '/':
		return true
	}
	return false
}

func prefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// Elements whose start and end end a line of text.
var blockElems = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true,
	"br": true, "caption": true, "center": true, "dd": true, "details": true,
	"dialog": true, "dir": true, "div": true, "dl": true, "dt": true, "fieldset": true,
	"figcaption": true, "figure": true, "footer": true, "form": true, "frameset": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"head": true, "header": true, "hgroup": true, "hr": true, "html": true,
	"legend": true, "li": true, "main": true, "menu": true, "nav": true, "ol": true,
	"optgroup": true, "option": true, "p": true, "pre": true, "section": true,
	"summary": true, "table": true, "tbody": true, "tfoot": true, "thead": true,
	"tr": true, "ul": true,
}

// Elements whose start and end separate words: table cells.
var cellElems = map[string]bool{"td": true, "th": true}

// Elements whose content is not text of the page. The tokenizer reads the
// content of the raw-text ones (script, style, ...) as one text token;
// the others can nest and are skipped up to their matching end tag.
// Buttons and selects are dropped as readability drops them,
// so that a paragraph holding one reads the same on both sides.
var (
	rawDrop  = map[string]bool{"script": true, "style": true, "noscript": true, "iframe": true, "noembed": true, "noframes": true, "textarea": true, "xmp": true, "title": true}
	nestDrop = map[string]bool{"svg": true, "math": true, "template": true, "button": true, "select": true}
)

// htmlReader turns a page into text while tokenizing it, recording where
// each piece of the text came from.
type htmlReader struct {
	buf    []byte
	pieces []piece
	end    int  // where in the file the last piece's bytes end
	nl, sp bool // a line end or a space is due before the next text
	pre    int  // depth of <pre>
	meta   headMeta
}

func readHTML(src string, start int) *htmlReader {
	r := &htmlReader{end: start}
	z := html.NewTokenizer(strings.NewReader(src[start:]))
	pos := start
	rawTag := ""         // the raw-text element whose content comes next
	skip, depth := "", 0 // the element being skipped and its nesting
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		off := pos
		pos += len(raw)
		switch tt {
		case html.TextToken:
			switch {
			case skip != "":
			case rawTag == "title":
				if r.meta.title == "" {
					r.meta.title = foldLine(string(z.Text()))
				}
			case rawTag == "plaintext":
				r.text(string(raw), off, false)
			case rawTag != "":
			default:
				r.text(string(raw), off, true)
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			rawTag = ""
			name, hasAttr := z.TagName()
			tag := string(name)
			if skip != "" {
				if tag == skip {
					switch tt {
					case html.StartTagToken:
						depth++
					case html.EndTagToken:
						depth--
					}
					if depth == 0 {
						skip = ""
					}
				}
				continue
			}
			if tt != html.EndTagToken {
				if rawDrop[tag] || tag == "plaintext" {
					rawTag = tag
				}
				if nestDrop[tag] && tt == html.StartTagToken {
					skip, depth = tag, 1
				}
				if hasAttr && (tag == "meta" || tag == "link") {
					r.meta.tag(z, tag)
				}
			}
			switch {
			case blockElems[tag]:
				r.nl = true
			case cellElems[tag]:
				r.sp = true
			}
			if tag == "pre" {
				switch {
				case tt == html.StartTagToken:
					r.pre++
				case tt == html.EndTagToken && r.pre > 0:
					r.pre--
				}
			}
		}
	}
	return r
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// text writes a text token that starts at file offset off, decoding
// entities when decode is set.
func (r *htmlReader) text(raw string, off int, decode bool) {
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case isHTMLSpace(c):
			if c == '\n' && r.pre > 0 {
				r.nl = true
			} else {
				r.sp = true
			}
			i++
		case c == 0:
			i++ // the parser drops NUL from text
		case c == '&' && decode:
			n, s := entity(raw[i:])
			if n == 0 {
				r.emit("&", off+i, 1)
				i++
				continue
			}
			if strings.TrimLeft(s, " \t\n\r\f") == "" {
				r.sp = true
			} else {
				r.emit(s, off+i, n)
			}
			i += n
		default:
			j := i + 1
			for j < len(raw) && !isHTMLSpace(raw[j]) && raw[j] != 0 && (raw[j] != '&' || !decode) {
				j++
			}
			r.emit(raw[i:j], off+i, j-i)
			i = j
		}
	}
}

// maxEntity bounds the bytes read as one character reference; the longest
// named one is 33 bytes.
const maxEntity = 48

// entity reads the character reference at the start of s ("&amp;",
// "&#8217;", a legacy "&copy" without its semicolon) and returns its length
// in s and what it stands for; 0 when s does not start with one.
func entity(s string) (int, string) {
	j := 1
	if j < len(s) && s[j] == '#' {
		j++
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			j++
		}
	}
	for j < len(s) && j < maxEntity && isWordByte(s[j]) {
		j++
	}
	if j < len(s) && s[j] == ';' {
		j++
	}
	run := s[:j]
	full := html.UnescapeString(run)
	if full == run {
		return 0, ""
	}
	// The reference is the shortest prefix that decodes to what the whole
	// run does with the rest copied: "&copy2025" is "&copy" then "2025".
	for n := 2; n < len(run); n++ {
		d := html.UnescapeString(run[:n])
		if d != run[:n] && d+run[n:] == full {
			return n, d
		}
	}
	return len(run), full
}

// emit writes a piece of text that came from file[file:file+fileLen],
// after the line end or space that is due.
func (r *htmlReader) emit(s string, file, fileLen int) {
	if len(r.buf) > 0 {
		switch last := r.buf[len(r.buf)-1]; {
		case r.nl && last != '\n':
			r.add("\n", r.end, file-r.end)
		case r.sp && last != '\n' && last != ' ':
			r.add(" ", r.end, file-r.end)
		}
	}
	r.nl, r.sp = false, false
	r.add(s, file, fileLen)
}

// add appends a piece. The pieces cover the file without gaps from the
// first on, so that OffsetMap.File, which maps an offset between two pieces
// to the end of the first, maps the start of a word to the start of its
// bytes: bytes that gave no text (tags, scripts, dropped white space and
// NULs) go with the piece before, unless the new piece starts with
// punctuation that ends a phrase ("<b>5</b>."), where they go with it, so
// that the figure before ends where its bytes end.
func (r *htmlReader) add(s string, file, fileLen int) {
	if gap := file - r.end; gap > 0 && len(r.pieces) > 0 {
		if c, k := utf8.DecodeRuneInString(s); !closesPhrase(c) {
			r.stretchLast(file)
		} else if fileLen != len(s) || k == len(s) {
			r.push(s, r.end, fileLen+gap) // an entity or one character
			return
		} else {
			// a run copied byte for byte: its first character alone
			// takes the gap
			r.push(s[:k], r.end, gap+k)
			s, file, fileLen = s[k:], file+k, fileLen-k
		}
	}
	r.push(s, file, fileLen)
}

// closesPhrase reports whether c is punctuation that ends a phrase, which
// no span starts with.
func closesPhrase(c rune) bool {
	return strings.ContainsRune(".,;:!?)]}\"'%\u2019\u201d\u2026", c)
}

// stretchLast makes the last piece end at file.
func (r *htmlReader) stretchLast(file int) {
	last := &r.pieces[len(r.pieces)-1]
	_, k := utf8.DecodeLastRune(r.buf[last.text : last.text+last.n])
	if last.n != last.fileLen || k == last.n {
		last.fileLen = file - last.file
		r.end = file
		return
	}
	// a run copied byte for byte: its last character alone takes the gap,
	// the rest still maps one to one
	last.n -= k
	last.fileLen -= k
	at, from := last.text+last.n, last.file+last.fileLen
	r.pieces = append(r.pieces, piece{text: at, n: k, file: from, fileLen: file - from})
	r.end = file
}

// push appends a piece that starts where the last ends in the file.
func (r *htmlReader) push(s string, file, fileLen int) {
	p := piece{text: len(r.buf), n: len(s), file: file, fileLen: fileLen}
	if n := len(r.pieces); n > 0 {
		last := &r.pieces[n-1]
		if last.n == last.fileLen && p.n == p.fileLen && last.text+last.n == p.text && last.file+last.fileLen == p.file {
			last.n += p.n
			last.fileLen += p.fileLen
			p.n = 0
		}
	}
	if p.n > 0 {
		r.pieces = append(r.pieces, p)
	}
	r.buf = append(r.buf, s...)
	r.end = file + fileLen
}

// headMeta is what a page's head says about it.
type headMeta struct {
	title, ogTitle, site, published, canonical, ogURL string
}

// tag reads a meta or link tag.
func (m *headMeta) tag(z *html.Tokenizer, tag string) {
	attrs := map[string]string{}
	for {
		k, v, more := z.TagAttr()
		key := string(k)
		if _, dup := attrs[key]; !dup {
			attrs[key] = string(v)
		}
		if !more {
			break
		}
	}
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = foldLine(v)
		}
	}
	if tag == "link" {
		for _, rel := range strings.Fields(strings.ToLower(attrs["rel"])) {
			if rel == "canonical" {
				set(&m.canonical, attrs["href"])
			}
		}
		return
	}
	name := attrs["property"]
	if name == "" {
		name = attrs["name"]
	}
	if name == "" {
		name = attrs["itemprop"]
	}
	v := attrs["content"]
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "og:title":
		set(&m.ogTitle, v)
	case "og:site_name":
		set(&m.site, v)
	case "og:url":
		set(&m.ogURL, v)
	case "article:published_time", "datepublished", "date", "pubdate", "dc.date", "dc.date.issued":
		set(&m.published, v)
	}
}

// page fills a Meta from readability's article and the head: readability
// first for the title and outlet (it strips " | Outlet" from titles), the
// head's own words for the date and the URL.
func (m headMeta) page(art article) Meta {
	first := func(vs ...string) string {
		for _, v := range vs {
			if v != "" {
				return v
			}
		}
		return ""
	}
	date := m.published
	if date == "" && art.published != nil {
		date = art.published.Format(time.RFC3339)
	}
	return Meta{
		Title:  first(art.title, m.ogTitle, m.title),
		Outlet: first(art.site, m.site),
		Date:   date,
		URL:    first(m.canonical, m.ogURL),
	}
}

// article is what readability makes of a page.
type article struct {
	lines     map[string]bool // the article's lines, white space folded; nil for none
	title     string
	site      string
	published *time.Time
}

// readable runs readability on a page. A panic inside it is reported as a
// problem, and the page is read without it.
func readable(src string) (art article, prob *Problem) {
	defer func() {
		if e := recover(); e != nil {
			art = article{}
			prob = &Problem{Offset: -1, Msg: fmt.Sprintf("readability failed (%v); page read without it", e)}
		}
	}()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return article{}, nil
	}
	p := readability.NewParser()
	a, err := p.ParseAndMutate(doc, nil)
	if err != nil {
		return article{}, nil
	}
	art = article{title: foldLine(a.Title), site: foldLine(a.SiteName), published: a.PublishedTime}
	if a.Node == nil {
		return art, nil
	}
	root := a.Node
	if root.Parent != nil {
		root = root.Parent // the article's wrapper: Node is its first child
	}
	art.lines = map[string]bool{}
	nodeLines(root, func(s string) { art.lines[s] = true })
	return art, nil
}

// nodeLines calls line with each line of text under n, white space folded,
// split by the same rules as readHTML.
func nodeLines(root *html.Node, line func(string)) {
	var b strings.Builder
	end := func() {
		if s := foldLine(b.String()); s != "" {
			line(s)
		}
		b.Reset()
	}
	pre := 0
	// iterative: a page may nest deeper than a recursion should go
	n := root
	for n != nil {
		descend := false
		switch n.Type {
		case html.TextNode:
			if pre > 0 && strings.Contains(n.Data, "\n") {
				parts := strings.Split(n.Data, "\n")
				for i, p := range parts {
					if i > 0 {
						end()
					}
					b.WriteString(p)
				}
			} else {
				b.WriteString(strings.ReplaceAll(n.Data, "\x00", ""))
			}
		case html.ElementNode:
			tag := n.Data
			if n.Namespace != "" || rawDrop[tag] || nestDrop[tag] {
				break
			}
			if blockElems[tag] {
				end()
			} else if cellElems[tag] {
				b.WriteByte(' ')
			}
			if tag == "pre" {
				pre++
			}
			descend = n.FirstChild != nil
			if !descend {
				leave(n, &pre, end, &b)
			}
		default:
			descend = n.FirstChild != nil
		}
		if descend {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
			if n == nil {
				break
			}
			leave(n, &pre, end, &b)
		}
		if n == nil || n == root {
			break
		}
		n = n.NextSibling
	}
	end()
}

// leave closes element n in nodeLines.
func leave(n *html.Node, pre *int, end func(), b *strings.Builder) {
	if n.Type != html.ElementNode {
		return
	}
	switch {
	case blockElems[n.Data]:
		end()
	case cellElems[n.Data]:
		b.WriteByte(' ')
	}
	if n.Data == "pre" && *pre > 0 {
		*pre--
	}
}
