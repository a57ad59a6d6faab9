package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestHardWrapped: a file wrapped at a fixed width keeps whole paragraphs,
// whatever the case of the word that starts a wrapped line, while lists,
// headings and bylines stay lines of their own.
func TestHardWrapped(t *testing.T) {
	src := "# Fires force thousands to flee\n\n" +
		"By Maria Lopez | Updated 12 August\n\n" +
		"MADRID - Firefighters battled more than 40 blazes across Andalusia on\n" +
		"Tuesday after temperatures topped 44 degrees Celsius, and regional\n" +
		"authorities said about 6,000 residents had been evacuated from villages\n" +
		"near Huelva.\n\n" +
		"\"We have 1,200 firefighters and 35 aircraft on the ground,\" said Juan\n" +
		"Moreno, the head of the regional emergency service. He said two\n" +
		"firefighters had been injured.\n\n" +
		"- Related: Europe's hottest summer on record\n" +
		"- Related: Drought hits olive harvest in the south\n"
	p := Clean(src, testLexicon(t))
	var got []string
	for _, b := range p.Blocks {
		got = append(got, strings.Join(strings.Fields(p.Text[b.Start:b.End]), " "))
	}
	want := []string{
		"MADRID - Firefighters battled more than 40 blazes across Andalusia on Tuesday after temperatures topped 44 degrees Celsius, and regional authorities said about 6,000 residents had been evacuated from villages near Huelva.",
		"\"We have 1,200 firefighters and 35 aircraft on the ground,\" said Juan Moreno, the head of the regional emergency service. He said two firefighters had been injured.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestNotWrapped: one paragraph a line (no fixed width) is not joined.
func TestNotWrapped(t *testing.T) {
	src := "Officials said 139 drones were launched overnight into Saturday across the country.\n" +
		"The air force said 67 were destroyed and 71 jammed by electronic warfare systems today.\n" +
		"Related headline without a full stop that must not join the story above it\n"
	p := Clean(src, testLexicon(t))
	if len(p.Blocks) != 2 {
		t.Fatalf("%d blocks, want 2: %+v", len(p.Blocks), p.Blocks)
	}
}

// TestShortSentenceIsNoTail: a short sentence that starts with a word of
// the [tail] list is article text; the marker line after it ends the
// article.
func TestShortSentenceIsNoTail(t *testing.T) {
	src := "Officials said 139 drones were launched overnight, the air force said.\n" +
		"Support for the ceasefire rose to 40%.\n" +
		"Read more\n" +
		"An unrelated story says 12 people were hurt in a crash.\n"
	p := Clean(src, testLexicon(t))
	if len(p.Blocks) != 2 {
		t.Fatalf("%d blocks, want 2 (the two sentences before Read more): %+v", len(p.Blocks), p.Blocks)
	}
}

// TestTeaserDropped: the teaser of another story appended after the
// article (a headline and one lead paragraph before "Read more") is not
// article text; an article's own subheaded last section is.
func TestTeaserDropped(t *testing.T) {
	lex := testLexicon(t)
	body := "Officials said 139 drones were launched overnight, the air force said.\n\n" +
		"The air force said 67 of them were destroyed over the capital.\n\n"
	teaser := "Floods kill 12 in neighbouring province, officials say\n\n" +
		"At least 12 people died in floods in the neighbouring province, officials said on Friday.\n\n" +
		"Article image\n\nRead more\n"
	p := Clean(body+teaser, lex)
	if len(p.Blocks) != 2 {
		t.Errorf("with a teaser: %d blocks, want the article's 2", len(p.Blocks))
	}
	section := "What happens next for the region and its people\n\n" +
		"Engineers will inspect 40 bridges this week, officials said.\n\n" +
		"Schools will stay closed for 3 days, the ministry said.\n\nRead more\n"
	p = Clean(body+section, lex)
	if len(p.Blocks) != 4 {
		t.Errorf("with a subheaded section: %d blocks, want 4", len(p.Blocks))
	}
}

// TestCookieNoticeDropped: a cookie or privacy notice is a sentence with
// figures ("our 846 partners") but no article text.
func TestCookieNoticeDropped(t *testing.T) {
	lex := testLexicon(t)
	for _, notice := range []string{
		"We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
		"This site uses cookies to give you the best experience; see our cookie policy for the 14 purposes we use them for.",
	} {
		src := notice + "\n\nOfficials said 139 drones were launched overnight, the air force said.\n"
		p := Clean(src, lex)
		if len(p.Blocks) != 1 || !strings.HasPrefix(p.Text[p.Blocks[0].Start:p.Blocks[0].End], "Officials") {
			t.Errorf("%q: blocks %+v, want only the article's sentence", notice, p.Blocks)
		}
	}
}

// TestAdvertDropped: the lines right under an "Advertisement" or
// "Sponsored" line are an advertisement up to a blank line; a sentence that
// only mentions advertising is article text.
func TestAdvertDropped(t *testing.T) {
	lex := testLexicon(t)
	src := "The utility said 1.4 million customers lost power on Monday.\n\n" +
		"[ADVERTISEMENT]\nTractor finance from 2.9% APR. Ask your dealer about 0% deposit for 12 months.\n\n" +
		"Sponsored\nBeat the heat: central air installed in 1 day\n\n" +
		"Advertising revenue at the utility's magazine fell 12%, it said.\n"
	p := Clean(src, lex)
	var got []string
	for _, b := range p.Blocks {
		got = append(got, p.Text[b.Start:b.End])
	}
	want := []string{"The utility said 1.4 million customers lost power on Monday.", "Advertising revenue at the utility's magazine fell 12%, it said."}
	if !slices.Equal(got, want) {
		t.Errorf("blocks %q, want %q", got, want)
	}
	// paragraphs parted by one line end: only the ad's own line goes
	src = "Flooding killed 12 people, police said.\nAdvertisement\nAbout 3,400 homes were flooded, officials said.\nRescue teams evacuated 1,200 residents.\n"
	p = Clean(src, lex)
	if len(p.Blocks) != 3 {
		t.Errorf("%d blocks, want the three paragraphs: %q", len(p.Blocks), p.Text)
	}
}

// TestBoxInsideArticle: a box of links set in the middle of an article
// ("Related" and headlines) does not end it when paragraphs that name the
// article's names follow; the box at its end does, and what follows it
// (an author's biography, another story) is not article text.
func TestBoxInsideArticle(t *testing.T) {
	lex := testLexicon(t)
	src := "Norvik Steel will shut its Tarsby mill, cutting 900 jobs, the company said on Monday.\n\n" +
		"The union said 1,200 workers at Tarsby would lose their jobs.\n\n" +
		"Related\n" +
		"Steel prices slide for a fourth week   2h ago\n" +
		"Why mills are closing across the north   Oct 27\n\n" +
		"The wider picture\n\n" +
		"Norvik Steel has lost market share for five years as imports grew.\n\n" +
		"Analysts said the Tarsby closure would save Norvik about $300 million a year.\n\n" +
		"Related\n" +
		"Harbour Bank beats forecasts   1h ago\n\n" +
		"Harbour Bank reported a 14% rise in profit on Wednesday, its chief executive said.\n\n" +
		"Its shares rose 3% in Dunmore trading after the results were published.\n"
	p := Clean(src, lex)
	var got []string
	for _, b := range p.Blocks {
		got = append(got, strings.Fields(p.Text[b.Start:b.End])[0])
	}
	want := []string{"Norvik", "The", "Norvik", "Analysts"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("blocks start %q, want %q", got, want)
	}
}

// TestFactList: a list of the article's figures ("- Revenue: €8.4bn") is
// article text though no item is a sentence; a list of links is not.
func TestFactList(t *testing.T) {
	lex := testLexicon(t)
	src := "Norvik Steel reported a loss for the quarter, the company said on Monday.\n\n" +
		"- Revenue: €2.4bn (a year earlier: €2.9bn)\n" +
		"- Operating margin: 1.2%, down from 4%\n" +
		"- Plant 2 workforce: roughly 450 employees\n" +
		"- Fines in 2023: $186,000 for nine violations\n" +
		"- Steel prices slide for a fourth week\n" +
		"- Our coverage of the steel industry\n" +
		"- Explainer: Why 3 million homes face flood risk\n"
	p := Clean(src, lex)
	if len(p.Blocks) != 5 {
		t.Fatalf("%d blocks, want the sentence and the four figure lines: %q", len(p.Blocks), p.Text)
	}
	if b := p.Blocks[1]; !strings.Contains(p.Text[b.Start:b.End], "€2.4bn") {
		t.Errorf("second block %q, want the revenue line", p.Text[b.Start:b.End])
	}
}

// TestNumbersBox: under an "In numbers" heading, lines that open with
// their figure and a dash or colon are the article's, one block each, with
// no bullet; the same lines under another heading are not.
func TestNumbersBox(t *testing.T) {
	lex := testLexicon(t)
	for _, tc := range []struct {
		heading string
		want    int
	}{
		{"IN NUMBERS", 6},
		{"By the numbers", 6},
		{"More from the region", 1},
		{"Get the facts", 1},
	} {
		src := "Arrivals fell in October, the interior ministry said on Monday, in figures that charities dispute.\n\n" +
			tc.heading + "\n" +
			"4,812 — sea arrivals in October (Interior Ministry)\n" +
			"-38% — change on October 2024\n" +
			"6,100+ – October arrivals estimated by the charity\n" +
			"€240m: value of the deal\n" +
			"12 -- hospitals hit (Health Ministry)\n"
		p := Clean(src, lex)
		if len(p.Blocks) != tc.want {
			t.Errorf("under %q: %d blocks, want %d: %q", tc.heading, len(p.Blocks), tc.want, p.Text)
		}
	}
}

// TestFastFactsBox: a line of a box that is no figure does not close it,
// a label may hold a comma, and a figure line in wrapped prose is no box.
func TestFastFactsBox(t *testing.T) {
	lex := testLexicon(t)
	src := "The tanker ran aground on Tuesday, spilling oil along the coast, officials said.\n\n" +
		"FAST FACTS\n" +
		"Tanker: Aurelia Dawn, grounded on Gannet Reef on Tuesday\n" +
		"Distance from shore - 7.5 miles\n" +
		"Oil spilled, Halden estimate: about 3.5 million litres\n"
	p := Clean(src, lex)
	if len(p.Blocks) != 3 || !strings.Contains(p.Text[p.Blocks[2].Start:p.Blocks[2].End], "3.5 million") {
		t.Errorf("%d blocks, want the sentence and the two figure lines: %q", len(p.Blocks), p.Text)
	}
	wrapped := "Sea arrivals in the month of October rose very sharply to\n" +
		"4,812 — a record for the month — as calm seas drew more boats\n" +
		"across the strait from the south, the interior ministry said.\n"
	if p := Clean(wrapped, lex); len(p.Blocks) != 1 {
		t.Errorf("wrapped prose: %d blocks, want 1: %q", len(p.Blocks), p.Text)
	}
}

// TestKeyPoints: the items under a "Key points" heading are the article's
// own, full stop or not; a list under any other heading is furniture.
func TestKeyPoints(t *testing.T) {
	lex := testLexicon(t)
	for _, tc := range []struct {
		heading string
		want    int
	}{
		{"**Key points:**", 3},
		{"Key facts", 3},
		{"More from the region", 1},
		{"Get the facts", 1},
	} {
		src := "Crews fought the fire through the night, officials said on Tuesday.\n\n" +
			tc.heading + "\n\n" +
			"- Two people have died and 16 have been treated for injuries\n" +
			"- The fire has burnt close to 45,000 hectares\n"
		p := Clean(src, lex)
		if len(p.Blocks) != tc.want {
			t.Errorf("under %q: %d blocks, want %d: %q", tc.heading, len(p.Blocks), tc.want, p.Text)
		}
	}
}

// TestKeyPointsFirst: a live page's summary under a "Key points" heading
// before the article's first paragraph is the article's, its items read
// as sentences; short items there ("* Live updates") and a list under any
// other heading are not.
func TestKeyPointsFirst(t *testing.T) {
	lex := testLexicon(t)
	for _, tc := range []struct {
		heading string
		want    int
	}{
		{"KEY POINTS", 4},
		{"At a glance", 2},
		{"Most read", 2},
	} {
		src := "WORLD RADIO | LIVE\n\n" +
			tc.heading + "\n" +
			"* Civil protection officials say 17 people are confirmed dead and 44 missing\n" +
			"* More rain is forecast until Thursday across the province\n" +
			"* Live updates\n\n" +
			"Read more\n\n" +
			"18:30 GMT\n" +
			"The agency has released its evening figures, its spokesman said on Tuesday.\n\n" +
			"Rescuers worked through the night, officials said.\n"
		p := Clean(src, lex)
		if len(p.Blocks) != tc.want {
			t.Errorf("under %q: %d blocks, want %d: %q", tc.heading, len(p.Blocks), tc.want, p.Text)
		}
	}
}

// TestListAfterColon: a paragraph ending with a colon opens a list of the
// article's own, and no item is joined to the one before it.
func TestListAfterColon(t *testing.T) {
	lex := testLexicon(t)
	src := "The drug cut the risk of heart attacks, the company said on Monday.\n\n" +
		"Participants took a tablet or a placebo every day for two years. Key numbers, according to the company:\n" +
		"\n" +
		"- 14,212 patients at more than 400 sites in a large number of countries around the world\n" +
		"- 34% lower risk of heart attack\n"
	p := Clean(src, lex)
	if len(p.Blocks) != 4 {
		t.Fatalf("%d blocks, want two paragraphs and two items: %q", len(p.Blocks), p.Text)
	}
	if b := p.Blocks[3]; !strings.HasPrefix(strings.TrimLeft(p.Text[b.Start:b.End], " -"), "34%") {
		t.Errorf("third block %q, want the second item alone", p.Text[b.Start:b.End])
	}
}

// TestNotTheArticlesList: lists a page sets around the article are no
// article text, whatever opens them, and a wrapped line that starts with a
// decimal figure is no list item.
func TestNotTheArticlesList(t *testing.T) {
	lex := testLexicon(t)
	const lead = "Dockworkers extended their strike on Thursday, the union said in a statement.\n\n"
	for _, tc := range []struct {
		name, src  string
		keep, drop string
	}{
		{"related stories after a colon line", lead +
			"You might also like these stories from our reporters:\n\n" +
			"- 12 ships stuck as port strike enters third week\n" +
			"- Five things to know about the dock strike\n", "", "12 ships"},
		{"a promo line before the article", "Get our 5 best stories in your inbox every morning:\n\n" + lead, "Dockworkers", "5 best"},
		{"a year's headline", lead + "- 2019: How 3 towns rebuilt after the blaze\n", "", "3 towns"},
		{"a headline list under a summary heading before the article", "At a glance\n\n- Weather in 5 cities\n- Traffic on 3 roads\n\n" + lead, "Dockworkers", "5 cities"},
		{"a wrapped line that starts with a decimal", "The statistics office said unemployment fell by 12,000 in the month to a total of\n2.1 million, the lowest since records began in 1971.\n", "12,000 in the month to a total of\n2.1 million", ""},
	} {
		p := Clean(tc.src, lex)
		var text strings.Builder
		for _, b := range p.Blocks {
			text.WriteString(p.Text[b.Start:b.End] + "\n")
		}
		if tc.keep != "" && !strings.Contains(text.String(), tc.keep) {
			t.Errorf("%s: %q is not kept: %q", tc.name, tc.keep, text.String())
		}
		if tc.drop != "" && strings.Contains(text.String(), tc.drop) {
			t.Errorf("%s: %q is kept: %q", tc.name, tc.drop, text.String())
		}
	}
}

// TestListInBlockQuote: a key-figures box written as a list inside a
// Markdown block quote keeps its items, bullets and quote marks blanked,
// with labels or without.
func TestListInBlockQuote(t *testing.T) {
	lex := testLexicon(t)
	for _, tc := range []struct {
		src  string
		want []string
	}{
		{"> **Key figures**\n" +
			">\n" +
			"> - **Dead:** 14 (district collector)\n" +
			"> - **Injured:** 26, of whom 9 are still in hospital\n" +
			"> * **Flats:** 42 on 7 floors\n",
			[]string{"Dead: 14 (district collector)", "Injured: 26, of whom 9 are still in hospital", "Flats: 42 on 7 floors"}},
		{"> **Key figures**\n" +
			"> - 11 days of talks in the capital\n" +
			"> - 187 people exchanged in total, according to the mediator\n",
			[]string{"11 days of talks in the capital", "187 people exchanged in total, according to the mediator"}},
		{"> ### The mission in numbers\n" +
			">\n" +
			"> - **Payload:** Meridian-2 radar imaging satellite, 3,080 kg\n" +
			"> - **Satellite cost:** VLD 780 million\n" +
			"> - **Hydrazine on board:** ~240 kg\n",
			[]string{"Payload: Meridian-2 radar imaging satellite, 3,080 kg", "Satellite cost: VLD 780 million", "Hydrazine on board: ~240 kg"}},
		{"> **What changes**\n" +
			">\n" +
			"> 1. 12 shelters are open.\n" +
			"> 2. 40 buses run a day.\n",
			[]string{"12 shelters are open.", "40 buses run a day."}},
	} {
		p := Clean("The block collapsed on Monday, the fire brigade said.\n\n"+tc.src, lex)
		var got []string
		for _, b := range p.Blocks {
			got = append(got, strings.Join(strings.Fields(p.Text[b.Start:b.End]), " "))
		}
		for _, want := range tc.want {
			if !slices.Contains(got, want) {
				t.Errorf("no block %q in %q", want, got)
			}
		}
	}
}

// TestTextBox: a box drawn in plain text with "+---+" rules and "|" bars
// is read as its lines: the heading opens a box of key figures, its
// figure lines are the article's, and a "Source:" line names the source
// of them all; a box that never closes, or a source line in a box of
// lines that are not the article's, gives no Box.
func TestTextBox(t *testing.T) {
	lex := testLexicon(t)
	src := "The waiting list fell for a third month, the health authority said on Thursday.\n\n" +
		"+------------------------------------------------+\n" +
		"| KEY FIGURES                                    |\n" +
		"| Waiting list (Sept): nearly 7.6m pathways      |\n" +
		"| A&E within four hours (Oct): 75.9 per cent     |\n" +
		"| Source: National Health Authority              |\n" +
		"+------------------------------------------------+\n\n" +
		"The minister said the figures showed progress.\n"
	p := Clean(src, lex)
	var got []string
	for _, b := range p.Blocks {
		got = append(got, strings.Join(strings.Fields(p.Text[b.Start:b.End]), " "))
	}
	for _, want := range []string{"Waiting list (Sept): nearly 7.6m pathways", "A&E within four hours (Oct): 75.9 per cent"} {
		if !slices.Contains(got, want) {
			t.Errorf("no block %q in %q", want, got)
		}
	}
	if strings.Contains(p.Text, "|") || strings.Contains(p.Text, "+---") {
		t.Errorf("the frame is kept: %q", p.Text)
	}
	if len(p.Boxes) != 1 || p.Boxes[0].Source != "National Health Authority" || len(p.Boxes[0].Lines) != 2 {
		t.Fatalf("boxes %+v, want one of two lines from National Health Authority", p.Boxes)
	}
	if b := p.Boxes[0].SourceAt; src[b.Start:b.End] != "National Health Authority" {
		t.Errorf("SourceAt %v is %q", b, src[b.Start:b.End])
	}
	open := strings.Replace(src, "+------------------------------------------------+\n\nThe minister", "\nThe minister", 1)
	bullets := "The river burst its banks on Sunday, the agency said.\n\n" +
		"+------------------------------+\n" +
		"| What we know                 |\n" +
		"| - Homes flooded: 1,200       |\n" +
		"| - People evacuated: 3,400    |\n" +
		"+------------------------------+\n"
	headed := "Farms were culled, the ministry said.\n\n" +
		"+------------------------------+\n" +
		"| BIRD FLU IN LOWER VARNIA     |\n" +
		"| Infected farms:    14        |\n" +
		"| Birds culled:   about 900,000|\n" +
		"| Source: Veterinary Service   |\n" +
		"+------------------------------+\n"
	if p := Clean(headed, lex); len(p.Blocks) != 3 || len(p.Boxes) != 1 || p.Boxes[0].Source != "Veterinary Service" {
		t.Errorf("a framed box under any heading: %d blocks, boxes %+v: %q", len(p.Blocks), p.Boxes, p.Text)
	}
	advert := "Farms were culled, the ministry said.\n\n" +
		"+------------------------------+\n" +
		"| ADVERTISEMENT                |\n" +
		"| Prices from: 14,990 euros    |\n" +
		"+------------------------------+\n"
	if p := Clean(advert, lex); len(p.Blocks) != 1 {
		t.Errorf("an advertisement's box: %d blocks: %q", len(p.Blocks), p.Text)
	}
	if p := Clean(bullets, lex); len(p.Blocks) != 3 {
		t.Errorf("a box of bullets: %d blocks, want the sentence and two items: %q", len(p.Blocks), p.Text)
	}
	buf := []byte(open)
	maskBoxes(buf, 0)
	if !strings.Contains(string(buf), "| KEY FIGURES") {
		t.Errorf("a box that never closes lost its bars: %q", buf)
	}
	noBox := "The waiting list fell for a third month, the health authority said on Thursday.\n\n" +
		"Source: National Health Authority\n"
	if p := Clean(noBox, lex); len(p.Boxes) != 0 {
		t.Errorf("a source line under prose gives boxes %+v", p.Boxes)
	}
}

// TestTimestampLine: a page's timestamp line is furniture, so the
// "Comments (48)" line after it does not end an article not yet begun;
// "Published figures show ..." is a sentence.
func TestTimestampLine(t *testing.T) {
	lex := testLexicon(t)
	src := "City's snow bill soars\n\nBy Tomas Brell\nPublished Jan. 20, 2026 at 11:05 a.m. | Updated Jan. 20, 2026 at 2:14 p.m.\n\n" +
		"Share on Facebook\nComments (48)\n\n" +
		"The bill for clearing the snow has climbed to $16.8 million, figures from the finance department show.\n\n" +
		"Published figures show the city spent $22 million last winter.\n" +
		"Updated 2024 figures show 3 million people live in poverty, the charity said.\n" +
		"Updated 14:05 GMT: Police now say 20 people died in the blast.\n" +
		"Last updated 3 May 2025\n"
	p := Clean(src, lex)
	var got []string
	for _, b := range p.Blocks {
		got = append(got, p.Text[b.Start:b.End])
	}
	if len(got) != 4 || !strings.Contains(got[0], "$16.8 million") || !strings.HasPrefix(got[1], "Published figures") {
		t.Errorf("blocks %q, want the four sentences", got)
	}
}

// TestReaderComments: a "Reader comments" heading ends the article.
func TestReaderComments(t *testing.T) {
	lex := testLexicon(t)
	src := "About 900,000 birds were culled, the ministry said.\n\nREADER COMMENTS (4)\n\nHenKeeper62 - 2 hours ago\nWe have 40 hens in the back garden and were told to keep them shut in for 30 days.\n"
	if p := Clean(src, lex); len(p.Blocks) != 1 {
		t.Errorf("%d blocks, want the article's one: %q", len(p.Blocks), p.Text)
	}
}

// TestParagraphIntroducingATable: a paragraph whose last sentence
// introduces a table is the article's; a promotion that ends with a colon
// over no table or list is not, nor a heading.
func TestParagraphIntroducingATable(t *testing.T) {
	lex := testLexicon(t)
	src := "Riots broke out on Sunday, the ministry said.\n\n" +
		"Nationwide, the ministry says, the prisons held 23,400 inmates for 17,100 places. These are the five most crowded:\n\n" +
		"| Prison | Inmates |\n|---|---:|\n| Marrowgate | 1,776 |\n\n" +
		"You have 3 free articles left this month on the Herald website. Subscribe for unlimited access:\n\n" +
		"Most read:\n"
	p := Clean(src, lex)
	if len(p.Blocks) != 3 || !strings.Contains(p.Text[p.Blocks[1].Start:p.Blocks[1].End], "23,400") {
		t.Errorf("%d blocks, want the two paragraphs and the row: %q", len(p.Blocks), p.Text)
	}
}

// TestEmphasis: one mark of emphasis on each side of a phrase is markup,
// blanked in place (offsets do not move); a lone star ("A* grades"), a
// snake_case name and a product ("5 * 3") are text.
func TestEmphasis(t *testing.T) {
	lex := testLexicon(t)
	for _, tc := range []struct{ in, want string }{
		{"The ship carried 40 *passengers* on Monday, officials said.", "The ship carried 40  passengers  on Monday, officials said."},
		{"The painting _Girl with a Lute_ was taken, police said.", "The painting  Girl with a Lute  was taken, police said."},
		{"Sales rose 4% (*restated*), the board said.", "Sales rose 4% ( restated ), the board said."},
		{"The share of A* grades slipped to 8.1 percent, the board said.", "The share of A* grades slipped to 8.1 percent, the board said."},
		{"The field max_speed was 5 * 3 units, the engineers said.", "The field max_speed was 5 * 3 units, the engineers said."},
	} {
		p := Clean(tc.in, lex)
		if got := strings.TrimRight(p.Text, "\n"); got != tc.want {
			t.Errorf("Clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
