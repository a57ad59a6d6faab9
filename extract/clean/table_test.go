package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestTable: a Markdown table's rows are blocks, pipes kept (they part the
// cells' figures);
// the heading and the rule are not; the cells are kept as spans, the
// headings as text, and the name a "Source:" line under the table gives.
func TestTable(t *testing.T) {
	lex := testLexicon(t)
	src := "Rents rose fastest in the smaller cities, the report found.\n\n" +
		"| City | Median rent (€/month) | Annual change |\n" +
		"|------|----------------------:|--------------:|\n" +
		"| Marenburg | 1,650 | +11.2% |\n" +
		"| **Tilsen** | 940 | +12.4% |\n" +
		"\n" +
		"*Source: Statistics Valdoria, Housing Conditions Report 2025, table 3.2*\n\n" +
		"Tilsen now has the fastest-rising rents in the country.\n"
	p := Clean(src, lex)
	var blocks []string
	for _, b := range p.Blocks {
		blocks = append(blocks, strings.TrimSpace(p.Text[b.Start:b.End]))
	}
	want := []string{
		"Rents rose fastest in the smaller cities, the report found.",
		"| Marenburg | 1,650 | +11.2% |",
		"|   Tilsen   | 940 | +12.4% |",
		"Tilsen now has the fastest-rising rents in the country.",
	}
	if !slices.Equal(blocks, want) {
		t.Fatalf("blocks\n%q\nwant\n%q", blocks, want)
	}
	if len(p.Tables) != 1 {
		t.Fatalf("%d tables, want 1", len(p.Tables))
	}
	tb := p.Tables[0]
	if h := []string{"City", "Median rent (€/month)", "Annual change"}; !slices.Equal(tb.Header, h) {
		t.Errorf("header %q, want %q", tb.Header, h)
	}
	var rows [][]string
	for _, r := range tb.Rows {
		var cs []string
		for _, c := range r {
			cs = append(cs, src[c.Start:c.End])
		}
		rows = append(rows, cs)
	}
	if w := [][]string{{"Marenburg", "1,650", "+11.2%"}, {"Tilsen", "940", "+12.4%"}}; !slices.EqualFunc(rows, w, slices.Equal) {
		t.Errorf("cells %q, want %q", rows, w)
	}
	if tb.Source != "Statistics Valdoria" || src[tb.SourceAt.Start:tb.SourceAt.End] != tb.Source {
		t.Errorf("source %q at %+v, want Statistics Valdoria at its offset", tb.Source, tb.SourceAt)
	}
	for line, want := range map[string]string{
		"Source: U.S. Census Bureau, American Community Survey":  "U.S. Census Bureau",
		"Source: Dept. of Labor":                                 "Dept. of Labor",
		"Sources: Statistics Valdoria. Figures are provisional.": "Statistics Valdoria",
		"Figures: provisional":                                   "",
	} {
		var lw lineWords
		if got, _, _ := tableSource(line, lex, &lw); got != want {
			t.Errorf("tableSource(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestNoTable: pipes without a rule under the first line are no table
// ("Home | News | Sport", a menu), and a table with no source line has no
// source; a hard-wrapped file does not join a table's rows.
func TestNoTable(t *testing.T) {
	lex := testLexicon(t)
	p := Clean("Home | News | Sport\n| not | a | table |\n\nThe council said 40 homes were lost in the fire.\n", lex)
	if len(p.Tables) != 0 {
		t.Errorf("tables %+v from lines with no rule", p.Tables)
	}
	wrapped := strings.Repeat("The council said on Tuesday that the flood had cut the road to the\nvalley towns and that repairs would take weeks to finish, at best.\n", 3) +
		"| Town | Homes flooded in the valley towns |\n|---|---|\n| Arlen on the river bank | 40 |\n| Brask near the lower dam | 12 |\n"
	p = Clean(wrapped, lex)
	if len(p.Tables) != 1 || len(p.Tables[0].Rows) != 2 || p.Tables[0].Source != "" {
		t.Fatalf("tables %+v, want one of two rows and no source", p.Tables)
	}
}

// TestFactLine: which lines read "label: figure" or "figure: label".
func TestFactLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Revenue: €2.4bn (a year earlier: €2.9bn)", true},
		{"46: police officers injured", true},
		{"$1.2 billion: statewide bridge repair backlog (state auditor)", true},
		{"150 metres: length of the collapsed central span", true},
		{"2019: How 3 towns rebuilt", false},
		{"5 Things: What we know about the flood", false},
		{"Watch: The 5 worst floods", false},
		{"A&E within four hours (Oct): 75.9 per cent", true},
		{"Cancelled operations (Jul-Sep): almost 24,000", true},
		{"Waiting list (Sept: nearly 7.6m", false},
		{"Turnout (%): 61", true},
		{"Brent crude ($/barrel): 82.40", true},
		{"Deaths [provisional]: 57", true},
		{"Homes flooded (est.): 1,200", true},
	} {
		if got := factLine(tc.line); got != tc.want {
			t.Errorf("factLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
