package compare_test

import (
	"fmt"

	"github.com/claims-tool/claims/compare"
	"github.com/claims-tool/claims/extract"
	"github.com/claims-tool/claims/lexicon"
)

func num(x float64) *float64 { return &x }

func ExampleCompatible() {
	about := extract.Value{Low: num(10000), High: num(12000), Approx: true} // "about 10,000-12,000"
	upTo := extract.Value{Low: num(0), High: num(12000)}                    // "up to 12,000"
	fmt.Println(compare.Compatible(about, upTo))

	near := extract.Value{Low: num(2.5), High: num(2.5)} // "2.5 kilometers"
	far := extract.Value{Low: num(0), High: num(5)}      // "up to five kilometers"
	fmt.Println(compare.Compatible(near, far))

	thousands := extract.Value{Low: num(2000), High: num(9999), Vague: true}
	fmt.Println(compare.Compatible(thousands, extract.Value{Low: num(8000), High: num(8000), Approx: true}))
	// Output:
	// true
	// false
	// true
}

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
