package extract

import (
	"slices"
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
		{"-2.4%", "rent", "%", "down", "Statistics Valdoria", -2.4},
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

// TestTableByRow: under a heading that names no counted thing ("Figure",
// a year) a figure counts what its row's label names, in the label's unit;
// a source column names its row's source, and a change column follows the
// column before it.
func TestTableByRow(t *testing.T) {
	x := newTestExtractor(t)
	src := "The utility gave these figures on Monday.\n\n" +
		"| Measure | 2024 | Now | Change | Source |\n" +
		"|---|---|---|---|---|\n" +
		"| Hospitals affected | 9 | 11 | +22% | Carrowmere (statement) |\n" +
		"| Patients whose data was taken | 1.1 million | 1.4 million | +27% | NightLedger |\n" +
		"| Total cost (€m) | 480 | 612 | +28% | City of Rovenna |\n"
	a := x.Extract("t.md", []byte(src))
	type row struct{ text, subject, unit, source string }
	want := []row{
		{"9", "hospitals", "", "Carrowmere"}, {"11", "hospitals", "", "Carrowmere"}, {"22%", "hospitals", "%", "Carrowmere"},
		{"1.1 million", "patients", "", "NightLedger"}, {"1.4 million", "patients", "", "NightLedger"}, {"27%", "patients", "%", "NightLedger"},
		{"480", "cost", "million EUR", "City of Rovenna"}, {"612", "cost", "million EUR", "City of Rovenna"}, {"28%", "cost", "%", "City of Rovenna"},
	}
	var got []row
	for _, c := range a.Claims {
		got = append(got, row{c.Text, c.Subject, c.Unit, c.Source.Name})
	}
	if len(got) != len(want) {
		t.Fatalf("claims %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("claim %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestTableHeadings: a year inside a heading does not hand the subject to
// the row; a rank column holds no claims; a cell of prose reads as a
// sentence; a heading's scale multiplies its counts, and an ambiguous "m"
// says nothing.
func TestTableHeadings(t *testing.T) {
	x := newTestExtractor(t)
	src := "Officials gave these figures on Monday.\n\n" +
		"| Rank | City | Rent 2024 (€) | Deaths in 2024 | Passengers (millions) | Wind speed (km/h) | Height (m) | Notes |\n" +
		"|---|---|---|---|---|---|---|---|\n" +
		"| 1 | Marenburg | 1,650 | 12 | 83.9 | 140 | 35 | Police arrested 40 protesters outside parliament |\n"
	a := x.Extract("t.md", []byte(src))
	type row struct {
		text, subject, unit string
		low                 float64
	}
	want := []row{
		{"1,650", "rent", "EUR", 1650}, {"12", "deaths", "", 12}, {"83.9", "passengers", "", 83.9e6},
		{"140", "speed", "km/h", 140}, {"35", "height", "", 35},
	}
	var got []row
	for _, c := range a.Claims {
		r := row{c.Text, c.Subject, c.Unit, 0}
		if c.Value.Low != nil {
			r.low = *c.Value.Low
		}
		got = append(got, r)
	}
	if len(got) != len(want)+1 {
		t.Fatalf("claims %+v, want %+v and the 40 of the notes", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("claim %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	if notes := got[len(want)]; notes.text != "40" || notes.subject == "notes" {
		t.Errorf("the notes' figure: %+v, want 40 read from its own words", notes)
	}
}

// TestBoxSource: the figures of a key-figures list get the source its
// last line names; a figure with its own cue keeps that one, and a
// figure outside the list gets none from it.
func TestBoxSource(t *testing.T) {
	x := newTestExtractor(t)
	src := "The waiting list fell again in September.\n\n" +
		"KEY FIGURES\n" +
		"Waiting list (Sept): nearly 7.6m pathways\n" +
		"Cancelled operations: almost 24,000, according to the surgeons' college\n" +
		"Source: National Health Authority\n\n" +
		"About 40 hospitals missed the target.\n"
	a := x.Extract("t.txt", []byte(src))
	want := map[string]string{"nearly 7.6m": "National Health Authority", "almost 24,000": "surgeons' college", "About 40": ""}
	for _, c := range a.Claims {
		w, ok := want[c.Text]
		if !ok {
			t.Errorf("unexpected claim %q", c.Text)
			continue
		}
		delete(want, c.Text)
		if c.Source.Name != w {
			t.Errorf("%q: source %q, want %q", c.Text, c.Source.Name, w)
		}
		if w == "National Health Authority" && (c.Source.Span == nil || src[c.Source.Span.Start:c.Source.Span.End] != w) {
			t.Errorf("%q: source span %v", c.Text, c.Source.Span)
		}
	}
	for text := range want {
		t.Errorf("no claim %q", text)
	}
}

// TestBoxHeadingSource: a box's heading may name its source in brackets.
func TestBoxHeadingSource(t *testing.T) {
	x := newTestExtractor(t)
	src := "The north lost residents again.\n\n" +
		"KEY FIGURES \u2013 CENSUS 2024 (source: DCSO)\n" +
		"\u2022 Population of Dalmenia: 48,213,560\n" +
		"\u2022 Median age: 42.3 years\n\n" +
		"About 40 villages have no school.\n"
	a := x.Extract("t.txt", []byte(src))
	want := map[string]string{"48,213,560": "DCSO", "42.3 years": "DCSO", "About 40": ""}
	for _, c := range a.Claims {
		if w, ok := want[c.Text]; ok && c.Source.Name != w {
			t.Errorf("%q: source %q, want %q", c.Text, c.Source.Name, w)
		}
		delete(want, c.Text)
	}
	for text := range want {
		t.Errorf("no claim %q", text)
	}
}

// TestTimeColumns: a column headed by a time ("This year (2024)", "Last
// year (2023)", "Q3", "Apr-Jun") names no counted thing: its cells count
// what their row's label names, set in the heading's time.
func TestTimeColumns(t *testing.T) {
	x := newTestExtractor(t)
	src := "Crime fell last year.\n\n" +
		"| Offence type | This year (2024) | Last year (2023) | Q3 | Apr-Jun | Change % |\n" +
		"|---|---:|---:|---:|---:|---:|\n" +
		"| Burglaries | 96,400 | 101,200 | 24,000 | 23,500 | -4.7% |\n"
	a := x.Extract("t.md", []byte(src))
	want := map[string][]string{"96,400": {"t:2024"}, "101,200": {"t:earlier", "t:2023"}, "24,000": {"t:jul", "t:aug", "t:sep"}, "23,500": {"t:apr", "t:may", "t:jun"}, "-4.7%": nil}
	for _, c := range a.Claims {
		times, ok := want[c.Text]
		if !ok {
			continue
		}
		delete(want, c.Text)
		if c.Subject != "burglaries" {
			t.Errorf("%q: subject %q, want burglaries", c.Text, c.Subject)
		}
		for _, q := range times {
			if !slices.Contains(c.Qualifiers, q) {
				t.Errorf("%q: qualifiers %q lack %q", c.Text, c.Qualifiers, q)
			}
		}
	}
	for text := range want {
		t.Errorf("no claim %q", text)
	}
}

// TestSignedCell: a minus sign before a count in a cell whose column gives
// a unit makes it negative, and is part of the claim's text.
func TestSignedCell(t *testing.T) {
	x := newTestExtractor(t)
	src := "The cold deepened.\n\n| City | Snow (cm) | Low (\u00b0C) |\n|---|---:|---:|\n| Brisk Harbour | 39 | -22 |\n"
	a := x.Extract("t.md", []byte(src))
	for _, c := range a.Claims {
		if c.Unit == "degC" {
			if c.Text != "-22" || *c.Value.Low != -22 || src[c.Span.Start:c.Span.End] != "-22" {
				t.Errorf("low: %q %v at %v", c.Text, *c.Value.Low, c.Span)
			}
			return
		}
	}
	t.Errorf("no claim in degC: %+v", a.Claims)
}

// TestChangePercentColumn: a "Change %" column counts in percent, even
// beside a row whose label gives a unit.
func TestChangePercentColumn(t *testing.T) {
	x := newTestExtractor(t)
	src := "Trade slowed.\n\n| Item | 2025 | 2024 | Change % |\n|---|---:|---:|---:|\n| Exports ($bn) | 120 | 110 | 9.1 |\n| Deaths | 1,020 | 1,110 | -8.1 |\n"
	a := x.Extract("t.md", []byte(src))
	seen := 0
	for _, c := range a.Claims {
		switch c.Text {
		case "9.1", "-8.1":
			seen++
			if c.Unit != "%" {
				t.Errorf("%q: unit %q, want %%", c.Text, c.Unit)
			}
		}
	}
	if seen != 2 {
		t.Errorf("saw %d change cells, want 2: %+v", seen, a.Claims)
	}
}

// TestDateColumn: the years in a column of dates ("Year", "Year built",
// "Date stolen") are no claims; a column of one year's figures ("Year
// 2024"), a time heading ("Last year"), a heading with a unit ("Year to
// date (£m)") and the figures that are no years ("| Launched | 350 |")
// are.
func TestDateColumn(t *testing.T) {
	x := newTestExtractor(t)
	src := "Eight pieces were taken.\n\n" +
		"| Item | Year | Year built | Date stolen | Value (€m) | Year 2024 | Last year | Year to date (£m) | Launched |\n" +
		"|---|---|---|---|---:|---:|---:|---:|---:|\n" +
		"| Diamond diadem | 1821 | c. 1660 | 17 Nov | 24 | 310 | 290 | 4,500 | 350 |\n"
	a := x.Extract("t.md", []byte(src))
	var got []string
	for _, c := range a.Claims {
		got = append(got, c.Text)
	}
	if want := []string{"Eight", "24", "310", "290", "4,500", "350"}; !slices.Equal(got, want) {
		t.Errorf("claims %q, want %q", got, want)
	}
}
