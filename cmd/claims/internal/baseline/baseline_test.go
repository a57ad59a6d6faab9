package baseline_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/claims-tool/claims/cmd/claims/internal/baseline"
	"github.com/claims-tool/claims/cmd/claims/internal/render"
	"github.com/claims-tool/claims/compare"
	"github.com/claims-tool/claims/extract"
)

func f(v float64) *float64 { return &v }

func report() *compare.Report {
	a := extract.Claim{ID: "a.txt@12", Article: "a.txt", Span: extract.Span{Start: 12, End: 15}, Text: "139",
		Sentence: "Moscow sent 139 drones.", Value: extract.Value{Low: f(139), High: f(139)}, Kind: "count",
		Subject: "drones", Predicate: "sent", Source: extract.Source{Name: "officials", Cue: "said", AsWritten: "officials", Span: &extract.Span{Start: 30, End: 39}},
		Status: extract.Unverified, Markers: []extract.Marker{{Text: "could not verify"}}}
	b := a
	b.ID, b.Article, b.Text, b.Value = "b.txt@12", "b.txt", "about 150", extract.Value{Low: f(150), High: f(150), Approx: true}
	b.Markers = []extract.Marker{}
	return &compare.Report{
		Articles: []compare.ArticleInfo{{Path: "a.txt", Outlet: "A", Origin: 1, Claims: 1}, {Path: "b.txt", Origin: 2, Claims: 1}},
		Claims:   []extract.Claim{a, b},
		Groups:   []compare.Group{{ID: "g1", Verdict: compare.Discrepancy, Claims: []string{a.ID, b.ID}, Subject: "drones", Articles: 2, Origins: 2, Sources: []string{"officials"}, Unverified: true}},
		Summary:  compare.Summary{Articles: 2, Origins: 2, Claims: 2, Facts: 1, Discrepancies: 1, Unverified: 1},
	}
}

// TestRoundTrip: a report printed as JSON reads back as the same report
// (markers keep their text; their spans are not in the JSON).
func TestRoundTrip(t *testing.T) {
	want := report()
	var b bytes.Buffer
	if err := render.Report(&b, want, render.Positions{}, render.Options{Format: render.JSON}); err != nil {
		t.Fatal(err)
	}
	got, err := baseline.Read(&b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, want)
	}
	if d := compare.Diff(got, want); !d.Empty() {
		t.Errorf("a report differs from itself read back: %+v", d)
	}
}

func TestReadRejects(t *testing.T) {
	for _, tt := range []struct{ in, msg string }{
		{`not json`, "not JSON"},
		{`{"articles": []}`, `no "claims" or no "groups"`},
		{`[{"id": "x"}]`, "not a claims JSON report"},
		{`{"claims": [{"id":"a"},{"id":"a"}], "groups": []}`, `claim id "a" appears twice`},
		{`{"claims": [], "groups": [{"id":"g1","claims":["zz"]}]}`, `names claim "zz"`},
	} {
		_, err := baseline.Read(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("Read(%q) = %v, want an error with %q", tt.in, err, tt.msg)
		}
	}
}
