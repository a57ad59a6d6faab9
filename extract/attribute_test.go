package extract

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/claims-tool/claims/lexicon"
)

var (
	testExtractorOnce sync.Once
	testExtractor     *Extractor
	testExtractorErr  error
)

// newTestExtractor builds one Extractor for the package's tests.
func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	testExtractorOnce.Do(func() {
		lex, err := lexicon.Default()
		if err != nil {
			testExtractorErr = err
			return
		}
		testExtractor, testExtractorErr = New(lex)
	})
	if testExtractorErr != nil {
		t.Fatal(testExtractorErr)
	}
	return testExtractor
}

// want is the expected attribution of one figure: the figure as written,
// the canonical source ("" for the article's own voice) and the status.
type want struct {
	text, source, status string
}

// attributionCases are whole little articles (paragraphs separated by blank
// lines) with the attribution of every figure in them.
var attributionCases = []struct {
	name string
	in   string
	want []want
}{
	// verbs of saying, subject first, any tense
	{"said after", "Moscow sent 139 drones into Ukraine overnight, Ukrainian officials said.", []want{{"139", "Ukrainian officials", "reported"}}},
	{"showed, then a clause of background", "Rents rose 8.7% last year, figures from the statistics office showed on Tuesday, as homebuilding fell further behind.", []want{{"8.7%", "statistics office", "reported"}}},
	{"reported a figure, then while", "The crew reported a loss of power about 14 minutes after takeoff, while the aircraft was climbing through about 11,000 feet, according to data from SkyPlot.", []want{{"about 14 minutes", "SkyPlot", "reported"}, {"about 11,000 feet", "SkyPlot", "reported"}}},
	{"said before that", "The ministry said that 36 drones were shot down over the region.", []want{{"36", "ministry", "reported"}}},
	{"says present", "The governor says 14 apartment buildings were damaged in the attack.", []want{{"14", "governor", "reported"}}},
	{"told outlet", "A police spokesman told Reuters that 12 people were detained on Monday.", []want{{"12", "police spokesman", "reported"}}},
	{"stated", "The agency stated that exports rose 40% last year.", []want{{"40%", "agency", "reported"}}},
	{"claimed", "The rebels claimed they had captured 300 soldiers near the border.", []want{{"300", "rebels", "reported"}}},
	{"reported outlet", "The New York Times reported that about 2,000 workers walked out.", []want{{"about 2,000", "New York Times", "reported"}}},
	{"announced", "The company announced it would cut 1,200 jobs by March.", []want{{"1,200", "company", "reported"}}},
	{"confirmed", "The health ministry confirmed 18 deaths in the outbreak.", []want{{"18", "health ministry", "reported"}}},
	{"estimated", "Analysts estimated that the fire destroyed 5,000 hectares of forest.", []want{{"5,000 hectares", "Analysts", "reported"}}},
	{"warned", "The UN warned that 2 million people face hunger in the region.", []want{{"2 million", "United Nations", "reported"}}},
	{"said in address", "President Jane Doe said in her evening address that 40 villages had been retaken.", []want{{"40", "Jane Doe", "reported"}}},
	{"adverb between", "The defence ministry also said that 36 drones were intercepted.", []want{{"36", "defence ministry", "reported"}}},
	{"has said", "The mayor has said that 7 schools will close.", []want{{"7", "mayor", "reported"}}},
	{"mentioned", "Regional Governor John Smith mentioned that 14 buildings sustained damage.", []want{{"14", "John Smith", "reported"}}},
	{"indicated", "Western intelligence indicated that approximately 10,000 to 12,000 troops were sent.", []want{{"approximately 10,000 to 12,000", "Western intelligence", "reported"}}},
	// inverted order
	{"said inverted", "\"We lost 30 tanks,\" said General Ivan Petrov.", []want{{"30", "Ivan Petrov", "reported"}}},
	{"quote then subject", "\"A total of 60,000 troops are tied down there,\" Zelensky said.", []want{{"60,000", "Zelensky", "reported"}}},
	{"says inverted", "Prices have risen 12% since January, says the central bank.", []want{{"12%", "central bank", "reported"}}},
	// according to, citing
	{"according to end", "About 8,000 soldiers were fighting in the region, according to Budanov.", []want{{"About 8,000", "Budanov", "reported"}}},
	{"according to start", "According to the air force, 67 drones were destroyed and 71 electronically jammed.", []want{{"67", "air force", "reported"}, {"71", "air force", "reported"}}},
	{"according to list", "North Korea sent about 10,000-12,000 troops, according to US, South Korean and Ukrainian intelligence.", []want{{"about 10,000-12,000", "US, South Korean and Ukrainian intelligence", "reported"}}},
	{"according to passive agent", "One person was killed and 10 wounded, according to officials installed by Moscow.", []want{{"One", "Moscow-installed officials", "reported"}, {"10", "Moscow-installed officials", "reported"}}},
	{"citing", "The newspaper put the toll at 45, citing hospital officials.", []want{{"45", "hospital officials", "reported"}}},
	{"according to lexicon alias", "According to Russia's Defense Ministry, 36 drones were downed.", []want{{"36", "Russia's Ministry of Defence", "reported"}}},
	{"according to time words", "Some 200 people were evacuated, according to the Red Cross on Sunday.", []want{{"Some 200", "Red Cross", "reported"}}},
	// names the tagger misreads, and sources after a modifier
	{"participle in final adjunct", "Drought has damaged crops on 2.4 million hectares, the ministry said in its revised forecast.", []want{{"2.4 million hectares", "ministry", "reported"}}},
	{"name read as adverb", "Tully said about 1.2 million patients had been told.", []want{{"about 1.2 million", "Tully", "reported"}}},
	{"name read as gerund", "Sporting says it averaged 19,800 fans per home game last season.", []want{{"19,800", "Sporting", "reported"}}},
	{"figure before said", "Several said they had abandoned 40 hectares of wheat.", []want{{"Several", "", "reported"}, {"40 hectares", "", "reported"}}},
	{"quantifier before said", "Many said they had lost more than 200 sheep.", []want{{"more than 200", "", "reported"}}},
	{"according to modifier and ampersand", "Freight rates have risen 18% since the grounding, according to shipping consultancy Halden & Voss.", []want{{"18%", "shipping consultancy Halden & Voss", "reported"}}},
	{"according to a count of people", "The deal is worth €6m a year, according to two people briefed on the talks.", []want{{"€6m", "people", "reported"}, {"two", "people", "reported"}}},
	{"dispute across written scales", "The ministry said the wheat harvest fell to 18.5 million tonnes this year. The farmers union said the wheat harvest fell to 12,000,000 tonnes this year.", []want{{"18.5 million tonnes", "ministry", "disputed"}, {"12,000,000 tonnes", "farmers union", "disputed"}}},
	{"appositive name before auxiliary", "The grid operator, WISO, has said it ordered 3,800 megawatts of outages.", []want{{"3,800 megawatts", "WISO", "reported"}}},
	// a group pronoun closing a sentence that opens with a possessor
	{"possessor it said", "The ministry said on Monday that exports had slowed.\n\nQuillon's revenue fell 4% to $3 billion, it said.", []want{{"4%", "Quillon", "reported"}, {"$3 billion", "Quillon", "reported"}}},
	{"possessor generic it said", "The ministry said on Monday that exports had slowed.\n\nThe company's revenue fell 4%, it said.", []want{{"4%", "company", "reported"}}},
	{"possessor after a group of the paragraph", "The Office for National Statistics published new figures on Wednesday. Britain's economy grew 0.6% in the first quarter, it said.", []want{{"0.6%", "Office for National Statistics", "reported"}}},
	{"no possessor it said", "The ministry said on Monday that exports had slowed.\n\nRevenue at the firm fell 4%, it said.", []want{{"4%", "ministry", "reported"}}},
	// two sources in one sentence
	{"two cues", "Moscow launched 139 drones, with officials stating that 67 were destroyed.", []want{{"139", "", "reported"}, {"67", "officials", "reported"}}},
	{"cue then final", "The army said 20 soldiers died, while 5 were wounded, medics said.", []want{{"20", "army", "reported"}, {"5", "medics", "reported"}}},
	// quotations
	{"quote from", "Quote from Zelensky: \"A significant number of occupiers have been killed, we're talking hundreds of servicemen.\"", []want{{"A significant number", "Zelensky", "reported"}, {"hundreds", "Zelensky", "reported"}}},
	{"quote across sentences", "\"We shot down 40 drones. Another 12 were jammed,\" the commander said.", []want{{"40", "commander", "reported"}, {"12", "commander", "reported"}}},
	{"quote across paragraphs", "Quote from Maria Lopez: \"We counted 50 shelters.\n\nAnd 12 of them were destroyed.\"", []want{{"50", "Maria Lopez", "reported"}, {"12", "Maria Lopez", "reported"}}},
	{"colon quote", "The minister said: \"Over 300 families have been housed.\"", []want{{"Over 300", "minister", "reported"}}},
	{"quoted phrase no speaker", "Forces continue to hold \"hundreds of square kilometers of the buffer zone\" in the area.", []want{{"hundreds of square kilometers", "", "reported"}}},
	// carry-over within a paragraph
	{"carry-over according", "According to the UN, 3,000 people fled on Monday. Another 1,500 crossed the border on Tuesday.", []want{{"3,000", "United Nations", "reported"}, {"1,500", "United Nations", "reported"}}},
	{"carry-over said", "The ministry said 12 buildings collapsed. Rescuers pulled 30 people from the rubble.", []want{{"12", "ministry", "reported"}, {"30", "ministry", "reported"}}},
	{"carry-over stops at paragraph", "According to the UN, 3,000 people fled.\n\nThe river rose 2 meters overnight.", []want{{"3,000", "United Nations", "reported"}, {"2 meters", "", "reported"}}},
	{"own source beats carry-over", "According to the UN, 3,000 people fled. Police said 40 were arrested.", []want{{"3,000", "United Nations", "reported"}, {"40", "Police", "reported"}}},
	// pronouns
	{"he said", "Ukrainian President Volodymyr Zelenskyy spoke on Friday. He said 60,000 troops were tied down.", []want{{"60,000", "Volodymyr Zelenskyy", "reported"}}},
	{"he also noted", "In an interview, Zelensky stated that forces advanced 2.5 kilometers. He also noted that thousands of troops had returned.", []want{{"2.5 kilometers", "Zelensky", "reported"}, {"thousands", "Zelensky", "reported"}}},
	{"she added", "Health Minister Anna Berg visited the ward. She added that 25 patients were in intensive care.", []want{{"25", "Anna Berg", "reported"}}},
	{"they said", "Local officials toured the site. They said 80 homes were flooded.", []want{{"80", "Local officials", "reported"}}},
	{"she after according to a spokesperson", "Some 2,000 firefighters are on the lines, according to Cal Fire spokesperson Ana Ruiz. She said winds had dropped to around 20 mph.", []want{{"Some 2,000", "Ana Ruiz", "reported"}, {"around 20 mph", "Ana Ruiz", "reported"}}},
	{"it after an office headed by a title", "The president's office said 40 people were hurt. It said 12 were in hospital.", []want{{"40", "president's office", "reported"}, {"12", "president's office", "reported"}}},
	{"appositive name", "The fire was 35% contained, according to the state forestry agency, Cal Fire.", []want{{"35%", "Cal Fire", "reported"}}},
	{"appositive name before said", "The state forestry agency, Cal Fire, said the fire was 35% contained.", []want{{"35%", "Cal Fire", "reported"}}},
	{"parenthetical before said", "A military source, speaking on condition of anonymity, said 40 soldiers died.", []want{{"40", "military source", "reported"}}},
	{"capitalised preposition in a name", "Doctors Without Borders (MSF) said its clinics were treating about 300 patients a day.", []want{{"about 300", "Doctors Without Borders", "reported"}}},
	{"capitalised preposition after according to", "About 300 patients a day were treated, according to Reporters Without Borders.", []want{{"About 300", "Reporters Without Borders", "reported"}}},
	{"pronoun after denial", "Spy chief Kyrylo Budanov denied the reports. He said that 8,000 soldiers remain.", []want{{"8,000", "Kyrylo Budanov", "reported"}}},
	// titles and descriptions
	{"title dropped", "Rostov regional Gov. Yuri Slyusar said 14 apartment buildings were damaged.", []want{{"14", "Yuri Slyusar", "reported"}}},
	{"title alone resolves", "President Volodymyr Zelensky spoke on Friday.\n\n\"We are talking hundreds of servicemen,\" the president said.", []want{{"hundreds", "Volodymyr Zelensky", "reported"}}},
	{"spy chief", "Ukraine's spy chief Kyrylo Budanov said 8,000 soldiers were fighting.", []want{{"8,000", "Kyrylo Budanov", "reported"}}},
	{"surname after full name", "Kyrylo Budanov spoke on Friday. About 8,000 soldiers were fighting, according to Budanov.", []want{{"About 8,000", "Kyrylo Budanov", "reported"}}},
	{"misspelt surname", "Volodymyr Zelenskyy spoke on Friday. Zeelenskyy said hundreds of soldiers were killed.", []want{{"hundreds", "Volodymyr Zelenskyy", "reported"}}},
	{"a comment clause after the cue", "Norvik Motors will build a factory at Tarsby, investing €4.5 billion in two phases, the carmaker said on Monday, in what the regional government called the largest investment in its history.", []want{{"€4.5 billion", "carmaker", "reported"}}},
	{"a noun of saying after a count is a compound noun", "The council had received 41 compensation claims by Friday afternoon.", []want{{"41", "", "reported"}}},
	{"a long apposition with a relative clause and a possessive", "Dr Annika Feld, an engineering geologist at the University of Tarnholm who scanned the site on Wednesday on behalf of the residents' association, put the width at 28 metres.", []want{{"28 metres", "Dr Annika Feld", "reported"}}},
	{"a sentence subject that cannot speak sets no figure", "Shares jumped in early trading, putting the company's value above $3 billion. Floods swept through the valley, putting the damage at about $200 million.", []want{{"above $3 billion", "", "reported"}, {"about $200 million", "", "reported"}}},
	{"a standing is no estimate", "The win put the team 7 points clear at the top of the table. The ruling put the project 18 months behind schedule.", []want{{"7", "", "reported"}, {"18 months", "", "reported"}}},
	{"a plan's verb before its figure is no compound noun", "The 10-year plan projects 5,000 new homes a year.\n\nThe union's 4,000 voted to strike on Monday.", []want{{"5,000", "10-year plan", "reported"}, {"4,000", "", "reported"}}},
	{"a party's bare figure after its possessive", "The gap between the organisers' 1,140 and the department's 2,310 is large. The union's 4,000 members walked out.", []want{{"1,140", "organisers", "reported"}, {"2,310", "department", "reported"}, {"4,000", "", "reported"}}},
	{"a possessive before a compound document noun", "The audit found that the company's daily ridership forecast of 38,000 passengers was never revised.", []want{{"38,000", "company", "reported"}}},
	{"a document's author after 'according to'", "Tigers killed 1,860 head of livestock, according to data from the department. Ships rescued 643 people, according to a tally by the charity.", []want{{"1,860", "department", "reported"}, {"643", "charity", "reported"}}},
	{"a participle after a comma sets the figure for the sentence's subject", "The ministry revised its count on Friday, putting the death toll at 41.", []want{{"41", "ministry", "reported"}}},
	{"an object running into the figure", "Police put the crowd at 5,000. The Finance Workers' Union put the likely job losses closer to 600.", []want{{"5,000", "Police", "reported"}, {"closer to 600", "Finance Workers' Union", "reported"}}},
	{"a figure its source's clause qualifies", "The group says the plant will draw 2.8 million cubic metres a year, twice the 1.1 million cubic metres Norvik says it will need.", []want{{"2.8 million cubic metres", "group", "reported"}, {"1.1 million cubic metres", "Norvik", "reported"}}},
	{"a sum analysts had expected", "Revenue fell to $9.84 billion, the company said, below the $10.31 billion analysts had expected.", []want{{"$9.84 billion", "company", "reported"}, {"$10.31 billion", "analysts", "reported"}}},
	{"speakers counted are no figure qualified", "Two London brokers said the premium had jumped to 0.2% of a ship's value.", []want{{"0.2%", "Two London brokers", "reported"}}},
	{"a count's noun is what it counts", "A survey by the club claims that one in four drivers admits to using a phone.", []want{{"one in four", "club", "reported"}}},
	{"items of a box line parted by commas or semicolons", "Marchers filled the city, organisers said.\n\nKey figures\n- 120,000 marchers (organisers), 35,000 (police)\n- 14,000 dockers on strike (union); 6,500 (employers)\n", []want{{"120,000", "organisers", "disputed"}, {"35,000", "police", "disputed"}, {"14,000", "union", "reported"}, {"6,500", "", "reported"}}},
	{"a figure with no citing phrase of its own keeps the one before", "About 90 people were on board according to survivors, 70 according to the coast guard, which rescued 27.", []want{{"About 90", "survivors", "reported"}, {"70", "coast guard", "reported"}, {"27", "coast guard", "reported"}}},
	{"two actors' pledges are two facts", "Japan pledged $500m to the fund. Korea pledged $200m, officials said.", []want{{"$500m", "", "reported"}, {"$200m", "officials", "reported"}}},
	{"a vowel spelling of a surname", "President Saddam Hussein said 40 soldiers died. Husain later said 12 more had died.", []want{{"40", "Saddam Hussein", "reported"}, {"12", "Saddam Hussein", "reported"}}},
	{"an unverified marker with 'them' or a plain plural object", "The group said two dozen people, including 15 children, had been treated at clinics.\n\nThe health ministry declined to confirm the cases, and the agency could not independently verify them.", []want{{"two dozen", "group", "unverified"}, {"15", "group", "unverified"}}},
	{"a denial of any such act", "The alliance says the firm has asked for a further €150 million for a rail spur. The firm denied making any such request.", []want{{"€150 million", "alliance", "denied"}}},
	{"people familiar with a matter", "Stridewell pays $1.8 million a year, according to two people familiar with the contract.", []want{{"$1.8 million", "people familiar with the contract", "reported"}}},
	{"a title cut from its name by the segmenter is no inverted subject", "Over 1,000 jobs are at risk, the report said, said Sen. Mark Doyle, who chairs the committee.", []want{{"Over 1,000", "report", "reported"}}},
	{"its estimate is its clause's subject's", "The organisers say 1,140 runners were treated.\n\nThe runners' association bases its estimate of more than 3,000 people needing help on reports from clubs.", []want{{"1,140", "organisers", "reported"}, {"more than 3,000", "runners' association", "reported"}}},
	{"by its own calculation after which", "The association wants refunds for entrants who did not finish, which by its own calculation would cost about €863,000.", []want{{"about €863,000", "association", "reported"}}},
	{"inverted subjects past a time or the, and before an adjunct", "The strike idled 40 ships, said Monday Felipe Arroyo, the port director.\n\nSome 300 homes were flooded, said the Red Cross.\n\nThe petition has 12,000 signatures, wrote Helga Ostrova in a blog post.\n\nCommander Rasmus Hjelle, a coast guard spokesman, said three vessels were boarded on Saturday.", []want{{"40", "Felipe Arroyo", "reported"}, {"Some 300", "Red Cross", "reported"}, {"12,000", "Helga Ostrova", "reported"}, {"three", "Rasmus Hjelle", "reported"}}},
	{"a figure put in quotation marks", "Halvex now puts the release at \"about 4 tonnes\", up from Tuesday's figure.", []want{{"about 4 tonnes", "Halvex", "reported"}}},
	{"a name after a comma and said is its inverted subject", "Each hectare received almost three litres of pesticide, against the one litre the agency recommends, said Amina Ferrat, the group's director.", []want{{"almost three litres", "Amina Ferrat", "reported"}, {"one litre", "Amina Ferrat", "reported"}}},
	{"told names whom after a comma", "Forty-one children were in hospital, the authority's medical director, Dr. Ilse Brandvik, told EPB.", []want{{"Forty-one", "Dr. Ilse Brandvik", "reported"}}},
	{"a short name two edits from a surname is another name", "The mayor, Pieter Marlen, said 200 people left. Marvex said 3 tonnes leaked.", []want{{"200", "Pieter Marlen", "reported"}, {"3 tonnes", "Marvex", "reported"}}},
	{"organisation with acronym", "South Korea's National Intelligence Service (NIS) said at least 300 soldiers have been killed.", []want{{"at least 300", "South Korea's National Intelligence Service", "reported"}}},
	{"institute with acronym", "Earlier, the American Institute for the Study of War (ISW) reported that forces advanced up to five kilometers.", []want{{"up to five kilometers", "Institute for the Study of War", "reported"}}},
	{"possessive organisation", "Russia's Ministry of Defence said 20 drones were destroyed.", []want{{"20", "Russia's Ministry of Defence", "reported"}}},
	{"hyphenated officials", "Two people were killed in the strike, Moscow-installed officials said.", []want{{"Two", "Moscow-installed officials", "reported"}}},
	{"spokesperson", "A Special Operations Forces spokesperson confirmed that troops had not been seen for three weeks.", []want{{"three weeks", "Special Operations Forces spokesperson", "reported"}}},
	// the article's own voice
	{"unattributed plain", "Up to 12,000 troops were deployed in the region last fall.", []want{{"Up to 12,000", "", "reported"}}},
	{"unattributed measure", "The forces initially secured 1,100 km² of territory.", []want{{"1,100 km²", "", "reported"}}},
	{"passive reported is no source", "No casualties were reported after 36 drones were shot down.", []want{{"36", "", "reported"}}},
	{"noun subject is no source", "The losses amounted to 400 vehicles in the first week.", []want{{"400", "", "reported"}}},
	{"relative clause", "The bridge, which carried 20,000 cars a day, collapsed.", []want{{"20,000", "", "reported"}}},
	// markers and their scope
	{"could not verify these claims", "\"We destroyed 40 tanks,\" the commander said.\n\nThe newspaper could not verify these claims.", []want{{"40", "commander", "unverified"}}},
	{"gave no details", "According to Zelenskyy, a significant number of enemy troops were destroyed. He gave no details but said the losses were in the hundreds.", []want{{"a significant number", "Zelenskyy", "unverified"}, {"hundreds", "Zelenskyy", "unverified"}}},
	{"did not provide details same sentence", "Zelenskyy reported that 300 soldiers had been eliminated, although he did not provide specific details.", []want{{"300", "Zelenskyy", "unverified"}}},
	{"marker does not leak", "Russia said its forces had captured the town. Ukrainian officials did not confirm the report.\n\nThe river rose 2 meters.", []want{{"2 meters", "", "reported"}}},
	{"the death toll is the deaths", "The sheriff said three people had died and 15 were injured. Reuters could not independently verify the death toll.", []want{{"three", "sheriff", "unverified"}, {"15", "sheriff", "reported"}}},
	{"the figures are all of them", "The sheriff said three people had died and 15 were injured. Reuters could not verify the figures.", []want{{"three", "sheriff", "unverified"}, {"15", "sheriff", "unverified"}}},
	{"marker leaves other claims", "The army said 20 soldiers died.\n\nThe agency could not verify the figure.\n\nSeparately, 300 homes lost power.", []want{{"20", "army", "unverified"}, {"300", "", "reported"}}},
	{"a denial of something else", "The health ministry says 49 people have died. It denied reports that hospitals had run out of salts.", []want{{"49", "health ministry", "reported"}}},
	{"denied the allegations", "Relatives said three people died.\n\nSolmire denied the allegations.", []want{{"three", "Relatives", "denied"}}},
	{"a participle after a noun is no speaker", "The city has promised 3,000 crowns for each child admitted to hospital, which would come to 411,000 crowns for the 137 children admitted so far.", []want{{"3,000 crowns", "", "reported"}, {"411,000 crowns", "", "reported"}, {"137", "", "reported"}}},
	{"an identity that could not be confirmed", "Police said five people were killed. The identity of the gunman could not be independently confirmed.", []want{{"five", "Police", "reported"}}},
	{"data withheld for a while", "The ministry did not publish the data until March, when it showed unemployment at 7.2%.", []want{{"7.2%", "ministry", "reported"}}},
	{"a position that could not be verified", "The skipper told reporters he was 14 nautical miles from the coast, a position that could not be independently verified.", []want{{"14 nautical miles", "skipper", "unverified"}}},
	{"figures that could not be independently confirmed", "The union said the mine had been fined 14 times, for a total of about $3.4 million. The figures could not be independently confirmed.", []want{{"14", "union", "unverified"}, {"about $3.4 million", "union", "unverified"}}},
	{"a figure whose data was not published", "The ministry also says poaching fell by 40% between the censuses, but it did not publish the underlying data.", []want{{"40%", "ministry", "unverified"}}},
	{"a figure that has not been independently checked", "The union's survey found 7% of owners had no receipt. The figure has not been independently checked.", []want{{"7%", "union", "unverified"}}},
	{"a denial's own figure after it is not denied", "Critics said 40 contracts were rigged. The minister denied the allegations, saying only 12 contracts were awarded.", []want{{"40", "Critics", "denied"}, {"12", "minister", "reported"}}},
	{"a denied claim's that-clause after its noun phrase", "The minister flatly rejected the claim by the Civic Dignity Alliance that nearly 200,000 had marched.", []want{{"nearly 200,000", "", "denied"}}},
	{"a figure a party rejects, and one it calls exaggerated", "The union says 5,500 jobs are at risk, a figure the company rejects. Residents said 300 people fell ill. Velcor says that figure is greatly exaggerated.", []want{{"5,500", "union", "denied"}, {"300", "Residents", "denied"}}},
	{"denied these reports", "The Times reported that troops had not fought for three weeks.\n\nThe spy chief denied these reports.", []want{{"three weeks", "Times", "denied"}}},
	{"without evidence", "The rebels claimed, without evidence, that 500 soldiers had defected.", []want{{"500", "rebels", "unverified"}}},
	{"unconfirmed", "An unconfirmed report said 70 people were trapped.", []want{{"70", "unconfirmed report", "unverified"}}},
	{"disputed within article", "Zelensky stated that Ukrainian forces have advanced 2.5 kilometers.\n\nThe institute reported that Ukrainian forces had carried out assaults, advancing up to five kilometers.", []want{{"2.5 kilometers", "Zelensky", "disputed"}, {"up to five kilometers", "institute", "disputed"}}},
	{"added with an object is no cue", "Governor Andrew Bailey said the economy had added 120,000 jobs.", []want{{"120,000", "Andrew Bailey", "reported"}}},
	{"participle after comma", "The union disputed the figure, saying only 80,000 jobs were created.", []want{{"80,000", "union", "reported"}}},
	{"named source beats a noun subject", "More than 100 firms have warned of layoffs, and dozens of shops closed, the retail federation said.", []want{{"More than 100", "retail federation", "reported"}, {"dozens", "retail federation", "reported"}}},
	{"parenthetical cue", "Over 40,000 people have been moved, the agency said, and 61 centres have been set up.", []want{{"Over 40,000", "agency", "reported"}}},
	{"put at", "The monitoring group put the death toll at 19.", []want{{"19", "monitoring group", "reported"}}},
	{"data showed", "Car exports fell 12% in May, customs data showed.", []want{{"12%", "customs data", "reported"}}},
	{"appositive participle", "A military source, speaking on condition of anonymity, said 2,000 reinforcements had arrived.", []want{{"2,000", "military source", "reported"}}},
	{"coordinated verb", "The United Nations condemned the strike, and warned that hundreds of thousands of civilians could be trapped.", []want{{"hundreds of thousands", "United Nations", "reported"}}},
	{"called on is no statement", "The U.N. called on both sides to talk.\n\nThe truce lasted just four days.", []want{{"four days", "", "reported"}}},
	{"closing cue does not carry over", "Payrolls fell by 2,000 jobs, the statistics office said last week. Exports jumped 40% in May.", []want{{"2,000", "statistics office", "reported"}, {"40%", "", "reported"}}},
	{"it after an acronym", "The UN's humanitarian office OCHA said 120,000 people were affected. It warned that as much as 60% of the crop could be lost.", []want{{"as much as 60%", "OCHA", "reported"}}},
	{"could not confirm the figure", "A military source said 2,000 reinforcements had arrived. The newspaper could not confirm the figure.", []want{{"2,000", "military source", "unverified"}}},
	{"statement from", "Rescuers pulled 11 survivors from the rubble, according to a statement from the Red Crescent.", []want{{"11", "Red Crescent", "reported"}}},
	{"media put at", "State broadcaster TRT reported that 1,200 buildings were damaged, while local media put the number of collapsed homes at about 80.", []want{{"1,200", "TRT", "reported"}, {"about 80", "local media", "reported"}}},
	{"a name with a function word after a capitalised word", "The UN Office for the Coordination of Humanitarian Affairs said 300,000 people need aid.", []want{{"300,000", "UN Office for the Coordination of Humanitarian Affairs", "reported"}}},
	{"an acronym is no misspelt surname", "The national disaster agency INGD said 40,000 people fled. Forecasters at INAM warned of rain. INGD said 23 people died.", []want{{"40,000", "INGD", "reported"}, {"23", "INGD", "reported"}}},
	{"a count in the source is no claim", "Talks will resume next week, two officials familiar with the negotiations said. The ministry said 40 trucks arrived.", []want{{"40", "ministry", "reported"}}},
	{"lower-case possessive", "The death toll has passed 40,000, the territory's Health Ministry said.", []want{{"40,000", "Health Ministry", "reported"}}},
	{"two sources' crowd figures in one paragraph", "Organizers put the number of demonstrators at 40,000. Police said about 12,000 people joined the rally.", []want{{"40,000", "Organizers", "disputed"}, {"about 12,000", "Police", "disputed"}}},
	{"an estimate at a figure has its verb", "The union said 9,000 strikers joined the walkout. The ministry estimated the number of strikers at 3,000.", []want{{"9,000", "union", "disputed"}, {"3,000", "ministry", "disputed"}}},
	{"a quotation goes on after its speaker", "“Wages are falling behind prices,” the mayor said. “We have offered 4% and that is final.”", []want{{"4%", "mayor", "reported"}}},
	{"a participle between a speaker and the verb", "Interior Minister Ana Reyes, visiting the site on Friday, looked tired. “We have counted 14 bodies so far,” she said.", []want{{"14", "Ana Reyes", "reported"}}},
	{"a common word opening a quotation is no speaker", "Finance Minister Leo Hart spoke first. “Unemployment is running above 7%. It will rise,” he said.", []want{{"above 7%", "Leo Hart", "reported"}}},
	{"a double-barrelled name is a person", "Rescuers searched all night.\n\nBoateng-Mensah insists the plan works. “We have trained 400 nurses,” she said.", []want{{"400", "Boateng-Mensah", "reported"}}},
	{"a phrase set off by commas before the verb", "The Red Cross, in a statement issued late on Friday, put the number of injured at 230.", []want{{"230", "Red Cross", "reported"}}},
	{"an appositive with a clause before the verb", "The Coastal Watch Group, an NGO that counts migrant deaths, put the number of missing at 61.", []want{{"61", "Coastal Watch Group", "reported"}}},
	{"two sources in one sentence", "Police said about 5,000 people joined the march; organisers put the crowd at 18,000.", []want{{"about 5,000", "Police", "disputed"}, {"18,000", "organisers", "disputed"}}},
	{"a participle clause after a closing cue", "Deputies passed the bill by 131 votes to 97, with two abstentions, Speaker Ivo Marsh announced shortly before 6 a.m. (0500 GMT), ending a month of deadlock.", []want{{"131", "Ivo Marsh", "reported"}, {"97", "Ivo Marsh", "reported"}}},
	{"a document's issuer past what it is about", "Some 4,850 posts were unfilled, according to the Ministry of Education's annual workforce report. The country's health ministry report put the toll at 12.", []want{{"Some 4,850", "Ministry of Education", "reported"}, {"12", "country's health ministry report", "reported"}}},
	{"a forecast its subject revises is its own", "Caldwell Marsh raised its first-quarter Brent forecast to $85 a barrel from $78. Veltra cut output by 12%.", []want{{"$85", "Caldwell Marsh", "reported"}, {"$78", "Caldwell Marsh", "reported"}, {"12%", "", "reported"}}},
	{"a forecast of something, or for a year, revised; the clause after it is not the forecaster's", "The IMF raised its 2026 growth forecast to 3.2% from 2.9%. The bank cut its forecast for Brazil's GDP to 1.5% from 2%. Norda lowered its sales forecast to €2bn, sending shares down 12%. The Treasury cut its borrowing estimate to £120bn, while tax receipts rose 4%.", []want{{"3.2%", "IMF", "reported"}, {"2.9%", "IMF", "reported"}, {"1.5%", "bank", "reported"}, {"2%", "bank", "reported"}, {"€2bn", "Norda", "reported"}, {"12%", "", "reported"}, {"£120bn", "Treasury", "reported"}, {"4%", "", "reported"}}},
	{"a forecast of a year's figure revised, a forecast kept", "Barclays cut its estimate of Karan's 2025 average output to 950,000 bpd from 1.08 million bpd. Goldman Sachs raised its Brent forecast to $90, while Morgan Stanley kept its forecast unchanged at $82.", []want{{"950,000 bpd", "Barclays", "reported"}, {"1.08 million bpd", "Barclays", "reported"}, {"$90", "Goldman Sachs", "reported"}, {"$82", "Morgan Stanley", "reported"}}},
	{"a forecast of something kept where it was", "Morgan Stanley kept its forecast for Brent unchanged at $82. Deltra Bank kept its estimate of the harvest at 31 million tonnes.", []want{{"$82", "Morgan Stanley", "reported"}, {"31 million tonnes", "Deltra Bank", "reported"}}},
	{"a time's report is no issuer's", "According to January's jobs report, unemployment rose to 4.2%. According to Monday's official figures, 800 new cases were recorded.", []want{{"4.2%", "January's jobs report", "reported"}, {"800", "Monday's official figures", "reported"}}},
	{"a named source in another clause does not silence this clause's", "Police estimated the crowd at 35,000 at its peak, while the alliance insisted that more than 200,000 people had marched. KRL says it is 61 percent complete; the auditors put the figure at 47 percent.", []want{{"35,000", "Police", "disputed"}, {"more than 200,000", "alliance", "disputed"}, {"61 percent", "KRL", "disputed"}, {"47 percent", "auditors", "disputed"}}},
	{"its figures are the body's the pronoun stands for", "The Interior Ministry said 2,100 people were returned. Its figures also show that 41,300 people arrived by sea.", []want{{"2,100", "Interior Ministry", "reported"}, {"41,300", "Interior Ministry", "reported"}}},
	{"a verb that sets a figure, tagged as a noun", "The central bank's latest forecast puts next year's inflation at 4.1% of output.", []want{{"4.1%", "central bank", "reported"}}},
	{"has not been able to verify", "The opposition says the freeze will cost 2,500 nursing jobs. The Herald has not been able to verify the figure.", []want{{"2,500", "opposition", "unverified"}}},
	{"could not verify the estimate", "The builders' federation said only 12,000 flats could be finished. The paper could not independently verify the estimate.", []want{{"12,000", "builders' federation", "unverified"}}},
	{"a figure with no verb against one set by another source", "Corvane Air said 182 passengers and six crew were on board, but the Civil Aviation Directorate put the number of passengers at 186.", []want{{"182", "Corvane Air", "disputed"}, {"186", "Civil Aviation Directorate", "disputed"}}},
	{"two figures with no verb and no estimate are two facts", "Seven people are dead, the fire chief said. A hospital spokesman said 31 people were treated.", []want{{"Seven", "fire chief", "reported"}, {"31", "hospital spokesman", "reported"}}},
	{"a participle of saying after the main clause", "Opposition lawmaker Teodor Balan accused the government of poor planning, claiming that 5,000 evacuees had no shelter.", []want{{"5,000", "Opposition lawmaker Teodor Balan", "reported"}}},
	{"a statement claiming is its issuer's", "The Civic Alliance issued a statement claiming that 250,000 people took part.", []want{{"250,000", "Civic Alliance", "reported"}}},
	{"which says: the antecedent says", "Streamly, which says it has paid Helixa more than $310m in fees since 2019, welcomed the decision.", []want{{"more than $310m", "Streamly", "reported"}}},
	{"a relative clause on the speaker's appositive", "Dozens of app developers gave evidence during the long and costly probe into the store, said Pieter Vos-Lindqvist, director general of the Open App Market Alliance, a trade group that backed the complaint from the start.", []want{{"Dozens", "Pieter Vos-Lindqvist", "reported"}}},
	{"a denied report's participle is no statement", "The minister dismissed a report claiming that 500 people had died.", []want{{"500", "", "denied"}}},
	{"claiming lives says nothing", "Floods swept through the valley on Sunday, claiming at least 40 lives.", []want{{"at least 40", "", "reported"}}},
	{"a noun in -ing is no verb of saying", "A flood warning remained in place for 12 districts.", []want{{"12", "", "reported"}}},
	{"which after a thing named by no one", "The charity is fighting malaria, which claims more than 400,000 lives a year.", []want{{"more than 400,000", "", "reported"}}},
	{"a relative clause after a comma on the speaker's appositive", "About 40 bodies were recovered from the ruins of the old market, said Anna Berg, a spokeswoman for the Red Cross, who visited the site on Monday with a team of volunteers.", []want{{"About 40", "Anna Berg", "reported"}}},
	{"the number stands for the figure before it", "About 2,300 jobs will be cut, the company said. The union put the number at 3,100.", []want{{"About 2,300", "company", "disputed"}, {"3,100", "union", "disputed"}}},
	{"a conjunction sets two sources against each other", "Some 180,000 workers joined the strike, according to the unions, although the government insists the real figure is closer to 60,000.", []want{{"Some 180,000", "unions", "disputed"}, {"closer to 60,000", "government", "disputed"}}},
	{"a conjunction opening the sentence is not the source's name", "Officials said the train slowed. But Paul Dressler, the board's investigator, said the train was moving at 57 mph.", []want{{"57 mph", "Paul Dressler", "reported"}}},
	{"a party's figure of", "Analysts estimated losses at $3 billion, far above the government's preliminary figure of $1.2 billion.", []want{{"$3 billion", "Analysts", "disputed"}, {"$1.2 billion", "government", "disputed"}}},
	{"a party's tally stood at", "The health ministry put the death toll at 298, while the Civil Protection Agency's tally stood at 312.", []want{{"298", "health ministry", "disputed"}, {"312", "Civil Protection Agency", "disputed"}}},
	{"a place's total is no source", "The mayor said the country's total of 40 deaths was too low.", []want{{"40", "mayor", "reported"}}},
	{"a source in brackets closing a line that opens with its figure", "Arrivals fell, officials said.\n\nIN NUMBERS\n4,812 — sea arrivals in October (Interior Ministry)\n212 — dead or missing at sea (IOM)\n31% — asylum approval rate", []want{{"4,812", "Interior Ministry", "reported"}, {"212", "IOM", "reported"}, {"31%", "", "reported"}}},
	{"by a party's count", "By the union's own count, 35 miners were trapped.", []want{{"35", "union", "reported"}}},
	{"a pronoun after by a party's count", "By the ministry's count, yes. It recorded 4,812 arrivals in October.", []want{{"4,812", "ministry", "reported"}}},
	{"a whole that a part is taken from disputes nothing", "About 850 of the roughly 3,200 jobs there will go, a spokeswoman said.\n\nRoughly 700 jobs will go in Asia, according to a regulatory filing.", []want{{"roughly 3,200", "spokeswoman", "reported"}, {"Roughly 700", "regulatory filing", "reported"}}},
	{"a cue before a quoted phrase in its sentence", "The company disputes the figure. A spokeswoman said \"about 550\" roles would be affected.", []want{{"about 550", "spokeswoman", "reported"}}},
	{"a name in a quotation is not who 'he' is", "Gareth Pell, an officer of the union, said staff were told on Monday.\n\n\"Quillon took £12m of public money. Now they want to cut 900 jobs,\" he said.", []want{{"£12m", "Gareth Pell", "reported"}, {"900", "Gareth Pell", "reported"}}},
	{"a relative clause ending in a place and its region", "Quillon, which is headquartered in Marrow Point, California, reported a net loss of $1.72bn.", []want{{"$1.72bn", "Quillon", "reported"}}},
	{"a title ending in a place and its country", "Ivan Petrov, mayor of Kherson, Ukraine, said 40 people died.", []want{{"40", "Ivan Petrov", "reported"}}},
	{"a denial of claims that", "Veltra also denied union claims that up to 1,000 more jobs were at risk.", []want{{"up to 1,000", "union", "denied"}}},
	{"a denial and another clause", "The party dismissed the move and repeated its demand for recounts at 1,100 polling stations.", []want{{"1,100", "", "reported"}}},
	{"denied this, referring back", "He claimed a warning had been logged three times. The airline denied this, saying the engine had no defects.", []want{{"three", "", "denied"}}},
	{"a refer-back after a figure of its own sentence", "Nine of the dead were in the port, officials said. The charity said it had recovered 47 bodies, but the agency rejected that count.", []want{{"Nine", "officials", "reported"}, {"47", "charity", "denied"}}},
	{"a marker whose subject holds a number", "Union leaders told 12 News there have been two derailments on this line since 2020. 12 News has not been able to confirm that number.", []want{{"two", "Union leaders", "unverified"}}},
	{"a whole and a part far apart are no dispute", "Authorities recovered 87 bodies at sea during the month, the ministry said.\n\nOn the night the boat sank, six bodies were recovered at sea, the coast guard said.", []want{{"87", "ministry", "reported"}, {"six", "coast guard", "reported"}}},
	{"an opening adverbial and an appositive name", "On Monday, the mayor of London, Sadiq Khan, said 40 people died.", []want{{"40", "Sadiq Khan", "reported"}}},
	{"a contrast between two places disputes nothing", "The ministry said 40 people died in the north, while the governor said 12 people died in the south.", []want{{"40", "ministry", "reported"}, {"12", "governor", "reported"}}},
	{"a party's total inside what another says", "The company's total of 5,000 staff includes contractors, the union said.", []want{{"5,000", "union", "reported"}}},
	{"a country's total inside what an agency says", "The agency said Spain's total of 40 deaths was too low.", []want{{"40", "agency", "reported"}}},
	{"by a party's forecast inside a clause", "Shares rose 4%, buoyed by the company's forecast of higher sales, analysts said.", []want{{"4%", "analysts", "reported"}}},
	{"a cue in another clause does not cover a quotation", "Officials said the fire was contained; residents described \"at least 30 explosions\" overnight.", []want{{"at least 30", "", "reported"}}},
	{"'of the' after a noun is no whole", "Police said 45 people were arrested on Friday. Organisers said the families of the 60 people arrested were not told.", []want{{"45", "Police", "disputed"}, {"60", "Organisers", "disputed"}}},
	{"a place in brackets closing a figure line is no source", "Arrivals fell, officials said.\n\nIN NUMBERS\n1,200 — jobs at the plant in Leeds (West Yorkshire)", []want{{"1,200", "", "reported"}}},
	{"a role in brackets closing a figure line is the source", "Traffic rose, officials said.\n\nBY THE NUMBERS\n45,000: vehicles crossing on an average weekday (city traffic engineer)\n$1.2 billion: statewide bridge repair backlog (state auditor)", []want{{"45,000", "city traffic engineer", "reported"}, {"$1.2 billion", "state auditor", "reported"}}},
	{"an organisation described by a noun is what the noun alone points back to", "Marquee Analytics, a box-office tracking firm, put takings at $176 million.\n\nThe firm said 12 cinemas closed.", []want{{"$176 million", "Marquee Analytics", "reported"}, {"12", "Marquee Analytics", "reported"}}},
	{"a noun before the name describes it too", "The ransomware gang NightLedger posted files on Monday. The gang said it took 6 terabytes.", []want{{"6 terabytes", "NightLedger", "reported"}}},
	{"the noun does not point forward to a description after it", "The agency said 14 trucks were held. More than 12 million people fled, according to the UN refugee agency UNHCR.", []want{{"14", "agency", "reported"}, {"More than 12 million", "UNHCR", "reported"}}},
	{"two organisations described by one noun leave it as written", "Corvane, a risk firm, and Delmar, an insurance firm, gave estimates. The firm said 40 claims were filed.", []want{{"40", "firm", "reported"}}},
	{"an opening phrase is no name, and an unnamed description leaves the noun as written", "At Heathrow, an airline that flies to many cities cut jobs. The airline said 300 jobs would go.", []want{{"300", "airline", "reported"}}},
	{"the name after the noun and a comma", "In Nairobi, a Kenyan firm, Safaricom, said it lost users. The firm said 3 million were hacked. The watchdog, the Financial Conduct Authority, said it acted. The watchdog said 40 firms were fined.", []want{{"3 million", "Safaricom", "reported"}, {"40", "Financial Conduct Authority", "reported"}}},
	{"a name that does not end the phrase describes nothing", "The airline Boeing 737 fleet is old. The airline said 40 planes were grounded.", []want{{"40", "airline", "reported"}}},
	{"a weekday after the noun is no name", "The company Monday said 300 jobs would go.", []want{{"300", "company", "reported"}}},
	{"the agent of a passive that sets a figure is its source, and only its", "The crowd was estimated at 5,000 by police, but organisers said 20,000.", []want{{"5,000", "police", "disputed"}, {"20,000", "organisers", "disputed"}}},
	{"a passive that sets a figure is no source by its subject", "Losses were put at $3bn by Delmar Bank.", []want{{"$3bn", "Delmar Bank", "reported"}}},
	{"a time or a yardstick after by is no agent, a plural noun is", "Sales were estimated at $20m by Christmas Day. It was valued at $40bn by Microsoft standards, analysts said. Damage was put at $3bn by insurers. The cost was estimated at €1.4 million by the utility.", []want{{"$20m", "", "reported"}, {"$40bn", "analysts", "reported"}, {"$3bn", "insurers", "reported"}, {"€1.4 million", "utility", "reported"}}},
	{"a closing cue with no figure after it takes an agent's figure", "Damage was put at $4m by the railway, the mayor said.", []want{{"$4m", "mayor", "reported"}}},
	{"an aside closed before a recording verb does not frame it", "Turnout was 64%, the commission said, while observers counted 1,200 irregularities.", []want{{"64%", "commission", "reported"}, {"1,200", "observers", "reported"}}},
	{"a time after by is no agent", "The toll was estimated at 40 by Monday evening.", []want{{"40", "", "reported"}}},
	{"a recording verb's subject is the source of the figure it records", "The ministry counted 610 unaccompanied minors. The National Asylum Commission registered 58,400 applications.", []want{{"610", "ministry", "reported"}, {"58,400", "National Asylum Commission", "reported"}}},
	{"a recording verb's figure is its own, and it does not silence another source", "The ministry counted 610 minors, but aid groups put the figure at 900. The Needles station recorded gusts of 90mph.", []want{{"610", "ministry", "disputed"}, {"900", "aid groups", "disputed"}, {"90mph", "Needles station", "reported"}}},
	{"a recording verb inside what another source says is that source's", "Geologist Luka Strand said instruments had recorded 12 centimetres of movement. Koravia recorded a net outflow of about 9,000 residents, the office said.", []want{{"12 centimetres", "Geologist Luka Strand", "reported"}, {"about 9,000", "office", "reported"}}},
	{"a recording verb is no source of a figure outside its object", "The director, Helena Marsk, said the company had logged its first complaints in 2023 and waited more than 14 months before alerting regulators.", []want{{"more than 14 months", "Helena Marsk", "reported"}}},
	{"a time between the subject and its verb is no source", "Police on Monday said 12 people were arrested. The agency this week said 7 more were held.", []want{{"12", "Police", "reported"}, {"7", "agency", "reported"}}},
	{"a time after a phrase that hangs on the subject", "Officials in Kyiv on Monday said 12 people died. Posts on social media on Tuesday claimed that four residents were hurt.", []want{{"12", "Officials", "reported"}, {"four", "Posts", "reported"}}},
	{"a noun that is the object of a participle's phrase is no subject", "Relatives gathered at the gate on Monday said 40 people were missing.", []want{{"40", "", "reported"}}},
	{"it is the body its sentence opens with", "PORT ALDRIC — The quay stood empty.\n\nThe company blames costs: the farm would now cost about €4.5 billion, it says.", []want{{"about €4.5 billion", "company", "reported"}}},
	{"it is who spoke before when the sentence opens with a body that does not speak", "The regulator has written to Southern Water.\n\nThe utility dumped sewage 1,400 times last year, it says.", []want{{"1,400", "regulator", "reported"}}},
	{"a progressive says", "State broadcaster KRT is reporting that 21 people have died. The mayor was telling reporters that 30 homes were lost.", []want{{"21", "KRT", "reported"}, {"30", "mayor", "reported"}}},
	{"a passive progressive does not", "Casualties are being reported in 3 towns.", []want{{"3", "", "reported"}}},
	{"a note in brackets closing a figure line is no source", "Traffic rose, officials said.\n\nBY THE NUMBERS\n45,000: vehicles crossing on an average weekday (estimate)", []want{{"45,000", "", "reported"}}},
	{"a conjunction between two facts disputes nothing", "The regulator said 1,200 people were affected, while the company said it had hired 300 staff.", []want{{"1,200", "regulator", "reported"}, {"300", "company", "reported"}}},
	{"two sources' figures of two places in one sentence", "The ministry said 300 homes were damaged in the north; the governor said 120 homes were damaged in the south.", []want{{"300", "ministry", "reported"}, {"120", "governor", "reported"}}},
	{"a party's claim that", "The minister did not address the charity’s claim that its plane had spotted the boat 9 hours before it sank.", []want{{"9 hours", "charity", "reported"}}},
	{"denied that, referring back", "The union said 12 depots were shut on Monday. The operator denied that, saying all of them were open.", []want{{"12", "union", "denied"}}},
	{"could not verify his account", "A driver said he paid $800 for the crossing. The Herald could not independently verify his account.", []want{{"$800", "driver", "unverified"}}},
	{"a company's expectation is its figure", "Norvik Steel now expects to ship 40,000 tonnes this year.", []want{{"40,000 tonnes", "Norvik Steel", "reported"}}},
	{"sources in brackets after figures", "The strike went on.\n\n- Workers on strike: 9,000 (union) / 6,500 (port authority, Thursday)", []want{{"9,000", "union", "disputed"}, {"6,500", "port authority", "disputed"}}},
	{"a toll and the people killed are one count", "The health ministry said the outbreak has killed 87 people. The World Health Organization put the death toll at 112 on the same day.", []want{{"87", "health ministry", "disputed"}, {"112", "World Health Organization", "disputed"}}},
	{"a figure with no verb, of a thing counted one way only", "Organisers said more than 400 tear gas canisters were fired at the march. Police, asked about it, said: about 150 canisters.", []want{{"more than 400", "Organisers", "disputed"}, {"about 150", "Police", "disputed"}}},
	{"a figure with no verb, of a thing counted many ways", "The ministry said 3,000 households lost power and 500 households were evacuated. A charity said 1,200 households, mostly in the north.", []want{{"3,000", "ministry", "reported"}, {"500", "ministry", "reported"}, {"1,200", "charity", "reported"}}},
	{"a part of the figure just given", "The health ministry says 4,630 suspected cases have been recorded. Of those, 1,284 cases, health officials said.", []want{{"4,630", "health ministry", "reported"}, {"1,284", "health officials", "reported"}}},
	{"a count taken from a whole disputes nothing", "The collector said the 26 injured had been taken to hospital. Four of the injured were in critical condition, a hospital official said.", []want{{"26", "collector", "reported"}, {"Four", "hospital official", "reported"}}},
	{"a part that another source counts again", "Tri-State Northern says nine of the derailed cars carried hazardous materials; county officials have put that number at 11.", []want{{"nine", "Tri-State Northern", "disputed"}, {"11", "county officials", "disputed"}}},
	{"confirmed dead is a verb of its own", "Seven people are confirmed dead, the fire chief said. A hospital spokesperson said 31 people had been treated for injuries.", []want{{"Seven", "fire chief", "reported"}, {"31", "hospital spokesperson", "reported"}}},
	{"freed and released are one release", "The interior ministry said it had freed 150 detainees. A spokesman for the front said only 120 detainees were released.", []want{{"150", "interior ministry", "disputed"}, {"120", "front", "disputed"}}},
	{"two sources' close figures for one crew dispute each other", "The owner says the tanker had 24 crew on board.\n\nThe navy says the tanker had 23 crew on board.", []want{{"24", "owner", "disputed"}, {"23", "navy", "disputed"}}},
	{"a whole and a part of one noun do not", "There are 22 million households in the country, the ministry says.\n\nThe charity says six million households live in fuel poverty.", []want{{"22 million", "ministry", "reported"}, {"six million", "charity", "reported"}}},
	{"two rows of a table do not", "| Item | Amount | Source |\n|---|---|---|\n| City contribution | €210m | City |\n| Club contribution | €317m | Club |", []want{{"€210m", "City", "reported"}, {"€317m", "Club", "reported"}}},
	{"one row told by two sources does", "| Figure | Value | Source |\n|---|---|---|\n| Leak volume | 38 m³ | Operator |\n| Leak volume, regulator | 50 m³ | Regulator |", []want{{"38 m³", "Operator", "disputed"}, {"50 m³", "Regulator", "disputed"}}},
	{"a ministry named twice is one source", "The interior ministry said 121 people were arrested.\n\nThe ministry said 117 people were arrested on Saturday.", []want{{"121", "interior ministry", "reported"}, {"117", "interior ministry", "reported"}}},
	// from a review: what tells two sources' close figures apart
	{"a level word before the noun tells two figures apart", "The union said the average salary in the sector is €2,100 a month. The employers' federation said the starting salary is €1,500.", []want{{"€2,100", "union", "reported"}, {"€1,500", "employers' federation", "reported"}}},
	{"a target is no rival figure", "There are 1,200 doctors in the province, the ministry said. The medical association said there should be 2,000 doctors.", []want{{"1,200", "ministry", "reported"}, {"2,000", "medical association", "reported"}}},
	{"escaping is no release", "The prison service said 12 inmates escaped on Sunday. Police said 5 inmates were released on bail.", []want{{"12", "prison service", "reported"}, {"5", "Police", "reported"}}},
	{"the police union is not the police", "Police said 6,000 people marched on Saturday. The police union said 15,000 people marched.", []want{{"6,000", "Police", "disputed"}, {"15,000", "police union", "disputed"}}},
	{"people placed in a city speak, not the city", "The bonds were quoted at 58 to 60 cents, two traders in London said.", []want{{"58 to 60 cents", "two traders", "reported"}}},
	{"a run of names stops at a comma and an opening word", "If OceanLens is right, the ship was outside. Traffic fell by 38%, OceanLens said. On Wednesday, Tradeweb data showed 71 transits.", []want{{"38%", "OceanLens", "reported"}, {"71", "Tradeweb", "reported"}}},
	{"a line of key figures that opens with its figure takes its closing brackets' source", "The fire killed several people on Monday night.\n\nKEY FIGURES\n- 6 people confirmed dead (Wessmoor Police)\n- 23 people taken to hospital, 4 in a critical condition (Wessmoor Ambulance Service)\n\nThe fire was put out on Tuesday.", []want{{"6", "Wessmoor Police", "reported"}, {"23", "Wessmoor Ambulance Service", "reported"}, {"4", "Wessmoor Ambulance Service", "reported"}}},
	{"a fact line parted by a dash takes its closing brackets' name", "The film opened strongly.\n\nBY THE NUMBERS\n* $405.3 mln - global total after five days (Marquee Analytics)\n* 12 -- days the records system was offline (Ferris Ratings)\n* 4,310 - North American theaters\n* 1,200 - jobs at the plant in Leeds (West Yorkshire)\n", []want{{"$405.3 mln", "Marquee Analytics", "reported"}, {"five days", "Marquee Analytics", "reported"}, {"12", "Ferris Ratings", "reported"}, {"4,310", "", "reported"}, {"1,200", "", "reported"}}},
	{"a figure told as the real one disputes another's, paragraphs apart", "Schools began the year with 4,850 teaching posts unfilled, the ministry said.\n\nPay talks resume next week in the capital.\n\n\"The real number of empty posts is closer to 5,500,\" said Tomas Greve, the heads' president.", []want{{"4,850", "ministry", "disputed"}, {"closer to 5,500", "Tomas Greve", "disputed"}}},
	{"the real figure disputes only its own thing", "The agency said 37 people had fallen ill. The mayor said the true figure was at least 40. The utility said 12 wells were closed.", []want{{"37", "agency", "disputed"}, {"at least 40", "mayor", "disputed"}, {"12", "utility", "reported"}}},
	{"the real figure disputes the figure of its own fact", "Police said 120 people were detained on Monday. Organisers said 40 people were injured. The real number detained was 300, a rights group said.", []want{{"120", "Police", "disputed"}, {"40", "Organisers", "reported"}, {"300", "rights group", "disputed"}}},
	{"a figure right after a verb of saying is what it says, not an adjunct", "The prefecture put the crowd at about 30,000; organisers said 140,000. More than a dozen people were treated, a hospital spokeswoman told 12 News.", []want{{"about 30,000", "prefecture", "disputed"}, {"140,000", "organisers", "disputed"}, {"More than a dozen", "hospital spokeswoman", "reported"}}},
	{"three sources in three clauses, a bound word before the last figure", "The UN said 4,000 people were displaced, while aid groups said 9,000, though the government said only 1,000.", []want{{"4,000", "United Nations", "disputed"}, {"9,000", "aid groups", "disputed"}, {"1,000", "government", "disputed"}}},
	{"a bare figure of the same thing after a semicolon disputes the one before", "The village council says 14 people died; the agency says 6.", []want{{"14", "village council", "disputed"}, {"6", "agency", "disputed"}}},
	{"a pronoun opening a reported clause is the reporter", "Rail services were cut, the transport authority said.\n\nThe ECL says it expects \"more than a million\" people on the streets today.", []want{{"more than a million", "ECL", "reported"}}},
	{"two bodies that share their first and last words are two", "The Vessland Pilots' Association said drones were seen. The Vessland Airline Association has estimated the cost to airlines at €38 million.", []want{{"€38 million", "Vessland Airline Association", "reported"}}},
	{"present forms of recording verbs record their object", "SafeRoute Karvenia, a road-safety charity, counts 19 deaths on the pass since 2015. Vitra's manifest lists 49 ticketed passengers. Safe Roads Velmora, which also counts people who die later, put last year's toll at 451.", []want{{"19", "SafeRoute Karvenia", "reported"}, {"49", "Vitra's manifest", "reported"}, {"451", "Safe Roads Velmora", "reported"}}},
	{"a pronoun after a colon is the name the sentence opens with", "The ministry said 40 ships were inspected. SGT rejects that figure: it says the stretch held no more than 14 million cubic metres of gas. Corvane is more pessimistic: it estimates that the work will take three to five months.", []want{{"40", "ministry", "denied"}, {"no more than 14 million cubic metres", "SGT", "reported"}, {"three to five months", "Corvane", "reported"}}},
	{"a document published and a colon: the figures after it are the issuer's", "Kessling Airport Company has published its tally: 214 flights cancelled and 41 diverted.", []want{{"214", "Kessling Airport Company", "reported"}, {"41", "Kessling Airport Company", "reported"}}},
	{"a cue set off by commas with a document phrase after it", "Thirty-eight people were still missing, the agency said in its morning update, and 54 had been injured.", []want{{"Thirty-eight", "agency", "reported"}, {"54", "agency", "reported"}}},
	{"a figure given is the giver's", "The national police have given a lower total of 6.4 tonnes, saying the customs figure included packaging. The rescue service has given a figure of 14.", []want{{"6.4 tonnes", "national police", "reported"}, {"14", "rescue service", "reported"}}},
	{"a participle set off by commas, with its agent", "New barriers for the pass, estimated at €3.6 million by the National Roads Company, were never funded. The Cinema Owners Alliance, a trade group, estimated admissions at about 13.8 million.", []want{{"€3.6 million", "National Roads Company", "reported"}, {"about 13.8 million", "Cinema Owners Alliance", "reported"}}},
	{"a cue before a semicolon closes its clause; a title's figure is no claim", "The strike closed 140 schools, the union said; the ministry said 60. Two men were arrested, a police spokesman told 60 Minutes.", []want{{"140", "union", "disputed"}, {"60", "ministry", "disputed"}, {"Two", "police spokesman", "reported"}}},
	{"an unverified marker whose object names the figures told before", "In Drenik, village head Anton Belic says 40 houses have been destroyed. KNA could not independently verify his figures. Local media are reporting that three people have been arrested. Police declined to confirm the number. Paramedics said five people were taken to hospital. The hospital would not confirm how many patients it had received. The firm said 300 jobs would go. It declined to confirm the layoffs.", []want{{"40", "Anton Belic", "unverified"}, {"three", "Local media", "unverified"}, {"five", "Paramedics", "unverified"}, {"300", "firm", "reported"}}},
	{"a marker's object past a possessor, and 'either figure'", "The group said benzene reached 40 times the limit. ETV could not independently verify the group's readings. The gang claimed 2 million records and a 20-gigabyte sample. Carrowmere did not confirm either figure.", []want{{"40", "group", "unverified"}, {"2 million", "gang", "unverified"}}},
	{"a denial of a report that is named at length", "Meridian also denied a report last month in the trade newsletter Screen Ledger that six weeks of reshoots had added $35 million to the budget.", []want{{"six weeks", "", "denied"}, {"$35 million", "", "denied"}}},
	{"a denial by a gerund that restates, or of 'it'", "Twenty-one trucks were turned back at an army checkpoint, WFP said. The army denies turning any trucks away.\n\nThe union says an internal draft would close 14 stations. Navarro flatly denied it.\n\nThe ministry said 300 people were evacuated. The army denied shelling the town.", []want{{"Twenty-one", "WFP", "denied"}, {"14", "union", "denied"}, {"300", "ministry", "reported"}}},
	{"a reviewer's look-alikes: given, counted as, the number of something else", "Residents were given a figure of 9 days for the repair. The charity has given a total of 2 million euros to schools. Nobody counts 19 as a lucky number. Her account tallies with records of 30 arrests.\n\nActivists said 2,000 people attended. Police declined to confirm the number of officers on duty.\n\nThe group said it had 12,000 members. The registrar would not confirm how many staff it employs.", []want{{"9 days", "", "reported"}, {"2 million euros", "", "reported"}, {"19", "", "reported"}, {"30", "", "reported"}, {"2,000", "Activists", "reported"}, {"12,000", "group", "reported"}}},
	{"spellings of one name that differ by an apostrophe or a plural", "The Tarrow Fishermen's Cooperative said it was worried. The Tarrow Fishermens Cooperative said 40 boats stayed in port.", []want{{"40", "Tarrow Fishermen's Cooperative", "reported"}}},
	{"confirmed dead is a state, not a statement", "Six people confirmed dead were named on Monday.", []want{{"Six", "", "reported"}}},
	{"labelled lines of two sources dispute each other", "Key figures:\nDisplaced: 14,000 (UN)\nDisplaced: 9,000 (government)\n\nThe fighting went on.", []want{{"14,000", "United Nations", "disputed"}, {"9,000", "government", "disputed"}}},
	{"a month may open a name", "May Ellison, the health secretary, said 40 wards were closed.", []want{{"40", "May Ellison", "reported"}}},
	{"a list of figures with their sources needs no heading", "The fire killed several people on Monday night, officials said.\n\n- 6 people confirmed dead (Wessmoor Police)\n- 23 people taken to hospital (Wessmoor Ambulance Service)\n- 5 things to know about tower fires\n\nThe fire was put out on Tuesday, the fire service said.", []want{{"several", "officials", "reported"}, {"6", "Wessmoor Police", "reported"}, {"23", "Wessmoor Ambulance Service", "reported"}}},
	{"data withheld, said many ways", "The group estimates that pollution causes some 7,000 deaths a year, but it has not published the methodology behind that estimate. Presales are up 20%, according to the studio, which did not disclose actual figures.", []want{{"some 7,000", "group", "unverified"}, {"20%", "studio", "unverified"}}},
	{"a denial of this, on a day", "The group says benzene reached 40 times the legal limit on Tuesday. The agency denied this on Friday.", []want{{"40", "group", "denied"}}},
	{"a denial restating the figure's fact", "The union said 38 officers were on duty when the riot began. The ministry denied that only 38 officers had been on duty.", []want{{"38", "union", "denied"}}},
	{"a denial of something else", "The ministry said 300 people were evacuated. The army denied that it had shelled the town.", []want{{"300", "ministry", "reported"}}},
	{"handed over is no release", "Police said 40 suspects were handed over to prosecutors. Their lawyers said 55 suspects were released without charge.", []want{{"40", "Police", "reported"}, {"55", "Their lawyers", "reported"}}},
	{"a figure whose verb is not found is no restatement", "The navy said 40 migrants were rescued from the boat. About 70 migrants were on board, the UN refugee agency said.", []want{{"40", "navy", "reported"}, {"About 70", "UN refugee agency", "reported"}}},
	{"a figure that something has is no restatement", "The ministry said 30 households were evacuated. The village has about 120 households, a local official said.", []want{{"30", "ministry", "reported"}, {"about 120", "local official", "reported"}}},
	{"two sources' parts of one thing", "Police said 40 of the protesters were arrested. Organisers said 70 protesters were arrested.", []want{{"40", "Police", "disputed"}, {"70", "Organisers", "disputed"}}},
	{"two labels with their own sources", "The flood spread.\n\n- Evacuated: 3,000 (army); in shelters: 1,200 (Red Cross)", []want{{"3,000", "army", "reported"}, {"1,200", "Red Cross", "reported"}}},
	{"a second label after a comma", "The flood spread.\n\n- Dead: 12 (hospital), injured: 40 (police)", []want{{"12", "hospital", "reported"}, {"40", "police", "reported"}}},
	{"confirmed dead and killed are one count", "Seven people are confirmed dead, the fire chief said. The hospital said nine people were killed.", []want{{"Seven", "fire chief", "disputed"}, {"nine", "hospital", "disputed"}}},
	{"a participle after a preposition's object is no cue", "Winds gusted to 90 km/h ahead of a cool change expected late in the day.", []want{{"90 km/h", "", "reported"}}},
	{"the time before a verb is no speaker", "Unconfirmed reports from airline pilots on Friday evening suggested the plume had reached 12 km.", []want{{"12 km", "airline pilots", "unverified"}}},
	{"a verb of saying read as a noun after an appositive", "The Halden Institute, a think tank that tends to side with tenants, estimates that renters hand over 38% of their income.", []want{{"38%", "Halden Institute", "reported"}}},
	{"a verb of saying in the present plural", "Forecasters expect temperatures to settle at 32-34C over the weekend. Economists predict growth of 1.5% next year.", []want{{"32-34C", "Forecasters", "reported"}, {"1.5%", "Economists", "reported"}}},
	{"brackets that close a labelled line", "Rents rose again, the report said.\n\n- Temporary accommodation: 11,700 households, including 6,900 children (statistics office).\n- Missing: 57 people, mostly fishermen (Interior Ministry)\n- Flooded: 300 homes in the north (West Yorkshire)", []want{{"11,700", "statistics office", "reported"}, {"6,900", "statistics office", "reported"}, {"57", "Interior Ministry", "reported"}, {"300", "", "reported"}}},
	{"a hedge abbreviated with a full stop", "The satellite cost approx. $223 million, the agency said.", []want{{"approx. $223 million", "agency", "reported"}}},
	{"a surname the tagger knows opens the sentence", "Hartley estimated that the sale would cut the debt by roughly 27 per cent. Jones said 40 jobs would go.\n\nMany said 12 shops had shut.", []want{{"roughly 27 per cent", "Hartley", "reported"}, {"40", "Jones", "reported"}, {"12", "", "reported"}}},
	{"a generic noun the tagger reads as an adjective", "The Israeli military estimates 12 rockets were fired.", []want{{"12", "Israeli military", "reported"}}},
	{"a base form after a modal is no statement", "Residents should expect power cuts of up to six hours, the utility said. Drivers in the north can expect up to 20cm of snow, forecasters said.", []want{{"up to six hours", "utility", "reported"}, {"up to 20cm", "forecasters", "reported"}}},
	{"brackets that close a labelled line with a place, a product or a measure", "Rents rose again, the report said.\n\n- Deaths at the site: 57 people (UK)\n- Price of the handset: $499 for the base model (iPhone)\n- Debt of the state: 62% of output (GDP)\n\nTurnout was high \u2013 about 68% of voters took part (UK).", []want{{"57", "", "reported"}, {"$499", "", "reported"}, {"62%", "", "reported"}, {"about 68%", "", "reported"}}},
	{"a currency abbreviation with a full stop", "The council pays rent of Rs. 15,000 a month, the mayor said.", []want{{"Rs. 15,000", "mayor", "reported"}}},
	{"a bracketed source against one after a semicolon", "The jet overran the runway.\n\n- Passengers on board: 186 (CAD); the airline says 182", []want{{"186", "CAD", "disputed"}, {"182", "airline", "disputed"}}},
	{"bracketed sources of two things", "The strike went on.\n\n- Hurt: 40 (police); killed: 12 (hospital)", []want{{"40", "police", "reported"}, {"12", "hospital", "reported"}}},
	{"brackets that are no source", "The fund lost $5bn (about £4bn) and 300 staff (mostly engineers).", []want{{"$5bn", "", "reported"}, {"about £4bn", "", "reported"}, {"300", "", "reported"}}},
	{"a possessive's claim in brackets", "The breach grew.\n\n- Patients affected: 2.3 million (the gang's claim)", []want{{"2.3 million", "gang", "reported"}}},
	{"per a source", "The group stole 1.4TB of data, per the company's filing, and asked $5 per record.", []want{{"1.4TB", "company's filing", "reported"}, {"$5", "company's filing", "reported"}}},
	{"a list takes the source of the line that opens it", "The drug cut the risk of heart attacks, the company said on Monday.\n\nParticipants took a tablet every day. Key numbers, according to Meridane:\n\n- 14,212 patients at more than 400 sites\n- 34% lower risk of heart attack\n\nThe trial cost 12 million dollars.", []want{{"14,212", "Meridane", "reported"}, {"more than 400", "Meridane", "reported"}, {"34%", "Meridane", "reported"}, {"12 million dollars", "", "reported"}}},
	{"the ministry, when two are named", "The health ministry said 263 people were hurt. The public works ministry said on Sunday that 14,600 houses had been damaged. The Energy Ministry said 1.1 million households lost power.", []want{{"263", "health ministry", "reported"}, {"14,600", "ministry", "reported"}, {"1.1 million", "Energy Ministry", "reported"}}},
	{"the department, when one is named", "The Brannock County Health Department said 12 people were hurt. Four of them were hospitalized, the department said.", []want{{"12", "Brannock County Health Department", "reported"}, {"Four", "Brannock County Health Department", "reported"}}},
	{"another spokesperson", "The alliance's spokesperson Maren Holt said 200,000 people marched. Forty-six officers were hurt, a police spokesperson said.", []want{{"200,000", "Maren Holt", "reported"}, {"Forty-six", "police spokesperson", "reported"}}},
	{"the same minister", "Interior Minister Sabina Kreutz said 40,000 people attended. Later Varenza's interior minister said 12 were arrested.", []want{{"40,000", "Sabina Kreutz", "reported"}, {"12", "Sabina Kreutz", "reported"}}},
	{"a poll's finding", "A poll by Statera Research published on Thursday found that 62% of voters oppose the increase.", []want{{"62%", "Statera Research", "reported"}}},
	{"a poll for a paper", "A Statera Research poll for the Herald, conducted among 1,150 adults, found that 27% support it.", []want{{"27%", "Statera Research", "reported"}}},
	{"a survey's finding without that", "A survey by the Halden Institute found 40% of renters spend more than they can afford.", []want{{"40%", "Halden Institute", "reported"}}},
	{"a count's finding, its issuer's", "The statistics office's official street count in November found 3,260 people sleeping rough.", []want{{"3,260", "statistics office", "reported"}}},
	{"a count's finding, curly possessive", "The report’s official street count found 3,260 people sleeping rough.", []want{{"3,260", "report", "reported"}}},
	{"a finding after its clause", "Some 110,000 people are in Phase 5, the analysis found.", []want{{"Some 110,000", "analysis", "reported"}}},
	{"a named poll's finding after its clause", "Some 40% of voters back the plan, an Ipsos poll found.", []want{{"Some 40%", "Ipsos", "reported"}}},
	{"a time is no issuer", "Monday's report found 14% of schools were short of staff. This week's poll found 40% of voters back it.", []want{{"14%", "", "reported"}, {"40%", "", "reported"}}},
	{"a word of English opening the sentence is no issuer", "Official data show exports fell 3% in March. Imports rose 4%, March data showed.", []want{{"3%", "Official data", "reported"}, {"4%", "March data", "reported"}}},
	{"a name's figures show", "Nearly a third of residents are over 65, the DCSO figures show.", []want{{"Nearly a third", "DCSO", "reported"}, {"over 65", "DCSO", "reported"}}},
	{"a finding by a long name with its acronym", "A recent analysis by the Integrated Food Security Phase Classification (IPC), the global hunger monitor, found that 61 percent of the province faces hunger. Officials were worried.", []want{{"61 percent", "Integrated Food Security Phase Classification", "reported"}}},
	{"by X's own calculation, closing", "The flour would have fed 400,000 residents for about 10 days, by WFP's own calculation.", []want{{"400,000", "WFP", "reported"}, {"about 10 days", "WFP", "reported"}}},
	{"a verb-tagged word inside a body's name", "Damage to roads stands at $180m, according to the public works ministry.", []want{{"$180m", "public works ministry", "reported"}}},
	{"its title, then the name", "The hospital burns about 3,000 litres a day, according to its director, Dr. Selim Haddou.", []want{{"about 3,000 litres", "Dr. Selim Haddou", "reported"}}},
	{"a source named in brackets", "More than 140 flights were cancelled on Friday (figures: Civil Aviation Authority).", []want{{"More than 140", "Civil Aviation Authority", "reported"}}},
	{"brackets that name no body", "Flights were cut.\n\nKey figures\nFlights cancelled: 320 (figures: provisional)\nHomes flooded: 1,200 [estimate]\nDeaths: 4 [North District]", []want{{"320", "", "reported"}, {"1,200", "", "reported"}, {"4", "", "reported"}}},
	{"brackets close an unlabelled line of a box", "Swarms spread, officials said.\n\nKey figures\n- Millet prices up nearly 40% since September (statistics office)\n- 14 aircraft deployed (ministry); more than 200 ground teams (Farmers Union)\n", []want{{"nearly 40%", "statistics office", "reported"}, {"14", "ministry", "reported"}, {"more than 200", "Farmers Union", "reported"}}},
	{"brackets close each item of a line opening with its figure", "680,000 hectares were infested (ministry); close to 1 million hectares (farmers' union).", []want{{"680,000 hectares", "ministry", "reported"}, {"close to 1 million hectares", "farmers' union", "reported"}}},
	{"a citing phrase right after a figure is that figure's", "Ammonia leaked: 18 tonnes according to the operator, up to 25 tonnes according to the regional government.", []want{{"18 tonnes", "operator", "reported"}, {"up to 25 tonnes", "regional government", "reported"}}},
	{"a source in square brackets on a labelled line", "Oil came ashore, officials said.\n\nKey figures\nDead seals: 14 [Marenian Wildlife Service]\nOiled birds: 190", []want{{"14", "Marenian Wildlife Service", "reported"}, {"190", "", "reported"}}},
	{"a cue closed by ', but'", "Road deaths fell to 412, official data showed on Tuesday, but the charity said the true toll was 451.", []want{{"412", "official data", "reported"}, {"451", "charity", "reported"}}},
	{"calculates, counters", "The Linwood Institute calculates that it would take at least five years. The ministry counters that no more than 15,000 jobs would go.", []want{{"at least five years", "Linwood Institute", "reported"}, {"no more than 15,000", "ministry", "reported"}}},
	{"according to beats a named cue after it", "At least 10 tugboats took part, according to port agents, and the authority said it expected delays.", []want{{"At least 10", "port agents", "reported"}}},
	{"citing a reason names no source", "Riders will pay 35 cents more after the authority raised fares by about 13 percent, citing a budget shortfall that officials put at $212 million.", []want{{"35 cents", "", "reported"}, {"about 13 percent", "", "reported"}, {"$212 million", "officials", "reported"}}},
	{"a cited audit's estimate is the citer's", "Celia Navarro has cited an internal audit estimating that one in five bus riders skips the fare.", []want{{"one in five", "Celia Navarro", "reported"}}},
	{"general manager is a title", "General manager Celia Navarro said 40 buses were withdrawn.", []want{{"40", "Celia Navarro", "reported"}}},
	{"declined to confirm something else carries nothing back", "The company said revenue rose 8 percent. It declined to confirm reports of a takeover bid.", []want{{"8 percent", "company", "reported"}}},
	{"a figure before a marker with its own object", "The company, which employs 12,000 people, declined to confirm the layoffs.", []want{{"12,000", "", "reported"}}},
	{"declined to confirm the figure", "Cashiers said the branch paid out 90 million crowns on Thursday. The bank declined to confirm the figure.", []want{{"90 million crowns", "Cashiers", "unverified"}}},
	{"could not verify those reports", "Listeners said they could not log in for more than 12 hours. KRT could not independently verify those reports.", []want{{"more than 12 hours", "Listeners", "unverified"}}},
	{"disputes that and says", "The regulator says 31 percent of deposits were above the limit. The depositors' alliance disputes that and says the share is closer to 40 percent.", []want{{"31 percent", "regulator", "disputed"}, {"closer to 40 percent", "depositors' alliance", "disputed"}}},
	{"added a sum is no statement", "Overseas, the film added $228.5 million from 71 markets, the studio said.", []want{{"$228.5 million", "studio", "reported"}, {"71", "studio", "reported"}}},
	{"the same data", "The prison held nearly 1,800 inmates, ministry data show. Nationally, prisons are at 137 percent of capacity, according to the same data.", []want{{"nearly 1,800", "ministry data", "reported"}, {"137 percent", "ministry data", "reported"}}},
	{"the same data is the data's, not the last speaker's", "The prison held nearly 1,800 inmates, ministry data show. \"It is a disaster,\" said Ivo Maric. Nationally, prisons are at 138% of capacity, according to the same data.", []want{{"nearly 1,800", "ministry data", "reported"}, {"138%", "ministry data", "reported"}}},
	{"a find is no finding", "Rescuers found 40 bodies in the rubble on Monday.", []want{{"40", "", "reported"}}},
	{"an agent that sets a figure", "The storm surge, estimated by the meteorological service at 3.5 metres, flooded the harbour.", []want{{"3.5 metres", "meteorological service", "reported"}}},
	{"a shorter description of the same person", "White House press secretary Karine Jean-Pierre said 20 people were hurt. The press secretary said 30 more were missing.", []want{{"20", "Karine Jean-Pierre", "reported"}, {"30", "Karine Jean-Pierre", "reported"}}},
	{"brackets in running text name no source", "Anna Berg won 12,400 (Greens). Acme rose 5% (ACME.L). The fine was 500 euros (Dh2,000).", []want{{"12,400", "", "reported"}, {"5%", "", "reported"}, {"500 euros", "", "reported"}}},
	{"a citing phrase in brackets", "Some 30,000 marched (according to police) on Saturday.", []want{{"Some 30,000", "police", "reported"}}},
	{"brackets that hold only the cue", "Turnout was 61% (the board said), up from 55%.", []want{{"61%", "board", "reported"}, {"55%", "board", "reported"}}},
	{"per what names no one", "The company will pay $20m, per the terms of the settlement.", []want{{"$20m", "", "reported"}}},
	{"a finding of no one named", "When inspectors visited the hospitals in 2022, they found that 40% lacked staff. An audit of the ministry found that 18% of funds were lost.", []want{{"40%", "", "reported"}, {"18%", "", "reported"}}},
	{"a source in an aside covers the aside", "Police fired 400 canisters, say organisers (police say about 150).", []want{{"400", "organisers", "reported"}, {"about 150", "police", "reported"}}},
	{"the agent of a participle", "Orsk said the deficit would be 5%, far above the 3.8% claimed by Finance Minister Daria Helmova.", []want{{"5%", "Orsk", "reported"}, {"3.8%", "Daria Helmova", "reported"}}},
	{"an agent covers only its figure", "The attack, claimed by the Ghost group, knocked out the network for 12 days.", []want{{"12 days", "", "reported"}}},
	{"an agent that names no one", "Of the cases, 1,284 have been confirmed by laboratory testing, the ministry said.", []want{{"1,284", "ministry", "reported"}}},
	{"a description after a name before the verb", "The Federation of Dock Workers (FDW), the largest port union, put the number at 2,400.", []want{{"2,400", "Federation of Dock Workers", "reported"}}},
	{"put a party on a share", "With most ballots counted, the electoral board put the Farmers' Party on 31.5% of the vote.", []want{{"31.5%", "electoral board", "reported"}}},
	{"according to X, then a clause", "According to the election office, Mayor Ana Ruiz's Civic List won 52% of the vote.", []want{{"52%", "election office", "reported"}}},
	{"a common noun before a name makes a group", "The monitoring group Open Sea, which has 300 volunteers, carried out the count. It said 48 people were saved.", []want{{"48", "monitoring group Open Sea", "reported"}}},
	{"a party disputes that figure", "The ministry said 1,200 complaints were filed. The party disputes that figure, saying its lawyers alone filed more than 2,000.", []want{{"1,200", "ministry", "disputed"}, {"more than 2,000", "party", "disputed"}}},
	{"a party challenges a figure with its own", "Critics challenged the official turnout of 61 percent, saying the real figure was below 50 percent.", []want{{"61 percent", "", "disputed"}, {"below 50 percent", "Critics", "disputed"}}},
	{"a disputed region is no dispute", "Fighting in the disputed region killed 12 people, officials said.", []want{{"12", "officials", "reported"}}},
	{"no dispute between different facts", "The ministry said 36 drones were shot down over the south.\n\nAccording to the air force, 67 drones were destroyed in the east.", []want{{"36", "ministry", "reported"}, {"67", "air force", "reported"}}},
}

// claimCases check what is and is not a claim, and the subject found.
var claimCases = []struct {
	in      string
	texts   []string // the claims, in order
	subject []string // their subjects, in order
}{
	{"The bank raised rates for the third time in the final quarter of the year.", nil, nil},
	// "last year" after the counted thing says when, not what
	{"The canal moved 1.1 billion tonnes of cargo last year.", []string{"1.1 billion tonnes"}, []string{"cargo"}},
	{"The city recorded about 2.1 million overnight stays last year.", []string{"about 2.1 million"}, []string{"stays"}},
	// a change after a word that adds it to an earlier one, and after a copula
	{"Shares in Halden fell a further 3.1% on Thursday.", []string{"3.1%"}, []string{"shares"}},
	{"Troops advanced a further 2.5 kilometres on Monday.", []string{"2.5 kilometres"}, []string{"advance"}},
	{"The union demanded a further 5% for its members.", []string{"5%"}, []string{"-"}},
	{"Sea arrivals in Valdora are up 38% on the same period last year.", []string{"38%"}, []string{"arrivals"}},
	{"Arrivals in the year to October were about 21% lower than in the year before.", []string{"about 21%"}, []string{"arrivals"}},
	{"Nearly half of the 300 workers, a third of them women, lost their jobs.", []string{"Nearly half", "300", "a third"}, []string{"", "workers", ""}},
	{"The FTSE 100 closed down 41 points, and Boeing 737 deliveries fell.", []string{"41"}, []string{"points"}},
	{"Wages rose 5.6% and inflation held at 6.8%.", []string{"5.6%", "6.8%"}, []string{"wages", "inflation"}},
	{"Shares in Barclays fell by 2.3% on Monday.", []string{"2.3%"}, []string{"shares"}},
	{"Ukrainian forces have advanced 2.5 kilometers.", []string{"2.5 kilometers"}, []string{"advance"}},
	// a capitalised common noun opening the sentence is no name; a word
	// the page capitalises inside a sentence is
	{"Homicides fell 7.6 percent to 389 from 421, the agency said.", []string{"7.6 percent", "389", "421"}, []string{"homicides", "homicides", "homicides"}},
	{"Kestrel has also set aside 600 million euros. The deal suits Kestrel.", []string{"600 million euros"}, []string{"-"}},
	// levels after a verb of change: its object, its subject past a
	// relative clause, or what the figure before them counts
	{"The coastguard has raised the death toll to 7 from 4.", []string{"7", "4"}, []string{"toll", "toll"}},
	{"The draft budget would lift the standard rate of VAT to 24% from 21%.", []string{"24%", "21%"}, []string{"rate", "rate"}},
	{"Core inflation, which strips out food and energy, climbed to 6.9% from 6.6%.", []string{"6.9%", "6.6%"}, []string{"inflation", "inflation"}},
	{"The estimated cost has climbed from €480 million since 2022.", []string{"€480 million"}, []string{"cost"}},
	{"Peak service will drop from 12 trains per hour to 10.", []string{"12", "10"}, []string{"trains", "trains"}},
	{"Analysts raised their forecast for peak sales to $4.8bn from $3.1bn.", []string{"$4.8bn", "$3.1bn"}, []string{"sales", "sales"}},
	{"The plant, which employs 85 people, has put 30 of them on short-time work.", []string{"85", "30"}, []string{"people", "people"}},
	{"They left an exclusion zone around the crater, which was widened from 5 km on Friday.", []string{"5 km"}, []string{"zone"}},
	// the head of a subject is before its prepositions and participles;
	// a relative clause without commas is passed over
	{"Tritium concentrations in a drainage channel leading to the sea reached 9,800 becquerels per litre.", []string{"9,800 becquerels per litre"}, []string{"concentrations"}},
	{"The highest dose rate measured inside the building was 14 microsieverts per hour.", []string{"14 microsieverts per hour"}, []string{"rate"}},
	{"Tritium in the channel that carries water from the site to the sea peaked at 4,600 Bq/l.", []string{"4,600 Bq/l"}, []string{"tritium"}},
	{"It renewed attention on a repair backlog that the auditor's office put at $1.2 billion.", []string{"$1.2 billion"}, []string{"backlog"}},
	{"The train was travelling on a section of track limited to 60 km/h.", []string{"60 km/h"}, []string{"section"}},
	{"About 38 cubic metres of water leaked from the tank.", []string{"About 38 cubic metres"}, []string{"water"}},
	{"Said this week that a fair price would be $5,000 to $8,000.", []string{"$5,000 to $8,000"}, []string{"price"}},
	{"The tongue of debris is about 400 metres wide.", []string{"about 400 metres"}, []string{"debris"}},
	{"Thousands of patients are still waiting more than a year for operations.", []string{"Thousands", "more than a year"}, []string{"patients", "wait"}},
	{"Some 30 inmates had been trapped by smoke on an upper landing for more than an hour.", []string{"Some 30", "more than an hour"}, []string{"inmates", "inmates"}},
	{"Drivers sat 6 hours, and students studied 4 hours a day.", []string{"6 hours", "4 hours"}, []string{"sit", "study"}},
	{"Customers must book two weeks in advance.", []string{"two weeks"}, []string{"-"}},
	{"He spent two nights in custody.", []string{"two"}, []string{""}},
	{"The fire destroyed 300 homes in the valley. Officials said 12 died.", []string{"300", "12"}, []string{"homes", "-"}},
	{"The index ended the session up 1.2%.", []string{"1.2%"}, []string{"-"}},
	{"Shares plunged, leaving the stock down 88% since January.", []string{"88%"}, []string{"stock"}},
	{"Data centre sales, up 9% to $4.12bn, now make up 40% of revenue.", []string{"9%", "$4.12bn", "40%"}, []string{"sales", "sales", ""}},
	{"The government, already 2 billion pounds over budget, asked for more.", []string{"2 billion pounds"}, []string{"-"}},
	{"Figures published by the ministry show exports rose 14% in May.", []string{"14%"}, []string{"exports"}},
	{"The IMF cut its growth forecast for next year to 2.9% from 3.1%.", []string{"2.9%", "3.1%"}, []string{"forecast", "forecast"}},
	{"Over 50,000 people waited more than 12 hours for a bed.", []string{"Over 50,000", "more than 12 hours"}, []string{"people", "wait"}},
	// money put to a purpose is of the purpose; a figure in apposition is
	// of the noun it stands beside
	{"Kestrel has set aside 600 million euros for restructuring costs.", []string{"600 million euros"}, []string{"costs"}},
	{"The government has earmarked 2.4 billion euros ($2.6 billion) over four years for its housing programme.", []string{"2.4 billion euros", "$2.6 billion", "over four years"}, []string{"programme", "programme", ""}},
	{"The council had spent €18 million on the quay and another €2.5 million on a training centre.", []string{"€18 million", "€2.5 million"}, []string{"quay", "centre"}},
	{"Insured deposits, roughly 12.8 billion euros, moved to Kestrel overnight.", []string{"roughly 12.8 billion euros"}, []string{"deposits"}},
	{"The ministry estimates that 31% of the bank's deposits, or about 5.8 billion euros, exceeded the limit.", []string{"31%", "about 5.8 billion euros"}, []string{"deposits", "deposits"}},
	{"In the north, 40% voted for the alliance.", []string{"40%"}, []string{"-"}},
	{"Last year, 5% more were sold.", []string{"5%"}, []string{"-"}},
	// a time limit: of the verb's object, or of its subject after "due",
	// a passive or "take effect"; a spread sum's time is the sum's
	{"The bureau would publish preliminary findings within 30 days.", []string{"within 30 days"}, []string{"findings"}},
	{"A final report is due within 60 days.", []string{"within 60 days"}, []string{"report"}},
	{"The counter-tariffs will take effect within 30 days.", []string{"within 30 days"}, []string{"counter-tariffs"}},
	{"A helicopter reached the scene within 40 minutes of the distress call.", []string{"within 40 minutes"}, []string{"scene"}},
	{"The fund must pay it out within seven working days.", []string{"within seven working days"}, []string{"-"}},
	{"Kestrel set aside 2 billion crowns over five years for its programme.", []string{"2 billion crowns", "five years"}, []string{"programme", "programme"}},
	{"The carmaker said on Monday it would invest 4.5 billion euros.", []string{"4.5 billion euros"}, []string{"investment"}},
	{"The leak was sealed on Tuesday, officials said.\n\nKey figures\n- Deaths: 2 confirmed (emergency service)\n- Hospitalised: 63\n", []string{"2", "63"}, []string{"deaths", "hospitalised"}},
	{"The attack was repelled, the army said.\n\nKey figures\n- Casualties: 12 killed, 30 wounded (army)\n", []string{"12", "30"}, []string{"killed", "wounded"}},
	{"The bank lent the club £180 million, and fans donated $2 million.", []string{"£180 million", "$2 million"}, []string{"loan", "donation"}},
	{"The earth-fill dam, which is 32 metres high and 54 years old, failed after heavy rain.", []string{"32 metres", "54 years"}, []string{"dam", "dam"}},
	{"It came after three days of rain that the National Institute of Meteorology put at more than 250 millimetres.", []string{"three days", "more than 250 millimetres"}, []string{"", "rain"}},
	{"Shares in Valborg lost 62 percent on Tuesday, closing at 4.18 euros.", []string{"62 percent", "4.18 euros"}, []string{"shares", "shares"}},
	{"Its pre-tax profits had been overstated by a cumulative 312 million euros.", []string{"312 million euros"}, []string{"profits"}},
	{"The plunge wiped about 1.9 billion euros off the company's market value.", []string{"about 1.9 billion euros"}, []string{"value"}},
	// a bare figure after a verb of saying, or "put it at", is of the figure before it
	{"Twenty-three schools remain closed, according to the education office. A parents' group says 31.", []string{"Twenty-three", "31"}, []string{"schools", "schools"}},
	{"First-dose coverage stood at 93 percent in 2019. By last year the ministry put it at 81 percent.", []string{"93 percent", "81 percent"}, []string{"coverage", "coverage"}},
	{"The ministry put it at 81 percent.", []string{"81 percent"}, []string{"-"}},
	// from a review: appositions need a closing comma; fixed phrases are
	// no purpose; abstract nouns opening a sentence are no names
	{"Her salary, $250,000 a year, was approved by the board.", []string{"$250,000"}, []string{"salary"}},
	{"The company reported a loss, $45 million, for the quarter.", []string{"$45 million"}, []string{"loss"}},
	{"Teachers got a 5% raise and nurses, 4%.", []string{"5%", "4%"}, []string{"raise", ""}},
	{"Gold hit a record, $2,400 an ounce.", []string{"$2,400"}, []string{"-"}},
	{"Excluding currency effects, 6%.", []string{"6%"}, []string{"-"}},
	{"The city spent $90 million to date on the scheme.", []string{"$90 million"}, []string{""}},
	{"Ridership rose 12% last year, the agency said.", []string{"12%"}, []string{"ridership"}},
	{"Bed occupancy in Ostrevo's two main hospitals had been above 110 percent.", []string{"two", "above 110 percent"}, []string{"hospitals", "occupancy"}},
	{"More than 22,000 departures were stopped last year. The IOM says 19,500 returned home.", []string{"More than 22,000", "19,500"}, []string{"departures", "departures"}},
	{"The firm will build a factory at Sarnbeck, about 140 km (87 miles) south of Kolvik.", []string{"about 140 km", "87 miles"}, []string{"distance", "distance"}},
	{"The boat capsized on Tuesday, roughly 85 kilometres south of Penmor.", []string{"roughly 85 kilometres"}, []string{"distance"}},
	{"A poll found that 68% of Estravians oppose the reform.", []string{"68%"}, []string{"estravians"}},
	{"Annual inflation reached 8.2%, with food prices up 12.3% from a year earlier.", []string{"8.2%", "12.3%"}, []string{"inflation", "prices"}},
	{"Inflation, officially 31.4 percent in September, is running higher.", []string{"31.4 percent"}, []string{"inflation"}},
	{"Official figures put turnout here at 57.2%.", []string{"57.2%"}, []string{"turnout"}},
	{"Customers withdrew $870 million before the freeze.", []string{"$870 million"}, []string{"withdrawals"}},
	{"He faces up to 12 years in prison if convicted.", []string{"up to 12 years"}, []string{"prison"}},
	{"She won three games in a row.", []string{"three"}, []string{"games"}},
	{"Several skiers are buried on pistes 14 and 15, and 12 runs are shut.", []string{"Several", "12"}, []string{"skiers", "runs"}},
	{"The plane left from gate 12 with 140 passengers.", []string{"140"}, []string{"passengers"}},
	{"The service raised the avalanche danger for the valley to level 4 on Wednesday.", []string{"4"}, []string{"danger"}},
	{"The commission assessed the risk on the lower slopes at level 3.", []string{"3"}, []string{"risk"}},
	{"It had 1.1 million registered users in 2024.", []string{"1.1 million"}, []string{"users"}},
	{"At least 300 soldiers have been killed and another 2,700 wounded fighting in the region.", []string{"At least 300", "2,700"}, []string{"soldiers", "wounded"}},
	{"The fire killed several people, officials said.\n\n- 6 people confirmed dead (Wessmoor Police)\n- 5 things to know about tower fires\n- 3 dead in 2019 blaze (video)\n\nThe fire was put out on Tuesday.", []string{"several", "6"}, []string{"people", "people"}},
	{"Young workers will see their youth rate rise from 7.50 crowns to 8.40 crowns an hour.", []string{"7.50 crowns", "8.40 crowns"}, []string{"rate", "rate"}},
	{"The commission had proposed 10.20 crowns in its report last month.", []string{"10.20 crowns"}, []string{"-"}},
	{"The storm caused $180 million in damage.", []string{"$180 million"}, []string{"damage"}},
	{"Sunday sales came in at $44.5 million, the studio said.", []string{"$44.5 million"}, []string{"sales"}},
	// a distance or a time after a verb: of the verb's subject, unless
	// people act (then of the act), or of where something is
	{"The drill had advanced 31 metres by Wednesday.", []string{"31 metres"}, []string{"drill"}},
	{"The ash column reached 9 kilometres above the summit.", []string{"9 kilometres"}, []string{"column"}},
	{"The riot lasted almost 11 hours.", []string{"almost 11 hours"}, []string{"riot"}},
	{"She waited nearly an hour to vote.", []string{"nearly an hour"}, []string{"wait"}},
	{"Around 198,000 patients had been waiting more than a year.", []string{"Around 198,000", "more than a year"}, []string{"patients", "wait"}},
	{"A fishing boat capsized about 30 km south of the island.", []string{"about 30 km"}, []string{"distance"}},
	{"The trawler had been fishing 11 nautical miles (20 km) off the coast.", []string{"11 nautical miles", "20 km"}, []string{"distance", "distance"}},
	// a verb's subject past an apposition, not past "including"
	{"Shares in Nordhaven Logistics, the Copenhagen-listed owner of Kessler, fell 6.4% on Tuesday.", []string{"6.4%"}, []string{"shares"}},
	{"Ambulances were sent away from four departments, and 27 patients, including six in intensive care, were moved.", []string{"four", "27", "six"}, []string{"departments", "patients", "patients"}},
	{"Children at 19 of those schools have reported symptoms.", []string{"19"}, []string{"schools"}},
	{"The refinery will stay shut after a fire that burned for about 30 hours.", []string{"about 30 hours"}, []string{"fire"}},
	{"Residents stayed indoors while the fire, which burned for about 30 hours, sent smoke across the bay.", []string{"about 30 hours"}, []string{"fire"}},
	// a movement's distance "from" where it started is the movement; a
	// distance "from" something that does not move places it
	{"Protesters marched 8 km from the university to parliament.", []string{"8 km"}, []string{"march"}},
	{"Residents living 20 km from the volcano were told to leave.", []string{"20 km"}, []string{"distance"}},
	{"Troops pushed 10 km deep into the region.", []string{"10 km"}, []string{"push"}},
	{"The glacier has retreated 1.2 km since 1990.", []string{"1.2 km"}, []string{"retreat"}},
	{"The hiker walked 30 km before he was found.", []string{"30 km"}, []string{"walk"}},
	{"The pilot flew 200 km before he turned back; the climber fell 20 metres.", []string{"200 km", "20 metres"}, []string{"fly", "fall"}},
	{"She was arrested four times that year, police said. A boy of 12 was among them.", []string{"four", "12"}, []string{"times", ""}},
	{"Inflation hit four times the target, and the crowd of 5,000 dispersed.", []string{"four", "5,000"}, []string{"inflation", "crowd"}},
	{"The ministry published its figures.\n\n- Deficit target for 2025: 3.2%\n- 35,000: police estimate of the crowd at its peak", []string{"3.2%", "35,000"}, []string{"deficit", "crowd"}},
	{"Tokyo's Nikkei, weighed down by exporters, banks and chipmakers, fell 2.1% on Monday.", []string{"2.1%"}, []string{""}},
	{"The stolen pieces, six jewels and two paintings, are valued at €88 million.", []string{"six", "two", "€88 million"}, []string{"jewels", "paintings", "pieces"}},
	{"The evacuation of the children's hospital, which took four hours, was completed.", []string{"four hours"}, []string{"evacuation"}},
	{"The quake struck at a depth of 10 km, 80 miles north-east of the capital.", []string{"10 km", "80 miles"}, []string{"depth", "distance"}},
	// a conversion measures what the figure it converts measures
	{"The regulator put the cost of the disaster at 120 million crowns, or roughly €5 million.", []string{"120 million crowns", "roughly €5 million"}, []string{"cost", "cost"}},
	{"The authority estimated the damage at £80m ($108m), and 40 homes at $2m, $3m and $5m.", []string{"£80m", "$108m", "40", "$2m", "$3m", "$5m"}, []string{"damage", "damage", "homes", "", "", ""}},
	{"Rescuers worked to reach 33 miners trapped some 640 metres underground.", []string{"33", "some 640 metres"}, []string{"miners", "depth"}},
	{"The debris travelled roughly 1.5 km down the slope.", []string{"roughly 1.5 km"}, []string{"debris"}},
	{"Clearing the backlog of patients waiting 18 weeks would take five years.", []string{"18 weeks", "five years"}, []string{"wait", "take"}},
	{"One person was killed and 10 wounded in the strike.", []string{"One", "10"}, []string{"person", "wounded"}},
	{"Moscow sent 139 drones; 67 were destroyed and 71 electronically jammed.", []string{"139", "67", "71"}, []string{"drones", "drones", "drones"}},
	{"Russia's 60,000 troops stayed.", []string{"60,000"}, []string{"troops"}},
	{"The bank raised its policy rate by 25 basis points to 2.75%.", []string{"25 basis points", "2.75%"}, []string{"rate", "rate"}},
	{"The death toll in the region has passed 40,000, the ministry said.", []string{"40,000"}, []string{"toll"}},
	{"Officials put the number of destroyed structures at 470.", []string{"470"}, []string{"structures"}},
	{"The town lies about 60 km south of the front.", []string{"about 60 km"}, []string{"distance"}},
	{"The river had risen more than 6 metres overnight.", []string{"more than 6 metres"}, []string{"risen"}},
	{"The number of destroyed structures rose to 470, officials said.", []string{"470"}, []string{"structures"}},
	{"Exports of electric vehicles rose to 40,000.", []string{"40,000"}, []string{"exports"}},
	{"Two officials familiar with the talks said 25 trucks arrived.", []string{"25"}, []string{"trucks"}},
	{"A drone strike on the market killed 12 and wounded 30 on Sunday.", []string{"12", "30"}, []string{"people", "people"}},
	{"The EU released 1.5 million euros in emergency humanitarian funding.", []string{"1.5 million euros"}, []string{"funding"}},
	{"The ministry put preliminary damage to roads and power lines at $180 million.", []string{"$180 million"}, []string{"damage"}},
	{"Inflation, which reached 3.2% in May, has eaten into wages.", []string{"3.2%"}, []string{"inflation"}},
	{"A trader said he lost 40 head of cattle.", []string{"40"}, []string{"cattle"}},
	{"About 650 families fled, most of them\u2014most of the women\u2014to schools.", []string{"About 650"}, []string{"families"}},
	{"Inspectors put the cost of repairs to schools, clinics and water pipes at $12 million.", []string{"$12 million"}, []string{"cost"}},
	{"Officials said, after a long meeting, that losses stood at 300.", []string{"300"}, []string{"losses"}},
	{"The agency put out a statement, and damage was estimated at $5 million.", []string{"$5 million"}, []string{"damage"}},
	{"Grain shipments from the Black Sea port of Odesa fell 15%.", []string{"15%"}, []string{"shipments"}},
	{"Police said three of the injured were teenagers.", []string{"three"}, []string{"teenagers"}},
	{"About 2,000 of those displaced are women.", []string{"About 2,000"}, []string{"women"}},
	{"Two of the soldiers were wounded.", []string{"Two"}, []string{"soldiers"}},
	{"Unemployment rose to 5.2% in June, up from 4.9% a year earlier.", []string{"5.2%", "4.9%"}, []string{"unemployment", "unemployment"}},
	{"Retail sales grew 2.1%, easing from 2.8% in May.", []string{"2.1%", "2.8%"}, []string{"sales", "sales"}},
	{"The union said nearly 40% of its members voted to strike.", []string{"nearly 40%"}, []string{"members"}},
	{"The charity launched an appeal for £3 million on Monday.", []string{"£3 million"}, []string{"appeal"}},
	{"Losses to crops, livestock and farm equipment reached $40 million.", []string{"$40 million"}, []string{"losses"}},
	{"The request for $2 billion was only 30% met.", []string{"$2 billion", "30%"}, []string{"request", "request"}},
	{"Strikers shut three of the region's seven coal mines.", []string{"three", "seven"}, []string{"mines", "mines"}},
	{"About 900 bus and tram drivers walked out.", []string{"About 900"}, []string{"drivers"}},
	{"The storm killed 12 cattle and sheep.", []string{"12"}, []string{"cattle"}},
	{"The blast was felt in Harlow, the county town, 30 km east of the plant.", []string{"30 km"}, []string{"town"}},
	{"Its crater lies near the reservoir, 12 km north-west of the dam.", []string{"12 km"}, []string{"reservoir"}},
	{"Traders put the cost much higher: the chamber estimates losses at €50m a day.", []string{"€50m"}, []string{"losses"}},
	{"Its shares fell as much as 6% and closed down 4.1%.", []string{"as much as 6%", "4.1%"}, []string{"shares", "shares"}},
	{"The jobless rate eased to 4.2% from 4.6% a year earlier.", []string{"4.2%", "4.6%"}, []string{"rate", "rate"}},
	{"Sales of newly built homes dropped 8%.", []string{"8%"}, []string{"sales"}},
	{"The bank booked a charge of $90 million in the quarter.", []string{"$90 million"}, []string{"charge"}},
	{"Rescuers pulled 96 migrants from the water. Twelve were taken to hospital.", []string{"96", "Twelve"}, []string{"migrants", "migrants"}},
	{"Dozens of fishing boats joined the search.", []string{"Dozens"}, []string{"boats"}},
	{"Of the patients treated since the clinic opened, 300 have recovered.", []string{"300"}, []string{"patients"}},
	{"Applications rose to 900 in the week, up 12% from the week before.", []string{"900", "12%"}, []string{"applications", "applications"}},
	{"Traffic was backed up for 20 km on the coast road.", []string{"20 km"}, []string{"traffic"}},
	{"Average wages rose 4.2% last year.", []string{"4.2%"}, []string{"wages"}},
	{"Officials put the number of people killed at 112.", []string{"112"}, []string{"people"}},
	{"Of the evacuees, 40 went to a school and 25 to a church. Nine were hurt.", []string{"40", "25", "Nine"}, []string{"evacuees", "evacuees", "evacuees"}},
	{"The siege, imposed for six months, lasted only ten weeks.", []string{"six months", "ten weeks"}, []string{"siege", "siege"}},
	{"Officials said an aid flotilla had been stopped at the border crossing for five days.", []string{"five days"}, []string{"flotilla"}},
	{"After the storm, power was cut for 12 hours.", []string{"12 hours"}, []string{"power"}},
	{"A strike that the union called on Monday ended after three days.", []string{"three days"}, []string{"strike"}},
	{"The treasury projects the shortfall at 2.9% of national income in 2027.", []string{"2.9%"}, []string{"shortfall"}},
	{"The agency's forecast puts next year's deficit at 3.1% of gross domestic product.", []string{"3.1%"}, []string{"deficit"}},
	{"Wardens counted more than 3,000 dead birds along the shore.", []string{"more than 3,000"}, []string{"birds"}},
	{"Walkers reported thousands of dead fish Sunday morning.", []string{"thousands"}, []string{"-"}},
	{"The vote cleared a £2.1bn ($2.7bn) rail package.", []string{"£2.1bn", "$2.7bn"}, []string{"package", ""}},
	{"Forecasters expect a high of 41C on Sunday.", []string{"41C"}, []string{"temperature"}},
	{"Temperatures climbed to 104 degrees Fahrenheit.", []string{"104 degrees Fahrenheit"}, []string{"temperatures"}},
	{"Forecasters expect temperatures above 40 degrees on Wednesday.", []string{"above 40 degrees"}, []string{"temperature"}},
	{"The fire, burning for four days, has scorched about 410 square kilometres.", []string{"four days", "about 410 square kilometres"}, []string{"", "area"}},
	{"The fire has burnt more than 100,000 acres of bush.", []string{"more than 100,000 acres"}, []string{"bush"}},
	{"That gives the party 77 seats in the 151-member National Assembly, against 61 for the Civic Alliance and 13 for the Agrarians.", []string{"77", "151", "61", "13"}, []string{"seats", "member", "seats", "seats"}},
	{"The offer would cost member companies €58 million over two years, he said.", []string{"€58 million", "two years"}, nil},
	{"Terminal operators raised their offer to 6% over two years.", []string{"6%", "two years"}, nil},
	{"The strike is costing the economy about €40 million a day, the government said.", []string{"about €40 million"}, []string{"cost"}},
	{"Regulators fined the network $350,000 in 2022.", []string{"$350,000"}, []string{"fine"}},
	{"The railroad would pay $1,500 to each household.", []string{"$1,500"}, []string{"payment"}},
	{"The railroad paid $5 million in damages.", []string{"$5 million"}, []string{"damages"}},
	{"Cargo worth €1.1bn is sitting in containers.", []string{"€1.1bn"}, []string{"cargo"}},
	{"A ransom of $4.5 million in bitcoin was demanded.", []string{"$4.5 million"}, []string{"ransom"}},
	{"The 112-car train was led by two locomotives.", []string{"112", "two"}, []string{"car", "locomotives"}},
	{"The fire destroyed 400-odd houses.", []string{"400"}, []string{"houses"}},
	{"The party won 44.8% of the vote. The Civic Alliance took 39.1%, the Agrarian Union 7.2% and the Green Left 4.1%.", []string{"44.8%", "39.1%", "7.2%", "4.1%"}, []string{"vote", "vote", "vote", "vote"}},
	{"Unemployment stood at 5.1%. About 12% said they would vote.", []string{"5.1%", "About 12%"}, []string{"unemployment", "-"}},
	{"Officials made a 180-degree U-turn.", []string{"180-degree"}, []string{"u-turn"}},
	{"Inflation rose to 3.2% in May. The central bank raised its rate by 0.25 percentage points.", []string{"3.2%", "0.25 percentage points"}, []string{"inflation", "rate"}},
	{"Investigators said the train was going more than 55 miles per hour when it derailed.", []string{"more than 55 miles per hour"}, []string{"train"}},
	{`The railroad said that "no more than 8,000 gallons" had been released.`, []string{"no more than 8,000 gallons"}, []string{"-"}},
	{"KGTV 9 News could not reach the mayor, who said 14 homes were lost.", []string{"14"}, []string{"homes"}},
	{"Only 12 Republicans voted against the bill.", []string{"12"}, []string{""}},
	{"“Another 40 Russian jets were shot down,” the general said.", []string{"40"}, []string{"jets"}},
	{"“With 14 votes, we cannot pass anything,” she said.", []string{"14"}, []string{"votes"}},
	{"The strike went on.\n\n- Ships waiting: 47 (port authority)\n- Estimated daily cost: €40m", []string{"47", "€40m"}, []string{"ships", "cost"}},
	// a multiple measures what its clause is about; "N of" what it is of,
	// unless it is a level of the thing counted before
	{"Nitrate at the reservoir had peaked at more than three times the legal limit.", []string{"more than three"}, []string{"nitrate"}},
	{"The union count was about three times the police figure.", []string{"about three"}, []string{"count"}},
	{"Dust emissions from the plant's stacks reached 2.5 times the permitted limit.", []string{"2.5"}, []string{"emissions"}},
	{"Nitrate at the intake peaked at 200 milligrams per litre on Sunday, four times the legal limit of 50.", []string{"200 milligrams per litre", "four", "50"}, []string{"nitrate", "nitrate", "limit"}},
	{"The daily average of 287 µg/m3 was 19 times that.", []string{"287 µg/m3", "19"}, []string{"average", "average"}},
	{"The mine had been fined 14 times since 2019.", []string{"14"}, []string{"times"}},
	{"Tigers are endangered, with a global wild population of about 5,500.", []string{"about 5,500"}, []string{"population"}},
	{"The authority capped daily transits at 24 ships, down from an average of 36.", []string{"24", "36"}, []string{"ships", "ships"}},
	{"Some 148,000 customers were without power, down from a peak of 312,000.", []string{"Some 148,000", "312,000"}, []string{"customers", "customers"}},
	// a label may hold an infinitive or a year; a share of something is its
	{"The ruling was published.\n\n- Deadline to comply: 90 days\n- Share of regional app downloads: more than 70%\n- Road deaths in 2024: 412", []string{"90 days", "more than 70%", "412"}, []string{"deadline", "downloads", "deaths"}},
	{"Sales fell at the company this year.\n\n- Deliveries: 214,300 vehicles, down 9% year on year", []string{"214,300", "9%"}, []string{"vehicles", "deliveries"}},
	{"The minister said: 40 more were found on Friday.", []string{"40"}, []string{"-"}},
	{"Police said 300 people were arrested and 40 officers were hurt. Organisers put the number at 20,000.", []string{"300", "40", "20,000"}, []string{"people", "officers", "number"}},
	{"The jet overran runway 09 by 140 metres, officials said.", []string{"140 metres"}, nil},
	{"Arrivals fell, officials said.\n\nIN NUMBERS\n4,812 — sea arrivals in October\n€240m – value of the deal", []string{"4,812", "€240m"}, []string{"arrivals", "deal"}},
	{"About 2,300 jobs will go. The union put the number at 3,100.", []string{"About 2,300", "3,100"}, []string{"jobs", "jobs"}},
	{"Losses reached $3 billion, far above the government's figure of $1.2 billion.", []string{"$3 billion", "$1.2 billion"}, []string{"losses", "losses"}},
	{"Rescuers freed 40 people. The fire covered 12 km2. Officials put the figure at 55.", []string{"40", "12 km2", "55"}, []string{"people", "", "people"}},
	{"The plant covers 12 km2. The union put the number at 3,100.", []string{"12 km2", "3,100"}, []string{"", "number"}},
	{"The storm surge, estimated by the meteorological service at 3.5 metres, flooded the harbour.", []string{"3.5 metres"}, []string{"surge"}},
	{"Police detained a third suspect; prices fell a fifth overnight and sales by a third last year.", []string{"a fifth", "a third"}, nil},
	{"PM2.5 reached 412 µg/m3. The G7 pledged $5bn. Train M41714 reached 57 mph.", []string{"412 µg/m3", "$5bn", "57 mph"}, []string{"pm2.5", "", ""}},
	// what is worth a sum after a copula, and what is worth it before "worth"
	{"The haul was worth up to €100 million. The contract alone is worth about €46 million a year. Kestmark cod landings from the bank were worth 1.1 billion krone.",
		[]string{"up to €100 million", "about €46 million", "1.1 billion krone"}, []string{"haul", "contract", "landings"}},
	// a time after a state its subject is in
	{"Schools will remain closed for three days. The health system's electronic health records were offline for 12 days.",
		[]string{"three days", "12 days"}, []string{"schools", "records"}},
	// "at least one" after a verb of having picks out who is counted
	{"Some 31 percent of schools had at least one teaching post empty. At least one person was killed. 47% of headteachers report at least one unfilled post.",
		[]string{"Some 31 percent", "At least one", "47%"}, []string{"schools", "person", "headteachers"}},
	// the object of a verb of change, past its prepositions
	{"The council raised the number of seats from 50 to 70. The scheme increased places in schools from 1,000 to 1,500.",
		[]string{"50", "70", "1,000", "1,500"}, []string{"seats", "seats", "places", "places"}},
	// a comparison between the object and "at"
	{"Police said the haul was worth €120 million. Prosecutors have put the figure lower, at €88 million. The agency puts the volume higher, at no less than 50 cubic metres.",
		[]string{"€120 million", "€88 million", "no less than 50 cubic metres"}, []string{"haul", "haul", "volume"}},
	// the subject past a participle and its agent
	{"The number of people killed has risen to 31. The number of people killed by Cyclone Orlena has risen to 40. The number of people killed by the cyclone has risen to 52.",
		[]string{"31", "40", "52"}, []string{"people", "people", "people"}},
	// a plural noun the tagger read as a verb, before its clause's verb
	{"The chief told reporters in Valmont that homicides had dropped to 389.", []string{"389"}, []string{"homicides"}},
	// a new level after a change and a comma
	{"Reduced fares for seniors will go up 20 cents, to $1.55.", []string{"20 cents", "$1.55"}, []string{"fares", "fares"}},
	// past a date that ends the subject's phrase
	{"Revenue for the quarter ended Sept. 27 fell 4% to $9.84 billion, the company said.", []string{"4%", "$9.84 billion"}, []string{"revenue", "revenue"}},
	// past a count inside the subject's phrase
	{"Records of 4,000 patients were offline for 12 days.", []string{"4,000", "12 days"}, []string{"patients", "records"}},
	// a time after "in" is its verb's subject's
	{"About 280 millimetres of rain fell in 72 hours. The water came in less than ten minutes.", []string{"About 280 millimetres", "72 hours", "less than ten minutes"}, []string{"rain", "rain", "water"}},
	// a time after "for" with no common noun to hold it is the act's
	{"Hallberg-Kessling Airport was closed for about seven hours. A fresh sighting shut the runways again for 45 minutes. Schools will remain closed for three days.",
		[]string{"about seven hours", "45 minutes", "three days"}, []string{"closure", "closure", "schools"}},
	// a unit of time after a measure says when
	{"Vitra says its GPS system recorded a speed of 58 km/h seconds before the crash.", []string{"58 km/h"}, []string{"speed"}},
	// a level after a change is of what changed
	{"The front-month contract rose as much as 24 percent before settling 16 percent higher at €41.20. Shares in Veltra closed down 7.4% at 18.62 euros. The benchmark contract ended Tuesday 17 percent higher at €41.40.",
		[]string{"as much as 24 percent", "16 percent", "€41.20", "7.4%", "18.62 euros", "17 percent", "€41.40"}, []string{"contract", "contract", "contract", "shares", "shares", "", "contract"}},
	// a possessive name opens the counted phrase as a determiner
	{"The pipeline supplies about 31 percent of Kestria's gas. About 40% of Norvalia's schools had a vacancy.", []string{"about 31 percent", "About 40%"}, []string{"gas", "schools"}},
	// a verb and its particle before a sum
	{"The film took in $179.6 million at theaters in its opening weekend.", []string{"$179.6 million"}, []string{"film"}},
	// a time in a state told by a preposition is its subject's
	{"The union said the driver, a 51-year-old from Dravna, had been at the wheel for more than 13 hours. Six guards were held in a cell block for nine hours.", []string{"more than 13 hours", "Six", "nine hours"}, []string{"driver", "guards", ""}},
	// a participle that names who is counted, in a label and after "of"
	{"The coach fell 50 metres, police said.\n\nKEY FIGURES\nKilled in the crash: 15\nInjured at the scene: 27 (police)\nDisplaced families: 2,000\n\nPolice have put the number of injured at 31.", []string{"50 metres", "15", "27", "2,000", "31"}, []string{"fall", "killed", "injured", "families", "injured"}},
	// a second time of the same thing after "and for"
	{"Kessling was shut for 40 minutes in September 2023 and for 90 minutes in March 2024.", []string{"40 minutes", "90 minutes"}, []string{"closure", "closure"}},
	// a label with a clause of time inside it
	{"The engine failed, investigators said.\n\nKEY FACTS\n• Altitude when the engine failed: approx. 11,000 ft\n• Speed when the coach left the road: 94 km/h (police)\n• Traders put the cost higher: 40%\n", []string{"approx. 11,000 ft", "94 km/h", "40%"}, []string{"altitude", "speed", "-"}},
	// when or where after a figure, not what
	{"The film took in $179.6 million worldwide. The coach reached a speed of 140 km/h moments before impact.", []string{"$179.6 million", "140 km/h"}, []string{"film", "speed"}},
	// the part named after "of them", and past a figure before a copula
	{"Forty-four of the 61 dead were children. Twelve people were killed, seven of them women.", []string{"Forty-four", "61", "Twelve", "seven"}, []string{"children", "dead", "people", "women"}},
	// a figure set in quotation marks after "at"
	{"The union put the true number of cases at \"certainly more than 20,000\".", []string{"more than 20,000"}, []string{"cases"}},
	{"The crowd was estimated at 5,000. Attendance was initially put at 12,000.", []string{"5,000", "12,000"}, []string{"crowd", "attendance"}},
	{"Damage to roads and other infrastructure was estimated at 400 by Friday.", []string{"400"}, []string{"-"}},
	{"Dockworkers ended their strike on Thursday, the union said.\n\nKey points:\n\n1. Workers won a 12% pay rise\n2. The strike lasted nine days\n", []string{"12%", "nine days"}, nil},
	{"The march was the biggest in years, officials said.\n\n- 35,000: police estimate of the crowd at its peak\n- 46: police officers injured\n", []string{"35,000", "46"}, []string{"crowd", "officers"}},
	// a fact line that opens with its figure, parted by a dash typed as
	// hyphens; the label's noun past a possessive and a participle
	{"The club confirmed the deal.\n\nBY THE NUMBERS\n* 12 -- hospitals hit by the attack\n* €120m - Varela's release clause at Alvorada\n* £250,000 - reported weekly wage\n",
		[]string{"12", "€120m", "£250,000"}, []string{"hospitals", "clause", "wage"}},
	{"The bank raised its key rate from 5.5% to 6.25%. The death toll rose from 12 to 19.", []string{"5.5%", "6.25%", "12", "19"}, []string{"rate", "rate", "toll", "toll"}},
	{"The bank cut its 2025 growth forecast from 2.1% to 1.8%.", []string{"2.1%", "1.8%"}, []string{"forecast", "forecast"}},
	{"Four of the injured were taken to hospital, two of them with serious injuries, the fire service said.", []string{"Four", "two"}, []string{"injured", "injured"}},
	{"About 14 percent of the state's roughly 6,200 bridges are rated poor.", []string{"About 14 percent", "roughly 6,200"}, []string{"bridges", "bridges"}},
	{"The harvest failed, the ministry said.\n\nKey figures:\n- Area damaged by drought: more than 2 million hectares\n- Rise in bread prices over the year: 22%\n- Length of main runway: 2,750 m\n- Injured: at least 240\n- 3 km: length of the march route\n",
		[]string{"more than 2 million hectares", "22%", "2,750 m", "at least 240", "3 km"}, []string{"area", "prices", "runway", "injured", "route"}},
	// a size after a measure is the noun's before it
	{"Divers found a gash about 4 metres long in the hull. Footage shows a crater 12 metres across. Traffic queued in a line of cars 5 km long. The town was under water, in places 2 metres deep.",
		[]string{"about 4 metres", "12 metres", "5 km", "2 metres"}, []string{"gash", "crater", "line", "depth"}},
	// an object that runs straight into the figure a verb sets on it
	{"Local officials put the death toll closer to 600. The union put the likely job losses closer to 600. Her reanalysis puts the relative reduction between 22% and 25%. Analysts said that would put the site 16 percent over its limit.",
		[]string{"closer to 600", "closer to 600", "between 22% and 25%", "16 percent"}, []string{"toll", "losses", "reduction", "-"}},
	{"The flood spread.\n\n- Dead: 12 (hospital); Injured: 40 (police)\n- Dead: 12 (hospital), injured: 40 (police)\n- Deaths: 2 (civil protection); 3 (hospital)\n",
		[]string{"12", "40", "12", "40", "2", "3"}, []string{"dead", "injured", "dead", "injured", "deaths", "deaths"}},
}

func TestClaims(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range claimCases {
		a := x.Extract("case.txt", []byte(tc.in))
		var texts, subjects []string
		for _, c := range a.Claims {
			texts = append(texts, c.Text)
			subjects = append(subjects, c.Subject)
		}
		if strings.Join(texts, "|") != strings.Join(tc.texts, "|") {
			t.Errorf("%q: claims %q, want %q", tc.in, texts, tc.texts)
			continue
		}
		for i, want := range tc.subject {
			if want == "-" {
				want = "" // no subject: better none than a wrong one
			} else if want == "" {
				continue
			}
			if subjects[i] != want {
				t.Errorf("%q: subject of %q is %q, want %q", tc.in, texts[i], subjects[i], want)
			}
		}
	}
}

// TestTimeQualifiers: a figure set a year back carries t:earlier, a
// change against a year back does not; a year sets a sentence's figures
// only when it frames them, not when it dates something else.
func TestTimeQualifiers(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range []struct {
		in, text, want, not string
	}{
		{"The margin narrowed to 1.8% from 5.4% a year earlier.", "5.4%", "t:earlier", ""},
		{"Sales rose 5% from a year earlier.", "5%", "", "t:earlier"},
		{"The storm killed more than 600 people in the country in 2019.", "more than 600", "t:2019", ""},
		{"The firm, founded in 1998, said sales rose 5%.", "5%", "", "t:1998"},
		{"Unemployment rose to 5.2% in March, its highest level since 2016, when the steelworks closed.", "5.2%", "", "t:2016"},
		{"The 2030 target requires a 45% cut in emissions.", "45%", "", "t:2030"},
		{"Brook Lane lost 240 jobs in January 2024, when 1,800 posts went.", "240", "t:2024", ""},
		{"Since 2016 the mine has employed 400 people.", "400", "", "t:2016"},
	} {
		a := x.Extract("case.txt", []byte(tc.in))
		found := false
		for _, c := range a.Claims {
			if c.Text != tc.text {
				continue
			}
			found = true
			if tc.want != "" && !slices.Contains(c.Qualifiers, tc.want) {
				t.Errorf("%q: %q has qualifiers %q, want %q", tc.in, c.Text, c.Qualifiers, tc.want)
			}
			if tc.not != "" && slices.Contains(c.Qualifiers, tc.not) {
				t.Errorf("%q: %q has qualifiers %q, not %q", tc.in, c.Text, c.Qualifiers, tc.not)
			}
		}
		if !found {
			t.Errorf("%q: no claim %q", tc.in, tc.text)
		}
	}
}

// TestNoPartyAsSubject: a percentage or a sum right after a verb whose
// subject is a party is what the party offers or gives, not a measure of
// the party: it gets no subject, or the act's when its verb names one
// ([money-verb]: a pledge), rather than the party's.
func TestNoPartyAsSubject(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range []struct{ in, want string }{
		{"The government offered 5% on Tuesday.", ""},
		{"Ministers pledged $40 million after the flood.", "pledge"},
		{"The union wanted 12% for its members.", ""},
	} {
		a := x.Extract("case.txt", []byte(tc.in))
		if len(a.Claims) != 1 {
			t.Errorf("%q: %d claims, want 1", tc.in, len(a.Claims))
			continue
		}
		if s := a.Claims[0].Subject; s != tc.want {
			t.Errorf("%q: subject %q, want %q", tc.in, s, tc.want)
		}
	}
}

func TestAttribution(t *testing.T) {
	x := newTestExtractor(t)
	seen := map[string]bool{}
	for _, tc := range attributionCases {
		if seen[tc.in] {
			t.Errorf("duplicate input in table: %q", tc.name)
		}
		seen[tc.in] = true
		t.Run(tc.name, func(t *testing.T) {
			a := x.Extract("case.txt", []byte(tc.in))
			got := map[string]Claim{}
			for _, c := range a.Claims {
				got[c.Text] = c
			}
			for _, w := range tc.want {
				c, ok := got[w.text]
				if !ok {
					var texts []string
					for _, c := range a.Claims {
						texts = append(texts, c.Text)
					}
					t.Errorf("no claim %q; got %q", w.text, texts)
					continue
				}
				if !nameIs(c.Source.Name, w.source) {
					t.Errorf("%q: source %q (as written %q), want %q", w.text, c.Source.Name, c.Source.AsWritten, w.source)
				}
				if c.Status != w.status {
					t.Errorf("%q: status %q, want %q (markers %v)", w.text, c.Status, w.status, c.Markers)
				}
			}
		})
	}
	if len(attributionCases) < 60 {
		t.Errorf("only %d attribution cases; the issue asks for at least 60", len(attributionCases))
	}
}

// nameIs compares names case-insensitively, the way a reader would.
func nameIs(got, want string) bool {
	return strings.EqualFold(strings.TrimSpace(got), strings.TrimSpace(want))
}

// TestPredicates: the verb a figure belongs to, in object position, after
// its noun, or after a modal.
func TestPredicates(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range []struct{ in, text, want string }{
		{"Russia sent 139 drones overnight.", "139", "sent"},
		{"About 60,000 troops were deployed in the region.", "About 60,000", "deployed"},
		{"About 2,300 jobs will go at the plant.", "About 2,300", "go"},
		{"Up to 500 homes could lose power.", "Up to 500", "lose"},
		{"The 40 soldiers are the last.", "40", ""},
		{"The eruption has killed two people and injured 27 people.", "27", "injured"},
	} {
		a := x.Extract("case.txt", []byte(tc.in))
		found := false
		for _, c := range a.Claims {
			if c.Text == tc.text {
				found = true
				if c.Predicate != tc.want {
					t.Errorf("%q: predicate of %q is %q, want %q", tc.in, tc.text, c.Predicate, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim %q", tc.in, tc.text)
		}
	}
}

// TestCitingSpeaker: "citing X" makes a cue when X can speak (a title, a
// body, a document), not when it is a reason.
func TestCitingSpeaker(t *testing.T) {
	x := newTestExtractor(t)
	for text, want := range map[string]string{
		"Talks collapsed, the paper reported, citing an unnamed official.": "unnamed official",
		"Exports fell, the paper reported, citing an internal memo.":       "internal memo",
		"Fares rose 13 percent, citing a budget shortfall.":                "",
	} {
		got := ""
		for _, st := range x.sentences(x.page("t.txt", text)) {
			x.tokenize(st)
			x.tagSentence(st, true)
			for _, c := range x.cuesOf(st) {
				if c.text == "citing" {
					got = c.who.text
				}
			}
		}
		if got != want {
			t.Errorf("%q: citing %q, want %q", text, got, want)
		}
	}
}

// TestOwnOutlet: a figure the article's own outlet worked out ("by the
// Review's calculation") is told in the article's voice; another outlet
// it cites is a source.
func TestOwnOutlet(t *testing.T) {
	x := newTestExtractor(t)
	src := "---\ntitle: Leak\noutlet: Kaldoria Review\n---\n\n" +
		"Split among the evacuees, the fund would amount to about €1,270 each, by the Review's calculation.\n\n" +
		"About 900 people were treated, according to the Brenmoor Courier.\n\n" +
		"Police said 30 people were arrested. By the Review's count, 45 people were detained.\n"
	a := x.Extract("b.md", []byte(src))
	want := map[string]string{"about €1,270": "", "About 900": "Brenmoor Courier", "30": "Police", "45": ""}
	for _, c := range a.Claims {
		w, ok := want[c.Text]
		if !ok {
			continue
		}
		delete(want, c.Text)
		if c.Source.Name != w {
			t.Errorf("%q: source %q, want %q", c.Text, c.Source.Name, w)
		}
		if (c.Text == "30" || c.Text == "45") && c.Status != Disputed {
			t.Errorf("%q: status %q, want disputed (the outlet's own count against the police's)", c.Text, c.Status)
		}
	}
	for text := range want {
		t.Errorf("no claim %q", text)
	}
}
