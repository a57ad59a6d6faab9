package compare

import (
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/claims-tool/claims/extract"
)

// named is a source name as one article writes it.
type named struct{ art, name string }

// canonicalOf runs the name resolution over claims citing the names in
// order and returns each (article, name)'s canonical name.
func canonicalOf(t *testing.T, in []named) map[named]string {
	t.Helper()
	claims := make([]extract.Claim, len(in))
	artOf := make([]int32, len(in))
	arts := map[string]int32{}
	for i, n := range in {
		claims[i].Source.Name = n.name
		if _, ok := arts[n.art]; !ok {
			arts[n.art] = int32(len(arts))
		}
		artOf[i] = arts[n.art]
	}
	out := map[named]string{}
	for i, c := range newNames(defaultLexicon(t)).canonical(claims, artOf) {
		if prev, ok := out[in[i]]; ok && prev != c {
			t.Fatalf("%v resolved two ways: %q and %q", in[i], prev, c)
		}
		out[in[i]] = c
	}
	return out
}

func TestCanonicalSources(t *testing.T) {
	tests := []struct {
		name string
		in   []named
		want map[named]string
	}{
		{
			name: "spellings and transliterations of one person",
			in: []named{
				{"a", "Volodymyr Zelenskyy"}, {"a", "Zelenskyy"}, {"b", "Zeelenskyy"},
				{"c", "Volodymyr Zelensky"}, {"c", "Volodymyr Zelensky"}, {"d", "Zelensky"}, {"e", "Wolodymyr Selenskyj"},
			},
			want: map[named]string{
				{"a", "Volodymyr Zelenskyy"}: "Volodymyr Zelensky", {"a", "Zelenskyy"}: "Volodymyr Zelensky",
				{"b", "Zeelenskyy"}: "Volodymyr Zelensky", {"c", "Volodymyr Zelensky"}: "Volodymyr Zelensky",
				{"d", "Zelensky"}: "Volodymyr Zelensky", {"e", "Wolodymyr Selenskyj"}: "Volodymyr Zelensky",
			},
		},
		{
			name: "ties go to lexical order",
			in:   []named{{"a", "Volodymyr Zelenskyy"}, {"b", "Volodymyr Zelensky"}},
			want: map[named]string{{"a", "Volodymyr Zelenskyy"}: "Volodymyr Zelensky", {"b", "Volodymyr Zelensky"}: "Volodymyr Zelensky"},
		},
		{
			name: "titles and initials",
			in:   []named{{"a", "President Volodymyr Zelensky"}, {"b", "V. Zelensky"}, {"c", "Volodymyr Zelensky"}},
			want: map[named]string{
				{"a", "President Volodymyr Zelensky"}: "Volodymyr Zelensky", {"b", "V. Zelensky"}: "Volodymyr Zelensky",
				{"c", "Volodymyr Zelensky"}: "Volodymyr Zelensky",
			},
		},
		{
			name: "non-ASCII letters count as one",
			in:   []named{{"a", "Łukasz Zełenski"}, {"a", "Łukasz Zełenski"}, {"b", "Lukasz Zelenski"}, {"c", "Zelenski"}},
			want: map[named]string{
				{"a", "Łukasz Zełenski"}: "Łukasz Zełenski", {"b", "Lukasz Zelenski"}: "Łukasz Zełenski", {"c", "Zelenski"}: "Łukasz Zełenski",
			},
		},
		{
			name: "two people of one surname",
			in: []named{
				{"a", "Donald Trump"}, {"a", "Trump"}, {"b", "Melania Trump"}, {"b", "Trump"}, {"c", "Trump"},
			},
			want: map[named]string{
				{"a", "Donald Trump"}: "Donald Trump", {"a", "Trump"}: "Donald Trump",
				{"b", "Melania Trump"}: "Melania Trump", {"b", "Trump"}: "Melania Trump",
				{"c", "Trump"}: "Trump", // which one is not known
			},
		},
		{
			name: "short names must match exactly",
			in:   []named{{"a", "Kim Jong"}, {"b", "Lim Jong"}, {"c", "Moon Jae"}, {"d", "Moon Jae-in"}},
			want: map[named]string{
				{"a", "Kim Jong"}: "Kim Jong", {"b", "Lim Jong"}: "Lim Jong",
				{"c", "Moon Jae"}: "Moon Jae", {"d", "Moon Jae-in"}: "Moon Jae-in",
			},
		},
		{
			name: "organisations are left alone",
			in: []named{
				{"a", "Russia's Ministry of Defence"}, {"b", "NATO"}, {"c", "Ukrainian officials"}, {"d", "Kremlin"}, {"e", "Reuters"},
			},
			want: map[named]string{
				{"a", "Russia's Ministry of Defence"}: "Russia's Ministry of Defence", {"b", "NATO"}: "NATO",
				{"c", "Ukrainian officials"}: "Ukrainian officials", {"d", "Kremlin"}: "Kremlin", {"e", "Reuters"}: "Reuters",
			},
		},
		{
			name: "a surname alone never given in full: its most frequent spelling",
			in:   []named{{"a", "Budanov"}, {"b", "Budanov"}, {"c", "Budanow"}},
			want: map[named]string{{"a", "Budanov"}: "Budanov", {"b", "Budanov"}: "Budanov", {"c", "Budanow"}: "Budanov"},
		},
		{
			name: "no source",
			in:   []named{{"a", ""}},
			want: map[named]string{{"a", ""}: ""},
		},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		if seen[tt.name] {
			t.Fatalf("duplicate case %q", tt.name)
		}
		seen[tt.name] = true
		t.Run(tt.name, func(t *testing.T) {
			got := canonicalOf(t, tt.in)
			for k, want := range tt.want {
				if got[k] != want {
					t.Errorf("%s in %s: %q, want %q", k.name, k.art, got[k], want)
				}
			}
		})
	}
}

// TestCanonicalSourcesDeterministic: the same names in any order resolve
// the same way (sajari/fuzzy breaks ties at random; the ranking must not).
func TestCanonicalSourcesDeterministic(t *testing.T) {
	in := []named{
		{"a", "Volodymyr Zelenskyy"}, {"a", "Zelenskyy"}, {"b", "Zeelenskyy"}, {"c", "Volodymyr Zelensky"},
		{"d", "Zelensky"}, {"d", "Kyrylo Budanov"}, {"e", "Budanov"}, {"e", "Budanow"}, {"f", "Donald Trump"},
		{"g", "Melania Trump"}, {"h", "Trump"}, {"h", "Łukasz Zełenski"}, {"i", "Lukasz Zelenski"},
		{"j", "Jens Stoltenberg"}, {"j", "Stoltenberg"}, {"k", "Jens Stoltenburg"},
	}
	want := canonicalOf(t, in)
	rng := rand.New(rand.NewSource(1))
	for run := 0; run < 30; run++ {
		shuffled := append([]named(nil), in...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got := canonicalOf(t, shuffled)
		for k, w := range want {
			if got[k] != w {
				t.Fatalf("run %d: %v resolves to %q, before %q", run, k, got[k], w)
			}
		}
	}
}

// TestCanonicalSourcesKursk: every spelling of the president's name in
// testdata/kursk resolves to one name, whichever article it is in, and so
// does every source the extractor attributes to a variant.
func TestCanonicalSourcesKursk(t *testing.T) {
	variant := regexp.MustCompile(`\b(?:Volodymyr )?Ze+lensky+\b`)
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "kursk", "*.txt"))
	var in []named
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range variant.FindAllString(string(b), -1) {
			in = append(in, named{filepath.Base(f), m})
		}
	}
	spellings := map[string]bool{}
	for _, n := range in {
		spellings[n.name] = true
	}
	if len(spellings) < 4 {
		t.Fatalf("found only %v in testdata/kursk", spellings)
	}
	names := map[string]bool{}
	for _, c := range canonicalOf(t, in) {
		names[c] = true
	}
	if len(names) != 1 {
		t.Errorf("spellings %v resolve to %d names: %v", spellings, len(names), names)
	}

	// the same through extraction and Compare
	arts, lex := kursk(t)
	r := Compare(arts, lex, Config{})
	byName := map[string]map[string]bool{} // canonical -> articles
	raw := map[string]string{}
	i := 0
	for _, a := range arts {
		for _, c := range a.Claims {
			if variant.MatchString(c.Source.Name) || variant.MatchString(c.Source.AsWritten) {
				name := r.Claims[i].Source.Name
				if byName[name] == nil {
					byName[name] = map[string]bool{}
				}
				byName[name][a.Path] = true
				raw[c.Source.Name] = name
			}
			i++
		}
	}
	if len(byName) != 1 {
		t.Errorf("extracted sources %v resolve to %d names", raw, len(byName))
	}
	for name, in := range byName {
		if len(in) < 3 {
			t.Errorf("%q cited in %d articles, want the president in at least 3", name, len(in))
		}
	}
}

func TestRuneDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"zelensky", "zelenskyy", 1},
		{"zeelenskyy", "zelensky", 2},
		{"zełenski", "zelenski", 1}, // one letter, two bytes
		{"", "abc", 3},
		{"kim", "lim", 1},
		{"same", "same", 0},
	} {
		if got := extract.EditDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// An acronym spelled out in one article names that source in all of them.
func TestAcronymAliases(t *testing.T) {
	src := func(name, written string) extract.Claim {
		var c extract.Claim
		c.Source.Name, c.Source.AsWritten = name, written
		return c
	}
	claims := []extract.Claim{
		src("National Institute for Disaster Risk Management", "the National Institute for Disaster Risk Management (INGD)"),
		src("INGD", "national disaster agency INGD"),
		src("INGD", "INGD"),
		src("INAM", "INAM"),
		src("Jane Doe", "Jane Doe (JD)"),
	}
	got := newNames(defaultLexicon(t)).canonical(claims, []int32{0, 1, 2, 2, 3})
	want := []string{"National Institute for Disaster Risk Management", "National Institute for Disaster Risk Management",
		"National Institute for Disaster Risk Management", "INAM", "Jane Doe"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("claim %d (%q): %q, want %q", i, claims[i].Source.Name, got[i], want[i])
		}
	}
	for _, tc := range []struct {
		in   string
		want string
		ok   bool
	}{{"World Health Organization (WHO)", "WHO", true}, {"the army (A)", "", false}, {"Office (un)", "", false}, {"WHO", "", false}, {"X (ÉÉ) ", "ÉÉ", true}} {
		if got, ok := parenAcronym(tc.in); got != tc.want || ok != tc.ok {
			t.Errorf("parenAcronym(%q) = %q, %v", tc.in, got, ok)
		}
	}
}

func TestDottedAcronyms(t *testing.T) {
	src := func(name string) extract.Claim {
		var c extract.Claim
		c.Source.Name = name
		return c
	}
	claims := []extract.Claim{src("U.N. Office for the Coordination of Humanitarian Affairs"), src("UN Office for the Coordination of Humanitarian Affairs"),
		src("U.N. Office for the Coordination of Humanitarian Affairs"), src("U.S. military"), src("US military"), src("USA Today")}
	got := newNames(defaultLexicon(t)).canonical(claims, []int32{0, 1, 2, 0, 1, 2})
	want := []string{"U.N. Office for the Coordination of Humanitarian Affairs", "U.N. Office for the Coordination of Humanitarian Affairs",
		"U.N. Office for the Coordination of Humanitarian Affairs", "U.S. military", "U.S. military", "USA Today"} // ties: lexical order
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("claim %d (%q): %q, want %q", i, claims[i].Source.Name, got[i], want[i])
		}
	}
	for in, want := range map[string]string{"U.N.'s agency": "UN's agency", "U.S.": "US", "A. Smith": "A. Smith", "U.N": "U.N"} {
		if got := undot(in); got != want {
			t.Errorf("undot(%q) = %q, want %q", in, got, want)
		}
	}
}
