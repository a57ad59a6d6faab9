package compare

import (
	"testing"

	"github.com/claims-tool/claims/extract"
	"github.com/claims-tool/claims/extract/fact"
)

func f(x float64) *float64 { return &x }

func exact(x float64) extract.Value    { return extract.Value{Low: f(x), High: f(x)} }
func span(a, b float64) extract.Value  { return extract.Value{Low: f(a), High: f(b)} }
func upTo(x float64) extract.Value     { return extract.Value{Low: f(0), High: f(x)} }
func atLeast(x float64) extract.Value  { return extract.Value{Low: f(x)} }
func vague(a, b float64) extract.Value { return extract.Value{Low: f(a), High: f(b), Vague: true} }

var someNumber = extract.Value{Vague: true} // "a significant number": no interval

func TestVerdictOf(t *testing.T) {
	r := func(v extract.Value) fact.Reading { return fact.Read(v, 1) }
	tests := []struct {
		name string
		in   []fact.Reading
		want string
	}{
		{"one claim", []fact.Reading{r(exact(5))}, Single},
		{"all vague", []fact.Reading{r(vague(200, 999)), r(someNumber), r(vague(200, 999))}, Agree},
		{"hedges of one figure", []fact.Reading{r(span(10000, 12000)), r(span(10000, 12000)), r(upTo(12000))}, Agree},
		{"bound against figure", []fact.Reading{r(exact(2.5)), r(upTo(5))}, Discrepancy},
		{"one odd figure out", []fact.Reading{r(exact(60000)), r(exact(60000)), r(exact(6000))}, Discrepancy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := verdictOf(tt.in); got != tt.want {
				t.Errorf("verdictOf = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestUnitScaling(t *testing.T) {
	_, km := fact.Dimension("km")
	_, m := fact.Dimension("m")
	if !fact.Read(exact(5), km).Compatible(fact.Read(exact(5000), m)) {
		t.Error("5 km and 5,000 m should agree")
	}
	dw, week := fact.Dimension("week")
	dd, day := fact.Dimension("day")
	if dw != dd || !fact.Read(exact(3), week).Compatible(fact.Read(exact(21), day)) {
		t.Error("3 weeks and 21 days should agree")
	}
	// as features reads them: scaled, with the unit as written
	_, mile := fact.Dimension("mile")
	in := func(v extract.Value, unit string, scale float64) fact.Reading {
		r := fact.Read(v, scale)
		r.Unit = unit
		return r
	}
	if !in(exact(60), "km", km).Compatible(in(exact(37), "mile", mile)) {
		t.Error("60 km and 37 miles (a conversion, rounded) should agree")
	}
}

func TestSignificantDigits(t *testing.T) {
	for x, want := range map[float64]int{139: 3, 60000: 1, 12000: 2, 2.5: 2, 0.1: 1, 4: 1, 2700: 2, 0: 0} {
		if got := significantDigits(x); got != want {
			t.Errorf("significantDigits(%v) = %d, want %d", x, got, want)
		}
	}
}
