// Package compare lines the same fact up across articles and gives each
// fact a verdict: agree, discrepancy or single.
//
// # Contract
//
// Compare takes the extracted articles (package extract) and returns a
// Report: the articles with their independent origin, copies of every claim
// in input order (source names made canonical), and the groups. Every claim
// is in exactly one group; a group is one fact. The report depends only on
// the articles and their order: the same input gives byte-identical output,
// whatever Config.Workers is, and reordering the articles renumbers the
// groups but does not change them. Compare reads its input and never
// changes it. A Report round-trips through encoding/json; Diff compares two
// reports (a baseline and a new run).
//
// # Alignment
//
// Two claims are the same fact when they count or measure the same thing in
// the same event and time frame. Claims are first split into blocks: counts
// by the [subject] class of what they count ("troops", "soldiers",
// "servicemen" and "occupiers" are one class), measures and durations by
// their unit's dimension (kilometres and metres are one). Only claims of one
// block are ever compared, so the work grows with the blocks, not with the
// square of the corpus; in a large block a claim is compared only with
// claims that share one of its six rarest context words or the same
// distinctive figure.
//
// A verb can refine the class: the lexicon's "CLASS PREDICATE-CLASS = CLASS"
// entries say that soldiers who were killed are losses and people who were
// killed are deaths, so "one person was killed" lines up with "one death"
// and "hundreds of servicemen killed" with "the losses were in the
// hundreds". A count with no noun ("hundreds were killed") takes the class
// the corpus most often counts with its verb; else a participle that names
// what is counted ("30 wounded"; "17 missing" counts people); else the one
// counted thing its sentence names ("put the death toll at 19").
//
// Within a block, a pair of claims is ruled out when
//
//   - their verbs both have [predicate] classes and share none ("sent"
//     and "withdraw"; a copula, an unknown verb or none rules nothing out);
//   - both name the origin of what they count with capitalised modifiers
//     and the sets differ: "North Korean" against "Russian", and also
//     against "Russian and North Korean" (a part is not the whole);
//   - both name months or seasons and they share no month ("October" is in
//     "fall"; "February" is not);
//   - they are two figures of one sentence and neither restates the other
//     ("a significant number ... hundreds" and "60 km (37 miles)" are one
//     fact each; "500,000 people ... more than 200,000 displaced" are two);
//   - one is a change of a percentage ("rose 5%") and the other its level.
//
// Otherwise the pair gets a score: the IDF-weighted cosine of the content
// words of the two sentences (the block's own noun and unit words left
// out), plus
// corroborating evidence: the verbs share a class, the same noun, the same
// proper modifiers, a shared month, weekday or source, one source's vague
// words for one class, and the figures: the same non-round figure (139 and
// 139) counts most, the same round one (60,000) less, agreeing figures a
// little. Corroboration scales with the cosine up to 0.1, so labels alone
// never join claims whose sentences share no telling word: the value never
// groups claims by itself, since differing values are what a discrepancy
// is. Against a pair count figures that disagree, figures far apart in
// unlike sentences, different weekdays, differing figures in two articles
// of one origin (a rewrite copies its figures), a measure of two things
// named differently ("deal" and "agreement" may be one, "road" and
// "bridge" are not: the words decide) and a change against a level of a
// count ("fell by 2,000 jobs", "6,000 jobs were lost"). Two figures that
// the article itself marks disputed, from two sources, count for.
//
// Groups form by average-linkage agglomeration within each block: the two
// groups with the highest average pair score (pairs never scored count 0)
// merge, while that average reaches Config.Threshold (DefaultThreshold,
// 0.18) and no pair between them is ruled out. Ties go to the groups whose
// first claims come first.
//
// # Verdicts
//
// A group of one claim is single. A larger group agrees when every two of
// its figures are compatible (see [fact.Compatible], the rule extraction
// also marks in-article disputes by), and is a discrepancy otherwise. A
// figure's headline is what it states: an exact figure itself, a range its
// two ends, a bound its bound. A lower bound also agrees with the figures
// above it; an upper bound does not ("up to" states its bound).
//
//	139 drones           | 139 drones               agree: equal
//	about 10,000-12,000  | up to 12,000             agree: the same headline figure
//	10,000 to 12,000     | 11,000                   agree: inside the stated range
//	thousands            | about 8,000              agree: 2,000..9,999 holds 8,000
//	several weeks        | three weeks              agree
//	hundreds             | a significant number     agree: both vague
//	about 8,000          | 7,600                    agree: a hedged figure covers what rounds to it
//	more than 300 tonnes | 320 tonnes               agree: a floor holds the figures above it
//	60 km                | 37 miles                 agree: converted, as exact as written
//	2.5 kilometers       | up to five kilometers    discrepancy: a bound's headline is its bound
//	18 dead              | at least 19              discrepancy
//	107,000              | 275,000-325,000          discrepancy
//
// # Support
//
// Group.Articles counts the articles that report a fact, Group.Origins the
// independent origins among them, Group.Sources the canonical names of the
// sources the articles attribute it to: "3 articles, 2 origins, 1 source".
// Two articles share an origin when their text is a near-duplicate (word
// shingles) or they state the same figures in the same order (see
// origin.go); origins are numbered by the first article path of each.
// Person names are made canonical across articles: spelling variants and
// transliterations, a surname alone after the full name, resolve to the
// most frequent full form (see sources.go).
//
// # Order
//
// Groups are ordered discrepancies first, then facts with a claim its
// article flags (any status other than reported), then agreements, then
// single claims; within that by their first claim. Group ids are "g1",
// "g2", ... in that order.
package compare
