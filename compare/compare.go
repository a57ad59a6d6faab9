package compare

import (
	"runtime"
	"slices"
	"sort"
	"strconv"

	"github.com/claims-tool/claims/extract"
	"github.com/claims-tool/claims/extract/fact"
	"github.com/claims-tool/claims/lexicon"
)

// Config controls a comparison. The zero value is ready to use.
type Config struct {
	// Threshold is the least average pair score at which two groups of
	// claims merge into one fact; 0 means DefaultThreshold. Higher splits
	// more.
	Threshold float64
	// Workers bounds the goroutines that align blocks; 0 means GOMAXPROCS.
	// The report does not depend on it.
	Workers int
}

// Compare groups the claims of articles into facts and gives each a
// verdict. Articles and their claims are read, not changed; the report
// holds copies, with source names made canonical. A nil lex is an empty
// lexicon. The report depends only on the articles and their order.
func Compare(articles []*extract.Article, lex *lexicon.Lexicon, cfg Config) *Report {
	if lex == nil {
		lex, _ = lexicon.Parse()
	}
	threshold := cfg.Threshold
	if threshold == 0 {
		threshold = DefaultThreshold
	}
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	r, artOf, fs, origin, al := prepare(articles, lex, threshold, workers)
	facts := al.groups()

	groups := make([]Group, len(facts))
	firsts := make([]int32, len(facts))
	for gi, members := range facts {
		groups[gi] = r.group(members, fs, artOf, origin)
		firsts[gi] = members[0]
	}
	order := make([]int, len(groups))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(x, y int) bool {
		a, b := order[x], order[y]
		ra, rb := rank(&groups[a]), rank(&groups[b])
		if ra != rb {
			return ra < rb
		}
		return firsts[a] < firsts[b]
	})
	r.Groups = make([]Group, 0, len(groups))
	for _, gi := range order {
		g := groups[gi]
		g.ID = "g" + strconv.Itoa(len(r.Groups)+1)
		r.Groups = append(r.Groups, g)
	}
	r.Summary = summarize(r)
	return r
}

// prepare copies the claims, makes source names canonical, computes the
// features and origins, and sets up the aligner.
func prepare(articles []*extract.Article, lex *lexicon.Lexicon, threshold float64, workers int) (*Report, []int32, []feat, []int, *aligner) {
	n := 0
	for _, a := range articles {
		n += len(a.Claims)
	}
	r := &Report{Articles: make([]ArticleInfo, 0, len(articles)), Claims: make([]extract.Claim, 0, n), Groups: []Group{}}
	artOf := make([]int32, 0, n)
	for ai, a := range articles {
		r.Articles = append(r.Articles, ArticleInfo{Path: a.Path, Title: a.Title, Outlet: a.Outlet, Date: a.Date, URL: a.URL, Claims: len(a.Claims)})
		for _, c := range a.Claims {
			r.Claims = append(r.Claims, c)
			artOf = append(artOf, int32(ai))
		}
	}

	// one name per source, so that sources can be counted
	canon := newNames(lex).canonical(r.Claims, artOf)
	srcOf := make([]int32, len(r.Claims))
	srcID := map[string]int32{}
	for i, name := range canon {
		r.Claims[i].Source.Name = name
		srcOf[i] = -1
		if name == "" {
			continue
		}
		id, ok := srcID[name]
		if !ok {
			id = int32(len(srcID))
			srcID[name] = id
		}
		srcOf[i] = id
	}

	v := newVocab(lex)
	fs := v.values(r.Claims, artOf, srcOf)
	// origins need only the values: find them while the words are read
	var origin []int
	done := make(chan struct{})
	go func() {
		defer close(done)
		origin = origins(articles, r.Claims, artOf, fs)
	}()
	v.wordFeatures(r.Claims, fs)
	<-done
	for i := range r.Articles {
		r.Articles[i].Origin = origin[i]
	}
	for i := range fs {
		fs[i].orig = int32(origin[fs[i].art])
	}
	al := &aligner{fs: fs, w: weigh(fs, len(v.ids)), threshold: threshold, workers: workers}
	return r, artOf, fs, origin, al
}

// group describes one fact.
func (r *Report) group(members []int32, fs []feat, artOf []int32, origin []int) Group {
	g := Group{Claims: make([]string, len(members)), Sources: []string{}}
	rs := make([]fact.Reading, len(members))
	arts := map[int32]bool{}
	origins := map[int]bool{}
	subjects := map[string]int{}
	bestSubject, bestN := "", 0
	for i, ci := range members {
		c := &r.Claims[ci]
		g.Claims[i] = c.ID
		rs[i] = fs[ci].val
		arts[artOf[ci]] = true
		origins[origin[artOf[ci]]] = true
		if c.Source.Name != "" && !slices.Contains(g.Sources, c.Source.Name) {
			g.Sources = append(g.Sources, c.Source.Name)
		}
		if c.Status != "" && c.Status != extract.Reported {
			g.Unverified = true
		}
		if c.Subject != "" {
			subjects[c.Subject]++
			if subjects[c.Subject] > bestN {
				bestSubject, bestN = c.Subject, subjects[c.Subject]
			}
		}
	}
	g.Subject = bestSubject
	g.Unit = r.Claims[members[0]].Unit
	g.Articles, g.Origins = len(arts), len(origins)
	g.Verdict = verdictOf(rs)
	return g
}

// rank orders groups for reading: discrepancies, then unverified facts,
// then agreements, then single claims.
func rank(g *Group) int {
	switch {
	case g.Verdict == Discrepancy:
		return 0
	case g.Unverified:
		return 1
	case g.Verdict == Agree:
		return 2
	}
	return 3
}

func summarize(r *Report) Summary {
	s := Summary{Articles: len(r.Articles), Claims: len(r.Claims), Facts: len(r.Groups)}
	origins := map[int]bool{}
	for _, a := range r.Articles {
		origins[a.Origin] = true
	}
	s.Origins = len(origins)
	for _, g := range r.Groups {
		switch g.Verdict {
		case Agree:
			s.Agreements++
		case Discrepancy:
			s.Discrepancies++
		case Single:
			s.Single++
		}
		if g.Unverified {
			s.Unverified++
		}
	}
	return s
}
