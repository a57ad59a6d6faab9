package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claims-tool/claims/lexicon"
)

// nameBook gives the sources of one article their canonical names: titles
// dropped ("Rostov regional Gov. Yuri Slyusar" is Yuri Slyusar), a title
// alone resolved to the person who holds it ("the president"), a surname
// alone or misspelt resolved to the full name named before ("Zeelenskyy"),
// and organisations resolved through the lexicon's [source] aliases. Names
// are matched across articles later, by package compare.
type nameBook struct {
	lex     *lexicon.Lexicon
	persons []string          // full names seen, in order
	titles  map[string]string // title word -> person
	// described: the titles with the words before them ("interior
	// minister", "police spokesperson") and the person each was given to,
	// from the mentions that name one, in order
	described [][2]string
	orgs      []string
	// kinds: the [org-noun] each organisation was described by, and
	// where ("firm", "Marquee Analytics"), in order
	kinds []kind
	runs  []string // runs of capitalised words: candidate full names

	memo     map[string]string    // canonical names found since the book last changed
	stripped map[string][3]string // strip's answers, which the book does not change

	spans []Span // addRuns' buffer

	titleSet, stopSet, timeSet lexicon.Set
}

// addRuns records the runs of two or three capitalised words of a
// sentence, so that a surname can find the full name even where the article
// did not name that person as a source ("Kyrylo Budanov spoke"), and a run
// right after a title as the holder of that title ("President Jane Doe").
// It reads plain words, no tags, so it can run on every sentence.
//
// lower is lexicon.LowerASCII(text).
func (b *nameBook) addRuns(text, lower string) {
	b.spans = appendNameSpans(b.spans[:0], text)
	spans := b.spans
	var run []string
	title := ""
	flush := func() {
		if len(run) >= 2 && len(run) <= 3 {
			name := strings.Join(run, " ")
			if !slices.Contains(b.runs, name) {
				b.runs = append(b.runs, name)
				clear(b.memo)
			}
			if _, ok := b.titles[title]; title != "" && !ok {
				b.titles[title] = name
				clear(b.memo)
			}
		}
		run = run[:0]
	}
	prevNorm := "" // the Norm of word i-1 when it was computed
	for i, sp := range spans {
		w := text[sp.Start:sp.End]
		if i > 0 && len(run) > 0 && strings.TrimSpace(text[spans[i-1].End:sp.Start]) != "" {
			flush() // a comma or a bracket ends a run: "on Wednesday, Tradeweb data showed"
			title = ""
		}
		upper := startsUpper(w)
		nextUpper := i+1 < len(spans) && startsUpper(text[spans[i+1].Start:spans[i+1].End])
		if !upper && !nextUpper {
			flush()
			title, prevNorm = "", ""
			continue // neither in a run nor a title before one
		}
		norm := lexicon.NormAt(text, lower, sp.Start, sp.End)
		// the two words as one phrase: Norm of "A B" is Norm(A) Norm(B),
		// and only a word that starts a title can start a two-word one
		two := ""
		if i > 0 && nextUpper {
			if prevNorm == "" {
				prevNorm = lexicon.NormAt(text, lower, spans[i-1].Start, spans[i-1].End)
			}
			if b.lex.Starts(prevNorm)&b.titleSet != 0 {
				two = prevNorm + " " + norm
			}
		}
		prevNorm = norm
		isTitle, twoTitle := b.lex.In(norm)&b.titleSet != 0, two != "" && b.lex.In(two)&b.titleSet != 0
		if nextUpper && (isTitle || twoTitle) {
			flush()
			title = norm
			if twoTitle {
				title = two
			}
			continue
		}
		if upper && len(w) > 1 && !strings.ContainsAny(w, ".'\u2019") && b.lex.In(norm)&b.stopSet == 0 &&
			!(len(run) == 0 && (b.lex.In(norm)&b.timeSet != 0 || b.lex.HasWord("opener", norm))) {
			// (a day or a clause's opening word does not open a name:
			// "Wednesday Tradeweb", "If OceanLens"; a month may: "May
			// Ellison")
			run = append(run, w)
			continue
		}
		flush()
		title = ""
	}
	flush()
}

// isNameSep separates the words addRuns reads.
func isNameSep(r rune) bool {
	switch r {
	case ',', ';', ':', '"', '(', ')', '\u201c', '\u201d', '\u00a0':
		return true
	}
	return isSpace(r)
}

// asciiNameSep is isNameSep for each ASCII byte.
var asciiNameSep = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isNameSep(rune(c))
	}
	return t
}()

// appendNameSpans appends the spans of strings.FieldsFunc(text, isNameSep)
// to out, quicker for ASCII.
func appendNameSpans(out []Span, text string) []Span {
	start := -1
	for i := 0; i < len(text); {
		c, n, sep := text[i], 1, false
		if c < utf8.RuneSelf {
			sep = asciiNameSep[c]
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(text[i:])
			sep = isNameSep(r)
		}
		if sep {
			if start >= 0 {
				out = append(out, Span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += n
	}
	if start >= 0 {
		out = append(out, Span{start, len(text)})
	}
	return out
}

func newNameBook(lex *lexicon.Lexicon) *nameBook {
	return &nameBook{lex: lex, titles: map[string]string{}, titleSet: lex.Set("title"), stopSet: lex.Set("stopword"), timeSet: lex.Set("weekday")}
}

// add records a mention before names are resolved, so that a surname can
// resolve to a full name the article gives later too.
func (b *nameBook) add(m mention) {
	if m.text == "" {
		return
	}
	name, title, described := b.strip(m.text)
	if name == "" {
		return
	}
	if m.person || title != "" {
		if len(strings.Fields(name)) >= 2 && !slices.Contains(b.persons, name) {
			b.persons = append(b.persons, name)
			clear(b.memo)
		}
		if title != "" {
			if _, ok := b.titles[title]; !ok {
				b.titles[title] = name
				clear(b.memo)
			}
			if !slices.Contains(b.described, [2]string{described, name}) {
				b.described = append(b.described, [2]string{described, name})
				clear(b.memo)
			}
		}
		return
	}
	if !slices.Contains(b.orgs, name) {
		b.orgs = append(b.orgs, name)
		clear(b.memo)
	}
}

// canonical returns the canonical name of a mention. An article names few
// sources many times, so the answers are kept until the book changes.
func (b *nameBook) canonical(text string) string {
	if c, ok := b.memo[text]; ok {
		return c
	}
	c := b.resolve(text)
	if b.memo == nil {
		b.memo = map[string]string{}
	}
	b.memo[text] = c
	return c
}

func (b *nameBook) resolve(text string) string {
	text = strings.Join(strings.Fields(text), " ") // a name wrapped over two lines
	text = dropPossessive(text)
	text = b.issuerOf(text)

	// "a statement from the Red Crescent", "a report by the agency": the
	// source is who issued the document
	if i := b.documentOf(text); i > 0 {
		text = strings.TrimSpace(text[i:])
	}
	if c, ok := b.lex.Lookup("source", stripThe(text)); ok {
		return c
	}
	// an acronym in parentheses: "the American Institute for the Study of War (ISW)"
	if i := strings.LastIndex(text, "("); i > 0 && strings.HasSuffix(text, ")") {
		if c, ok := b.lex.Lookup("source", text[i+1:len(text)-1]); ok {
			return c
		}
		text = strings.TrimSpace(text[:i])
		if c, ok := b.lex.Lookup("source", stripThe(text)); ok {
			return c
		}
	}
	name, title, described := b.strip(text)
	if name == "" {
		// "the spokesperson" is the one named before; "a police
		// spokesperson" is not the alliance's spokesperson named before
		if p := b.byDescription(described); p != "" {
			return p
		}
		if p, ok := b.titles[title]; ok && described == title {
			return p
		}
		return strings.TrimSpace(trimArticle(text))
	}
	if c, ok := b.lex.Lookup("source", stripThe(name)); ok {
		return c
	}
	words := strings.Fields(name)
	if len(words) == 1 && !isAcronym(words[0]) && !startsUpper(words[0]) {
		// "the department" after "Kent County Health Department";
		// not "the ministry" when the article names two
		if r := b.byHead(words[0]); r != "" {
			return r
		}
		return name
	} else if len(words) == 1 && !isAcronym(words[0]) { // INGD is no misspelt INAM
		if p := b.bySurname(words[0]); p != "" {
			return p
		}
	} else if len(words) == 2 || len(words) == 3 {
		// "Volodymyr Zelensky" after "Volodymyr Zelenskyy"
		for _, p := range b.persons {
			pw := strings.Fields(p)
			if len(pw) == len(words) && slices.EqualFunc(pw[:len(pw)-1], words[:len(words)-1], sameWord) && variants(pw[len(pw)-1], words[len(words)-1]) {
				// (every word but the last the same: "Vessland Airline
				// Association" is not "Vessland Pilots' Association")
				return p
			}
		}
	}
	// "the air force" after "Ukraine's air force"; not "the ministry"
	// when the article names two ministries
	match := ""
	for _, o := range b.orgs {
		if o != name && strings.HasSuffix(lexicon.Norm(o), " "+lexicon.Norm(name)) {
			c, ok := b.lex.Lookup("source", stripThe(o))
			if !ok {
				c = o
			}
			if match != "" && match != c {
				return name
			}
			match = c
		}
	}
	if match != "" {
		return match
	}
	return name
}

// issuerOf reads "the ministry's report", "the central bank's latest
// forecast": a [document] right after its possessor (or after one
// superlative) is the possessor's word. "The country's health ministry
// report" is left whole: the words between may name the issuer.
func (b *nameBook) issuerOf(text string) string {
	f := strings.Fields(text)
	n := len(f)
	if n < 2 || !b.lex.HasWord("document", lexicon.Norm(f[n-1])) {
		return text
	}
	i := n - 2
	if i > 0 && strings.HasSuffix(f[i], "est") {
		i-- // "latest", "newest"
	}
	// past up to three words of what the document is about, in lower
	// case and naming no body ("the Ministry of Education's annual
	// workforce report"; not "the country's health ministry report")
	for k := 0; k < 3 && i > 0 && !strings.HasSuffix(f[i], "'s") && !strings.HasSuffix(f[i], "\u2019s") && isLowerWord(f[i]); k++ {
		if w := lexicon.Norm(f[i]); b.lex.HasWord("generic", w) || b.lex.HasWord("title", w) || b.lex.HasWord("org-noun", w) {
			return text
		}
		i--
	}
	for _, pos := range []string{"'s", "\u2019s"} {
		if strings.HasSuffix(f[i], pos) {
			f[i] = strings.TrimSuffix(f[i], pos)
			if w := lexicon.Norm(f[i]); b.lex.HasWord("month", w) || b.lex.HasWord("weekday", w) || b.lex.HasWord("period", w) || w == "today" || w == "yesterday" {
				return text // "January's jobs report", "Monday's official figures": when, not whose
			}
			return strings.Join(f[:i+1], " ")
		}
	}
	return text
}

// documentOf returns where the issuer starts in "statement from X",
// "report by X", "figures of X" (a [document] word and a preposition), or 0.
func (b *nameBook) documentOf(text string) int {
	rest := trimArticle(text)
	doc, after, ok := strings.Cut(rest, " ")
	if !ok || !b.lex.HasWord("document", lexicon.Norm(doc)) {
		return 0
	}
	prep, _, ok := strings.Cut(after, " ")
	if !ok || prep != "from" && prep != "by" && prep != "of" {
		return 0
	}
	return len(text) - len(rest) + len(doc) + 1 + len(prep) + 1
}

// byDescription returns the one person named with a description that is
// the given one, or that ends it or is ended by it with no other body
// named in the words before ("the press secretary" for "White House press
// secretary Karine Jean-Pierre", not "a police spokesperson" for "the
// spokesperson Ana Ruiz"), or "".
func (b *nameBook) byDescription(described string) string {
	match := ""
	for _, dn := range b.described {
		d, p := dn[0], dn[1]
		if d == described {
			return p
		}
		longer, shorter := d, described
		if len(longer) < len(shorter) {
			longer, shorter = shorter, longer
		}
		if !strings.HasSuffix(longer, " "+shorter) {
			continue
		}
		other := false
		for _, w := range strings.Fields(strings.TrimSuffix(longer, " "+shorter)) {
			other = other || b.lex.HasWord("generic", w)
		}
		if other {
			continue
		}
		if match != "" && match != p {
			return ""
		}
		match = p
	}
	return match
}

// byHead returns the one name of the article whose last word is the
// common noun w ("department"), or "" when there is none or more than
// one.
func (b *nameBook) byHead(w string) string {
	match := ""
	for _, list := range [][]string{b.persons, b.runs, b.orgs} {
		for _, r := range list {
			if i := strings.LastIndexByte(r, ' '); i > 0 && strings.EqualFold(r[i+1:], w) {
				if c, ok := b.lex.Lookup("source", stripThe(r)); ok {
					r = c
				}
				if match != "" && !strings.EqualFold(match, r) {
					return ""
				}
				match = r
			}
		}
	}
	return match
}

// kind is an organisation described by an [org-noun] at a place.
type kind struct {
	noun, name string
	at         int
}

// describe records that the article described the organisation name by
// the [org-noun] noun at byte offset at.
func (b *nameBook) describe(noun, name string, at int) {
	b.kinds = append(b.kinds, kind{noun, name, at})
	clear(b.memo)
}

// byKind returns the one organisation the article described by the
// [org-noun] noun before byte offset before ("the firm" after "Marquee
// Analytics, a data firm"), or "" when it described none or more than
// one (an unnamed one, recorded with no name, counts).
func (b *nameBook) byKind(noun string, before int) string {
	match := ""
	for _, k := range b.kinds {
		if k.noun != noun || k.at >= before {
			continue
		}
		if k.name == "" {
			return ""
		}
		r := k.name
		if c, ok := b.lex.Lookup("source", stripThe(r)); ok {
			r = c
		}
		if match != "" && match != r {
			return ""
		}
		match = r
	}
	return match
}

func (b *nameBook) bySurname(w string) string {
	var best string
	bestD := 3
	for _, p := range append(append([]string(nil), b.persons...), b.runs...) {
		pw := strings.Fields(p)
		last := pw[len(pw)-1]
		if strings.EqualFold(last, w) {
			return p
		}
		if d := EditDistance(strings.ToLower(last), strings.ToLower(w)); d < bestD && variants(last, w) {
			best, bestD = p, d
		}
	}
	return best
}

// variants reports whether two spellings of a name are variants: the same
// first letter and one edit apart (Zelensky, Zelenskyy), or two when both
// are long (Zelensky, Zeelenskyy) or differ only in vowels and doubled
// letters (Hussein, Husain). Two edits of consonants make other short
// names: Halvex is not Hallen.
func variants(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 4 || len(rb) < 4 || ra[0] != rb[0] {
		return false
	}
	d := EditDistance(a, b)
	return d <= 1 || d == 2 && (min(len(ra), len(rb)) >= 8 || consonants(a) == consonants(b))
}

// consonants returns the consonants of a word in lower case, each run of
// one letter kept once: "hussein" and "husain" give "hsn".
func consonants(w string) string {
	var b strings.Builder
	var last rune
	for _, r := range w {
		if strings.ContainsRune("aeiouy", r) || r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// strip removes titles and descriptions from a mention: it returns the name
// after the last title word, that title ("" when there is none) and the
// words up to and with the title, folded, a possessor dropped ("police
// spokesperson" of "a police spokesperson"). For a title alone ("the
// president") the name is "".
func (b *nameBook) strip(text string) (name, title, described string) {
	if r, ok := b.stripped[text]; ok {
		return r[0], r[1], r[2]
	}
	name, title, described = b.stripOnce(text)
	if b.stripped == nil {
		b.stripped = map[string][3]string{}
	}
	b.stripped[text] = [3]string{name, title, described}
	return name, title, described
}

// stripOnce is strip without its memory: the answer depends on the text
// and the lexicon only.
func (b *nameBook) stripOnce(text string) (name, title, described string) {
	text = dropPossessive(trimArticle(strings.TrimSpace(text)))
	// an appositive name: "the state's forestry agency, Cal Fire" is Cal
	// Fire; "the country's disaster agency AFAD" is AFAD
	if i := strings.LastIndex(text, ", "); i > 0 {
		if n := text[i+2:]; startsUpper(n) && !strings.Contains(n, " and ") {
			text = n
		}
	}
	if i := strings.LastIndex(text, " "); i > 0 && isAcronym(text[i+1:]) {
		if j := strings.LastIndex(text[:i], " "); !startsUpper(text[j+1 : i]) {
			text = text[i+1:]
		}
	}
	fields := strings.Fields(text)
	words := make([]string, len(fields))
	for i, f := range fields {
		words[i] = lexicon.Norm(f)
	}
	last := -1
	for i := range fields {
		if _, n := b.lex.Match("title", words, i); n > 0 {
			last = i + n - 1
			title = strings.Join(words[i:i+n], " ")
		}
	}
	if last < 0 {
		return strings.Join(fields, " "), "", ""
	}
	from := 0
	for i, w := range words[:last] {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s'") {
			from = i + 1 // "varenza's health minister" is the health minister
		}
	}
	described = strings.Join(words[from:last+1], " ")
	rest := fields[last+1:]
	if len(rest) == 0 || !startsUpper(rest[0]) {
		return "", title, described
	}
	return strings.Join(rest, " "), title, described
}

// dropPossessive drops a lower-case possessive before a name: in "the
// territory's Health Ministry" or "the country's disaster agency AFAD" it
// only says whose the body is.
func dropPossessive(text string) string {
	f := strings.Fields(trimArticle(text))
	if len(f) > 1 && !startsUpper(f[0]) && (strings.HasSuffix(f[0], "'s") || strings.HasSuffix(f[0], "\u2019s")) && startsUpper(f[1]) {
		return strings.Join(f[1:], " ")
	}
	return text
}

// isAcronym reports whether w is two or more capital letters: AFAD, OCHA.
func isAcronym(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return utf8.RuneCountInString(w) >= 2
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

func trimArticle(s string) string {
	for _, p := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

// EditDistance is the Levenshtein distance between a and b counted in
// runes, so that non-ASCII names are measured by letters, not bytes. It is
// the measure of spelling variants of names, here and in package compare.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// isLowerWord reports whether w is a word of letters (and hyphens) in lower
// case: "annual", "year-end".
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

// sameWord reports whether two words of a name are one, their apostrophes
// and a plural "s" aside ("Fishermen's" and "Fishermens", "Airline" and
// "Airlines").
func sameWord(a, b string) bool {
	f := func(w string) string {
		w = lexicon.Norm(w)
		if strings.ContainsAny(w, "'\u2019") {
			w = strings.ReplaceAll(strings.ReplaceAll(w, "'", ""), "\u2019", "")
		}
		return strings.TrimSuffix(w, "s")
	}
	return f(a) == f(b)
}
