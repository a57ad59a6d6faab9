package compare

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/claims-tool/claims/extract"
)

// report builds a report from groups written as "verdict: art/subject/value
// art/subject/value ...", values "7" or "1..5"; claim ids are
// art@subject@value so that they change when the value does.
func report(groups ...string) *Report {
	r := &Report{}
	arts := map[string]bool{}
	for gi, g := range groups {
		verdict, members, _ := strings.Cut(g, ":")
		grp := Group{ID: "g" + string(rune('1'+gi)), Verdict: verdict}
		for _, m := range strings.Fields(members) {
			p := strings.Split(m, "/")
			art := "dir/" + p[0] + ".txt"
			if !arts[art] {
				arts[art] = true
				r.Articles = append(r.Articles, ArticleInfo{Path: art})
			}
			lo, hi, ok := strings.Cut(p[2], "..")
			if !ok {
				hi = lo
			}
			c := extract.Claim{ID: art + "@" + p[1] + "@" + p[2], Article: art, Text: p[2], Subject: p[1],
				Value: extract.Value{Low: f(atof(lo)), High: f(atof(hi))}}
			r.Claims = append(r.Claims, c)
			grp.Claims = append(grp.Claims, c.ID)
			grp.Subject = p[1]
		}
		r.Groups = append(r.Groups, grp)
	}
	return r
}

func atof(s string) float64 {
	x := 0.0
	for _, r := range s {
		x = x*10 + float64(r-'0')
	}
	return x
}

func TestDiff(t *testing.T) {
	tests := []struct {
		name     string
		old, new *Report
		added    []string // group ids of the new report
		removed  []string // group ids of the old report
		values   []string // new group ids
		verdicts []string // new group ids
	}{
		{
			name: "nothing changed",
			old:  report("agree: a/drones/139 b/drones/139", "single: a/troops/5"),
			new:  report("agree: a/drones/139 b/drones/139", "single: a/troops/5"),
		},
		{
			name:   "fact added",
			old:    report("agree: a/drones/139 b/drones/139"),
			new:    report("agree: a/drones/139 b/drones/139", "single: c/troops/60000"),
			added:  []string{"g2"},
			values: nil,
		},
		{
			name:    "fact removed",
			old:     report("single: c/troops/60000", "agree: a/drones/139 b/drones/139"),
			new:     report("agree: a/drones/139 b/drones/139"),
			removed: []string{"g1"},
		},
		{
			name:     "value changed makes a discrepancy",
			old:      report("agree: a/drones/139 b/drones/139"),
			new:      report("discrepancy: a/drones/139 b/drones/140"),
			values:   []string{"g1"},
			verdicts: []string{"g1"},
		},
		{
			name:     "verdict changed, same figures",
			old:      report("discrepancy: a/km/2 a/km/0..5"),
			new:      report("agree: a/km/2 a/km/0..5"),
			verdicts: []string{"g1"},
		},
		{
			name: "group split: one part matches, the rest is added",
			old:  report("agree: a/troops/60000 b/troops/60000 c/troops/60000"),
			new:  report("agree: a/troops/60000 b/troops/60000", "single: c/troops/60000"),
			// the single keeps c's claim but the pair shares more
			added: []string{"g2"},
		},
		{
			name:  "another article reports a fact: support, not a value change",
			old:   report("single: a/drones/36"),
			new:   report("agree: a/drones/36 b/drones/36"),
			added: nil,
			verdicts: []string{
				"g1",
			},
		},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		if seen[tt.name] {
			t.Fatalf("duplicate case %q", tt.name)
		}
		seen[tt.name] = true
		t.Run(tt.name, func(t *testing.T) {
			c := Diff(tt.old, tt.new)
			ids := func(fs []Fact) []string {
				var out []string
				for _, f := range fs {
					out = append(out, f.Group)
				}
				return out
			}
			news := func(cs []Change) []string {
				var out []string
				for _, c := range cs {
					out = append(out, c.New.Group)
				}
				return out
			}
			check := func(what string, got, want []string) {
				if len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
					t.Errorf("%s = %v, want %v", what, got, want)
				}
			}
			check("added", ids(c.Added), tt.added)
			check("removed", ids(c.Removed), tt.removed)
			check("values", news(c.Values), tt.values)
			check("verdicts", news(c.Verdicts), tt.verdicts)
			if c.Empty() != (c.Len() == 0) {
				t.Error("Empty and Len disagree")
			}
		})
	}
}

func TestDiffMatchesAcrossDirectories(t *testing.T) {
	old := report("agree: a/drones/139 b/drones/139")
	new := report("agree: a/drones/139 b/drones/139")
	for i := range new.Claims {
		new.Claims[i].Article = strings.Replace(new.Claims[i].Article, "dir/", "/elsewhere/", 1)
		new.Claims[i].ID = "other-" + new.Claims[i].ID
	}
	for i := range new.Groups {
		for j := range new.Groups[i].Claims {
			new.Groups[i].Claims[j] = "other-" + new.Groups[i].Claims[j]
		}
	}
	for i := range new.Articles {
		new.Articles[i].Path = strings.Replace(new.Articles[i].Path, "dir/", "/elsewhere/", 1)
	}
	if c := Diff(old, new); !c.Empty() {
		t.Errorf("moved articles: %+v, want no change", c)
	}
}

func TestDiffNil(t *testing.T) {
	c := Diff(nil, report("single: a/x/1"))
	if len(c.Added) != 1 {
		t.Errorf("diff against nil: %+v", c)
	}
	if c := Diff(nil, nil); !c.Empty() {
		t.Errorf("nil, nil: %+v", c)
	}
}

func TestChangesJSON(t *testing.T) {
	c := Diff(report("agree: a/drones/139 b/drones/139"), report("discrepancy: a/drones/139 b/drones/140"))
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back Changes
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, back) {
		t.Errorf("round trip:\n got %+v\nwant %+v", back, c)
	}
}
