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
// whatever Config.Workers is. Compare reads its input and never changes it.
//
// # Alignment
//
// Two claims are the same fact when they count or measure the same thing in
// the same event and time frame. Claims are first split into blocks: counts
// by the [subject] class of what they count ("troops", "soldiers" and
// "servicemen" are one class), measures and durations by their unit's
// dimension (kilometres and metres are one). Only claims of one block are
// compared, so the work grows with the blocks, not with the square of the
// corpus; a large block compares only claims that share a rare context word
// or a distinctive figure.
//
// A verb can refine the class: the lexicon's "CLASS PREDICATE-CLASS = CLASS"
// entries say that soldiers who were killed are losses and people who were
// killed are deaths, so "one person was killed" lines up with "one death".
//
// Within a block, a pair of claims is ruled out when
//
//   - their verbs both have [predicate] classes and share none ("sent"
//     and "withdraw"; a copula or an unknown verb rules nothing out);
//   - both name the origin of what they count with capitalised modifiers
//     and the sets differ ("North Korean" against "Russian", or against
//     "Russian and North Korean");
//   - both name months or seasons and they share no month ("October" is in
//     "fall"; "February" is not);
//   - they are two figures of one sentence that do not agree (a sentence
//     that restates a figure, "a significant number ... hundreds", is one
//     fact);
//   - one is a change ("up 5%") and the other is not.
//
// Otherwise the pair gets a score: the IDF-weighted cosine of the words of
// their sentences, plus evidence: the verbs share a class, the same noun,
// the same proper modifiers, a shared month, weekday or source, and the
// figures. The value never groups claims by itself, since differing values
// are what a discrepancy is; but the same non-round figure (139 and 139) is
// strong evidence, the same round figure weaker, and figures far apart in
// unlike sentences count against.
//
// Groups form by average-linkage agglomeration within each block: the two
// groups with the highest average pair score merge, while that average
// reaches Config.Threshold and no pair between them is ruled out. Ties go to
// the groups whose first claims come first.
//
// # Verdicts
//
// A group of one claim is single. A larger group agrees when every two of
// its figures are compatible (see Compatible), and is a discrepancy
// otherwise:
//
//	139 drones          | 139 drones               agree: equal
//	about 10,000-12,000 | up to 12,000             agree: the same headline figure
//	thousands           | about 8,000              agree: 2,000..9,999 holds 8,000
//	several weeks       | three weeks              agree
//	hundreds            | a significant number     agree: both vague
//	2.5 kilometers      | up to five kilometers    discrepancy: a bound's headline is its bound
//	18 dead             | at least 19              discrepancy
//	107,000             | 275,000-325,000          discrepancy
//
// # Support
//
// Group.Articles counts the articles that report a fact, Group.Origins the
// independent origins among them (a wire story and its rewrites are one
// origin; see origin.go for the rule), Group.Sources the canonical names
// of the sources the articles attribute it to: "3 articles, 2 origins, 1
// source". Person names are made canonical across articles (spelling
// variants and transliterations, a surname alone after the full name; see
// sources.go).
//
// # Order
//
// Groups are ordered discrepancies first, then facts with an unverified
// claim (any status other than reported), then agreements, then single
// claims; within that by their first claim. Group ids are "g1", "g2", ... in
// that order.
package compare
