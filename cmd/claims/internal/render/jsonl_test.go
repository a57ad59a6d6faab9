package render

import (
	"math"
	"strings"
	"testing"

	"github.com/claims-tool/claims/extract"
)

// fullRecord is a record with every field set, so that a field encoding/json
// prints and appendRecord does not is a difference.
func fullRecord(s string, n int, f float64, flag bool) Record {
	c := hostile()
	c.Sentence = s
	c.Value = extract.Value{Low: &f, High: &f, Approx: flag, Vague: !flag}
	c.Source.Span = &extract.Span{Start: n, End: n + 1}
	c.Qualifiers = []string{s, "last week"}
	c.Context = []string{"drones", s}
	c.SentenceSpan = extract.Span{Start: -n, End: n}
	c.Unit = s
	r := NewRecord(c, Pos{Line: n, Col: -n})
	r.Source.AsWritten = s // NewRecord keeps bad bytes out; the encoder must too
	return r
}

func TestAppendRecord(t *testing.T) {
	floats := []float64{0, math.Copysign(0, -1), 1, -12, 2.5, 1e-7, 123456789, 1e21, 1e20, 3.2e9, 0.1 + 0.2, math.MaxFloat64, math.SmallestNonzeroFloat64, 1e-6, 9.99e-7}
	texts := []string{"", "plain", "quote \" back \\ slash", "<html> & 'x'", "tab\tnl\ncr\r\b\f\x00\x1f\x7f", "\xff bad \xe2\x80", "line\u2028para\u2029", "Zelensky\u2019s €3.2bn"}
	for i, f := range floats {
		for j, s := range texts {
			r := fullRecord(s, i*j, f, j%2 == 0)
			want, err := compact(r)
			if err != nil {
				t.Fatal(err)
			}
			if got := appendRecord(nil, &r); string(got) != string(want) {
				t.Errorf("float %v, text %q:\n got %s\nwant %s", f, s, got, want)
			}
		}
	}
	var r Record // nil slices and pointers
	want, _ := compact(r)
	if got := appendRecord(nil, &r); string(got) != string(want) {
		t.Errorf("zero record:\n got %s\nwant %s", got, want)
	}
	if !strings.Contains(string(want), `"markers":null`) {
		t.Errorf("zero record prints markers as %s", want)
	}
}

// FuzzAppendRecord holds appendRecord to encoding/json.
//
// Run: go test -run=^$ -fuzz=FuzzAppendRecord -fuzztime=1m ./cmd/claims/internal/render/
//
// Fuzzed 2026-11-21: 60 s, no failure.
func FuzzAppendRecord(f *testing.F) {
	f.Add("a \"b\" \\ <c>", 3, 2.5, true)
	f.Add("\xff\u2028\x01", -7, 1e-9, false)
	f.Add("", 0, 1e300, true)
	f.Fuzz(func(t *testing.T, s string, n int, v float64, flag bool) {
		r := fullRecord(s, n, v, flag)
		r.Value = finite(r.Value)
		want, err := compact(r)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendRecord(nil, &r); string(got) != string(want) {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	})
}
