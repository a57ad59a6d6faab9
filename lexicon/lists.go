package lexicon

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Spec describes one list: what it is for and what its values look like.
type Spec struct {
	Doc        string
	NeedsValue bool
	MayValue   bool   // a value is allowed but not needed
	Value      string // what the value is, for messages
	Check      func(value string) error
	// Lookup marks a list read only by Lookup, Match, Contains and
	// Entries: it takes no bit of a Set, of which there are 64.
	Lookup bool
}

// Lists is the set of list names a lexicon file may use. It is read-only.
var Lists = map[string]Spec{
	// numbers
	"cardinal":      {Doc: "number words", NeedsValue: true, Value: "a number", Check: isNumber},
	"multiplier":    {Doc: "scale words after a number: hundred, million", NeedsValue: true, Value: "a number", Check: isNumber},
	"suffix":        {Doc: "scale suffixes glued to digits: 3.2bn, 5k", NeedsValue: true, Value: "a number", Check: isNumber, Lookup: true},
	"fraction":      {Doc: "fraction words: half, quarter", NeedsValue: true, Value: "a number", Check: isNumber},
	"vague":         {Doc: "vague quantities and the interval they stand for", NeedsValue: true, Value: "LOW..HIGH (either may be empty)", Check: isInterval},
	"bound":         {Doc: "hedges and bounds before a number", NeedsValue: true, Value: "approx, min or max", Check: oneOf("approx", "min", "max")},
	"range":         {Doc: "words joining the two ends of a range", NeedsValue: false},
	"not-after":     {Doc: "words that, right after a number, make it no claim (ago, percentile)", NeedsValue: false},
	"one-not-count": {Doc: "words after a bare one that make it an idiom, not a count: one reason, one way", NeedsValue: false, Lookup: true},
	"up-verb":       {Doc: "verbs whose up is a particle before to and a figure: goes up to 56p is the new level, not a bound; object: unless to and an object follow the figure (add up to 25 minutes to commutes); apart: also a few words before its up (revised its figure up to 1.3 million)", MayValue: true, Value: "object, apart, or none", Check: oneOf("object", "apart", ""), Lookup: true},
	"over-bound":    {Doc: "words right before over and a duration that make over a bound, not the period: waited over 12 hours, for over a year", NeedsValue: false, Lookup: true},
	"ordinal":       {Doc: "fraction words that are also ordinals: third, fifth", NeedsValue: false, Lookup: true},
	"ordinal-after": {Doc: "words after an ordinal fraction word that make it the ordinal: a third month, a fifth straight day", NeedsValue: false, Lookup: true},
	"one-idiom":     {Doc: "words that, glued to one by a hyphen, make an idiom, not a count: one-off, one-sided", NeedsValue: false},
	"not-before":    {Doc: "words that, right before a number, make it no claim (page, no., chapter)", NeedsValue: false},
	// units
	"unit":          {Doc: "unit words after a number", NeedsValue: true, Value: "CANONICAL KIND (kind: measure, percent, duration, money)", Check: isUnit},
	"unit-before":   {Doc: "units written before the number: magnitude 6.8", NeedsValue: true, Value: "CANONICAL KIND (kind: measure, percent, duration, money)", Check: isUnit, Lookup: true},
	"allot":         {Doc: "verbs that put money to a purpose, named after for, on or to: set aside €16 million for compensation", Lookup: true},
	"money-verb":    {Doc: "verbs whose object in money is one thing: cost = cost, fined = fine", NeedsValue: true, Value: "the subject of money after the verb", Lookup: true},
	"unit-subject":  {Doc: "units that measure one thing only, and that thing: degC = temperature", NeedsValue: true, Value: "the subject of a figure in that unit", Lookup: true},
	"currency":      {Doc: "currency symbols and codes before a number, and names after it", NeedsValue: true, Value: "an ISO code", Check: isCode},
	"currency-code": {Doc: "ISO 4217 codes read only in capitals before a figure with a scale, decimals or thousands: ZMW 200m", NeedsValue: true, Value: "an ISO code", Check: isCode, Lookup: true},
	"currency-abbr": {Doc: "abbreviations of a currency written before a number, with or without a full stop: Rs 5 lakh, Rs. 50,000", NeedsValue: true, Value: "an ISO code", Check: isCode},
	"abbrev":        {Doc: "abbreviations a full stop does not end a sentence after: approx. 5,000", NeedsValue: false, Lookup: true},
	// dates and times
	"month":         {Doc: "month names and abbreviations", NeedsValue: true, Value: "1..12", Check: isNumber},
	"weekday":       {Doc: "day names", NeedsValue: false},
	"day-part":      {Doc: "parts of a day: morning, evening, overnight", NeedsValue: false},
	"clock":         {Doc: "words after a number that make it a clock time", NeedsValue: false, Lookup: true},
	"season":        {Doc: "seasons and their months", NeedsValue: true, Value: "month numbers, comma separated", Check: isMonths},
	"relative-time": {Doc: "words of relative time that end a phrase but never name anyone: last week", NeedsValue: false},
	// syntax
	"change":      {Doc: "words before a figure that make it a change: rose 5%, up 5%", NeedsValue: true, Value: "up or down", Check: oneOf("up", "down")},
	"comparative": {Doc: "comparatives right after a percentage that make it a change: closed 4.8% lower", NeedsValue: true, Value: "up or down", Check: oneOf("up", "down"), Lookup: true},
	"issuing":     {Doc: "verbs that put out a document: issued a statement claiming that ... is the issuer's claim", NeedsValue: false},
	"change-verb": {Doc: "verbs that move a figure from one level to another: raised its rate from 5.5% to 6.25% gives two figures", NeedsValue: false},
	"change-noun": {Doc: "nouns after a figure that make it a change: a 5% rise, a 12% pay increase", NeedsValue: true, Value: "up or down", Check: oneOf("up", "down")},
	"nominal":     {Doc: "participles that name people when counted: 10 wounded", NeedsValue: false},
	"aux":         {Doc: "auxiliary verbs skipped when looking for a predicate", NeedsValue: false},
	"saying":      {Doc: "verbs of saying that attribute a claim", NeedsValue: false},
	"citing":      {Doc: "phrases before a source: according to, citing", NeedsValue: false},
	"title":       {Doc: "titles and roles dropped from a source name", NeedsValue: false},
	"pronoun":     {Doc: "pronouns that refer back to a source", NeedsValue: true, Value: "person or group", Check: oneOf("person", "group")},
	"actor":       {Doc: "people or groups who act: a distance or time after their verb measures the act (troops advanced 2.5 km: an advance)", NeedsValue: false},
	"level":       {Doc: "nouns that give a level of the thing counted: down from an average of 36 counts what the figure before counts", NeedsValue: false},
	"person":      {Doc: "one person, as a noun: a boy of 12 gives an age, not a count", NeedsValue: false},
	"motion":      {Doc: "verbs of movement (as nominalize folds them): a distance after them and from says how far something moved, not where it is", NeedsValue: false},
	"verb-base":   {Doc: "irregular past forms of verbs and their base, which names the act: flew = fly, fell = fall", NeedsValue: true, Value: "the base form", Lookup: true},
	"telling":     {Doc: "nouns for a figure or a telling of it, beside [container] and [document]: a passive flag whose clause names one is about the article's figures (the toll could not be verified), not the identity of the gunman could not be confirmed", NeedsValue: false},
	"generic":     {Doc: "nouns that can head a source: officials, ministry", NeedsValue: false},
	"recording":   {Doc: "verbs of saying that record a figure: a source only of the figure that is their object (the ministry counted 610 minors), not of a clause they stand in", NeedsValue: false},
	"not-agent":   {Doc: "words that make a phrase after by no agent of a passive estimate: by the time, by Christmas, by Microsoft standards", NeedsValue: false},
	"org-noun":    {Doc: "nouns that describe an organisation in apposition, to which the noun alone later points back: Marquee Analytics, a data firm, ... the firm said", NeedsValue: false},
	"document":    {Doc: "documents whose issuer is the source: a statement from X, a report by X", NeedsValue: false},
	"numbered":    {Doc: "nouns a number after them names, not counts: piste 15, gate 12, runway 27", Lookup: true},
	"not-purpose": {Doc: "nouns of fixed phrases after to or on that name no purpose of spending: to date, on top of", Lookup: true},
	"opener":      {Doc: "words that open a clause and never a name: If OceanLens is right", Lookup: true},
	"rank":        {Doc: "words that put a number on a scale: level 4, category 3", Lookup: true},
	"size":        {Doc: "adjectives of size or age after a measure: 32 metres high, 54 years old", Lookup: true},
	"standing":    {Doc: "words after a figure that make it a standing, not an estimate: put the team 7 points clear", Lookup: true},
	"not-head":    {Doc: "words after a figure that say where or when, never what it counts: took in $179.6 million worldwide, 140 km/h moments before impact", Lookup: true},
	"having":      {Doc: "verbs and prepositions of having before at least one, which then picks out those counted: schools that had at least one post empty", Lookup: true},
	"act-noun":    {Doc: "verbs (base form) whose act a time after for names, when no common noun is its subject: the airport was closed for seven hours is a closure", NeedsValue: true, Value: "the noun of the act", Lookup: true},
	"giving":      {Doc: "verbs of giving a figure: the rescue service has given a figure of 14 is the service's", Lookup: true},
	"unchanged":   {Doc: "words of a forecast kept where it was: kept its forecast unchanged at $82", Lookup: true},
	"keep":        {Doc: "verbs that keep a forecast or estimate where it was: kept its forecast unchanged at $82", Lookup: true},
	"inverting":   {Doc: "verbs of saying that may come before their subject after a comma: ..., said Amina Ferrat, the group's director", Lookup: true},
	"linking":     {Doc: "verbs that link their subject to a state, as be does: remained closed for three days is the subject's state", Lookup: true},
	"stay":        {Doc: "nouns of a place or state where time is spent: 12 years in prison, 16 months in office", Lookup: true},
	"stopword":    {Doc: "words that say nothing about which fact a claim is", NeedsValue: false},
	"direction":   {Doc: "compass directions, which place a distance (14 km south-west of X) and are never what it measures", NeedsValue: false},
	"part":        {Doc: "words that take a part of a whole after of the: most of the 300 workers", NeedsValue: false},
	"part-of":     {Doc: "words after of that stand for a figure just given: of those, 1,284; of whom 37", NeedsValue: false},
	"period":      {Doc: "nouns of a period of time: in the quarter says when, not what", NeedsValue: false},
	"earlier":     {Doc: "phrases after a figure that set it in an earlier period: a year earlier", NeedsValue: false, Lookup: true},
	"not-counted": {Doc: "words glued by a hyphen to a count that make it a modifier, not a count of them: 400-odd, 5,000-strong", NeedsValue: false},
	"container":   {Doc: "nouns that count what follows them with of: the number of homes counts homes", NeedsValue: false},
	"dimension":   {Doc: "nouns of a label that measure what follows them with of: Length of main runway: 2,750 m measures the runway", NeedsValue: false},
	"background":  {Doc: "conjunctions that, after a comma, open a clause of background that does not go on with what was said: prices rose 8%, the office said, as wages fell", NeedsValue: false},
	"contrast":    {Doc: "conjunctions that set one clause against another: while, although", NeedsValue: false},
	// verification
	"unverified": {Doc: "phrases by which the article flags a claim as unverified", NeedsValue: false},
	"disputing":  {Doc: "verbs by which a party in the article sets its figure against another: disputes, challenged", NeedsValue: false},
	"counter":    {Doc: "phrases that set a figure against another as its correction: the real number is closer to 5,500", NeedsValue: false},
	"denied":     {Doc: "phrases by which a party denies a claim", NeedsValue: false},
	"refer-back": {Doc: "phrases that point a marker at the claims before it: these claims, the report; a value limits them to facts of those predicate classes (the death toll = kill)", MayValue: true, Value: "class names, comma separated", Lookup: true},
	// page furniture
	"timestamp":    {Doc: "words that open a page's timestamp line when a date follows: Published Jan. 20, 2026 | Updated 2:14 p.m.", NeedsValue: false, Lookup: true},
	"furniture":    {Doc: "lines of page furniture (a line that starts with one is not article text)", NeedsValue: false, Lookup: true},
	"tail":         {Doc: "lines after which nothing is article text", NeedsValue: false, Lookup: true},
	"credit":       {Doc: "phrases of image captions and credits", NeedsValue: false},
	"notice":       {Doc: "phrases of cookie and privacy notices (a line that holds one is not article text)", NeedsValue: false},
	"bio":          {Doc: "phrases of author biographies", NeedsValue: false},
	"advert":       {Doc: "lines that mark an advertisement: the line right under one is not article text, unless it has a verb of saying", NeedsValue: false, Lookup: true},
	"summary":      {Doc: "headings that open a list of the article's own points (Key points)", NeedsValue: false, Lookup: true},
	"outlet-tag":   {Doc: "front matter keys that name the outlet", NeedsValue: false, Lookup: true},
	"table-source": {Doc: "labels of the line under a table that names its source: Source: X", NeedsValue: false, Lookup: true},
	"table-change": {Doc: "last words of a table column's heading that make it the change of the column before it: Annual change", NeedsValue: false},
	"table-value":  {Doc: "head nouns of a table column's heading that names a value, not a counted thing: Figure, Now", NeedsValue: false},
	"table-date":   {Doc: "first words of a table column's heading that make it a column of dates, whose figures are no claims: Year, Date, Built", NeedsValue: false, Lookup: true},
	// sources and alignment
	"source":    {Doc: "source aliases and the canonical name they stand for", NeedsValue: true, Value: "the canonical name", Lookup: true},
	"subject":   {Doc: "counted things and the class they align by", NeedsValue: true, Value: "a class name", Lookup: true},
	"predicate": {Doc: "verbs and the classes of facts they may report", NeedsValue: true, Value: "class names, comma separated", Lookup: true},
}

// ListNames returns the known list names, sorted.
func ListNames() []string {
	var names []string
	for n := range Lists {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func isNumber(v string) error {
	if _, err := strconv.ParseFloat(v, 64); err != nil {
		return fmt.Errorf("value %q is not a number", v)
	}
	return nil
}

// ParseInterval reads "LOW..HIGH" where either end may be empty.
func ParseInterval(v string) (low, high *float64, err error) {
	a, b, ok := strings.Cut(v, "..")
	if !ok {
		return nil, nil, fmt.Errorf("value %q is not LOW..HIGH", v)
	}
	parse := func(s string) (*float64, error) {
		s = strings.TrimSpace(s)
		if s == "" {
			return nil, nil
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a number", s)
		}
		return &f, nil
	}
	if low, err = parse(a); err != nil {
		return nil, nil, err
	}
	if high, err = parse(b); err != nil {
		return nil, nil, err
	}
	if low != nil && high != nil && *low > *high {
		return nil, nil, fmt.Errorf("interval %q runs backwards", v)
	}
	return low, high, nil
}

func isInterval(v string) error { _, _, err := ParseInterval(v); return err }

// UnitKinds are the kinds a [unit] entry may name.
var UnitKinds = []string{"measure", "percent", "duration", "money"}

// ParseUnit reads a [unit] value "CANONICAL KIND".
func ParseUnit(v string) (canonical, kind string, err error) {
	f := strings.Fields(v)
	if len(f) != 2 {
		return "", "", fmt.Errorf("value %q is not CANONICAL KIND", v)
	}
	for _, k := range UnitKinds {
		if f[1] == k {
			return f[0], f[1], nil
		}
	}
	return "", "", fmt.Errorf("kind %q is not one of %s", f[1], strings.Join(UnitKinds, ", "))
}

func isUnit(v string) error { _, _, err := ParseUnit(v); return err }

func isCode(v string) error {
	if len(v) != 3 || strings.ToUpper(v) != v {
		return fmt.Errorf("value %q is not a three-letter currency code", v)
	}
	return nil
}

func isMonths(v string) error {
	for _, m := range strings.Split(v, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(m))
		if err != nil || n < 1 || n > 12 {
			return fmt.Errorf("%q is not a month number", m)
		}
	}
	return nil
}

func oneOf(allowed ...string) func(string) error {
	return func(v string) error {
		for _, a := range allowed {
			if v == a {
				return nil
			}
		}
		return fmt.Errorf("value %q is not one of %s", v, strings.Join(allowed, ", "))
	}
}
