package compare

import (
	"testing"

	"github.com/claims-tool/claims/extract"
)

// background claims give the IDF weights a corpus to be measured against:
// words every story has ("said", "officials", "Saturday") weigh little.
var background = []spec{
	{art: "bg1", sentence: "Officials said on Saturday that 12 apples were sold in the region.", text: "12", v: exact(12), subj: "apples", pred: "sold"},
	{art: "bg2", sentence: "The region said 40 pears were sold, officials said.", text: "40", v: exact(40), subj: "pears", pred: "sold"},
	{art: "bg3", sentence: "Officials in the region said 9 boats were sold on Saturday.", text: "9", v: exact(9), subj: "boats", pred: "sold"},
	{art: "bg4", sentence: "A report said 31 lamps were repaired in the region.", text: "31", v: exact(31), subj: "lamps", pred: "repaired"},
}

// pairScore scores claims a and b as Compare would, in a corpus of the two
// and the background.
func pairScore(t *testing.T, a, b spec) (float64, bool) {
	t.Helper()
	arts := articles(append([]spec{a, b}, background...)...)
	_, _, fs, _, al := prepare(arts, defaultLexicon(t), DefaultThreshold, 1)
	// a is the first claim; b the second (of a's article or the next)
	return al.score(&fs[0], &fs[1])
}

func TestPairScore(t *testing.T) {
	tests := []struct {
		name string
		a, b spec
		ok   bool // not ruled out
		same bool // scores at or above the threshold
	}{
		{
			name: "same figure in a rewritten sentence",
			a:    spec{art: "a", sentence: "Moscow sent 139 drones into Ukraine overnight, Ukrainian officials said.", text: "139", v: exact(139), subj: "drones", pred: "sent"},
			b:    spec{art: "b", sentence: "Moscow launched 139 drones into Ukraine overnight, officials stated.", text: "139", v: exact(139), subj: "drones", pred: "launched"},
			ok:   true, same: true,
		},
		{
			name: "hedged figures of one deployment",
			a:    spec{art: "a", sentence: "Last October North Korea sent about 10,000-12,000 troops to Russia, intelligence said.", text: "about 10,000-12,000", v: span(10000, 12000), subj: "troops", pred: "sent", quals: []string{"t:october"}},
			b:    spec{art: "b", sentence: "Up to 12,000 North Korean troops were deployed to Russia last fall.", text: "Up to 12,000", v: upTo(12000), subj: "troops", pred: "deployed", quals: []string{"north", "korean", "t:fall"}},
			ok:   true, same: true,
		},
		{
			name: "verbs of different classes",
			a:    spec{art: "a", sentence: "The offensive forced Russia to withdraw 60,000 troops.", text: "60,000", v: exact(60000), subj: "troops", pred: "withdraw"},
			b:    spec{art: "b", sentence: "North Korea sent 10,000 troops to Russia.", text: "10,000", v: exact(10000), subj: "troops", pred: "sent"},
			ok:   false,
		},
		{
			name: "disjoint proper modifiers",
			a:    spec{art: "a", sentence: "There are 60,000 Russian troops in the region.", text: "60,000", v: exact(60000), subj: "troops", quals: []string{"russian"}},
			b:    spec{art: "b", sentence: "There are 12,000 North Korean troops in the region.", text: "12,000", v: exact(12000), subj: "troops", quals: []string{"north", "korean"}},
			ok:   false,
		},
		{
			name: "a part is not the whole",
			a:    spec{art: "a", sentence: "Hundreds of Russian and North Korean soldiers were killed.", text: "Hundreds", v: vague(200, 999), subj: "soldiers", pred: "killed", quals: []string{"russian", "north", "korean"}},
			b:    spec{art: "b", sentence: "At least 300 North Korean soldiers were killed.", text: "At least 300", v: atLeast(300), subj: "soldiers", pred: "killed", quals: []string{"north", "korean"}},
			ok:   false,
		},
		{
			name: "lower-case modifiers are not origins",
			a:    spec{art: "a", sentence: "Zelensky said a significant number of enemy troops were destroyed.", text: "a significant number", v: someNumber, subj: "troops", pred: "destroyed", quals: []string{"enemy"}},
			b:    spec{art: "b", sentence: "Zelensky said a significant number of Russian troops were destroyed.", text: "a significant number", v: someNumber, subj: "troops", pred: "destroyed", quals: []string{"russian"}},
			ok:   true, same: true,
		},
		{
			name: "months that do not meet",
			a:    spec{art: "a", sentence: "North Korea sent 12,000 troops in October.", text: "12,000", v: exact(12000), subj: "troops", pred: "sent", quals: []string{"t:october"}},
			b:    spec{art: "b", sentence: "North Korea sent 12,000 troops in February.", text: "12,000", v: exact(12000), subj: "troops", pred: "sent", quals: []string{"t:february"}},
			ok:   false,
		},
		{
			name: "a month inside a season",
			a:    spec{art: "a", sentence: "North Korea sent 12,000 troops in October.", text: "12,000", v: exact(12000), subj: "troops", pred: "sent", quals: []string{"t:october"}},
			b:    spec{art: "b", sentence: "North Korea sent 12,000 troops last fall.", text: "12,000", v: exact(12000), subj: "troops", pred: "sent", quals: []string{"t:fall"}},
			ok:   true, same: true,
		},
		{
			name: "two figures of one sentence",
			a:    spec{art: "a", sentence: "Officials said 36 drones were downed over Kursk and 40 drones over Belgorod.", text: "36", v: exact(36), subj: "drones", pred: "downed"},
			b:    spec{art: "a", sentence: "Officials said 36 drones were downed over Kursk and 40 drones over Belgorod.", text: "40", v: exact(40), subj: "drones", pred: "downed"},
			ok:   false,
		},
		{
			name: "two sources' figures set against each other in one sentence",
			a:    spec{art: "a", sentence: "Police said about 6,000 people marched; organisers put the crowd at 20,000.", text: "about 6,000", v: exact(6000), subj: "people", pred: "marched", src: "Police", status: "disputed"},
			b:    spec{art: "a", sentence: "Police said about 6,000 people marched; organisers put the crowd at 20,000.", text: "20,000", v: exact(20000), subj: "crowd", pred: "put", src: "organisers", status: "disputed"},
			ok:   true, same: true,
		},
		{
			name: "a restatement in one sentence",
			a:    spec{art: "a", sentence: "A significant number of occupiers were killed, we are talking hundreds of soldiers.", text: "A significant number", v: someNumber, subj: "occupiers", pred: "killed"},
			b:    spec{art: "a", sentence: "A significant number of occupiers were killed, we are talking hundreds of soldiers.", text: "hundreds", v: vague(200, 999), subj: "soldiers", pred: "talking"},
			ok:   true, same: true,
		},
		{
			name: "measures of two named things in unlike sentences",
			a:    spec{art: "a", sentence: "The new road to the port is 12.5 kilometers long, officials said.", text: "12.5 kilometers", v: exact(12.5), unit: "km", subj: "road"},
			b:    spec{art: "b", sentence: "The bridge, which will span 12.5 kilometers, is due to open next year.", text: "12.5 kilometers", v: exact(12.5), unit: "km", subj: "bridge"},
			ok:   true, same: false,
		},
		{
			name: "one sum by two names",
			a:    spec{art: "a", sentence: "Hanbit Energy Solutions signed a $3.2bn deal to build a battery plant in Rayong.", text: "$3.2bn", v: exact(3.2), unit: "billion USD", subj: "deal", pred: "signed"},
			b:    spec{art: "b", sentence: "On Tuesday Hanbit Energy Solutions signed a $3.2 billion agreement to build a battery plant.", text: "$3.2 billion", v: exact(3.2), unit: "billion USD", subj: "agreement", pred: "signed"},
			ok:   true, same: true,
		},
		{
			name: "a change of a percentage is not its level",
			a:    spec{art: "a", sentence: "Inflation rose 3.2% in May, the ministry said.", text: "3.2%", v: exact(3.2), unit: "%", subj: "inflation", pred: "rose", change: "up"},
			b:    spec{art: "b", sentence: "Inflation was 3.2% in May, the ministry said.", text: "3.2%", v: exact(3.2), unit: "%", subj: "inflation"},
			ok:   false,
		},
		{
			name: "a measure's verb names what is measured",
			a:    spec{art: "a", sentence: "Zelensky said Ukrainian forces advanced 2.5 kilometers.", text: "2.5 kilometers", v: exact(2.5), unit: "km", subj: "forces", pred: "advanced"},
			b:    spec{art: "b", sentence: "Analysts said Ukrainian forces were advancing up to five kilometers.", text: "up to five kilometers", v: upTo(5), unit: "km", subj: "advance", pred: "advancing"},
			ok:   true, same: true,
		},
		{
			name: "far-apart figures in unlike sentences",
			a:    spec{art: "a", sentence: "Russia keeps 60,000 troops tied down in Kursk.", text: "60,000", v: exact(60000), subj: "troops"},
			b:    spec{art: "b", sentence: "Only 300 troops guard the border crossing near Sumy.", text: "300", v: exact(300), subj: "troops"},
			ok:   true, same: false,
		},
		{
			name: "an equal distinctive figure of one named thing in unlike sentences",
			a:    spec{art: "a", sentence: "The federation, which called the stoppage, said 185,000 workers had left their posts.", text: "185,000", v: exact(185000), subj: "workers", pred: "left"},
			b:    spec{art: "b", sentence: "Brannick, a former train driver, told reporters 185,000 workers downed tools.", text: "185,000", v: exact(185000), subj: "workers", pred: "downed"},
			ok:   true, same: true,
		},
		{
			name: "an equal distinctive figure of two kinds of people",
			a:    spec{art: "a", sentence: "Authorities pardoned 1,250 prisoners from the overcrowded jail on Friday.", text: "1,250", v: exact(1250), subj: "prisoners", pred: "pardoned"},
			b:    spec{art: "b", sentence: "About 1,250 tourists were evacuated as a wildfire spread near Lisbon.", text: "About 1,250", v: exact(1250), subj: "tourists", pred: "evacuated"},
			ok:   true, same: false,
		},
		{
			name: "an equal figure alone does not make one fact",
			a:    spec{art: "a", sentence: "Russia keeps 60,000 troops tied down in Kursk.", text: "60,000", v: exact(60000), subj: "troops"},
			b:    spec{art: "b", sentence: "NATO plans exercises with 60,000 troops in the Baltic next spring.", text: "60,000", v: exact(60000), subj: "troops"},
			ok:   true, same: false,
		},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		if seen[tt.name] {
			t.Fatalf("duplicate case %q", tt.name)
		}
		seen[tt.name] = true
		t.Run(tt.name, func(t *testing.T) {
			s, ok := pairScore(t, tt.a, tt.b)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v (score %.3f)", ok, tt.ok, s)
			}
			if !ok {
				return
			}
			t.Logf("score %.3f", s)
			if same := s >= DefaultThreshold; same != tt.same {
				t.Errorf("score %.3f: same fact = %v, want %v", s, same, tt.same)
			}
			// the score is symmetric
			s2, ok2 := pairScore(t, tt.b, tt.a)
			if ok2 != ok || s2-s > 1e-9 || s-s2 > 1e-9 {
				t.Errorf("score(b, a) = %.6f, %v; score(a, b) = %.6f, %v", s2, ok2, s, ok)
			}
		})
	}
}

// TestPairScoreSameSentenceRestatement pins the fixed score of a restatement.
func TestPairScoreSameSentenceRestatement(t *testing.T) {
	a := spec{art: "a", sentence: "There were 60,000 troops, 60,000 that are not elsewhere.", text: "60,000", v: exact(60000), subj: "troops"}
	b := a
	b.text = "60,000 that"
	b.v = extract.Value{Low: f(60000), High: f(60000)}
	s, ok := pairScore(t, a, b)
	if !ok || s != sameSentenceScore {
		t.Errorf("restated figure: %v %v, want %v true", s, ok, sameSentenceScore)
	}
}
