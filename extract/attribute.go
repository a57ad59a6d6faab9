package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claims-tool/claims/extract/fact"
	"github.com/claims-tool/claims/extract/quantity"
	"github.com/claims-tool/claims/lexicon"
	"github.com/jdkato/prose/v3/tokenize"
)

// mention is a source as the article names it.
type mention struct {
	text   string // as written, trimmed
	span   Span
	person bool
	// named is true when the mention names someone by a proper noun, a
	// title or a generic head ("officials"), not just any noun ("the rebels")
	named bool
}

// cue is one attribution in a sentence: a verb of saying with its subject
// ("Zelensky said"), or a citing phrase with its object ("according to X").
type cue struct {
	text    string // the verb or phrase as written
	at      Span   // where the cue is
	who     mention
	pronoun string // "he", "they": resolved later
	final   bool   // nothing but a source and adjuncts follows: "..., X said."
	own     bool   // it names the article's own outlet: its figures have no source
	citing  bool   // according to, citing
	opening bool   // opens the sentence: "According to X, ..."
	// parenthetical is set for a cue set off by commas after what it
	// attributes: "Over 40,000 people were moved, the agency said, and ..."
	parenthetical bool
	resolved      string // canonical name, filled by resolve
	// narrow is set for a cue that covers only the figure right before
	// it: a source in brackets, as in a box of key figures ("Workers on
	// strike: 9,000 (union)"), or the agent of a participle ("the 3.8%
	// claimed by the minister"). reach is how many tokens may stand
	// between the figure and the cue.
	narrow bool
	reach  int
	// aside is the bracketed aside the cue stands in, if any ("400+, say
	// organisers (police say about 150)"): it covers only the figures in it
	aside Span
	// ahead is, for a narrow cue before its figure, how many tokens may
	// stand between them ("the government's figure of $1.2 billion")
	ahead int
	// object is, for a verb that records a figure ("The ministry counted
	// 610 minors"), one past the offset where that figure starts, or 0:
	// that figure is the cue's whatever other cue the sentence has
	object int
	// agent is set for a narrow cue whose source is the agent of the
	// passive verb that sets the figure ("estimated at 5,000 by police"):
	// no other cue of the sentence reports it
	agent bool
}

// quoteRegion is a quotation, possibly spanning sentences and paragraphs.
type quoteRegion struct {
	span    Span
	speaker *cue
	para    int // the paragraph it closes in
}

// attribute sets the source and status of every claim of a.
func (x *Extractor) attribute(a *Article, sents []*sentence) {
	names := newNameBook(x.lex)
	cues := make([][]*cue, len(sents))
	for _, st := range sents {
		names.addRuns(st.text, st.lower)
	}
	for i, st := range sents {
		cues[i] = x.cues(st)
		for _, m := range x.subjects(st, cues[i]) {
			names.add(m)
		}
		x.appositions(st, names)
	}
	quotes := x.quotations(a, sents, cues)

	// first resolve every cue, in reading order: pronouns need the people
	// named before them
	var lastPerson, lastGroup *mention
	lastData := ""               // the source of the latest cue of data ("ministry data show")
	lastGroupPara := -1          // the paragraph of lastGroup
	paraSource := map[int]*cue{} // paragraph -> the source it opens with
	var listSrc *cue             // the source of the list being read
	listPara := -1               // its latest item
	for i, st := range sents {
		for _, c := range cues[i] {
			if c.pronoun != "" {
				ref := lastGroup
				if v, _ := x.lex.Lookup("pronoun", c.pronoun); v == "person" {
					ref = lastPerson
				} else if m, stance, ok := x.subjectOpening(st, c); ok && (stance || lastGroup == nil || !lastGroup.named || lastGroupPara < st.para-1) {
					// "The company blames costs: the farm would cost
					// €4.5bn, it says": the body the sentence opens with
					ref = &m
				} else if m, ok := x.possessorOpening(st, c); ok && (lastGroup == nil || lastGroupPara != st.para) {
					// "Quillon's revenue fell 4%, it said": the
					// possessor the sentence opens with, unless the
					// paragraph named a group before ("The ONS
					// published figures. Britain's economy grew 0.6%,
					// it said")
					ref = &m
				}
				if m, ok := x.colonSubject(st, c); ok {
					// "SGT rejects that figure: it says ...", "Corvane is
					// more pessimistic: it estimates ...": the name the
					// sentence opens with, before the colon
					ref = &m
				}
				if m := reportedSubject(st, cues[i], c); m != nil {
					// "The ECL says it expects more than a million": the
					// speaker of the verb of saying the pronoun's clause
					// is reported by
					ref = m
				}
				if ref == nil {
					continue
				}
				c.who = *ref
			}
			if c.who.text != "" {
				c.resolved = names.canonical(c.who.text)
				if x.lex.HasWord("org-noun", c.resolved) {
					// "the firm said" after "Marquee Analytics, a data firm"
					if r := names.byKind(c.resolved, c.who.span.Start); r != "" {
						c.resolved = r
					}
				}
				// "by the Review's calculation" in the Kaldoria Review: the
				// article's own voice, no source (but a cue still: it
				// speaks for its figures, and no earlier source does)
				c.own = ownOutlet(c.resolved, a.Outlet)
				if rest, ok := strings.CutPrefix(stripThe(c.who.text), "same "); ok && x.lex.HasWord("document", rest) && lastData != "" {
					// "according to the same data": the source whose data
					// the article last cited
					c.resolved = lastData
				} else if c.resolved != "" && x.dataCue(st, c) {
					lastData = c.resolved
				}
			}
		}
		// a paragraph that opens with a source keeps it
		if i == 0 || sents[i-1].para != st.para {
			for _, c := range cues[i] {
				if c.resolved != "" && c.opening {
					paraSource[st.para] = c
					break
				}
			}
		}
		// "Key numbers, according to the company:" hands its source to
		// the list it opens, item by item
		switch {
		case listSrc != nil && st.para == listPara+1 && a.listItem(st):
			paraSource[st.para] = listSrc
			listPara = st.para
		case listSrc != nil && st.para != listPara:
			listSrc = nil
		}
		if last := i+1 == len(sents) || sents[i+1].para != st.para; last && strings.HasSuffix(strings.TrimSpace(st.text), ":") {
			for _, c := range cues[i] {
				if c.resolved != "" && !c.narrow && c.aside.End == 0 {
					listSrc, listPara = c, st.para
				}
			}
		}
		for _, m := range x.subjects(st, cues[i]) {
			m := m
			if quoteAt(quotes, m.span.Start) != nil {
				// '"Quillon took £12m of public money," he said': whom
				// a speaker names is not who speaks next
				continue
			}
			if m.person {
				lastPerson = &m
			} else {
				lastGroup, lastGroupPara = &m, st.para
			}
		}
	}
	// then give every claim its source: the speaker of its quotation, the
	// cue of its sentence, or the source its paragraph opened with
	for i, st := range sents {
		settleObjects(cues[i])
		for _, ci := range st.claims {
			c := &a.Claims[ci]
			var src *cue
			q := quoteAt(quotes, c.at.Start)
			switch {
			case q != nil && q.speaker != nil && q.speaker.resolved != "":
				src = q.speaker
			case q != nil && !x.hasOwnCue(cues[i], quotes, st, q):
				// a quoted phrase with no speaker named
			default:
				if k := objectCue(cues[i], c.at); k != nil {
					src = k
				} else if k := x.narrowFor(cues[i], st, c.at); k != nil {
					src = k
				} else if k := pick(cues[i], c.at.Start, st); k != nil {
					src = k
				} else if ps := paraSource[st.para]; ps != nil && !sentenceHasCue(cues[i]) {
					src = ps
				}
			}
			switch {
			case src != nil && src.own:
				c.voice = src.resolved
			case src != nil && src.resolved != "":
				c.Source = Source{Name: src.resolved, Cue: src.text, AsWritten: src.who.text}
				if src.who.span.End > 0 {
					sp := a.fileSpan(src.who.span)
					c.Source.Span = &sp
				}
			}
		}
	}
	x.dropSourceCounts(a, sents, cues)
	x.markers(a, sents, cues)
	x.disputes(a)
}

// dropSourceCounts removes figures that are part of a source's own name
// ("two officials familiar with the talks said"): they describe who speaks,
// they are not what is said.
func (x *Extractor) dropSourceCounts(a *Article, sents []*sentence, cues [][]*cue) {
	drop := map[int]bool{}
	for i, st := range sents {
		for _, ci := range st.claims {
			at := a.Claims[ci].at
			for _, c := range cues[i] {
				if c.pronoun == "" && c.who.span.Start <= at.Start && at.End <= c.who.span.End {
					drop[ci] = true
				}
			}
		}
	}
	dropClaims(a, sents, drop)
}

// dropClaims removes the claims whose indexes drop holds, renumbering the
// sentences' claim lists.
func dropClaims(a *Article, sents []*sentence, drop map[int]bool) {
	if len(drop) == 0 {
		return
	}
	renumber := make([]int, len(a.Claims))
	kept := a.Claims[:0]
	for i, c := range a.Claims {
		renumber[i] = -1
		if !drop[i] {
			renumber[i] = len(kept)
			kept = append(kept, c)
		}
	}
	a.Claims = kept
	for _, st := range sents {
		idx := st.claims[:0]
		for _, ci := range st.claims {
			if renumber[ci] >= 0 {
				idx = append(idx, renumber[ci])
			}
		}
		st.claims = idx
	}
}

// colonAfter reports whether the text at off, after spaces, is a colon:
// "Quote from X:", "X said:".
func colonAfter(src string, off int) bool {
	for off < len(src) && (src[off] == ' ' || src[off] == '\t') {
		off++
	}
	return off < len(src) && src[off] == ':'
}

// hasOwnCue reports whether a figure in quotation q of sentence st has a
// cue of its own outside the quotation: one that closes the sentence
// ('"...," the minister said'), or one before a quotation that opens and
// closes within the sentence ('A spokeswoman said "about 550" roles
// would go').
func (x *Extractor) hasOwnCue(cs []*cue, quotes []quoteRegion, st *sentence, q *quoteRegion) bool {
	inline := st.span.Start <= q.span.Start && q.span.End <= st.span.End
	for _, c := range cs {
		if quoteAt(quotes, c.at.Start) == nil && c.resolved != "" && (c.final || inline && c.at.End <= q.span.Start && x.oneClause(st, c.at.End, q.span.Start)) {
			return true
		}
	}
	return false
}

// oneClause reports whether the text of st between offsets a and b holds
// no break between clauses: a semicolon or a [contrast] word ("Officials
// said the fire was contained; residents described \"30 explosions\"").
func (x *Extractor) oneClause(st *sentence, a, b int) bool {
	for k := st.tokenAt(a); k < len(st.toks) && st.toks[k].Start < b; k++ {
		if st.words[k] == ";" || st.is(k, x.is.contrast) {
			return false
		}
	}
	return true
}

func sentenceHasCue(cs []*cue) bool {
	for _, c := range cs {
		if c.resolved != "" {
			return true
		}
	}
	return false
}

func quoteAt(qs []quoteRegion, off int) *quoteRegion {
	for i := range qs {
		if qs[i].span.Start <= off && off < qs[i].span.End {
			return &qs[i]
		}
	}
	return nil
}

// reportedSubject returns the speaker of the cue in cs whose reported
// clause opens with the pronoun of cue c ("The ECL says it expects",
// "Police said they counted"), or nil.
func reportedSubject(st *sentence, cs []*cue, c *cue) *mention {
	k := st.tokenAt(c.who.span.Start)
	if k > 0 && st.words[k-1] == "that" {
		k--
	}
	for _, o := range cs {
		if o != c && o.pronoun == "" && o.who.text != "" && o.at.End <= c.who.span.Start && k > 0 && st.toks[k-1].End() == o.at.End {
			return &o.who
		}
	}
	return nil
}

// pick chooses the cue of a sentence that covers the claim at off: a cue
// before the claim ("X said that Q"), or a cue after it that closes the
// sentence ("Q, X said." / "Q, according to X.").
func pick(cs []*cue, off int, st *sentence) *cue {
	var best *cue
	bestDist := -1
	named := false
	for _, c := range cs {
		// a narrow cue covers its own figure only, and a recording verb's
		// name does not silence another source of the sentence ("The
		// ministry counted 610 minors, but aid groups put the figure at 900")
		// (one before the claim past a break between clauses names the
		// source of another clause: "the prefecture put the crowd at
		// 30,000; organisers there said 140,000")
		named = named || !c.narrow && c.object == 0 && c.resolved != "" && c.who.named && !(c.at.End <= off && clauseBreak(st, c.at.End, off)) && !(c.at.Start > off && !c.final && clauseBreak(st, off, c.at.Start))
	}
	for _, c := range cs {
		if c.narrow || c.resolved == "" || named && !c.who.named && !c.final && !c.citing {
			continue // a named source beats "the rebels said" in one sentence
		}
		if c.aside.End > 0 && (off < c.aside.Start || off >= c.aside.End) {
			continue
		}
		var d int
		switch {
		case c.at.Start > off && (c.final || c.parenthetical || c.citing && !c.opening):
			d = c.at.Start - off
		case c.at.End <= off && (!c.final || c.opening || c.citing && c.opening):
			d = off - c.at.End
			if clauseBreak(st, c.at.End, off) && !c.opening {
				d += 500 // "X warned of layoffs, and dozens closed, Y said"
			}
			if c.citing && !c.opening && trailsFigure(st, c.at.Start) && citedAfter(cs, c, off) {
				// "18 tonnes according to X, up to 25 tonnes according
				// to Y": a citing phrase right after a figure is that
				// figure's; a figure with one of its own after it takes
				// that ("..., 70 according to the coast guard, which
				// rescued 27": the 27 has none)
				d += 500
			}
		case c.at.End <= off:
			d = off - c.at.End + 1000 // a closing cue before the claim: weak
		default:
			continue
		}
		if best == nil || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// citedAfter reports whether a citing cue other than c stands after
// offset off.
func citedAfter(cs []*cue, c *cue, off int) bool {
	for _, o := range cs {
		if o != c && o.citing && !o.opening && o.at.Start > off {
			return true
		}
	}
	return false
}

// textBefore reports whether a token written text stands in [from, i):
// a semicolon anywhere before a figure, or a colon after the first token
// ("Missing: 57 people (Interior Ministry)"; a dash in running text
// labels nothing).
func textBefore(st *sentence, from, i int, text string) bool {
	for k := from; k < i; k++ {
		if st.toks[k].Text == text {
			return true
		}
	}
	return false
}

// unitBefore reports whether a figure with a unit of its own (a sum, a
// measure, a share) after a determiner ends right before token k.
func unitBefore(st *sentence, k int) bool {
	for _, q := range st.quants {
		if q.Start < st.toks[k].Start && st.toks[k-1].Start < q.End && q.Unit != "" {
			// the figure qualified: "the $10.31 billion analysts had
			// expected", not "that one in four drivers admits"
			f := st.tokenAt(q.Start)
			return f > 0 && (st.toks[f-1].Tag == "DT" || st.toks[f-1].Tag == "PRP$")
		}
	}
	return false
}

// trailsFigure reports whether the token before offset at, a comma
// aside, is part of a figure: "18 tonnes according to X".
func trailsFigure(st *sentence, at int) bool {
	k := st.tokenAt(at) - 1
	if k >= 0 && st.toks[k].Text == "," {
		k--
	}
	return k >= 0 && st.inFigure(st.toks[k].Start)
}

// figureOpens reports whether st opens with its figure, a bullet aside
// (the cleaner drops list markers): "23 people taken to hospital, 4 in a
// critical condition (Ambulance Service)", a line of key figures.
// Brackets that close it name its source, as they do a line of
// figureFirst.
func figureOpens(st *sentence) bool {
	f := 0
	for f < len(st.toks) && !isWordTok(st.toks[f].Text) && !st.inFigure(st.toks[f].Start) {
		f++
	}
	return f < len(st.toks) && st.inFigure(st.toks[f].Start)
}

// bracketed reads a source in brackets at token i, right after a figure
// in a labelled line ("Workers on strike: 9,000 (union)", "Ships
// waiting: 47 (port authority, Thursday)", "2.3 million (the gang's
// claim)"), or after a citing phrase anywhere ("50,000 (according to
// organisers)"). The brackets hold a few words, no number and no verb; a
// comma ends the source. It returns nil when there is none.
func (x *Extractor) bracketed(st *sentence, i int) *cue {
	if st.toks[i].Text != "(" && st.toks[i].Text != "[" || i == 0 {
		return nil
	}
	closer := ")"
	if st.toks[i].Text == "[" {
		closer = "]" // "Dead seals: 14 [Marenian Wildlife Service]"
	}
	// "212 — dead or missing at sea in October (IOM)": brackets that
	// close a line opening with its figure name that figure's source
	// so do brackets that close a labelled line ("Missing: 57 people,
	// mostly fishermen (Interior Ministry)")
	from := i + 1
	named := from+1 < len(st.toks) && st.words[from+1] == ":" && (st.is(from, x.is.document) || x.lex.HasWord("table-source", st.words[from]))
	if named {
		from += 2 // "(figures: Civil Aviation Authority)", "(source: DCSO)": a source by name, anywhere
	}
	// a figure before the brackets on a line that opens with its figure
	// is no matter: the brackets close the line ("$405.3 mln - global
	// total after five days (Meridian)")
	//
	// so do brackets that close an item of a line of several, parted
	// by semicolons, on a line that opens with its figure ("680,000
	// hectares infested (ministry); close to 1 million hectares (farmers'
	// union)"), or on an unlabelled line of a box of key figures ("Millet
	// prices up nearly 40% since September (statistics office)")
	box := st.box && !textBefore(st, 1, i, ":")
	after := tokenAfterBracket(st, i, closer)
	// (in a box, commas part items too: "120,000 marchers (organisers),
	// 35,000 (police)")
	sep := after < len(st.toks) && (st.toks[after].Text == ";" || box && st.toks[after].Text == ",")
	item := (sep || after >= len(st.toks)-1 && textBefore(st, 0, i, ";")) && (figureOpens(st) || box)
	closing := !st.inFigure(st.toks[i-1].Start) || (figureFirst(st) || box) && after >= len(st.toks)-1 || item
	labelled := closing && !figureFirst(st) && !figureOpens(st) && !named // "Missing: 57 people, ... (Interior Ministry)"
	if labelled && !textBefore(st, 1, i, ":") && !box {
		return nil
	}
	citing := x.citingAt(st, from)
	if closing {
		if after < len(st.toks) && !(after+1 == len(st.toks) && st.toks[after].Text == ".") && !item {
			return nil
		}
	} else if citing > 0 {
		from += citing // "50,000 (according to organisers)"
	} else if !labelBefore(st, i) {
		// in running text brackets after a figure hold a party, a
		// ticker, a scorer: "12,400 (Greens)", "5% (ACME.L)"
		return nil
	}
	end := -1
	for k := from; k < len(st.toks) && k <= from+5; k++ {
		if w := st.words[k]; w == closer || w == "," {
			end = k
			break
		}
		if t := st.toks[k]; t.Tag == "CD" || t.Tag == "RB" || t.Tag == "IN" && st.words[k] != "of" || isVerb(t.Tag) ||
			!isWordTok(t.Text) && t.Tag != "POS" || strings.ContainsAny(t.Text, "0123456789.") || st.inFigure(t.Start) {
			return nil // "(about £4bn)", "(mostly civilians)", "(six miles)", "(Dh2,000)"
		}
	}
	if end < 0 || end == from || x.isTimeWord(st, from) {
		return nil
	}
	e := end
	if e-from >= 3 && st.toks[e-2].Tag == "POS" && x.lex.HasWord("document", st.words[e-1]) {
		e -= 2 // "(the gang's claim)", "(the regulator's estimate)"
	}
	who := x.mentionOf(st, from, e, false)
	if named && !isCap(st.toks[from].Text) && !x.bodyNamed(st, from, e) ||
		closer == "]" && !x.bodyNamed(st, from, e) && (!capitalized(st, from, e) || st.is(from, x.is.direction)) {
		return nil // "(figures: provisional)", "[estimate]", "[North District]"; not "[Blue Shore Alliance]"
	}
	if who.text == "" || closing && !named && !x.bodyNamed(st, from, e) && !((figureFirst(st) || box) && capitalized(st, from, e) && !isCap(st.toks[i-1].Text)) || labelled && !x.bodyWord(st, from, e) {
		// on a labelled line an acronym may be a place or a measure
		// ("Deaths: 57 (UK)", "Debt: 62% of output (GDP)"): a body's
		// word must say it is one
		return nil
	}
	c := &cue{text: "(", at: Span{st.toks[i].Start, st.toks[i].End()}, who: who, citing: true, narrow: !closing, final: closing, pronoun: pronounOf(x.lex, who.text)}
	if item || closing && box {
		// an item's brackets cover its own figures: back to the
		// brackets or the semicolon that close the item before
		c.aside = Span{st.toks[0].Start, st.toks[min(after, len(st.toks))-1].End()}
		for k := i - 1; k > 0; k-- {
			if t := st.toks[k].Text; t == ")" || t == "]" || t == ";" {
				c.aside.Start = st.toks[k].End()
				break
			}
		}
	}
	return c
}

// bodyWord reports whether tokens [i, j) hold a [generic] or [title]
// word: "Interior Ministry", "civil protection agency", "police".
func (x *Extractor) bodyWord(st *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if st.is(k, x.is.generic|x.is.title) {
			return true
		}
	}
	return false
}

// bodyNamed reports whether tokens [i, j) name a body that speaks, not a
// place: an acronym ("IOM"), a [generic] or [title] word ("Interior
// Ministry"), or a role in lower case of two words or more ("city traffic
// engineer", "state auditor"); "(West Yorkshire)" closing a line names
// where, not who, and "(disputed)", "(estimate)" say what, not who.
func (x *Extractor) bodyNamed(st *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if t := st.toks[k].Text; len(t) >= 2 && strings.ToUpper(t) == t && isWordTok(t) || st.is(k, x.is.generic|x.is.title) {
			return true
		}
	}
	if j-i < 2 || isCap(st.toks[i].Text) || !isNoun(st.toks[j-1].Tag) {
		return false
	}
	for k := i; k < j; k++ {
		if t := st.toks[k].Tag; !isNoun(t) && t != "JJ" {
			return false
		}
	}
	return true
}

// tokenAfterBracket returns the index of the token after the bracket that
// token i opens, or len(st.toks) when it does not close.
func tokenAfterBracket(st *sentence, i int, closer string) int {
	for k := i + 1; k < len(st.toks); k++ {
		if st.toks[k].Text == closer {
			return k + 1
		}
	}
	return len(st.toks)
}

// labelBefore reports whether a label and its colon come before token i
// in the sentence: "Workers on strike: 9,000 (union)".
func labelBefore(st *sentence, i int) bool {
	for k := 1; k < i; k++ {
		if labelSep(st.toks[k].Text) {
			return true
		}
	}
	return false
}

// objectCue returns the cue whose recorded figure is the claim at, or nil.
func objectCue(cs []*cue, at Span) *cue {
	for _, c := range cs {
		if c.object > 0 && c.resolved != "" && at.Start <= c.object-1 && c.object-1 < at.End {
			return c
		}
	}
	return nil
}

// settleObjects drops the cues of recording verbs that stand inside what
// another source of the sentence says: "Strand said instruments had
// recorded 12 centimetres", "Koravia recorded an outflow of 9,000, the
// office said" are Strand's and the office's.
func settleObjects(cs []*cue) {
	for _, c := range cs {
		if c.object == 0 {
			continue
		}
		for _, o := range cs {
			// (an aside closed before it is no frame: "Turnout was 64%,
			// the commission said, while observers counted 1,200")
			if o.object == 0 && o.resolved != "" && (o.at.End <= c.at.Start && !o.parenthetical && !o.final || o.final && o.at.Start >= c.at.End) {
				c.object, c.resolved = 0, ""
				break
			}
		}
	}
}

// narrowFor returns the narrow cue that covers the claim at, or nil: one
// that follows it within its reach, with no other figure, verb or comma
// between ("the crowd claimed by", not "the attack, claimed by"), or an
// agent whose participle sets the figure after "at" ("estimated by the
// service at 3.5 metres").
func (x *Extractor) narrowFor(cs []*cue, st *sentence, at Span) *cue {
	for _, c := range cs {
		if !c.narrow || c.resolved == "" {
			continue
		}
		if c.at.Start < at.End {
			if c.ahead > 0 && c.at.End <= at.Start && x.nothingBetween(st, st.tokenAt(c.at.End), st.tokenAt(at.Start), c.ahead, true) && (c.agent && !closedBy(cs, st, c) || !reported(cs, st, c)) {
				return c // "the union's count of 3,100"
			}
			// "The surge, estimated by the service at 3.5 metres": the
			// figure an agent's "at" sets
			if c.who.span.End <= at.Start {
				if k := st.tokenAt(c.who.span.End); k+1 == st.tokenAt(at.Start) && st.words[k] == "at" && x.setsAt[st.words[st.tokenAt(c.at.Start)]] {
					return c
				}
			}
			continue
		}
		if c.ahead == 0 && x.nothingBetween(st, st.tokenAt(at.End), st.tokenAt(c.at.Start), c.reach, false) {
			return c
		}
	}
	return nil
}

// closedBy reports whether a cue after c closes its sentence with no
// figure after it: "Damage was put at $4m by the railway, the mayor
// said." is the mayor's; "at 5,000 by police, but organisers said
// 20,000" leaves the police theirs.
func closedBy(cs []*cue, st *sentence, c *cue) bool {
	for _, o := range cs {
		if o == c || !o.final || o.at.Start < c.at.End || o.resolved == "" {
			continue
		}
		figure := false
		for k := st.tokenAt(o.at.End); k < len(st.toks); k++ {
			figure = figure || st.inFigure(st.toks[k].Start)
		}
		if !figure {
			return true
		}
	}
	return false
}

// reported reports whether the possessed figure of cue c is what another
// cue of the sentence reports: one that closes the sentence ("The
// company's total of 5,000 includes contractors, the union said"), or one
// before it in its clause ("The agency said Spain's total of 40 was too
// low"; not "X estimated losses at $3bn, far above the government's
// figure of $1.2bn").
func reported(cs []*cue, st *sentence, c *cue) bool {
	for _, o := range cs {
		if o == c || o.resolved == "" || o.narrow {
			continue
		}
		if o.final && o.at.Start >= c.at.End {
			return true
		}
		if o.at.End <= c.at.Start && !punctBetween(st, st.tokenAt(o.at.End), st.tokenAt(c.at.Start)) {
			return true
		}
	}
	return false
}

// punctBetween reports whether a comma or semicolon stands among tokens
// [j, k) of st.
func punctBetween(st *sentence, j, k int) bool {
	for ; j < k && j < len(st.toks); j++ {
		if st.words[j] == "," || st.words[j] == ";" {
			return true
		}
	}
	return false
}

// nothingBetween reports whether tokens [e, k) of st are at most reach
// tokens with no figure or comma among them, nor a verb (but an
// auxiliary) unless verbs are allowed.
func (x *Extractor) nothingBetween(st *sentence, e, k, reach int, verbs bool) bool {
	if k-e > reach {
		return false
	}
	for j := e; j < k; j++ {
		if t := st.toks[j]; st.inFigure(t.Start) || t.Text == "," || !verbs && isVerb(t.Tag) && !st.is(j, x.is.aux) {
			return false
		}
	}
	return true
}

// byCount returns the cue of "by X's count" ([container] or [document]
// noun, perhaps after an adjective: "by the company's own estimate") at
// token i, or nil.
func (x *Extractor) byCount(st *sentence, i int) *cue {
	if st.words[i] != "by" || i > 0 && st.words[i-1] != "," && st.words[i-1] != ":" && st.words[i-1] != ";" && st.words[i-1] != "which" && !isQuote(st.toks[i-1].Text) {
		return nil // it opens a clause: not "buoyed by the company's forecast"
	}
	if c := x.ownDocument(st, i+1); c != nil {
		// "which by its own calculation would cost about €863,000": the
		// body the pronoun stands for
		c.text, c.at.Start, c.citing, c.opening = spanText(st, i, st.tokenBefore(c.at.End)+1), st.toks[i].Start, true, isOpening(st, i)
		return c
	}
	for j := i + 2; j < len(st.toks) && j <= i+6; j++ {
		if !isPossessive(st.toks[j]) {
			if !x.npToken(st, j) && st.words[j] != "the" {
				return nil
			}
			continue
		}
		m := j + 1
		if m < len(st.toks) && isAdj(st.toks[m].Tag) {
			m++
		}
		// "..., by WFP's own calculation.": closing the sentence
		final := m+1 == len(st.toks) || m+2 == len(st.toks) && st.toks[m+1].Tag == "."
		if m >= len(st.toks) || !st.is(m, x.is.container|x.is.document) || !final && st.words[m+1] != "," {
			return nil
		}
		who := x.mentionOf(st, i+1, j, true)
		if who.text == "" {
			return nil
		}
		return &cue{text: spanText(st, i, m+1), at: Span{st.toks[i].Start, st.toks[m].End()}, who: who, citing: true,
			opening: isOpening(st, i), final: final, pronoun: pronounOf(x.lex, who.text)}
	}
	return nil
}

// ownDocument returns a cue for "its (own) estimate", "their latest
// count" at token k: a [container] or [document] noun after "its" or
// "their" and at most one adjective, whose pronoun is resolved with the
// others; or nil.
func (x *Extractor) ownDocument(st *sentence, k int) *cue {
	if k+1 >= len(st.toks) || st.words[k] != "its" && st.words[k] != "their" {
		return nil
	}
	m := k + 1
	if m+1 < len(st.toks) && isAdj(st.toks[m].Tag) {
		m++
	}
	if !st.is(m, x.is.container|x.is.document) {
		return nil
	}
	at := Span{st.toks[k].Start, st.toks[m].End()}
	if subj := x.sentenceSubject(st, k); subj.text != "" && pronounOf(x.lex, subj.text) == "" {
		// "The runners' association bases its estimate of ...": the
		// subject of its clause, whatever the paragraph named before
		return &cue{text: spanText(st, k, m+1), at: at, who: subj}
	}
	who := mention{text: spanText(st, k, m+1), span: at}
	return &cue{text: who.text, at: at, who: who, pronoun: pronounOf(x.lex, who.text)}
}

// possessedBare returns the cue of a named party's figure that follows
// its possessive with no noun of its own: "the ministry's 3,800 cubic
// metres per second", "the organisers' 1,140" (not "the union's 4,000
// members", which counts the members). It covers only that figure.
func (x *Extractor) possessedBare(st *sentence, i int) *cue {
	if i < 2 || !isPossessive(st.toks[i]) || i+1 >= len(st.toks) || !st.inFigure(st.toks[i+1].Start) {
		return nil
	}
	e := i + 1
	for e < len(st.toks) && st.inFigure(st.toks[e].Start) {
		e++
	}
	if e < len(st.toks) && (isNoun(st.toks[e].Tag) || isAdj(st.toks[e].Tag) || st.words[e] == "of") {
		return nil
	}
	who := x.leftNPOf(st, i, true)
	if !who.named || e < len(st.toks) && isVerb(st.toks[e].Tag) && !st.is(e, x.is.aux) && isOpening(st, st.tokenAt(who.span.Start)) {
		return nil // (nor "The union's 4,000 voted to strike": people, its subject)
	}
	return &cue{text: spanText(st, st.tokenAt(who.span.Start), i+1), at: Span{who.span.Start, st.toks[i].End()}, who: who, pronoun: pronounOf(x.lex, who.text), narrow: true, ahead: 1}
}

// possessedFigure returns the cue of a named party's figure: a possessive
// before a [container] or [document] noun that a figure follows through
// "of" ("the government's preliminary figure of $1.2 billion", "the
// union's count of 3,100"), or through a verb that sets it ("the
// agency's tally stood at 312"). It covers only that figure.
func (x *Extractor) possessedFigure(st *sentence, i int) *cue {
	if !st.is(i, x.is.container|x.is.document) || i+2 >= len(st.toks) {
		return nil
	}
	p := i - 1
	for p > 0 && i-p <= 2 && (isAdj(st.toks[p].Tag) || st.toks[p].Tag == "NN" && isWordTok(st.toks[p].Text)) {
		p-- // "preliminary", "own", "official"; "daily ridership forecast"
	}
	if p < 1 {
		return nil
	}
	own := st.words[p] == "its" || st.words[p] == "their" // "bases its estimate of more than 3,000 people on"
	if !isPossessive(st.toks[p]) && !own {
		return nil
	}
	next := i + 1
	switch {
	case st.words[next] == "of":
		next++
	case isVerb(st.toks[next].Tag) && (st.words[next+1] == "at" || st.words[next+1] == "to"):
		next += 2 // "stood at", "rose to"
	case st.is(next, x.is.aux) && !isVerb(st.toks[next+1].Tag):
		next++ // "was", "is"
	default:
		return nil
	}
	if next >= len(st.toks) || !st.inFigure(st.toks[next].Start) {
		return nil
	}
	if own {
		if c := x.ownDocument(st, p); c != nil {
			c.narrow, c.ahead = true, 2
			return c
		}
		return nil
	}
	who := x.leftNPOf(st, p, true)
	if !who.named {
		return nil // "the country's total of 40"
	}
	return &cue{text: spanText(st, p, i+1), at: Span{st.toks[p].Start, st.toks[i].End()}, who: who, pronoun: pronounOf(x.lex, who.text), narrow: true, ahead: 2}
}

// figureObject returns how many tokens after the verb at i the figure that
// opens its object stands, or 0: within four tokens, before any noun of its
// own but one the figure measures ("counted more than 610 minors",
// "recorded gusts of 90mph"; not "logged its first complaints").
func figureObject(st *sentence, i int) int {
	for k := i + 1; k < len(st.toks) && k <= i+5; k++ {
		if st.inFigure(st.toks[k].Start) {
			return k - i
		}
		if st.words[k] == "," || st.words[k] == "." {
			return 0
		}
		if isNoun(st.toks[k].Tag) || isProper(st.toks[k].Tag) {
			if k+2 < len(st.toks) && st.words[k+1] == "of" && st.inFigure(st.toks[k+2].Start) {
				return k + 2 - i
			}
			return 0
		}
	}
	return 0
}

// revisedDocument reads a [document] word in the few words from token j,
// and what it is of or for ("(its) 2026 growth forecast", "(its) forecast
// for Brazil's GDP", "(their) estimate of the dead"), then "to" or "from"
// (or "at", for a forecast kept where it was) and a figure: "... to 1.2%
// from 1.8%". It returns the offset where the clause of the revision ends
// (at a semicolon, or a comma before a participle or a word of contrast:
// ", sending shares down 12%", ", while tax receipts rose 4%"), or 0.
func (x *Extractor) revisedDocument(st *sentence, j int) int {
	n := len(st.toks)
	k := j
	for ; k < n && k < j+5; k++ {
		if !isWordTok(st.toks[k].Text) && st.toks[k].Tag != "CD" && !st.inFigure(st.toks[k].Start) {
			return 0 // (a year may stand there: "its 2026 growth forecast")
		}
		if x.lex.HasWord("document", st.words[k]) {
			break
		}
	}
	if k >= n || k == j+5 {
		return 0
	}
	k++
	if k < n && (st.words[k] == "for" || st.words[k] == "of") {
		// past what it is of, a few words with no figure
		e := k + 1
		for e < n && e <= k+6 && (isWordTok(st.toks[e].Text) || st.toks[e].Tag == "POS" || st.toks[e].Tag == "CD" && !st.inFigure(st.toks[e].Start)) && st.words[e] != "to" && st.words[e] != "from" && st.words[e] != "at" && !x.lex.HasWord("unchanged", st.words[e]) {
			e++
		}
		k = e
	}
	if k < n && x.lex.HasWord("unchanged", st.words[k]) {
		k++ // "kept its forecast unchanged at $82"
	}
	if k+1 >= n || st.words[k] != "to" && st.words[k] != "from" && st.words[k] != "at" || !st.inFigure(st.toks[k+1].Start) {
		return 0
	}
	for k++; k < n; k++ {
		if st.words[k] == ";" || st.words[k] == "," && k+1 < n && (st.toks[k+1].Tag == "VBG" || st.is(k+1, x.is.contrast)) {
			return st.toks[k].Start
		}
	}
	return st.span.End
}

// figureAtAfter reports whether "at" or "on" and a figure follow token i in
// its clause: "put the toll at 19", "the commission put the party on 44.8%".
func figureAtAfter(st *sentence, i int) bool {
	for k := i + 1; k+1 < len(st.toks); k++ {
		switch st.words[k] {
		case ";", ".":
			return false
		case "at", "on":
			f := k + 1
			if f+1 < len(st.toks) && isQuote(st.toks[f].Text) {
				f++ // put the release at "about 4 tonnes"
			}
			if st.inFigure(st.toks[f].Start) {
				return true
			}
		}
	}
	return false
}

// setsObject reports whether the verb at i sets the figure that its
// object runs straight into: "put the likely job losses closer to 600".
func (x *Extractor) setsObject(st *sentence, i int) bool {
	for k := i + 1; k < len(st.toks) && k <= i+maxObject; k++ {
		if st.inFigure(st.toks[k].Start) {
			return x.setterBefore(st, k) == i
		}
	}
	return false
}

// openingComma returns the index of the comma that opens a parenthetical
// phrase closed by the comma at close, or -1.
func openingComma(st *sentence, close int) int {
	for k := close - 1; k > 0 && close-k < 12; k-- {
		if st.toks[k].Text == "," {
			return k
		}
	}
	return -1
}

// capitalized reports whether tokens [a, b) are one or more capitalised
// words: a name.
func capitalized(st *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if !isCap(st.toks[k].Text) || !isWordTok(st.toks[k].Text) {
			return false
		}
	}
	return a < b
}

// commaAfter reports whether the cue ending before token i is followed,
// after time and place adjuncts, by a comma: ", the agency said, and".
func commaAfter(st *sentence, i int) bool {
	for k := i; k < len(st.toks); k++ {
		t := st.toks[k]
		if t.Text == "," {
			return true
		}
		if !(t.Tag == "IN" || t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "CD" || isProper(t.Tag) || isNoun(t.Tag) || t.Tag == "RB" || t.Tag == "JJ") {
			return false
		}
	}
	return false
}

// clauseBreak reports whether the text of st between file offsets a and b
// holds a break between coordinated clauses.
func clauseBreak(st *sentence, a, b int) bool {
	lo, hi := a-st.span.Start, b-st.span.Start
	if lo < 0 || hi > len(st.text) || lo >= hi {
		return false
	}
	t := st.text[lo:hi]
	for _, sep := range []string{", and ", "; ", ", but ", ", while ", ", whereas ", ", though ", ", although "} {
		if strings.Contains(t, sep) {
			return true
		}
	}
	return false
}

// citingAt is the number of words of the citing phrase ("according to")
// that starts at token i, or 0.
func (x *Extractor) citingAt(st *sentence, i int) int {
	if st.words[i] == "per" && i > 0 && st.words[i-1] == "," && i+1 < len(st.toks) && (st.words[i+1] == "the" || isCap(st.toks[i+1].Text) && isProper(st.toks[i+1].Tag)) {
		// "1.4TB, per the group's leak site": not "per person", nor
		// "per the terms of the settlement", which names no one
		if who, _ := x.rightNP(st, i+1, false); who.named {
			return 1
		}
		return 0
	}
	if !st.starts(i, x.is.citing) {
		return 0
	}
	_, k := x.lex.Match("citing", st.words, i)
	return k
}

// cues finds the attributions of a sentence.
func (x *Extractor) cues(st *sentence) []*cue {
	out := x.cuesOf(st)
	for _, c := range out {
		if c.aside.End == 0 {
			c.aside = asideAt(st, c.at.Start)
		}
	}
	return out
}

// asideAt returns the span of the brackets that hold offset off and a
// figure ("(police say about 150)"), or an empty span.
func asideAt(st *sentence, off int) Span {
	open := -1
	for k, t := range st.toks {
		if t.Start >= off {
			break
		}
		switch t.Text {
		case "(":
			open = k
		case ")":
			open = -1
		}
	}
	if open < 0 {
		return Span{}
	}
	figure := false
	for k := open + 1; k < len(st.toks); k++ {
		if st.toks[k].Text == ")" {
			if !figure {
				return Span{} // "(the board said)": the brackets hold only the cue
			}
			return Span{st.toks[open].Start, st.toks[k].End()}
		}
		figure = figure || st.inFigure(st.toks[k].Start)
	}
	if !figure {
		return Span{}
	}
	return Span{st.toks[open].Start, st.span.End}
}

// cuesOf finds the attributions of a sentence, wherever they stand.
func (x *Extractor) cuesOf(st *sentence) []*cue {
	var out []*cue
	n := len(st.toks)
	for i := 0; i < n; i++ {
		w := st.words[i]
		// according to X, citing X
		if k := x.citingAt(st, i); k > 0 {
			end := st.toks[i+k-1].End()
			who, last := x.rightNP(st, i+k, true)
			if who.text == "" || w == "citing" && !who.named && !x.speaker(st, last) {
				// "citing a budget shortfall": a reason, not a source
				continue
			}
			c := &cue{text: spanText(st, i, i+k), at: Span{st.toks[i].Start, end}, who: who, citing: true}
			c.opening = isOpening(st, i)
			c.final = last >= n-1 || x.onlyAdjuncts(st, last+1)
			c.pronoun = pronounOf(x.lex, who.text)
			out = append(out, c)
			i += k - 1
			continue
		}
		// "Open Tide's claim that its aircraft had flagged the boat 11
		// hours before" ([document]: claim, estimate, report): what
		// follows is the possessor's
		if i >= 2 && i+1 < n && st.words[i+1] == "that" && isPossessive(st.toks[i-1]) && st.is(i, x.is.document) {
			if who := x.leftNPOf(st, i-1, true); who.text != "" {
				out = append(out, &cue{text: spanText(st, i-1, i+1), at: Span{st.toks[i-1].Start, st.toks[i].End()}, who: who, pronoun: pronounOf(x.lex, who.text)})
				continue
			}
		}
		// "The bank cut its 2026 growth forecast to 1.2% from 1.8%": a
		// forecast or estimate its subject revises is its own
		if i+3 < n && (st.words[i+1] == "its" || st.words[i+1] == "their") && isVerb(st.toks[i].Tag) && (st.is(i, x.is.changeVerb) || x.lex.HasWord("keep", w)) {
			if end := x.revisedDocument(st, i+2); end > 0 {
				if who := x.leftNP(st, i); who.text != "" {
					// it covers the figures it sets only ("..., sending
					// shares down 12%" is not the forecaster's), and
					// the paragraph goes on in the article's voice
					c := x.verbCue(st, i, who)
					c.aside = Span{st.toks[i].Start, end}
					out = append(out, c)
					continue
				}
			}
		}
		// "The rescue service has given a figure of 14", "the police have
		// given a lower total of 6.4 tonnes": the figure given is the
		// giver's
		if i+3 < n && isVerb(st.toks[i].Tag) && x.lex.HasWord("giving", w) && !x.passive(st, i) {
			d := i + 1
			if w := st.words[d]; w == "a" || w == "an" || w == "its" || w == "their" || w == "the" {
				d++
			}
			for d < n && d < i+4 && isAdj(st.toks[d].Tag) && !st.is(d, x.is.container) {
				d++ // "a lower total", "its own estimate"
			}
			if d+2 < n && st.is(d, x.is.container) && st.words[d+1] == "of" && st.inFigure(st.toks[d+2].Start) && !moneyAt(st, d+2) {
				// (not money: "has given a total of 2 million euros to
				// schools" is a gift)
				if who := x.leftNP(st, i); who.text != "" {
					c := x.verbCue(st, i, who)
					c.narrow, c.ahead = true, d+2-i
					out = append(out, c)
					continue
				}
			}
		}
		// "Kessling Airport Company has published its tally: 214 flights
		// cancelled, 41 diverted": the figures after the colon are the
		// issuer's
		if st.is(i, x.is.issuing) && isVerb(st.toks[i].Tag) && i+3 < n {
			d := i + 1
			if w := st.words[d]; w == "its" || w == "their" || w == "a" || w == "the" || w == "new" {
				d++
			}
			for d < n && d < i+4 && isAdj(st.toks[d].Tag) && !st.is(d, x.is.document) {
				d++ // "its latest", "its final"
			}
			if d+1 < n && st.is(d, x.is.document) && st.words[d+1] == ":" {
				if who := x.leftNP(st, i); who.text != "" {
					out = append(out, x.verbCue(st, i, who))
					continue
				}
			}
		}
		// "By the union's count, 35 miners were trapped": a citing phrase
		if c := x.byCount(st, i); c != nil {
			out = append(out, c)
			continue
		}
		if c := x.possessedFigure(st, i); c != nil {
			out = append(out, c)
			continue
		}
		if c := x.possessedBare(st, i); c != nil {
			out = append(out, c)
			continue
		}
		if c := x.bracketed(st, i); c != nil {
			out = append(out, c)
			continue
		}
		// "Quote from X:"
		if w == "quote" && i+1 < n && st.words[i+1] == "from" {
			who, _ := x.rightNP(st, i+2, false)
			if who.text != "" {
				out = append(out, &cue{text: spanText(st, i, i+2), at: Span{st.toks[i].Start, st.toks[i+1].End()}, who: who, opening: true})
			}
			continue
		}
		// "a poll by X found that 62% ...": a finding is a statement;
		// "rescuers found 40 bodies" is not
		finding := (w == "found" || w == "finds") && (i+1 < n && st.words[i+1] == "that" || x.documentBefore(st, i))
		// a participle of saying says only as a verb ("a flood
		// warning" does not), and "claiming at least 40 lives" claims
		// no statement
		ing := strings.HasSuffix(w, "ing") && (st.toks[i].Tag != "VBG" || w == "claiming" && i+1 < n && st.inFigure(st.toks[i+1].Start))
		// "the ministry counted 610 minors": a recording verb says only
		// the figure that is its object (or, "the 1,860 recorded by the
		// department", the one its agent is named for)
		object := 0 // for a recording verb, how far its figure stands
		if st.is(i, x.is.recording) && !(i+1 < n && st.words[i+1] == "by") {
			if i+1 < n && st.words[i+1] == "with" {
				continue // "Her account tallies with police figures": agrees
			}
			if object = figureObject(st, i); object == 0 {
				continue
			}
			if e := st.tokenAt(st.toks[i+object].Start); e < n {
				for e < n && st.inFigure(st.toks[e].Start) {
					e++
				}
				if e < n && st.words[e] == "as" {
					continue // "Nobody counts 19 as a lucky number": a judgement, no record
				}
			}
		}
		// "losses were estimated at $3bn by analysts": the agent after the
		// figure the verb sets
		if isVerb(st.toks[i].Tag) && x.setsAt[w] && (x.passive(st, i) || st.toks[i].Tag == "VBN" && i > 0 && st.words[i-1] == "," && agentAfter(st, i) > 0) && figureAtAfter(st, i) {
			// (or a participle set off by a comma: "New barriers, estimated
			// at €3.6 million by the National Roads Company, were")
			if b := agentAfter(st, i); b > 0 && b+1 < n && x.agentNP(st, b+1) {
				if who, last := x.rightNP(st, b+1, false); who.named || (st.toks[last].Tag == "NNS" || st.is(last, x.is.orgNoun)) && isWordTok(st.toks[last].Text) {
					// it covers only the figure it sets: "at 5,000 by
					// police, but organisers said 20,000"
					c := x.verbCue(st, i, who)
					c.narrow, c.ahead, c.agent = true, 3, true
					out = append(out, c)
				}
			}
			continue
		}
		if st.is(i, x.is.saying) && i+1 < n && st.is(i+1, x.is.nominal) {
			continue // "6 people confirmed dead", "12 reported missing": a state, not a statement
		}
		if !finding && (ing || !st.is(i, x.is.saying) || !isVerb(st.toks[i].Tag) && st.toks[i].Tag != "NNS" && st.toks[i].Tag != "NN") {
			// "X put the death toll at 19", "the commission put the
			// ruling party on 44.8%"
			if x.setsAt[w] && (isVerb(st.toks[i].Tag) || st.toks[i].Tag == "NNS") && !(st.toks[i].Tag == "VBN" && i > 0 && isNoun(st.toks[i-1].Tag)) && (figureAtAfter(st, i) || x.setsObject(st, i)) {
				who := x.leftNP(st, i)
				if st.toks[i].Tag == "VBG" && i > 0 && st.toks[i-1].Text == "," {
					// "The ministry revised its count, putting the death toll at
					// 41": the sentence's subject puts it
					// (one that can say it: not "Shares jumped, putting
					// the company's value above $3 billion")
					if m := x.sentenceSubject(st, i); m.span.End > 0 && x.mayPut(st, st.tokenBefore(m.span.End)) {
						who = m
					} else {
						who = mention{}
					}
				}
				if who.text != "" {
					c := x.verbCue(st, i, who)
					c.opening = isOpening(st, st.tokenAt(who.span.Start))
					out = append(out, c)
				}
			}
			continue
		}
		// a verb of saying the tagger reads as a noun ("The ministry
		// estimates") follows its subject's noun; after an adjective it
		// is a noun ("Unconfirmed reports from pilots suggested")
		if t := st.toks[i].Tag; (t == "NN" || t == "NNS") && !finding && i > 0 {
			if p := st.toks[i-1].Tag; (isAdj(p) || p == "VBN" || p == "VBG" || p == "DT" || p == "CD" || p == "PRP$") && !st.is(i-1, x.is.generic|x.is.title) {
				continue // not "The Israeli military estimates", a [generic] noun read as an adjective
			}
			if p := i - 2; p >= 0 && isNoun(st.toks[i-1].Tag) && (st.toks[p].Tag == "CD" || st.inFigure(st.toks[p].Start)) && (i+1 == len(st.toks) || !st.inFigure(st.toks[i+1].Start)) {
				continue // "17 compensation claims": a compound noun after a count (not "The 10-year plan projects 5,000")
			}
		}
		// a base form after a modal, "to" or "not" says what someone may
		// or should do: "Residents should expect power cuts", "did not
		// warn the residents"
		if st.toks[i].Tag == "VB" && i > 0 {
			k := i - 1
			for k > 0 && st.toks[k].Tag == "RB" && st.words[k] != "not" && st.words[k] != "n't" {
				k--
			}
			if t := st.toks[k]; t.Tag == "MD" || t.Tag == "TO" || st.words[k] == "not" || st.words[k] == "n't" {
				continue
			}
		}
		// "called on", "called for": an appeal, not a statement
		if (w == "called" || w == "calls") && i+1 < n && (st.words[i+1] == "on" || st.words[i+1] == "for") {
			continue
		}
		// a passive with its agent: "a crowd claimed by the alliance",
		// "40 deaths were reported by the ministry"
		if st.toks[i].Tag == "VBN" && i+2 < n && st.words[i+1] == "by" {
			if who, last := x.rightNP(st, i+2, false); who.named {
				out = append(out, &cue{text: spanText(st, i, i+2), at: Span{st.toks[i].Start, st.toks[i+1].End()}, who: who, pronoun: pronounOf(x.lex, who.text), narrow: true, reach: 4})
				i = last
				continue
			}
		}
		// passives without an agent are no attribution: "were reported";
		// a progressive is: "KRT is reporting that", "officials are saying"
		if st.toks[i].Tag != "VBG" && x.passive(st, i) {
			continue
		}
		// "added" attributes only as "he added (that) ..." or ', he added.'
		if (w == "added" || w == "adding" || w == "adds") && i+1 < n && st.words[i+1] != "that" && (isWordTok(st.toks[i+1].Text) || st.toks[i+1].Tag == "CD" || st.inFigure(st.toks[i+1].Start)) {
			continue // "the film added $228.5 million": a sum, not a statement
		}
		c := &cue{text: st.toks[i].Text, at: Span{st.toks[i].Start, st.toks[i].End()}}
		if finding {
			c.final = x.onlyAdjuncts(st, i+1) // "..., an Ipsos poll found."
			if c.who = x.findingSource(st, i); c.who.text != "" {
				out = append(out, c) // not opening: the paragraph goes on in the article's voice
			}
			continue
		}
		// "The union disputed the figure, saying only 80,000 ...": the
		// subject of the sentence says it
		if st.toks[i].Tag == "VBG" && i > 0 && st.toks[i-1].Text == "," {
			if m := x.sentenceSubject(st, i); m.text != "" {
				c.who = m
				c.pronoun = pronounOf(x.lex, m.text)
				c.opening = false
				out = append(out, c)
			}
			continue
		}
		who := x.leftNP(st, i)
		var inverted mention
		if i > 0 && (st.toks[i-1].Text == "," || isQuote(st.toks[i-1].Text)) && x.lex.HasWord("inverting", w) {
			// "..., against the one litre the FAO recommends, said Amina
			// Ferrat, the group's director.": a name right after the verb
			// that ends its clause is its inverted subject, not a noun
			// before a phrase set off by commas ([inverting]: not "...,
			// told EPB.", which names whom); past a time ("said Monday
			// Felipe Arroyo") or "the" ("said the Red Cross")
			j := i + 1
			for j < len(st.toks) && (x.isTimeWord(st, j) && !st.inFigure(st.toks[j].Start) || st.words[j] == "the") {
				j++
			}
			if j < len(st.toks) && isProper(st.toks[j].Tag) && isCap(st.toks[j].Text) {
				// (not "said Sen." where the sentence was cut after a
				// title; an adjunct may close the clause: "wrote Helga
				// Ostrova in a blog post.")
				if r, last := x.rightNP(st, j, false); r.named && !strings.HasSuffix(st.toks[last].Text, ".") &&
					(last+1 >= len(st.toks) || st.toks[last+1].Text == "," || st.toks[last+1].Text == "." && last+2 == len(st.toks) || x.onlyAdjuncts(st, last+1)) {
					if st.toks[i-1].Text == "," {
						who = mention{}
					}
					inverted = r
				}
			}
		}
		if who.text != "" {
			s := st.tokenAt(who.span.Start)
			e := st.tokenBefore(who.span.End)
			for s > 0 && st.toks[s-1].Tag == "DT" {
				s--
			}
			switch {
			case st.toks[i].Tag == "VBN" && isNoun(st.toks[i-1].Tag) && s > 0 && (st.toks[s-1].Tag == "IN" || st.toks[s-1].Tag == "TO"):
				// a participle after the object of a preposition modifies
				// it: "ahead of a cool change expected late in the day"
				continue
			case st.toks[i].Tag == "VBN" && isNoun(st.toks[i-1].Tag) && i+2 < len(st.toks) && s > 0 &&
				(st.words[i+1] == "to" && (isNoun(st.toks[i+2].Tag) || st.toks[i+2].Tag == "DT") || st.words[i+1] == "so" && st.words[i+2] == "far"):
				// a participle right after a noun inside the sentence, on
				// to a place or "so far", modifies it: "each child
				// admitted to hospital", "the 137 children admitted so
				// far" are no one speaking (the tag is often wrong for a
				// sentence's own subject: "Analysts estimated to clients")
				continue
			case s > 0 && st.toks[s-1].Tag == "IN" && x.allTime(st, s, e):
				// "reports from airline pilots on Friday evening
				// suggested": the time is no speaker; the noun before it
				// is, or the authors of the reports it names
				who = x.leftNP(st, s-1)
				if we := st.tokenBefore(who.span.End); who.text != "" && we+2 < s-1 && x.lex.HasWord("document", strings.TrimSuffix(st.words[we], "s")) &&
					(st.words[we+1] == "from" || st.words[we+1] == "by") {
					who = x.makeMention(st, we+2, s-1)
				}
			}
		}
		if st.toks[i].Tag == "VBG" && i > 1 && st.is(i-1, x.is.document) {
			if !x.issuedBefore(st, i-1) {
				continue // "the minister dismissed a report claiming ...": whose report is not said
			}
			// "The alliance issued a statement claiming that ...": the
			// statement's issuer, the subject of the sentence
			if m := x.sentenceSubject(st, i-1); m.text != "" {
				who = m
			}
		}
		if who.text == "" && i >= 3 && st.words[i-1] == "which" && st.words[i-2] == "," {
			// "Streamly, which says it has paid Helixa more than $310m":
			// the relative pronoun's antecedent, when it names someone
			// or a definite body ("The coast guard, which estimates");
			// not "malaria, which claims 400,000 lives a year"
			if m := x.leftNP(st, i-2); m.named || definite(st, st.tokenAt(m.span.Start)) {
				who = m
			}
		}
		// the comma before the verb, past its auxiliaries: "The grid
		// operator, WISO, has said"
		comma := i - 1
		for comma > 0 && (st.is(comma, x.is.aux) || st.toks[comma].Tag == "RB" || st.toks[comma].Tag == "MD") {
			comma--
		}
		if who.text == "" && inverted.text == "" && comma > 0 && st.toks[comma].Text == "," {
			// "A military source, speaking on condition of anonymity, said";
			// an appositive name is the source: "the agency, Cal Fire, said"
			if k := openingComma(st, comma); k > 0 {
				if k2 := openingComma(st, k); k2 > 0 && k+2 == comma && capitalized(st, k+1, comma) && isCap(st.toks[k-1].Text) && !capitalized(st, k2+1, k) &&
					isCap(st.toks[k2-1].Text) && !x.isTimeWord(st, k2-1) {
					// "Quillon, which is based in Marrow Point,
					// California, reported", "Ivan Petrov, mayor of
					// Kherson, Ukraine, said": a place's region closes
					// the phrase, which opens at the comma after the
					// subject (one word of region: not "On Monday, the
					// mayor of London, Sadiq Khan, said")
					k = k2
				} else if capitalized(st, k+1, comma) {
					who = x.leftNP(st, comma)
				}
				if who.text == "" {
					who = x.leftNP(st, k)
				}
			}
		}
		if who.text == "" && i > 0 && st.words[i-1] == "and" {
			// "The UN condemned the strike, and warned that ..."
			who = x.sentenceSubject(st, i-1)
		}
		if who.text != "" {
			c.who = who
			c.pronoun = pronounOf(x.lex, who.text)
		} else if inverted.text != "" {
			c.who = inverted
		} else if i > 0 && (isQuote(st.toks[i-1].Text) || st.toks[i-1].Text == ",") {
			// inverted: '..., said Zelensky.'
			who, _ = x.rightNP(st, i+1, false)
			c.who = who
		} else if i > 0 && (st.words[i-1] == "with" || st.toks[i].Tag == "VBG") {
			c.who = x.leftNP(st, i)
		}
		if c.who.text == "" {
			continue
		}
		// (a figure right after the verb is what it says, no adjunct:
		// "; organisers said 140,000.")
		c.final = x.onlyAdjuncts(st, i+1) && !figureSaid(st, i+1) || (c.who.span.Start > c.at.Start && x.onlyAdjuncts(st, st.tokenAt(c.who.span.End)))
		k := st.tokenAt(c.who.span.Start)
		for k > 0 && st.toks[k-1].Tag == "DT" {
			k--
		}
		if k > 0 && st.toks[k-1].Text == "," && c.who.span.Start < c.at.Start {
			c.parenthetical = commaAfter(st, i+1)
		}
		c.opening = isOpening(st, st.tokenAt(c.who.span.Start))
		if object > 0 {
			// its object is its own, whatever cue follows ("The NHS
			// logged 3,000 cases, while the UKHSA said 4,500")
			c.object = st.toks[i+object].Start + 1
		}
		n0 := st.tokenAt(c.who.span.Start)
		n := n0
		for n < i && st.inFigure(st.toks[n].Start) {
			n++ // the figure's unit read into the name: "cubic metres Halvard"
		}
		if n > 0 && n < i && st.inFigure(st.toks[n-1].Start) && (n == n0 || n0 > 0 && st.inFigure(st.toks[n0-1].Start)) && st.is(i, x.is.saying) && (c.who.named && isCap(st.toks[n].Text) && isProper(st.toks[n].Tag) || unitBefore(st, n) && st.toks[n].Tag == "NNS") {
			// "more than twice the 1.1 million cubic metres Halvard says
			// it will need", "below the $10.31 billion analysts had
			// expected": a figure its source's clause qualifies, with no
			// "that", is that source's (not "signed by 46 scientists
			// argues": a count's noun is what it counts)
			if n > n0 {
				c.who = x.makeMention(st, n, st.tokenBefore(c.who.span.End)+1)
			}
			c.narrow, c.reach, c.final, c.opening = true, i-n+1, false, false
		}
		out = append(out, c)
	}
	return out
}

// hasAnd reports whether tokens (k, end] hold "and": a comma inside a name
// is crossed only in a coordinated list ("US, South Korean and Ukrainian
// intelligence"), never after an adverb or a place ("Furthermore, ...").
func hasAnd(st *sentence, k, end int) bool {
	for j := k + 1; j <= end; j++ {
		if st.words[j] == "and" {
			return true
		}
	}
	return false
}

// sentenceSubject returns the subject of the first verb of the sentence
// before token limit.
func (x *Extractor) sentenceSubject(st *sentence, limit int) mention {
	for k := 0; k < limit; k++ {
		if isVerb(st.toks[k].Tag) && isWordTok(st.toks[k].Text) && !st.is(k, x.is.aux) {
			return x.leftNP(st, k)
		}
	}
	return mention{}
}

func isOpening(st *sentence, i int) bool {
	for k := 0; k < i; k++ {
		if !isQuote(st.toks[k].Text) && st.toks[k].Text != "," && st.toks[k].Tag != "DT" {
			return false
		}
	}
	return true
}

// countedBefore reports whether the sentence before sentence i gives a
// figure of what word names (its class): "how many patients" after "five
// people were taken to hospital".
func (x *Extractor) countedBefore(a *Article, sents []*sentence, i int, word string) bool {
	if i == 0 {
		return false
	}
	class := fact.Class(x.lex, word)
	for _, ci := range sents[i-1].claims {
		if s := a.Claims[ci].Subject; s != "" && (fact.Class(x.lex, s) == class || fact.Class(x.lex, strings.TrimSuffix(s, "s")) == fact.Class(x.lex, strings.TrimSuffix(word, "s"))) {
			return true
		}
	}
	return false
}

// moneyAt reports whether the quantity at token i is a sum of money.
func moneyAt(st *sentence, i int) bool {
	off := st.toks[i].Start
	for _, q := range st.quants {
		if q.Start <= off && off < q.End {
			return q.Kind == quantity.Money
		}
	}
	return false
}

// verbCue is the cue of the verb at token i with its source who.
func (x *Extractor) verbCue(st *sentence, i int, who mention) *cue {
	return &cue{text: st.toks[i].Text, at: Span{st.toks[i].Start, st.toks[i].End()}, who: who, pronoun: pronounOf(x.lex, who.text)}
}

// figureSaid reports whether a figure that is said starts at token i, right
// after a verb of saying ("organisers said 140,000."), not one inside a
// name ("told 12 News").
func figureSaid(st *sentence, i int) bool {
	for i < len(st.toks) && st.toks[i].Tag == "RB" && !st.inFigure(st.toks[i].Start) {
		i++ // "the government said only 1,000"
	}
	if i >= len(st.toks) || !st.inFigure(st.toks[i].Start) {
		return false
	}
	start := i
	for i < len(st.toks) && st.inFigure(st.toks[i].Start) {
		if i > start && isCap(st.toks[i].Text) && isWordTok(st.toks[i].Text) {
			return false // "told 24 Hours", "told 60 Minutes": a title
		}
		i++
	}
	return i == len(st.toks) || !isCap(st.toks[i].Text) || !isWordTok(st.toks[i].Text)
}

// onlyAdjuncts reports whether the tokens from i to the end of the sentence
// are only a source and time or place adjuncts ("in his evening address on
// Feb. 7.", "in mid-January."), perhaps with a participle clause after a
// comma (", ending weeks of deadlock").
func (x *Extractor) onlyAdjuncts(st *sentence, i int) bool {
	appositive := false // past a comma: an appositive may have opened
	figure := false     // a figure stands between i and k
	for k := i; k < len(st.toks); k++ {
		t := st.toks[k]
		if w := st.words[k]; appositive && k > i+1 && (w == "that" || w == "which" || w == "who") && nounEnds(st, k) {
			// "said Pieter Vos, director of the Alliance, a trade group
			// that backed the complaint", "said Anna Berg, a Red Cross
			// spokeswoman, who visited the site": a relative clause on
			// the appositive describes the source
			return true
		}
		if t.Text == "," {
			appositive = true
		}
		if t.Text == "(" && k > i {
			// an aside in brackets: "say organisers (police say about 150)"
			for k+1 < len(st.toks) && st.toks[k+1].Text != ")" {
				k++
			}
			continue
		}
		if t.Text == "," && k+1 < len(st.toks) && st.is(k+1, x.is.background) && !figure {
			// "figures showed on Tuesday, as homebuilding fell further
			// behind": a clause of background closes the sentence too;
			// not after a figure the cue reports ("The crew reported a
			// loss of power 14 minutes after takeoff, while ...")
			return true
		}
		if t.Text == "," && k+2 < len(st.toks) && st.words[k+1] == "in" && st.words[k+2] == "what" && !figure {
			// "..., the carmaker said on Monday, in what the regional
			// government called the largest investment": a comment on
			// what was said
			return true
		}
		figure = figure || st.inFigure(t.Start)
		if t.Text == ";" {
			return true // "140 schools, the union said; the ministry said 60": the clause ends
		}
		if t.Tag == "," && k+1 < len(st.toks) && st.toks[k+1].Tag == "VBG" {
			// ", ending weeks of deadlock", ", citing ...": a participle
			// clause about what was said closes the sentence too
			return true
		}
		switch {
		case t.Tag == "IN" && st.words[k] != "that" && st.words[k] != "because" && st.words[k] != "if",
			t.Tag == "DT", t.Tag == "PRP$", t.Tag == "CD", t.Tag == "POS",
			isProper(t.Tag), isNoun(t.Tag), isAdj(t.Tag) && t.Tag != "VBN",
			t.Tag == "." || t.Tag == "," || isQuote(t.Text) || t.Text == ")" || t.Text == "(" || t.Tag == ":",
			t.Tag == "RB" || t.Tag == "TO":
			continue
		case t.Tag == "VBN" && k > i && k+1 < len(st.toks) && (st.toks[k-1].Tag == "DT" || st.toks[k-1].Tag == "PRP$") && isNoun(st.toks[k+1].Tag):
			continue // "in its revised forecast": a participle before its noun
		}
		return false
	}
	return true
}

// nounEnds reports whether a noun or a name ends right before token k,
// or before a comma right before it.
func nounEnds(st *sentence, k int) bool {
	j := k - 1
	if j > 0 && st.toks[j].Text == "," {
		j--
	}
	return isNoun(st.toks[j].Tag) || isProper(st.toks[j].Tag)
}

// definite reports whether "the" stands right before token k.
func definite(st *sentence, k int) bool {
	return k > 0 && k <= len(st.toks) && st.words[k-1] == "the"
}

// issuedBefore reports whether a verb of issuing ([issuing]: "issued",
// "released", "published") stands a few words before token k: its object
// is then a document its subject put out.
func (x *Extractor) issuedBefore(st *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if st.is(j, x.is.issuing) {
			return true
		}
	}
	return false
}

func pronounOf(lex *lexicon.Lexicon, s string) string {
	w := lexicon.Norm(s)
	if lex.HasWord("pronoun", w) {
		return w
	}
	// "its own forecast", "their latest estimate": a document of the
	// body the pronoun stands for
	if f := strings.Fields(w); len(f) >= 2 && len(f) <= 4 && lex.HasWord("document", f[len(f)-1]) {
		switch f[0] {
		case "its":
			return "it"
		case "their":
			return "they"
		}
	}
	return ""
}

func spanText(st *sentence, i, j int) string {
	return st.text[st.toks[i].Start-st.span.Start : st.toks[j-1].End()-st.span.Start]
}

// npToken reports whether token k may be part of a source's name.
func (x *Extractor) npToken(st *sentence, k int) bool {
	t := st.toks[k]
	w := st.words[k]
	if isPossessive(t) || w == "'s" {
		return true
	}
	if !isWordTok(t.Text) {
		return false
	}
	if st.is(k, x.is.saying|x.is.aux) {
		return false
	}
	if isProper(t.Tag) || isNoun(t.Tag) || t.Tag == "JJ" {
		return true
	}
	if (t.Tag == "JJS" || t.Tag == "JJR") && k > 0 && (isPossessive(st.toks[k-1]) || st.words[k-1] == "'s") {
		return true // "the central bank's latest forecast"; not "the largest union"
	}
	if st.is(k, x.is.title) {
		return true
	}
	// capitalised words the tagger missed, hyphenated adjectives
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) && t.Tag != "PRP" && t.Tag != "DT" && t.Tag != "IN" && t.Tag != "CC"
}

// unknownName reports whether token k is a capitalised word that English
// does not know in lower case ("Tully", which the tagger reads as an
// adverb for its ending): a name, whatever its tag.
func (x *Extractor) unknownName(st *sentence, k int) bool {
	return isCap(st.toks[k].Text) && isWordTok(st.toks[k].Text) && !x.tag.Knows(st.words[k])
}

func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// leftNP reads the subject of the verb at i: the noun phrase right before
// it, skipping adverbs and auxiliaries ("has", "also").
func (x *Extractor) leftNP(st *sentence, i int) mention {
	return x.leftNPOf(st, i, false)
}

func (x *Extractor) leftNPOf(st *sentence, i int, strict bool) mention {
	k := i - 1
	for k >= 0 && (st.toks[k].Tag == "RB" && !x.unknownName(st, k) || st.is(k, x.is.aux) || st.toks[k].Tag == "MD") {
		k--
	}
	if k < 0 {
		return mention{}
	}
	// a time between the subject and its verb: "Police on Monday said",
	// "Unconfirmed reports last night claimed"
	if j := x.timeAdjunct(st, k); j > 0 {
		k = j - 1
	}
	if st.words[k] == "," {
		// "The WHO, in a report published on Monday, put ...", "Karel
		// Dvorsky, speaking to reporters, was ...": the subject stands
		// before a phrase set off by commas
		if t := st.toks[i].Tag; (t == "VBG" || t == "VBN") && k > 0 && (isProper(st.toks[k-1].Tag) || hyphenedName(st.toks[k-1].Text)) {
			return x.leftNPOf(st, k, strict) // the participle opens that phrase
		}
		for c := k - 1; c > 0 && c > k-maxApposition; c-- {
			if w := st.words[c]; isQuote(st.toks[c].Text) && st.toks[c].Tag != "POS" || w == ";" || st.is(c, x.is.saying) && !st.is(c, x.is.recording) && isVerb(st.toks[c].Tag) {
				break
			}
			if st.words[c] == "," {
				// a phrase with more than a noun phrase in it, not an
				// appositive name ("The state forestry agency, Cal Fire,
				// said", which the mention reads whole)
				if t := st.toks[c-1]; !plainNP(st, c+1, k) && (isProper(t.Tag) || isNoun(t.Tag) || hyphenedName(t.Text)) {
					return x.leftNPOf(st, c, strict)
				}
				// "The Federation of Metal Workers (FMAW), the country's
				// largest union, put ...": a description after a name
				if t := st.toks[c-1]; st.toks[c+1].Tag == "DT" && (isProper(t.Tag) || t.Text == ")") {
					return x.leftNPOf(st, c, strict)
				}
				break
			}
		}
	}
	if st.toks[k].Tag == "PRP" {
		if st.is(k, x.is.pronoun) {
			return mention{text: st.toks[k].Text, span: Span{st.toks[k].Start, st.toks[k].End()}}
		}
		return mention{}
	}
	end := k
	start := -1
	closed := 0 // brackets crossed that close after the name
	for k >= 0 {
		t := st.toks[k]
		w := st.words[k]
		if t.Text == "(" && closed == 0 {
			break // "(police say about 150)": the source opens the bracket
		}
		if start >= 0 && st.inFigure(t.Start) && !isProper(t.Tag) && t.Tag != "CD" && isProper(st.toks[start].Tag) && !st.inFigure(st.toks[start].Start) {
			break // "the 1.1 million cubic metres Halvard says": a name after a figure's unit
		}
		if x.npToken(st, k) || t.Text == "(" || t.Text == ")" || t.Text == "." && k > 0 && isProper(st.toks[k-1].Tag) {
			switch t.Text {
			case ")":
				closed++
			case "(":
				closed--
			}
			start = k
			k--
			continue
		}
		// function words inside a name: "Institute for the Study of War"
		if (nameGlue(w) || t.Tag == "IN" && isCap(t.Text)) && start >= 0 && capAfter(st, start) && k > 0 && (isCap(st.toks[k-1].Text) || st.words[k-1] == "the" || st.words[k-1] == "of" || st.words[k-1] == "for") {
			start = k
			k--
			continue
		}
		// lists of origins: "U.S., South Korean, and Ukrainian intelligence"
		if (w == "," || w == "and") && start >= 0 && k > 0 && isCap(st.toks[k-1].Text) && (w == "and" || hasAnd(st, k, end)) {
			j := k - 1
			for j >= 0 && (isCap(st.toks[j].Text) || st.words[j] == "," || st.words[j] == "and") {
				if st.words[j] != "," && st.words[j] != "and" && j > 0 && !isCap(st.toks[j-1].Text) && st.words[j-1] != "," && st.words[j-1] != "and" {
					break
				}
				j--
			}
			// do not cross into a prepositional phrase: "to Russia, and U.S. ..."
			if j >= 0 && (st.toks[j].Tag == "IN" || st.toks[j].Tag == "TO" || isVerb(st.toks[j].Tag)) {
				if j == k-2 || (k-1 >= 0 && j == k-1-1) {
					break
				}
			}
			start = k
			k--
			continue
		}
		if (w == "a" || w == "an" || w == "the") && start >= 0 {
			start = k
			k--
			if k >= 0 {
				w = st.words[k]
			}
		}
		// a post-modifier: "two officials familiar with the talks said",
		// "a source close to the army said"
		if (w == "with" || w == "to") && start >= 0 && k >= 2 && (st.words[k-1] == "familiar" || st.words[k-1] == "close") {
			k -= 2
			start = k + 1
			for k >= 0 && (isNoun(st.toks[k].Tag) || isProper(st.toks[k].Tag) || st.toks[k].Tag == "JJ" || st.toks[k].Tag == "CD" || st.toks[k].Tag == "DT") {
				start = k
				k--
			}
		}
		break
	}
	if start < 0 {
		return mention{}
	}
	if start >= 2 && st.words[start-1] == "in" && st.toks[start-2].Tag == "NNS" && isProper(st.toks[start].Tag) {
		// "two traders in London said": people placed by the name, who
		// speak (not "analysts at Harlow", whose firm speaks)
		end, k = start-2, start-2
		for k >= 0 && (isNoun(st.toks[k].Tag) || isAdj(st.toks[k].Tag) || st.toks[k].Tag == "CD") {
			start = k
			k--
		}
		if start >= 2 && (st.words[start-1] == "at" || st.words[start-1] == "of") && st.toks[start-2].Tag == "NNS" && !st.inFigure(st.toks[start-2].Start) {
			// "Analysts at banks in London said", "Owners of flats in
			// Kolvik said": the people before
			end, k = start-2, start-2
			for k >= 0 && (isNoun(st.toks[k].Tag) || isAdj(st.toks[k].Tag) || st.toks[k].Tag == "CD") {
				start = k
				k--
			}
		}
	}
	return x.mentionOf(st, start, end+1, strict)
}

// timeAdjunct returns where a phrase of time that ends at token k starts
// ("on Monday", "last night", "late on Friday"), or -1: a noun or a name
// must stand before it.
func (x *Extractor) timeAdjunct(st *sentence, k int) int {
	if !x.allTime(st, k, k) || st.words[k] == "the" || isDigitsOnly(st.words[k]) {
		return -1
	}
	j := k
	for j > 0 && j > k-4 && (x.allTime(st, j-1, j-1) && !isDigitsOnly(st.words[j-1]) || st.words[j-1] == "on" || st.words[j-1] == "late" || st.words[j-1] == "early" || st.words[j-1] == "this" || st.words[j-1] == "next") {
		j--
	}
	if j == 0 || !(isNoun(st.toks[j-1].Tag) || isProper(st.toks[j-1].Tag)) {
		return -1
	}
	// a noun that is a preposition's object is not the subject: the
	// subject is the noun the phrase hangs on, or the one a participle
	// before it describes ("Officials in Kyiv on Monday said", "Relatives
	// gathered at the gate on Monday said")
	m := npStart(st, j-1)
	if m == 0 || st.toks[m-1].Tag != "IN" && st.toks[m-1].Tag != "TO" {
		return j
	}
	p := m - 2
	for p > 0 && st.toks[p].Tag == "RB" {
		p--
	}
	if p > 0 && (st.toks[p].Tag == "VBN" || st.toks[p].Tag == "VBG") {
		for p--; p > 0 && st.toks[p].Tag == "RB"; p-- {
		}
	}
	if p >= 0 && (isNoun(st.toks[p].Tag) || isProper(st.toks[p].Tag)) {
		if w := st.words[m-1]; (w == "from" || w == "by") && p == m-2 && x.lex.HasWord("document", strings.TrimSuffix(st.words[p], "s")) {
			return j // "reports from airline pilots on Friday said": the authors
		}
		return p + 1
	}
	return -1
}

// npStart returns where the plain noun phrase that ends at token k starts:
// back over nouns, names, adjectives, determiners, possessives and "and"
// ("the country's roads and other public infrastructure").
func npStart(st *sentence, k int) int {
	for k > 0 {
		switch t := st.toks[k-1].Tag; {
		case isNoun(t), isProper(t), isAdj(t), t == "DT", t == "PRP$", t == "POS", t == "CC":
			k--
		default:
			return k
		}
	}
	return k
}

// nameGlue reports whether w is a function word that may sit inside a
// name: "Institute for the Study of War", "Ministry of Defence".
func nameGlue(w string) bool {
	return w == "of" || w == "for" || w == "the" || w == "and" || w == "on"
}

// capAfter reports whether the name read from token i on starts, past the
// function words inside it, with a capital: "the Coordination of ..." in
// "Office for the Coordination of Humanitarian Affairs".
func capAfter(st *sentence, i int) bool {
	for i < len(st.toks) && nameGlue(st.words[i]) {
		i++
	}
	return i < len(st.toks) && isCap(st.toks[i].Text)
}

// rightNP reads a source after a cue: "according to Ukraine's air force",
// "said Zelensky". When toEnd is set, a source that runs to the end of the
// sentence is taken whole ("according to US, South Korean and Ukrainian
// intelligence."). It returns the mention and the index of its last token.
func (x *Extractor) rightNP(st *sentence, i int, toEnd bool) (mention, int) {
	n := len(st.toks)
	k := i
	for k < n && (st.words[k] == "the" || st.words[k] == "a" || st.words[k] == "an") {
		k++
	}
	if k+2 < n && st.is(k, x.is.document) && (st.words[k+1] == "from" || st.words[k+1] == "by") && isWordTok(st.toks[k+2].Text) {
		// "according to data from the forest department", "according
		// to a tally by the charity": the document's author
		k += 2
		for k < n && (st.words[k] == "the" || st.words[k] == "a" || st.words[k] == "an") {
			k++
		}
	}
	owned := k < n && st.toks[k].Tag == "PRP$" && k+1 < n && st.is(k+1, x.is.title) // "its director, Dr. Selim Haddou"
	if owned {
		k++
	}
	start := k
	opened := false // a bracket opened inside the name: "(FDW)"
	for k < n {
		t := st.toks[k]
		w := st.words[k]
		if t.Text == "(" && !acronymIn(st, k) || t.Text == ")" && !opened {
			break // "say organisers (police say about 150)", "(according to police)"
		}
		opened = opened || t.Text == "("
		if x.npToken(st, k) || t.Text == "(" || t.Text == ")" || t.Text == "-" {
			k++
			continue
		}
		if (t.Tag == "VBZ" || t.Tag == "VBP") && k > start && k+1 < n && st.is(k+1, x.is.generic) {
			k++ // "the public works ministry"
			continue
		}
		if k == start && k+1 < n && isNoun(st.toks[k+1].Tag) && (t.Tag == "VBG" || t.Tag == "CD") {
			// "according to shipping consultancy Halden & Voss": a
			// modifier before the head; "according to two people
			// briefed on the talks": people, and the count stays a figure
			if t.Tag == "CD" {
				start++
			}
			k++
			continue
		}
		if w == "&" && k > start && k+1 < n && isCap(st.toks[k-1].Text) && isCap(st.toks[k+1].Text) {
			k++ // "Halden & Voss"
			continue
		}
		if (w == "of" || w == "for" || w == "the" || w == "and" || w == "by" || w == "from" || w == "in" && toEnd || t.Tag == "IN" && isCap(t.Text) && k > start) && k+1 < n && (x.npToken(st, k+1) || st.words[k+1] == "the") {
			k++
			continue
		}
		if w == "installed" || w == "appointed" || w == "backed" || t.Tag == "VBN" && k+1 < n && st.words[k+1] == "by" {
			k++
			continue
		}
		if k > start && k+1 < n && (w == "with" && st.words[k-1] == "familiar" || w == "to" && st.words[k-1] == "close") {
			k++ // "according to two people familiar with the contract", as leftNP reads it
			continue
		}
		if w == "," && toEnd && k+1 < n && isCap(st.toks[k+1].Text) && listGoesOn(st, k+1) {
			k++
			continue
		}
		break
	}
	// drop trailing time words: "according to the UN on Monday"
	end := k
	for end > start && (x.isTimeWord(st, end-1) || st.words[end-1] == "," || st.words[end-1] == "on" || st.words[end-1] == "in") {
		end--
	}
	if end <= start {
		return mention{}, i
	}
	if owned && end == start+1 && end+1 < n && st.words[end] == "," && isCap(st.toks[end+1].Text) {
		// "according to its director, Dr. Selim Haddou": the name
		if m, last := x.rightNP(st, end+1, false); m.text != "" {
			return m, last
		}
	}
	return x.makeMention(st, start, end), end - 1
}

// findingSource returns who stands behind a finding at token i: the
// author of the poll or study that opens the sentence ("A poll by Ipsos
// published on Thursday found", "An Ipsos poll for the Times found"), or
// no one ("The study found").
func (x *Extractor) findingSource(st *sentence, i int) mention {
	e := 0
	// the subject ends at a comma or a verb; not at a possessive the
	// tagger reads as one, nor at a capital inside a name ("the
	// Integrated Food Security Phase Classification")
	for e < i && st.words[e] != "," && !(e > 0 && isVerb(st.toks[e].Tag) && !isPossessive(st.toks[e]) && !isCap(st.toks[e].Text)) {
		e++
	}
	if e < i && isFinite(st.toks[e].Tag) {
		// "Some 110,000 people are in Phase 5, the analysis found": the
		// sentence opens with a clause of its own; the document right
		// before the verb found it
		if !st.is(i-1, x.is.document) {
			return mention{}
		}
		return x.leftNP(st, i) // "the analysis", "an Ipsos poll" (Ipsos)
	}
	a, b := 0, e
	for k := 0; k < e; k++ {
		if w := st.words[k]; w == "by" || w == "from" {
			a = k + 1
			break
		}
		if w := st.words[k]; w == "for" || w == "of" {
			b = k
			break
		}
	}
	if a == 0 {
		// "The statistics office's street count found": the possessor
		for k := 1; k < b; k++ {
			if isPossessive(st.toks[k]) {
				// not a time: "Monday's report found", "This week's poll"
				if m := x.mentionOf(st, 0, k, false); (m.named || st.is(k-1, x.is.generic|x.is.document)) && !x.allTime(st, 0, k-1) && !x.lex.HasWord("relative-time", st.words[k-1]) {
					return m
				}
				break
			}
		}
	}
	for b > a && x.lex.HasWord("document", st.words[b-1]) {
		b--
	}
	if b-a > 6 && b-a <= 9 && st.words[b-3] == "(" && st.words[b-1] == ")" {
		b -= 3 // "the Integrated Food Security Phase Classification (IPC)"
	}
	if b <= a || b-a > 6 {
		return mention{}
	}
	if t := st.toks[a].Tag; !(t == "DT" || t == "PRP$" || isProper(t) || isNoun(t)) {
		return mention{} // "When inspectors visited ...", "It also found"
	}
	if _, _, ok := x.lex.Contains("relative-time", st.words[a:b]); ok || x.allTime(st, a, b-1) || b-a >= 2 && isPossessive(st.toks[b-1]) && x.allTime(st, a, b-2) {
		return mention{} // "This week's poll found", "Monday's report found"
	}
	if m := x.mentionOf(st, a, b, false); m.named {
		return m // not "An audit of the ministry found"
	}
	return mention{}
}

// acronymIn reports whether the bracket at token k holds a short name in
// capitals and closes: "the Federation of Dock Workers (FDW)".
func acronymIn(st *sentence, k int) bool {
	for e := k + 1; e < len(st.toks) && e <= k+4; e++ {
		switch t := st.toks[e].Text; {
		case t == ")":
			return e > k+1
		case !isCap(t):
			return false
		}
	}
	return false
}

// listGoesOn reports whether the words from k on go on a list of names
// or an appositive ("South Korean and Ukrainian intelligence", "the
// state forestry agency, Cal Fire."): an "and" or "or", or the sentence's
// end, comes before any verb. After "According to the commission," a
// clause starts ("Prime Minister X's party won 44.8%"), no list.
func listGoesOn(st *sentence, k int) bool {
	for ; k < len(st.toks); k++ {
		switch {
		case st.words[k] == "and" || st.words[k] == "or":
			return true
		case isVerb(st.toks[k].Tag):
			return false
		}
	}
	return true
}

// dataCue reports whether a cue cites data, figures or a document: its
// source's name ends with a [document] ("ministry data", "Eurostat
// figures", whose name keeps only "Eurostat"), or its verb shows or finds.
func (x *Extractor) dataCue(st *sentence, c *cue) bool {
	if f := strings.Fields(c.who.text); len(f) > 0 && x.lex.Has("document", f[len(f)-1]) {
		return true
	}
	if k := st.tokenAt(c.who.span.End); k < len(st.toks) && st.toks[k].Start >= c.who.span.End && st.is(k, x.is.document) {
		return true // "the DCSO figures show", the name cut before its document
	}
	switch w := lexicon.LowerASCII(c.text); w {
	case "show", "shows", "showed", "found", "finds":
		return true
	}
	return false
}

// speaker reports whether token k heads a phrase that can speak: a title,
// a body, a document, in the singular or the plural ("an unnamed
// official", "a senior diplomat", "an internal memo", "sources").
func (x *Extractor) speaker(st *sentence, k int) bool {
	w := st.words[k]
	for _, f := range []string{w, strings.TrimSuffix(w, "s"), w + "s"} {
		if x.lex.HasWord("title", f) || x.lex.HasWord("generic", f) || x.lex.HasWord("document", f) {
			return true
		}
	}
	return false
}

// mayPut reports whether the head at token k names a party that can put a
// figure on something: a name, a title, a [generic] or [org-noun] body
// ("the ministry", "police"), not "Shares" or "Heavy rain".
func (x *Extractor) mayPut(st *sentence, k int) bool {
	return isProper(st.toks[k].Tag) && isCap(st.toks[k].Text) && st.toks[k].Tag != "NNS" || x.speaker(st, k) || st.is(k, x.is.orgNoun|x.is.person)
}

// documentBefore reports whether the verb at token i follows a
// [document] ("A survey by the institute found 40% of renters", "The
// office's street count in November found 3,260 people"), past a time
// after it: what it finds is a finding, as against "Rescuers found 40
// bodies".
func (x *Extractor) documentBefore(st *sentence, i int) bool {
	k := i - 1
	for k > 0 && st.toks[k].Tag == "RB" {
		k-- // "also"
	}
	if e := k; k > 0 && x.isTimeWord(st, k) {
		for k > 0 && x.allTime(st, k-1, e) {
			k--
		}
		if k == 0 || st.toks[k-1].Tag != "IN" {
			return false
		}
		k -= 2
	}
	if k >= 0 && (st.is(k, x.is.document) || x.lex.HasWord("document", strings.TrimSuffix(st.words[k], "s"))) {
		return true
	}
	// "A survey by the Halden Institute found": the document, then its
	// author, make the subject
	for j := k - 1; j >= 0 && !isVerb(st.toks[j].Tag) && st.toks[j].Text != ","; j-- {
		if w := st.words[j+1]; st.is(j, x.is.document) && (w == "by" || w == "from" || w == "for") {
			return true
		}
	}
	return false
}

// allTime reports whether tokens [s, e] are all time words ("Friday
// evening").
func (x *Extractor) allTime(st *sentence, s, e int) bool {
	for k := s; k <= e; k++ {
		if !x.isTimeWord(st, k) && st.words[k] != "the" && !st.is(k, x.is.dayOrRelative) {
			return false
		}
	}
	return s <= e
}

func (x *Extractor) isTimeWord(st *sentence, k int) bool {
	return st.is(k, x.is.time) || st.toks[k].Tag == "CD"
}

// makeMention builds a mention from tokens [i, j), trimming articles and
// punctuation, and decides whether it names a person.
func (x *Extractor) makeMention(st *sentence, i, j int) mention {
	return x.mentionOf(st, i, j, false)
}

// mentionOf builds a mention from tokens [i, j). A strict mention must name
// someone by a proper noun, a title or a generic head ("officials"); a loose
// one, the subject of a verb of saying, may be any noun ("the rebels").
func (x *Extractor) mentionOf(st *sentence, i, j int, strict bool) mention {
	for i < j && (st.words[i] == "the" || st.words[i] == "a" || st.words[i] == "an" || st.words[i] == "," || isQuote(st.toks[i].Text)) {
		i++
	}
	for j > i && (st.words[j-1] == "," || st.words[j-1] == "." || isQuote(st.toks[j-1].Text) || st.words[j-1] == "and" || x.isTimeWord(st, j-1) || x.lex.HasWord("relative-time", st.words[j-1])) {
		j--
	}
	if j <= i {
		return mention{}
	}
	if j-i >= 2 && st.is(j-1, x.is.document) && !isProper(st.toks[j-1].Tag) {
		// "the DCSO figures", "Health Ministry data": a name before the
		// document is its issuer
		// not a capital that opens the sentence on a word of English
		// ("Official data show"), nor a time ("March data showed")
		proper := !(opensSentence(st, i) && x.tag.Knows(st.words[i]))
		for k := i; k < j-1 && proper; k++ {
			proper = isProper(st.toks[k].Tag) && !x.isTimeWord(st, k)
		}
		if proper {
			j--
		}
	}
	text := spanText(st, i, j)
	// must name someone: a proper noun, or a generic head ("officials")
	hasProper, generic := false, false
	for k := i; k < j; k++ {
		if isProper(st.toks[k].Tag) || isCap(st.toks[k].Text) && k > 0 {
			hasProper = true
		}
		if st.is(k, x.is.generic) || st.is(k, x.is.title) {
			generic = true
		}
	}
	if k := i; k == 0 && isCap(st.toks[k].Text) {
		hasProper = true
	}
	if j == i+1 && opensSentence(st, i) && isCap(st.toks[i].Text) && x.tag.Knows(st.words[i]) && !x.lex.Has("generic", st.words[i]) &&
		(st.toks[i].Tag != "VBG" && st.toks[i].Tag != "NNP" || j == len(st.toks) || !st.is(j, x.is.saying) || !isVerb(st.toks[j].Tag) || st.inFigure(st.toks[i].Start)) {
		// a capital opens every sentence: a word of English alone there
		// ("“Inflation is running above 6%") names no one; a name the
		// tagger never saw ("Brannick said") still does, and so does a
		// gerund right before a verb of saying ("Sporting says": no
		// gerund says anything) or a name it knows ("Hartley said",
		// "Jones estimated that"); not "Many said", "Several said"
		hasProper = false
	}
	named := hasProper || generic
	if !named && (strict || !isNoun(st.toks[j-1].Tag)) {
		return mention{}
	}
	if _, ok := x.lex.Lookup("source", stripThe(text)); ok {
		return mention{text: text, span: Span{st.toks[i].Start, st.toks[j-1].End()}, named: true}
	}
	last := st.words[j-1]
	lastText := st.toks[j-1].Text
	acronym := len(lastText) > 1 && strings.ToUpper(lastText) == lastText
	person := (isProper(st.toks[j-1].Tag) || hyphenedName(lastText)) && !strings.HasSuffix(last, "s") && !acronym || x.lex.Has("title", last)
	// a title makes a person ("spokesperson Ana Ruiz", "a ministry
	// spokesman"), unless a group noun comes after it and heads the phrase
	// ("the president's office", "the UN's humanitarian office OCHA")
	lastTitle, lastGroup := -1, -1
	titledAt := false // a preposition after a title: "a senior fellow at ..."
	for k := i; k < j; k++ {
		switch {
		case st.is(k, x.is.title):
			lastTitle, titledAt = k, false
		case st.is(k, x.is.generic) && !titledAt:
			// not "a senior fellow at the research council": where the
			// titled person works does not head the phrase
			lastGroup = k
		case lastTitle >= 0 && st.toks[k].Tag == "IN":
			titledAt = true
		}
	}
	if lastTitle >= 0 {
		person = true
	}
	if lastGroup > lastTitle {
		person = false
	}
	if person && lastTitle < 0 {
		// "the domestic monitoring network Transparent Vote", "the aid
		// group Open Tide": a common noun before the name says what it
		// names, and it is no title, so no person
		for k := i; k < j-1; k++ {
			if isNoun(st.toks[k].Tag) && isProper(st.toks[k+1].Tag) && !startsUpper(st.toks[k].Text) {
				person = false
				break
			}
		}
	}
	return mention{text: text, span: Span{st.toks[i].Start, st.toks[j-1].End()}, person: person, named: named}
}

// plainNP reports whether tokens [i, j) are only a noun phrase's:
// determiners, adjectives, nouns, names, numbers, possessives.
func plainNP(st *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		switch t := st.toks[k].Tag; {
		case t == "DT", t == "POS", t == "CD", t == "PRP$", isNoun(t), isProper(t), isAdj(t):
		default:
			return false
		}
	}
	return true
}

// isPossessive reports whether t is the possessive 's, which the tagger
// does not know with a typographic apostrophe (’s).
func isPossessive(t tokenize.Token) bool {
	return t.Tag == "POS" || t.Text == "'s" || t.Text == "’s"
}

// hyphenedName reports whether w is capitalised on both sides of a
// hyphen, as a double-barrelled name is ("Osei-Banda", "Jean-Pierre"),
// which the tagger may read as an adjective.
func hyphenedName(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && isCap(a) && isCap(b)
}

// possessorOpening reads the possessor a sentence opens with, when a
// group pronoun's cue closes the sentence: "The company's revenue fell
// 4%, it said", "Quillon's shares rose 6%, it said". The possessor is a
// name or a [generic] head ("ministry", "company"), and a noun follows the
// possessive.
func (x *Extractor) possessorOpening(st *sentence, c *cue) (mention, bool) {
	if !c.final || !st.tagged {
		return mention{}, false
	}
	k := 0
	if k < len(st.toks) && st.toks[k].Tag == "DT" {
		k++
	}
	start := k
	for k < len(st.toks) && isProper(st.toks[k].Tag) && isCap(st.toks[k].Text) {
		k++
	}
	if k == start && k < len(st.toks) && st.is(k, x.is.generic) {
		k++
	}
	if k == start || k+1 >= len(st.toks) || st.toks[k].Start >= c.at.Start {
		return mention{}, false
	}
	if p := st.toks[k].Text; p != "'s" && p != "’s" || !isNoun(st.toks[k+1].Tag) {
		return mention{}, false
	}
	from, to := st.toks[start].Start, st.toks[k-1].Start+len(st.toks[k-1].Text)
	if start == k-1 && !isProper(st.toks[start].Tag) {
		from = st.toks[0].Start // "The company": as written with its article
	}
	text := st.text[from-st.span.Start : to-st.span.Start]
	return mention{text: text, span: Span{from, to}, named: true}, true
}

// subjectOpening returns the body a sentence opens with as the subject of
// its first verb, before the cue c ("the" and one singular [generic] or
// [org-noun] noun, then a finite verb), and whether that verb is one of
// saying or blaming: "The company blames costs: ..., it says" is the
// company's whoever was named before; "The utility dumped sewage 1,400
// times, it says" is the company's only when no body that speaks was
// named just before ("The regulator has written to the utility.").
func (x *Extractor) subjectOpening(st *sentence, c *cue) (m mention, stance, ok bool) {
	if !st.tagged || len(st.toks) < 4 || st.words[0] != "the" || !st.is(1, x.is.generic|x.is.orgNoun) || st.toks[1].Tag != "NN" || !isFinite(st.toks[2].Tag) || st.toks[2].Start >= c.at.Start {
		return mention{}, false, false
	}
	stance = !st.is(2, x.is.aux) && (st.is(2, x.is.saying) || st.words[2] == "blames" || st.words[2] == "blamed")
	from, to := st.toks[0].Start, st.toks[1].End()
	return mention{text: st.text[from-st.span.Start : to-st.span.Start], span: Span{from, to}, named: true}, stance, true
}

// colonSubject returns the name a sentence opens with, as the subject of
// its first verb, when a colon or semicolon stands between that clause and
// the group pronoun of cue c: "SGT rejects that figure: it says ...".
func (x *Extractor) colonSubject(st *sentence, c *cue) (mention, bool) {
	if c.pronoun != "it" && c.pronoun != "they" || !st.tagged {
		return mention{}, false
	}
	k := 0
	for k < len(st.toks) && k < 5 && (isProper(st.toks[k].Tag) || isCap(st.toks[k].Text) && isWordTok(st.toks[k].Text)) {
		k++
	}
	if k == 0 || k >= len(st.toks) || !isFinite(st.toks[k].Tag) {
		return mention{}, false
	}
	colon := false
	for j := k + 1; j < len(st.toks) && st.toks[j].Start < c.who.span.Start; j++ {
		if w := st.words[j]; w == ":" || w == ";" {
			colon = true
		} else if colon {
			return mention{}, false // the pronoun must open the clause after it
		}
	}
	if !colon {
		return mention{}, false
	}
	from, to := st.toks[0].Start, st.toks[k-1].End()
	return mention{text: st.text[from-st.span.Start : to-st.span.Start], span: Span{from, to}, named: true}, true
}

// subjects returns the people and groups a sentence names as subjects of
// its verbs, for pronouns in later sentences.
func (x *Extractor) subjects(st *sentence, cs []*cue) []mention {
	var out []mention
	for _, c := range cs {
		if c.who.text != "" && c.pronoun == "" {
			out = append(out, c.who)
		}
	}
	if len(out) > 0 || !st.tagged {
		return out
	}
	for i, t := range st.toks {
		if isVerb(t.Tag) && !st.is(i, x.is.aux) {
			if m := x.leftNPOf(st, i, true); m.text != "" && pronounOf(x.lex, m.text) == "" {
				out = append(out, m)
			}
			break
		}
	}
	return out
}

// quotations finds the quoted passages of the article and their speakers.
// A quotation opened and not closed in a paragraph runs on into the next
// paragraphs until it closes.
func (x *Extractor) quotations(a *Article, sents []*sentence, cues [][]*cue) []quoteRegion {
	var out []quoteRegion
	open := -1
	var intro *cue
	para := -1
	paras := 0
	for i, st := range sents {
		if st.para != para {
			para = st.para
			if open >= 0 {
				paras++
				if paras > 3 {
					open = -1
				}
			}
		}
		for _, c := range cues[i] {
			if !c.narrow && (c.opening || colonAfter(a.text, max(c.at.End, c.who.span.End))) {
				intro = c
			}
		}
		for k, t := range st.toks {
			if !isQuote(t.Text) || t.Text == "'" || t.Text == "’" || t.Text == "‘" {
				continue
			}
			opening := t.Text == "“" || t.Text == "``" || (t.Text == "\"" && open < 0)
			if t.Text == "”" || t.Text == "''" {
				opening = false
			}
			if opening && open < 0 {
				open = t.Start
				paras = 0
				// "X said: "..." or "Quote from X: "..."
				if k > 0 && st.toks[k-1].Text == ":" && intro != nil {
					// keep intro
				} else {
					intro = nil
				}
				continue
			}
			if !opening && open >= 0 {
				q := quoteRegion{span: Span{open, t.End()}, para: st.para}
				if intro != nil {
					q.speaker = intro
				} else {
					// '"...," Zelensky said.' / '"...," said Zelensky.'
					for _, c := range cues[i] {
						if !c.narrow && c.at.Start >= t.Start && c.at.Start-t.End() < 80 {
							q.speaker = c
							break
						}
					}
				}
				if prev := len(out) - 1; q.speaker == nil && prev >= 0 && out[prev].speaker != nil && out[prev].para == para && paras == 0 {
					// '"...," he said. "We have put 5 percent on the
					// table."': a quotation that goes on after its
					// speaker is named is still theirs
					q.speaker = out[len(out)-1].speaker
				}
				out = append(out, q)
				open = -1
				intro = nil
			}
		}
	}
	if open >= 0 && intro != nil {
		out = append(out, quoteRegion{span: Span{open, len(a.text)}, speaker: intro})
	}
	return out
}

// markers finds the phrases that flag claims (could not verify, denied) and
// sets the status of the claims they are about: the claims of the marker's
// sentence, and those just before it when the marker refers back ("these
// claims") or speaks of the same source ("He gave no details").
func (x *Extractor) markers(a *Article, sents []*sentence, cues [][]*cue) {
	for i, st := range sents {
		for _, list := range []string{"unverified", "denied", "disputing"} {
			for k := range st.words {
				if !st.starts(k, x.is.marker) {
					continue
				}
				_, n := x.lex.Match(list, st.words, k)
				if n == 0 {
					continue
				}
				if e := k + n; list == "unverified" && st.words[e-1] == "data" && e < len(st.words) {
					switch st.words[e] {
					case "on", "until", "since", "about", "for", "from":
						continue // "did not publish the data until March": withheld for a while, or other data
					}
				}
				if list == "unverified" && !x.aboutClaims(st, k, n) {
					continue // "The identity of the gunman could not be independently confirmed"
				}
				m := Marker{Text: spanText(st, k, k+n), Span: a.fileSpan(Span{st.toks[k].Start, st.toks[k+n-1].End()})}
				status := Unverified
				switch list {
				case "denied":
					status = Denied
				case "disputing":
					// "The Alliance disputes that figure, saying its
					// lawyers had lodged more than 2,300", "Radić
					// challenged the official turnout of 61.4 percent":
					// a party in the article sets its figure against
					// another; a verb with its subject, not "the disputed
					// territory"
					status = Disputed
					if x.leftNP(st, k).text == "" {
						continue
					}
				}
				targets := append([]int(nil), st.claims...)
				back, _, refers := x.lex.Contains("refer-back", st.words)
				if e := k + n; !refers && e+1 < len(st.words) && (st.words[e] == "that" || st.words[e] == "this") && (st.words[e+1] == "," || st.words[e+1] == "." || st.words[e+1] == "and" ||
					st.words[e] == "this" && st.tagged && (st.toks[e+1].Tag == "IN" || st.toks[e+1].Tag == "RB")) {
					// "The coast guard denied that, saying ...", "The
					// alliance disputes that and says ...", "The agency
					// denied this on Friday": "that" is what came before
					refers = true
				}
				if e := k + n; list == "denied" && !refers && i > 0 && sents[i-1].para == st.para && e+1 < len(st.words) && (st.words[e] == "that" || st.tagged && st.toks[e].Tag == "VBG") &&
					restates(x.context(&sentence{toks: st.toks[e:], words: st.words[e:], sets: st.sets[e:]}), x.context(sents[i-1])) {
					// (or a gerund: "The army denies turning any trucks
					// away" after "21 trucks were turned back")
					// "The interior ministry denied that officer numbers had
					// fallen": a that-clause that restates the sentence
					// before denies its figures
					refers = true
				}
				// "He gave no details", "They could not verify it": a pronoun
				// carries an unverified marker back to the claims before;
				// "It denied reports that ..." does not deny what its own
				// source just said, so a denial needs a refer-back phrase
				subj := x.leftNP(st, k)
				pron := subj.text != "" && pronounOf(x.lex, subj.text) != "" && list != "denied"
				// "It declined to confirm reports of a takeover bid": a
				// marker with an object of its own does not carry back
				fresh := false
				if e := k + n; !refers && e < len(st.toks) && st.tagged {
					// an object: a noun phrase, not "it", "that", "but said"
					switch t := st.toks[e].Tag; {
					case st.words[e] == "that" || st.words[e] == "this" || st.words[e] == "these" || st.words[e] == "those":
					case t == "DT" || t == "PRP$" || t == "CD" || isNoun(t) || isAdj(t):
						// but "the amount", "its findings": a figure's own
						// word points back
						fresh = true
						for j := e; j < min(len(st.toks), e+3); j++ {
							if st.is(j, x.is.container|x.is.document) || x.lex.HasWord("table-value", st.words[j]) {
								fresh = false
								break
							}
						}
						pron = pron && !fresh
					}
				}
				if e := k + n; !refers && list == "denied" && i > 0 && sents[i-1].para == st.para && e < len(st.words) && (st.words[e] == "it" || st.words[e] == "them") && (e+1 == len(st.words) || st.words[e+1] == "." || st.words[e+1] == ",") {
					refers = true // "Navarro flatly denied it."
				}
				if e := k + n; !refers && list != "denied" && e+1 < len(st.words) {
					// "KNA could not independently verify his figures",
					// "Police declined to confirm the number", "would not
					// confirm how many patients it had received": an
					// object that names the figures told before
					switch w := st.words[e]; {
					case (w == "it" || w == "them") && (st.words[e+1] == "." || st.words[e+1] == ","):
						refers = true // "PAPS could not independently verify them."
					case w == "the" && st.tagged && st.toks[e+1].Tag == "NNS" && (e+2 == len(st.words) || st.words[e+2] == "." || st.words[e+2] == ",") && subj.text != "" && pronounOf(x.lex, subj.text) == "":
						// "The health ministry declined to confirm the
						// cases.": a plain plural object names what another
						// party just counted (not "the names of the
						// victims"; not "It declined to confirm the layoffs"
						// after its own "300 jobs would go")
						refers = true
					case w == "how" && (st.words[e+1] == "many" || st.words[e+1] == "much"):
						// (of the thing counted before: not "would not
						// confirm how many staff it employs" after members)
						refers = e+2 >= len(st.words) || !st.tagged || !isNoun(st.toks[e+2].Tag) || x.countedBefore(a, sents, i, st.words[e+2])
					case w == "his" || w == "her" || w == "its" || w == "their" || w == "the" || w == "that" || w == "those" || w == "these" || w == "either" || w == "both":
						// (past a possessor or a modifier: "the group's
						// readings", "the transponder data")
						for j := e + 1; j < len(st.words) && j <= e+4; j++ {
							if st.is(j, x.is.container|x.is.document|x.is.telling) {
								// (not "the number of officers on duty"
								// after a count of people who attended)
								refers = j+2 >= len(st.words) || st.words[j+1] != "of" || x.countedBefore(a, sents, i, st.words[j+2])
								break
							}
							if st.tagged && !(isNoun(st.toks[j].Tag) || isAdj(st.toks[j].Tag) || isProper(st.toks[j].Tag) || st.toks[j].Tag == "POS") {
								break
							}
						}
					}
				}
				// "... had recovered 47 bodies, but the agency rejected
				// that count": what the sentence gave before the marker
				// is what it refers to, not the sentence before
				// (a clause of its own: not "12 News could not confirm
				// that number")
				before := false
				for _, ci := range st.claims {
					before = before || punctBetween(st, st.tokenAt(a.Claims[ci].at.End), k)
				}
				if (refers || pron) && i > 0 && !before {
					prev := sents[i-1]
					for _, ci := range prev.claims {
						if pron || ofClasses(x.lex, a.Claims[ci].Predicate, back.Value) {
							targets = append(targets, ci)
						}
					}
					if pron {
						// the same source's other claims earlier in the paragraph
						for j := i - 2; j >= 0 && sents[j].para == st.para; j-- {
							targets = append(targets, sents[j].claims...)
						}
					}
				}
				if status == Disputed && len(targets) < 2 {
					// a figure set against nothing the article gives ("The
					// union disputed the figure, saying only 80,000 ...")
					// is reported
					continue
				}
				// a denial in a sentence of its own claims denies what came before
				for _, ci := range targets {
					c := &a.Claims[ci]
					if list == "denied" && slices.Contains(st.claims, ci) && (!refers || c.at.Start >= st.toks[k+n-1].End()) && !x.deniedClause(st, k+n, c.at.Start) {
						// not the denier's own figure after it: "denied the
						// allegations, saying only 12 contracts were awarded"
						continue
					}
					if list == "unverified" && fresh && slices.Contains(st.claims, ci) && c.at.End <= st.toks[k].Start {
						continue // "The company, which employs 12,000 people, declined to confirm the layoffs"
					}
					if c.Status == Reported || c.Status == Unverified && status == Denied {
						c.Status = status
					}
					c.Markers = append(c.Markers, m)
				}
			}
		}
	}
}

// restates reports whether a clause shares two content words or more
// (stems) with a sentence: it says that sentence's fact again.
func restates(clause, sentence []string) bool {
	n := 0
	for _, w := range clause {
		if slices.Contains(sentence, w) {
			n++
		}
	}
	return n >= 2
}

// deniedClause reports whether the figure at off stands in what the
// denial ending before token e denies: a clause opened by "that" within
// three words of it (twelve, past a noun phrase with no finite verb), with
// no comma, semicolon or verb of saying before the figure ("denied union
// claims that up to 1,000 more jobs were at risk"; not "denied that,
// saying all 12 depots were open", nor "dismissed the move and repeated
// its demand for 1,100").
func (x *Extractor) deniedClause(st *sentence, e, off int) bool {
	if e >= len(st.toks) || off < st.toks[e].Start {
		return false
	}
	that := false
	finite := false // a finite verb between: "denied it and said that"
	for j := e; j < len(st.toks) && st.toks[j].Start < off; j++ {
		if w := st.words[j]; w == "," || w == ";" || w == ":" || st.is(j, x.is.saying) && isVerb(st.toks[j].Tag) && st.toks[j].Tag != "VBG" && !(j+1 < len(st.toks) && st.inFigure(st.toks[j+1].Start)) {
			// (a verb that says its figure is no new statement: "had
			// added $35 million to the budget")
			return false // a new statement; not "dismissed a report claiming that"
		}
		// "rejected the claim by the Civic Dignity Alliance that": the
		// noun phrase of what is denied may run on to its "that"
		that = that || st.words[j] == "that" && (j-e <= 3 || j-e <= 12 && !finite)
		finite = finite || isFinite(st.toks[j].Tag)
	}
	return that
}

// aboutClaims reports whether a passive marker at k (n words: "could not
// be independently confirmed") is about what the article gives: its
// subject names a figure or a telling of it (the toll, the figures, his
// account, the video), holds a figure, or is a pronoun or nothing. "The
// identity of the gunman could not be confirmed" flags no figure. Active
// markers ("Reuters could not verify ...") are left to their object.
func (x *Extractor) aboutClaims(st *sentence, k, n int) bool {
	passive := false
	for j := k; j+1 < k+n; j++ {
		// not "have not been able to verify"
		passive = passive || (st.words[j] == "be" || st.words[j] == "been") && st.words[j+1] != "able"
	}
	if !passive {
		return true
	}
	// the clause's subject: back to a comma, a dash or the sentence's start
	// ("though figures from the platforms could not be verified", "a
	// figure that could not be verified")
	s := k
	for s > 0 && st.words[s-1] != "," && st.words[s-1] != ";" && !strings.ContainsAny(st.toks[s-1].Text, "–—") {
		s--
	}
	if s == k || k-s == 1 && pronounOf(x.lex, st.words[s]) != "" || st.words[k-1] == "which" || st.words[k-1] == "that" {
		// "This could not be verified"; "..., which could not be
		// verified", "a position that could not be verified": what the
		// sentence just gave
		return true
	}
	for j := s; j < k; j++ {
		if st.inFigure(st.toks[j].Start) || st.is(j, x.is.container|x.is.document|x.is.pronoun|x.is.telling) {
			return true
		}
	}
	return false
}

// ofClasses reports whether a predicate is of one of the classes listed in
// a [refer-back] value ("kill, wound"); an empty list allows any.
func ofClasses(lex *lexicon.Lexicon, predicate, classes string) bool {
	if classes == "" {
		return true
	}
	want := fact.Classes(classes)
	for _, c := range fact.PredicateClasses(lex, predicate) {
		if slices.Contains(want, c) {
			return true
		}
	}
	return false
}

// disputes marks claims that the same article contradicts: the same fact
// (same counted thing and unit, verbs of one class, no conflicting time
// words, sentences that speak of the same thing) from another source with a
// figure that does not agree.
func (x *Extractor) disputes(a *Article) {
	// only claims of the same unit and kind of thing can dispute each
	// other; within such a bucket, only the nearest few are compared, so
	// that an article with a million figures stays linear
	//
	// A claim is in the bucket of its noun's class and, when its verb
	// refines it, of the refined class too: "12 people were killed" meets
	// both "the toll rose to 19" (killed) and "seven people" (people).
	const reach = 32
	buckets := map[string][]int{}
	classes := make([][2]string, len(a.Claims))
	for i, c := range a.Claims {
		if c.Subject == "" || c.Value.Vague {
			continue
		}
		base, _ := fact.Scale(c.Unit) // "18.5 million t" against "12,000,000 t"
		k := base + "\x00" + c.Kind + "\x00"
		classes[i] = [2]string{fact.Class(x.lex, c.Subject), fact.ClassOf(x.lex, c.Subject, c.Predicate)}
		buckets[k+classes[i][0]] = append(buckets[k+classes[i][0]], i)
		if classes[i][1] != classes[i][0] {
			buckets[k+classes[i][1]] = append(buckets[k+classes[i][1]], i)
		}
	}
	verbs := x.oneVerb(a, classes)
	for _, idx := range buckets {
		for bi, i := range idx {
			for _, j := range idx[bi+1 : min(len(idx), bi+1+reach)] {
				x.dispute(a, &a.Claims[i], &a.Claims[j], classes[i], classes[j], verbs)
			}
		}
	}
}

// oneVerb returns the classes of counted things whose claims in the
// article all have verbs that can report one fact: "canisters" that are
// only ever fired, not "people" killed, injured and evacuated. A figure
// with no verb of its own, for such a class, can only be of that fact.
// classes holds each claim's classes (fact.Class, fact.ClassOf).
func (x *Extractor) oneVerb(a *Article, classes [][2]string) map[string]bool {
	const most = 8 // more distinct verbs than this are many facts
	verbs := map[string][]string{}
	for i, c := range a.Claims {
		if c.Predicate == "" || classes[i][0] == "" {
			continue
		}
		v := lexicon.Norm(c.Predicate)
		for _, k := range classes[i] {
			if !slices.Contains(verbs[k], v) {
				verbs[k] = append(verbs[k], v)
			}
		}
	}
	one := map[string]bool{}
	for i := range a.Claims {
		for _, k := range classes[i] {
			if _, done := one[k]; done || k == "" {
				continue
			}
			vs := verbs[k]
			ok := len(vs) <= most
			for vi := 0; ok && vi < len(vs); vi++ {
				for _, w := range vs[vi+1:] {
					if !fact.PredicatesCompatible(x.lex, vs[vi], w) {
						ok = false
						break
					}
				}
			}
			one[k] = ok
		}
	}
	return one
}

// disputeGapMax is the largest ratio between two figures that dispute
// each other: counts of one thing from two sources differ by less
// ("police said 6,000, organisers 20,000").
const disputeGapMax = 10

// closeGap is the most one figure may be of another, as a ratio, for two
// sources' figures with no verb to dispute each other on their counted
// thing alone: "24 crew" and "23 crew", "310 µg/m³" and "145 µg/m³".
const closeGap = 2.5

// sameSource reports whether two source names name one source: the same
// name, or one that ends the other ("ministry", "interior ministry").
func sameSource(a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" {
		return false
	}
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	// the shorter is the longer's head and what ends it: not "police"
	// and "the police union", "government" and "government critics"
	return slices.Equal(wa, wb[len(wb)-len(wa):])
}

// wordBefore returns the word before the first "subject" in a sentence,
// folded, when it is a word of letters ("average" of "the average
// salary", "starting" of "the starting salary"), or "".
func wordBefore(sentence, subject string) string {
	if subject == "" {
		return ""
	}
	words := strings.Fields(strings.ToLower(sentence))
	for i, w := range words {
		if strings.Trim(w, ".,;:!?\"'()") == subject {
			if i == 0 {
				return ""
			}
			p := strings.Trim(words[i-1], ".,;:!?\"'()")
			for _, r := range p {
				if !unicode.IsLetter(r) && r != '-' {
					return ""
				}
			}
			if p == "the" || p == "a" || p == "an" {
				return ""
			}
			return p
		}
	}
	return ""
}

// namedAfter reports whether a claim's counted noun follows its figure
// within three words ("24 crew", "23 crew members"), not one borrowed
// from a figure before it ("23 people taken to hospital, 4 in a critical
// condition").
func namedAfter(c *Claim) bool {
	i := strings.Index(c.Sentence, c.Text)
	if i < 0 || c.Subject == "" {
		return false
	}
	if strings.Contains(c.Sentence[:i], ":") {
		return true // a labelled line names it before: "Displaced: 14,000 (UN)"
	}
	for n, w := range strings.Fields(strings.ToLower(c.Sentence[i+len(c.Text):])) {
		if n == 3 {
			break
		}
		if strings.Trim(w, ".,;:!?\"'()") == c.Subject {
			return true
		}
	}
	return false
}

// modal reports whether a sentence holds a modal verb: a figure in it may
// be a target or a forecast ("there should be 2,000 doctors").
func modal(sentence string) bool {
	for _, w := range strings.Fields(strings.ToLower(sentence)) {
		switch strings.Trim(w, ".,;:!?\"'()") {
		case "should", "would", "could", "might", "must", "will", "may", "ought":
			return true
		}
	}
	return false
}

// corrects reports whether claim c is told as the correction of claim d:
// c's sentence calls it the real figure ([counter]), and d is a figure of
// the source it corrects: the source of the nearest figure before it (else
// after it) of the same subject class, from another source, no part of
// anything and of no earlier time.
func (x *Extractor) corrects(a *Article, c, d *Claim) bool {
	if c.part || d.part || c.Subject == "" || !c.counter {
		return false
	}
	class := fact.Class(x.lex, c.Subject)
	if fact.Class(x.lex, d.Subject) != class {
		return false
	}
	eligible := func(o *Claim) bool {
		return o != c && !o.part && !slices.Contains(o.Qualifiers, "t:earlier") && !sameSource(o.speaker(), c.speaker()) && fact.Class(x.lex, o.Subject) == class &&
			fact.PredicatesCompatible(x.lex, o.Predicate, c.Predicate)
	}
	if !eligible(d) {
		return false
	}
	var before, after *Claim
	for i := range a.Claims {
		o := &a.Claims[i]
		if !eligible(o) {
			continue
		}
		if o.at.Start < c.at.Start {
			before = o
		} else if after == nil {
			after = o
		}
	}
	if before == nil {
		before = after
	}
	// the figures of that one's source for the same thing
	return before != nil && sameSource(d.speaker(), before.speaker())
}

// sameModifiers reports whether two claims' counted things carry the same
// modifiers, times aside ("low-income households" are not "households").
func sameModifiers(a, b []string) bool {
	ma := slices.DeleteFunc(slices.Clone(a), isTimeQualifier)
	mb := slices.DeleteFunc(slices.Clone(b), isTimeQualifier)
	slices.Sort(ma)
	slices.Sort(mb)
	return slices.Equal(ma, mb)
}

// dispute marks c and d disputed when they are the same fact from two
// sources with figures that do not agree (fact.Compatible, the rule of
// compare's verdicts: what one article disputes is a discrepancy across
// articles, and what compare calls agreeing is not disputed).
//
// cls and dls are the classes of what c and d count: of the noun alone and
// refined by the verb (fact.ClassOf).
// oneVerb is the result of [Extractor.oneVerb].
func (x *Extractor) dispute(a *Article, c, d *Claim, cls, dls [2]string, oneVerb map[string]bool) {
	if x.disputeBar(a, c, d, cls, dls, oneVerb) != "" {
		return
	}
	for _, e := range []*Claim{c, d} {
		if e.Status == Reported {
			e.Status = Disputed
		}
	}
}

// disputeBar returns why claims c and d of one article do not dispute
// each other (a few words), or "" when they do.
func (x *Extractor) disputeBar(a *Article, c, d *Claim, cls, dls [2]string, oneVerb map[string]bool) string {
	// figures at their written scale: "18.5 million t" is 18,500,000 t
	_, cs := fact.Scale(c.Unit)
	_, ds := fact.Scale(d.Unit)
	cv, dv := fact.ReadChange(c.Value, cs, c.Change, c.Unit), fact.ReadChange(d.Value, ds, d.Change, d.Unit)
	if cs != ds {
		cv.Unit, dv.Unit = c.Unit, d.Unit // the slack of two ways of writing
	}
	switch {
	case sameSource(c.speaker(), d.speaker()):
		// one source's two figures: parts, or a change and a level
		// ("the interior ministry" and "the ministry" are one)
		return "same source"
	case c.actor != d.actor && c.actor != "" && d.actor != "":
		// "Japan pledged $500m. Korea pledged $200m.": two acts
		return "two actors"
	case c.whole || d.whole, (c.part || d.part) && !c.anaphor && !d.anaphor && (c.Predicate == "" || d.Predicate == ""):
		// "850 of the 3,200 jobs there would go": the 3,200 do not go;
		// "112 were detained, of whom 37 remain in custody"; but "nine
		// of the derailed cars" is disputed by "put that number at 11",
		// and "40 of the protesters were arrested" by "70 were arrested"
		return "a part or a whole"
	case c.SentenceSpan == d.SentenceSpan && !x.setsFigure(c.Predicate) && !x.setsFigure(d.Predicate) && !x.contrasted(a, c, d) && !sourcedApart(a, c, d):
		// in one sentence two sources' figures are set against each
		// other by an estimate ("police said 6,000 took part; organisers
		// put the crowd at 20,000") or a conjunction ("..., while the
		// company maintains the figure is 480,000"); two clauses that
		// each report their own may be of two places or days ("300
		// homes in the north; 120 in the south")
		return "one sentence"
	case cls[0] != dls[0] && cls[1] != dls[1], !fact.PredicatesCompatible(x.lex, c.Predicate, d.Predicate):
		return "another class or verb"
	case cv.Compatible(dv), timesConflict(c.Qualifiers, d.Qualifiers):
		return "values agree or times differ"
	case fact.Gap(cv, dv) > disputeGapMax:
		// "87 bodies recovered during the month" and "six bodies
		// recovered" off one boat: a whole and a part, not two counts
		// of one thing
		return "too far apart"
	case (c.Predicate == "" || d.Predicate == "") && !x.unpredicatedDispute(a, c, d, oneVerb[shared(cls, dls)], fact.Gap(cv, dv) <= closeGap):
		return "no verb"
	case c.para != d.para && jaccard(c.Context, d.Context) < 0.12 && !x.corrects(a, c, d) && !x.corrects(a, d, c):
		// in one paragraph two sources' figures for one thing are one
		// fact told two ways; farther apart, the sentences must share
		// enough words to be about one event
		return "far in the text"
	}
	return ""
}

// unpredicatedDispute reports whether two claims, one with no verb of
// its own, are one fact told by two sources: figures for the same counted
// thing from two named sources, one of which sets its figure on it or
// stands for the other ("Corvane Air said 182 passengers were on board,
// but the directorate put the number of passengers at 186"). Without
// either, "seven people are confirmed dead" and "31 people were treated"
// are two facts the missing verb would have told apart.
//
// oneFact is set when the article counts their class with verbs of one
// fact only: then a figure with no verb in the paragraph of one with a
// verb is of that fact when it stands alone as what its source says
// ("the group said more than 400 canisters were fired; police said:
// about 150 canisters"). A figure whose verb was not found ("About 70
// migrants were on board", "analysts had expected revenue of $10.1
// billion") may be another fact.
func (x *Extractor) unpredicatedDispute(a *Article, c, d *Claim, oneFact, close bool) bool {
	if c.speaker() == "" || d.speaker() == "" {
		return false
	}
	if sourcedApart(a, c, d) || (c.elided || d.elided) && c.SentenceSpan == d.SentenceSpan {
		// (a bare figure that borrows its noun from the sentence's figure
		// before it is a figure of the same fact, verb or none)
		return true
	}
	if oneFact && (c.Predicate != "" || d.Predicate != "") && c.para == d.para && !modifiersConflict(c.Qualifiers, d.Qualifiers) &&
		(c.Predicate != "" || x.standsAlone(a, c)) && (d.Predicate != "" || x.standsAlone(a, d)) {
		return true
	}
	if x.corrects(a, c, d) || x.corrects(a, d, c) {
		// "The real number of empty posts is closer to 5,500": told as
		// the correction of another's figure for the same thing
		return true
	}
	if c.Subject != d.Subject {
		return false
	}
	if close && c.Predicate == "" && d.Predicate == "" && c.Change == d.Change && (c.row == "" || d.row == "" || c.row == d.row) && sameModifiers(c.Qualifiers, d.Qualifiers) &&
		wordBefore(c.Sentence, c.Subject) == wordBefore(d.Sentence, d.Subject) && !modal(c.Sentence) && !modal(d.Sentence) &&
		(c.row != "" || namedAfter(c)) && (d.row != "" || namedAfter(d)) {
		// two sources' close figures for one counted thing, in one unit,
		// neither with a verb to tell what they count, and nothing else to
		// tell them apart ("24 crew (owner)", "23 crew
		// (navy)"); not "22 million households" and "six million
		// households", a whole and a part, nor two rows of a table
		// ("City contribution", "Club contribution")
		return true
	}
	return x.setsFigure(c.Predicate) || x.setsFigure(d.Predicate) || c.anaphor || d.anaphor
}

// standsAlone reports whether a figure with no verb is set on its own as
// what its source gives: right after a verb of saying, a colon or the
// "at" of an estimate ("says €55m-€65m", "said: about 150", "projects
// the deficit at 3.8%"), or as what an estimate or a number of the thing
// is ("her estimate of the cost was €45m a day").
func (x *Extractor) standsAlone(a *Article, c *Claim) bool {
	before := a.text[max(c.at.Start-120, 0):c.at.Start]
	if s := c.SentenceSpan; a.offsets == nil && s.Start <= c.at.Start {
		before = a.text[max(s.Start, c.at.Start-120):c.at.Start]
	}
	words := strings.FieldsFunc(lexicon.LowerASCII(before), func(r rune) bool {
		return !unicode.IsLetter(r) && r != ':' && r != ';' && r != '.'
	})
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	switch {
	case last == "at" || strings.HasSuffix(last, ":"):
		return true
	case x.lex.In(last)&x.is.saying != 0:
		return true
	case x.lex.In(last)&x.is.aux != 0:
		// a copula after "the estimate of ...", "the number of ..."
		for i := len(words) - 2; i >= 0 && i >= len(words)-8; i-- {
			if strings.ContainsAny(words[i], ".;:") {
				break
			}
			if x.lex.HasWord("container", words[i]) {
				return true
			}
		}
	}
	return false
}

// sourcedApart reports whether two figures of one sentence each name
// their own source in brackets, or one in brackets and the other after a
// semicolon: "Workers on strike: 9,000 (union) / 6,500 (port authority)",
// "Passengers on board: 186 (CAD); the airline says 182" set the two
// against each other.
//
// Two labels ("Evacuated: 3,000 (army); in shelters: 1,200 (Red Cross)")
// name two things: a colon between the figures parts them.
func sourcedApart(a *Article, c, d *Claim) bool {
	if c.SentenceSpan != d.SentenceSpan || c.Source.Cue != "(" && d.Source.Cue != "(" || c.Source.Name == "" || d.Source.Name == "" || c.Source.Name == d.Source.Name {
		return false
	}
	from, to := c.at.End, d.at.Start
	if from > to {
		from, to = d.at.End, c.at.Start
	}
	if from > to || strings.Contains(a.text[from:to], ":") {
		return false
	}
	// both in brackets ("186 (CAD), 182 (airline)"), or one in brackets
	// and the other after a semicolon ("186 (CAD); the airline says 182")
	return c.Source.Cue == "(" && d.Source.Cue == "(" || strings.Contains(a.text[from:to], ";")
}

// shared returns the class two claims share: refined by their verbs
// when they share that, else their nouns'.
func shared(c, d [2]string) string {
	if c[1] == d[1] {
		return c[1]
	}
	return c[0]
}

// contrasted reports whether a [contrast] word stands between the figures
// of claims c and d of one sentence, one of which stands for the other
// ("the figure", "the number").
func (x *Extractor) contrasted(a *Article, c, d *Claim) bool {
	if !c.anaphor && !d.anaphor && !c.elided && !d.elided {
		// "40 died in the north, while the governor said 12 died in
		// the south" are two facts; "..., while the company maintains
		// the figure is 480,000" restates the first, as "..., while aid
		// groups said 9,000." does
		return false
	}
	from, to := c.at.End, d.at.Start
	if from > to {
		from, to = d.at.End, c.at.Start
	}
	if from >= to {
		return false
	}
	if (c.elided || d.elided) && strings.Contains(a.text[from:to], ";") {
		return true // "the council says 14 people died; the agency says 6"
	}
	for w := range strings.FieldsFuncSeq(a.text[from:to], func(r rune) bool { return !unicode.IsLetter(r) }) {
		if x.lex.In(lexicon.LowerASCII(w))&x.is.contrast != 0 {
			return true
		}
	}
	return false
}

// setsFigure reports whether a predicate is a verb that sets a figure on
// its object ("put", "estimated ... at").
func (x *Extractor) setsFigure(predicate string) bool {
	w, _, _ := strings.Cut(lexicon.Norm(predicate), " ")
	return x.setsAt[w]
}

// modifiersConflict reports whether two claims' counted things are told
// apart by their modifiers: both have some and share none ("suspected
// cases" and "confirmed cases").
func modifiersConflict(a, b []string) bool {
	ma := slices.DeleteFunc(slices.Clone(a), isTimeQualifier)
	mb := slices.DeleteFunc(slices.Clone(b), isTimeQualifier)
	return len(ma) > 0 && len(mb) > 0 && !shareAny(ma, mb)
}

func isTimeQualifier(q string) bool { return strings.HasPrefix(q, "t:") }

func timesConflict(a, b []string) bool {
	// a year, or a year back ("in 2019", "a year earlier"), against a
	// figure without one is another time frame; days and months conflict
	// only when both have some and share none
	ya, wa := times(a)
	yb, wb := times(b)
	if len(ya) > 0 || len(yb) > 0 {
		return !shareAny(ya, yb)
	}
	return len(wa) > 0 && len(wb) > 0 && !shareAny(wa, wb)
}

// times returns the time qualifiers of q: years and "earlier" apart from
// days, months and seasons.
func times(q []string) (years, words []string) {
	for _, w := range q {
		t, ok := strings.CutPrefix(w, "t:")
		switch {
		case !ok:
		case t == "earlier" || len(t) == 4 && isDigitsOnly(t):
			years = append(years, w)
		default:
			words = append(words, w)
		}
	}
	return years, words
}

func shareAny(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func jaccard(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	set := map[string]int{}
	for _, w := range a {
		set[w] |= 1
	}
	for _, w := range b {
		set[w] |= 2
	}
	both := 0
	for _, v := range set {
		if v == 3 {
			both++
		}
	}
	return float64(both) / float64(len(set))
}

// ownOutlet reports whether a source names the article's own outlet: its
// name, or its last words in capitals ("Review" of "Kaldoria Review"),
// "the" aside.
func ownOutlet(source, outlet string) bool {
	if source == "" || outlet == "" || !startsUpper(strings.TrimPrefix(source, "the ")) {
		return false
	}
	s, o := stripThe(source), stripThe(outlet)
	return s == o || strings.HasSuffix(o, " "+s)
}

// stripThe folds a name and drops an article before it.
func stripThe(s string) string {
	w := lexicon.Norm(s)
	for _, p := range []string{"the ", "a ", "an "} {
		w = strings.TrimPrefix(w, p)
	}
	return w
}

// appositions records the organisations st describes by an [org-noun],
// so that the noun alone later points back to them ("the firm said"): a
// name right after the noun ("the ransomware gang NightLedger"), or a name,
// a comma and a noun phrase that the noun ends ("Marquee Analytics, a
// box-office tracking firm, said").
func (x *Extractor) appositions(st *sentence, b *nameBook) {
	n := len(st.toks)
	for k := 1; k < n; k++ {
		if !st.is(k, x.is.orgNoun) || isCap(st.toks[k].Text) {
			continue
		}
		if e := x.nameAfter(st, k+1); e > k+1 {
			if e == n || !isNoun(st.toks[e].Tag) && !isProper(st.toks[e].Tag) && st.toks[e].Tag != "CD" {
				// the name ends the phrase: not "the airline Boeing 737
				// fleet", "the group Facebook page"
				b.describe(st.words[k], tokenText(st, k+1, e), st.toks[k].Start)
			}
			continue
		}
		if k+1 < n && !describedEnd(st.words[k+1]) {
			continue
		}
		// back over up to four modifiers to "a", "an" or "the"
		j := k - 1
		for j > 0 && k-j <= 4 && isWordTok(st.toks[j].Text) && !determiner(st.words[j]) {
			j--
		}
		if determiner(st.words[j]) && k+2 < n && st.words[k+1] == "," {
			// "a Kenyan firm, Safaricom, said", "The watchdog, the
			// Financial Conduct Authority, ...": the name after the noun
			from := k + 2
			if st.words[from] == "the" {
				from++
			}
			if e := x.nameAfter(st, from); e > from && e < n && st.words[e] == "," {
				b.describe(st.words[k], tokenText(st, from, e), st.toks[k].Start)
				continue
			}
		}
		if !determiner(st.words[j]) || j < 2 || st.toks[j-1].Text != "," {
			continue
		}
		if s := x.nameBefore(st, j-1); s >= 0 {
			b.describe(st.words[k], tokenText(st, s, j-1), st.toks[k].Start)
		} else {
			// "At Heathrow, an airline that ...": an organisation so
			// described, unnamed; "the airline" is then no one known
			b.describe(st.words[k], "", st.toks[k].Start)
		}
	}
}

// describedEnd reports whether a word may close a describing phrase:
// "a data firm, ...", "a firm that ...", "a London-based firm." .
func describedEnd(w string) bool {
	switch w {
	case ",", ".", ";", ":", ")", "that", "which", "whose", "based", "\u2014", "\u2013":
		return true
	}
	return false
}

func determiner(w string) bool { return w == "a" || w == "an" || w == "the" }

// nameAfter returns the end of a name of capitalised words that starts at
// token i ("Marquee Analytics", "Bank of Estmark"), or i when there is none:
// a title, a weekday or a month is no name ("the company Monday").
func (x *Extractor) nameAfter(st *sentence, i int) int {
	if i >= len(st.toks) || st.is(i, x.is.title|x.is.time|x.is.generic) {
		return i
	}
	e := i
	for k := i; k < len(st.toks) && k-i < 6; k++ {
		t := st.toks[k].Text
		switch {
		case isCap(t) && isWordTok(t):
			e = k + 1
		case k > i && (st.words[k] == "of" || st.words[k] == "for" || st.words[k] == "&") && k+1 < len(st.toks) && isCap(st.toks[k+1].Text):
		default:
			return e
		}
	}
	return e
}

// nameBefore returns the start of a name of capitalised words that ends
// right before token end, or -1: not a lone common word that opens the
// sentence ("Officials, a group ..."), nor a title or [generic] head.
func (x *Extractor) nameBefore(st *sentence, end int) int {
	s := -1
scan:
	for k := end - 1; k >= 0 && end-k <= 6; k-- {
		t := st.toks[k].Text
		switch tag := st.toks[k].Tag; {
		case isCap(t) && isWordTok(t) && (isProper(tag) || !x.tag.Knows(st.words[k])):
			// a name's word: not "At Heathrow", "Like Tesco", "Critics of
			// Amazon", a capitalised preposition or common word
			s = k
		case k > 0 && s == k+1 && (st.words[k] == "of" || st.words[k] == "for" || st.words[k] == "&") && isCap(st.toks[k-1].Text):
		case isCap(t) && isWordTok(t):
			return -1 // the name runs on into words that are none
		default:
			break scan
		}
	}
	if s < 0 || st.words[s] == "of" || end-s == 1 && (st.is(s, x.is.title|x.is.generic|x.is.time) || opensSentence(st, s) && x.tag.Knows(st.words[s])) {
		return -1
	}
	return s
}

// tokenText is the text of tokens [i, j) of st as written.
func tokenText(st *sentence, i, j int) string {
	return st.text[st.toks[i].Start-st.span.Start : st.toks[j-1].Start-st.span.Start+len(st.toks[j-1].Text)]
}

// passive reports whether the verb at i is a passive participle: "was put",
// "were initially estimated".
func (x *Extractor) passive(st *sentence, i int) bool {
	k := i - 1
	for k > 0 && st.toks[k].Tag == "RB" {
		k--
	}
	if k < 0 || !st.is(k, x.is.aux) {
		return false
	}
	switch st.words[k] {
	case "was", "were", "been", "is", "are", "be", "being":
		return true
	}
	return false
}

// agentNP reports whether the phrase at token k after "by" may be an
// agent: not a time ("by the time police arrived", "by Christmas Day", "by
// Monday evening") nor a yardstick ("by Microsoft standards").
func (x *Extractor) agentNP(st *sentence, k int) bool {
	if st.words[k] == "the" && k+1 < len(st.toks) {
		k++
	}
	e := k
	for e < len(st.toks) && e-k < 4 && isWordTok(st.toks[e].Text) && !isVerb(st.toks[e].Tag) && (e == k || st.toks[e].Tag != "IN") {
		e++
	}
	for j := k; j < e; j++ {
		if st.is(j, x.is.notAgent) || x.allTime(st, j, j) {
			return false
		}
	}
	return true
}

// agentAfter returns the index of the "by" that brings in the agent of the
// verb at i, within its clause ("put at $5m by the insurer"), or -1.
func agentAfter(st *sentence, i int) int {
	for k := i + 1; k < len(st.toks) && k <= i+12; k++ {
		switch st.words[k] {
		case "by":
			return k
		case ",", ";", ":", "and", "but":
			return -1
		}
	}
	return -1
}

// maxApposition is the most tokens leftNP crosses back over a phrase set
// off by commas between a subject and its verb: "Dr Annika Feld, an
// engineering geologist at the University of Tarnholm who scanned the site
// on Wednesday on behalf of the residents' association, put ...".
const maxApposition = 30
