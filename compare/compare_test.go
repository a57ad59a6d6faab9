package compare

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/claims-tool/claims/extract"
	"github.com/claims-tool/claims/lexicon"
)

var kurskOnce struct {
	sync.Once
	arts []*extract.Article
	lex  *lexicon.Lexicon
	err  error
}

// kursk extracts testdata/kursk once per test binary.
func kursk(t *testing.T) ([]*extract.Article, *lexicon.Lexicon) {
	t.Helper()
	kurskOnce.Do(func() {
		lex, err := lexicon.Default()
		if err != nil {
			kurskOnce.err = err
			return
		}
		x, err := extract.New(lex)
		if err != nil {
			kurskOnce.err = err
			return
		}
		files, err := filepath.Glob(filepath.Join("..", "testdata", "kursk", "*.txt"))
		if err != nil || len(files) == 0 {
			kurskOnce.err = err
			return
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				kurskOnce.err = err
				return
			}
			kurskOnce.arts = append(kurskOnce.arts, x.Extract(f, b))
		}
		kurskOnce.lex = lex
	})
	if kurskOnce.err != nil || len(kurskOnce.arts) == 0 {
		t.Fatalf("extracting testdata/kursk: %v (%d articles)", kurskOnce.err, len(kurskOnce.arts))
	}
	return kurskOnce.arts, kurskOnce.lex
}

// find returns the claims whose value is [lo, hi] (hi < 0: an open end)
// and whose unit is unit.
func find(r *Report, lo, hi float64, unit string) []*extract.Claim {
	var out []*extract.Claim
	for i := range r.Claims {
		c := &r.Claims[i]
		v := c.Value
		if c.Unit != unit || v.Vague || v.Low == nil || *v.Low != lo {
			continue
		}
		if hi < 0 && v.High == nil || v.High != nil && *v.High == hi {
			out = append(out, c)
		}
	}
	return out
}

func TestCompareKursk(t *testing.T) {
	arts, lex := kursk(t)
	r := Compare(arts, lex, Config{})
	checkInvariants(t, r, arts)

	// the two 139-drone claims are one fact, and agree
	drones := find(r, 139, 139, "")
	if len(drones) != 2 {
		t.Fatalf("139 drones: %d claims, want 2", len(drones))
	}
	if g1, g2 := groupOf(r, drones[0].ID), groupOf(r, drones[1].ID); g1 != g2 || g1.Verdict != Agree {
		t.Errorf("139 drones: groups %v and %v, want one that agrees", g1, g2)
	}

	// 60,000 troops in Kursk is never the 10,000-12,000 sent last October
	for _, big := range find(r, 60000, 60000, "") {
		for _, sent := range append(find(r, 10000, 12000, ""), find(r, 0, 12000, "")...) {
			if groupOf(r, big.ID) == groupOf(r, sent.ID) {
				t.Errorf("%q (%s) and %q (%s) share group %s", big.Text, big.Article, sent.Text, sent.Article, groupOf(r, big.ID).ID)
			}
		}
	}
	// about 8,000 as of early February is not up to 12,000 deployed last fall
	for _, feb := range find(r, 8000, 8000, "") {
		for _, fall := range find(r, 0, 12000, "") {
			if groupOf(r, feb.ID) == groupOf(r, fall.ID) {
				t.Errorf("%q and %q share a group", feb.Text, fall.Text)
			}
		}
	}

	// 2.5 km against up to five km in one article: a discrepancy
	near, far := find(r, 2.5, 2.5, "km"), find(r, 0, 5, "km")
	if len(near) != 1 || len(far) != 1 {
		t.Fatalf("2.5 km: %d claims, up to 5 km: %d; want 1 each", len(near), len(far))
	}
	if g := groupOf(r, near[0].ID); g != groupOf(r, far[0].ID) || g.Verdict != Discrepancy {
		t.Errorf("2.5 km and up to five km: want one discrepancy, got %+v and %+v", g, groupOf(r, far[0].ID))
	} else if r.Groups[0].Verdict != Discrepancy {
		t.Errorf("discrepancies come first, got %s first", r.Groups[0].Verdict)
	}

	// 001 rewrites 000: one origin; the others are independent
	origin := map[string]int{}
	for _, a := range r.Articles {
		origin[filepath.Base(a.Path)[:3]] = a.Origin
	}
	if origin["000"] != origin["001"] {
		t.Errorf("000 and 001 should share an origin: %v", origin)
	}
	if len(map[int]bool{origin["000"]: true, origin["002"]: true, origin["003"]: true, origin["004"]: true}) != 4 {
		t.Errorf("000, 002, 003, 004 should be independent: %v", origin)
	}
	if r.Summary.Origins != 4 {
		t.Errorf("summary: %d origins, want 4", r.Summary.Origins)
	}
}

// checkInvariants checks what every report promises.
func checkInvariants(t *testing.T, r *Report, arts []*extract.Article) {
	t.Helper()
	n := 0
	for _, a := range arts {
		n += len(a.Claims)
	}
	if len(r.Claims) != n {
		t.Fatalf("%d claims in the report, %d extracted", len(r.Claims), n)
	}
	// claims in input order
	i := 0
	for _, a := range arts {
		for _, c := range a.Claims {
			if r.Claims[i].ID != c.ID {
				t.Fatalf("claim %d is %s, want %s (input order)", i, r.Claims[i].ID, c.ID)
			}
			i++
		}
	}
	in := map[string]int{}
	index := map[string]int{}
	for i, c := range r.Claims {
		index[c.ID] = i
	}
	lastRank, lastFirst := -1, -1
	var s Summary
	for gi, g := range r.Groups {
		if want := "g" + itoa(gi+1); g.ID != want {
			t.Errorf("group %d has id %q, want %q", gi, g.ID, want)
		}
		if len(g.Claims) == 0 {
			t.Fatalf("group %s is empty", g.ID)
		}
		prev := -1
		arts := map[string]bool{}
		unverified := false
		for _, id := range g.Claims {
			in[id]++
			k, ok := index[id]
			if !ok {
				t.Fatalf("group %s names unknown claim %s", g.ID, id)
			}
			if k <= prev {
				t.Errorf("group %s: claims not in report order", g.ID)
			}
			prev = k
			arts[r.Claims[k].Article] = true
			unverified = unverified || r.Claims[k].Status != extract.Reported
		}
		if g.Articles != len(arts) {
			t.Errorf("group %s: Articles = %d, want %d", g.ID, g.Articles, len(arts))
		}
		if g.Origins < 1 || g.Origins > g.Articles {
			t.Errorf("group %s: %d origins for %d articles", g.ID, g.Origins, g.Articles)
		}
		if g.Unverified != unverified {
			t.Errorf("group %s: Unverified = %v, want %v", g.ID, g.Unverified, unverified)
		}
		if (len(g.Claims) == 1) != (g.Verdict == Single) {
			t.Errorf("group %s: %d claims, verdict %s", g.ID, len(g.Claims), g.Verdict)
		}
		rk, first := rank(&r.Groups[gi]), index[g.Claims[0]]
		if rk < lastRank || rk == lastRank && first < lastFirst {
			t.Errorf("group %s out of order", g.ID)
		}
		lastRank, lastFirst = rk, first
		switch g.Verdict {
		case Agree:
			s.Agreements++
		case Discrepancy:
			s.Discrepancies++
		case Single:
			s.Single++
		}
		if g.Unverified {
			s.Unverified++
		}
	}
	for _, c := range r.Claims {
		if in[c.ID] != 1 {
			t.Errorf("claim %s is in %d groups, want 1", c.ID, in[c.ID])
		}
	}
	s.Articles, s.Claims, s.Facts, s.Origins = len(arts), n, len(r.Groups), r.Summary.Origins
	if r.Summary != s {
		t.Errorf("summary %+v, want %+v", r.Summary, s)
	}
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

// TestCompareDeterministic: the same input gives the same bytes, whatever
// the number of workers.
func TestCompareDeterministic(t *testing.T) {
	arts, lex := kursk(t)
	want, err := json.Marshal(Compare(arts, lex, Config{}))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{1, 2, 8} {
		for run := 0; run < 3; run++ {
			got, _ := json.Marshal(Compare(arts, lex, Config{Workers: w}))
			if !bytes.Equal(got, want) {
				t.Fatalf("workers %d run %d: output differs", w, run)
			}
		}
	}
	big := corpus(5000, 7)
	want, _ = json.Marshal(Compare(big, lex, Config{Workers: 1}))
	got, _ := json.Marshal(Compare(big, lex, Config{Workers: 4}))
	if !bytes.Equal(got, want) {
		t.Fatal("generated corpus: output differs between 1 and 4 workers")
	}
}

// TestCompareOrderOfArticles: reordering the articles may renumber groups
// but must not change which claims form a fact.
func TestCompareOrderOfArticles(t *testing.T) {
	arts, lex := kursk(t)
	facts := func(r *Report) map[string]string {
		out := map[string]string{}
		for _, g := range r.Groups {
			key, _ := json.Marshal(sortedCopy(g.Claims))
			out[string(key)] = g.Verdict
		}
		return out
	}
	want := facts(Compare(arts, lex, Config{}))
	rng := rand.New(rand.NewSource(1))
	for run := 0; run < 5; run++ {
		shuffled := append([]*extract.Article(nil), arts...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		r := Compare(shuffled, lex, Config{})
		checkInvariants(t, r, shuffled)
		if got := facts(r); !reflect.DeepEqual(got, want) {
			t.Errorf("run %d: facts differ after shuffling articles:\n got %v\nwant %v", run, got, want)
		}
	}
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// TestReportJSON: a report survives encoding/json (the CLI's --baseline
// reads one back).
func TestReportJSON(t *testing.T) {
	arts, lex := kursk(t)
	r := Compare(arts, lex, Config{})
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	b2, err := json.Marshal(&back)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b2) {
		t.Error("report changed in a JSON round trip")
	}
	if c := Diff(r, &back); !c.Empty() {
		t.Errorf("diff of a report and its round trip: %+v", c)
	}
}

func TestCompareEmpty(t *testing.T) {
	for _, arts := range [][]*extract.Article{nil, {{Path: "empty.txt"}}} {
		r := Compare(arts, nil, Config{})
		if r == nil || len(r.Groups) != 0 || len(r.Claims) != 0 || r.Summary.Articles != len(arts) {
			t.Errorf("Compare(%d empty articles) = %+v", len(arts), r)
		}
		b, _ := json.Marshal(r)
		if bytes.Contains(b, []byte("null")) {
			t.Errorf("empty report has null lists: %s", b)
		}
	}
}

// TestCompareDoesNotChangeInput: the report holds copies.
func TestCompareDoesNotChangeInput(t *testing.T) {
	arts := articles(
		spec{art: "a", sentence: "President Volodymyr Zelensky said 139 drones were launched.", text: "139", v: exact(139), subj: "drones", pred: "launched", src: "Volodymyr Zelensky"},
		spec{art: "b", sentence: "Zelenskyy said 139 drones were launched.", text: "139", v: exact(139), subj: "drones", pred: "launched", src: "Zelenskyy"},
	)
	before, _ := json.Marshal(arts[1].Claims)
	r := Compare(arts, defaultLexicon(t), Config{})
	after, _ := json.Marshal(arts[1].Claims)
	if !bytes.Equal(before, after) {
		t.Error("Compare changed its input")
	}
	if r.Claims[1].Source.Name != "Volodymyr Zelensky" {
		t.Errorf("report copy: source %q, want the canonical name", r.Claims[1].Source.Name)
	}
	if g := r.Groups[0]; len(g.Sources) != 1 || g.Articles != 2 {
		t.Errorf("group %+v: want 2 articles, 1 source", g)
	}
}

// TestVagueWithoutSubject: a vague figure with no counted thing lines up by
// its verb and sentence ("hundreds were killed").
func TestVagueWithoutSubject(t *testing.T) {
	arts := articles(
		spec{art: "a", sentence: "Zelensky said hundreds of Russian soldiers were killed in the Kursk assaults.", text: "hundreds", v: vague(200, 999), subj: "soldiers", pred: "killed", src: "Volodymyr Zelensky"},
		spec{art: "b", sentence: "In the Kursk assaults hundreds were killed, Zelensky said.", text: "hundreds", v: vague(200, 999), pred: "killed", src: "Volodymyr Zelensky"},
		spec{art: "c", sentence: "Officials said 12 drones were shot down over the Kursk region.", text: "12", v: exact(12), subj: "drones", pred: "shot"},
	)
	r := Compare(arts, defaultLexicon(t), Config{})
	checkInvariants(t, r, arts)
	if g := groupOf(r, arts[0].Claims[0].ID); g != groupOf(r, arts[1].Claims[0].ID) || g.Verdict != Agree {
		t.Errorf("the two 'hundreds killed' should agree in one group: %+v", r.Groups)
	}
	if g := groupOf(r, arts[2].Claims[0].ID); g.Verdict != Single {
		t.Errorf("the drones are another fact: %+v", g)
	}
}

// TestCompareCasualties: killed and wounded are two facts; "people killed"
// and "people died" one; a figure without its noun ("more than 40 were
// injured") takes the class its verb counts; a title is not part of a name.
func TestCompareCasualties(t *testing.T) {
	arts := articles(
		spec{art: "a", sentence: "Eighteen people were killed in the Russian missile strike on Kharkiv on Tuesday, officials said.", text: "Eighteen", v: exact(18), subj: "people", pred: "killed", src: "Oleh Syniehubov", quals: []string{"t:tuesday"}},
		spec{art: "a", sentence: "Another 45 people were wounded, including six children.", text: "45", v: exact(45), subj: "people", pred: "wounded", src: "Oleh Syniehubov"},
		spec{art: "b", sentence: "At least 19 people died after a missile hit Kharkiv on Tuesday, the governor said.", text: "At least 19", v: atLeast(19), subj: "people", pred: "died", src: "Governor Oleh Syniehubov", quals: []string{"t:tuesday"}},
		spec{art: "b", sentence: "More than 40 were injured in the Kharkiv strike.", text: "More than 40", v: atLeast(40), pred: "injured"},
		spec{art: "c", sentence: "Ukraine said it shot down 25 drones overnight over the Kyiv region.", text: "25", v: exact(25), subj: "drones", pred: "shot"},
	)
	r := Compare(arts, defaultLexicon(t), Config{})
	checkInvariants(t, r, arts)
	killed, wounded := groupOf(r, arts[0].Claims[0].ID), groupOf(r, arts[0].Claims[1].ID)
	if killed == wounded {
		t.Fatal("killed and wounded in one group")
	}
	if g := groupOf(r, arts[1].Claims[0].ID); g != killed || g.Verdict != Discrepancy {
		t.Errorf("18 killed and at least 19 died: want one discrepancy, got %+v", g)
	}
	if g := groupOf(r, arts[1].Claims[1].ID); g != wounded || g.Verdict != Agree {
		t.Errorf("45 wounded and more than 40 injured: want one fact that agrees, got %+v", g)
	}
	if len(killed.Sources) != 1 || killed.Sources[0] != "Oleh Syniehubov" {
		t.Errorf("sources %v, want the governor once", killed.Sources)
	}
}

// TestCompareSynonyms: one thing named two ways ("vessels" and "ships",
// "walkout" and "strike") is one fact; the lexicon's [subject] classes say
// which words name one thing.
func TestCompareSynonyms(t *testing.T) {
	arts := articles(
		spec{art: "a", sentence: "The port authority said 28 vessels were waiting to unload at the harbour on Friday.", text: "28", v: exact(28), subj: "vessels", pred: "waiting", src: "port authority"},
		spec{art: "b", sentence: "Some 28 ships were waiting off the harbour to unload on Friday, the port authority said.", text: "Some 28", v: exact(28), subj: "ships", pred: "waiting", src: "port authority"},
		spec{art: "b", sentence: "The port authority said 300 trucks were queuing at the harbour gates on Friday.", text: "300", v: exact(300), subj: "trucks", pred: "queuing", src: "port authority"},
	)
	r := Compare(arts, defaultLexicon(t), Config{})
	checkInvariants(t, r, arts)
	if g := groupOf(r, arts[0].Claims[0].ID); g != groupOf(r, arts[1].Claims[0].ID) || g.Verdict != Agree {
		t.Errorf("28 vessels and some 28 ships: want one fact that agrees, got %+v", g)
	}
	if g := groupOf(r, arts[1].Claims[1].ID); g.Verdict != Single {
		t.Errorf("the trucks are another fact: %+v", g)
	}
}

// TestCompareYears: a figure the sentence sets in another year ("in 2019,
// when more than 300 people died") is another fact than the story's own,
// and two figures of different years never line up.
func TestCompareYears(t *testing.T) {
	arts := articles(
		spec{art: "a", sentence: "The outbreak has killed 87 people in the province, the health ministry said on Tuesday.", text: "87", v: exact(87), subj: "people", pred: "killed", src: "health ministry", quals: []string{"t:tuesday"}},
		spec{art: "a", sentence: "The province last saw a major outbreak in 2019, when more than 300 people were killed.", text: "more than 300", v: atLeast(300), subj: "people", pred: "killed", quals: []string{"t:2019"}},
		spec{art: "b", sentence: "The health ministry said on Tuesday that the outbreak had killed nearly 90 people in the province.", text: "nearly 90", v: exact(90), subj: "people", pred: "killed", src: "health ministry", quals: []string{"t:tuesday"}},
		spec{art: "b", sentence: "In 2015, an outbreak in the province killed 250 people.", text: "250", v: exact(250), subj: "people", pred: "killed", quals: []string{"t:2015"}},
	)
	r := Compare(arts, defaultLexicon(t), Config{})
	checkInvariants(t, r, arts)
	now := groupOf(r, arts[0].Claims[0].ID)
	if now != groupOf(r, arts[1].Claims[0].ID) {
		t.Errorf("87 and nearly 90 killed are one fact: %+v", r.Groups)
	}
	if g := groupOf(r, arts[0].Claims[1].ID); g == now || g == groupOf(r, arts[1].Claims[1].ID) {
		t.Errorf("the 2019 toll is its own fact: %+v", r.Groups)
	}
}

// TestCompareEarlier: a figure set a year back ("from 5.4% a year
// earlier") is a comparison: it lines up with the same comparison
// elsewhere, not with another article's figure of the quarter that
// happens to be the same.
func TestCompareEarlier(t *testing.T) {
	arts := articles(
		spec{art: "a", sentence: "The carmaker's operating margin narrowed to 1.8% in the third quarter from 5.4% a year earlier.", text: "5.4%", v: exact(5.4), unit: "%", subj: "margin", pred: "narrowed", quals: []string{"t:earlier"}},
		spec{art: "b", sentence: "The carmaker's operating margin was 5.4% a year earlier, before it narrowed in the third quarter.", text: "5.4%", v: exact(5.4), unit: "%", subj: "margin", pred: "narrowed", quals: []string{"t:earlier"}},
		spec{art: "c", sentence: "The rival carmaker's operating margin narrowed to 5.4% in the third quarter.", text: "5.4%", v: exact(5.4), unit: "%", subj: "margin", pred: "narrowed"},
	)
	r := Compare(arts, defaultLexicon(t), Config{})
	checkInvariants(t, r, arts)
	prior := groupOf(r, arts[0].Claims[0].ID)
	if prior != groupOf(r, arts[1].Claims[0].ID) {
		t.Errorf("the two year-earlier margins are one fact: %+v", r.Groups)
	}
	if g := groupOf(r, arts[2].Claims[0].ID); g == prior {
		t.Errorf("this quarter's 5.4%% is not last year's: %+v", g)
	}
}

// TestCompareSameVerb: one verb that names no class of fact ("joined")
// is evidence for one fact as a shared class is: two sources' crowd
// figures in differently worded sentences are one fact in discrepancy.
func TestCompareSameVerb(t *testing.T) {
	arts := articles(
		spec{art: "a", sentence: "Organisers said 40,000 people joined the march through the capital on Saturday.", text: "40,000", v: exact(40000), subj: "people", pred: "joined", src: "organisers"},
		spec{art: "b", sentence: "Police counted about 12,000 people who joined on Saturday.", text: "about 12,000", v: exact(12000), subj: "people", pred: "joined", src: "police"},
		spec{art: "b", sentence: "Police said 30 people were arrested after the protest.", text: "30", v: exact(30), subj: "people", pred: "arrested", src: "police"},
	)
	r := Compare(arts, defaultLexicon(t), Config{})
	checkInvariants(t, r, arts)
	if g := groupOf(r, arts[0].Claims[0].ID); g != groupOf(r, arts[1].Claims[0].ID) || g.Verdict != Discrepancy {
		t.Errorf("the two crowd figures are one fact in discrepancy: %+v", r.Groups)
	}
	if groupOf(r, arts[1].Claims[1].ID) == groupOf(r, arts[0].Claims[0].ID) {
		t.Errorf("the arrests are another fact: %+v", r.Groups)
	}
}

// TestComparePeopleNouns: survivors, passengers and patients are people
// counted under another name; the same count of them lines up with a count
// of people, and another count of people stays apart.
func TestComparePeopleNouns(t *testing.T) {
	arts := articles(
		spec{art: "a", sentence: "Rescuers pulled 64 people alive from the river after the ferry sank, the fire brigade said.", text: "64", v: exact(64), subj: "people", pred: "pulled", src: "fire brigade"},
		spec{art: "b", sentence: "The fire brigade said 64 survivors were pulled from the river after the ferry sank.", text: "64", v: exact(64), subj: "survivors", pred: "pulled", src: "fire brigade"},
		spec{art: "b", sentence: "The ferry was licensed to carry 150 passengers, its owner said.", text: "150", v: exact(150), subj: "passengers", pred: "carry", src: "owner"},
	)
	r := Compare(arts, defaultLexicon(t), Config{})
	checkInvariants(t, r, arts)
	if g := groupOf(r, arts[0].Claims[0].ID); g != groupOf(r, arts[1].Claims[0].ID) || g.Verdict != Agree {
		t.Errorf("64 people and 64 survivors pulled from the river are one fact: %+v", r.Groups)
	}
	if g := groupOf(r, arts[1].Claims[1].ID); g.Verdict != Single {
		t.Errorf("the ferry's capacity is another fact: %+v", g)
	}
}

// TestCompareContainerSubject: "put the figure at 180,000" names nothing
// counted; the sentence's counted thing decides, so the figure lines up
// with another article's count of the same workers.
func TestCompareContainerSubject(t *testing.T) {
	arts := articles(
		spec{art: "a", sentence: "The unions said 180,000 workers had joined the strike on Monday.", text: "180,000", v: exact(180000), subj: "workers", pred: "joined", src: "unions"},
		spec{art: "b", sentence: "The unions put the figure of striking workers on Monday at 180,000.", text: "180,000", v: exact(180000), subj: "figure", pred: "put", src: "unions"},
	)
	r := Compare(arts, defaultLexicon(t), Config{})
	checkInvariants(t, r, arts)
	if g := groupOf(r, arts[0].Claims[0].ID); g != groupOf(r, arts[1].Claims[0].ID) || g.Verdict != Agree {
		t.Errorf("the unions' 180,000 workers, twice, are one fact: %+v", r.Groups)
	}
}

// TestCompareAreaSubject: "scorched 410 square kilometres" names an area
// and nothing else, so it is no different thing from "41,300 hectares of
// forest": the sentences decide.
func TestCompareAreaSubject(t *testing.T) {
	arts := articles(
		spec{art: "a", sentence: "Flames had burned through 41,300 hectares of forest near Pellow, the fire authority said.", text: "41,300 hectares", v: exact(41300), unit: "ha", subj: "forest", pred: "burned", src: "fire authority"},
		spec{art: "b", sentence: "The blaze has scorched about 410 square kilometres in four days, according to the fire authority.", text: "about 410 square kilometres", v: extract.Value{Low: f(410), High: f(410), Approx: true}, unit: "km2", subj: "area", pred: "scorched", src: "fire authority"},
	)
	r := Compare(arts, defaultLexicon(t), Config{})
	checkInvariants(t, r, arts)
	if g := groupOf(r, arts[0].Claims[0].ID); g != groupOf(r, arts[1].Claims[0].ID) || g.Verdict != Agree {
		t.Errorf("41,300 hectares of forest and about 410 km² burned are one fact: %+v", r.Groups)
	}
}

// TestCompareWrittenScale: figures that keep their written scale in the
// unit ("18.5 million tonnes", "$3.2 billion") line up with the same
// figure written at another scale, and a different figure disagrees.
func TestCompareWrittenScale(t *testing.T) {
	arts := articles(
		spec{art: "a", sentence: "The grain monitor said the wheat harvest would fall to 18.5 million tonnes this year.", text: "18.5 million tonnes", v: exact(18.5), unit: "million t", subj: "harvest", pred: "fall", src: "grain monitor"},
		spec{art: "b", sentence: "The wheat harvest will fall to 18,500,000 tonnes this year, the grain monitor said.", text: "18,500,000 tonnes", v: exact(18.5e6), unit: "t", subj: "harvest", pred: "fall", src: "grain monitor"},
		spec{art: "c", sentence: "The grain monitor expects the wheat harvest to fall to 19.8 million tonnes this year.", text: "19.8 million tonnes", v: exact(19.8), unit: "million t", subj: "harvest", pred: "fall", src: "grain monitor"},
	)
	r := Compare(arts, defaultLexicon(t), Config{})
	checkInvariants(t, r, arts)
	g := groupOf(r, arts[0].Claims[0].ID)
	if g != groupOf(r, arts[1].Claims[0].ID) || g != groupOf(r, arts[2].Claims[0].ID) || g.Verdict != Discrepancy {
		t.Errorf("18.5 million t, 18,500,000 t and 19.8 million t: want one fact with a discrepancy, got %+v", g)
	}
}

// TestCompareDisputedJoins: an article that sets two sources' figures for
// one fact against each other ties the reports of each figure elsewhere into
// one fact, a discrepancy, rather than two facts that each agree.
func TestCompareDisputedJoins(t *testing.T) {
	arts := articles(
		spec{art: "a", sentence: "The Civil Protection Agency reports 57 deaths in the Serra valley floods.", text: "57", v: exact(57), subj: "deaths", src: "Civil Protection Agency", status: extract.Disputed},
		spec{art: "a", sentence: "Red Crescent teams in the field have recorded 83 deaths in the valley.", text: "83", v: exact(83), subj: "deaths", src: "Red Crescent", status: extract.Disputed},
		spec{art: "b", sentence: "The death toll from floods in the Serra river valley rose to 57 on Wednesday, the agency said.", text: "57", v: exact(57), subj: "toll", pred: "rose", src: "Civil Protection Agency"},
		spec{art: "c", sentence: "We have recorded 83 deaths in the villages our teams have reached, said the Red Crescent coordinator.", text: "83", v: exact(83), subj: "deaths", pred: "recorded", src: "Red Crescent"},
	)
	r := Compare(arts, defaultLexicon(t), Config{})
	checkInvariants(t, r, arts)
	g := groupOf(r, arts[1].Claims[0].ID)
	for _, a := range arts {
		for _, c := range a.Claims {
			if groupOf(r, c.ID) != g {
				t.Errorf("%s (%s) not in the group of the agency's 57: %+v", c.Text, a.Path, r.Groups)
			}
		}
	}
	if g.Verdict != Discrepancy {
		t.Errorf("verdict %s, want a discrepancy", g.Verdict)
	}
}
