package compare

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claims-tool/claims/extract"
	"github.com/claims-tool/claims/lexicon"
	"github.com/sajari/fuzzy"
)

// Canonical source names.
//
// The extractor names organisations canonically through the lexicon's
// [source] list; people come as written: "Volodymyr Zelenskyy" in one
// article, "Zelensky" or "Zeelenskyy" in another, the surname alone after
// the full name. A person's name is resolved so:
//
//   - surnames that differ by a few letters are one surname: none for up
//     to 4 letters, one up to 7, two beyond ("Zelensky", "Zelenskyy",
//     "Zeelenskyy"); sajari/fuzzy proposes the candidates, a rune-based edit
//     distance decides, so non-ASCII names count letters, not bytes;
//   - full names with one surname are one person when their given names
//     match the same way or one is an initial ("V. Zelensky");
//   - a surname alone is the person of that surname named in full in the
//     same article, else the only such person in the corpus;
//   - a person's canonical name is their most frequent full form, titles
//     dropped ("President", "Gov."), a given name preferred to an initial,
//     ties by lexical order; a surname never given in full is its most
//     frequent spelling.
//
// Everything is decided over sorted names, so the result does not depend
// on the order of the claims (sajari/fuzzy's own ranking breaks ties at
// random and is not used).

// person is a name that reads as a person's: capitalised words, no
// possessive, not an organisation the lexicon knows.
type person struct {
	form    string
	name    string // the form without titles: "Volodymyr Zelensky"
	given   string // folded first word, "" for a surname alone
	surname string // folded last word
	full    bool
}

type names struct {
	lex     *lexicon.Lexicon
	titles  map[string]bool
	orgs    map[string]bool
	generic map[string]bool
}

func newNames(lex *lexicon.Lexicon) *names {
	n := &names{lex: lex, titles: map[string]bool{}, orgs: map[string]bool{}, generic: map[string]bool{}}
	for _, e := range lex.Entries("title") {
		n.titles[strings.Join(e.Words, " ")] = true
	}
	for _, e := range lex.Entries("source") {
		n.orgs[lexicon.Norm(e.Value)] = true
		n.orgs[strings.Join(e.Words, " ")] = true
	}
	for _, e := range lex.Entries("generic") {
		n.generic[strings.Join(e.Words, " ")] = true
	}
	return n
}

// parse reads a source name as a person's name, dropping leading titles
// ("Gov.", "President").
func (n *names) parse(form string) (person, bool) {
	if n.orgs[lexicon.Norm(form)] {
		return person{}, false
	}
	words := strings.Fields(form)
	for len(words) > 1 && n.isTitle(words[0]) {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 4 {
		return person{}, false
	}
	for _, w := range words {
		if !nameWord(w) || n.generic[lexicon.Norm(w)] {
			return person{}, false
		}
	}
	p := person{form: form, name: strings.Join(words, " "), surname: foldName(words[len(words)-1])}
	if len(words) > 1 {
		p.given, p.full = foldName(words[0]), true
	}
	return p, true
}

func (n *names) isTitle(w string) bool {
	f := lexicon.Norm(w)
	return n.titles[f] || n.titles[strings.TrimSuffix(f, ".")]
}

// nameWord reports whether w can be a word of a person's name: a capital
// letter, then letters, hyphens or inner apostrophes; or an initial "V.".
// Acronyms ("NATO") and possessives ("Ukraine's") are not.
func nameWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	rest := w[size:]
	if rest == "." || rest == "" {
		return true
	}
	lower := 0
	for i, r := range rest {
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r):
		case r == '-' || r == '\'' || r == '’':
			if i == len(rest)-utf8.RuneLen(r) {
				return false
			}
		default:
			return false
		}
	}
	if lower == 0 {
		return false // an acronym
	}
	f := lexicon.Norm(w)
	return !strings.HasSuffix(f, "'s")
}

func foldName(w string) string {
	return strings.TrimSuffix(lexicon.Norm(w), ".")
}

// allowedEdits is how many letters two spellings of a name of n letters may
// differ by.
func allowedEdits(n int) int {
	switch {
	case n <= 4:
		return 0
	case n <= 7:
		return 1
	}
	return 2
}

// sameName reports whether two folded name words are spellings of one name.
func sameName(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	return extract.EditDistance(a, b) <= allowedEdits(min(la, lb))
}

// sameGiven is sameName, also matching an initial with a name.
func sameGiven(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if utf8.RuneCountInString(a) == 1 || utf8.RuneCountInString(b) == 1 {
		return ra == rb
	}
	return sameName(a, b)
}

// unionFind over strings, the smaller string becoming the root so that the
// result does not depend on the order of unions.
type unionFind map[string]string

func (u unionFind) find(x string) string {
	for {
		p, ok := u[x]
		if !ok || p == x {
			return x
		}
		u[x] = u[p]
		x = p
	}
}

func (u unionFind) union(a, b string) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u[rb] = ra
	u[ra] = ra
}

// canonical returns the canonical source name of every claim, "" for none.
func (n *names) canonical(claims []extract.Claim, artOf []int32) []string {
	out := make([]string, len(claims))
	count := map[string]int{}
	forms := make([]string, len(claims))
	for i := range claims {
		forms[i] = strings.Join(strings.Fields(claims[i].Source.Name), " ")
	}
	// an acronym any article spells out ("the National Institute for
	// Disaster Risk Management (INGD)") names the same source everywhere
	alias := map[string]string{}
	for i := range claims {
		if acr, ok := parenAcronym(claims[i].Source.AsWritten); ok && forms[i] != "" && forms[i] != acr {
			if a, seen := alias[acr]; !seen || forms[i] < a {
				alias[acr] = forms[i]
			}
		}
	}
	// "U.N. Office for ..." and "UN Office for ...": forms that differ only
	// in the dots of an acronym are one source, written as most often
	spelt := map[string]map[string]int{}
	for i, f := range forms {
		if a, ok := alias[f]; ok {
			forms[i] = a
		}
		if forms[i] != "" {
			k := undot(forms[i])
			if spelt[k] == nil {
				spelt[k] = map[string]int{}
			}
			spelt[k][forms[i]]++
		}
	}
	for i, f := range forms {
		if f != "" {
			forms[i] = mostFrequent(spelt[undot(f)])
			count[forms[i]]++
		}
	}
	people := map[string]person{}
	surnames := map[string]int{}
	for f := range count {
		if p, ok := n.parse(f); ok {
			people[f] = p
			surnames[p.surname] += count[f]
		}
	}
	sur := sortedKeys(surnames)
	// surnames that are spellings of one another
	su := unionFind{}
	if len(sur) > 1 {
		model := fuzzy.NewModel()
		model.SetUseAutocomplete(false)
		model.SetThreshold(1)
		model.SetDepth(2)
		for _, s := range sur {
			model.SetCount(s, surnames[s], true)
		}
		for _, s := range sur {
			pots := model.Potentials(s, true)
			cands := make([]string, 0, len(pots))
			for t := range pots {
				cands = append(cands, t)
			}
			sort.Strings(cands)
			for _, t := range cands {
				if _, known := surnames[t]; known && t != s && sameName(s, t) {
					su.union(s, t)
				}
			}
		}
	}
	// full names: one person when surnames and given names match
	var fulls []string
	for _, f := range sortedKeys(count) {
		if p, ok := people[f]; ok && p.full {
			fulls = append(fulls, f)
		}
	}
	pu := unionFind{}
	bySurname := map[string][]string{}
	for _, f := range fulls {
		root := su.find(people[f].surname)
		for _, g := range bySurname[root] {
			if sameGiven(people[f].given, people[g].given) {
				pu.union(f, g)
			}
		}
		bySurname[root] = append(bySurname[root], f)
	}
	// a person's canonical name: the most frequent full form (titles
	// dropped, a given name preferred to an initial), ties by lexical order
	votes := map[string]map[string]int{} // person root -> name -> claims
	for _, f := range fulls {
		r := pu.find(f)
		if votes[r] == nil {
			votes[r] = map[string]int{}
		}
		votes[r][people[f].name] += count[f]
	}
	best := map[string]string{} // person root -> canonical
	for r, vs := range votes {
		b := ""
		for _, name := range sortedKeys(vs) {
			if b == "" || initialOnly(b) && !initialOnly(name) || initialOnly(b) == initialOnly(name) && vs[name] > vs[b] {
				b = name
			}
		}
		best[r] = b
	}
	// surnames alone with no full form: the most frequent spelling
	lone := map[string]string{}
	loneVotes := map[string]map[string]int{}
	for _, f := range sortedKeys(count) {
		p, ok := people[f]
		if !ok || p.full {
			continue
		}
		r := su.find(p.surname)
		if loneVotes[r] == nil {
			loneVotes[r] = map[string]int{}
		}
		loneVotes[r][p.name] += count[f]
	}
	for r, vs := range loneVotes {
		lone[r] = mostFrequent(vs)
	}
	// the full-name persons of each article, for surnames alone
	type key struct {
		art  int32
		root string
	}
	inArticle := map[key]map[string]int{} // -> person root -> claims
	for i, f := range forms {
		if p, ok := people[f]; ok && p.full {
			k := key{artOf[i], su.find(p.surname)}
			if inArticle[k] == nil {
				inArticle[k] = map[string]int{}
			}
			inArticle[k][pu.find(f)]++
		}
	}
	personsOf := map[string][]string{} // surname root -> person roots
	for _, f := range fulls {
		r := su.find(people[f].surname)
		pr := pu.find(f)
		if !slices.Contains(personsOf[r], pr) {
			personsOf[r] = append(personsOf[r], pr)
		}
	}
	for i, f := range forms {
		p, ok := people[f]
		switch {
		case f == "":
		case !ok:
			out[i] = f
		case p.full:
			out[i] = best[pu.find(f)]
		default:
			root := su.find(p.surname)
			if here := inArticle[key{artOf[i], root}]; len(here) > 0 {
				out[i] = best[mostFrequent(here)]
			} else if ps := personsOf[root]; len(ps) == 1 {
				out[i] = best[ps[0]]
			} else {
				out[i] = lone[root]
				if out[i] == "" {
					out[i] = f
				}
			}
		}
	}
	return out
}

// undot drops the dots of dotted acronyms: "U.N. Office" -> "UN Office".
func undot(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		core, rest := w, ""
		if j := strings.Index(w, "'"); j > 0 {
			core, rest = w[:j], w[j:]
		}
		if dottedAcronym(core) {
			words[i] = strings.ReplaceAll(core, ".", "") + rest
		}
	}
	return strings.Join(words, " ")
}

// dottedAcronym reports whether w is two or more capitals each followed by a
// dot: "U.N.", "U.S.".
func dottedAcronym(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// parenAcronym returns the acronym in parentheses that ends a name as
// written: "World Health Organization (WHO)" gives WHO.
func parenAcronym(written string) (string, bool) {
	w := strings.TrimSpace(written)
	i := strings.LastIndex(w, "(")
	if i <= 0 || !strings.HasSuffix(w, ")") {
		return "", false
	}
	acr := w[i+1 : len(w)-1]
	if utf8.RuneCountInString(acr) < 2 {
		return "", false
	}
	for _, r := range acr {
		if !unicode.IsUpper(r) {
			return "", false
		}
	}
	return acr, true
}

// initialOnly reports whether a full name starts with an initial: "V. Zelensky".
func initialOnly(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return utf8.RuneCountInString(strings.TrimSuffix(first, ".")) == 1
}

func mostFrequent(m map[string]int) string {
	b := ""
	for _, k := range sortedKeys(m) {
		if b == "" || m[k] > m[b] {
			b = k
		}
	}
	return b
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
