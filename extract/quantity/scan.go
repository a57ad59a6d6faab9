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
// A vague quantity has Vague set and the interval its lexicon entry gives
// ("thousands" is [2000, 9999]); either end may be open.
//
// Money keeps the written scale in its unit: "$3.2 billion" is 3.2 with unit
// "billion USD". Other figures are multiplied out: "1.5 million people" is
// 1500000.
package quantity

import (
	"math"
	"strconv"
	"strings"

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
	// BoundStart is where the bound phrase starts, or -1; Bound is its
	// meaning ("min", "max", "approx") and BoundWord the phrase folded.
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
}

// Scanner finds quantities. Build it with New.
type Scanner struct {
	lex *lexicon.Lexicon
}

// New returns a Scanner that reads its words from lex.
func New(lex *lexicon.Lexicon) *Scanner { return &Scanner{lex: lex} }

// HasCandidate is a cheap test: does s hold a digit or a word that could start
// a quantity? A false answer means Scan would find nothing.
func (sc *Scanner) HasCandidate(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			return true
		}
	}
	for _, t := range lex(s) {
		if t.kind != tWord {
			continue
		}
		if sc.lex.Has("cardinal", t.norm) || sc.lex.Has("multiplier", t.norm) || sc.lex.Has("fraction", t.norm) {
			return true
		}
		if _, n := sc.lex.Match("vague", []string{t.norm}, 0); n > 0 {
			return true
		}
		if t.norm == "a" || t.norm == "several" || t.norm == "dozens" || t.norm == "tens" {
			return true
		}
	}
	return false
}

// Scan returns the quantities of s in text order.
func (sc *Scanner) Scan(s string) []Quantity {
	toks := lex(s)
	p := &parser{sc: sc, s: s, toks: toks, words: make([]string, len(toks))}
	for i, t := range toks {
		p.words[i] = t.norm
	}
	var out []Quantity
	for i := 0; i < len(toks); {
		q, next, ok := p.at(i)
		if ok {
			out = append(out, q)
			i = next
			continue
		}
		if next > i {
			i = next
		} else {
			i++
		}
	}
	return out
}

type parser struct {
	sc    *Scanner
	s     string
	toks  []token
	words []string
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

// skipQuotes returns the first index at or after i that is not a quote mark.
func (p *parser) skipQuotes(i int) int {
	for p.isPunct(i, "\"'") {
		i++
	}
	return i
}

// figure is a parsed number: value, token range and scale information.
type figure struct {
	val        float64
	start, end int // token indexes, end exclusive
	scale      string
	scaleVal   float64
	suffixUnit string // a unit glued to the digits: 10km
	spelled    bool
}

// at tries to read a quantity that starts at token i (a bound, currency
// sign, vague phrase, number or number word). It returns the next index to
// look at.
func (p *parser) at(i int) (Quantity, int, bool) {
	t := p.toks[i]
	if t.kind == tOpaque {
		return Quantity{}, i + 1, false
	}
	// vague phrases: "hundreds", "a significant number", "several"
	if t.kind == tWord {
		if q, next, ok := p.vague(i); ok {
			return q, next, true
		}
	}
	start := i
	q := Quantity{BoundStart: -1}
	// a bound phrase before the figure
	if t.kind == tWord {
		if e, n := p.lex().Match("bound", p.words, i); n > 0 {
			j := i + n
			if p.startsFigure(j) {
				q.BoundStart = t.start
				q.Bound = e.Value
				q.BoundWord = strings.Join(e.Words, " ")
				i = j
			} else {
				return Quantity{}, i + 1, false
			}
		}
	}
	// a currency sign or code before the figure
	currency := ""
	if c, n := p.currencyBefore(i); n > 0 {
		currency = c
		i += n
	}
	if !p.startsFigure(i) {
		return Quantity{}, start + 1, false
	}
	f, ok := p.figure(i)
	if !ok {
		return Quantity{}, max(f.end, start+1), false
	}
	if reason := p.notAClaim(f, currency != ""); reason {
		return Quantity{}, max(f.end, start+1), false
	}
	q.NumStart = p.toks[f.start].start
	if currency != "" {
		q.NumStart = p.toks[start].start
		if q.BoundStart >= 0 {
			q.NumStart = p.toks[i-1].start
		}
	}
	lo, hi := f, f
	end := f.end
	// a range: "10,000-12,000", "10,000 to 12,000", "between 25 and 30"
	if g, e, ok := p.rangeEnd(f, start, currency); ok {
		hi = g
		end = e
		if w := p.word(start - 1); (w == "between" || w == "from") && q.BoundStart < 0 {
			start--
		}
	}
	// the unit after the figure(s)
	unit, kind, ue := p.unitAfter(end, hi, currency)
	if ue > end {
		end = ue
	}
	// money keeps the written scale in its unit
	scaleOf := func(x figure) float64 { return x.val }
	if kind == Money && hi.scale != "" {
		unit = hi.scale + " " + unit
		scaleOf = func(x figure) float64 {
			if x.scaleVal != 0 {
				return x.val / x.scaleVal
			}
			return x.val
		}
		if lo.scale == "" && lo.start != hi.start { // "$10 to $12 billion": the scale covers both
			scaleOf = func(x figure) float64 {
				if x.scaleVal != 0 {
					return x.val / x.scaleVal
				}
				return x.val
			}
		}
	} else if lo.start != hi.start && lo.scale == "" && hi.scaleVal > 1 && lo.val < hi.val/hi.scaleVal*10 {
		// "between 1 and 2 million": the scale of the high end covers the low end
		lo.val *= hi.scaleVal
	}
	low, high := scaleOf(lo), scaleOf(hi)
	if kind == "" {
		kind = Count
	}
	q.Unit, q.Kind = unit, kind
	switch q.Bound {
	case "min":
		q.Low, q.High = ptr(low), nil
	case "max":
		q.Low, q.High = ptr(0), ptr(high)
	case "approx":
		q.Low, q.High, q.Approx = ptr(low), ptr(high), true
	default:
		q.Low, q.High = ptr(low), ptr(high)
	}
	if q.BoundStart >= 0 {
		q.Start = q.BoundStart
	} else {
		q.Start = p.toks[start].start
	}
	q.End = p.toks[end-1].end
	// "a 15-year low", "several-week": nothing more to read
	if w := p.word(end); p.lex().Has("nominal", w) && p.isWord(end) {
		q.Nominal = w
	}
	q.Change = p.change(start, end)
	if p.word(end) == "of" {
		q.Of = true
	}
	return q, end, true
}

// startsFigure reports whether a number starts at token i.
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
	if p.lex().Has("cardinal", w) || p.lex().Has("fraction", w) {
		return true
	}
	if p.lex().Has("cardinal", firstPart(w)) {
		return true
	}
	if w == "a" || w == "an" {
		n := p.word(i + 1)
		return n == "dozen" || n == "hundred" || n == "thousand" || n == "million" || n == "billion" || n == "trillion" || n == "half" || n == "quarter"
	}
	return false
}

func firstPart(w string) string {
	if a, _, ok := strings.Cut(w, "-"); ok {
		return a
	}
	return w
}

// figure reads one number: digits (with a glued or following scale), or
// number words ("two hundred and fifty", "twenty-five", "half a million").
func (p *parser) figure(i int) (figure, bool) {
	f := figure{start: i}
	if p.isNum(i) {
		v, ok := parseDigits(p.toks[i].text)
		if !ok {
			f.end = i + 1
			return f, false
		}
		j := i + 1
		// digit groups split by a space: "816 000"
		for p.isNum(j) && p.toks[j].space && len(p.toks[j].text) == 3 && isDigits(p.toks[j].text) && isDigits(p.toks[j-1].text) && len(p.toks[j-1].text) <= 3 && p.thinSpaceBefore(j) {
			v = v*1000 + mustDigits(p.toks[j].text)
			j++
		}
		f.val = v
		// a glued suffix: 3.2bn, 5k, 10km, 15th
		if p.isWord(j) && p.glued(j-1) {
			w := p.words[j]
			if m, ok := p.lex().Lookup("suffix", w); ok && (w != "m" || p.afterCurrency(i)) {
				s, _ := strconv.ParseFloat(m, 64)
				f.val *= s
				f.scale, f.scaleVal = scaleName(s), s
				j++
			} else if u, ok := p.lex().Lookup("unit", w); ok {
				c, _, _ := lexicon.ParseUnit(u)
				f.suffixUnit = c
				j++
			} else {
				f.end = j + 1
				return f, false // an ordinal (15th) or a code (34A)
			}
		}
		// a scale word: "1.5 million", "3.2 billion"
		if p.isWord(j) && !p.glued(j-1) {
			if m, ok := p.lex().Lookup("multiplier", p.words[j]); ok && len(p.words[j]) > 2 {
				s, _ := strconv.ParseFloat(m, 64)
				f.val *= s
				if f.scaleVal != 0 {
					f.scaleVal *= s
				} else {
					f.scaleVal = s
				}
				f.scale = scaleName(f.scaleVal)
				j++
			}
		}
		f.end = j
		return f, true
	}
	// number words
	f.spelled = true
	total, current := 0.0, 0.0
	seen := false
	j := i
	for j < len(p.toks) && p.isWord(j) {
		w := p.words[j]
		parts := strings.Split(w, "-")
		if len(parts) == 2 && p.lex().Has("cardinal", parts[0]) && p.lex().Has("cardinal", parts[1]) {
			a, _ := p.lex().Lookup("cardinal", parts[0])
			b, _ := p.lex().Lookup("cardinal", parts[1])
			av, _ := strconv.ParseFloat(a, 64)
			bv, _ := strconv.ParseFloat(b, 64)
			current += av + bv
			seen = true
			j++
			continue
		}
		if v, ok := p.lex().Lookup("cardinal", w); ok {
			x, _ := strconv.ParseFloat(v, 64)
			if seen && current != 0 && x >= 1 && math.Mod(current, 100) != 0 {
				break // "one two" is two numbers
			}
			current += x
			seen = true
			j++
			continue
		}
		if (w == "a" || w == "an") && !seen {
			current = 1
			j++
			continue
		}
		if v, ok := p.lex().Lookup("fraction", w); ok && !seen {
			x, _ := strconv.ParseFloat(v, 64)
			current = x
			seen = true
			j++
			if p.word(j) == "a" || p.word(j) == "an" { // "half a million"
				j++
			}
			continue
		}
		if v, ok := p.lex().Lookup("multiplier", w); ok && len(w) > 2 {
			x, _ := strconv.ParseFloat(v, 64)
			if current == 0 {
				current = 1
			}
			seen = true
			if x == 100 || x == 12 {
				current *= x
			} else {
				total += current * x
				current = 0
			}
			f.scale, f.scaleVal = w, x
			j++
			continue
		}
		if w == "and" && seen && p.isWord(j+1) && p.lex().Has("cardinal", firstPart(p.word(j+1))) && (total != 0 || math.Mod(current, 100) == 0 && current >= 100) {
			j++
			continue
		}
		break
	}
	if !seen {
		f.end = i + 1
		return f, false
	}
	f.val = total + current
	f.end = j
	// "a" alone is no number
	if f.end == i+1 && (p.words[i] == "a" || p.words[i] == "an") {
		return f, false
	}
	return f, true
}

func (p *parser) thinSpaceBefore(j int) bool {
	gap := p.s[p.toks[j-1].end:p.toks[j].start]
	return gap == "\u00a0" || gap == "\u2009" || gap == "\u202f" || gap == " "
}

func (p *parser) afterCurrency(i int) bool {
	if i == 0 {
		return false
	}
	_, ok := p.lex().Lookup("currency", p.toks[i-1].norm)
	return ok && p.toks[i-1].kind == tPunct || (ok && p.glued(i-1))
}

func scaleName(v float64) string {
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
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// currencyBefore reads a currency sign or code right before a number:
// "$", "US$", "€", "USD".
func (p *parser) currencyBefore(i int) (string, int) {
	if i >= len(p.toks) {
		return "", 0
	}
	t := p.toks[i]
	// US$ is two tokens: US and $
	if t.kind == tWord && i+1 < len(p.toks) && p.glued(i) && p.toks[i+1].kind == tPunct {
		if c, ok := p.lex().Lookup("currency", t.norm+p.toks[i+1].norm); ok && p.isNum(i+2) {
			return c, 2
		}
	}
	if t.kind == tPunct || (t.kind == tWord && len(t.text) == 3 && strings.ToUpper(t.text) == t.text) {
		if c, ok := p.lex().Lookup("currency", t.norm); ok && p.isNum(i+1) {
			return c, 1
		}
	}
	return "", 0
}

// rangeEnd reads the second end of a range after figure f.
func (p *parser) rangeEnd(f figure, start int, currency string) (figure, int, bool) {
	j := f.end
	between := p.word(start-1) == "between" || p.word(start-1) == "from"
	w := p.word(j)
	isJoin := p.isPunct(j, "-") || (p.isWord(j) && (w == "to" || (w == "and" && between) || w == "or" && f.spelled))
	if !isJoin {
		return figure{}, 0, false
	}
	k := j + 1
	if currency != "" {
		if _, n := p.currencyBefore(k); n > 0 {
			k += n
		}
	}
	if !p.startsFigure(k) || (p.isWord(k) && (p.word(k) == "a" || p.word(k) == "an")) {
		return figure{}, 0, false
	}
	if p.isPunct(j, "-") && f.spelled != !p.isNum(k) {
		return figure{}, 0, false
	}
	g, ok := p.figure(k)
	// phone numbers: 123-4567
	if ok && p.isPunct(j, "-") && p.glued(j-1) && p.glued(j) && isDigits(p.toks[f.start].text) && isDigits(p.toks[k].text) && len(p.toks[k].text) >= 4 && len(p.toks[f.start].text) >= 3 {
		return figure{}, 0, false
	}
	if !ok || g.val < f.val && g.scaleVal <= 1 && f.scaleVal <= 1 {
		return figure{}, 0, false
	}
	// "2025-02-07" and phone numbers: a third group
	if p.isPunct(g.end, "-/.") && p.isNum(g.end+1) && p.glued(g.end) {
		return figure{}, 0, false
	}
	return g, g.end, true
}

// unitAfter reads a unit after the figure that ends at token end.
func (p *parser) unitAfter(end int, f figure, currency string) (unit, kind string, next int) {
	if f.suffixUnit != "" {
		u, _ := p.lex().Lookup("unit", f.suffixUnit)
		c, k, _ := lexicon.ParseUnit(u)
		if currency != "" {
			return currency, Money, end
		}
		return c, k, end
	}
	if currency != "" {
		return currency, Money, end
	}
	j := end
	if p.isPunct(j, "%") {
		return "%", Percent, j + 1
	}
	// "15-year", "several-week": a hyphen glued on both sides
	if p.isPunct(j, "-") && p.glued(j-1) && p.glued(j) {
		j++
	}
	if !p.isWord(j) {
		return "", "", end
	}
	if e, n := p.lex().Match("unit", p.words, j); n > 0 {
		c, k, _ := lexicon.ParseUnit(e.Value)
		// single letters are units only in lower case: "10 m", not "10 M"
		if len(e.Phrase) == 1 && p.toks[j].text != e.Phrase {
			return "", "", end
		}
		return c, k, j + n
	}
	if e, n := p.lex().Match("currency", p.words, j); n > 0 && len(e.Words[0]) > 1 {
		return e.Value, Money, j + n
	}
	return "", "", end
}

// notAClaim reports figures that are dates, clock times, years, ordinals,
// parts of names and codes.
func (p *parser) notAClaim(f figure, money bool) bool {
	if f.spelled {
		w := p.words[f.start]
		// "one of the ...", "no one": selection and pronouns, not counts
		if f.val == 1 && (p.word(f.end) == "of" || p.word(f.end) == "another" || p.word(f.start-1) == "no" || p.word(f.start-1) == "the" || p.word(f.start-1) == "any" || p.word(f.start-1) == "every") {
			return true
		}
		if f.end == f.start+1 && (w == "a" || w == "an") {
			return true
		}
		// "a day after": relative dates
		if p.lex().Has("not-after", p.word(f.end)) || (p.isUnitWord(f.end) && p.lex().Has("not-after", p.word(f.end+1))) {
			return true
		}
		return false
	}
	t := p.toks[f.start]
	// glued to a word before: G7, Su-34, COVID-19, MH17
	if f.start > 0 {
		prev := p.toks[f.start-1]
		if !t.space && (prev.kind == tWord) {
			return true
		}
		if !t.space && prev.kind == tPunct && (prev.norm == "-" || prev.norm == "/" || prev.norm == ":" || prev.norm == "." || prev.norm == "#" || prev.norm == "+") {
			if f.start >= 2 && !prev.space && (p.toks[f.start-2].kind == tWord || p.toks[f.start-2].kind == tNum) {
				return true // Su-34, 24/7, 20:35, 1.2.3
			}
			if prev.norm != "-" {
				return true
			}
		}
		if prev.norm == "(" && f.end < len(p.toks) && p.isPunct(f.end, ")") && p.isNum(f.end+1) {
			return true // phone: (555) 123
		}
	}
	// glued to what follows: 20:35, 7/2/2025, 1-0? a third group: dates, phones
	if f.end < len(p.toks) && p.glued(f.end-1) {
		nx := p.toks[f.end]
		if nx.kind == tPunct && (nx.norm == ":" || nx.norm == "/") && p.isNum(f.end+1) && p.glued(f.end) {
			return true
		}
		if nx.kind == tPunct && (nx.norm == "-" || nx.norm == ".") && p.isNum(f.end+1) && p.glued(f.end) && p.isPunct(f.end+2, "-.") && p.isNum(f.end+3) {
			return true
		}
		// "34-year-old"
		if nx.norm == "-" && p.isWord(f.end+1) && p.isPunct(f.end+2, "-") && p.word(f.end+3) == "old" {
			return true
		}
		// "F-16s"-like codes: digits glued to a word we could not read
		if nx.kind == tWord && f.end == f.start+1 {
			return true
		}
	}
	// clock times: "10 a.m.", "3 pm"
	if e, n := p.lex().Match("clock", p.words, f.end); n > 0 && len(e.Words) > 0 {
		return true
	}
	// ordinals spelled with digits are caught in figure(); relative dates
	if p.lex().Has("not-after", p.word(f.end)) || (p.isUnitWord(f.end) && p.lex().Has("not-after", p.word(f.end+1))) {
		return true
	}
	// "page 5", "No. 10", "Resolution 2231"
	prev := f.start - 1
	if p.isPunct(prev, ".") {
		prev--
	}
	if p.lex().Has("not-before", p.word(prev)) && p.isWord(prev) {
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
	}
	// years: "2024", "in 2025"
	if integer && v >= 1900 && v <= 2100 && f.scale == "" && f.end == f.start+1 && len(t.text) == 4 {
		if p.word(f.start-1) != "" && p.isBoundWord(f.start-1) {
			return false
		}
		if p.isUnitWord(f.end) {
			return false
		}
		if p.isWord(f.end) && strings.HasSuffix(p.word(f.end), "s") && p.toks[f.end].text == strings.ToLower(p.toks[f.end].text) && !p.isMonth(f.end) {
			return false // "2000 soldiers"
		}
		return true
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
	return p.lex().Has("month", p.words[i])
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
	// quote marks may sit inside: a “significant number”
	words, idx := p.wordsSkippingQuotes(i, 6)
	e, n := p.lex().Match("vague", words, 0)
	if n == 0 {
		return Quantity{}, i, false
	}
	last := idx[n-1]
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
// "fell by 2,000", "a 40% increase".
func (p *parser) change(start, end int) string {
	k := start - 1
	if p.word(k) == "by" {
		k--
	}
	if v, ok := p.lex().Lookup("change", p.word(k)); ok && p.isWord(k) {
		if p.word(k+1) == "to" {
			return ""
		}
		return v
	}
	if p.isWord(end) && p.word(end) != "down" && p.word(end) != "up" {
		if v, ok := p.lex().Lookup("change", p.word(end)); ok {
			return v
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
