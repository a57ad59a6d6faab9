package fact_test

import (
	"fmt"

	"github.com/claims-tool/claims/extract/fact"
)

func num(x float64) *float64 { return &x }

func ExampleCompatible() {
	about := fact.Value{Low: num(10000), High: num(12000), Approx: true} // "about 10,000-12,000"
	upTo := fact.Value{Low: num(0), High: num(12000)}                    // "up to 12,000"
	fmt.Println(fact.Compatible(about, upTo))

	near := fact.Value{Low: num(2.5), High: num(2.5)} // "2.5 kilometers"
	far := fact.Value{Low: num(0), High: num(5)}      // "up to five kilometers"
	fmt.Println(fact.Compatible(near, far))

	thousands := fact.Value{Low: num(2000), High: num(9999), Vague: true}
	fmt.Println(fact.Compatible(thousands, fact.Value{Low: num(8000), High: num(8000), Approx: true}))

	floor := fact.Value{Low: num(300)} // "more than 300 tonnes"
	fmt.Println(fact.Compatible(floor, fact.Value{Low: num(320), High: num(320)}))
	// Output:
	// true
	// false
	// true
	// true
}
