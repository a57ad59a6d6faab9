package compare

import (
	"reflect"
	"strings"
	"testing"
)

// story is an article of sentences, each "text|figure" (figure "" for a
// vague word): one claim per sentence.
func story(path string, sentences ...string) []spec {
	var out []spec
	for _, s := range sentences {
		text, fig, _ := strings.Cut(s, "|")
		sp := spec{art: path, sentence: text, subj: "things"}
		if fig == "" {
			sp.text, sp.v = "hundreds", vague(200, 999)
		} else {
			sp.text, sp.v = fig, exact(atof(fig))
		}
		if !strings.Contains(text, sp.text) {
			sp.sentence = text + " " + sp.text
		}
		out = append(out, sp)
	}
	return out
}

func TestOrigins(t *testing.T) {
	wire := story("a.txt",
		"Moscow sent 139 drones into Ukraine overnight into Saturday, officials said.|139",
		"According to the air force, 67 drones were destroyed.|67",
		"Another 71 were electronically jammed.|71",
		"Russia said 36 Ukrainian drones were shot down over four regions.|36",
		"The governor said 14 apartment buildings were damaged in the city.|14",
	)
	rewrite := story("b.txt",
		"In response, Moscow launched 139 drones into Ukraine during the night.|139",
		"The air force stated that 67 drones had been downed|67",
		"and 71 more were jammed by electronic warfare.|71",
		"Moscow's defence ministry reported intercepting 36 drones.|36",
		"Governor reports mention 14 damaged apartment blocks.|14",
	)
	// too few figures for the sequence test: found by its text
	copied := story("c.txt",
		"Moscow sent 139 drones into Ukraine overnight into Saturday, officials said.|139",
		"According to the air force, 67 drones were destroyed.|67",
		"Russia said 36 Ukrainian drones were shot down over four regions.|36",
	)
	// reports the same speech: the same vague words, its own figures
	speech1 := story("d.txt",
		"The president said hundreds of soldiers were killed.|",
		"He said a significant number of occupiers were eliminated.|",
		"There are 60,000 troops in the region, he said.|60000",
	)
	speech2 := story("e.txt",
		"We are talking about hundreds of soldiers, the president said.|",
		"A significant number were eliminated, he said in his address.|",
		"Some 60,000 troops are tied down there.|60000",
		"About 8,000 soldiers fight in the region, intelligence said.|8000",
	)
	reordered := story("f.txt",
		"Officials in the city counted 14 damaged buildings.|14",
		"Russia claimed 36 drones had been shot down.|36",
		"The air force said 71 drones were jammed.|71",
		"It said 67 drones had been destroyed.|67",
		"Russia launched 139 drones overnight.|139",
	)
	tests := []struct {
		name  string
		specs [][]spec
		want  []int
	}{
		{"a rewrite with the same figures in the same order", [][]spec{wire, rewrite}, []int{1, 1}},
		{"a verbatim copy of most sentences", [][]spec{wire, copied}, []int{1, 1}},
		{"two reports of one speech are independent", [][]spec{speech1, speech2}, []int{1, 2}},
		{"the same figures in another order are independent", [][]spec{wire, reordered}, []int{1, 2}},
		{"sharing is transitive; numbered by path", [][]spec{speech2, rewrite, copied, wire}, []int{2, 1, 1, 1}},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		if seen[tt.name] {
			t.Fatalf("duplicate case %q", tt.name)
		}
		seen[tt.name] = true
		t.Run(tt.name, func(t *testing.T) {
			var all []spec
			for _, s := range tt.specs {
				all = append(all, s...)
			}
			arts := articles(all...)
			_, _, _, origin, _ := prepare(arts, defaultLexicon(t), DefaultThreshold, 1)
			if !reflect.DeepEqual(origin, tt.want) {
				t.Errorf("origins %v, want %v", origin, tt.want)
			}
		})
	}
}

func TestLCS(t *testing.T) {
	for _, tt := range []struct {
		a, b []uint64
		want int
	}{
		{[]uint64{1, 2, 3, 4}, []uint64{1, 2, 3, 4}, 4},
		{[]uint64{1, 2, 3, 4}, []uint64{4, 3, 2, 1}, 1},
		{[]uint64{1, 9, 2, 3}, []uint64{1, 2, 8, 3}, 3},
		{nil, []uint64{1}, 0},
	} {
		if got := lcs(tt.a, tt.b); got != tt.want {
			t.Errorf("lcs(%v, %v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
