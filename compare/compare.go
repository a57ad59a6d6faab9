// Package compare lines the same fact up across articles and gives each
// fact a verdict: agree, discrepancy or single.
package compare

import (
	"github.com/claims-tool/claims/extract"
	"github.com/claims-tool/claims/lexicon"
)

// Config controls a comparison. The zero value is ready to use.
type Config struct{}

// Compare groups the claims of articles into facts. Articles and their
// claims are read, not changed; the report holds copies.
// (Stub: every claim is its own group until alignment lands.)
func Compare(articles []*extract.Article, lex *lexicon.Lexicon, cfg Config) *Report {
	r := &Report{}
	for _, a := range articles {
		r.Articles = append(r.Articles, ArticleInfo{Path: a.Path, Title: a.Title, Outlet: a.Outlet, Date: a.Date, URL: a.URL, Origin: len(r.Articles) + 1, Claims: len(a.Claims)})
		for _, c := range a.Claims {
			r.Claims = append(r.Claims, c)
			r.Groups = append(r.Groups, Group{ID: c.ID, Verdict: Single, Claims: []string{c.ID}, Subject: c.Subject, Unit: c.Unit, Articles: 1, Origins: 1})
		}
	}
	return r
}
