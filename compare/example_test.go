package compare_test

import (
	"fmt"

	"github.com/claims-tool/claims/compare"
	"github.com/claims-tool/claims/extract"
	"github.com/claims-tool/claims/lexicon"
)

func ExampleCompare() {
	claim := func(art, sentence, text string, v float64, src string) extract.Claim {
		return extract.Claim{
			ID: art + "@1", Article: art, Text: text, Sentence: sentence,
			SentenceSpan: extract.Span{Start: 1, End: 1 + len(sentence)},
			Value:        extract.Value{Low: &v, High: &v}, Subject: "drones", Predicate: "launched",
			Source: extract.Source{Name: src}, Status: extract.Reported,
			Context: []string{"moscow", "launched", "drones", "ukraine", "overnight"},
		}
	}
	a := &extract.Article{Path: "a.txt", Claims: []extract.Claim{claim("a.txt", "Moscow launched 139 drones into Ukraine overnight.", "139", 139, "Ukrainian air force")}}
	b := &extract.Article{Path: "b.txt", Claims: []extract.Claim{claim("b.txt", "Moscow launched 140 drones into Ukraine overnight.", "140", 140, "Russian officials")}}
	lex, err := lexicon.Default()
	if err != nil {
		panic(err)
	}
	r := compare.Compare([]*extract.Article{a, b}, lex, compare.Config{})
	for _, g := range r.Groups {
		fmt.Println(g.ID, g.Verdict, g.Claims, g.Articles, "articles", g.Origins, "origins", len(g.Sources), "sources")
	}
	// Output:
	// g1 discrepancy [a.txt@1 b.txt@1] 2 articles 2 origins 2 sources
}
