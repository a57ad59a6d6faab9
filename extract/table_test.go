package extract

import (
	"testing"
)

// TestTableClaims: a figure in a Markdown table's cell counts what its
// column's heading names, in the heading's unit when the cell gives none,
// and comes from the source the line under the table names; a change
// column counts what the column before it counts.
func TestTableClaims(t *testing.T) {
	x := newTestExtractor(t)
	src := "Rents rose fastest in the smaller cities.\n\n" +
		"| City | Median rent (€/month) | Annual change | Customers without power | Repair cost ($m) |\n" +
		"|---|---:|---:|---:|---:|\n" +
		"| Marenburg | 1,650 | +11.2% | 4,100 | 3.5 |\n" +
		"| Tilsen | 940 | -2.4% | 37 tonnes | 12 |\n" +
		"\n" +
		"*Source: Statistics Valdoria, Housing Conditions Report 2025*\n"
	a := x.Extract("t.md", []byte(src))
	type row struct {
		text, subject, unit, change, source string
		low                                 float64
	}
	want := []row{
		{"1,650", "rent", "EUR", "", "Statistics Valdoria", 1650},
		{"11.2%", "rent", "%", "up", "Statistics Valdoria", 11.2},
		{"4,100", "customers", "", "", "Statistics Valdoria", 4100},
		{"3.5", "cost", "million USD", "", "Statistics Valdoria", 3.5},
		{"940", "rent", "EUR", "", "Statistics Valdoria", 940},
		{"2.4%", "rent", "%", "down", "Statistics Valdoria", 2.4},
		{"37 tonnes", "customers", "t", "", "Statistics Valdoria", 37}, // the cell's own unit stands
		{"12", "cost", "million USD", "", "Statistics Valdoria", 12},
	}
	if len(a.Claims) != len(want) {
		var got []string
		for _, c := range a.Claims {
			got = append(got, c.Text)
		}
		t.Fatalf("claims %q, want %d", got, len(want))
	}
	for i, w := range want {
		c := a.Claims[i]
		got := row{c.Text, c.Subject, c.Unit, c.Change, c.Source.Name, 0}
		if c.Value.Low != nil {
			got.low = *c.Value.Low
		}
		if got != w {
			t.Errorf("claim %d: %+v, want %+v", i, got, w)
		}
	}
	if c := a.Claims[0]; c.Source.Span == nil || src[c.Source.Span.Start:c.Source.Span.End] != "Statistics Valdoria" {
		t.Errorf("source span %+v, want the name under the table", c.Source.Span)
	}
}
