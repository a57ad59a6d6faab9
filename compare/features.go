package compare

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claims-tool/claims/extract"
	"github.com/claims-tool/claims/extract/fact"
	"github.com/claims-tool/claims/lexicon"
)

// feat is what alignment knows about one claim, computed once.
type feat struct {
	art  int32 // article index
	sent int32 // sentence index, unique over the corpus
	src  int32 // canonical source id, -1 for none
	orig int32 // the article's origin
	// disputed is true when the article says the figure is disputed: it
	// reports a conflicting figure from another source
	disputed bool
	class    string
	// baseClass is the class of the noun alone, before a verb refines it
	baseClass string
	subj      string // the subject as written, singular
	// real is false when the subject was derived from the verb (a measure's
	// "advance" from "advanced") or inferred from the predicate; such a
	// subject never rules a pair out.
	real    bool
	dim     string
	pcls    []string // predicate classes
	verb    string   // the predicate's first word, stemmed, when it has no class
	origins []string // capitalised modifiers ("north", "korean"), sorted
	months  uint16   // bit m set for month m (1..12)
	days    uint8    // weekday bits
	year    int      // a year the sentence sets its figures in ("in 2019"), or 0
	earlier bool     // a comparison figure: "from 5.4% a year earlier"
	change  string
	toks    []int32 // context tokens, sorted, unique
	norm    float64 // IDF norm of toks
	val     fact.Reading
	dist    float64 // distinctiveness of the figure
}

// vocab caches what the lexicon says about words, so that each distinct
// word is looked up once per run.
type vocab struct {
	lex      *lexicon.Lexicon
	ids      map[string]int32
	words    map[string][]int32  // context word (as written) -> token ids
	preds    map[string][]string // verb -> predicate classes
	phrases  map[string]phrase   // predicate or subject as written
	quals    map[string]qualifierInfo
	units    map[string]string    // unit as written -> canonical
	subjects map[string]string    // noun -> class
	compose  map[[2]string]string // class, pclass -> class
	// by stem, for words the lexicon lists in another inflection (a
	// lemmatised context word "kill" for the listed "killed")
	predStems map[string][]string
	subjStems map[string]string
	months    map[string]uint16
	days      map[string]uint8
	titles    map[string]bool
}

func newVocab(lex *lexicon.Lexicon) *vocab {
	v := &vocab{
		lex:      lex,
		ids:      map[string]int32{},
		words:    map[string][]int32{},
		preds:    map[string][]string{},
		phrases:  map[string]phrase{},
		quals:    map[string]qualifierInfo{},
		units:    map[string]string{},
		subjects: map[string]string{},
		compose:  map[[2]string]string{},
		months:   map[string]uint16{},
		days:     map[string]uint8{},
		titles:   map[string]bool{},
	}
	v.predStems, v.subjStems = map[string][]string{}, map[string]string{}
	for _, e := range lex.Entries("predicate") {
		if len(e.Words) != 1 {
			continue
		}
		k := stem(e.Words[0])
		for _, c := range fact.Classes(e.Value) {
			if !slices.Contains(v.predStems[k], c) {
				v.predStems[k] = append(v.predStems[k], c)
			}
		}
	}
	for k := range v.predStems {
		sort.Strings(v.predStems[k])
	}
	for _, e := range lex.Entries("subject") {
		if k := stem(e.Words[0]); len(e.Words) == 1 && v.subjStems[k] == "" {
			v.subjStems[k] = e.Value
		}
	}
	for _, e := range lex.Entries("month") {
		if n := atoi(e.Value); n >= 1 && n <= 12 {
			v.months[strings.Join(e.Words, " ")] = 1 << n
		}
	}
	for _, e := range lex.Entries("season") {
		var m uint16
		for _, s := range strings.Split(e.Value, ",") {
			if n := atoi(strings.TrimSpace(s)); n >= 1 && n <= 12 {
				m |= 1 << n
			}
		}
		v.months[strings.Join(e.Words, " ")] = m
	}
	for i, e := range lex.Entries("weekday") {
		v.days[strings.Join(e.Words, " ")] = 1 << (i % 8)
	}
	for _, e := range lex.Entries("title") {
		v.titles[strings.Join(e.Words, " ")] = true
	}
	return v
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return -1
		}
		n = n*10 + int(r-'0')
	}
	return n
}

func (v *vocab) id(tok string) int32 {
	if i, ok := v.ids[tok]; ok {
		return i
	}
	i := int32(len(v.ids))
	v.ids[tok] = i
	return i
}

// qualifierInfo is a qualifier read: a time ("t:october") or modifier words.
type qualifierInfo struct {
	months  uint16
	days    uint8
	year    int
	earlier bool
	words   []string
}

func (v *vocab) qualifier(q string) qualifierInfo {
	if qi, ok := v.quals[q]; ok {
		return qi
	}
	var qi qualifierInfo
	if t, ok := strings.CutPrefix(q, "t:"); ok {
		t = lexicon.Norm(t)
		qi.months, qi.days = v.months[t], v.days[t]
		if y, err := strconv.Atoi(t); err == nil {
			qi.year = y // "t:2019"
		}
		qi.earlier = t == "earlier" // "from 5.4% a year earlier"
	} else {
		qi.words = lexicon.Words(q)
	}
	v.quals[q] = qi
	return qi
}

// look finds a folded phrase in a list without folding it again (the
// lexicon's Lookup folds every time).
func (v *vocab) look(list, folded string) (string, bool) {
	return v.lex.LookupWord(list, folded)
}

func (v *vocab) has(list, folded string) bool {
	return v.lex.HasWord(list, folded)
}

// phrase is what the features need of a predicate or a subject as written.
type phrase struct {
	norm    string
	pcls    []string
	nominal bool // a participle that names what is counted: "wounded"
	listed  bool // a [subject] entry
}

// phrase folds a predicate or subject once per distinct spelling.
func (v *vocab) phrase(raw string) phrase {
	if p, ok := v.phrases[raw]; ok {
		return p
	}
	p := phrase{norm: lexicon.Norm(raw)}
	p.pcls = v.predClasses(p.norm)
	_, p.nominal = v.look("nominal", p.norm)
	_, p.listed = v.look("subject", p.norm)
	v.phrases[raw] = p
	return p
}

// predClasses returns the [predicate] classes of a verb phrase (its first
// word). Copulas, auxiliaries and unknown verbs have none.
func (v *vocab) predClasses(verb string) []string {
	w, _, _ := strings.Cut(strings.TrimSpace(verb), " ")
	if c, ok := v.preds[w]; ok {
		return c
	}
	var out []string
	if val, ok := v.look("predicate", w); ok {
		out = fact.Classes(val)
		sort.Strings(out)
	} else {
		out = v.predStems[stem(w)]
	}
	// "any" ("put the toll at 19") says what the verb is compatible with,
	// not which fact it reports: for lining up it is no class
	out = slices.DeleteFunc(slices.Clone(out), func(c string) bool { return c == "any" })
	if len(out) == 0 {
		out = nil
	}
	v.preds[w] = out
	return out
}

// subjectClass returns the [subject] class of a noun, trying its singular;
// a participle that names people when counted ([nominal]: "missing",
// "evacuated") counts people; any other noun not listed is its own class
// (singular).
func (v *vocab) subjectClass(noun string) string {
	if c, ok := v.subjects[noun]; ok {
		return c
	}
	c, ok := v.look("subject", noun)
	if !ok {
		sg := singular(noun)
		switch c, ok = v.look("subject", sg); {
		case ok:
		case v.has("nominal", noun):
			c = v.subjectClass("people")
		default:
			c = sg
		}
	}
	v.subjects[noun] = c
	return c
}

// contextClass returns the [subject] class of the counted things a sentence
// names when it names only one class, else "".
func (v *vocab) contextClass(context []string) string {
	class := ""
	for _, w := range context {
		n := lexicon.Norm(w)
		c, ok := v.look("subject", n)
		if !ok {
			c, ok = v.subjStems[stem(n)]
		}
		if !ok {
			continue
		}
		if class != "" && c != class {
			return ""
		}
		class = c
	}
	return class
}

// unit returns the canonical name of a unit as the lexicon's [unit] list
// has it ("mile" -> "mi"); a unit it does not list is kept.
func (v *vocab) unit(u string) string {
	if u == "" {
		return ""
	}
	if c, ok := v.units[u]; ok {
		return c
	}
	c := u
	if val, ok := v.lex.Lookup("unit", u); ok {
		if canon, _, err := lexicon.ParseUnit(val); err == nil {
			c = canon
		}
	}
	v.units[u] = c
	return c
}

// composed returns the class of a [subject] class counted by a verb of a
// predicate class, when the lexicon lists the pair ("personnel kill =
// casualty": soldiers who were killed are losses).
func (v *vocab) composed(class, pcls string) (string, bool) {
	k := [2]string{class, pcls}
	if c, ok := v.compose[k]; ok {
		return c, c != ""
	}
	c, _ := fact.Composed(v.lex, class, pcls)
	v.compose[k] = c
	return c, c != ""
}

// contextTokens maps a context word to its tokens: the class of a counted
// thing ("troops" and "soldiers" are one token), the classes of a verb
// ("shot" and "intercepted" share one), else a crude stem.
func (v *vocab) contextTokens(raw string) []int32 {
	if t, ok := v.words[raw]; ok {
		return t
	}
	w := lexicon.Norm(raw)
	var out []int32
	r, _ := utf8.DecodeRuneInString(w)
	// a unit word is the block of a measure, as a noun is of a count: every
	// claim of the block shares it
	if unicode.IsLetter(r) && !v.has("unit", w) && !v.has("unit", w+"s") {
		if c, ok := v.look("subject", w); ok {
			out = append(out, v.id("s:"+c))
		} else if c, ok := v.subjStems[stem(w)]; ok {
			out = append(out, v.id("s:"+c))
		}
		for _, c := range v.predClasses(w) {
			out = append(out, v.id("p:"+c))
		}
		if len(out) == 0 {
			out = append(out, v.id(stem(w)))
		}
	}
	v.words[raw] = out
	return out
}

// stem strips a possessive and a common inflection: "advancing",
// "advanced" and "advances" become "advanc".
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w)-len(suf) >= 4 && !strings.HasSuffix(w, "ss") {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// singular is a crude English singular: "injuries" -> "injury",
// "drones" -> "drone".
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// cleanSubject folds a subject and drops one with no letter (an extraction
// slip such as a quote mark).
func cleanSubject(s string) string {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return s
		}
	}
	return ""
}

// derivedFrom reports whether subject was made from the verb: "advance"
// from "advanced", "face" from "faced".
func derivedFrom(subject, verb string) bool {
	w, _, _ := strings.Cut(verb, " ")
	if subject == "" || w == "" {
		return false
	}
	n := 0
	for n < len(subject) && n < len(w) && subject[n] == w[n] {
		n++
	}
	return n >= min(len(subject)-1, 4) && n >= 3
}

// values computes the features of every claim that come from its place
// and figure: article, sentence, source, unit and value.
func (v *vocab) values(claims []extract.Claim, artOf []int32, srcOf []int32) []feat {
	fs := make([]feat, len(claims))
	type sentKey struct {
		art        int32
		start, end int
	}
	sents := map[sentKey]int32{}
	for i := range claims {
		c := &claims[i]
		f := &fs[i]
		f.art, f.src = artOf[i], srcOf[i]
		sk := sentKey{f.art, c.SentenceSpan.Start, c.SentenceSpan.End}
		if c.SentenceSpan == (extract.Span{}) {
			sk.start, sk.end = -1-i, -1-i // unknown sentence: its own
		}
		s, ok := sents[sk]
		if !ok {
			s = int32(len(sents))
			sents[sk] = s
		}
		f.sent = s
		f.change = c.Change
		f.disputed = c.Status == extract.Disputed
		unit := v.unit(c.Unit)
		var scale float64
		f.dim, scale = fact.Dimension(unit)
		f.val = fact.ReadChange(c.Value, scale, c.Change, unit)
		f.val.Unit = unit
		f.dist = distinctiveness(f.val)
	}
	return fs
}

// wordFeatures fills the features that come from words: classes, modifiers,
// times and context. It leaves alone what values set (art, sent, dim, val),
// which origins reads meanwhile.
func (v *vocab) wordFeatures(claims []extract.Claim, fs []feat) {
	fallback := make([]string, len(claims))
	arena := make([]int32, 0, 16*len(claims))
	for i := range claims {
		c := &claims[i]
		f := &fs[i]
		pred := v.phrase(c.Predicate)
		f.pcls = pred.pcls
		if len(f.pcls) == 0 && pred.norm != "" {
			w, _, _ := strings.Cut(pred.norm, " ")
			f.verb = stem(w)
		}
		sp := v.phrase(c.Subject)
		subj := cleanSubject(sp.norm)
		if v.has("container", subj) {
			// "put the figure at 74": a word for any figure names
			// nothing counted; the sentence may
			subj = ""
		}
		if subj != "" && sp.nominal && len(sp.pcls) > 0 {
			// "dozens wounded": the counted participle is its own verb,
			// whatever verb the sentence puts near it
			f.pcls = sp.pcls
		}
		f.subj = singular(subj)
		// a subject that only names the unit's dimension ("an area of 410
		// km²", "burned 41,300 hectares" read as an area) names no thing
		f.real = subj != "" && !derivedFrom(subj, pred.norm) && f.subj != f.dim
		switch {
		case subj != "":
			f.baseClass = v.subjectClass(subj)
			f.class = v.composeClass(f.baseClass, f.pcls, c.Context, c.Value.Vague)
		case pred.listed || pred.nominal:
			// "30 wounded", "17 missing": the participle names what is
			// counted, unless the corpus says better (inferSubjects)
			fallback[i] = v.composeClass(v.subjectClass(pred.norm), f.pcls, nil, false)
		default:
			// no noun: the one counted thing its sentence names, if only one
			// ("put the death toll at 19")
			fallback[i] = v.contextClass(c.Context)
		}
		for _, q := range c.Qualifiers {
			qi := v.qualifier(q)
			f.months |= qi.months
			f.days |= qi.days
			if f.year == 0 {
				f.year = qi.year
			}
			f.earlier = f.earlier || qi.earlier
			for _, w := range qi.words {
				if capitalised(c.Sentence, w) {
					f.origins = append(f.origins, w)
				}
			}
		}
		sort.Strings(f.origins)
		f.origins = compactStrings(f.origins)
		// one backing array for all claims' tokens: fewer objects to collect
		start := len(arena)
		for _, w := range c.Context {
			arena = append(arena, v.contextTokens(w)...)
		}
		toks := arena[start:]
		slices.Sort(toks)
		toks = slices.Compact(toks)
		arena = arena[:start+len(toks)]
		f.toks = arena[start:len(arena):len(arena)]
	}
	v.inferSubjects(claims, fs)
	for i, c := range fallback {
		if fs[i].class == "" {
			fs[i].class = c
		}
	}
	// The word for the claim's own counted thing is its block: every pair
	// of the block shares it, so in the context it would only make unlike
	// claims look alike.
	for i := range fs {
		f := &fs[i]
		if f.baseClass == "" {
			continue
		}
		if id, ok := v.ids["s:"+f.baseClass]; ok {
			f.toks = slices.DeleteFunc(f.toks, func(t int32) bool { return t == id })
		}
	}
}

// composeClass refines a class by the verb: the claim's own predicate, or,
// for a vague figure whose verb the lexicon does not know (a restatement:
// "we are talking hundreds of servicemen"), the first verb of its sentence
// that composes with the class ("occupiers were killed").
func (v *vocab) composeClass(class string, pcls []string, context []string, vague bool) string {
	for _, p := range pcls {
		if c, ok := v.composed(class, p); ok {
			return c
		}
	}
	if len(pcls) > 0 || !vague {
		return class
	}
	for _, w := range context {
		for _, p := range v.phrase(w).pcls {
			if c, ok := v.composed(class, p); ok {
				return c
			}
		}
	}
	return class
}

// inferSubjects gives a count with no subject the class most often counted
// with its predicate class ("hundreds were killed" -> the class of most
// counts that were killed). The class is weak: it never rules a pair out.
func (v *vocab) inferSubjects(claims []extract.Claim, fs []feat) {
	need := false
	for i := range fs {
		need = need || fs[i].class == "" && len(fs[i].pcls) > 0
	}
	if !need {
		return
	}
	counts := map[[2]string]map[string]int{} // dim, pclass -> class -> n
	for i := range fs {
		f := &fs[i]
		if f.class == "" {
			continue
		}
		for _, p := range f.pcls {
			k := [2]string{f.dim, p}
			if counts[k] == nil {
				counts[k] = map[string]int{}
			}
			counts[k][f.class]++
		}
	}
	for i := range fs {
		f := &fs[i]
		if f.class != "" {
			continue
		}
		best, bestN := "", 0
		for _, p := range f.pcls {
			for c, n := range counts[[2]string{f.dim, p}] {
				if n > bestN || n == bestN && c < best {
					best, bestN = c, n
				}
			}
		}
		f.class = best
		f.real = false
	}
}

// capitalised reports whether word w occurs in sentence s with a capital
// first letter somewhere other than at the start of the sentence: a proper
// modifier ("North Korean", "Russian"), not a common one.
func capitalised(s, w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(s); {
		j := indexFold(s[i:], w)
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(w)
		r, _ := utf8.DecodeRuneInString(s[at:])
		startOK := at == 0 || !isWordByte(s[at-1])
		endOK := end >= len(s) || !isWordByte(s[end])
		if startOK && endOK && at > 0 && unicode.IsUpper(r) {
			return true
		}
		i = at + 1
	}
	return false
}

// indexFold is strings.Index ignoring ASCII case of s.
func indexFold(s, w string) int {
	n := len(w)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], w) {
			return i
		}
	}
	return -1
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

func compactStrings(s []string) []string {
	if len(s) < 2 {
		return s
	}
	out := s[:1]
	for _, x := range s[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

// idf weighs context tokens by how rare they are among the corpus's
// sentences: words every sentence of a story shares ("kursk") say little
// about which fact a claim is.
func weigh(fs []feat, ntok int) []float64 {
	df := make([]int32, ntok)
	nsent := int32(0)
	for i := range fs {
		nsent = max(nsent, fs[i].sent+1)
	}
	done := make([]bool, nsent)
	for i := range fs {
		// the claims of one sentence share its context: count it once
		if done[fs[i].sent] {
			continue
		}
		done[fs[i].sent] = true
		for _, t := range fs[i].toks {
			df[t]++
		}
	}
	w := make([]float64, ntok)
	for t := range w {
		w[t] = math.Log(1 + float64(nsent)/float64(max(df[t], 1)))
	}
	for i := range fs {
		s := 0.0
		for _, t := range fs[i].toks {
			s += w[t] * w[t]
		}
		fs[i].norm = math.Sqrt(s)
	}
	return w
}
