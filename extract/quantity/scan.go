// Package quantity finds quantities in English text: "139", "10,000-12,000",
// "about 8,000", "up to five kilometers", "$3.2 billion", "40%", "hundreds of
// square kilometers", "a significant number".
//
// A Scanner is built once from a lexicon and is safe for concurrent use. Scan
// returns every quantity of a text with its byte span, numeric interval, unit
// and kind. Dates, clock times, ordinals, years, numbers inside names and
// codes (Su-34, COVID-19, G7), phone numbers and URLs are not quantities.
//
// The interval follows the output contract: an exact figure is [n, n]; a range
// is [low, high]; "up to n" and other upper bounds are [0, n]; "at least n"
// and other lower bounds are [n, open]; "about n" is [n, n] with Approx set.
// A bound may also follow the figure ("500 or more"), and a lower and an
// upper bound joined by "and" make one range ("more than 10 and less than
// 20"). A vague quantity has Vague set and the interval its lexicon entry
// gives ("thousands" is [2000, 9999]); either end may be open.
//
// Numbers are read by general rules over the lexicon's words: digits with
// thousands separators (a comma or a space before groups of three), number
// words and their compounds ("twenty-five", "two hundred and fifty", "4
// thousand 3 hundred"), scale words and suffixes ("1.5 million", "3.2bn",
// "10M"; "10m" is ten metres), and units glued or spaced ("10km", "5 km²",
// "500-pound").
//
// Money and measures keep the written scale in their unit: "$3.2 billion" is
// 3.2 with unit "billion USD", "18.5 million tonnes" 18.5 with unit "million
// t". Counts are multiplied out: "1.5 million people" is 1500000.
package quantity

import (
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/claims-tool/claims/lexicon"
)

// Kinds of quantity.
const (
	Count    = "count"
	Measure  = "measure"
	Money    = "money"
	Percent  = "percent"
	Duration = "duration"
	Vague    = "vague"
)

// Quantity is one quantity found in a text. Offsets are bytes into the text
// given to Scan; spans are half-open.
type Quantity struct {
	Start, End int // the whole quantity as written: bound, figure(s), unit
	// NumStart is where the figure itself starts (after a bound phrase and a
	// currency sign).
	NumStart int
	// BoundStart is where the bound phrase starts (before the figure, or
	// after it: "500 or more"), or -1; Bound is its meaning ("min", "max",
	// "approx") and BoundWord the phrase folded.
	BoundStart int
	Bound      string
	BoundWord  string

	Low, High *float64
	Approx    bool
	Vague     bool

	Unit string // canonical unit, "" for a bare count
	Kind string // Count, Measure, Money, Percent, Duration or Vague
	// Change is "up" or "down" when the figure is a change ("rose 40%").
	Change string
	// Nominal is a participle that names what is counted: "10 wounded".
	Nominal string
	// Of is true when the quantity is followed by "of" and what it counts
	// ("hundreds of soldiers", "a significant number of troops").
	Of bool
	// Moved is true for the two levels of "from X to Y" after a verb of
	// change, read as two figures: "raised its rate from 5.5% to 6.25%".
	Moved bool
}

// Scanner finds quantities. Build it with New.
type Scanner struct {
	lex *lexicon.Lexicon
	// number words, and the lists whose phrases may open a quantity
	numberWords, opens lexicon.Set
	// parsers are free parsers to reuse (see parser)
	parsers sync.Pool
}

// New returns a Scanner that reads its words from lex.
func New(lex *lexicon.Lexicon) *Scanner {
	return &Scanner{lex: lex,
		numberWords: lex.Set("cardinal", "fraction"),
		opens:       lex.Set("vague", "bound"),
	}
}

// Scan returns the quantities of s in text order.
func (sc *Scanner) Scan(s string) []Quantity {
	return sc.ScanLower(s, lexicon.LowerASCII(s))
}

// ScanLower is Scan for a caller that has lower, lexicon.LowerASCII(s),
// already: the words are folded from it.
func (sc *Scanner) ScanLower(s, lower string) []Quantity {
	p := sc.parser(s, lower)
	defer sc.parsers.Put(p)
	toks := p.toks
	var out []Quantity
	prevEnd := -1 // the token after the latest quantity
	for i := 0; i < len(toks); {
		q, next, ok := p.at(i)
		if ok {
			if n := len(out); n > 0 && out[n-1].Moved && i == prevEnd+1 && p.word(prevEnd) == "to" {
				q.Moved = true // the new level: "from 5.5% to 6.25%"
			}
			p.sign(i, &q)
			out = append(out, q)
			i, prevEnd = next, next
			continue
		}
		if next > i {
			i = next
		} else {
			i++
		}
	}
	return converted(s, mergeBounds(s, out))
}

// converted reads a sum in brackets right after another, its conversion:
// pounds before it are sterling, not weight ("1,000 pounds ($1,350)"), and
// it takes the bound of the sum it converts ("up to 1,000 pounds
// ($1,350)", "more than £80m ($108m)").
func converted(s string, qs []Quantity) []Quantity {
	for k := 1; k < len(qs); k++ {
		q, r := &qs[k-1], &qs[k]
		if r.Kind != Money || strings.TrimSpace(s[q.End:r.Start]) != "(" || !strings.HasPrefix(strings.TrimLeft(s[r.End:], " "), ")") {
			continue
		}
		if q.Kind == Measure && (q.Unit == "lb" || strings.HasSuffix(q.Unit, " lb")) {
			// "1,000 pounds ($1,350)": sterling, converted
			q.Kind, q.Unit = Money, strings.TrimSuffix(q.Unit, "lb")+"GBP"
		}
		if q.Kind != Money || r.Bound != "" || q.Bound != "min" && q.Bound != "max" {
			continue
		}
		r.Bound = q.Bound
		if q.Bound == "min" {
			r.High = nil
		} else {
			r.Low = ptr(0.0)
		}
	}
	return qs
}

// sign reads a minus sign glued to the figure that starts q at token i,
// with space or the start of the text before it: "| -11% |", "-38% on a
// year earlier" are below zero. A dash between two figures ("10 -12") or
// glued to a word ("Su-34") is no sign.
//
// Only a percentage, a measure or a sum takes a sign: "-12 people" is a
// bullet, not a count below zero. A sign after an opening bracket counts
// ("(-11%)").
func (p *parser) sign(i int, q *Quantity) {
	if i == 0 || q.Start != p.toks[i].start || q.Low == nil || q.High == nil ||
		q.Kind != Percent && q.Kind != Measure && q.Kind != Money {
		return
	}
	m := p.toks[i-1]
	if m.kind != tPunct || m.norm != "-" && m.norm != "\u2212" || !p.glued(i-1) ||
		i >= 2 && (!m.space && !p.isPunct(i-2, "(|") || p.toks[i-2].kind == tNum) {
		return
	}
	v := -*q.Low
	if *q.Low == *q.High {
		q.Low, q.High = &v, &v
	} else {
		q.Low = &v // "from -3°C to 4°C": the sign is the first figure's
	}
	q.Start = m.start
	q.NumStart = m.start
}

// mergeBounds joins a lower and an upper bound that together state one
// interval: "more than 10 and less than 20", "at most 100 and at least 20".
func mergeBounds(s string, qs []Quantity) []Quantity {
	out := qs[:0]
	for k := 0; k < len(qs); k++ {
		q := qs[k]
		if k+1 < len(qs) {
			r := qs[k+1]
			gap := strings.TrimSpace(s[q.End:r.Start])
			lo, hi := q, r
			if q.Bound == "max" {
				lo, hi = r, q
			}
			if (gap == "and" || gap == "but" || gap == ",") && lo.Bound == "min" && hi.Bound == "max" &&
				lo.High == nil && hi.High != nil && lo.Low != nil && *lo.Low < *hi.High &&
				(q.Unit == r.Unit || q.Unit == "") && !q.Vague && !r.Vague {
				m := r
				m.Start, m.NumStart = q.Start, q.NumStart
				m.BoundStart, m.Bound, m.BoundWord = -1, "", ""
				m.Low, m.High, m.Approx = lo.Low, hi.High, false
				if m.Change == "" {
					m.Change = q.Change
				}
				out = append(out, m)
				k++
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

type parser struct {
	sc    *Scanner
	s     string
	toks  []token
	words []string
}

// parser returns a parser of s, from sc.parsers when one is free (return
// it there when done): its token and word slices are reused, as Scan
// runs on every sentence. lower is lexicon.LowerASCII(s).
func (sc *Scanner) parser(s, lower string) *parser {
	p, _ := sc.parsers.Get().(*parser)
	if p == nil {
		p = &parser{}
	}
	p.sc, p.s = sc, s
	p.toks = appendLex(p.toks[:0], s, lower)
	p.words = p.words[:0]
	for _, t := range p.toks {
		p.words = append(p.words, t.norm)
	}
	return p
}

func (p *parser) lex() *lexicon.Lexicon { return p.sc.lex }

func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.words[i]
}

func (p *parser) isWord(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].kind == tWord }
func (p *parser) isNum(i int) bool  { return i >= 0 && i < len(p.toks) && p.toks[i].kind == tNum }
func (p *parser) isPunct(i int, set string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct && strings.Contains(set, p.toks[i].norm)
}

// glued reports whether tokens i and i+1 touch (no space between).
func (p *parser) glued(i int) bool {
	return i >= 0 && i+1 < len(p.toks) && !p.toks[i+1].space
}

// figure is a parsed number: value, token range and scale information.
type figure struct {
	val        float64
	start, end int // token indexes, end exclusive
	scale      string
	scaleVal   float64
	suffixUnit string // the [unit] value of a unit glued to the digits: 10km
	suffixCur  string // a currency glued after the digits: 115USD
	spelled    bool
	share      bool // "one in five": val is the share in percent
	neg        bool // the high end of a range, signed: "-5 to -10°C"; val is unsigned
}

// at tries to read a quantity that starts at token i (a bound, currency
// sign, vague phrase, number or number word). It returns the next index to
// look at.
func (p *parser) at(i int) (Quantity, int, bool) {
	if t := p.toks[i]; t.kind == tOpaque || t.kind == tWord && !p.mayStart(i) {
		return Quantity{}, i + 1, false
	}
	return p.read(i)
}

// read is at without the cheap test (FuzzMayStart checks that the test
// only skips what read would reject).
func (p *parser) read(i int) (Quantity, int, bool) {
	t := p.toks[i]
	// vague phrases: "hundreds", "a significant number", "several"
	if t.kind == tWord {
		if q, next, ok := p.vague(i); ok {
			return q, next, true
		}
	}
	start := i
	q := Quantity{BoundStart: -1}
	// a bound phrase before the figure
	hedged := false // a hedge after a bound: "within about five hours"
	if t.kind == tWord {
		if e, n := p.lex().Match("bound", p.words, i); n > 0 {
			if v, ok := p.upVerb(i); n == 2 && p.words[i] == "up" && ok && !(v == "object" && p.addsObject(i-1, i+n)) {
				// "the charge goes up to 56p", "payments add up to ₹70
				// lakh": the new level, no bound; "will add up to 25
				// minutes to commutes" bounds what it adds
				return Quantity{}, i + 1, false
			}
			j := i + n
			if p.isPunct(j, ".") && p.glued(j-1) && p.startsFigure(j+1) {
				j++ // "approx. $223 million"
			}
			if w := strings.Join(e.Words, " "); w == "within" || w == "up to" {
				// not "over about 10 days", "under some 2 metres of mud": spans and places
				if e2, n2 := p.lex().Match("bound", p.words, j); n2 > 0 && e2.Value == "approx" && p.startsFigure(j+n2) {
					j += n2 // "up to about 5,000"
					hedged = true
				}
			}
			// "at least another two days", "up to a further 300 workers":
			// the bound is of the added figure
			if p.word(j) == "another" && p.startsFigure(j+1) {
				j++
			} else if w := p.word(j + 1); (p.word(j) == "a" || p.word(j) == "an") && (w == "further" || w == "additional" || w == "extra") && p.startsFigure(j+2) {
				j += 2
			}
			if p.startsFigure(j) || p.oneUnit(j) {
				q.BoundStart = t.start
				q.Bound = e.Value
				q.BoundWord = strings.Join(e.Words, " ")
				i = j
			} else {
				return Quantity{}, i + 1, false
			}
		}
	} else if (t.norm == "~" || t.norm == "\u2248") && p.glued(i) && p.startsFigure(i+1) && !(i > 0 && !t.space && p.isNum(i-1)) {
		// not "20~25C", a range
		// "~240 kg", "≈ 5%" written glued: about
		q.BoundStart, q.Bound, q.BoundWord = t.start, "approx", t.norm
		i++
	}
	// "minus 4 degrees": a figure below zero, the sign in a word
	negative := false
	if p.word(i) == "minus" && p.isNum(i+1) {
		negative = true
		i++
	}
	// a unit written before the figure: "magnitude 6.8"
	before := ""
	if u, ok := p.lex().LookupWord("unit-before", p.word(i)); ok && p.isWord(i) && p.isNum(i+1) {
		before = u
		i++
	}
	// a currency sign or code before the figure
	currency, codeScale := "", 1.0
	if c, n := p.currencyBefore(i); n > 0 && before == "" {
		currency, codeScale = c, p.codeScale(i+n-1)
		i += n
	}
	var f figure
	if q.BoundStart >= 0 && currency == "" && before == "" && !negative && q.BoundWord != "over" && q.BoundWord != "within" && p.oneUnit(i) ||
		currency == "" && before == "" && !negative && p.oneUnit(i) && p.andAHalf(p.oneUnitEnd(i)) {
		// "less than a minute", "more than a year", "an hour and a
		// half": one of the unit
		f = figure{val: 1, start: i, end: i + 1, spelled: true}
	} else {
		if !p.startsFigure(i) {
			return Quantity{}, start + 1, false
		}
		var ok bool
		if f, ok = p.figure(i); !ok {
			return Quantity{}, max(f.end, start+1), false
		}
		if p.notAClaim(f, currency != "") {
			return Quantity{}, max(f.end, start+1), false
		}
	}
	q.NumStart = p.toks[f.start].start
	if currency != "" {
		q.NumStart = p.toks[start].start
		if q.BoundStart >= 0 {
			q.NumStart = p.toks[i-1].start
		}
	}
	if f.suffixCur != "" {
		currency = f.suffixCur
	}
	lo, hi := f, f
	end := f.end
	// a range: "10,000-12,000", "10,000 to 12,000", "between 25 and 30",
	// "44 mg to 50 mg"
	if g, e, ok := p.rangeEnd(f, f.end, start, currency); ok {
		hi, end = g, e
	} else if u, _, ue := p.unitAfter(f.end, f, currency); ue > f.end && currency == "" {
		if g, e, ok := p.rangeEnd(f, ue, start, ""); ok {
			if u2, _, ue2 := p.unitAfter(e, g, ""); u2 == u && ue2 > e {
				hi, end = g, e
			}
		}
	}
	if lo.start != hi.start {
		if w := p.word(start - 1); (w == "between" || w == "from") && q.BoundStart < 0 {
			start--
		}
		if p.isYear(lo) && p.isYear(hi) {
			return Quantity{}, end, false // "1995-2000": a span of years
		}
	}
	// the unit after the figure(s)
	unit, kind, ue := p.unitAfter(end, hi, currency)
	if ue == end && lo.start == hi.start && currency == "" && p.word(end) == "to" && p.word(p.beforeSign(start)) == "from" && p.movedFrom(p.beforeSign(start)) && p.startsFigure(end+1) {
		// "raised its rate from 5.5 to 6.25 percent", "from 2 to 3
		// billion euros": the old level takes the unit and scale written
		// once, after the new
		if g, ok := p.figure(end + 1); ok {
			if u, k, e := p.unitAfter(g.end, g, ""); e > g.end {
				unit, kind = u, k
				if g.scale != "" && hi.scale == "" {
					hi.val *= g.scaleVal
					hi.scale, hi.scaleVal = g.scale, g.scaleVal
					lo = hi
				}
			}
		}
	}
	if ue == end && lo.start == hi.start && currency == "" && p.isFraction(hi) {
		// "half a percentage point", "a quarter of a mile", "three
		// quarters of an hour": the fraction is of one unit
		j := end
		if p.word(j) == "of" {
			j++
		}
		if w := p.word(j); w == "a" || w == "an" {
			if u, k, e := p.unitAfter(j+1, hi, ""); e > j+1 && k != Money {
				unit, kind, ue = u, k, e
			}
		}
	}
	if ue == end && lo.start == hi.start && currency == "" && (hi.share || p.isFraction(hi)) {
		// "one in five", "nearly half", "two-thirds of voters": a share,
		// in percent as "40%" is
		unit, kind = "%", Percent
		if !hi.share {
			hi.val *= 100
			lo = hi
		}
	}
	if ue == end && before != "" {
		unit, kind, _ = lexicon.ParseUnit(before)
	}
	if negative {
		lo.val = -lo.val
		if lo.start == hi.start {
			hi.val = -hi.val // "from minus 5 to 10 degrees": only the first
		}
	}
	if ue > end {
		if kind == Money && currency == "" {
			codeScale = p.codeScale(ue - 1)
		}
		end = ue
	}
	if codeScale != 1 && hi.scale == "" && lo.scale == "" {
		// "30 MUSD", "MAUD 60": millions of the currency
		lo.val *= codeScale
		hi.val *= codeScale
		hi.scale, hi.scaleVal = scaleName(codeScale, ""), codeScale
	}
	// "5 feet 2 inches", "3 dollars 50 cents": a smaller unit completes the figure
	if lo.start == hi.start && ue > f.end && currency == "" && hi.scale == "" {
		if x, e, ok := p.subUnit(end, unit, kind); ok {
			hi.val += x
			lo = hi
			end = e
		}
	}
	if lo.start == hi.start && ue > f.end && hi.scale == "" && kind != Money && p.andAHalf(end) {
		// "a mile and a half", "two hours and a half"
		hi.val += 0.5
		lo = hi
		end += 3
	}
	low, high := lo.val, hi.val
	if lo.start != hi.start {
		low = rangeLow(lo, hi)
	}
	if hi.neg {
		// both ends below zero: the low end's glued minus is read here,
		// for a count as for a measure ("-3 to -7 points"); "minus" was
		// read above
		high = -high
		if !negative && p.isPunct(start-1, "-\u2212") {
			low = -low
			start--
		}
		low, high = min(low, high), max(low, high)
	}
	// money and measures keep the written scale in their unit, the first
	// one written ("€800 million to €1 billion" is 800 to 1,000 million)
	if sc := hi; (kind == Money || kind == Measure) && (hi.scale != "" || lo.scale != "") {
		if lo.scale != "" {
			sc = lo
		}
		unit = sc.scale + " " + unit
		low, high = low/sc.scaleVal, high/sc.scaleVal
	}
	if kind == "" {
		kind = Count
	}
	q.Unit, q.Kind = unit, kind
	// a bound after the figure: "500 or more", "30 or less"
	if lo.start == hi.start && (q.Bound == "" || q.Bound == "approx") {
		if b, n := p.trailingBound(end); n > 0 {
			q.Bound, q.BoundWord = b, strings.Join(p.words[end:end+n], " ")
			q.BoundStart = p.toks[end].start
			end += n
			q.Approx = false
		}
	}
	if q.BoundWord == "over" && kind == Duration && !p.lex().HasWord("over-bound", p.word(start-1)) {
		// "€2.4bn over four years", "could be lost over two years": the
		// period, not a bound; "waited over 12 hours", "for over a year"
		// bound it
		q.Bound = ""
	}
	switch q.Bound {
	case "min":
		q.Low, q.High = ptr(low), nil
	case "max":
		q.Low, q.High = ptr(0), ptr(high)
		if q.BoundWord == "within" && lo.start != hi.start {
			q.Low = ptr(low) // "within two to three years": the range is the estimate
		}
	case "approx":
		q.Low, q.High, q.Approx = ptr(low), ptr(high), true
	default:
		q.Low, q.High = ptr(low), ptr(high)
	}
	q.Approx = q.Approx || hedged
	q.Start = p.toks[start].start
	if q.BoundStart >= 0 && q.BoundStart < q.Start {
		q.Start = q.BoundStart
	}
	q.End = p.toks[end-1].end
	// the old level of "from X to Y" after a verb of change (rangeEnd
	// did not join them)
	q.Moved = lo.start == hi.start && p.word(end) == "to" && p.word(p.beforeSign(start)) == "from" && p.movedFrom(p.beforeSign(start))
	// "10 wounded": a participle names what is counted
	if w := p.word(end); p.lex().Has("nominal", w) && p.isWord(end) {
		q.Nominal = w
	}
	q.Change = p.change(start, end, q.Kind)
	if p.word(end) == "of" {
		q.Of = true
	}
	return q, end, true
}

// subUnits are the units whose figure a smaller unit may complete, and how
// many of the smaller make one: "5 feet 2 inches", "12 ft 2 in".
var subUnits = map[string]struct {
	unit string
	per  float64
}{
	"ft": {"inch", 12},
	// "seven hours and three minutes", "three years and six months"
	"year": {"month", 12}, "week": {"day", 7}, "day": {"hour", 24},
	"hour": {"minute", 60}, "minute": {"seconds", 60},
}

// subUnit reads the smaller part of a compound measure after a figure in
// unit: "(and) 2 inches" after feet, "(and) 50 cents" or "(and) 50" at the
// end of a sentence after a currency named after the figure ("15 dollars
// 50."). It returns the value to add, in unit, and the next index.
func (p *parser) subUnit(j int, unit, kind string) (float64, int, bool) {
	sub, ok := subUnits[unit]
	if !ok && kind != Money {
		return 0, 0, false
	}
	if p.word(j) == "and" {
		j++
	}
	if !p.startsFigure(j) || p.currencyCode(j) {
		return 0, 0, false
	}
	g, ok := p.figure(j)
	if !ok || g.scale != "" || g.suffixUnit != "" || g.suffixCur != "" || g.val != math.Trunc(g.val) {
		return 0, 0, false
	}
	k := g.end
	v, n := p.unitMatch(k)
	c, uk, _ := lexicon.ParseUnit(v)
	switch {
	case kind == Money:
		if g.val >= 100 {
			return 0, 0, false
		}
		// the [unit] entries of kind money are minor units (currencies are
		// in [currency]): "50 cents", but never "3 dollars 50 euros"
		if n > 0 && uk == Money {
			return g.val / 100, k + n, true
		}
		// "15 dollars 50." ends the sentence
		if k == len(p.toks) || p.isPunct(k, ".!?") {
			return g.val / 100, k, true
		}
	case n > 0 && c == sub.unit && g.val < sub.per:
		return g.val / sub.per, k + n, true
	case p.word(k) == "in" && sub.unit == "inch" && g.val < sub.per && !p.isWord(k+1) && !p.isNum(k+1):
		return g.val / sub.per, k + 1, true // "5 ft 2 in"
	}
	return 0, 0, false
}

// currencyCode reports whether a currency sign or code starts at j.
func (p *parser) currencyCode(j int) bool {
	_, n := p.currencyBefore(j)
	return n > 0
}

// trailingBound reads a bound written after the figure, "or more", "or
// less", "and above", "+", and returns its meaning and length in tokens. The
// comparatives are those of the [bound] list: "or more" reads like "more
// than", "or over" like "over". A comparative that starts a bound of its own
// ("200 or more than 190") is left to it.
func (p *parser) trailingBound(j int) (string, int) {
	if p.isPunct(j, "+") && p.glued(j-1) && !(p.glued(j) && (p.isNum(j+1) || p.isWord(j+1))) {
		return "min", 1 // "230+", not "2+2" or "C++"
	}
	if w := p.word(j); (w != "or" && w != "and") || !p.isWord(j+1) {
		return "", 0
	}
	w := p.word(j + 1)
	v, ok := p.lex().Lookup("bound", w+" than")
	if !ok {
		v, ok = p.lex().Lookup("bound", w)
	}
	if !ok || v == "approx" {
		return "", 0
	}
	k := j + 2
	if p.word(k) == "than" {
		k++
	}
	if p.startsFigure(k) {
		return "", 0
	}
	// "and more" only at the end of a phrase: "500 and more.", but not
	// "killed 5 and more were missing"
	if p.word(j) == "and" && (p.isWord(k) || p.isNum(k)) {
		return "", 0
	}
	return v, 2
}

// isYear reports whether f is written like a year: four digits, 1900-2100.
func (p *parser) isYear(f figure) bool {
	if f.spelled || f.scale != "" || f.end != f.start+1 || !p.isNum(f.start) {
		return false
	}
	return IsYear(p.toks[f.start].text)
}

// IsYear reports whether s is written like a year: four digits, 1900-2100.
func IsYear(s string) bool {
	if len(s) != 4 || !isDigits(s) {
		return false
	}
	y, _ := strconv.Atoi(s)
	return y >= 1900 && y <= 2100
}

// startsFigure reports whether a number starts at token i.
// mayStart is a cheap test of word token i: could at find a quantity
// there? Everything at reads from a word needs one of these: a vague or
// bound phrase starting with it, a number word, "a" or "an" (a dozen), or
// a number right after it or after the next token (a currency before a
// number: "USD 5", "US$ 5", "MUSD 30").
func (p *parser) mayStart(i int) bool {
	w := p.words[i]
	ss := p.lex().SetsOf(w)
	return ss.In&p.sc.numberWords != 0 || ss.Starts&p.sc.opens != 0 ||
		w == "a" || w == "an" || p.isNum(i+1) || p.isNum(i+2)
}

func (p *parser) startsFigure(i int) bool {
	if i >= len(p.toks) {
		return false
	}
	if p.isNum(i) {
		return true
	}
	if c, n := p.currencyBefore(i); n > 0 && c != "" {
		return p.isNum(i + n)
	}
	if !p.isWord(i) {
		return false
	}
	w := p.words[i]
	if p.lex().HasWord("fraction", w) && p.inCompound(i) {
		return false // "third-quarter revenue", "fourth-quarter", "quarter-final"
	}
	if p.lex().Has("cardinal", w) || p.lex().Has("fraction", w) {
		return true
	}
	if w == "a" || w == "an" {
		// "a dozen", "a million", "a quarter million"; not "a
		// third-quarter loss"
		return p.isMultiplier(i+1) || p.lex().HasWord("fraction", p.word(i+1)) && !p.inCompound(i+1)
	}
	return false
}

// oneUnit reports whether "a" or "an" at i stands for one of a unit of
// time or measure that follows it: "an hour", "a mile". Only a bound makes
// it a figure ("less than an hour"; not "over a year", "within a week",
// which say when); alone it is mostly an idiom ("an hour later", "a mile
// away"), but for "an hour and a half".
func (p *parser) oneUnit(i int) bool { return p.oneUnitEnd(i) > 0 }

// oneUnitEnd is oneUnit's reading: the index after the unit, or 0.
func (p *parser) oneUnitEnd(i int) int {
	if w := p.word(i); w != "a" && w != "an" || !p.isWord(i) {
		return 0
	}
	if p.lex().Has("currency", p.word(i+1)) {
		return 0 // "less than a pound a day" is money
	}
	_, kind, e := p.unitAfter(i+1, figure{val: 1, start: i, end: i + 1, spelled: true}, "")
	if e > i+1 && (kind == Duration || kind == Measure) && !p.lex().HasWord("not-after", p.word(e)) {
		return e // not "3% higher than a year ago": a time, no figure
	}
	return 0
}

// isChangeWord reports whether word i is in [change] ("fell", "rose").
func (p *parser) isChangeWord(i int) bool {
	return p.isWord(i) && p.lex().Has("change", p.word(i))
}

// movedFrom reports whether the "from" at word i follows, within its
// clause, a verb or noun of change ([change], [change-verb],
// [change-noun]): then "from X to Y" is a level and the level it moved
// to, not a range ("prices ranged from $5 to $8").
func (p *parser) movedFrom(i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxMovedGap; k-- {
		if p.isPunct(k, "-") && p.glued(k-1) && p.glued(k) {
			continue // a hyphen inside a word: "the no-fly zone"
		}
		if !p.isWord(k) && !p.isNum(k) {
			return false // punctuation ends the clause
		}
		w := p.word(k)
		if k == i-1 && (w == "up" || w == "down") {
			// "now expects 34 to 35, down from 36 to 38": the range it
			// had before
			return false
		}
		if p.isWord(k) && rangeWords[w] {
			return false // "cuts ranging from 10% to 20%", "children from 3 to 5"
		}
		if !p.isWord(k) {
			continue
		}
		switch {
		case p.isChangeWord(k):
			return true // "the toll rose from 12 to 19"
		case p.lex().HasWord("change-verb", w):
			// "raised its rate from 5.5% to 6.25%", "the limit was
			// raised from 50 to 70"; not "plans to cut from 500 to 700
			// jobs", where "from X to Y" is the amount cut
			return k < i-1 || auxBefore[p.word(k-1)]
		case k == i-1 && p.lex().HasWord("change-noun", w):
			return true // "a rise from 5% to 7%"; farther back ("cut its growth forecast from") the look goes on
		}
	}
	return false
}

// rangeWords end the look back from a "from" for a verb of change: a
// word that makes "from X to Y" a range, or a preposition that opens a
// phrase of its own.
var rangeWords = map[string]bool{
	"ranging": true, "ranged": true, "range": true, "ranges": true, "varying": true, "varied": true, "aged": true,
	"between": true, "to": true, "by": true,
}

// auxBefore are the auxiliaries of a passive: "was raised from 50 to 70".
var auxBefore = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true}

// maxMovedGap is how many words may stand between a verb of change and
// its "from": "raising the standard VAT rate from 21% to 24%".
const maxMovedGap = 8

// andAHalf reports whether "and a half" starts at word j, the half of
// nothing after it ("and a half million dollars", "and a half-day").
func (p *parser) andAHalf(j int) bool {
	return p.word(j) == "and" && p.word(j+1) == "a" && p.word(j+2) == "half" && p.isWord(j+2) &&
		!p.isPunct(j+3, "-") && !(p.isWord(j+3) && p.lex().HasWord("multiplier", p.word(j+3)))
}

// inCompound reports whether the word at i is glued by a hyphen to a word
// that is not a number word: part of a compound adjective, not a figure.
func (p *parser) inCompound(i int) bool {
	// "two-thirds", "three-quarters" are numbers; "third-quarter" is not
	numberWord := func(w string) bool {
		return p.lex().HasWord("cardinal", w) || p.lex().HasWord("multiplier", w)
	}
	if p.isPunct(i+1, "-") && p.glued(i) && p.glued(i+1) && p.isWord(i+2) && !numberWord(p.words[i+2]) {
		return true
	}
	return p.isPunct(i-1, "-") && p.glued(i-1) && p.glued(i-2) && p.isWord(i-2) && !numberWord(p.words[i-2])
}

// The role of the last piece of a number read so far.
type atom uint8

const (
	atomNone     atom = iota
	atomUnits         // one to nine, zero
	atomTeen          // ten to nineteen
	atomTens          // twenty, thirty, ...
	atomDigits        // digits
	atomFraction      // half, quarter
	atomHundred       // after "hundred": "three hundred"
	atomDozen         // after "dozen": nothing may follow
	atomBig           // after thousand, million, ...: "two million"
)

func atomOf(x float64) atom {
	switch {
	case x < 10:
		return atomUnits
	case x < 20:
		return atomTeen
	case x < 100 && math.Mod(x, 10) == 0:
		return atomTens
	}
	return atomDigits
}

// compound is the state of a number being read: "two million three hundred
// and five" is total 2000000 + current 305.
type compound struct {
	total, current float64
	last           atom
	big            float64 // the last big multiplier (1000 and up), 0 before one
	largest        float64 // the first (largest) big multiplier
	largestWord    string
	end            int  // token index after the last piece
	frac           bool // the first figure has decimals: "3.2 billion"
}

func (c compound) value() float64 { return c.total + c.current }

// figure reads one number: digits with a glued suffix ("3.2bn", "10km",
// "115USD"), or a compound of digits, number words and scale words ("1.5
// million", "two hundred and fifty", "twenty-five", "half a million",
// "4 thousand 3 hundred and 21").
func (p *parser) figure(i int) (figure, bool) {
	f := figure{start: i, end: i + 1}
	var c compound
	j := i
	if p.isNum(i) {
		v, k, ok := p.digits(i)
		if !ok {
			return f, false
		}
		f.val = v
		// a glued suffix: 3.2bn, 10M, 10km, 115USD; 15th and 34A are not numbers
		if p.isWord(k) && p.glued(k-1) {
			next, ok := p.suffix(&f, i, k)
			f.end = next
			return f, ok
		}
		c = compound{current: v, last: atomDigits, end: k, frac: v != math.Trunc(v)}
		j = k
	} else {
		f.spelled = true
	}
	c = p.compound(c, j)
	if c.end == 0 || c.end == i+1 && (p.word(i) == "a" || p.word(i) == "an") {
		return f, false
	}
	if c.end == i+1 && c.last == atomFraction && strings.HasSuffix(p.words[i], "s") && (p.isNum(i-1) || p.isWord(i-1) && p.lex().HasWord("cardinal", p.words[i-1])) {
		return f, false // "two quarters of growth": what two counts, no fraction
	}
	f.val, f.end = c.value(), c.end
	if g, ok := p.outOf(f); ok {
		return g, true
	}
	// "two-thirds", "one-fifth": a number word glued to a fraction word
	// is the product, a fraction
	if e := f.end; f.spelled && p.isPunct(e, "-") && p.glued(e-1) && p.glued(e) && p.isWord(e+1) {
		if v, ok := p.lex().LookupWord("fraction", p.words[e+1]); ok {
			x, _ := strconv.ParseFloat(v, 64)
			f.val *= x
			f.end = e + 2
			return f, true
		}
	}
	// "three quarters of the city", "two thirds of voters": a number word
	// before a fraction word in the plural, and "of" what it divides
	if e := f.end; f.spelled && f.val >= 2 && f.val < 20 && c.largest == 0 && p.isWord(e) && p.word(e+1) == "of" &&
		strings.HasSuffix(p.words[e], "s") && (p.words[e] != "quarters" || determiner(p.word(e+2))) {
		// "two quarters of negative growth" are periods, not a fraction
		if v, ok := p.lex().LookupWord("fraction", p.words[e]); ok {
			x, _ := strconv.ParseFloat(v, 64)
			f.val *= x
			f.end = e + 1
			return f, true
		}
	}
	if c.largest != 0 {
		f.scaleVal = c.largest
		f.scale = scaleName(c.largest, c.largestWord)
	}
	return f, true
}

// determiner reports whether w opens a noun phrase as an article or a
// possessive does.
func determiner(w string) bool {
	switch w {
	case "the", "a", "an", "all", "its", "their", "his", "her", "our", "this", "these", "those":
		return true
	}
	return false
}

// outOf reads a share given as so many in so many after f: "seven in
// ten", "one in every five", "1 in 4", "two out of three". The share is in
// percent, as "70%" is. The second number must be the larger and no year
// ("3 in 2020").
func (p *parser) outOf(f figure) (figure, bool) {
	if f.scale != "" || f.val < 1 || f.val != math.Trunc(f.val) {
		return f, false
	}
	j := f.end
	switch {
	case p.word(j) == "in":
		j++
	case p.word(j) == "out" && p.word(j+1) == "of":
		j += 2
	default:
		return f, false
	}
	if p.word(j) == "every" {
		j++
	}
	var m float64
	n := 0
	if x, k, ok := p.cardinalAt(j); ok {
		m, n = x, k
	} else if p.isNum(j) && isDigits(p.toks[j].text) {
		m, n = mustDigits(p.toks[j].text), 1
	}
	if n == 0 || m <= f.val || m > 1000 {
		return f, false
	}
	if u, _ := p.unitMatch(j + n); u != "" {
		return f, false // "one in five minutes": a time, no share
	}
	if x, _, ok := p.cardinalAt(j + n); ok && x < 10 || p.isMultiplier(j+n) || p.isNum(j+n) {
		return f, false // "one in twenty five", "one in a hundred thousand": not read
	}
	f.val = f.val / m * 100
	f.end = j + n
	f.share = true
	return f, true
}

// isFraction reports whether f is a fraction in words: "half", "a
// quarter", "two-thirds".
func (p *parser) isFraction(f figure) bool {
	return f.spelled && f.scale == "" && f.val > 0 && f.val < 1 && p.isWord(f.end-1) && p.lex().HasWord("fraction", p.words[f.end-1])
}

// digits reads the digits at i, with groups of three split by a space
// ("816 000", "1 234 567.89"). It returns the value and the next index.
func (p *parser) digits(i int) (float64, int, bool) {
	v, ok := parseDigits(p.toks[i].text)
	if !ok {
		return 0, i + 1, false
	}
	j := i + 1
	for p.isNum(j) && p.toks[j].space && p.thinSpaceBefore(j) && isDigits(p.toks[j-1].text) && (j > i+1 || len(p.toks[i].text) <= 3) {
		g := p.toks[j].text
		whole, frac, _ := strings.Cut(g, ".")
		if len(whole) != 3 || !isDigits(whole) {
			break
		}
		v = v*1000 + mustDigits(whole)
		j++
		if frac != "" {
			v += mustDigits("0." + frac)
			break
		}
	}
	return v, j, true
}

// suffix reads a word glued to the digits of f at token k (f.val is set):
// a scale ("3.2bn", "10M", "$5m"), a unit ("10km", "24703m2", "10km/h") or a
// currency ("115USD"). Anything else ("15th", "34A", "5G", "24703m212") makes
// f no number. It returns the next index.
func (p *parser) suffix(f *figure, i, k int) (int, bool) {
	raw, w := p.toks[k].text, p.words[k]
	if s, ok := p.lex().Lookup("suffix", w); ok && !p.gluedAlnum(k) {
		// a suffix that is also a unit (m, t, mm) is a scale only after a
		// currency sign, in upper case, before a unit or a plural, or a
		// label of one: "$5m", "10M", "1.2m tonnes", "7.6m pathways",
		// "2.3m — customers covered"; "10m" is metres
		if !p.lex().Has("unit", w) || p.afterCurrency(i) || raw == strings.ToUpper(raw) || p.pluralAt(k+1) || p.isUnitWord(k+1) ||
			p.isPunct(k+1, "-:") && p.toks[k+1].space && p.pluralAt(k+2) {
			x, _ := strconv.ParseFloat(s, 64)
			f.val *= x
			f.scaleVal = x
			f.scale = scaleName(x, w)
			return k + 1, true
		}
	}
	if v, n := p.unitMatch(k); n > 0 {
		f.suffixUnit = v
		return k + n, true
	}
	if (raw == "C" || raw == "F") && !p.gluedAlnum(k) && !(p.isWord(i-1) && p.toks[i-1].text[0] >= 'A' && p.toks[i-1].text[0] <= 'Z') {
		// "47.3C", "104F": the degree sign left out, as newspapers do;
		// in capitals only ("5c" may be cents), and not after a name
		// ("Class 5C", "Room 12F")
		if v, ok := p.lex().Lookup("unit", "°"+w); ok {
			f.suffixUnit = v
			return k + 1, true
		}
	}
	if c, ok := p.lex().Lookup("currency", w); ok && len(w) > 1 && !p.gluedAlnum(k) {
		f.suffixCur = c
		return k + 1, true
	}
	return k + 1, false
}

// compound continues reading a number from token j in state c: number
// words, digits after a scale word, scale words, "and". A state with end 0
// read nothing.
func (p *parser) compound(c compound, j int) compound {
	good := c // the state at the last consistent end
	var beforeAnd *compound
	seen := c.last != atomNone
	lead := false // "a" or "an" before a scale word: "a dozen", "a million"
	for j < len(p.toks) {
		w := p.word(j)
		// a number word, or tens and units joined by a hyphen: "twenty-five"
		x, n, isCard := p.cardinalAt(j)
		if !isCard && p.isNum(j) && seen && (beforeAnd != nil || p.isMultiplier(j+1)) {
			if v, ok := parseDigits(p.toks[j].text); ok {
				x, n, isCard = v, 1, true // "4 thousand 3 hundred and 21"
			}
		}
		if isCard {
			switch {
			case lead:
				return good // "a" starts only "a dozen", "a half", "a million"
			case !seen:
				c.current = x
			case c.last == atomTens && x >= 1 && x < 10:
				c.current += x // "thirty one"
			case c.last == atomHundred && x < 100:
				c.current += x // "three hundred (and) five"
			case c.last == atomBig && c.current == 0 && x < c.big:
				c.current = x // "two million three hundred"
			default:
				return good
			}
			seen = true
			c.last = atomOf(x)
			j += n
			c.end = j
			good = c
			continue
		}
		if (w == "a" || w == "an") && !seen {
			lead, seen = true, true
			c.current = 1
			j++
			continue
		}
		if v, ok := p.lex().Lookup("fraction", w); ok && (!seen || lead) && p.isWord(j) {
			x, _ := strconv.ParseFloat(v, 64)
			c.current, c.last, seen, lead = x, atomFraction, true, false
			j++
			if p.word(j) == "of" && (p.word(j+1) == "a" || p.word(j+1) == "an") && p.isMultiplier(j+2) {
				j++ // "a quarter of a million"
			}
			if p.word(j) == "a" || p.word(j) == "an" { // "half a million"
				j++
			}
			c.end = j
			good = c
			// "a half" alone is the fraction; "half a" wants a scale word
			if !p.isMultiplier(j) && (p.word(j-1) == "a" || p.word(j-1) == "an") {
				c.end = j - 1
				good = c
			}
			continue
		}
		if p.isMultiplier(j) && seen {
			v, _ := p.lex().Lookup("multiplier", w)
			m, _ := strconv.ParseFloat(v, 64)
			ok := true
			switch {
			case c.last == atomHundred || c.last == atomDozen:
				ok = m >= 1000 && (c.big == 0 || m < c.big) // "three hundred thousand"
				if ok {
					c.total += c.current * m
					c.current = 0
				}
			case m < 1000: // hundred, dozen; "15 hundred", but not "302 hundred"
				ok = c.current > 0 && c.last != atomBig && (c.current < 100 || c.last == atomDigits && c.total == 0 && beforeAnd == nil)
				if ok {
					c.current *= m
					c.last = atomHundred
					if m != 100 {
						c.last = atomDozen
					}
				}
			case c.current == 0 && c.total > 0 && m > c.big: // "three lakh crore"
				c.total *= m
			case c.current == 0 || c.big != 0 && m >= c.big:
				ok = false
			default:
				c.total += c.current * m
				c.current = 0
			}
			if !ok {
				if beforeAnd != nil {
					return *beforeAnd
				}
				return good
			}
			if m >= 1000 {
				if c.largest == 0 || m > c.largest {
					c.largest, c.largestWord = m, w
					if c.total > 0 && c.big != 0 && m > c.big {
						c.largest = m * c.big
						c.largestWord = ""
					}
				}
				c.big = m
				c.last = atomBig
			}
			lead = false
			beforeAnd = nil
			j++
			c.end = j
			good = c
			continue
		}
		if w == "and" && seen && !lead && c.big == 0 && c.total == 0 && p.word(j+1) == "a" && p.word(j+2) == "half" && p.isWord(j+2) && !p.isPunct(j+3, "-") && p.word(j+3) != "of" &&
			(c.last == atomUnits || c.last == atomTeen || c.last == atomTens || c.last == atomDigits) {
			// "two and a half minutes", "1 and a half million"
			c.current += 0.5
			c.last = atomFraction
			j += 3
			c.end = j
			good = c
			continue
		}
		if w == "and" && seen && !lead && (c.last == atomHundred || c.last == atomBig) {
			// a figure with decimals before its scale word is whole:
			// "$3.2 billion and 2 million euros" are two sums, "$1
			// billion and 300 million" one
			if _, _, ok := p.cardinalAt(j + 1); (ok || p.isNum(j+1)) && !(c.frac && c.last == atomBig) {
				snap := good
				beforeAnd = &snap
				j++
				continue
			}
		}
		break
	}
	return good
}

// cardinalAt reads a number word at j: "five", "twenty-five", "fifty two"
// is read by the caller. It returns the value and the number of tokens.
func (p *parser) cardinalAt(j int) (float64, int, bool) {
	if !p.isWord(j) {
		return 0, 0, false
	}
	v, ok := p.lex().LookupWord("cardinal", p.words[j])
	if !ok {
		return 0, 0, false
	}
	x, _ := strconv.ParseFloat(v, 64)
	// "twenty-five", "fifty - two": tens and units joined by a hyphen
	if x >= 20 && x < 100 && math.Mod(x, 10) == 0 && p.isPunct(j+1, "-") && p.glued(j) == p.glued(j+1) && p.isWord(j+2) {
		if u, ok := p.lex().LookupWord("cardinal", p.words[j+2]); ok {
			y, _ := strconv.ParseFloat(u, 64)
			if y >= 1 && y < 10 {
				return x + y, 3, true
			}
		}
	}
	return x, 1, true
}

func (p *parser) isMultiplier(j int) bool {
	if !p.isWord(j) || len(p.words[j]) <= 2 {
		return false
	}
	return p.lex().HasWord("multiplier", p.words[j])
}

func (p *parser) thinSpaceBefore(j int) bool {
	gap := p.s[p.toks[j-1].end:p.toks[j].start]
	return gap == "\u00a0" || gap == "\u2009" || gap == "\u202f" || gap == " "
}

// afterCurrency reports whether a currency sign or code sits right before
// token i: "$5m", "US$ 1MM".
func (p *parser) afterCurrency(i int) bool {
	if i == 0 {
		return false
	}
	t := p.toks[i-1]
	_, ok := p.lex().Lookup("currency", t.norm)
	if !ok && t.kind == tWord {
		_, ok = p.lex().Lookup("currency-code", t.norm)
	}
	// a code in capitals may stand apart: "EUR 200m"
	return ok && (t.kind == tPunct || p.glued(i-1) || t.kind == tWord && len(t.text) == 3 && strings.ToUpper(t.text) == t.text)
}

// scaleName names a scale for a money unit: "billion" for 1e9, else the
// word as written ("lakh").
func scaleName(v float64, word string) string {
	switch v {
	case 1e3:
		return "thousand"
	case 1e6:
		return "million"
	case 1e9:
		return "billion"
	case 1e12:
		return "trillion"
	}
	if word != "" {
		return word
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// currencyBefore reads a currency sign or code right before a number:
// "$", "US$", "US $", "€", "USD", "AUD$".
func (p *parser) currencyBefore(i int) (string, int) {
	if i >= len(p.toks) {
		return "", 0
	}
	t := p.toks[i]
	// US$ is two tokens, US and $; a space may sit between them ("US $5")
	// when the prefix has two letters or more
	if t.kind == tWord && p.isPunct(i+1, "$") && p.isNum(i+2) && (p.glued(i) || len(t.text) > 1) {
		if c, ok := p.lex().Lookup("currency", t.norm+"$"); ok {
			return c, 2
		}
		// a currency code before the sign: "AUD$ 15"
		if c, ok := p.lex().Lookup("currency", t.norm); ok && p.glued(i) && len(t.text) == 3 && c == strings.ToUpper(t.text) {
			return c, 2
		}
	}
	// "Rs 5 lakh", "Rs. 50,000": an abbreviation with a capital, not an
	// acronym ("an Audi RS 6")
	if t.kind == tWord && t.text[0] >= 'A' && t.text[0] <= 'Z' && strings.ToLower(t.text[1:]) == t.text[1:] {
		if c, ok := p.lex().LookupWord("currency-abbr", strings.TrimSuffix(t.norm, ".")); ok {
			switch {
			case p.isNum(i + 1):
				return c, 1
			case p.isPunct(i+1, ".") && p.glued(i) && p.isNum(i+2):
				return c, 2
			}
		}
	}
	if !p.isNum(i + 1) {
		return "", 0
	}
	if t.kind == tPunct || (t.kind == tWord && len(t.text) == 3 && strings.ToUpper(t.text) == t.text) {
		if c, ok := p.lex().Lookup("currency", t.norm); ok {
			return c, 1
		}
		// a rarer code, before a sum that reads as one: "ZMW 200m", "MUR
		// 2,000", not "COP 28", "SDG 7"
		if c, ok := p.lex().Lookup("currency-code", t.norm); ok && t.kind == tWord && p.sumShaped(i+1) {
			return c, 1
		}
	}
	if c, ok := p.scaledCode(i); ok && p.isNum(i+1) {
		return c, 1
	}
	return "", 0
}

// scaledCode reads the finance notation of a currency code with an M for
// millions before it: "MUSD", "MEUR".
func (p *parser) scaledCode(i int) (string, bool) {
	if !p.isWord(i) {
		return "", false
	}
	t := p.toks[i].text
	if len(t) != 4 || t[0] != 'M' || strings.ToUpper(t) != t {
		return "", false
	}
	c, ok := p.lex().Lookup("currency", t[1:])
	return c, ok && c == t[1:]
}

// codeScale is the scale of the currency code at i: 1e6 for "MUSD", else 1.
func (p *parser) codeScale(i int) float64 {
	if _, ok := p.scaledCode(i); ok {
		return 1e6
	}
	return 1
}

// rangeEnd reads the second end of a range after figure f, joined at token
// j ("-", "to", "through"; "and" after "between" or "from"; "or" between
// number words).
func (p *parser) rangeEnd(f figure, j, start int, currency string) (figure, int, bool) {
	between := p.word(p.beforeSign(start)) == "between" || p.word(p.beforeSign(start)) == "from"
	w := p.word(j)
	dash := p.isPunct(j, "-")
	if !dash && !(p.isWord(j) && p.lex().Has("range", w)) {
		return figure{}, 0, false
	}
	if w == "and" && !between {
		return figure{}, 0, false
	}
	// "fell by 2,000 to 10,000", "has risen by nearly 100 to 350": after
	// "by", "to" gives the new level; a hedge after the "by" of a noun
	// with its determiner ("a strike by an estimated 8,000 to 9,000
	// dockworkers") is an agent's, and the figures a range
	agent := p.word(start-1) == "by" && start != f.start && p.isWord(start-3) && determiner(p.word(start-3)) && !p.isChangeWord(start-2)
	if w == "to" && (p.word(f.start-1) == "by" || p.word(start-1) == "by" && !agent) {
		return figure{}, 0, false
	}
	if b := p.beforeSign(start); w == "to" && p.word(b) == "from" && p.movedFrom(b) {
		// "raised its rate from 5.5% to 6.25%", "widened from 5 km to
		// 10 km": the old level and the new, two figures
		return figure{}, 0, false
	}
	k := j + 1
	// a high end below zero after a word, when the low end is below zero
	// too: "-5 to -10°C", "between minus 25C and minus 32C" (not "swung
	// from 20,000 to -4,000", two levels)
	neg := false
	if !dash && p.signedAt(f.start) && (p.word(k) == "minus" && p.isNum(k+1) ||
		p.isPunct(k, "-\u2212") && p.toks[k].space && p.glued(k) && p.isNum(k+1)) {
		neg = true
		k++
	}
	if currency != "" {
		if _, n := p.currencyBefore(k); n > 0 {
			k += n
		}
	}
	if !p.startsFigure(k) || (p.isWord(k) && (p.word(k) == "a" || p.word(k) == "an")) {
		return figure{}, 0, false
	}
	if dash && f.spelled != !p.isNum(k) {
		return figure{}, 0, false
	}
	g, ok := p.figure(k)
	if !ok || !neg && rangeLow(f, g) > g.val {
		return figure{}, 0, false // "10-5", "2bn-0": not a range
	}
	g.neg = neg
	if w == "or" && !f.spelled && (g.spelled || g.val <= f.val || g.val > 10*f.val) {
		// "20 or 30 seconds" is a range; "1 or 100" offers a choice
		return figure{}, 0, false
	}
	if dash && p.glued(j-1) && p.glued(j) && p.isPhone(f, g) {
		return figure{}, 0, false
	}
	// "2025-02-07" and phone numbers: a third group
	if p.isPunct(g.end, "-/.") && p.isNum(g.end+1) && p.glued(g.end) {
		return figure{}, 0, false
	}
	return g, g.end, true
}

// upVerb looks up the [up-verb] whose particle "up" is at token i: right
// before it ("goes up to"), or before its object's few words ("revised its
// national figure up to 1.3 million").
func (p *parser) upVerb(i int) (string, bool) {
	if v, ok := p.lex().LookupWord("up-verb", p.word(i-1)); ok {
		if w := p.word(i - 2); v == "" && (w == "may" || w == "might" || w == "can" || w == "could") {
			// "investors may move up to 5 percent", "hikers can climb up
			// to 4,000 metres": a limit of what may be done
			return "", false
		}
		return v, true
	}
	// past one word at least, and only words
	for k := i - 3; k >= 0 && k >= i-5 && p.isWord(k) && p.isWord(k+1); k-- {
		if v, ok := p.lex().LookupWord("up-verb", p.word(k)); ok && v == "apart" {
			return v, true
		}
	}
	return "", false
}

// addsObject reports whether the verb at v ("add") takes the figure at
// token j for its object, which "up to" then bounds: after a modal or
// "to" ("will add up to 2,000 jobs", "is expected to add up to"), as a
// participle ("adding up to 500 homes"), or with "to" after the figure
// ("add up to 25 minutes to commutes"); not "That adds up to 1.24
// million", "payments add up to ₹70 lakh", a total.
func (p *parser) addsObject(v, j int) bool {
	switch p.word(v - 1) {
	case "will", "would", "could", "can", "may", "might", "should", "must", "to":
		return true
	}
	if strings.HasSuffix(p.word(v), "ing") {
		return true
	}
	if j >= len(p.toks) {
		return false
	}
	_, next, ok := p.read(j)
	return ok && p.word(next) == "to"
}

// signedAt reports whether the figure at token i is written below zero:
// "minus 25C", "-5" (a minus glued to it, after a space, a bracket or a
// bar, or at the text's start).
func (p *parser) signedAt(i int) bool {
	if p.word(i-1) == "minus" {
		return true
	}
	return p.isPunct(i-1, "-\u2212") && p.glued(i-1) && (i == 1 || p.toks[i-1].space || p.isPunct(i-2, "(|"))
}

// sumShaped reports whether the figure at token i reads as a sum of money
// on its own: with a scale ("200m", "5 billion"), decimals, or four digits
// or more that are no year.
func (p *parser) sumShaped(i int) bool {
	f, ok := p.figure(i)
	if !ok || p.isYear(f) {
		return false
	}
	if f.scale != "" || f.val >= 1000 {
		return true
	}
	for k := f.start; k < f.end; k++ {
		if strings.Contains(p.toks[k].text, ".") {
			return true
		}
	}
	return false
}

// beforeSign is the token before the figure that starts at token start,
// past a minus sign glued to it: "from" in "fell from -3C to -12C".
func (p *parser) beforeSign(start int) int {
	if p.word(start-1) != "minus" && p.signedAt(start) {
		return start - 2
	}
	return start - 1
}

// rangeLow is the value of the low end f of a range that ends at g: the
// scale of the high end covers a low end written without one when the two
// are alike ("between 1 and 2 million", "$10 to $12 billion"), but not
// "$500,000 to $1 million".
func rangeLow(f, g figure) float64 {
	if f.scale == "" && g.scaleVal > 1 && f.val < g.val/g.scaleVal*10 {
		return f.val * g.scaleVal
	}
	return f.val
}

// isPhone reports whether f-g reads as a local phone number, 555-1234:
// three digits and four, not both round (800-1200 is a range).
func (p *parser) isPhone(f, g figure) bool {
	a, b := p.toks[f.start].text, p.toks[g.start].text
	if f.end != f.start+1 || g.end != g.start+1 || !isDigits(a) || !isDigits(b) || len(a) != 3 || len(b) != 4 {
		return false
	}
	return math.Mod(f.val, 10) != 0 || math.Mod(g.val, 10) != 0
}

// unitAfter reads a unit after the figure that ends at token end.
func (p *parser) unitAfter(end int, f figure, currency string) (unit, kind string, next int) {
	if currency != "" {
		return currency, Money, end
	}
	if f.suffixUnit != "" {
		c, k, _ := lexicon.ParseUnit(f.suffixUnit)
		return c, k, end
	}
	j := end
	if p.isPunct(j, "%") {
		return "%", Percent, j + 1
	}
	// a currency sign after the figure: "10 €", "100₾", but not "1 $10"
	if j < len(p.toks) && p.toks[j].kind == tPunct && !(p.isNum(j+1) && p.glued(j)) {
		if c, ok := p.lex().LookupWord("currency", p.words[j]); ok {
			return c, Money, j + 1
		}
	}
	// "15-year", "several-week": a hyphen glued on both sides
	if p.isPunct(j, "-") && p.glued(j-1) && p.glued(j) {
		j++
	}
	// "5°C", "-24 °F": the degree sign, then its scale
	if j < len(p.toks) && p.toks[j].text == "\u00b0" && p.glued(j) && p.isWord(j+1) && !p.gluedAlnum(j+1) {
		if v, ok := p.lex().LookupWord("unit", "\u00b0"+p.words[j+1]); ok {
			canon, k, _ := lexicon.ParseUnit(v)
			return canon, k, j + 2
		}
	}
	if !p.isWord(j) {
		return "", "", end
	}
	if p.onRepeat(j) {
		return "", "", end // "fell by a third year on year", "5% month-on-month"
	}
	u, nu := p.unitMatch(j)
	c, nc := p.lex().Match("currency", p.words, j)
	if nc == 1 && nameLike(p.toks[j].text) && p.isWord(j+1) && p.toks[j+1].text == p.words[j+1] {
		nc = 0 // "1,500 Krone employees": a name, not the money
	}
	if nc > 0 && len(c.Words[0]) > 1 && (nc > nu || nc == nu && f.scaleVal >= 1e6) {
		// "10 swiss francs"; a word that is a unit and a currency reads as
		// money after a large scale: "20 million pounds", but "25 pounds"
		if !p.gluedAlnum(j + nc - 1) {
			return c.Value, Money, j + nc
		}
	}
	if nu > 0 {
		canon, k, _ := lexicon.ParseUnit(u)
		return canon, k, j + nu
	}
	if c, ok := p.scaledCode(j); ok && !p.gluedAlnum(j) {
		return c, Money, j + 1 // "30 MUSD"
	}
	return "", "", end
}

// unitMatch reads a unit at j and returns its [unit] value and length in
// tokens: "km", "square kilometers", "km2" (two tokens), "km/h" (three).
// Single letters are units only in lower case ("10 m", not "10 M"), and a
// unit glued to more letters or digits is part of a code ("m212").
func (p *parser) unitMatch(j int) (string, int) {
	// glued runs that the lexer splits: km2, km/h
	if p.glued(j) {
		if p.isNum(j+1) && !p.gluedAlnum(j+1) {
			if v, ok := p.lex().LookupWord("unit", p.words[j]+p.toks[j+1].text); ok {
				return v, 2
			}
		}
		if p.isPunct(j+1, "/") && p.glued(j+1) && p.isWord(j+2) && !p.gluedAlnum(j+2) {
			if v, ok := p.lex().LookupWord("unit", p.words[j]+"/"+p.words[j+2]); ok {
				return v, 3
			}
		}
		// "mg/m3", "µg/m3": a power after the unit divided by
		if p.isPunct(j+1, "/") && p.glued(j+1) && p.isWord(j+2) && p.glued(j+2) && p.isNum(j+3) && !p.gluedAlnum(j+3) {
			if v, ok := p.lex().LookupWord("unit", p.words[j]+"/"+p.words[j+2]+p.toks[j+3].text); ok {
				return v, 4
			}
		}
	}
	e, n := p.lex().Match("unit", p.words, j)
	if n == 0 {
		return "", 0
	}
	if len(e.Phrase) == 1 && p.toks[j].text != e.Phrase {
		return "", 0
	}
	if p.gluedAlnum(j + n - 1) {
		return "", 0
	}
	return e.Value, n
}

// gluedAlnum reports whether token j is glued to a word or number after it.
func (p *parser) gluedAlnum(j int) bool {
	return p.glued(j) && (p.isWord(j+1) || p.isNum(j+1))
}

// notAClaim reports figures that are dates, clock times, years, ordinals,
// parts of names and codes.
func (p *parser) notAClaim(f figure, money bool) bool {
	// "half past nine", "ten past six", "quarter to ten": a time of day,
	// hour and minutes alike
	if f.end == f.start+1 && f.val >= 1 && f.val <= 12 && f.val == math.Trunc(f.val) {
		if w, b := p.word(f.start-1), p.word(f.start-2); w == "past" && (b == "half" || b == "quarter" || p.isNum(f.start-2) || p.lex().HasWord("cardinal", b)) ||
			w == "to" && b == "quarter" {
			return true
		}
	}
	if w := p.word(f.end); f.end == f.start+1 && (w == "past" || w == "to" && p.word(f.start) == "quarter") && p.clockHour(f.end+1) {
		return true
	}
	// "34-year-old", "five-year-old": an age used as an adjective
	if p.isPunct(f.end, "-") && p.glued(f.end-1) && p.isWord(f.end+1) && p.isPunct(f.end+2, "-") && p.word(f.end+3) == "old" {
		return true
	}
	if f.spelled {
		w := p.words[f.start]
		// "one of the ...", "no one", "this one": selection and pronouns, not counts
		if f.val == 1 && f.end == f.start+1 && p.pronounOne(f.start) {
			return true
		}
		if f.end == f.start+1 && (w == "a" || w == "an") {
			return true
		}
		// "a one-off payment", "one-sided", "one-on-one": "one" glued to
		// a [one-idiom] word ("a one-seat majority", "a one-mile radius"
		// count and measure)
		if f.val == 1 && f.end == f.start+1 && w == "one" && p.isPunct(f.end, "-") && p.glued(f.end-1) && p.glued(f.end) &&
			p.isWord(f.end+1) && p.lex().HasWord("one-idiom", p.word(f.end+1)) {
			return true
		}
		// "a third month", "the fifth straight day", "the third day": an
		// ordinal, not a fraction ("a third of", "fell by a third")
		if p.isFraction(f) && p.lex().HasWord("ordinal", p.words[f.end-1]) && p.isWord(f.end) && !p.onRepeat(f.end) &&
			(p.lex().HasWord("ordinal-after", p.word(f.end)) || f.start > 0 && p.word(f.start-1) == "the" && p.word(f.end) != "of") {
			return true
		}
		// "tier-one capital", "page-one story": a [not-before] word glued on
		if p.isPunct(f.start-1, "-") && p.glued(f.start-2) && p.glued(f.start-1) && p.lex().HasWord("not-before", p.word(f.start-2)) {
			return true
		}
		// "one reason the authorities preferred a sale", "one way or
		// another": an idiom, no count
		if f.val == 1 && f.end == f.start+1 && w == "one" && p.lex().HasWord("one-not-count", p.word(f.end)) {
			return true
		}
		// "a day after": relative dates
		if p.lex().HasWord("not-after", p.word(f.end)) || (p.isUnitWord(f.end) && p.lex().HasWord("not-after", p.word(f.end+1))) {
			return true
		}
		return false
	}
	t := p.toks[f.start]
	// glued to a word before: G7, Su-34, COVID-19, MH17
	if f.start > 0 {
		prev := p.toks[f.start-1]
		if !t.space && prev.kind == tWord && !money {
			return true
		}
		// "Rs.500": the full stop of a currency's abbreviation
		abbr := money && prev.norm == "." && f.start >= 2 && p.lex().HasWord("currency-abbr", p.words[f.start-2])
		if !t.space && prev.kind == tPunct && !abbr && (prev.norm == "-" || prev.norm == "/" || prev.norm == ":" || prev.norm == "." || prev.norm == "#" || prev.norm == "+") {
			if f.start >= 2 && !prev.space && (p.toks[f.start-2].kind == tWord || p.toks[f.start-2].kind == tNum) {
				return true // Su-34, 24/7, 20:35, 1.2.3
			}
			// "+6.1%", "+1.5 pp", "| +70 |": a change in a table cell;
			// "+44 20", a phone prefix
			if prev.norm != "-" && !(prev.norm == "+" && (p.isPunct(f.end, "%") || p.isUnitWord(f.end) || p.isPunct(f.end, "|"))) {
				return true
			}
		}
		if prev.norm == "(" && f.end < len(p.toks) && p.isPunct(f.end, ")") && p.isNum(f.end+1) {
			return true // phone: (555) 123
		}
		if prev.norm == ")" && f.start >= 3 && p.isNum(f.start-2) && p.isPunct(f.start-3, "(") {
			return true // phone: (555) 123-4567
		}
	}
	// glued to what follows: 20:35, 7/2/2025, a third group: dates, phones
	if f.end < len(p.toks) && p.glued(f.end-1) {
		nx := p.toks[f.end]
		if nx.kind == tPunct && (nx.norm == ":" || nx.norm == "/") && p.isNum(f.end+1) && p.glued(f.end) {
			return true
		}
		if nx.kind == tPunct && (nx.norm == "-" || nx.norm == ".") && p.isNum(f.end+1) && p.glued(f.end) && p.isPunct(f.end+2, "-.") && p.isNum(f.end+3) {
			return true
		}
		// digits glued to a word we could not read
		if nx.kind == tWord && f.end == f.start+1 {
			return true
		}
	}
	// clock times: "10 a.m.", "3 pm", "1400 hrs"; "3 hrs" is a duration
	if e, n := p.lex().Match("clock", p.words, f.end); n > 0 && len(e.Words) > 0 {
		if !p.isUnitWord(f.end) || len(t.text) == 4 && isDigits(t.text) {
			return true
		}
	}
	// relative dates: "six months ago"
	if p.lex().HasWord("not-after", p.word(f.end)) || (p.isUnitWord(f.end) && p.lex().HasWord("not-after", p.word(f.end+1))) {
		return true
	}
	// "page 5", "No. 10", "Resolution 2231"
	prev := f.start - 1
	if p.isPunct(prev, ".") {
		prev--
	}
	if p.lex().HasWord("not-before", p.word(prev)) && p.isWord(prev) {
		return true
	}
	if money {
		return false
	}
	v := f.val
	integer := v == math.Trunc(v) && !strings.ContainsAny(t.text, ".,")
	// dates: "Feb. 7", "7 February", "February 7, 2025"
	if integer && v >= 1 && v <= 31 && f.scale == "" {
		k := f.start - 1
		if p.isPunct(k, ".") {
			k--
		}
		if p.isMonth(k) {
			return true
		}
		n := f.end
		if p.word(n) == "of" {
			n++
		}
		if p.isMonth(n) {
			return true
		}
		// "on 3 and 4 March", "3-4 March", "12 to 14 May": the first day
		// of two
		if (p.isPunct(n, "-\u2013") || p.word(n) == "and" || p.word(n) == "to" || p.word(n) == "or") && p.isNum(n+1) && p.isMonth(n+2) {
			if g, ok := p.figure(n + 1); ok && g.val >= 1 && g.val <= 31 && g.end == n+2 {
				return true
			}
		}
	}
	// years: "2024", "in 2025"
	if p.isYear(f) {
		if p.word(f.start-1) != "" && p.isBoundWord(f.start-1) {
			return false
		}
		if p.isUnitWord(f.end) {
			return false
		}
		if p.word(f.start-1) == "since" {
			return true // "Since 2021 this board has sold"
		}
		if p.pluralAt(f.end) && !p.isMonth(f.end) {
			return false // "2000 soldiers"; not "the 2024 census"
		}
		return true
	}
	return false
}

// nameLike reports whether a word is written as a name: a capital, then
// lower case ("Krone"), not a code ("DKK").
func nameLike(w string) bool {
	return len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && strings.ToLower(w[1:]) == w[1:]
}

// onRepeat reports whether the word at i is repeated after "on": "year
// on year", "month-on-month" (an adverb, not a unit nor an ordinal's noun).
func (p *parser) onRepeat(i int) bool {
	w := p.word(i)
	return p.word(i+1) == "on" && p.word(i+2) == w ||
		p.isPunct(i+1, "-") && p.word(i+2) == "on" && p.isPunct(i+3, "-") && p.word(i+4) == w
}

// pluralAt reports whether token i is a plural in lower case that is no
// unit: "7.6m pathways", "2.3m — customers covered".
func (p *parser) pluralAt(i int) bool {
	return p.isWord(i) && plural(p.word(i)) && p.toks[i].text == p.word(i) && !p.isUnitWord(i)
}

// plural reports whether a word reads as a plural: it ends in "s", but
// not as "census", "crisis" or "congress" do ("this" is read as one), or
// it is one of the plurals of people.
func plural(w string) bool {
	switch w {
	case "people", "children", "men", "women":
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "sis")
}

// clockHour reports whether token i is an hour of the clock, 1 to 12, in
// digits or a word.
func (p *parser) clockHour(i int) bool {
	v, _, ok := p.cardinalAt(i)
	if !ok && p.isNum(i) {
		v, ok = parseDigits(p.toks[i].text)
	}
	return ok && v >= 1 && v <= 12 && v == math.Trunc(v)
}

// pronounOne reports whether "one" at i is a pronoun or a selection rather
// than a count: "one of the", "no one", "this one", "which one".
func (p *parser) pronounOne(i int) bool {
	if p.isUnitWord(i + 1) {
		return false // "that one mile"
	}
	switch p.word(i + 1) {
	case "of", "another":
		return true
	}
	switch p.word(i - 1) {
	case "no", "the", "any", "every", "each", "this", "which":
		return true
	case "that":
		// "That one is good", but "said that one soldier died"
		return i == 1 || p.isPunct(i-2, ".!?\"")
	}
	// "a final one more than a year", "the new one is": an adjective
	// between an article and "one", and no noun after it
	if w := p.word(i - 2); (w == "a" || w == "an" || w == "the") && p.isWord(i-1) && !p.lex().Has("cardinal", p.word(i-1)) {
		if !p.isWord(i+1) || p.lex().HasWord("stopword", p.word(i+1)) {
			return true
		}
		if _, n := p.lex().Match("bound", p.words, i+1); n > 0 {
			return true
		}
	}
	return false
}

func (p *parser) isMonth(i int) bool {
	if !p.isWord(i) {
		return false
	}
	t := p.toks[i].text
	if t == "" || !(t[0] >= 'A' && t[0] <= 'Z') {
		return false // "may" is a verb; months are capitalised
	}
	return p.lex().HasWord("month", p.words[i])
}

func (p *parser) isBoundWord(i int) bool {
	_, n := p.lex().MatchEnd("bound", p.words[:i+1], i+1)
	return n > 0
}

func (p *parser) isUnitWord(i int) bool {
	if !p.isWord(i) {
		return false
	}
	_, n := p.lex().Match("unit", p.words, i)
	return n > 0 && len(p.words[i]) > 1
}

// vague reads a vague quantity at i: "hundreds", "tens of thousands",
// "a significant number", "several-week".
func (p *parser) vague(i int) (Quantity, int, bool) {
	e, n := p.lex().Match("vague", p.words, i)
	last := i + n - 1
	if n == 0 {
		// quote marks may sit inside: a “significant number”
		if !p.quoteWithin(i+1, i+6) {
			return Quantity{}, i, false
		}
		words, idx := p.wordsSkippingQuotes(i, 6)
		if e, n = p.lex().Match("vague", words, 0); n == 0 {
			return Quantity{}, i, false
		}
		last = idx[n-1]
	}
	// "several" and "hundreds" followed by a figure belong to the figure:
	// "several hundred" is in the list, "hundreds of thousands" too.
	if p.startsFigure(last+1) && p.isNum(last+1) {
		return Quantity{}, i, false
	}
	low, high, _ := lexicon.ParseInterval(e.Value)
	q := Quantity{Start: p.toks[i].start, NumStart: p.toks[i].start, BoundStart: -1, Vague: true, Kind: Vague, Low: low, High: high}
	end := last + 1
	// "several-week pause"; "hundreds of square kilometers"
	j := end
	if p.isPunct(j, "-") && p.glued(j-1) && p.glued(j) && p.isUnitWord(j+1) {
		u, _ := p.lex().Match("unit", p.words, j+1)
		c, _, _ := lexicon.ParseUnit(u.Value)
		q.Unit = c
		end = j + 2
	} else if p.word(j) == "of" && p.isWord(j+1) {
		if u, n := p.lex().Match("unit", p.words, j+1); n > 0 && len(u.Words[0]) > 2 {
			c, _, _ := lexicon.ParseUnit(u.Value)
			q.Unit = c
			end = j + 1 + n
		}
	}
	q.End = p.toks[end-1].end
	if p.word(end) == "of" {
		q.Of = true
	}
	return q, end, true
}

// quoteWithin reports whether a quote mark is among the tokens [i, j).
func (p *parser) quoteWithin(i, j int) bool {
	for ; i < j && i < len(p.toks); i++ {
		if p.isPunct(i, "\"'") {
			return true
		}
	}
	return false
}

// wordsSkippingQuotes returns up to n folded words from i on, skipping quote
// marks, and the token index of each.
func (p *parser) wordsSkippingQuotes(i, n int) ([]string, []int) {
	var words []string
	var idx []int
	for j := i; j < len(p.toks) && len(words) < n; j++ {
		if p.isPunct(j, "\"'") {
			continue
		}
		if !p.isWord(j) {
			break
		}
		words = append(words, p.words[j])
		idx = append(idx, j)
	}
	return words, idx
}

// change reads the direction of a change around the quantity: "rose 40%",
// "fell by 2,000", "a 40% increase". A change verb before a bare count
// makes it a change through "by" ("fell by 2,000"), or when no noun follows
// ("fell 2,000 in March"); "dropped 5 bombs" counts bombs. The figures of
// "rose to 9%" and "rose from 10% to 12%" are levels, not changes. After
// the figure, a change is a [change-noun] ("a 40% rise", and after one word
// of a percentage, "a 12% pay rise") or the noun of a change verb ("a 5%
// drop": dropped); a verb there has the quantity for its subject ("40
// square kilometers fell").
func (p *parser) change(start, end int, kind string) string {
	k := start - 1
	by := p.word(k) == "by"
	if by {
		k--
	}
	if v, ok := p.lex().LookupWord("change", p.word(k)); ok && p.isWord(k) {
		if w := p.word(k + 1); w == "to" || w == "from" {
			return ""
		}
		if w := p.word(k); (w == "up" || w == "down") && (p.word(k-1) == "made" || p.word(k-1) == "make" || p.word(k-1) == "makes" || p.word(k-1) == "making") {
			return "" // "made up almost a fifth": a part, no change
		}
		if kind == Count && !by && p.isWord(end) && !p.lex().HasWord("stopword", p.word(end)) {
			return ""
		}
		return v
	}
	// a change noun is the head of a noun phrase the figure opens after
	// an article ("a 5% rise", "the 12% pay rise"); "52% expect growth",
	// "Nearly 40% cut their spending" and "approved 14 cuts" are no changes
	if determiner(p.word(start - 1)) {
		if v, ok := p.lex().LookupWord("change-noun", p.word(end)); ok && p.isWord(end) {
			return v
		}
		if kind == Percent && p.isWord(end) && p.isWord(end+1) && !p.lex().HasWord("stopword", p.word(end)) {
			if v, ok := p.lex().LookupWord("change-noun", p.word(end+1)); ok {
				return v // "a 12% pay rise"
			}
		}
	}
	if v, ok := p.lex().LookupWord("comparative", p.word(end)); ok && kind == Percent && p.isWord(end) && !(p.glued(end) && p.isPunct(end+1, "-")) &&
		(!p.isWord(end+1) || p.word(end+1) == "than" || p.lex().HasWord("stopword", p.word(end+1))) {
		// "closed 4.8% lower", "prices were 3% higher than a year ago";
		// not "a 34% lower risk", which reads as "cut the risk by 34%",
		// nor "the 40% higher-rate band"
		return v
	}
	if w := p.word(end); p.isWord(end) && w != "down" && w != "up" {
		for _, verb := range []string{w + "d", w + "ed", w + w[len(w)-1:] + "ed"} {
			if v, ok := p.lex().Lookup("change", verb); ok {
				return v
			}
		}
	}
	return ""
}

func parseDigits(s string) (float64, bool) {
	if strings.Count(s, ".") > 1 {
		return 0, false // 1.2.3: a version or an address
	}
	if strings.Contains(s, ",") {
		int, frac, _ := strings.Cut(s, ".")
		groups := strings.Split(int, ",")
		for k, g := range groups {
			if (k == 0 && (len(g) < 1 || len(g) > 3)) || (k > 0 && len(g) != 3) {
				return 0, false
			}
		}
		s = strings.ReplaceAll(int, ",", "")
		if frac != "" {
			s += "." + frac
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

func mustDigits(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func ptr(f float64) *float64 { return &f }
