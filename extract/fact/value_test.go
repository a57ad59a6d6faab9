package fact

import (
	"math"
	"slices"
	"testing"
)

func f(x float64) *float64 { return &x }

func exact(x float64) Value    { return Value{Low: f(x), High: f(x)} }
func about(x float64) Value    { return Value{Low: f(x), High: f(x), Approx: true} }
func span(a, b float64) Value  { return Value{Low: f(a), High: f(b)} }
func upTo(x float64) Value     { return Value{Low: f(0), High: f(x)} }
func atLeast(x float64) Value  { return Value{Low: f(x)} }
func vague(a, b float64) Value { return Value{Low: f(a), High: f(b), Vague: true} }

var someNumber = Value{Vague: true} // "a significant number": no interval

func TestCompatible(t *testing.T) {
	approxSpan := span(10000, 12000)
	approxSpan.Approx = true
	tests := []struct {
		name string
		a, b Value
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
		{"open value", Value{}, exact(5), true},
		// an upper bound written with an open low end is an upper bound
		{"open-ended upper bound and its figure", Value{High: f(12000)}, exact(12000), true},
		{"open-ended upper bound and a figure under it", Value{High: f(12000)}, exact(11000), false},
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

func TestRead(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name  string
		v     Value
		scale float64
		form  Form
		heads []float64
		lo    float64
		hi    float64
		prec  float64
	}{
		{"thousands", vague(2000, 9999), 1, FormVague, nil, 2000, 9999, 0},
		{"a significant number", someNumber, 1, FormVague, nil, -inf, inf, 0},
		{"an open non-vague value", Value{}, 1, FormVague, nil, -inf, inf, 0},
		{"139", exact(139), 1, FormExact, []float64{139}, 139, 139, 0.5},
		{"about 8,000", about(8000), 1, FormExact, []float64{8000}, 8000, 8000, 0.5},
		{"10,000-12,000", span(10000, 12000), 1, FormRange, []float64{10000, 12000}, 10000, 12000, 0.5},
		{"up to 12,000", upTo(12000), 1, FormUpTo, []float64{12000}, 0, 12000, 0.5},
		{"up to, open low end", Value{High: f(12000)}, 1, FormUpTo, []float64{12000}, -inf, 12000, 0.5},
		{"at least 300", atLeast(300), 1, FormAtLeast, []float64{300}, 300, inf, 0.5},
		{"zero", exact(0), 1, FormExact, []float64{0}, 0, 0, 0.5},
		{"2.5 km in metres", exact(2.5), 1000, FormExact, []float64{2500}, 2500, 2500, 50},
		{"scale 0 is 1", exact(2.5), 0, FormExact, []float64{2.5}, 2.5, 2.5, 0.05},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Read(tt.v, tt.scale)
			if r.Form != tt.form {
				t.Errorf("Form = %d, want %d", r.Form, tt.form)
			}
			if got := r.Heads[:r.NHeads]; !slices.Equal(got, tt.heads) {
				t.Errorf("headlines %v, want %v", got, tt.heads)
			}
			if r.Lo != tt.lo || r.Hi != tt.hi {
				t.Errorf("interval %v..%v, want %v..%v", r.Lo, r.Hi, tt.lo, tt.hi)
			}
			if !NearlyEqual(r.Prec, tt.prec) {
				t.Errorf("Prec = %v, want %v", r.Prec, tt.prec)
			}
			if r.Approx != tt.v.Approx || r.Unit != "" {
				t.Errorf("Approx %v Unit %q, want %v and no unit", r.Approx, r.Unit, tt.v.Approx)
			}
		})
	}
}

func TestRestates(t *testing.T) {
	r := func(v Value) Reading { return Read(v, 1) }
	for _, tt := range []struct {
		name string
		a, b Value
		want bool
	}{
		{"vague words", someNumber, vague(200, 999), true},
		{"the same figure", exact(60000), exact(60000), true},
		{"a hedge of it", about(60), exact(60), true},
		{"a floor under it", atLeast(200000), about(500000), false},
		{"a range around it", span(10, 20), exact(15), false},
		{"another figure", exact(36), exact(40), false},
	} {
		if got := r(tt.a).Restates(r(tt.b)); got != tt.want {
			t.Errorf("%s: Restates = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestUnits checks the slack of figures converted from another unit: a
// figure is only as exact as it is written.
func TestUnits(t *testing.T) {
	const km, mile = 1000, 1609.344
	in := func(v Value, unit string, scale float64) Reading {
		r := Read(v, scale)
		r.Unit = unit
		return r
	}
	if !in(about(60), "km", km).Restates(in(exact(37), "mile", mile)) {
		t.Error("about 60 km should restate 37 miles")
	}
	if !in(exact(60), "km", km).Compatible(in(exact(37), "mile", mile)) {
		t.Error("60 km and 37 miles (a conversion, rounded) should agree")
	}
	if in(exact(60), "km", km).Compatible(in(exact(35), "mile", mile)) {
		t.Error("60 km and 35 miles should not agree")
	}
	if in(exact(60), "km", km).Compatible(in(exact(60.4), "km", km)) {
		t.Error("60 km and 60.4 km should not agree: one unit, no conversion")
	}
	if !in(exact(5), "km", km).Compatible(in(exact(5000), "m", 1)) {
		t.Error("5 km and 5,000 m should agree")
	}
}

func TestRoundingTolerance(t *testing.T) {
	for x, want := range map[float64]float64{8000: 500, 100: 10, 60: 5, 2.5: 0.25, -8000: 500, 0: 0} {
		if got := roundingTolerance(x); !NearlyEqual(got, want) {
			t.Errorf("roundingTolerance(%v) = %v, want %v", x, got, want)
		}
	}
	if got := roundingTolerance(math.Inf(1)); got != 0 {
		t.Errorf("roundingTolerance(+Inf) = %v, want 0", got)
	}
}

// TestDimensionScale: a unit that keeps its written scale ("million t",
// "billion USD") is of its base unit's dimension, scaled.
func TestDimensionScale(t *testing.T) {
	for _, tc := range []struct {
		unit   string
		dim    string
		factor float64
	}{
		{"t", "mass", 1000},
		{"million t", "mass", 1e9},
		{"billion USD", "USD", 1e9},
		{"thousand ha", "area", 1e7},
		{"lakh INR", "INR", 1e5},
		{"crore INR", "INR", 1e7},
		{"cent", "USD", 0.01},
		{"penny", "GBP", 0.01},
		{"eurocent", "EUR", 0.01},
		{"mbar", "pressure", 100},                               // 950 millibars is 950 hPa
		{"million bbl/d", "flow", 1e6 * 0.158987294928 / 86400}, // 1.8 million barrels per day is 1,800,000 bpd
		{"m3", "volume", 1000},                                  // 38 m³ is 38,000 litres
		{"µSv/h", "dose rate", 1e-6},
		{"mSv", "radiation dose", 1e-3},
		{"Bq/L", "Bq/L", 1},               // an activity per litre is a dimension of its own
		{"hundred USD", "hundred USD", 1}, // a scale it does not know is part of the unit
	} {
		dim, f := Dimension(tc.unit)
		if dim != tc.dim || f != tc.factor {
			t.Errorf("Dimension(%q) = %q, %g; want %q, %g", tc.unit, dim, f, tc.dim, tc.factor)
		}
	}
}

// TestReadChange: a fall written with its sign is the fall written in
// words; a level below zero, or a rise, keeps its sign.
func TestReadChange(t *testing.T) {
	for _, tc := range []struct {
		name           string
		a              Value
		achange        string
		b              Value
		bchange        string
		wantCompatible bool
	}{
		{"a signed fall and a fall in words", exact(-11), "down", exact(11), "down", true},
		{"a signed fall and a fall whose verb is not known", exact(-11), "", exact(11), "", true},
		{"a signed fall and another fall", exact(-11), "down", exact(14), "down", false},
		{"a signed range of a fall", span(-12, -10), "down", exact(12), "down", true},
		{"a signed rise is no fall", exact(-11), "up", exact(11), "", false},
	} {
		a, b := ReadChange(tc.a, 1, tc.achange, "%"), ReadChange(tc.b, 1, tc.bchange, "%")
		if got := a.Compatible(b); got != tc.wantCompatible {
			t.Errorf("%s: compatible %v, want %v", tc.name, got, tc.wantCompatible)
		}
	}
}

// TestReadChangeLevel: a level below zero in another unit keeps its sign.
func TestReadChangeLevel(t *testing.T) {
	if ReadChange(exact(-5), 1, "", "degC").Compatible(ReadChange(exact(5), 1, "", "degC")) {
		t.Error("-5 degC agrees with 5 degC")
	}
}
