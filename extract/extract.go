// Package extract pulls attributed quantitative claims out of news articles.
//
// An Extractor is built once per process from a lexicon (it loads prose's
// sentence and part-of-speech models once, shared by every goroutine) and
// turns one file at a time into an Article with its Claims:
//
//	clean     find the article body in the saved page (package clean)
//	segment   split body paragraphs into sentences
//	scan      find quantities in each sentence (package quantity)
//	claim     read what each quantity counts (subject) and the verb it
//	          belongs to (predicate)
//	attribute find who the article attributes each claim to, and whether it
//	          flags it (unverified, denied, disputed)
//
// Every position is a byte offset into the original file. For a plain text
// or Markdown file in UTF-8, Claim.Text is the file's bytes at Claim.Span;
// for a web page or a file decoded from UTF-16 or Windows-1252
// (Article.Decoded), Claim.Text is the decoded text and Claim.Span points at
// the bytes it was decoded from. Line and column are computed only when
// printing (Article.Position).
package extract

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claims-tool/claims/extract/clean"
	"github.com/claims-tool/claims/extract/fact"
	"github.com/claims-tool/claims/extract/internal/tagger"
	"github.com/claims-tool/claims/extract/quantity"
	"github.com/claims-tool/claims/lexicon"
	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tokenize"
)

// Extractor turns files into claims. It is safe for concurrent use.
type Extractor struct {
	lex  *lexicon.Lexicon
	scan *quantity.Scanner
	seg  *segment.Segmenter
	tag  *tagger.Tagger
	is   lists
	// setsAt are the verbs that set a figure on their object ("put the
	// toll at 19", "projects the deficit at 3.8%"): the [predicate]
	// words of class "any"
	setsAt map[string]bool
	// months holds a [month] word of each month, January first: the time
	// qualifier of that month ("Q3" in a table's heading is jul, aug, sep)
	months [12]string
}

// lists are the lexicon lists that the extractor tests tokens against, as
// sets: a token's lists are looked up once (sentence.in).
type lists struct {
	actor, aux, background, change, changeNoun, changeVerb, citing, container, contrast, counter, denied, dimension, document, direction, fraction, generic, issuing, level, month, motion, nominal, notAgent, orgNoun, period, person, pronoun,
	recording, saying, season, stopword, telling, title, unverified, weekday lexicon.Set
	// words of a time that name no one: parts of a day, relative times
	dayOrRelative lexicon.Set

	// what a sentence without a figure must hold to be read closely
	mayAttribute lexicon.Set
	// what makes a word a time, not a name
	time lexicon.Set
	// the lists of markers
	marker lexicon.Set
}

func newLists(lex *lexicon.Lexicon) lists {
	return lists{
		actor: lex.Set("actor"), aux: lex.Set("aux"), background: lex.Set("background"), change: lex.Set("change"), changeNoun: lex.Set("change-noun"), changeVerb: lex.Set("change-verb"), citing: lex.Set("citing"), container: lex.Set("container"), contrast: lex.Set("contrast"), denied: lex.Set("denied"), dimension: lex.Set("dimension"), document: lex.Set("document"), direction: lex.Set("direction"), fraction: lex.Set("fraction"),
		generic: lex.Set("generic"), issuing: lex.Set("issuing"), level: lex.Set("level"), month: lex.Set("month"), motion: lex.Set("motion"), nominal: lex.Set("nominal"), notAgent: lex.Set("not-agent"), orgNoun: lex.Set("org-noun"), period: lex.Set("period"), person: lex.Set("person"), pronoun: lex.Set("pronoun"),
		recording: lex.Set("recording"), saying: lex.Set("saying"), season: lex.Set("season"), stopword: lex.Set("stopword"), telling: lex.Set("telling"), title: lex.Set("title"),
		unverified: lex.Set("unverified"), weekday: lex.Set("weekday"),
		counter:       lex.Set("counter"),
		mayAttribute:  lex.Set("saying", "title", "denied", "unverified"),
		time:          lex.Set("weekday", "month", "season"),
		dayOrRelative: lex.Set("day-part", "relative-time"),
		marker:        lex.Set("unverified", "denied", "disputing"),
	}
}

// New builds an Extractor. It loads prose's models (once per process).
func New(lex *lexicon.Lexicon) (*Extractor, error) {
	if lex == nil {
		return nil, fmt.Errorf("extract: no lexicon")
	}
	// The two models load at once (the tagger's about 10 ms, the sentence
	// model's 5-8, the tagger's weights then decoded on the core it frees):
	// most of the start-up time, and neither needs the other.
	var (
		tg     *tagger.Tagger
		tagErr error
		done   = make(chan struct{})
	)
	go func() {
		defer close(done)
		tg, tagErr = tagger.New()
	}()
	var abbrevs []string // "Rs. 50,000", "approx. 5,000"
	for _, list := range []string{"currency-abbr", "abbrev"} {
		for _, e := range lex.Entries(list) {
			abbrevs = append(abbrevs, e.Words...)
		}
	}
	seg, err := newSegmenter(abbrevs...)
	<-done
	if err != nil {
		return nil, fmt.Errorf("extract: sentence model: %w", err)
	}
	if tagErr != nil {
		return nil, fmt.Errorf("extract: tagger model: %w", tagErr)
	}
	setsAt := map[string]bool{}
	for _, e := range lex.Entries("predicate") {
		if len(e.Words) == 1 && slices.Contains(fact.Classes(e.Value), "any") {
			setsAt[e.Words[0]] = true
		}
	}
	x := &Extractor{lex: lex, scan: quantity.New(lex), seg: seg, tag: tg, is: newLists(lex), setsAt: setsAt}
	for _, e := range lex.Entries("month") {
		// the shortest word of each month: "jan", not "january"
		if m, err := strconv.Atoi(e.Value); err == nil && m >= 1 && m <= 12 && len(e.Words) == 1 &&
			(x.months[m-1] == "" || len(e.Words[0]) < len(x.months[m-1])) {
			x.months[m-1] = e.Words[0]
		}
	}
	return x, nil
}

// Lexicon returns the lexicon the Extractor reads.
func (x *Extractor) Lexicon() *lexicon.Lexicon { return x.lex }

// sentence is one sentence of the article body.
type sentence struct {
	span   Span
	text   string // the cleaned text of the span
	lower  string // lexicon.LowerASCII(text), for folding its words
	para   int    // index of its paragraph
	toks   []tokenize.Token
	words  []string       // folded token texts
	sets   []lexicon.Sets // the lists each word is in, and those it starts
	quants []quantity.Quantity
	claims []int // indexes into the article's claims

	tagged bool // tokens near figures and cues carry tags
	box    bool // a line of a box of key figures

	claimSubjects []string // subjects of the sentence's claims so far

	// computed once for all the sentence's claims
	folded  string
	times   []string
	content []string
}

// Extract reads one file. path is used as given, for Claim.Article and ids.
// It never fails: what is wrong with the file is in Article.Problems.
func (x *Extractor) Extract(path string, src []byte) *Article {
	text := string(src)
	a := &Article{Path: path, Size: len(src), src: text, lines: lineStarts(text)}
	page := x.page(path, text)
	a.text, a.offsets = page.Text, page.Map
	a.Title, a.Date, a.Outlet, a.URL = page.Meta.Title, page.Meta.Date, page.Meta.Outlet, page.Meta.URL
	for _, p := range page.Problems {
		a.Problems = append(a.Problems, Problem{Offset: p.Offset, Msg: p.Msg})
	}
	if !a.Decoded() && !utf8.Valid(src) {
		a.Problems = append(a.Problems, Problem{Offset: invalidAt(src), Msg: "invalid UTF-8; bad bytes are shown as U+FFFD"})
	}
	sents := x.sentences(page)
	for i := range sents {
		x.claimsOf(a, sents, i)
	}
	x.readTables(a, sents, x.tableCells(page))
	readBoxes(a, page.Boxes)
	x.attribute(a, sents)
	return a
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// maxSentence is the longest sentence read as one, in bytes. Longer runs
// (a page of numbers with no full stop, a minified blob) are cut at spaces
// into pieces of at most this size, which keeps every per-sentence step
// bounded whatever the input.
const maxSentence = 4096

func splitLong(sents []segment.Sentence) []segment.Sentence {
	var out []segment.Sentence
	for _, s := range sents {
		for len(s.Text) > maxSentence {
			cut := strings.LastIndexAny(s.Text[:maxSentence], " \n\t")
			if cut <= 0 {
				cut = maxSentence
				for cut > 0 && !utf8.RuneStart(s.Text[cut]) {
					cut--
				}
			}
			out = append(out, segment.Sentence{Text: s.Text[:cut], Start: s.Start})
			rest := strings.TrimLeft(s.Text[cut:], " \n\t")
			s = segment.Sentence{Text: rest, Start: s.Start + len(s.Text) - len(rest)}
		}
		if s.Text != "" {
			out = append(out, s)
		}
	}
	return out
}

// window is how many sentences on either side of a sentence with a
// quantity are read closely (tokens and part-of-speech tags): the
// attributions, quotations, pronouns and markers that concern a figure stand
// within it, or within its paragraph. Sentences farther from any figure are
// only segmented, which keeps the expensive stages where the claims are.
const window = 3

// segment splits a block into sentences as prose's segmenter does. A block
// with no '.', '?' or '!' but for its last byte is one sentence: prose
// breaks only after a token holding one of them. Many paragraphs of news
// are one such sentence, and prose's punkt reads every word of a block
// (FuzzSegmentOne holds this to prose).
func (x *Extractor) segment(block string) []segment.Sentence {
	start, end := 0, len(block)
	for start < end {
		r, n := decode(block, start)
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(block[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	if start == end {
		return nil
	}
	if strings.ContainsAny(block[start:end-1], ".?!") {
		return x.seg.Segment(block)
	}
	return []segment.Sentence{{Text: block[start:end], Start: start}}
}

// sentences splits the page's body blocks into sentences and scans each for
// quantities; those near a quantity are tokenized and tagged.
func (x *Extractor) sentences(page clean.Page) []*sentence {
	var out []*sentence
	// the page in lower case once: each sentence's words are folded from
	// it, by the scanner, tokenize and the name book
	lower := lexicon.LowerASCII(page.Text)
	for bi, b := range page.Blocks {
		block := page.Text[b.Start:b.End]
		for _, s := range splitLong(x.segment(block)) {
			start := b.Start + s.Start
			end := start + len(s.Text)
			st := &sentence{span: Span{start, end}, text: s.Text, para: bi}
			if end <= len(page.Text) && page.Text[start:end] == s.Text { // as the segmenter gives it
				st.lower = lower[start:end]
			} else {
				st.lower = lexicon.LowerASCII(s.Text)
			}
			// Scan, not HasCandidate first: a sentence without digits
			// mostly holds a candidate ("a"), and the two would lex it twice
			st.quants = x.scan.ScanLower(st.text, st.lower)
			for k := range st.quants {
				shift(&st.quants[k], start)
			}
			out = append(out, st)
		}
	}
	for _, b := range page.Boxes {
		for _, ln := range b.Lines {
			for _, st := range out {
				if ln.Start <= st.span.Start && st.span.End <= ln.End {
					st.box = true
				}
			}
		}
	}
	near := make([]bool, len(out))
	paras := map[int]bool{}
	for i, st := range out {
		if len(st.quants) == 0 {
			continue
		}
		paras[st.para] = true
		for j := max(0, i-window); j <= min(len(out)-1, i+window); j++ {
			near[j] = true
		}
	}
	// a sentence before a pronoun ("They said ...") may hold its antecedent
	attr := make([]bool, len(out))
	pronoun := make([]bool, len(out))
	for i, st := range out {
		if near[i] || paras[st.para] {
			x.tokenize(st)
			attr[i], pronoun[i] = x.mayAttribute(st)
		}
	}
	for i, st := range out {
		ante := i+1 < len(out) && pronoun[i+1] || i+2 < len(out) && pronoun[i+2]
		switch {
		case len(st.quants) > 0 || (near[i] || paras[st.para]) && (ante || attr[i]):
			x.tokenize(st)
			x.tagSentence(st, ante)
			x.retagOpening(st, page.Text)
		case st.toks != nil:
			// read only to decide; an untagged sentence has no tokens
			st.toks, st.words, st.sets = nil, nil, nil
		}
	}
	return out
}

// mayAttribute is a look at a tokenized sentence: does it hold anything
// that attribution reads (a verb of saying, a citing phrase, a pronoun, a
// title, a marker, a quotation mark), and does it hold a pronoun? Only a
// sentence with either is tagged when it has no figure.
func (x *Extractor) mayAttribute(st *sentence) (attr, pronoun bool) {
	// three searches, each by byte: ContainsAny with runes outside ASCII
	// goes rune by rune through the set
	attr = strings.Contains(st.text, `"`) || strings.Contains(st.text, "\u201c") || strings.Contains(st.text, "\u201d")
	for i, w := range st.words {
		switch {
		case st.is(i, x.is.pronoun):
			return true, true
		case st.is(i, x.is.mayAttribute), st.starts(i, x.is.marker), w == "according", w == "citing", w == "quoting", w == "not", w == "no", w == "without":
			// a marker's first word: "declined to confirm"
			attr = true
		}
	}
	return attr, false
}

func shift(q *quantity.Quantity, by int) {
	q.Start += by
	q.End += by
	q.NumStart += by
	if q.BoundStart >= 0 {
		q.BoundStart += by
	}
}

// tokenize fills the sentence's tokens (offsets into the file), their
// folded words and the lists each is in, once.
func (x *Extractor) tokenize(st *sentence) {
	if st.toks != nil {
		return
	}
	toks := words(st.text)
	st.words = make([]string, len(toks))
	st.sets = make([]lexicon.Sets, len(toks))
	for i := range toks {
		t, at := toks[i].Text, toks[i].Start
		if at+len(t) <= len(st.text) && st.text[at:at+len(t)] == t {
			st.words[i] = lexicon.NormAt(st.text, st.lower, at, at+len(t))
		} else {
			st.words[i] = lexicon.Norm(t)
		}
		toks[i].Start += st.span.Start
		st.sets[i] = x.lex.SetsOf(st.words[i])
	}
	st.toks = toks
}

// tagSentence tags the tokens of st that the later stages read, or all of
// them when whole.
func (x *Extractor) tagSentence(st *sentence, whole bool) {
	if whole {
		x.tag.TagTokens(st.toks)
		st.tagged = true
	} else {
		x.tagWindows(st)
	}
	x.retag(st)
}

// retag mends tags the tagger gets wrong where attribution reads them: a
// plural [document] read as a verb before the verb of its sentence ("the
// DCSO figures show", "ministry estimates suggest") is the noun; a verb
// of saying read as a plural noun before "that" is the verb.
func (x *Extractor) retag(st *sentence) {
	for k := range st.toks {
		if st.toks[k].Tag == "VBD" && k > 0 && k+1 < len(st.toks) && st.toks[k-1].Tag == "CD" && st.toks[k+1].Tag == "NNS" && strings.HasSuffix(st.words[k], "ed") && !st.is(k, x.is.nominal) {
			// "1.1 million registered users", "2,000 displaced
			// families": a participle between a number and its noun
			// (not "2,700 wounded", a participle that is the noun)
			st.toks[k].Tag = "VBN"
		}
		if st.toks[k].Tag == "RP" && !particle[st.words[k]] {
			// "Official figures put turnout at 57.2%": only a particle is
			// one ("put out"), a word the model guessed is a noun
			st.toks[k].Tag = "NN"
		}
	}
	for k := 1; k+1 < len(st.toks); k++ {
		// "The alliance disputes that ...", "The union claims that ...":
		// a verb of saying or disputing read as a plural noun, after its
		// subject and before "that"
		if st.toks[k].Tag == "NNS" && st.words[k+1] == "that" && (st.is(k, x.is.saying) || x.lex.HasWord("disputing", st.words[k])) && !finiteBefore(st, k) {
			// (no verb before it: not "Veltra denied union claims that")
			if p := st.toks[k-1].Tag; isNoun(p) || isProper(p) {
				st.toks[k].Tag = "VBZ"
				continue
			}
		}
		if st.toks[k].Tag == "VBZ" && strings.HasSuffix(st.words[k], "s") && (st.is(k+1, x.is.aux) || st.toks[k+1].Tag == "MD") && isFinite(st.toks[k+1].Tag) {
			// "told reporters that homicides had dropped": a plural noun
			// read as a verb, before the verb of its clause
			if p := st.toks[k-1].Tag; p == "DT" || p == "PRP$" || p == "POS" || isAdj(p) || st.words[k-1] == "that" {
				st.toks[k].Tag = "NNS"
				continue
			}
		}
		if st.toks[k].Tag == "VBZ" && isFinite(st.toks[k+1].Tag) && st.is(k, x.is.document) {
			if p := st.toks[k-1].Tag; p == "DT" || isProper(p) || isNoun(p) || isAdj(p) || p == "POS" || p == "PRP$" {
				st.toks[k].Tag = "NNS"
			}
		}
	}
}

// particle are the words that may stand as a verb's particle (tag RP).
var particle = map[string]bool{
	"about": true, "across": true, "ahead": true, "along": true, "apart": true, "around": true, "aside": true, "away": true,
	"back": true, "by": true, "down": true, "forth": true, "forward": true, "in": true, "off": true, "on": true, "open": true,
	"out": true, "over": true, "round": true, "through": true, "together": true, "up": true,
}

// retagOpening mends a common noun that opens a sentence before its verb
// and that its capital made a name: "Homicides fell 7.6%", "Visibility
// fell to 50 metres". The word is tagged again in lower case with the two
// words after it; a name stays a name ("Russia said", "Reuters reported"),
// and so does a word the page capitalises inside a sentence too ("Kestrel
// has set aside ...", "... said Kestrel").
func (x *Extractor) retagOpening(st *sentence, page string) {
	k := 0
	for k < len(st.toks) && isQuote(st.toks[k].Text) {
		k++
	}
	if k+1 >= len(st.toks) || !isProper(st.toks[k].Tag) || !isCap(st.toks[k].Text) || !isWordTok(st.toks[k].Text) ||
		strings.ToUpper(st.toks[k].Text) == st.toks[k].Text {
		return // not an acronym ("NATO said")
	}
	if next := st.toks[k+1].Tag; !isFinite(next) && !st.is(k+1, x.is.aux) && next != "IN" {
		return // ("Tritium in the channel reached")
	}
	if capitalisedInside(page, st.toks[k].Text) {
		return
	}
	var buf [3]tokenize.Token
	win := buf[:min(3, len(st.toks)-k)]
	copy(win, st.toks[k:])
	win[0].Text = strings.ToLower(win[0].Text)
	x.tag.TagTokens(win)
	// a plural, or a singular the model or the page knows in lower case:
	// not a name it never saw ("Pfizer earned $3.2 billion")
	if win[0].Tag == "NNS" || win[0].Tag == "NN" && (x.tag.Knows(win[0].Text) || hasWord(page, win[0].Text) || abstractNoun(win[0].Text)) {
		st.toks[k].Tag = win[0].Tag
	}
}

// capitalisedInside reports whether word stands in text after a word of the
// same sentence (a lower-case letter, a digit or a comma, and a space,
// before it), where only a name keeps its capital.
func capitalisedInside(text, word string) bool {
	return findWord(text, word, func(i int) bool {
		if i < 2 || text[i-1] != ' ' {
			return false
		}
		c := text[i-2]
		return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ','
	})
}

// abstractNoun reports whether w ends as a common noun of English does
// and a name seldom does: "ridership", "deforestation", "homelessness".
func abstractNoun(w string) bool {
	for _, suf := range [...]string{"ship", "ness", "tion", "sion", "ment", "ity", "ance", "ence", "ism", "fall"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// hasWord reports whether w stands in text as a whole word, as written.
func hasWord(text, w string) bool {
	return findWord(text, w, func(int) bool { return true })
}

// findWord reports whether w stands in text as a whole word at an offset
// that ok accepts.
func findWord(text, w string, ok func(i int) bool) bool {
	for at := 0; ; {
		i := strings.Index(text[at:], w)
		if i < 0 {
			return false
		}
		i += at
		at = i + len(w)
		if (i == 0 || !isLetterByte(text[i-1])) && (at == len(text) || !isLetterByte(text[at])) && ok(i) {
			return true
		}
	}
}

// Windows of tokens tagged around what the later stages read: before and
// after a figure (its verb, its counted thing), before and after a cue (its
// source, and to the end of a short tail to see whether it closes the
// sentence).
const (
	figureBefore, figureAfter = 14, 12
	cueBefore, cueAfter       = 12, 8
	shortTail                 = 30
)

// tagWindows tags the windows of st that attribution and claim building
// read; when they cover most of the sentence, the whole of it. The tagger
// reads two words of context on each side, so tags well inside a window are
// those of the whole sentence.
func (x *Extractor) tagWindows(st *sentence) {
	n := len(st.toks)
	need := make([]bool, n+1)
	mark := func(a, b int) {
		for k := max(0, a); k < min(n, b); k++ {
			need[k] = true
		}
	}
	for _, q := range st.quants {
		mark(st.tokenAt(q.Start)-figureBefore, st.tokenAt(q.End)+figureAfter)
	}
	for i, w := range st.words {
		switch {
		case st.is(i, x.is.saying) || w == "according" || w == "citing" || w == "quoting" || w == "put" || w == "found" || w == "finds":
			end := i + cueAfter
			if n-i <= shortTail {
				end = n
			}
			before := cueBefore
			if i > 0 && st.words[i-1] == "," {
				// "Dr Annika Feld, an engineering geologist ... who
				// scanned the site, put": the subject before a long
				// apposition, which leftNP crosses
				before = maxApposition + 4
			}
			mark(i-before, end)
		case st.is(i, x.is.mayAttribute|x.is.pronoun) || isQuote(st.toks[i].Text) || w == "not" || w == "no" || w == "without":
			mark(i-cueBefore, i+cueAfter)
		}
	}
	covered := 0
	for _, b := range need[:n] {
		if b {
			covered++
		}
	}
	st.tagged = true
	if covered*4 >= n*3 {
		x.tag.TagTokens(st.toks)
		return
	}
	for a := 0; a < n; {
		if !need[a] {
			a++
			continue
		}
		b := a
		for b < n && need[b] {
			b++
		}
		x.tag.TagTokens(st.toks[a:b])
		a = b
	}
}

// is reports whether token k is in any of the lists of s.
func (st *sentence) is(k int, s lexicon.Set) bool { return st.sets[k].In&s != 0 }

// starts reports whether token k starts an entry of any of the lists of s.
func (st *sentence) starts(k int, s lexicon.Set) bool { return st.sets[k].Starts&s != 0 }

// lastSubject returns the subject of the sentence's latest claim that
// has one, or "".
func (st *sentence) lastSubject() string {
	for j := len(st.claimSubjects) - 1; j >= 0; j-- {
		if st.claimSubjects[j] != "" {
			return st.claimSubjects[j]
		}
	}
	return ""
}

// inFigure reports whether file offset off lies inside one of the
// sentence's quantities.
func (st *sentence) inFigure(off int) bool {
	for _, q := range st.quants {
		if q.Start <= off && off < q.End {
			return true
		}
	}
	return false
}

// tokenAt returns the index of the first token that starts at or after off.
func (st *sentence) tokenAt(off int) int {
	return sort.Search(len(st.toks), func(i int) bool { return st.toks[i].Start >= off })
}

// tokenBefore returns the index of the last token that ends at or before off.
func (st *sentence) tokenBefore(off int) int {
	// tokens do not overlap, so their ends are in order too
	return sort.Search(len(st.toks), func(i int) bool { return st.toks[i].End() > off }) - 1
}

func isNoun(tag string) bool { return tag == "NN" || tag == "NNS" }

// isWordTok reports whether a token is a word: the tagger labels some
// punctuation (curly quotes, dashes) as nouns or verbs.
func isWordTok(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
func isProper(tag string) bool { return tag == "NNP" || tag == "NNPS" }
func isVerb(tag string) bool   { return strings.HasPrefix(tag, "VB") }

// finiteBefore reports whether a verb with a tense stands before token k.
func finiteBefore(st *sentence, k int) bool {
	for j := 0; j < k; j++ {
		if isFinite(st.toks[j].Tag) {
			return true
		}
	}
	return false
}

// isFinite reports whether a tag is that of a verb with a tense, or a modal.
func isFinite(tag string) bool {
	return tag == "VBD" || tag == "VBP" || tag == "VBZ" || tag == "MD"
}
func isAdj(tag string) bool {
	return tag == "JJ" || tag == "JJR" || tag == "JJS" || tag == "VBN" || tag == "CD"
}

func isQuote(s string) bool {
	switch s {
	case "\"", "'", "“", "”", "‘", "’", "``", "''":
		return true
	}
	return false
}

// claimsOf builds the claims of sentence i.
func (x *Extractor) claimsOf(a *Article, sents []*sentence, i int) {
	st := sents[i]
	if len(st.quants) == 0 {
		return
	}
	st.folded, st.times, st.content = foldSpace(st.text), x.timePlace(st), x.context(st)
	counter := false // "the real number is closer to 5,500"
	for k := range st.words {
		if st.starts(k, x.is.counter) {
			if _, n := x.lex.Match("counter", st.words, k); n > 0 {
				counter = true
				break
			}
		}
	}
	for qi, q := range st.quants {
		if x.notAClaim(st, q) {
			continue
		}
		x.dropPrepositionalBound(st, &q)
		balanceQuotes(a.text, &q)
		c := Claim{
			Article:      a.Path,
			Span:         a.fileSpan(Span{q.Start, q.End}),
			Text:         a.text[q.Start:q.End],
			Sentence:     st.folded,
			SentenceSpan: a.fileSpan(st.span),
			Value:        Value{Low: q.Low, High: q.High, Approx: q.Approx, Vague: q.Vague},
			Unit:         q.Unit,
			Kind:         q.Kind,
			Change:       q.Change,
			Status:       Reported,
			Markers:      []Marker{},
			at:           Span{q.Start, q.End},
			para:         st.para,
			counter:      counter,
		}
		c.ID = fmt.Sprintf("%s@%d", a.Path, c.Span.Start)
		if k := st.tokenBefore(q.Start); k >= 2 && st.words[k] == "the" && st.words[k-1] == "of" &&
			(st.inFigure(st.toks[k-2].Start) || x.lex.HasWord("part", st.words[k-2])) {
			c.whole = true // "850 of the 3,200 jobs", "most of the 300"; not "the families of the 60"
		}
		c.part = x.partOf(st, q.Start) || x.partitive(st, q)
		subj, mods, headEnd := x.subject(st, q)
		if subj == "" || q.Nominal == "" && headEnd > 0 && headEnd <= len(st.toks) && x.participle(st, headEnd-1) {
			// "Ships waiting: 47"; a label names what a participle after
			// the figure counts ("Deaths: 2 confirmed"; not "Casualties:
			// 12 killed, 30 wounded", which name their own)
			if l := x.labelled(st, q); l != "" {
				subj = l
			}
		}
		if subj == "" {
			subj = x.movedSubject(st, q) // "raised its rate from 5.5% to 6.25%"
		}
		if subj == "" {
			subj = x.levelSubject(st, q) // "raised the death toll to 7 from 4"
		}
		if subj == "" {
			subj = x.ranked(st, q) // "raised the avalanche danger to level 4"
		}
		if f := st.tokenAt(q.Start); subj == "" {
			if v := x.setterBefore(st, f); v >= 0 {
				if h := x.objectHead(st, v+1, f); h != "it" {
					subj = h // "put the likely job losses closer to 600"
				}
			}
		}
		if n := compoundNoun(a.text, q); n != "" && !x.lex.Has("not-counted", n) {
			// "the 151-member assembly", "a 112-car train": the count
			// is of the noun it is glued to, not of the one it modifies
			subj, mods, c.compound = n, nil, true
		}
		if q.Kind == quantity.Percent {
			// "puts the deficit at 3.8% of GDP": the share is of GDP,
			// the figure is the deficit's, when a verb that sets a
			// figure says so ("irregularities at 12% of polling
			// stations" are the stations')
			if h, v := x.putAtVerb(st, st.tokenBefore(q.Start)); h != "" && x.setsAt[st.words[v]] {
				subj, mods = h, nil
			}
		}
		if subj == "" && q.Kind == quantity.Count {
			k := st.tokenBefore(q.Start)
			switch put := x.putAt(st, k); {
			case put != "":
				subj = put
			case k >= 1 && st.words[k] == "of" && isNoun(st.toks[k-1].Tag) && isWordTok(st.toks[k-1].Text) && !st.inFigure(st.toks[k-1].Start) &&
				!st.is(k-1, x.is.container|x.is.level|x.is.person):
				// "a legal limit of 50", "a population of about 5,500"; not
				// "an average of 36", "a peak of 312,000": the thing
				// counted before
				subj = strings.ToLower(st.toks[k-1].Text)
			case k >= 1 && st.words[k] == "at" && isNoun(st.toks[k-1].Tag) && isWordTok(st.toks[k-1].Text) && !x.ofThem(st, q):
				// "put the number of collapsed homes at about 80"
				subj = strings.ToLower(st.toks[k-1].Text)
			case k >= 1 && isVerb(st.toks[k].Tag) && x.harms(st.words[k]):
				// "the strike killed 12 and wounded 30": the victims, people
				subj = "people"
			case k >= 1 && isVerb(st.toks[k].Tag) && !st.is(k, x.is.aux) && !st.is(k, x.is.saying) && !st.is(k, x.is.nominal) && !x.ofThem(st, q):
				// "the death toll has passed 40,000": what the verb's subject counts
				subj = x.subjectOf(st, k)
			case k >= 2 && (st.words[k] == "to" || st.words[k] == "by" || st.words[k] == "at") && isVerb(st.toks[k-1].Tag) &&
				!st.is(k-1, x.is.aux) && !st.is(k-1, x.is.saying) && !x.harms(st.words[k-1]):
				// "the number of destroyed homes rose to 470", "losses stood at 300"
				subj = x.subjectOf(st, k-1)
			}
		}
		if subj == "" && (q.Kind == quantity.Count || q.Kind == quantity.Vague) {
			// an elided noun: "67 drones were destroyed and 71 jammed",
			// "1.9 million people need aid. Another 400,000 face hunger."
			another := false
			if k := st.tokenBefore(q.Start); k >= 0 && st.words[k] == "another" {
				another = true
			}
			if qi > 0 && len(st.claims) > 0 || another && len(a.Claims) > 0 {
				// the latest claim, or the sentence's latest that is no
				// compound ("77 seats in the 151-member assembly, against 61")
				prev := &a.Claims[len(a.Claims)-1]
				for k := len(st.claims) - 2; k >= 0 && prev.compound; k-- {
					prev = &a.Claims[st.claims[k]]
				}
				if !prev.compound {
					subj = prev.Subject
					mods = prev.Qualifiers
					if e := st.tokenAt(q.End); qi > 0 && (e == len(st.toks) || st.words[e] == "," || st.words[e] == "." || st.words[e] == ";") {
						c.elided = true
					}
				}
			} else if p := x.saidAlone(a, sents, i, q); p != nil {
				// "Twenty-three schools remain closed, the office says.
				// A parents' group says 31.": a bare count told by
				// another source is of the figure before it
				subj = p.Subject
			} else if p := x.counted(a, sents, i, q); p != nil {
				// "Rescuers pulled 184 people from the sea. Fourteen
				// were taken to hospital": a count that opens its
				// sentence as the subject counts what the count before
				// it in the paragraph counts
				subj = p.Subject
			}
		}
		if dim, _ := fact.Dimension(q.Unit); dim == "length" && (subj == "" || x.lex.In(subj)&x.is.direction != 0) {
			if (subj == "" || subj == "underground") && x.deep(st, q) {
				// "trapped 640 metres underground" (the adverb may have
				// been read as what is counted)
				subj = "depth"
			} else if s := x.located(st, q); s != "" || subj != "" {
				subj, mods = s, nil // "south-west" places the distance
			}
		}
		c.Predicate = x.predicate(st, q, headEnd)
		if subj == "" && q.Kind == quantity.Money {
			subj = x.allotted(st, q) // "set aside €16 million for compensation"
		}
		if subj == "" && q.Kind == quantity.Money {
			var v int
			if subj, v = x.moneyVerb(st, q); subj != "" && subj != "cost" && v >= 0 {
				// who pays, pledges or lends: two acts of two actors are
				// two facts ("Japan pledged $500m. Korea pledged $200m.");
				// what costs is told many ways ("rebuilding the dam would
				// cost", "a safe replacement would cost")
				c.actor = strings.ToLower(x.subjectOf(st, v))
			}
		}
		if subj == "" && (q.Kind == quantity.Measure || q.Kind == quantity.Duration || q.Kind == quantity.Percent || q.Kind == quantity.Money) {
			subj = x.measured(st, q)
		}
		if subj == "" && q.Kind != quantity.Count && q.Kind != quantity.Vague {
			subj = x.apposed(st, q) // "Insured deposits, roughly 12.8 billion crowns, moved"
		}
		if subj == "" && q.Kind == quantity.Percent && !q.Vague {
			// "the NRP won 44.8% of the vote, the Alliance 39.1%": a
			// bare share in a list of shares is of what the list's
			// first names
			if p := x.elidedShare(a, sents, i, q); p != nil {
				subj = p.Subject
			}
		}
		if subj == "times" {
			if s, ok := x.multiple(st, q); ok {
				subj, mods = s, nil
			}
		}
		if subj == "it" || subj != "" && x.lex.Has("container", subj) {
			// "the union put the number at 3,100": a container with
			// nothing counted after it stands for the figure just given
			// ("... although the government insists the real figure is
			// closer to 60,000": what the workers did, too)
			if p := x.antecedent(a, sents, i, q); p != nil {
				subj, mods, c.anaphor = p.Subject, p.Qualifiers, true
				if c.Predicate == "" {
					c.Predicate = p.Predicate
				}
			} else if subj == "it" {
				subj = ""
			}
		}
		if v, ok := x.lex.Lookup("unit-subject", q.Unit); ok && !strings.HasPrefix(subj, v) && !q.Of && !hyphenWord(c.Text) {
			// "the 47.3C reading", "a high of 46.1C": what a unit can
			// only measure ([unit-subject]) is the subject; not of "40
			// degrees of latitude" or "a 180-degree turn"
			subj, mods = v, nil
		}
		if p := x.converts(a, st, q); p != nil {
			// "120 million crowns, or roughly €5 million", "450,000 marks
			// ($45,000)": a conversion measures what the figure it
			// converts measures
			subj, mods = p.Subject, slices.DeleteFunc(slices.Clone(p.Qualifiers), func(m string) bool { return slices.Contains(st.times, m) })
		}
		c.Subject = subj
		st.claimSubjects = append(st.claimSubjects, subj)
		c.Qualifiers = append(mods[:len(mods):len(mods)], st.times...)
		if x.earlier(st, q) {
			c.Qualifiers = append(c.Qualifiers, "t:earlier")
		}
		c.Context = st.content
		st.claims = append(st.claims, len(a.Claims))
		a.Claims = append(a.Claims, c)
	}
}

// converts returns the claim q converts into another currency or unit: the
// sentence's claim just before it, of the same kind (and dimension) in
// another unit, with only a bracket, a comma or "or" between
// ("450,000 marks ($45,000)", "120 million crowns, or roughly €5
// million", "11 nautical miles (20 km)").
func (x *Extractor) converts(a *Article, st *sentence, q quantity.Quantity) *Claim {
	if len(st.claims) == 0 || q.Kind != quantity.Money && q.Kind != quantity.Measure {
		return nil
	}
	p := &a.Claims[st.claims[len(st.claims)-1]]
	if p.Kind != q.Kind || p.Unit == q.Unit || p.at.End > q.Start {
		return nil
	}
	if q.Kind == quantity.Measure {
		pd, pf := fact.Dimension(p.Unit)
		qd, qf := fact.Dimension(q.Unit)
		if pd == "" || pd != qd || !sameSize(p.Value.Low, q.Low, pf, qf) && !sameSize(p.Value.High, q.High, pf, qf) {
			return nil // "a depth of 10 km, 80 miles north-east of": two lengths
		}
	} else if pb, _ := fact.Scale(p.Unit); pb == q.Unit {
		return nil // "$1.2 billion ... $300 million": one currency
	}
	if j := st.tokenAt(q.End); j < len(st.toks) {
		switch st.words[j] {
		case "more", "less", "higher", "lower", "above", "below", "than", "of":
			return nil // "fined £40 million, $12 million more than"
		}
	}
	switch strings.Join(strings.Fields(a.text[p.at.End:q.Start]), " ") {
	case "(", ",", ", or", "or", "—", "–":
		return p
	}
	return nil
}

// sameSize reports whether two amounts, in units of one dimension with
// factors pf and qf to its base, are one amount told in two units (within
// the rounding of a conversion).
func sameSize(p, q *float64, pf, qf float64) bool {
	if p == nil || q == nil || *p == 0 || *q == 0 {
		return false
	}
	r := (*p * pf) / (*q * qf)
	return r > 0.85 && r < 1.18
}

// multiple reads what "N times" counts. A multiple of something ("four
// times the legal limit", "19 times that", "three times as high") measures
// what its clause is about: the subject of the verb or copula before it
// ("nitrate reached four times the limit"), or the figure it stands beside
// ("287 µg/m3, about 19 times the guideline"). A frequency ("fined 11
// times") keeps "times".
func (x *Extractor) multiple(st *sentence, q quantity.Quantity) (string, bool) {
	j := st.tokenAt(q.End)
	if j >= len(st.toks) || st.words[j] != "times" {
		return "", false
	}
	k := st.tokenBefore(q.Start)
	if k < 0 {
		return "", false
	}
	after := ""
	if j+1 < len(st.toks) {
		after = st.words[j+1]
	}
	for e := j + 1; e < len(st.toks) && e <= j+3; e++ {
		det := st.toks[e].Tag == "DT" || st.words[e] == "that" || st.words[e] == "this"
		if !det && (st.is(e, x.is.period|x.is.time|x.is.dayOrRelative) || x.isTimeNoun(st, e)) && (e+1 == len(st.toks) || !isNoun(st.toks[e+1].Tag) && !isAdj(st.toks[e+1].Tag)) {
			// "scored 30 times this season", "inspected 12 times the
			// previous year"; not "three times the October average"
			return "", false
		}
		if !det && !isAdj(st.toks[e].Tag) {
			break
		}
	}
	as := after == "as" && j+2 < len(st.toks) && (isAdj(st.toks[j+2].Tag) || st.toks[j+2].Tag == "RB" || st.words[j+2] == "many" || st.words[j+2] == "much")
	if after == "the" || after == "that" || after == "this" || as || after == "its" || after == "their" || j+1 < len(st.toks) && st.toks[j+1].Tag == "PRP$" {
		v := k
		if st.words[v] == "at" && v > 0 {
			v-- // "peaked at four times"
		}
		s := ""
		switch {
		case st.words[k] == "," || st.words[k] == "or":
			s = st.lastSubject()
		case isVerb(st.toks[v].Tag) && isWordTok(st.toks[v].Text):
			s = x.subjectOf(st, v)
		}
		if x.lex.In(s)&(x.is.period|x.is.time) != 0 {
			s = "" // "Cases this year are five times ...": not the year
		}
		// no subject rather than "times": multiples of different things
		// would line up as one
		return s, true
	}
	// a frequency ("fined 11 times") counts times: the golds and the
	// readers name it so
	return "", false
}

// notAClaim rejects what the scanner reads as a number but the sentence
// shows is not one: a fraction word alone used as an ordinal or a noun
// ("the third increase", "the final quarter"), and a number that is part of
// a name ("FTSE 100", "Boeing 737", "Route 9").
func (x *Extractor) notAClaim(st *sentence, q quantity.Quantity) bool {
	i := st.tokenAt(q.Start)
	j := st.tokenAt(q.End)
	if i >= len(st.toks) {
		return false
	}
	if j == i+1 && st.is(i, x.is.fraction) {
		next, prev := "", ""
		if j < len(st.toks) {
			next = st.words[j]
		}
		if i > 0 {
			prev = st.words[i-1]
		}
		counted := prev == "a" || prev == "an" || x.lex.Has("cardinal", prev) || i == 0 && next == "of"
		if !counted {
			return true
		}
	}
	if j == i+2 && j < len(st.toks) && (st.words[i] == "a" || st.words[i] == "an") && x.lex.HasWord("ordinal", st.words[i+1]) &&
		!x.allTime(st, j, j) {
		// "a third suspect", "a fifth straight win": an ordinal before
		// its noun, not a fraction ("a third of", "a third more", "fell
		// by a third last year")
		if t := st.toks[j].Tag; t == "NN" || t == "JJ" && j+1 < len(st.toks) && isNoun(st.toks[j+1].Tag) {
			return true
		}
	}
	if q.Bound == "min" && q.Low != nil && *q.Low == 1 && q.Kind == quantity.Count && i > 0 && j < len(st.toks) && (isNoun(st.toks[j].Tag) || isAdj(st.toks[j].Tag) || st.toks[j].Tag == "VBG" || st.toks[j].Tag == "VBN") && x.lex.HasWord("having", st.words[i-1]) {
		// "schools that had at least one post empty", "heads who report
		// at least one unfilled post": a condition that picks out those
		// counted, no figure of its own (not "at least one person died")
		return true
	}
	if t := st.toks[j-1].Text; q.Kind == quantity.Duration && j >= i+2 && i > 0 && isCap(t) && strings.ToLower(t[1:]) == t[1:] && isWordTok(t) && !opensSentence(st, i) {
		// "told 60 Minutes", "on 24 Hours": a title, its unit capitalised
		return true
	}
	if t := st.toks[i].Text; q.Unit == "" && j == i+1 && len(t) >= 2 && t[0] == '0' && isDigitsOnly(t) {
		return true // "runway 09", "agent 007": a number with a leading zero is a label
	}
	if q.BoundStart < 0 && q.Unit == "" && i > 0 && j == i+1 && isDigitsOnly(st.toks[i].Text) {
		// "on piste 15", "pistes 14 and 15", "gate 12": a number that
		// names, after a noun that is numbered
		if x.lex.HasWord("numbered", st.words[i-1]) && (j == len(st.toks) || !isNoun(st.toks[j].Tag)) {
			return true
		}
		if i >= 3 && (st.words[i-1] == "and" || st.words[i-1] == "," || st.words[i-1] == "or") && isDigitsOnly(st.toks[i-2].Text) && x.lex.HasWord("numbered", st.words[i-3]) {
			return true
		}
	}
	if q.BoundStart < 0 && q.Unit == "" && i > 0 && j == i+1 && isDigitsOnly(st.toks[i].Text) {
		prev := st.toks[i-1]
		w := st.words[i-1]
		if isCap(prev.Text) && isWordTok(prev.Text) && !strings.HasSuffix(w, "'s") &&
			!st.is(i-1, x.is.month|x.is.weekday|x.is.title|x.is.citing) && !x.lex.HasWord("stopword", w) {
			// "the site's Unit 4": a name with a number inside the
			// sentence. After a quotation mark or bracket, or at the
			// sentence's start with the name going on ("WKRV 7 News
			// has ..."), only a word the tagger never saw is a name:
			// "Only 12 Republicans", "“Another 40 Russian jets" count
			k := i - 2
			if k >= 0 && (isWordTok(st.toks[k].Text) || st.toks[k].Text == ",") {
				return true
			}
			unknown := !x.tag.Knows(w)
			if unknown && k >= 0 && (isQuote(st.toks[k].Text) || st.toks[k].Text == "(") {
				return true
			}
			if unknown && j < len(st.toks) && isCap(st.toks[j].Text) && isWordTok(st.toks[j].Text) {
				return true
			}
		}
	}
	return false
}

// compoundNoun returns the noun a count without a unit is glued to by a
// hyphen, in lower case ("151-member" gives "member"), or "".
func compoundNoun(text string, q quantity.Quantity) string {
	if q.Kind != quantity.Count || q.Unit != "" || q.Vague || !strings.HasPrefix(text[q.End:], "-") {
		return ""
	}
	rest := text[q.End+1:]
	n := 0
	for n < len(rest) && rest[n] >= 'a' && rest[n] <= 'z' {
		n++
	}
	if n < 2 || n < len(rest) && (rest[n] == '-' || isLetterByte(rest[n])) {
		return "" // "a 3-to-1 vote", "a 10-Year plan"
	}
	return rest[:n]
}

// hyphenWord reports whether s glues a word to what comes before it with
// a hyphen ("180-degree"), as a range of figures ("32-34C") does not.
func hyphenWord(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '-' && isLetterByte(s[i+1]) {
			return true
		}
	}
	return false
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

func isDigitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// balanceQuotes extends a quantity that opens a quotation inside itself to
// the closing mark right after it: a “significant number”.
func balanceQuotes(text string, q *quantity.Quantity) {
	in := text[q.Start:q.End]
	if strings.Count(in, "\u201c") > strings.Count(in, "\u201d") && strings.HasPrefix(text[q.End:], "\u201d") {
		q.End += len("\u201d")
	}
	if strings.Count(in, "\"")%2 == 1 && strings.HasPrefix(text[q.End:], "\"") {
		q.End++
	}
}

// dropPrepositionalBound undoes a bound read from a preposition that
// follows a noun: "control over 1,100 km²" is 1,100, not more than 1,100.
// "above", "below" and "under" after a noun still compare ("temperatures
// above 40 degrees", "children under 5").
func (x *Extractor) dropPrepositionalBound(st *sentence, q *quantity.Quantity) {
	switch q.BoundWord {
	case "over", "around":
	default:
		return
	}
	k := st.tokenBefore(q.BoundStart)
	if k < 0 {
		return
	}
	// "6% over two years", "€58 million over two years": across a time,
	// after another figure
	after := q.BoundWord == "over" && st.inFigure(st.toks[k].Start)
	if !after && (!isNoun(st.toks[k].Tag) || !isWordTok(st.toks[k].Text)) {
		return
	}
	exact := q.High
	if q.Bound == "min" {
		exact = q.Low
	}
	q.Start, q.BoundStart, q.Bound, q.BoundWord = q.NumStart, -1, "", ""
	q.Low, q.High, q.Approx = exact, exact, false
}

// subject finds the head noun of what the quantity counts, the modifiers of
// that noun, and the token index just after the noun phrase.
func (x *Extractor) subject(st *sentence, q quantity.Quantity) (string, []string, int) {
	j := st.tokenAt(q.End)
	for j < len(st.toks) && isQuote(st.toks[j].Text) {
		j++
	}
	if j+1 < len(st.toks) && st.toks[j].Text == "(" {
		// "a €4.2bn ($4.9bn) housing package": past a conversion
		for e := j + 1; e < len(st.toks) && e < j+8; e++ {
			if st.toks[e].Text == ")" {
				if st.inFigure(st.toks[j+1].Start) || st.toks[j+1].Tag == "$" || st.toks[j+1].Tag == "CD" {
					j = e + 1
				}
				break
			}
		}
	}
	if q.Nominal != "" {
		if j+1 < len(st.toks) && isNoun(st.toks[j+1].Tag) && isWordTok(st.toks[j+1].Text) {
			// "5,000 dead fish": the participle modifies a noun
			if h, m, e := x.nounPhrase(st, j); h != "" {
				return h, m, e
			}
		}
		return q.Nominal, nil, j + 1
	}
	if q.Vague && j < len(st.toks) && st.is(j, x.is.nominal) {
		return st.words[j], nil, j + 1 // "dozens wounded"
	}
	partitive := false
	if j < len(st.toks) && st.words[j] == "of" && q.Kind == quantity.Duration && x.within(st, q) {
		// "within 40 minutes of the distress call": what the time is
		// measured from (a distance's is what it places: "within 3 km
		// of the plant")
		return "", nil, j
	}
	if j < len(st.toks) && st.words[j] == "of" {
		j++
		partitive = true
		if j+1 < len(st.toks) && (st.words[j] == "those" || st.words[j] == "these") && isNoun(st.toks[j+1].Tag) {
			j++ // "19 of those schools", as "19 of the schools"
		}
	} else if q.Kind == quantity.Money && j+1 < len(st.toks) && st.words[j] == "in" && !x.isTimeNoun(st, j+1) && !x.lex.Has("currency", st.words[j+1]) && !x.inDocument(st, j+1) {
		// not "$4.5 million in bitcoin": what it is paid in; nor
		// "proposed 10.20 crowns in its report": where it is said
		j++ // "$180 million in damage", "€1.5 million in emergency aid"
	}
	head, mods, end := x.nounPhrase(st, j)
	if head == "" && partitive && j < len(st.toks) && st.toks[j].Tag == "NNPS" && isWordTok(st.toks[j].Text) && (j+1 == len(st.toks) || !isProper(st.toks[j+1].Tag)) {
		// "68% of Estravians": a people named by their country
		head, end = strings.ToLower(st.toks[j].Text), j+1
	}
	if head != "" && j < len(st.toks) && setsInTime(st.words[j]) && st.is(end-1, x.is.period) {
		head, mods, end = "", nil, j // "rose 3.1% last year": when, not what
	}
	if head != "" && !partitive && end == j+1 && q.Unit != "" && (q.Kind == quantity.Measure || q.Kind == quantity.Money) && x.lex.Has("unit", head) {
		// "a speed of 58 km/h seconds before the crash": a unit of
		// time after a measure says when, and counts nothing
		if u, ok := x.lex.Lookup("unit", head); ok && strings.HasSuffix(u, "duration") {
			head, mods, end = "", nil, j
		}
	}
	if head != "" && end == j+1 && x.lex.HasWord("not-head", head) {
		// "140 km/h moments before impact", "took in $179.6 million
		// worldwide": when or where, not what
		head, mods, end = "", nil, j
	}
	if head != "" && j+2 < len(st.toks) && st.is(j, x.is.period) && (st.words[j+1] == "on" || st.words[j+1] == "over") && st.words[j+2] == st.words[j] {
		head, mods, end = "", nil, j // "down 9% year on year"
	}
	if head != "" {
		return head, mods, end
	}
	if !partitive {
		// "Of the survivors, 34 were from Kelem": a partitive fronted
		// before the figure says what it counts
		if h := x.frontedOf(st, st.tokenAt(q.Start)); h != "" {
			return h, nil, j
		}
	}
	if partitive {
		k := j
		if k < len(st.toks) && (st.words[k] == "the" || st.words[k] == "those" || st.words[k] == "these") {
			k++
		}
		if (st.words[j] == "them" || st.words[j] == "whom") && j+1 < len(st.toks) && st.toks[j+1].Tag == "NNS" && isWordTok(st.toks[j+1].Text) {
			// "61 people have died, 44 of them children": what the part
			// is, named after it
			if h, m, e := x.nounPhrase(st, j+1); h != "" {
				return h, m, e
			}
		}
		// "four of the dead were children", "55,000 of those affected
		// were children": a part with no noun of its own is what the
		// copula says it is
		if h, at := x.copulaNoun(st, j); h != "" {
			return h, nil, at
		}
		if k < len(st.toks) && st.is(k, x.is.nominal) && (k+1 == len(st.toks) || !isNoun(st.toks[k+1].Tag) && !isAdj(st.toks[k+1].Tag) && !isProper(st.toks[k+1].Tag)) {
			// "four of the injured were taken to hospital": else the
			// participle names who is counted
			return st.words[k], nil, k + 1
		}
	}
	// "the losses were in the hundreds": the subject of the copula
	k := st.tokenBefore(q.Start)
	if k >= 0 && isNoun(st.toks[k].Tag) && isWordTok(st.toks[k].Text) && !st.inFigure(st.toks[k].Start) && x.sizeAfter(st, q) &&
		!x.isTimeNoun(st, k) && !(k > 0 && st.words[k-1] == "in") && (j+1 >= len(st.toks) || !isNoun(st.toks[j+1].Tag)) {
		// "a gash about 4 metres long", "a crater 12 metres across":
		// the size of the noun it follows (not "last week 30 cm deep
		// snow", "in places 2 metres deep"); past "of" to the head ("a
		// line of cars 5 km long")
		if k >= 2 && st.words[k-1] == "of" && isNoun(st.toks[k-2].Tag) && isWordTok(st.toks[k-2].Text) {
			k -= 2
		}
		return strings.ToLower(st.toks[k].Text), nil, j
	}
	if k >= 2 && st.words[k] == "and" && x.lex.HasWord("size", st.words[k-1]) && st.inFigure(st.toks[k-2].Start) && x.sizeAfter(st, q) && len(st.claimSubjects) > 0 {
		// "which is 32 metres high and 54 years old": the size before
		// it is of the same thing
		if s := st.claimSubjects[len(st.claimSubjects)-1]; s != "" {
			return s, nil, j
		}
	}
	if k >= 2 && st.words[k] == "worth" && (st.is(k-1, x.is.aux) || st.toks[k-1].Tag == "RB") {
		k-- // "the haul was worth up to €100 million": what is worth it
	}
	for k >= 0 && (st.words[k] == "the" || st.words[k] == "in" || st.is(k, x.is.aux) || st.toks[k].Tag == "RB") {
		if st.is(k, x.is.aux) && k >= 3 && (st.words[k-1] == "which" || st.words[k-1] == "that") && st.words[k-2] == "," {
			// "The dam, which is 32 metres high,": the noun the clause
			// is about
			if s := x.subjectOf(st, k); s != "" {
				return s, nil, j
			}
		}
		n := k - 1
		if n > 0 && (st.words[n] == "alone" || st.toks[n].Tag == "VBN" && isNoun(st.toks[n-1].Tag)) {
			n-- // "the contract alone is worth", "the real number detained was 300"
		}
		if st.is(k, x.is.aux) && k > 0 && isNoun(st.toks[n].Tag) {
			// "the dose rate measured inside the building was": the
			// head of the copula's subject, past a preposition that is
			// no "of" ("the tongue of debris is 400 metres wide" is the
			// debris's) and no conjunction ("said that a fair price
			// would be")
			if h := phraseStart(st, n); h >= 2 && st.toks[h-1].Tag == "IN" && st.words[h-1] != "of" && !notPreposition[st.words[h-1]] {
				if s := x.subjectOf(st, n+1); s != "" {
					return s, nil, j
				}
			}
			return strings.ToLower(st.toks[n].Text), nil, j
		}
		if st.is(k, x.is.aux) && k > 0 && st.inFigure(st.toks[k-1].Start) {
			// "Its appeal for $46 million was only 18% funded": the noun
			// before the figure's preposition
			f := k - 1
			for f > 0 && st.inFigure(st.toks[f-1].Start) {
				f--
			}
			if f >= 2 && st.toks[f-1].Tag == "IN" && isNoun(st.toks[f-2].Tag) && isWordTok(st.toks[f-2].Text) {
				return strings.ToLower(st.toks[f-2].Text), nil, j
			}
		}
		k--
	}
	return "", nil, j
}

// labelled returns the head noun of a label that opens the sentence and
// a colon closes before the figure, as in a box of key figures ("Ships
// waiting: 47", "- Estimated daily cost: €40m"), or that follows a figure
// opening the sentence and its colon ("- 46: police officers injured"),
// or "". A label before the figure is a few words with no figure and no
// verb of saying.
func (x *Extractor) labelled(st *sentence, q quantity.Quantity) string {
	f := st.tokenAt(q.Start)
	start := 0
	for k := f - 1; k > 0; k-- {
		if t := st.toks[k].Text; t == ";" || t == "," || t == "/" {
			if slices.ContainsFunc(st.toks[k+1:f], func(t tokenize.Token) bool { return labelSep(t.Text) }) {
				start = k + 1 // "Dead: 12 (hospital); Injured: 40 (police)", "..., injured: 40"
				break
			}
			if t == ";" {
				break // not "Deaths: 2 (civil protection); 3 (hospital)"
			}
		}
	}
	for start < f && !isWordTok(st.toks[start].Text) {
		start++ // a bullet, "**", a quote mark
	}
	if e := st.tokenAt(q.End); start == f && e+1 < len(st.toks) && st.figureSep(e) {
		// the label after the figure: "35,000: police estimate of the
		// crowd at its peak", "112: arrests, according to police",
		// "3 km: length of the march route"
		return x.labelHead(st, e+1, len(st.toks))
	}
	rel := false // past "when", "where": a clause inside the label ("Altitude when the engine failed:")
	for k := start + 1; k < f && k <= start+maxLabel; k++ {
		if timeClause(st.words[k]) && k > start {
			rel = true
		}
		switch {
		case labelSep(st.toks[k].Text):
			return x.labelHead(st, start, k)
		case rel && (isVerb(st.toks[k].Tag) || st.toks[k].Tag == "DT" || isNoun(st.toks[k].Tag) || isProper(st.toks[k].Tag)):
			continue
		case st.toks[k].Tag == "CD" && !quantity.IsYear(st.toks[k].Text) || st.inFigure(st.toks[k].Start) || st.is(k, x.is.saying) && isVerb(st.toks[k].Tag) || st.toks[k].Text == ",",
			finiteVerb(st.toks[k].Tag) && !(st.toks[k].Tag == "VBD" && st.toks[k+1].Text == ":") && !(st.toks[k].Tag == "VB" && st.words[k-1] == "to"):
			// "Traders put the cost higher: ..." is a clause; "Facilities
			// hit:" may be tagged a past tense; "Deadline to comply:",
			// "Share of 2024 turnover:" are labels
			return ""
		}
	}
	return ""
}

// maxLabel is the most words a label before its figure may have ("Rise
// in bread prices over the year: 22%").
const maxLabel = 9

// labelHead returns what the label in tokens [i, end) names: the head of
// its noun phrase ("Ships waiting"), or the noun after "of" or "in" when
// the head only says which figure of it is given ("Number of homes
// destroyed", "Rise in bread prices", "Length of main runway"). A label
// may open with a capital the tagger reads as a name ("Area damaged by
// drought") or be one participle ("Injured: at least 240").
func (x *Extractor) labelHead(st *sentence, i, end int) string {
	if i >= end {
		return ""
	}
	if end == i+1 && (st.is(i, x.is.nominal) || isNoun(st.toks[i].Tag) || isProper(st.toks[i].Tag) && x.tag.Knows(st.words[i])) {
		return st.words[i]
	}
	if st.is(i, x.is.nominal) && !isNoun(st.toks[i+1].Tag) && !isProper(st.toks[i+1].Tag) {
		return st.words[i] // "Killed in the crash: 15", "Injured at the scene: 27 (police)"
	}
	for k := i; k < end && k < i+4; k++ {
		if st.toks[k].Tag == "POS" {
			i = k + 1 // "Varela's release clause at Alvorada"
			break
		}
		if !isProper(st.toks[k].Tag) {
			break
		}
	}
	if i+1 < end && (st.toks[i].Tag == "VBN" || st.toks[i].Tag == "VBD") && (isNoun(st.toks[i+1].Tag) || isAdj(st.toks[i+1].Tag)) {
		i++ // "reported weekly wage": a participle before the label's noun
	}
	if i >= end {
		return ""
	}
	h, _, e := x.nounPhrase(st, i)
	if h == "" && i+1 < end && isCap(st.toks[i].Text) && isWordTok(st.toks[i].Text) && x.tag.Knows(st.words[i]) {
		if timeClause(st.words[i+1]) {
			return st.words[i] // "Altitude when the engine failed", whatever its tag
		}
	}
	if h == "" && isProper(st.toks[i].Tag) && isCap(st.toks[i].Text) && x.tag.Knows(st.words[i]) && isWordTok(st.toks[i].Text) &&
		(i+1 == end || !isNoun(st.toks[i+1].Tag) && !isProper(st.toks[i+1].Tag)) {
		h, e = st.words[i], i+1 // "Area damaged by drought"
	}
	if h == "" || e > end {
		return ""
	}
	if e+1 < end && (st.words[e] == "of" && st.is(e-1, x.is.container|x.is.changeNoun|x.is.dimension) || st.words[e] == "in" && st.is(e-1, x.is.container|x.is.changeNoun)) {
		if o, _, oe := x.nounPhrase(st, e+1); o != "" && oe <= end {
			return o
		}
	}
	if x.lex.In(h)&x.is.level != 0 && e >= i+2 && isWordTok(st.toks[e-2].Text) &&
		(isNoun(st.toks[e-2].Tag) || isProper(st.toks[e-2].Tag) && x.tag.Knows(st.words[e-2])) {
		return st.words[e-2] // "Deficit target for 2025: 3.2%", "GDP growth forecast: 1.2%"
	}
	return h
}

// labelSep reports whether a token parts a label from its figure: a colon
// ("Ships waiting: 47") or a dash ("4,812 — sea arrivals in October").
func labelSep(tok string) bool {
	return tok == ":" || tok == "\u2014" || tok == "\u2013"
}

// figureFirst reports whether st is a fact line that opens with its
// figure: "4,812 — sea arrivals in October (Interior Ministry)".
func figureFirst(st *sentence) bool {
	f := 0
	for f < len(st.toks) && !isWordTok(st.toks[f].Text) && !st.inFigure(st.toks[f].Start) {
		f++ // a bullet
	}
	if f == len(st.toks) || !st.inFigure(st.toks[f].Start) {
		return false
	}
	for f < len(st.toks) && st.inFigure(st.toks[f].Start) {
		f++
	}
	return f < len(st.toks) && st.figureSep(f)
}

// figureSep reports whether token k, after a figure that opens a fact
// line, parts it from its label: a colon or a dash, typed as one ("—",
// "–"), as two hyphens ("12 -- hospitals hit") or as a hyphen between
// spaces ("4,000 - jobs to go").
func (st *sentence) figureSep(k int) bool {
	switch t := st.toks[k].Text; t {
	case "--":
		return true
	case "-":
		i := st.toks[k].Start - st.span.Start
		return i > 0 && i+1 < len(st.text) && st.text[i-1] == ' ' && st.text[i+1] == ' '
	default:
		return labelSep(t)
	}
}

// frontedOf reads "Of the survivors, " opening the sentence before token
// i, and returns its noun, or "".
func (x *Extractor) frontedOf(st *sentence, i int) string {
	k := 0
	for k < i && isQuote(st.toks[k].Text) {
		k++
	}
	if k >= i || st.words[k] != "of" {
		return ""
	}
	h, _, end := x.nounPhrase(st, k+1)
	if h == "" || end >= i {
		return ""
	}
	// the phrase may go on ("Of the suspected cases recorded since the
	// outbreak began, 1,284 ..."); one comma closes it, right before the
	// figure or an adverb
	c := end
	for c < i && st.words[c] != "," {
		c++
	}
	if c >= i || c+1 != i && !(c+2 == i && st.toks[c+1].Tag == "RB") {
		return ""
	}
	return h
}

// copulaNoun reads "the dead were children" from token j: a few words
// with no noun among them, a form of "be", and a noun phrase. It returns
// that phrase's head and the index of the copula, or "".
func (x *Extractor) copulaNoun(st *sentence, j int) (string, int) {
	for k := j; k < len(st.toks) && k < j+4; k++ {
		switch w := st.words[k]; {
		case w == "is" || w == "are" || w == "was" || w == "were":
			if h, _, _ := x.nounPhrase(st, k+1); h != "" {
				return h, k
			}
			return "", j
		case isNoun(st.toks[k].Tag) || isProper(st.toks[k].Tag) || !isWordTok(st.toks[k].Text) && !st.inFigure(st.toks[k].Start):
			return "", j // (past a figure: "Forty-four of the 61 dead were children")
		}
	}
	return "", j
}

// nounPhrase reads a noun phrase from token j: modifiers and a head noun.
func (x *Extractor) nounPhrase(st *sentence, j int) (string, []string, int) {
	head := ""
	headAt := -1
	var mods []string
	k := j
	for ; k < len(st.toks); k++ {
		t := st.toks[k]
		w := st.words[k]
		if strings.ContainsAny(t.Text, "\u2014\u2013") {
			break // "them\u2014most": a dash the tokenizer left inside a word ends the phrase
		}
		if k > j && (w == "and" || w == "," || w == "-") && k+1 < len(st.toks) && (isAdj(st.toks[k+1].Tag) || isProper(st.toks[k+1].Tag)) && head == "" {
			continue // "Russian and North Korean soldiers"
		}
		if (w == "the" || t.Tag == "PRP$") && k == j {
			continue // "the", "its customers"
		}
		if t.Tag == "POS" && k+1 < len(st.toks) && (head != "" && headAt == k-1 || head == "" && k > j && isProper(st.toks[k-1].Tag)) {
			// "the country's five container ports", "Kestria's gas": the
			// possessor is a determiner, the phrase goes on
			head, headAt, mods = "", -1, nil
			continue
		}
		if head == "" && k > j && st.inFigure(t.Start) && (st.toks[k-1].Tag == "POS" || st.inFigure(st.toks[k-1].Start)) {
			continue // the figure of "the country's five ports", "the state's roughly 6,200 bridges"
		}
		if head != "" && headAt == k-1 && st.toks[headAt].Tag == "NN" && (w == "and" || w == "or") {
			// "rail and port workers": a singular noun and another before
			// the head are its modifiers ("drones and missiles" are two)
			if e := k + 1; e+1 < len(st.toks) && isNoun(st.toks[e].Tag) && isNoun(st.toks[e+1].Tag) && isWordTok(st.toks[e].Text) {
				head, headAt = "", -1
				continue
			}
		}
		if k > j && st.is(k, x.is.time) && (isCap(t.Text) || !st.is(k, x.is.month)) {
			break // "dead fish Wednesday morning": a time ends the phrase; "the march route" goes on
		}
		if isNoun(t.Tag) && isWordTok(t.Text) && !st.is(k, x.is.aux) {
			if head != "" && headAt != k-1 {
				break
			}
			head, headAt = strings.ToLower(t.Text), k
			continue
		}
		// "emergency humanitarian funding": an adjective between nouns
		// ("cargo last year": a time after the phrase)
		if head != "" && t.Tag == "JJ" && k+1 < len(st.toks) && isNoun(st.toks[k+1].Tag) && isWordTok(st.toks[k+1].Text) && !x.lastPeriod(st, k+1) {
			headAt = k
			continue
		}
		// "40 head of cattle": a partitive head counts what follows "of"
		if head == "head" && w == "of" && k+1 < len(st.toks) {
			if h, m, e := x.nounPhrase(st, k+1); h != "" {
				return h, append(mods, m...), e
			}
		}
		if head != "" {
			break
		}
		if isAdj(t.Tag) || isProper(t.Tag) || t.Tag == "NNP" {
			if t.Tag != "CD" {
				mods = append(mods, w)
			}
			continue
		}
		if (t.Tag == "VBG" || t.Tag == "VBN") && k+1 < len(st.toks) && (isNoun(st.toks[k+1].Tag) || isAdj(st.toks[k+1].Tag)) && isWordTok(t.Text) {
			mods = append(mods, w) // "fishing boats", "suspected crew members"
			continue
		}
		if t.Tag == "RB" && k == j {
			break
		}
		break
	}
	if head == "" && len(mods) > 0 {
		// a proper noun read as the head: "North Korean" alone is no head
		return "", nil, j
	}
	return head, mods, k
}

// predicate finds the verb the quantity belongs to: the verb after it when it
// is the subject ("67 drones were destroyed"), else the verb before it
// ("Moscow sent 139 drones").
func (x *Extractor) predicate(st *sentence, q quantity.Quantity, from int) string {
	if q.Nominal != "" {
		return q.Nominal
	}
	// object position: a verb right before the quantity ("sent 139 drones")
	if k := st.tokenBefore(q.Start); k >= 0 {
		for k > 0 && (st.toks[k].Tag == "DT" || st.toks[k].Tag == "RB") {
			k--
		}
		if t := st.toks[k]; (isVerb(t.Tag) || t.Tag == "JJ" && st.is(k, x.is.nominal)) && isWordTok(t.Text) && !st.is(k, x.is.aux) && !st.is(k, x.is.saying) {
			// "killed two people and injured 27": a participle of harm
			// the tagger reads as an adjective is the verb too
			return x.verbPhrase(st, k)
		}
	}
	k := from
	// skip a prepositional phrase: "60,000 troops in Kursk Oblast are"
	if k < len(st.toks) && st.toks[k].Tag == "IN" && st.words[k] != "that" {
		for k++; k < len(st.toks) && (isProper(st.toks[k].Tag) || isNoun(st.toks[k].Tag) || st.toks[k].Tag == "DT" || isAdj(st.toks[k].Tag)); k++ {
		}
	}
	for k < len(st.toks) && (st.is(k, x.is.aux) || st.toks[k].Tag == "RB" || st.toks[k].Tag == "MD") {
		if st.is(k, x.is.aux) && k+1 < len(st.toks) && !isVerb(st.toks[k+1].Tag) && st.toks[k+1].Tag != "RB" {
			if st.is(k+1, x.is.nominal) {
				return st.words[k+1] // "seven people are dead"
			}
			return "" // a copula: "are the 60,000"
		}
		k++
	}
	if k+1 < len(st.toks) && k > from && st.is(k, x.is.saying) && st.is(k+1, x.is.nominal) {
		return st.words[k+1] // "seven people are confirmed dead"
	}
	if k < len(st.toks) && isVerb(st.toks[k].Tag) && isWordTok(st.toks[k].Text) && !st.is(k, x.is.saying) && (k == from || st.toks[k].Tag != "VB" || st.toks[k-1].Tag == "MD") {
		return x.verbPhrase(st, k)
	}
	// the verb before
	for k = st.tokenBefore(q.Start); k >= 0; k-- {
		t := st.toks[k]
		if t.Text == "," || t.Text == ";" || t.Text == ":" || isQuote(t.Text) {
			break
		}
		if isVerb(t.Tag) && isWordTok(t.Text) && !st.is(k, x.is.aux) {
			if st.is(k, x.is.saying) {
				// "the ministry estimated the number of strikers at
				// 62,000": the estimate is the figure's verb
				if b := st.tokenBefore(q.Start); b > k+1 && st.words[b] == "at" {
					return x.verbPhrase(st, k)
				}
				break
			}
			return x.verbPhrase(st, k)
		}
	}
	return ""
}

// verbPhrase returns the verb at k with a particle: "shot down".
func (x *Extractor) verbPhrase(st *sentence, k int) string {
	v := st.words[k]
	if k+1 < len(st.toks) && st.toks[k+1].Tag == "RP" {
		v += " " + st.words[k+1]
	}
	return v
}

// measured finds what a measure with no noun after it measures: the object
// before "to" or "by" ("reduced territory to 460 km²"), or the verb right
// before it ("advanced 2.5 kilometers": an advance).
func (x *Extractor) measured(st *sentence, q quantity.Quantity) string {
	k := st.tokenBefore(q.Start)
	if n := x.putAt(st, k); n != "" {
		return n
	}
	// "winds of up to 150 km/h", "inflation at 3.2%", "an increase of 2.6%";
	// a sentence may open with the noun, capitalised ("Inflation at 3.2%")
	if k >= 1 && (st.words[k] == "of" || st.words[k] == "at") && isWordTok(st.toks[k-1].Text) &&
		(isNoun(st.toks[k-1].Tag) || isProper(st.toks[k-1].Tag) && opensSentence(st, k-1)) {
		return strings.ToLower(st.toks[k-1].Text)
	}
	// "an appeal for $46 million", "a request for $4.2 billion"
	if k >= 1 && q.Kind == quantity.Money && st.words[k] == "for" && isNoun(st.toks[k-1].Tag) && isWordTok(st.toks[k-1].Text) {
		return strings.ToLower(st.toks[k-1].Text)
	}
	if k >= 1 && (st.words[k] == "to" || st.words[k] == "by") && isNoun(st.toks[k-1].Tag) && isWordTok(st.toks[k-1].Text) && !st.inFigure(st.toks[k-1].Start) && !x.lastPeriod(st, k-1) {
		return strings.ToLower(st.toks[k-1].Text)
	}
	if k >= 1 && (st.words[k] == "from" && (st.words[k-1] == "up" || st.words[k-1] == "down" || isVerb(st.toks[k-1].Tag) || st.inFigure(st.toks[k-1].Start)) ||
		st.words[k] == "with" && st.words[k-1] == "compared") && len(st.claimSubjects) > 0 {
		// "grew 3.1%, slowing from 3.0%", "rose to 5%, up from 4%": the
		// figure it is set against measures the same thing
		if s := st.claimSubjects[len(st.claimSubjects)-1]; s != "" {
			return s
		}
	}
	if k >= 1 && (st.words[k] == "up" || st.words[k] == "down") && isNoun(st.toks[k-1].Tag) && isWordTok(st.toks[k-1].Text) && !st.is(k-1, x.is.period|x.is.time) {
		// "with food prices up 12.3%", "reported revenue up 12%"; not
		// "ended the session up 1.2%", "closed the day down 0.8%"
		return strings.ToLower(st.toks[k-1].Text)
	}
	if k >= 1 && (st.words[k] == "up" || st.words[k] == "down") && st.words[k-1] == "," {
		// "rose to 612 in the week to Sunday, up 35%": the change of the
		// figure before it
		if s := st.lastSubject(); s != "" {
			return s
		}
	}
	comparative := func(i int) bool {
		return i >= 0 && (st.toks[i].Tag == "JJR" || st.toks[i].Tag == "RBR" || st.words[i] == "up" || st.words[i] == "down")
	}
	if k >= 2 && st.words[k] == "at" && (comparative(k-1) && st.inFigure(st.toks[k-2].Start) || st.inFigure(st.toks[k-1].Start)) {
		// "settling 16 percent higher at €41.20", "closed down 7.4% at
		// 18.62 euros": the level after a change is of what changed
		f := k - 1
		if comparative(f) {
			f--
		}
		for f > 0 && st.inFigure(st.toks[f-1].Start) {
			f--
		}
		if st.inFigure(st.toks[k-1].Start) && !comparative(f-1) {
			f = -1 // not "estimated 300 at 5%"
		} else if comparative(f - 1) {
			f--
		}
		if f >= 0 {
			if s := st.lastSubject(); s != "" {
				return s
			}
			v := f - 1
			for v > 0 && (st.is(v, x.is.weekday|x.is.time) || st.toks[v].Tag == "RB") {
				v-- // "ended Tuesday 17 percent higher"
			}
			if v >= 0 && isVerb(st.toks[v].Tag) && !st.is(v, x.is.aux) {
				if s := x.subjectOf(st, v); s != "" {
					return s
				}
			}
		}
	}
	if k >= 1 && (st.words[k] == "to" || st.words[k] == "by") && (st.inFigure(st.toks[k-1].Start) || k >= 2 && st.words[k-1] == "," && st.words[k] == "to" && st.inFigure(st.toks[k-2].Start)) {
		// "raised its rate by 25 basis points to 2.75%", "will go up
		// 20 cents, to $1.55": what the first figure measures, the
		// second does too
		if s := st.lastSubject(); s != "" {
			return s
		}
	}
	if q.Kind == quantity.Duration {
		if s := x.timeLimit(st, q); s != "" {
			return s
		}
		// "faces up to 12 years in prison", "two nights in custody",
		// "16 months in office": where the time is spent
		if e := st.tokenAt(q.End); e+1 < len(st.toks) && st.words[e] == "in" && !x.isTimeNoun(st, e+1) {
			j := e + 1
			for j < len(st.toks) && (st.toks[j].Tag == "DT" || st.toks[j].Tag == "PRP$") {
				j++
			}
			if h, _, _ := x.nounPhrase(st, j); h != "" && x.lex.HasWord("stay", h) {
				return h
			}
		}
	}
	if q.Kind == quantity.Duration || q.Kind == quantity.Measure && k >= 0 && st.words[k] == "for" {
		// "the truce lasted four days"; "lorries were backed up for 38km";
		// "280 millimetres of rain fell in 72 hours"
		if k >= 1 && st.words[k] == "the" && st.words[k-1] == "in" && q.Kind == quantity.Duration {
			k-- // "in the 72 hours before the freeze"
		}
		if s := x.lasted(st, k); s != "" && (k >= 0 && (st.words[k] == "for" || st.words[k] == "after") || !x.acts(s)) {
			// (people who waited an hour: the wait, below)
			return s
		}
		if q.Kind == quantity.Duration && k >= 2 && st.words[k] == "for" && (st.words[k-1] == "and" || st.words[k-1] == "or") {
			// "closed for 40 minutes in 2023 and for 90 minutes in 2024":
			// a second time of the same thing
			if s := st.lastSubject(); s != "" {
				return s
			}
		}
		if q.Kind == quantity.Duration && k >= 1 && st.words[k] == "for" {
			// "Hallberg-Kessling Airport was closed for about seven
			// hours", "shut the runways again for 45 minutes": with no
			// common noun to hold it, the time is the act's ([act-noun])
			for v := k - 1; v >= 0 && v >= k-6; v-- {
				if isVerb(st.toks[v].Tag) && !st.is(v, x.is.aux) {
					if n, ok := x.lex.LookupWord("act-noun", x.verbBase(st.words[v])); ok {
						return n
					}
					break
				}
				if w := st.words[v]; w == "," || w == ";" || st.inFigure(st.toks[v].Start) {
					break
				}
			}
		}
	}
	if q.Kind == quantity.Money {
		// "wiped about €1.9 billion off the company's market value":
		// what the sum is taken off
		if e := st.tokenAt(q.End); e+1 < len(st.toks) && st.words[e] == "off" && k >= 0 && isVerb(st.toks[k].Tag) {
			j := e + 1
			for j < len(st.toks) && (st.toks[j].Tag == "DT" || st.toks[j].Tag == "PRP$") {
				j++
			}
			if h, _, _ := x.nounPhrase(st, j); h != "" {
				return h
			}
		}
	}
	if k >= 2 && (st.words[k] == "in" || st.words[k] == "out") && isVerb(st.toks[k-1].Tag) && !st.is(k-1, x.is.aux) && (q.Kind == quantity.Money || q.Kind == quantity.Measure) {
		k-- // "the corridor brings in 14 billion cubic metres", "took in $179.6 million": a verb and its particle
	}
	// "wages rose 5.6%", "inflation held at 6.8%": the subject of the verb
	v := k
	if v >= 2 && (st.toks[v].Tag == "JJ" || st.toks[v].Tag == "DT") && st.words[v-1] == "a" && st.words[v-2] == "by" {
		v -= 2 // "overstated by a cumulative €312 million"
	}
	if v >= 0 && (st.words[v] == "at" || st.words[v] == "by" || st.words[v] == "to") {
		v--
	}
	if v >= 2 && st.toks[v].Tag == "VBG" && st.words[v-1] == "," {
		// "Shares lost 62% on Tuesday, closing at €4.18": the
		// participle's subject is the clause's before the comma
		for m := v - 2; m >= 0; m-- {
			if w := st.words[m]; w == "," || w == ";" {
				break
			}
			if isFinite(st.toks[m].Tag) && !st.is(m, x.is.aux) && !st.is(m, x.is.saying) {
				if s := x.subjectOf(st, m); s != "" {
					return s
				}
				break
			}
		}
	}
	if v >= 1 && (st.words[v] == "up" || st.words[v] == "down") && isVerb(st.toks[v-1].Tag) {
		v-- // "closed down 4.1%"
	}
	if v >= 1 && v < k && (st.words[v] == "in" || st.words[v] == "out") && isVerb(st.toks[v-1].Tag) {
		v-- // "sales came in at $44.5 million"
	}
	if v >= 2 && v == k && (st.toks[v].Tag == "JJ" || st.toks[v].Tag == "JJR" || st.toks[v].Tag == "RB" || st.toks[v].Tag == "RBR" || st.toks[v].Tag == "DT") {
		// "shares fell a further 3.1%", "rose another 2%", "data going
		// back 15 years": the verb's, past a word between
		w := st.words[v]
		additive := w == "further" || w == "additional" || w == "extra" || w == "another"
		u := v - 1
		if st.toks[u].Tag == "DT" {
			u--
		}
		if u >= 0 && isVerb(st.toks[u].Tag) && !st.is(u, x.is.aux) {
			v = u
			if additive {
				k = u // "advanced a further 2.5 km" as "advanced 2.5 km"
			}
		}
	}
	if v >= 1 && q.Change != "" && st.is(v, x.is.aux) && isVerb(st.toks[v].Tag) {
		// "sea arrivals are up 38%", "arrivals were 21% lower": the
		// change of the copula's subject
		if s := x.subjectOf(st, v); s != "" {
			return s
		}
	}
	if v >= 1 && isVerb(st.toks[v].Tag) && !st.is(v, x.is.aux) && (st.words[v-1] == "and" || st.words[v-1] == "but") && v-1 > 0 && st.inFigure(st.toks[v-2].Start) {
		// "Shares fell as much as 9% and closed down 7.4%": a verb
		// joined to one before it shares its subject
		if s := st.lastSubject(); s != "" {
			return s
		}
	}
	if v >= 0 && isVerb(st.toks[v].Tag) && isWordTok(st.toks[v].Text) && !st.is(v, x.is.aux) {
		// a distance or a time after its verb is that verb's extent:
		// "advanced 2.5 kilometers" is an advance; a speed, a weight, a
		// temperature is its subject's ("the train was going 55 mph")
		dim, _ := fact.Dimension(q.Unit)
		if v == k && (q.Kind == quantity.Duration || q.Kind == quantity.Measure && (dim == "length" || dim == "area")) {
			if dim == "area" {
				// "the fire has scorched 410 square kilometres": a verb's
				// extent in hectares is the area it covered
				return "area"
			}
			// (a change verb measures the change: "the river had risen
			// 6 metres" is a rise)
			n := x.verbBase(st.words[v])
			if st.is(v, x.is.change|x.is.changeVerb) {
				return n
			}
			if dim == "length" && x.placed(st, q, x.lex.In(n)&x.is.motion != 0) {
				// "the boat capsized 30 km south of the island", "was
				// fishing 11 nautical miles off the coast": where
				// something happened, a distance
				return "distance"
			}
			if dim == "length" && n == st.words[v] && presentVerb(st.toks[v].Tag) {
				// "the town lies 60 km from the front": a verb of where
				// something is, not of a movement, so the length is a distance
				return "distance"
			}
			// "the riot lasted 11 hours", "the plume reached 12 km", "the
			// debris travelled 1.5 km": the extent of the verb's subject;
			// of people acting, the extent of the act ("troops advanced
			// 2.5 km" is an advance, "she waited an hour" a wait)
			s := x.subjectOf(st, v)
			if st.toks[v].Tag == "VBG" && v > 0 && isNoun(st.toks[v-1].Tag) && isWordTok(st.toks[v-1].Text) {
				s = st.words[v-1] // "the backlog of patients waiting 18 weeks"
			}
			if s != "" && !x.acts(s) && x.lex.In(s)&x.is.period == 0 && !x.lex.Has("unit", s) && !x.lex.Has("vague", s) {
				return s
			}
			return n
		}
		s := x.subjectOf(st, v)
		if v == k && (q.Kind == quantity.Percent || q.Kind == quantity.Money) && x.lex.In(s)&x.is.generic != 0 {
			// "the government offered 5%", "ministers pledged $5m": a
			// figure after a verb whose subject is a party is what that
			// party offers or gives, no measure of it
			return ""
		}
		return s
	}
	return ""
}

// timeLimit reads a stretch of time that limits or spreads something
// else: "within N" after a verb is the time to do what its object names
// ("publish preliminary findings within 30 days", "resolve every appeal
// within 21 days"), or what its subject names after a passive, "due" or
// "take effect" ("a final report is due within 60 days", "the
// counter-tariffs will take effect within 30 days"); "over N" right after
// a sum spreads that sum ("pay 1.5 billion crowns more over five years").
// "" for anything else.
func (x *Extractor) timeLimit(st *sentence, q quantity.Quantity) string {
	f := st.tokenAt(q.Start)
	k := f - 1
	if k >= 0 && st.words[k] == "over" {
		f, k = k, k-1 // "over" read as no bound of the time
	}
	if f < len(st.toks) && st.words[f] == "over" {
		if k >= 0 && st.words[k] == "more" {
			k--
		}
		if k >= 0 && st.inFigure(st.toks[k].Start) {
			return st.lastSubject()
		}
		return ""
	}
	if !x.within(st, q) {
		return ""
	}
	if k >= 0 && st.words[k] == "due" {
		return x.subjectOf(st, k) // "a final report is due within 60 days"
	}
	// back to the verb, over its object and the phrases after it
	v := k
	for ; v >= 0 && v > k-maxLimitGap; v-- {
		if isVerb(st.toks[v].Tag) && !st.is(v, x.is.aux) {
			break
		}
		if w := st.words[v]; w == "," || w == ";" || st.is(v, x.is.saying) {
			return ""
		}
	}
	if v < 0 || v <= k-maxLimitGap || !isVerb(st.toks[v].Tag) {
		return ""
	}
	j := v + 1
	for j <= k && (st.toks[j].Tag == "DT" || st.toks[j].Tag == "PRP$" || st.inFigure(st.toks[j].Start)) {
		j++ // "cut 12,000 public-sector jobs", "publish its report"
	}
	if j > k || v == k || x.passive(st, v) {
		return x.subjectOf(st, v) // "would be reconnected within five days"
	}
	h, _, _ := x.nounPhrase(st, j)
	if h == "effect" {
		return x.subjectOf(st, v) // "will take effect within 30 days"
	}
	if h == "" || x.lex.In(h)&(x.is.pronoun|x.is.period) != 0 {
		return ""
	}
	return h
}

// sizeAfter reports whether an adjective of size or age follows q: "32
// metres high", "54 years old".
func (x *Extractor) sizeAfter(st *sentence, q quantity.Quantity) bool {
	e := st.tokenAt(q.End)
	if e >= len(st.toks) {
		return false
	}
	return x.lex.HasWord("size", st.words[e])
}

// inDocument reports whether the noun phrase from token j is a document
// ("its report", "the budget statement"): where a figure is said.
func (x *Extractor) inDocument(st *sentence, j int) bool {
	for j < len(st.toks) && (st.toks[j].Tag == "DT" || st.toks[j].Tag == "PRP$" || isAdj(st.toks[j].Tag)) {
		j++
	}
	_, _, e := x.nounPhrase(st, j)
	return e > j && st.is(e-1, x.is.document)
}

// within reports whether q is bounded by "within" ("within 30 days").
func (x *Extractor) within(st *sentence, q quantity.Quantity) bool {
	f := st.tokenAt(q.Start)
	return f < len(st.toks) && st.words[f] == "within"
}

// maxLimitGap is how many words timeLimit reads back from "within" to its
// verb ("restore power to 95 per cent of customers within 72 hours").
const maxLimitGap = 10

// acts reports whether noun s names people who act (troops, she,
// ministers, residents): their distance or time is that of the act.
func (x *Extractor) acts(s string) bool {
	return x.lex.In(s)&(x.is.actor|x.is.person|x.is.generic|x.is.pronoun) != 0 || fact.Class(x.lex, s) == "people"
}

// lasted reads what a stretch of time before token k+1 is the time of,
// where its verb takes no object: "the truce lasted just four days", "a
// convoy had been held at a checkpoint for three days", "the ceasefire
// collapsed after four days". What lasted, was held or collapsed is the
// subject of the verb's clause, read from the clause's start: the subject
// of a verb in a passive or after a participle stands there, far from the
// verb ("The truce, announced for two weeks, lasted"; "a convoy of 14
// trucks carrying food had been held").
func (x *Extractor) lasted(st *sentence, k int) string {
	for k >= 0 && st.toks[k].Tag == "RB" {
		k-- // "just", "only"
	}
	if k < 0 {
		return ""
	}
	v := k
	if w := st.words[k]; w == "for" || w == "after" || w == "in" {
		// back over the verb's adjuncts to the verb: "held at an RSF
		// checkpoint west of the city for"
		for v = k - 1; v >= 0; v-- {
			t := st.toks[v].Tag
			if isVerb(t) || !isWordTok(st.toks[v].Text) || st.inFigure(st.toks[v].Start) {
				break
			}
		}
		if v >= 0 && v+2 == k && (st.toks[v+1].Tag == "JJ" || st.toks[v+1].Tag == "VBN") && (st.is(v, x.is.aux) || x.lex.HasWord("linking", st.words[v])) {
			// "will remain closed for three days", "were offline for 12
			// days": the state its subject was in
			if s := x.subjectOf(st, v); s != "" {
				return s
			}
		}
		if v < 0 || v+1 < k && !(st.toks[v+1].Tag == "IN" || st.toks[v+1].Tag == "RB" || st.toks[v+1].Tag == "RP") {
			return "" // "searched the rubble for three days": the search, not the searchers
		}
		if v+1 < k && st.toks[v+1].Tag == "IN" && st.is(v, x.is.aux) {
			// "had been on duty for more than 13 hours", "had been at the
			// wheel for": a state its subject was in
			if s := x.subjectOf(st, v); s != "" {
				return s
			}
		}
	}
	if v < 0 || !isVerb(st.toks[v].Tag) || !isWordTok(st.toks[v].Text) || st.is(v, x.is.aux) || v == k && st.is(v, x.is.saying) {
		return ""
	}
	// the clause's start: after a verb of saying and its "that", after ",
	// and", ", but" or ";", after an opening phrase set off by a comma
	// ("After the quake, power was cut for 12 hours"), or the sentence's
	// first word
	if r := v - 1; r >= 1 && (st.words[r] == "that" || st.words[r] == "which") {
		// "a fire that burned for 30 hours", "the fire, which burned
		// for 30 hours,": the noun the relative clause is about, the
		// head of its phrase
		n := r - 1
		if st.words[n] == "," && n >= 1 {
			n--
		}
		if isNoun(st.toks[n].Tag) && isWordTok(st.toks[n].Text) {
			// the head of "the siege of the town, which lasted"
			h := n
			for h > 0 && (isNoun(st.toks[h-1].Tag) || isAdj(st.toks[h-1].Tag) || isProper(st.toks[h-1].Tag) || st.toks[h-1].Tag == "DT" || st.toks[h-1].Tag == "POS") {
				h--
			}
			if h >= 2 && isNoun(st.toks[h-2].Tag) && isWordTok(st.toks[h-2].Text) && (st.words[h-1] == "of" || st.words[h-1] == "by" || st.words[h-1] == "at" || st.words[h-1] == "in" || st.words[h-1] == "on" || st.words[h-1] == "with") {
				return st.words[h-2] // "a hunger strike by prisoners, which lasted"
			}
			return st.words[n]
		}
	}
	start := 0
	for i := v - 1; i >= 0; i-- {
		w := st.words[i]
		if x.reports(st, i) || w == ";" ||
			(w == "and" || w == "but") && i > 0 && st.words[i-1] == "," {
			start = i + 1
			break
		}
	}
	if start < len(st.toks) && st.words[start] == "that" {
		start++
	}
	if start == 0 {
		for start < v && isQuote(st.toks[start].Text) {
			start++
		}
		if start < v && st.toks[start].Tag == "IN" {
			for i := start; i < v; i++ {
				if st.words[i] == "," {
					start = i + 1
					break
				}
			}
		}
	}
	for start < v && (st.toks[start].Tag == "DT" || st.toks[start].Tag == "PRP$") {
		start++
	}
	measure := false
	for start < v && st.inFigure(st.toks[start].Start) {
		measure = measure || x.lex.Has("unit", st.words[start])
		start++ // "30 inmates had been trapped for an hour", "A two-week ceasefire"
	}
	if start < v && st.words[start] == "of" {
		if !measure {
			return "" // "Thousands of patients are waiting more than a year": who acts is counted
		}
		start++ // "280 millimetres of rain fell in 72 hours": the stuff measured
	}
	if head, _, end := x.nounPhrase(st, start); head != "" && end <= v {
		return head
	}
	return ""
}

// reports reports whether token i is a verb of saying that opens a
// reported clause ("said a convoy", "said that"), not one with an adjunct
// ("announced on May 20") or a participle ("The truce, announced for").
func (x *Extractor) reports(st *sentence, i int) bool {
	if !st.is(i, x.is.saying) || !isVerb(st.toks[i].Tag) || i+1 >= len(st.toks) {
		return false
	}
	if st.toks[i].Tag == "VBN" && i > 0 && st.words[i-1] == "," {
		return false
	}
	switch st.toks[i+1].Tag {
	case "IN", "TO", "RB", ",", ".":
		return st.words[i+1] == "that"
	}
	return true
}

// placed reports whether a distance places something: "DIRECTION of",
// "off", "away from" or, after a verb that is no movement, "from" follows
// the figure (past a conversion, "(87 km)").
func (x *Extractor) placed(st *sentence, q quantity.Quantity, motion bool) bool {
	j := x.pastFigure(st, q)
	if j >= len(st.toks) {
		return false
	}
	switch st.words[j] {
	case "off":
		return true // "fishing 11 nautical miles off the coast"
	case "away", "from":
		// "living 20 km from the volcano", "1,600 km away"; not
		// "marched 8 km from the university": where a movement starts is
		// no place
		return !motion
	}
	// "capsized 30 km south of the island"; not "moved 2 km east", nor
	// "advanced 2 km south of the city"
	return !motion && st.is(j, x.is.direction) && j+1 < len(st.toks) && st.words[j+1] == "of"
}

// deep reports whether a length is a depth: "underground" or "deep"
// follows it, or "below" or "beneath" the surface, the ground, the sea.
func (x *Extractor) deep(st *sentence, q quantity.Quantity) bool {
	j := x.pastFigure(st, q)
	if j >= len(st.toks) {
		return false
	}
	switch st.words[j] {
	case "underground":
		return true
	case "deep":
		// not "pushed 10 km deep into the territory": how far in
		return j+1 >= len(st.toks) || st.words[j+1] != "into" && st.words[j+1] != "inside"
	case "below", "beneath", "under":
		k := j + 1
		if k < len(st.toks) && st.words[k] == "the" {
			k++
		}
		if k < len(st.toks) {
			switch st.words[k] {
			case "surface", "ground", "sea", "seabed", "sea-level":
				return true
			}
		}
	}
	return false
}

// pastFigure returns the token after q and after a conversion of it
// ("640 metres (2,100 feet)").
func (x *Extractor) pastFigure(st *sentence, q quantity.Quantity) int {
	j := st.tokenAt(q.End)
	for j < len(st.toks) && (st.toks[j].Text == "(" || st.toks[j].Text == ")" || st.inFigure(st.toks[j].Start) || st.toks[j].Tag == "CD" || x.lex.Has("unit", st.words[j])) {
		j++
	}
	return j
}

// located reads what a distance placed by a direction is the distance of:
// "its epicentre about 14 km south-west of the town" (the noun before the
// figure), "Tarnesse, the provincial capital, 40 km north of the
// epicentre", "In the village of Drumaz, 8 km south of Ostrel" (the common
// noun of the phrase before the comma), "At Tarnesse General Hospital,
// about 40 km north" (a name's last word, a noun in lower case). It
// returns "" unless a direction follows the figure.
func (x *Extractor) located(st *sentence, q quantity.Quantity) string {
	j := x.pastFigure(st, q) // past a conversion, "(9 miles)"
	for j < len(st.toks) && (st.words[j] == "to" || st.words[j] == "the") {
		j++ // "to the east"
	}
	if j >= len(st.toks) || !st.is(j, x.is.direction) && st.words[j] != "away" {
		return ""
	}
	k := st.tokenBefore(q.Start)
	if k < 0 {
		return ""
	}
	if st.words[j] == "away" && st.words[k] != "," {
		return "" // (after a verb, placed reads it)
	}
	if isNoun(st.toks[k].Tag) && isWordTok(st.toks[k].Text) {
		return strings.ToLower(st.toks[k].Text)
	}
	if st.words[k] != "," {
		return ""
	}
	if k > 0 && st.inFigure(st.toks[k-1].Start) {
		return "distance" // "at a depth of 10 km, 80 miles north-east of the capital"
	}
	// the phrase before the comma, and an appositive before that
	noun, name := "", ""
	for i := k - 1; i >= 0; i-- {
		t := st.toks[i]
		switch {
		case st.words[i] == "," && noun == "":
			continue // "the capital, Porvent,"
		case isNoun(t.Tag) && isWordTok(t.Text):
			if noun == "" {
				noun = strings.ToLower(t.Text)
			}
		case isProper(t.Tag) && isWordTok(t.Text):
			if name == "" && noun == "" {
				name = t.Text
			}
		case t.Tag == "DT" || t.Tag == "POS" || isAdj(t.Tag) || st.words[i] == "of":
		default:
			i = -1 // the phrase ends
			continue
		}
		if noun != "" {
			break
		}
	}
	if noun != "" {
		return noun
	}
	// a name whose last word is a noun of English: "General Hospital"
	if name != "" && x.tag.Knows(strings.ToLower(name)) && x.lex.In(strings.ToLower(name))&(x.is.direction|x.is.time) == 0 {
		return strings.ToLower(name)
	}
	// a place set off by a comma after a name or a time: "a factory at
	// Sarnbeck, about 140 km south of Kolvik", "capsized on Tuesday,
	// roughly 85 km south of Penmor"
	return "distance"
}

// counted returns, when q opens sentence i as the subject of its verb
// ("Fourteen were taken to hospital"), the first count with a subject of
// the nearest earlier sentence of the paragraph that has one; else nil.
func (x *Extractor) counted(a *Article, sents []*sentence, i int, q quantity.Quantity) *Claim {
	st := sents[i]
	f := st.tokenAt(q.Start)
	if !opensSentence(st, f) && !(f > 0 && (st.is(f-1, x.is.saying) && isVerb(st.toks[f-1].Tag) || st.words[f-1] == "that" && f > 1 && st.is(f-2, x.is.saying))) {
		// (or the subject of what a source says: "The IOM says 19,500
		// returned", "the government said that about 62,000 walked out")
		return nil
	}
	e := st.tokenAt(q.End)
	if e >= len(st.toks) || !(st.is(e, x.is.aux) || isVerb(st.toks[e].Tag)) {
		return nil
	}
	said := !opensSentence(st, f)
	// the first such count of the nearest sentence with one: what that
	// sentence is about ("Of the survivors, 34 were from Kelem, ... the
	// rest from three other countries. Fourteen were taken to hospital")
	for j := i - 1; j >= 0 && sents[j].para == st.para; j-- {
		for _, ci := range sents[j].claims {
			if c := &a.Claims[ci]; c.Kind == quantity.Count && c.Subject != "" {
				if said && x.harms(st.words[x.verbAfter(st, e)]) && !x.acts(c.Subject) && !slices.Contains([]string{"workers", "personnel", "children"}, fact.Class(x.lex, c.Subject)) {
					// "The fire destroyed 300 homes. Officials said 12
					// died.": what a source says died is no home
					return nil
				}
				return c
			}
		}
	}
	return nil
}

// antecedent returns the claim a container noun without its "of" stands
// for ("About 2,300 jobs will go, the company said. The union put the
// number at 3,100"): the nearest earlier claim of the same kind and unit,
// in this sentence or the two before it, whose subject is no container
// itself; nil when there is none, or when the nearest sentence with such
// claims counts two things.
func (x *Extractor) antecedent(a *Article, sents []*sentence, i int, q quantity.Quantity) *Claim {
	for j := i; j >= 0 && j >= i-2; j-- {
		var found *Claim
		cs := sents[j].claims
		for k := len(cs) - 1; k >= 0; k-- {
			c := &a.Claims[cs[k]]
			if c.Kind != q.Kind || !sameScale(c.Unit, q.Unit) || c.Subject == "" || x.lex.Has("container", c.Subject) {
				continue
			}
			if found != nil && found.Subject != c.Subject {
				// "300 people were arrested and 40 officers were
				// hurt. Organisers put the number at 20,000": which?
				return nil
			}
			if found == nil {
				found = c
			}
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// sameScale reports whether two units measure alike once their scale words
// are set aside: "million EUR" and "billion EUR", "%" and "%".
func sameScale(a, b string) bool {
	if i := strings.LastIndexByte(a, ' '); i >= 0 {
		a = a[i+1:]
	}
	if i := strings.LastIndexByte(b, ' '); i >= 0 {
		b = b[i+1:]
	}
	return a == b
}

// moneyVerb returns what a [money-verb] before a sum makes it ("costing
// the economy €40m a day" is a cost) and the verb's index, or the noun
// before "worth" ("cargo worth €1.1bn") and -1, or "". Between the verb
// and the sum may stand its first object: determiners, adjectives and
// nouns, no more than four words.
func (x *Extractor) moneyVerb(st *sentence, q quantity.Quantity) (string, int) {
	k := st.tokenBefore(q.Start)
	if k >= 1 && st.words[k] == "worth" && isWordTok(st.toks[k-1].Text) &&
		(isNoun(st.toks[k-1].Tag) || isProper(st.toks[k-1].Tag) && opensSentence(st, k-1)) {
		return strings.ToLower(st.toks[k-1].Text), -1 // "cargo worth €1.1bn"
	}
	for n := 0; k >= 0 && n <= 4; k, n = k-1, n+1 {
		if v, ok := x.lex.LookupWord("money-verb", st.words[k]); ok {
			return v, k
		}
		t := st.toks[k].Tag
		if !isWordTok(st.toks[k].Text) || !(isNoun(t) || isProper(t) || t == "DT" || t == "JJ" || t == "PRP$" || t == "POS") {
			return "", -1
		}
	}
	return "", -1
}

// allotted returns what money after a verb of [allot] is put to: the
// noun after "for", "on" or "to" that follows the figure, past a
// conversion and words of when ("set aside €16 million for
// compensation", "earmarked 2.4 billion euros ($2.6 billion) over four
// years for its housing programme", "spent €18 million on the quay and
// another €2.5 million on a training centre"), or "".
func (x *Extractor) allotted(st *sentence, q quantity.Quantity) string {
	k := st.tokenBefore(q.Start)
	verb := false
	for n := 0; k >= 0 && n < maxAllotGap; k-- {
		if st.inFigure(st.toks[k].Start) {
			continue // a sum counts as one word
		}
		n++
		w := st.words[k]
		if x.lex.HasWord("allot", w) && (w != "aside" && w != "apart" || k > 0 && isVerb(st.toks[k-1].Tag)) {
			verb = true
			break
		}
		// back over a first sum and what it went to ("spent €18 million
		// on the quay and another €2.5 million"), or a person given it
		if w == "," || w == ";" || isFinite(st.toks[k].Tag) && !st.is(k, x.is.aux) {
			break
		}
	}
	if !verb {
		return ""
	}
	j := st.tokenAt(q.End)
	for n := 0; j+1 < len(st.toks) && n < maxAllotGap; j++ {
		if st.inFigure(st.toks[j].Start) || st.words[j] == "(" || st.words[j] == ")" {
			continue // a conversion
		}
		n++
		w := st.words[j]
		if w == "for" || w == "on" || w == "to" {
			if isVerb(st.toks[j+1].Tag) && st.toks[j+1].Tag != "VBG" || x.isTimeNoun(st, j+1) || x.notPurpose(st, j+1) {
				return "" // "to cover the fine", "for three years", "to date", "on top of"
			}
			e := j + 1
			for e < len(st.toks) && (st.toks[e].Tag == "DT" || st.toks[e].Tag == "PRP$") {
				e++ // "a training centre", "its housing programme"
			}
			h, _, _ := x.nounPhrase(st, e)
			return h
		}
		if w == "," || w == ";" || w == "and" || isVerb(st.toks[j].Tag) {
			return ""
		}
	}
	return ""
}

// notPurpose reports whether the words from token j are a fixed phrase
// after "to" or "on", no purpose: "to date", "on top of", "to the end of
// March".
func (x *Extractor) notPurpose(st *sentence, j int) bool {
	w := st.words[j]
	if w == "the" && j+1 < len(st.toks) {
		w = st.words[j+1]
	}
	return x.lex.HasWord("not-purpose", w)
}

// maxAllotGap is how many words allotted reads on each side of the money.
const maxAllotGap = 8

// apposed returns the noun a figure stands beside, set off by commas on
// both sides: "Insured deposits, roughly 12.8 billion crowns, moved", "the
// bank's equity, 1.4 billion crowns at the end of June, is gone", "31% of
// the bank's deposits, or about 5.8 billion crowns,"; or "". The noun's
// phrase opens the sentence or follows a verb, a dash or a figure; not a
// phrase after a preposition ("In the north, 40%"), a time ("Last year,
// 5%"), a name, or a list's ellipsis ("nurses, 4%.").
func (x *Extractor) apposed(st *sentence, q quantity.Quantity) string {
	k := st.tokenBefore(q.Start)
	if k >= 1 && (st.words[k] == "or" || st.words[k] == "up" || st.words[k] == "down" || st.toks[k].Tag == "RB" && strings.HasSuffix(st.words[k], "ly")) {
		// "or about 5.8 billion crowns", "Inflation, officially 31.4
		// percent", "Data centre sales, up 9% to $4.12bn,"; not "already"
		k--
	}
	if k < 1 || st.words[k] != "," {
		return ""
	}
	n := k - 1
	if !isNoun(st.toks[n].Tag) || !isWordTok(st.toks[n].Text) || st.inFigure(st.toks[n].Start) || st.is(n, x.is.period|x.is.time|x.is.direction) {
		return ""
	}
	// the noun phrase opens the sentence ("Insured deposits, ...") or
	// is the whole a share is of ("31% of the bank's deposits, or
	// ..."); not "nurses, 4%", "excluding currency effects, 6%"
	b := phraseStart(st, n) - 1
	for b >= 0 && (st.toks[b].Tag == "DT" || st.toks[b].Tag == "PRP$") {
		b-- // "Her salary, $250,000 a year, was"
	}
	if !(b < 0 || opensSentence(st, b+1) || labelSep(st.toks[b].Text) || st.inFigure(st.toks[b].Start) || isVerb(st.toks[b].Tag) ||
		st.words[b] == "of" && b > 0 && st.inFigure(st.toks[b-1].Start)) {
		// (after a dash: "23:10 — The borehole, 48 metres long,"; a
		// counted noun: "5.1 million residents, or 10.6 per cent,"; a
		// verb's object: "reported a loss, $45 million, for the quarter")
		return ""
	}
	// and a comma closes the apposition before the clause goes on
	for e := st.tokenAt(q.End); e < len(st.toks); e++ {
		switch w := st.words[e]; {
		case w == "," || w == "of" && e+1 < len(st.toks) && (st.words[e+1] == "whom" || st.words[e+1] == "which"):
			// ("developers, nine in ten of whom said")
			return st.words[n]
		case isVerb(st.toks[e].Tag) || w == "." || w == ";":
			return ""
		}
	}
	return ""
}

// verbAfter returns the index of the first verb from token e that is no
// auxiliary ("had died" -> died), or e.
func (x *Extractor) verbAfter(st *sentence, e int) int {
	for k := e; k < len(st.toks) && k < e+3; k++ {
		if isVerb(st.toks[k].Tag) && !st.is(k, x.is.aux) {
			return k
		}
	}
	return e
}

// saidAlone returns the claim a bare figure right after a verb of saying,
// ending its clause, stands beside ("A parents' group says 31."): the
// nearest one before it of its kind, or nil.
func (x *Extractor) saidAlone(a *Article, sents []*sentence, i int, q quantity.Quantity) *Claim {
	st := sents[i]
	k := st.tokenBefore(q.Start)
	if k < 0 || !st.is(k, x.is.saying) || !isVerb(st.toks[k].Tag) {
		return nil
	}
	if e := st.tokenAt(q.End); e < len(st.toks) && st.words[e] != "." && st.words[e] != "," && st.words[e] != ";" {
		return nil
	}
	return x.antecedent(a, sents, i, q)
}

// elidedShare returns the share a bare percentage of sentence i lists on
// from: the latest percentage before it in the sentence, or else in the
// sentence before it in the paragraph, when that one names what it is a
// share of and changes as this one does (a level after a level, a rise
// after a rise). Nil when there is none. A share that is itself the
// subject of a verb ("12% said they would vote") lists nothing; across
// sentences only a verb's object does ("The Alliance took 39.1%").
func (x *Extractor) elidedShare(a *Article, sents []*sentence, i int, q quantity.Quantity) *Claim {
	st := sents[i]
	if e := st.tokenAt(q.End); e < len(st.toks) && (isVerb(st.toks[e].Tag) || st.is(e, x.is.aux)) {
		return nil
	}
	find := func(st *sentence) *Claim {
		for k := len(st.claims) - 1; k >= 0; k-- {
			if c := &a.Claims[st.claims[k]]; c.Kind == quantity.Percent {
				if c.Subject == "" || c.Change != q.Change || c.Unit != q.Unit {
					return nil
				}
				return c
			}
		}
		return nil
	}
	if len(st.claims) > 0 {
		return find(st)
	}
	k := st.tokenBefore(q.Start)
	if k < 0 || !isVerb(st.toks[k].Tag) || st.is(k, x.is.aux|x.is.saying) {
		return nil
	}
	if i > 0 && sents[i-1].para == st.para {
		return find(sents[i-1])
	}
	return nil
}

// earlier reports whether the figure is set in an earlier period by an
// [earlier] phrase right after it: "from 5.4% a year earlier", "than
// 310,000 in the same period last year". Such a figure is a comparison,
// another fact than the story's own. A change is not: "rose 5% from a
// year earlier" is the story's own figure.
func (x *Extractor) earlier(st *sentence, q quantity.Quantity) bool {
	if q.Change != "" {
		return false
	}
	j := st.tokenAt(q.End)
	for n := 0; n < 2 && j < len(st.toks) && (st.words[j] == "in" || st.words[j] == ","); n++ {
		j++
	}
	_, n := x.lex.Match("earlier", st.words, j)
	return n > 0
}

// isTimeNoun reports whether token k, past determiners and adjectives, is
// a noun of a period ([period]: "in the quarter", "in the first half") or
// a month, season or weekday: it says when, not what. (isTimeWord, in
// attribution, reads one token: a time word or a number.)
// lastPeriod reports whether token k is a period after a word that sets
// it in time: "last year", "this quarter", "next month", "past week".
func (x *Extractor) lastPeriod(st *sentence, k int) bool {
	if k < 1 || !st.is(k, x.is.period) {
		return false
	}
	return setsInTime(st.words[k-1])
}

// setsInTime reports whether w before a period sets it in time: "last
// year", "this quarter", "next month", "past week".
func setsInTime(w string) bool {
	return w == "last" || w == "this" || w == "next" || w == "past"
}

func (x *Extractor) isTimeNoun(st *sentence, k int) bool {
	for k < len(st.toks) && (st.toks[k].Tag == "DT" || isAdj(st.toks[k].Tag) || st.toks[k].Tag == "CD") {
		k++
	}
	if k >= len(st.toks) {
		return false
	}
	return st.is(k, x.is.period|x.is.time)
}

// harms reports whether a verb reports deaths or injuries ([predicate]
// classes kill and wound), whose object counts people.
func (x *Extractor) harms(verb string) bool {
	for _, c := range fact.PredicateClasses(x.lex, verb) {
		if c == "kill" || c == "wound" {
			return true
		}
	}
	return false
}

// putAt reads "X put the damage to roads at $180 million": the figure
// before token k+1 follows "at", and the head of the object of "put" is what
// it counts.
func (x *Extractor) putAt(st *sentence, k int) string {
	h, _ := x.putAtVerb(st, k)
	return h
}

// putAtVerb is putAt that also returns the verb's token (or the "and"
// before a second object), -1 with no head.
func (x *Extractor) putAtVerb(st *sentence, k int) (string, int) {
	for k >= 1 && (isQuote(st.toks[k].Text) || st.toks[k].Tag == "RB" && k >= 2 && isQuote(st.toks[k-1].Text)) {
		k-- // 'put the true number of cases at "certainly more than 20,000"'
	}
	if k < 1 || st.words[k] != "at" {
		return "", -1
	}
	if k >= 3 && st.words[k-1] == "," {
		// "put the figure lower, at €88 million", "put it slightly
		// higher, at 6.8": the object ends before the comparison
		e := k - 1
		for e > 1 && (st.toks[e-1].Tag == "JJR" || st.toks[e-1].Tag == "RBR" || st.toks[e-1].Tag == "RB" && e < k-1) {
			e--
		}
		if e < k-1 {
			k = e
		}
	}
	for v := k - 1; v >= 0; v-- {
		w := st.words[v]
		if x.setsAt[w] && v > 0 {
			// "the ministry projects the deficit at 3.8%", whatever
			// the tag ("projects" after a noun reads as a plural)
			w = "put"
		} else if t := st.toks[v].Tag; isVerb(t) && isWordTok(st.toks[v].Text) && !st.is(v, x.is.aux) &&
			!((t == "VBN" || t == "VBG") && v > 0 && (isNoun(st.toks[v-1].Tag) || st.words[v-1] == "of")) {
			// "measured the earthquake at magnitude 6.9", "valued the
			// deal at $2bn": any verb with an object, as "put" is; a
			// participle after a noun is inside the object ("put the
			// number of people killed at 112"), as one after "of" is
			// ("put the number of injured at 27")
			w = "put"
		}
		if w == "and" && v > 0 && st.inFigure(st.toks[v-1].Start) {
			// "put the number of cases at 5,200 and the death toll at
			// 112": a second object after the first one's figure
			w = "put"
		}
		switch w {
		case "put":
			j := v + 1
			if st.words[j] == "by" && st.toks[v].Tag == "VBN" {
				// "The storm surge, estimated by the service at 3.5
				// metres": a passive's object stands before it
				m := v - 1
				if m >= 0 && st.words[m] == "," {
					m--
				}
				if m >= 0 && isNoun(st.toks[m].Tag) && isWordTok(st.toks[m].Text) {
					return strings.ToLower(st.toks[m].Text), v
				}
				return "", -1
			}
			if j == k && !x.passive(st, v) {
				// "three days of rain that the institute put at 250
				// millimetres": the object is the noun the relative
				// clause is about
				r := v - 1
				for r > 0 && (isNoun(st.toks[r].Tag) || isProper(st.toks[r].Tag) || isAdj(st.toks[r].Tag) || st.toks[r].Tag == "DT" || st.toks[r].Tag == "POS" || st.words[r] == "of") {
					r--
				}
				if r >= 1 && r < v-1 && (st.words[r] == "that" || st.words[r] == "which") && isNoun(st.toks[r-1].Tag) && isWordTok(st.toks[r-1].Text) {
					return strings.ToLower(st.toks[r-1].Text), v
				}
			}
			if j == k && x.passive(st, v) {
				// "The crowd was estimated at 5,000": the passive's
				// subject
				m := v - 1
				for m >= 0 && (st.toks[m].Tag == "RB" || st.is(m, x.is.aux)) {
					m--
				}
				if m < 0 || !isNoun(st.toks[m].Tag) || !isWordTok(st.toks[m].Text) {
					return "", -1
				}
				// the head of a plain noun phrase: not "damage to
				// roads and other infrastructure was estimated at"
				if b := npStart(st, m) - 1; b >= 0 && (st.toks[b].Tag == "IN" || st.toks[b].Tag == "TO" || st.words[b] == ",") {
					return "", -1
				}
				return strings.ToLower(st.toks[m].Text), v
			}
			if h := x.objectHead(st, j, k); h != "" {
				return h, v
			}
			return "", -1
		case ",":
			// a comma inside the object's list goes on ("damage to roads,
			// bridges and power lines at $180 million"); any other ends
			// the clause
			if v+1 < k && (isNoun(st.toks[v+1].Tag) || isAdj(st.toks[v+1].Tag)) && v > 0 && isNoun(st.toks[v-1].Tag) {
				continue
			}
			return "", -1
		case ";", ".":
			return "", -1
		}
	}
	return "", -1
}

// setterBefore returns the token of a verb that sets a figure on a noun
// phrase running straight into the figure at token f, with no "at"
// between ("put the likely job losses closer to 600", "puts the relative
// reduction between 22% and 25%", "put it closer to 20,000"), or -1.
func (x *Extractor) setterBefore(st *sentence, f int) int {
	for v := f - 1; v >= 0 && v >= f-maxObject; v-- {
		t := st.toks[v].Tag
		if x.setsAt[st.words[v]] && (isVerb(t) || t == "NNS") {
			e := f
			for e < len(st.toks) && st.inFigure(st.toks[e].Start) {
				e++
			}
			if e+1 < len(st.toks) && isNoun(st.toks[e].Tag) {
				e++ // "7 points clear"
			}
			if v == f-1 || v > 0 && st.toks[v-1].Tag == "MD" || e < len(st.toks) && x.lex.HasWord("standing", st.words[e]) {
				// not "estimates 40,000", whose object is the figure,
				// nor "would put the site 16 percent over its limit", a
				// reckoning, nor "put the team 7 points clear", a
				// standing
				return -1
			}
			return v
		}
		if t != "POS" && !isWordTok(st.toks[v].Text) ||
			!(isNoun(t) || isProper(t) || isAdj(t) || t == "DT" || t == "PRP$" || t == "POS" || st.words[v] == "of" || st.words[v] == "it") {
			return -1
		}
	}
	return -1
}

// maxObject is the most tokens setterBefore reads back for the object.
const maxObject = 8

// objectHead returns the head noun of the object in tokens [j, k) of a
// verb that sets a figure on it ("put the death toll at"), "it" for a
// pronoun, or "".
func (x *Extractor) objectHead(st *sentence, j, k int) string {
	// "puts next year's deficit at": the possessed, when the possessive
	// opens the object ("the toll from Saturday's earthquake" is the
	// toll's)
	for m := j; m < k; m++ {
		t := st.toks[m].Tag
		if t == "POS" {
			j = m + 1
			continue
		}
		if !(t == "DT" || t == "PRP$" || t == "CD" || isAdj(t) || isNoun(t) || isProper(t) || st.words[m] == "next" || st.words[m] == "last" || st.words[m] == "this") {
			break
		}
	}
	if j < k && st.inFigure(st.toks[j].Start) && !st.inFigure(st.toks[k-1].Start) {
		// "settling 16 percent higher at €41.20": a change before
		// the level, no object
		return ""
	}
	for j < k && (st.toks[j].Tag == "DT" || st.toks[j].Tag == "PRP$" || isAdj(st.toks[j].Tag)) {
		j++
	}
	if j+1 == k && st.words[j] == "it" {
		return "it" // "put it at 81 percent": the figure before
	}
	h, _, end := x.nounPhrase(st, j)
	if end > k {
		// "put the toll closer to 600", "closer" read as a noun: the
		// object ends where the figure starts, at its last noun ("the
		// total stolen")
		h, end = "", k
		for n := k - 1; n >= j; n-- {
			if isNoun(st.toks[n].Tag) && isWordTok(st.toks[n].Text) {
				h = strings.ToLower(st.toks[n].Text)
				break
			}
		}
	}
	if h != "" && end < k && st.words[end] == "of" && x.lex.In(h)&x.is.container != 0 {
		// "put the number of destroyed structures at 470"
		if h2, _, _ := x.nounPhrase(st, end+1); h2 != "" {
			return h2
		}
		if end+2 == k && st.is(end+1, x.is.nominal) {
			return st.words[end+1] // "put the number of injured at 27"
		}
	}
	return h
}

// opensSentence reports whether token i is the first word of its sentence,
// after any opening quotation mark.
func opensSentence(st *sentence, i int) bool {
	for k := 0; k < i; k++ {
		if !isQuote(st.toks[k].Text) {
			return false
		}
	}
	return true
}

// subjectOf returns the head noun of the subject of the verb at v: the
// nearest common noun before it, past auxiliaries, adverbs and a
// prepositional phrase naming a place or company ("Shares in Barclays fell").
func (x *Extractor) subjectOf(st *sentence, v int) string {
	k := v - 1
	for k >= 0 && (st.is(k, x.is.aux) || st.toks[k].Tag == "RB" || st.toks[k].Tag == "MD" || st.toks[k].Tag == "TO") {
		k--
	}
	if k >= 2 && st.words[k] == "," && (finiteVerb(st.toks[v].Tag) || k < v-1) {
		// "Shares in Nordhaven, the Copenhagen-listed owner of Kessler,
		// fell": past an apposition to the phrase it names (before a
		// verb of a clause, not "27 patients, including six")
		// (past a list inside it to its first comma: "the Nikkei,
		// weighed down by exporters, banks and chipmakers, fell")
		list, open, rel := false, -1, false
		for j := k - 1; j > 0 && j >= k-12 && st.words[j] != ","; j-- {
			if (st.words[j] == "which" || st.words[j] == "who") && st.words[j-1] == "," {
				// "Core inflation, which strips out food and energy,
				// climbed": a relative clause, whatever it holds
				open, rel = j-1, true
				break
			}
		}
		for j := k - 1; !rel && j > 0 && j >= k-12; j-- {
			if isFinite(st.toks[j].Tag) || st.is(j, x.is.saying) {
				if list {
					open = -1 // the list's first comma not reached
				}
				break
			}
			if st.words[j] == "and" || st.words[j] == "or" {
				list = true
			}
			if st.words[j] == "," {
				open = j
				if !list {
					break
				}
			}
		}
		if open > 0 && (isNoun(st.toks[open-1].Tag) || isProper(st.toks[open-1].Tag)) {
			k = open - 1
		}
	}
	// "Inflation, which reached 3.2% in May,": the noun the clause is about
	if k >= 2 && (st.words[k] == "which" || st.words[k] == "that") && st.toks[k-1].Text == "," {
		if t := st.toks[k-2]; isWordTok(t.Text) && (isNoun(t.Tag) || isProper(t.Tag) && opensSentence(st, k-2)) {
			h := k - 2
			for h > 0 && (isNoun(st.toks[h-1].Tag) || isAdj(st.toks[h-1].Tag) || st.toks[h-1].Tag == "DT") {
				h--
			}
			if h >= 2 && st.toks[h-1].Tag == "IN" && st.words[h-1] != "of" && isNoun(st.toks[h-2].Tag) && isWordTok(st.toks[h-2].Text) {
				// "a 10-kilometre exclusion zone around the crater, which
				// was widened": the phrase the place is part of
				return strings.ToLower(st.toks[h-2].Text)
			}
			return strings.ToLower(t.Text)
		}
	}
	if k >= 2 && isDigitsOnly(st.words[k]) && !st.inFigure(st.toks[k].Start) {
		// "Revenue for the quarter ended Sept. 27 fell": past a date
		m := k - 1
		if st.words[m] == "." {
			m--
		}
		if m >= 1 && st.is(m, x.is.month) {
			k = m - 1
			if st.words[k] == "ended" || st.words[k] == "ending" {
				k-- // and the participle that dates the noun before it
			}
		}
	}
	if k >= 0 && formula(st.toks[k].Text) {
		return strings.ToLower(st.toks[k].Text) // "PM2.5 reached 412 µg/m3", "NO2 levels"
	}
	if k >= 2 && st.inFigure(st.toks[k].Start) && (st.toks[k].Tag == "CD" || x.lex.Has("unit", st.words[k])) {
		// "the daily average of 287 µg/m3 was": what the figure is of
		f := k
		for f >= 0 && st.inFigure(st.toks[f].Start) {
			f--
		}
		if f >= 1 && st.words[f] == "of" && isNoun(st.toks[f-1].Tag) && isWordTok(st.toks[f-1].Text) {
			return strings.ToLower(st.toks[f-1].Text)
		}
	}
	for k >= 0 && isProper(st.toks[k].Tag) {
		k--
	}
	if k >= 1 && (st.toks[k].Tag == "IN" || st.words[k] == "to") && k+1 < v && isProper(st.toks[k+1].Tag) {
		k-- // "arrivals in the year to October were"
	}
	if r := x.relativeBefore(st, k, v); r > 0 {
		k = r - 1 // "tritium in the channel that carries water to the sea peaked"
	}
	if k >= 2 && st.words[k] == "by" && st.toks[k-1].Tag == "VBN" && isNoun(st.toks[k-2].Tag) && isWordTok(st.toks[k-2].Text) {
		k -= 2 // "the number of people killed by Cyclone Orlena has risen": past the agent's name
	} else if k >= 1 && st.toks[k].Tag == "VBN" && k < v-1 && isNoun(st.toks[k-1].Tag) && isWordTok(st.toks[k-1].Text) && !st.inFigure(st.toks[k-1].Start) {
		k-- // "the number of people killed has risen": past the participle
	}
	if k >= 0 && isNoun(st.toks[k].Tag) && isWordTok(st.toks[k].Text) {
		// "Exports of electric vehicles rose", "The death toll in the region
		// has passed": the head is before the preposition, through a
		// chain of them ("Tritium concentrations in a channel leading to
		// the sea reached", "the dose rate measured inside the building
		// was": past a participle)
		// ("Car exports through nearby Laem Chabang port fell": a name
		// inside the phrase too)
		head := k
		for hop := range 4 {
			h := phraseStart(st, head)
			if f := h; f >= 3 && st.inFigure(st.toks[f-1].Start) && !st.inFigure(st.toks[head].Start) {
				for f >= 3 && st.inFigure(st.toks[f-1].Start) {
					f--
				}
				if st.words[f-1] == "of" {
					h = f // "Records of 4,000 patients were": past a count inside the phrase
				}
			}
			if h < 2 || !(st.toks[h-1].Tag == "IN" || st.words[h-1] == "to") || st.words[h-1] == "of" && st.is(h-2, x.is.container) ||
				hop > 0 && notPreposition[st.words[h-1]] {
				// (past the first, only a preposition: not "a backlog
				// that the office put", "data cited by the regulator")
				break
			}
			n := h - 2
			if t := st.toks[n].Tag; (t == "VBN" || t == "VBG") && n >= 1 && st.words[h-1] != "of" && (st.words[h-1] != "by" || t == "VBN" && hop == 0 && onlyModifiers(st, h, head)) && isNoun(st.toks[n-1].Tag) {
				// ("the number of people killed by the cyclone has
				// risen": a passive's agent is no head)
				// ("figures published by the ministry show exports
				// rose": an agent's phrase is no part of the subject)
				n--
			}
			if !isNoun(st.toks[n].Tag) || !isWordTok(st.toks[n].Text) || st.inFigure(st.toks[n].Start) {
				break
			}
			head = n
			if notPreposition[st.words[h-1]] {
				break
			}
		}
		return strings.ToLower(st.toks[head].Text)
	}
	return ""
}

// onlyModifiers reports whether tokens [i, j) are determiners and
// adjectives only: "the" in "by the cyclone", a phrase of one noun.
func onlyModifiers(st *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if t := st.toks[k].Tag; t != "DT" && t != "PRP$" && !isAdj(t) {
			return false
		}
	}
	return true
}

// notPreposition are words tagged IN that open a clause or name an agent,
// not a phrase inside a noun phrase.
var notPreposition = map[string]bool{
	"that": true, "than": true, "as": true, "by": true, "because": true, "if": true, "whether": true,
	"while": true, "since": true, "although": true, "though": true, "unless": true, "so": true,
}

// phraseStart returns where the noun phrase whose last word is at k
// starts: back over modifiers, possessives, an adverb before an adjective
// and a list of nouns ("damage to roads, bridges and power lines"), where
// npStart stops at a comma.
func phraseStart(st *sentence, k int) int {
	h := k
	for h > 0 && (isAdj(st.toks[h-1].Tag) || isNoun(st.toks[h-1].Tag) || isProper(st.toks[h-1].Tag) || st.toks[h-1].Tag == "DT" ||
		// "emissions from the plant's stacks reached"
		st.toks[h-1].Tag == "POS" && h > 1 && (isNoun(st.toks[h-2].Tag) || isProper(st.toks[h-2].Tag)) ||
		// "deliveries of fully electric models rose"
		st.toks[h-1].Tag == "RB" && isAdj(st.toks[h].Tag) ||
		// a list inside the phrase: "damage to roads, bridges and
		// power lines stands at"
		h > 1 && (st.words[h-1] == "," || st.words[h-1] == "and" || st.words[h-1] == "or") && isNoun(st.toks[h-2].Tag)) && st.toks[h-1].Tag != "CD" ||
		// a number after a determiner: "Ostrevo's two main hospitals"
		h > 1 && st.toks[h-1].Tag == "CD" && (st.toks[h-2].Tag == "POS" || st.toks[h-2].Tag == "DT" || st.toks[h-2].Tag == "PRP$") {
		h--
	}
	return h
}

// relativeBefore returns the index of "that" or "which" opening a
// relative clause, without commas, that ends at token k just before the
// verb at v ("tritium in the channel that carries water to the sea
// peaked"), after a noun; or -1.
func (x *Extractor) relativeBefore(st *sentence, k, v int) int {
	finite := false
	for r := k; r > 0 && r > v-maxRelative; r-- {
		switch w := st.words[r]; {
		case w == "," || w == ";" || st.is(r, x.is.saying):
			return -1
		case w == "that" || w == "which":
			// a relative pronoun, or a "that" the tagger read as a
			// conjunction with the clause's verb right after it (not
			// "said this week that a fair price would be")
			rel := st.toks[r].Tag == "WDT" || r+1 < len(st.toks) && isFinite(st.toks[r+1].Tag)
			if rel && finite && isNoun(st.toks[r-1].Tag) && isWordTok(st.toks[r-1].Text) {
				return r
			}
			return -1
		case isFinite(st.toks[r].Tag):
			finite = true
		}
	}
	return -1
}

// maxRelative is how many words relativeBefore reads back.
const maxRelative = 14

// formula reports whether a token is a pollutant's or compound's code:
// two capitals or more, then one or two digits ("PM2.5", "PM10", "NO2",
// "CO2"); not "G7", "A320", a train's "M41714".
func formula(t string) bool {
	i := 0
	for i < len(t) && t[i] >= 'A' && t[i] <= 'Z' {
		i++
	}
	if i < 2 || i > 3 {
		return false
	}
	digits := 0
	for ; i < len(t); i++ {
		switch c := t[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && i+1 < len(t):
		default:
			return false
		}
	}
	return digits >= 1 && digits <= 2
}

// movedSubject returns what a verb of change moved from one level to
// another when q is one of the levels (quantity.Quantity.Moved): "raised
// its rate from 5.5% to 6.25%" (its object, the rate), "the toll rose
// from 12 to 19" (its subject, the toll). It returns "" for any other
// figure, and for a change noun ("a rise from 5% to 7%").
func (x *Extractor) movedSubject(st *sentence, q quantity.Quantity) string {
	if !q.Moved {
		return ""
	}
	k := st.tokenBefore(q.Start)
	for k >= 0 && st.words[k] != "from" {
		k-- // past the old level and "to"
	}
	for v := k - 1; v >= 0 && (isWordTok(st.toks[v].Text) || st.toks[v].Tag == "CD"); v-- {
		if !isVerb(st.toks[v].Tag) || !(st.is(v, x.is.change) || st.is(v, x.is.changeVerb)) {
			continue
		}
		if v+1 < k {
			if h, _, e := x.nounPhrase(st, v+1); h != "" && e == k {
				return h // the object
			} else if h != "" && e+1 < k && st.toks[e].Tag == "IN" && !slices.ContainsFunc(st.toks[e:k], func(t tokenize.Token) bool { return isVerb(t.Tag) || !isWordTok(t.Text) }) {
				// "raised the number of seats from 50 to 70", "raise the
				// cap on class sizes from 28 to 32": the object, past
				// its prepositions; a container or a level stands for
				// what follows it
				if o, _, oe := x.nounPhrase(st, e+1); o != "" && oe <= k && st.is(e-1, x.is.container|x.is.level) {
					return o
				}
				return h
			}
		}
		return x.subjectOf(st, v)
	}
	return ""
}

// levelSubject returns what a level after "to" or "from" measures when a
// verb of change comes before it, past other figures of the change: the
// verb's object ("raised the death toll to 7 from 4", "lifted the rate
// from 5.5%") or else its subject ("Homicides fell 7.6% to 389 from 421",
// "The cost has climbed from €480 million"). "" when there is no such verb.
func (x *Extractor) levelSubject(st *sentence, q quantity.Quantity) string {
	k := st.tokenBefore(q.Start)
	if k < 1 || st.words[k] != "to" && st.words[k] != "from" {
		return ""
	}
	first := k // the first word of the change after the verb
	figure := false
	for v := k - 1; v >= 0 && v >= k-maxLevelGap; v-- {
		w := st.words[v]
		switch t := st.toks[v].Tag; {
		case st.inFigure(st.toks[v].Start) || w == "to" || w == "from" || w == "by":
			first = v
			figure = figure || st.inFigure(st.toks[v].Start)
		case (isVerb(t) || isNoun(t) && v > 0 && isNoun(st.toks[v-1].Tag)) && (st.is(v, x.is.change) || st.is(v, x.is.changeVerb)):
			// (a verb the tagger joined to the noun before it: "see
			// their youth rate rise from 7.50 crowns to 8.40 crowns")
			if s := st.lastSubject(); figure && s != "" {
				// "will drop from 12 trains per hour to 10": what the
				// figure before it in the change counts
				return s
			}
			if v+1 < first {
				if h, _, e := x.nounPhrase(st, v+1); h != "" && e <= first && !st.is(v+1, x.is.period) {
					if e+1 < first && st.is(e-1, x.is.level) && (st.words[e] == "for" || st.words[e] == "of") && !x.isTimeNoun(st, e+1) {
						// "raising their forecast for peak sales to $4.8bn":
						// a level of the thing after it
						if o, _, oe := x.nounPhrase(st, e+1); o != "" && oe <= first {
							return o
						}
					}
					return h
				}
			}
			return x.subjectOf(st, v)
		case isVerb(t) || w == "," || w == ";" || !isWordTok(st.toks[v].Text):
			return ""
		}
	}
	return ""
}

// ofThem reports whether "of" and a pronoun follow q ("put 30 of them on
// short-time work"): a part of something named before, which the verb's
// subject does not count.
func (x *Extractor) ofThem(st *sentence, q quantity.Quantity) bool {
	j := st.tokenAt(q.End)
	return j+1 < len(st.toks) && st.words[j] == "of" && (st.words[j+1] == "them" || st.words[j+1] == "those" || st.words[j+1] == "these" || st.words[j+1] == "whom")
}

// ranked returns what a rank on a scale is set for ("raised the avalanche
// danger to level 4", "assessed the risk at level 3"): the figure after
// a word of rank, read as if the rank were part of it. "" otherwise.
func (x *Extractor) ranked(st *sentence, q quantity.Quantity) string {
	k := st.tokenBefore(q.Start)
	if k < 1 || !x.lex.HasWord("rank", st.words[k]) {
		return ""
	}
	if st.words[k-1] == "at" {
		if h := x.putAt(st, k-1); h != "" {
			return h
		}
	}
	r := q
	r.Start = st.toks[k].Start
	return x.levelSubject(st, r)
}

// maxLevelGap is how many words levelSubject reads back from a level to
// its verb ("lift the standard rate of VAT to 24%").
const maxLevelGap = 8

// finiteVerb reports whether tag is a verb that makes a clause: a tense,
// a base form or a modal, not a participle.
func finiteVerb(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "VB" || tag == "MD"
}

// presentVerb reports whether tag is a present-tense verb.
func presentVerb(tag string) bool { return tag == "VBZ" || tag == "VBP" }

// participle reports whether token k is a verb's past form, whatever its
// tag: "confirmed", "left" (the tagger reads "2 confirmed" as a noun).
func (x *Extractor) participle(st *sentence, k int) bool {
	w := st.words[k]
	if st.is(k, x.is.nominal) {
		return false // "12 killed, 30 wounded": states that name what is counted
	}
	if t := st.toks[k].Tag; t == "VBN" || t == "VBD" {
		return true
	}
	if _, ok := x.lex.LookupWord("verb-base", w); ok {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// verbBase returns the base form of a verb, which names its act: an
// irregular form's from [verb-base] ("flew" -> fly), else nominalize's.
func (x *Extractor) verbBase(verb string) string {
	if b, ok := x.lex.LookupWord("verb-base", verb); ok {
		return b
	}
	return nominalize(verb)
}

// timeClause reports whether w opens a clause of time or place inside a
// label: "Altitude when the engine failed:".
func timeClause(w string) bool {
	return w == "when" || w == "where" || w == "after" || w == "before"
}

// nominalize turns the verb of a measure into what is measured:
// "advanced" -> "advance".
func nominalize(verb string) string {
	v, _, _ := strings.Cut(verb, " ")
	if strings.HasSuffix(v, "ied") && len(v) > 4 {
		return v[:len(v)-3] + "y" // studied -> study
	}
	for _, suf := range []string{"ing", "ed"} {
		if strings.HasSuffix(v, suf) && len(v) > len(suf)+2 {
			stem := v[:len(v)-len(suf)]
			last := stem[len(stem)-1]
			if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] && strings.ContainsRune("bdgmnprt", rune(last)) {
				return stem[:n-1] // topped -> top
			}
			// estimated -> estimate, created -> create; treated -> treat,
			// repeated -> repeat
			if strings.ContainsRune("cvzu", rune(last)) || strings.HasSuffix(stem, "at") && (!strings.HasSuffix(stem, "eat") || strings.HasSuffix(stem, "creat")) {
				return stem + "e"
			}
			// rising -> rise, increased -> increase, making -> make; not
			// focused -> focus
			if n := len(stem); n >= 3 && vowel(stem[n-2]) && (last == 's' && !(stem[n-2] == 'u' && !vowel(stem[n-3])) || last == 'k' && !vowel(stem[n-3])) {
				return stem + "e"
			}
			return stem
		}
	}
	return v
}

func vowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// timePlace returns the time and place words of a sentence: capitalised
// words that are not its first, month and season words, "overnight".
func (x *Extractor) timePlace(st *sentence) []string {
	var out []string
	for i, t := range st.toks {
		w := st.words[i]
		if st.is(i, x.is.month) && unicode.IsUpper(firstRune(t.Text)) || st.is(i, x.is.season|x.is.weekday) {
			out = append(out, "t:"+w)
		}
		// "In 2019, 300 people died", "in 2019, when more than 300 people
		// died", "killed 600 people in 2019": a year that sets the
		// sentence's figures in it, opening the sentence, followed by
		// "when" or after a figure of its clause (not "the firm, founded
		// in 1998, said sales rose 5%")
		if i == 0 || len(w) != 4 || !isDigitsOnly(w) || w < "1900" || w > "2099" {
			continue
		}
		when := i+1 < len(st.words) && st.words[i+1] == "when" || i+2 < len(st.words) && st.words[i+1] == "," && st.words[i+2] == "when"
		in := i - 1 // "in January 2024": the month between
		if st.is(in, x.is.month) && in > 0 {
			in--
		}
		// not "since 2016, when ...": the year a figure is compared with;
		// not "The 2030 target requires a 45% cut"
		if st.words[in] == "in" && (opensSentence(st, in) || when || figureInClause(st, in)) {
			out = append(out, "t:"+w)
		}
	}
	return out
}

// figureInClause reports whether a figure stands before token k in its
// clause, with no comma between: "killed 600 people in the country in
// 2019".
func figureInClause(st *sentence, k int) bool {
	for j := k - 1; j >= 0 && st.words[j] != "," && st.words[j] != ";"; j-- {
		if st.inFigure(st.toks[j].Start) {
			return true
		}
	}
	return false
}

// context returns the content words of the sentence, folded.
func (x *Extractor) context(st *sentence) []string {
	out := make([]string, 0, len(st.toks)/2)
	for i, t := range st.toks {
		w := st.words[i]
		r := firstRune(w)
		if !unicode.IsLetter(r) || st.is(i, x.is.stopword) || len(w) < 3 {
			continue
		}
		_ = t
		out = append(out, stem(w))
	}
	return out
}

// stem folds the commonest inflections so that context words match:
// advanced, advancing -> advanc; forces -> force.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// foldSpace turns runs of white space (including the blanks left by
// cleaning) into one space.
func foldSpace(s string) string {
	if singleSpaced(s) {
		return s // most sentences: nothing to fold, nothing to copy
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is due before the next word
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(r) {
			space = b.Len() > 0
		} else {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// singleSpaced reports whether foldSpace(s) is s: no space but single
// ASCII spaces between words.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if isSpace(r) {
				return false
			}
			i += n
			continue
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return false
			}
		case '\t' <= c && c <= '\r':
			return false
		}
		i++
	}
	return true
}

// isSpace is unicode.IsSpace, quicker for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// partOf reports whether the figure at off is a part of a figure just
// given: after "of" and a word that stands for it, with or without a comma
// ("of whom 37 remain in custody", "Of those, 1,284 cases").
func (x *Extractor) partOf(st *sentence, off int) bool {
	k := st.tokenBefore(off)
	if k >= 0 && st.words[k] == "," {
		k--
	}
	return k >= 1 && st.words[k-1] == "of" && x.lex.HasWord("part-of", st.words[k])
}

// partitive reports whether a count is taken from a whole named after it:
// "Four of the injured", "two of them". A share ("41.7% of the vote") is
// a figure of its own.
func (x *Extractor) partitive(st *sentence, q quantity.Quantity) bool {
	k := st.tokenBefore(q.End) + 1
	return q.Kind == quantity.Count && k+1 < len(st.toks) && st.words[k] == "of" &&
		(st.words[k+1] == "the" || x.lex.HasWord("part-of", st.words[k+1]))
}
