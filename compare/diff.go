package compare

import (
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/claims-tool/claims/extract"
)

// Changes is what changed between an earlier report (a baseline) and a new
// one on the same articles: facts added and removed, facts whose figures or
// verdict changed. Each list is in report order: removed facts in the old
// report's order, the others in the new one's.
type Changes struct {
	Added    []Fact   `json:"added"`
	Removed  []Fact   `json:"removed"`
	Values   []Change `json:"values"`
	Verdicts []Change `json:"verdicts"`
}

// Fact describes one group of a report for a list of changes.
type Fact struct {
	Group   string `json:"group"`
	Verdict string `json:"verdict"`
	Subject string `json:"subject"`
	Unit    string `json:"unit"`
	// Figures are the group's claims as "article: figure", in claim order.
	Figures []string `json:"figures"`
}

// Change is one fact as the old and the new report have it.
type Change struct {
	Old Fact `json:"old"`
	New Fact `json:"new"`
}

// Empty reports whether nothing changed.
func (c Changes) Empty() bool { return c.Len() == 0 }

// Len counts the changes.
func (c Changes) Len() int { return len(c.Added) + len(c.Removed) + len(c.Values) + len(c.Verdicts) }

// Diff compares a new report with an old one. A group of the old report is
// the same fact as one of the new when they share claims (by id) or claims
// of the same article counting the same thing in the same unit; each group
// matches at most one, the pairs sharing the most first. A matched fact
// whose verdict differs is a verdict change; one whose figures differ in an
// article both report is a value change. Articles are named by file name
// when the file names are unique in both reports, so a baseline made from
// another directory still matches.
func Diff(old, new *Report) Changes {
	if old == nil {
		old = &Report{}
	}
	if new == nil {
		new = &Report{}
	}
	byName := uniqueBaseNames(old) && uniqueBaseNames(new)
	o, n := diffView(old, byName), diffView(new, byName)

	// candidate matches through shared ids and keys
	type pair struct{ o, n, score int }
	shared := map[[2]int]int{}
	for id, og := range o.groupOfID {
		if ng, ok := n.groupOfID[id]; ok {
			shared[[2]int{og, ng}] += 2
		}
	}
	for k, ogs := range o.groupsOfKey {
		for _, og := range ogs {
			for _, ng := range n.groupsOfKey[k] {
				shared[[2]int{og, ng}]++
			}
		}
	}
	pairs := make([]pair, 0, len(shared))
	for k, s := range shared {
		pairs = append(pairs, pair{k[0], k[1], s})
	}
	sort.Slice(pairs, func(i, j int) bool {
		a, b := pairs[i], pairs[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.n != b.n {
			return a.n < b.n
		}
		return a.o < b.o
	})
	oldTo := make([]int, len(old.Groups))
	newTo := make([]int, len(new.Groups))
	for i := range oldTo {
		oldTo[i] = -1
	}
	for i := range newTo {
		newTo[i] = -1
	}
	for _, p := range pairs {
		if oldTo[p.o] < 0 && newTo[p.n] < 0 {
			oldTo[p.o], newTo[p.n] = p.n, p.o
		}
	}

	var c Changes
	for ni := range new.Groups {
		oi := newTo[ni]
		if oi < 0 {
			c.Added = append(c.Added, n.fact(ni))
			continue
		}
		if old.Groups[oi].Verdict != new.Groups[ni].Verdict {
			c.Verdicts = append(c.Verdicts, Change{Old: o.fact(oi), New: n.fact(ni)})
		}
		if !sameFigures(o.figures[oi], n.figures[ni]) {
			c.Values = append(c.Values, Change{Old: o.fact(oi), New: n.fact(ni)})
		}
	}
	for oi := range old.Groups {
		if oldTo[oi] < 0 {
			c.Removed = append(c.Removed, o.fact(oi))
		}
	}
	return c
}

// reportView indexes a report for Diff.
type reportView struct {
	r           *Report
	byName      bool
	groupOfID   map[string]int
	groupsOfKey map[string][]int
	figures     []map[string][]string // per group: article -> figures, sorted
	claims      map[string]*extract.Claim
}

func diffView(r *Report, byName bool) *reportView {
	v := &reportView{r: r, byName: byName, groupOfID: map[string]int{}, groupsOfKey: map[string][]int{}, claims: map[string]*extract.Claim{}}
	for i := range r.Claims {
		v.claims[r.Claims[i].ID] = &r.Claims[i]
	}
	v.figures = make([]map[string][]string, len(r.Groups))
	for gi, g := range r.Groups {
		v.figures[gi] = map[string][]string{}
		keys := map[string]bool{}
		for _, id := range g.Claims {
			v.groupOfID[id] = gi
			c := v.claims[id]
			if c == nil {
				continue
			}
			art := v.article(c.Article)
			k := art + "\x00" + singular(strings.ToLower(c.Subject)) + "\x00" + c.Unit
			if !keys[k] {
				keys[k] = true
				v.groupsOfKey[k] = append(v.groupsOfKey[k], gi)
			}
			v.figures[gi][art] = append(v.figures[gi][art], figure(c))
		}
		for _, fs := range v.figures[gi] {
			sort.Strings(fs)
		}
	}
	return v
}

func (v *reportView) article(path string) string {
	if v.byName {
		return filepath.Base(path)
	}
	return path
}

func (v *reportView) fact(gi int) Fact {
	g := v.r.Groups[gi]
	f := Fact{Group: g.ID, Verdict: g.Verdict, Subject: g.Subject, Unit: g.Unit, Figures: []string{}}
	for _, id := range g.Claims {
		if c := v.claims[id]; c != nil {
			f.Figures = append(f.Figures, v.article(c.Article)+": "+c.Text)
		} else {
			f.Figures = append(f.Figures, id)
		}
	}
	return f
}

// sameFigures reports whether the articles both groups hold state the same
// figures.
func sameFigures(a, b map[string][]string) bool {
	for art, fa := range a {
		fb, ok := b[art]
		if !ok {
			continue
		}
		if !slices.Equal(fa, fb) {
			return false
		}
	}
	return true
}

// figure is a claim's value and unit in a canonical spelling.
func figure(c *extract.Claim) string {
	num := func(p *float64) string {
		if p == nil {
			return "_"
		}
		return strconv.FormatFloat(*p, 'g', -1, 64)
	}
	var b strings.Builder
	if c.Value.Vague {
		b.WriteString("~")
		b.WriteString(strings.ToLower(c.Text))
	} else {
		if c.Value.Approx {
			b.WriteString("about ")
		}
		b.WriteString(num(c.Value.Low))
		b.WriteString("..")
		b.WriteString(num(c.Value.High))
	}
	if c.Unit != "" {
		b.WriteString(" ")
		b.WriteString(c.Unit)
	}
	return b.String()
}

func uniqueBaseNames(r *Report) bool {
	seen := map[string]string{}
	for _, a := range r.Articles {
		b := filepath.Base(a.Path)
		if p, ok := seen[b]; ok && p != a.Path {
			return false
		}
		seen[b] = a.Path
	}
	for _, c := range r.Claims {
		b := filepath.Base(c.Article)
		if p, ok := seen[b]; ok && p != c.Article {
			return false
		}
		seen[b] = c.Article
	}
	return true
}
