package compare

import (
	"testing"

	"github.com/claims-tool/claims/extract"
)

func f(x float64) *float64 { return &x }

func exact(x float64) extract.Value    { return extract.Value{Low: f(x), High: f(x)} }
func about(x float64) extract.Value    { return extract.Value{Low: f(x), High: f(x), Approx: true} }
func span(a, b float64) extract.Value  { return extract.Value{Low: f(a), High: f(b)} }
func upTo(x float64) extract.Value     { return extract.Value{Low: f(0), High: f(x)} }
func atLeast(x float64) extract.Value  { return extract.Value{Low: f(x)} }
func vague(a, b float64) extract.Value { return extract.Value{Low: f(a), High: f(b), Vague: true} }

var someNumber = extract.Value{Vague: true} // "a significant number": no interval

func TestCompatible(t *testing.T) {
	approxSpan := span(10000, 12000)
	approxSpan.Approx = true
	tests := []struct {
		name string
		a, b extract.Value
		want bool
	}{
		{"equal", exact(139), exact(139), true},
		{"different", exact(139), exact(140), false},
		{"hedged range and range", approxSpan, span(10000, 12000), true},
		{"range and its upper bound", span(10000, 12000), upTo(12000), true},
		{"hedged range and upper bound", approxSpan, upTo(12000), true},
		{"upper bound and a figure below it", exact(2.5), upTo(5), false},
		{"lower bound and a figure below it", exact(18), atLeast(19), false},
		{"lower bound and its figure", exact(300), atLeast(300), true},
		{"lower bound and a figure above it", exact(320), atLeast(300), true},
		{"lower bound and a range above it", span(320, 350), atLeast(300), true},
		{"lower bound and a range across it", span(250, 350), atLeast(300), false},
		{"two different floors", atLeast(250), atLeast(300), false},
		{"a floor and a ceiling", atLeast(300), upTo(500), false},
		{"upper bound and a figure under it", exact(4), upTo(5), false},
		{"disjoint range", exact(107000), span(275000, 325000), false},
		{"figure inside a range", exact(11000), span(10000, 12000), true},
		{"figure outside a range", exact(13000), span(10000, 12000), false},
		{"ranges sharing an end", span(10000, 12000), span(11000, 12000), true},
		{"ranges sharing no end", span(10000, 12000), span(11000, 13000), false},
		{"vague holds hedged figure", vague(2000, 9999), about(8000), true},
		{"vague misses figure", vague(2000, 9999), exact(12000), false},
		{"vague misses range", vague(2000, 9999), span(10000, 12000), false},
		{"vague holds a range end", vague(2000, 9999), span(1000, 3000), true},
		{"several and three", vague(3, 9), exact(3), true},
		{"two vague", vague(200, 999), someNumber, true},
		{"vague with no interval and a figure", someNumber, exact(300), true},
		{"hedged figure rounds", about(8000), exact(7600), true},
		{"hedged figure too far", about(8000), exact(9000), false},
		{"hedge is at most 10%", about(100), exact(140), false},
		{"exact figures do not round", exact(8000), exact(7600), false},
		{"open value", extract.Value{}, exact(5), true},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		if seen[tt.name] {
			t.Fatalf("duplicate case %q", tt.name)
		}
		seen[tt.name] = true
		t.Run(tt.name, func(t *testing.T) {
			if got := Compatible(tt.a, tt.b); got != tt.want {
				t.Errorf("Compatible(a, b) = %v, want %v", got, tt.want)
			}
			if got := Compatible(tt.b, tt.a); got != tt.want {
				t.Errorf("Compatible(b, a) = %v, want %v (not symmetric)", got, tt.want)
			}
		})
	}
}

func TestVerdictOf(t *testing.T) {
	r := func(v extract.Value) reading { return read(v, 1) }
	tests := []struct {
		name string
		in   []reading
		want string
	}{
		{"one claim", []reading{r(exact(5))}, Single},
		{"all vague", []reading{r(vague(200, 999)), r(someNumber), r(vague(200, 999))}, Agree},
		{"hedges of one figure", []reading{r(span(10000, 12000)), r(span(10000, 12000)), r(upTo(12000))}, Agree},
		{"bound against figure", []reading{r(exact(2.5)), r(upTo(5))}, Discrepancy},
		{"one odd figure out", []reading{r(exact(60000)), r(exact(60000)), r(exact(6000))}, Discrepancy},
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
	_, km := unitDimension("km")
	_, m := unitDimension("m")
	if !compatible(read(exact(5), km), read(exact(5000), m)) {
		t.Error("5 km and 5,000 m should agree")
	}
	dw, week := unitDimension("week")
	dd, day := unitDimension("day")
	if dw != dd || !compatible(read(exact(3), week), read(exact(21), day)) {
		t.Error("3 weeks and 21 days should agree")
	}
}

func TestSignificantDigits(t *testing.T) {
	for x, want := range map[float64]int{139: 3, 60000: 1, 12000: 2, 2.5: 2, 0.1: 1, 4: 1, 2700: 2, 0: 0} {
		if got := significantDigits(x); got != want {
			t.Errorf("significantDigits(%v) = %d, want %d", x, got, want)
		}
	}
}

func TestRestates(t *testing.T) {
	r := func(v extract.Value) reading { return read(v, 1) }
	for _, tt := range []struct {
		name string
		a, b extract.Value
		want bool
	}{
		{"vague words", someNumber, vague(200, 999), true},
		{"the same figure", exact(60000), exact(60000), true},
		{"a hedge of it", about(60), exact(60), true},
		{"a floor under it", atLeast(200000), about(500000), false},
		{"a range around it", span(10, 20), exact(15), false},
		{"another figure", exact(36), exact(40), false},
	} {
		if got := restates(r(tt.a), r(tt.b)); got != tt.want {
			t.Errorf("%s: restates = %v, want %v", tt.name, got, tt.want)
		}
	}
	_, mile := unitDimension("mile")
	_, km := unitDimension("km")
	in := func(v extract.Value, unit string, scale float64) reading {
		r := read(v, scale)
		r.unit = unit
		return r
	}
	if !restates(in(about(60), "km", km), in(exact(37), "mile", mile)) {
		t.Error("about 60 km should restate 37 miles")
	}
	if !compatible(in(exact(60), "km", km), in(exact(37), "mile", mile)) {
		t.Error("60 km and 37 miles (a conversion, rounded) should agree")
	}
	if compatible(in(exact(60), "km", km), in(exact(35), "mile", mile)) {
		t.Error("60 km and 35 miles should not agree")
	}
	if compatible(in(exact(60), "km", km), in(exact(60.4), "km", km)) {
		t.Error("60 km and 60.4 km should not agree: one unit, no conversion")
	}
}
