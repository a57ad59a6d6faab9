package fact

import (
	"testing"

	"github.com/claims-tool/claims/lexicon"
)

// TestClassOf: the class of what a claim counts, refined by its verb, is
// what lets two wordings of one count meet.
func TestClassOf(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name         string
		subj, pred   string
		subj2, pred2 string
		same         bool
	}{
		{"people killed and a toll", "people", "killed", "toll", "put", true},
		{"people who died and deaths", "people", "died", "deaths", "", true},
		{"people confirmed dead and deaths", "people", "dead", "deaths", "", true},
		{"job cuts and jobs", "cuts", "", "jobs", "go", true},
		{"roles and positions", "roles", "affected", "positions", "", true},
		{"people evacuated and a toll", "people", "evacuated", "toll", "", false},
		{"people injured and people killed", "people", "injured", "people", "killed", false},
	} {
		a, b := ClassOf(lex, tc.subj, tc.pred), ClassOf(lex, tc.subj2, tc.pred2)
		if (a == b) != tc.same {
			t.Errorf("%s: ClassOf = %q and %q, want same %v", tc.name, a, b, tc.same)
		}
	}
}
