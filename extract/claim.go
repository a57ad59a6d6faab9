package extract

import (
	"sort"
	"strings"

	"github.com/claims-tool/claims/extract/clean"
	"github.com/claims-tool/claims/extract/fact"
)

// Span is a half-open range of byte offsets into the original file.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Value is the numeric interval a quantity stands for (see package fact).
type Value = fact.Value

// Source is who the article attributes a claim to.
type Source struct {
	// Name is the canonical name, "" when the article states the figure in
	// its own voice.
	Name string `json:"name"`
	// Cue is the verb or phrase that attributes: "said", "according to".
	Cue string `json:"cue"`
	// AsWritten is the mention in this article: "Rostov regional Gov. Yuri Slyusar".
	AsWritten string `json:"as_written"`
	// Span is where AsWritten is; zero when there is no mention (a pronoun
	// resolves to the mention it refers to).
	Span *Span `json:"span,omitempty"`
}

// Marker is a phrase of the article that sets a claim's status.
type Marker struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// Statuses of a claim.
const (
	Reported   = "reported"
	Unverified = "unverified"
	Denied     = "denied"
	Disputed   = "disputed"
)

// Claim is one attributed quantitative claim: the quantity span plus the
// spans related to it.
type Claim struct {
	ID      string `json:"id"`
	Article string `json:"article"`
	// Span is the quantity as written; Text is the file's bytes there,
	// or, when the article was decoded (a web page, UTF-16), the decoded
	// text of those bytes.
	Span Span   `json:"span"`
	Text string `json:"text"`
	// Sentence is the sentence that holds the claim, as it reads after
	// cleaning (markup removed, white space folded).
	Sentence     string `json:"sentence"`
	SentenceSpan Span   `json:"sentence_span"`
	Value        Value  `json:"value"`
	Unit         string `json:"unit"`
	Kind         string `json:"kind"`
	// Subject is the head noun of what is counted or measured.
	Subject string `json:"subject"`
	// Predicate is the verb the quantity belongs to.
	Predicate string `json:"predicate"`
	// Change is "up" or "down" when the figure is a change.
	Change  string   `json:"change"`
	Source  Source   `json:"source"`
	Status  string   `json:"status"`
	Markers []Marker `json:"markers"`
	// Qualifiers are the words that say which fact this is: modifiers of
	// the counted thing ("north korean"), time and place words of the
	// sentence. Used to line claims up across articles.
	Qualifiers []string `json:"qualifiers,omitempty"`
	// Context is the content words of the sentence, folded.
	Context []string `json:"-"`

	at   Span // the quantity in the text claims are read from
	para int  // the index of its paragraph
	// compound is set for a count glued to its noun as a modifier ("the
	// 151-member assembly"): no later figure elides that noun
	compound bool
	// whole is set for the whole a part is taken from ("850 of the
	// 3,200 jobs there would go"): what the sentence says happens to
	// the part, not to it
	whole bool
	// part is set for a figure taken from one just given ("of whom 37"):
	// it is a part, no other count of the same thing.
	part bool
	// anaphor is set for a figure of "the number", "the figure": its
	// subject is the figure's before it
	anaphor bool
	// elided is set for a bare figure that borrows the noun of the figure
	// before it in its sentence and ends its clause ("..., while aid
	// groups said 9,000."): a rival figure for the same thing
	elided bool
	// counter is set for a figure its sentence tells as the correction of
	// another ([counter]: "the real number is closer to 5,500")
	counter bool
	// row is the label of a table row whose figures' subject it gives
	// ("city contribution"), folded; "" elsewhere
	row string
	// actor is, for a sum a [money-verb] names ("Japan pledged $500m"),
	// the verb's subject in lower case ("japan"), or ""
	actor string
	// voice is the article's own outlet when a cue names it ("by the
	// Review's count"): no source, but a party to a dispute
	voice string
}

// speaker is who tells the claim, for disputes: its source, or the
// outlet that speaks in the article's own voice.
func (c *Claim) speaker() string {
	if c.Source.Name != "" {
		return c.Source.Name
	}
	return c.voice
}

// Article is one input file and what was found in it.
type Article struct {
	Path   string `json:"path"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Outlet string `json:"outlet"`
	URL    string `json:"url"`
	// Size is the file's length in bytes.
	Size   int     `json:"size"`
	Claims []Claim `json:"-"`
	// Problems are defects of the input that did not stop extraction.
	Problems []Problem `json:"-"`

	lines []int // offsets of line starts, for Position
	src   string
	// text is what claims are read from: the cleaned file, or the decoded
	// text of an HTML or UTF-16 file, whose offsets map to the file's
	// through offsets.
	text    string
	offsets *clean.OffsetMap
}

// listItem reports whether the sentence opens an item of a list in the
// file (clean.ListItem of its line).
func (a *Article) listItem(st *sentence) bool {
	off := a.fileSpan(st.span).Start
	if off > len(a.src) {
		return false
	}
	return clean.ListItem(a.src[strings.LastIndexByte(a.src[:off], '\n')+1:])
}

// fileSpan turns a span of the text claims are read from into a span of the
// file.
func (a *Article) fileSpan(s Span) Span {
	if a.offsets == nil {
		return s
	}
	return Span{a.offsets.File(s.Start), a.offsets.File(s.End)}
}

// Problem is something wrong with an input, at a byte offset (-1 when it is
// about the whole file).
type Problem struct {
	Offset int
	Msg    string
}

// Position turns a byte offset into a 1-based line and a 1-based column
// counted in bytes.
func (a *Article) Position(off int) (line, col int) {
	i := sort.SearchInts(a.lines, off+1) - 1
	if i < 0 {
		return 1, off + 1
	}
	return i + 1, off - a.lines[i] + 1
}

// Decoded reports whether claims were read from text decoded from the
// file (a web page, UTF-16, Windows-1252) rather than from its bytes.
func (a *Article) Decoded() bool { return a.offsets != nil }

// Source returns the file's text as read.
func (a *Article) Source() string { return a.src }

// Release drops the article's text and line index; Position and Source no
// longer work afterwards. Long runs call it once the claims are printed.
func (a *Article) Release() { a.src, a.text, a.lines, a.offsets = "", "", nil, nil }

func lineStarts(s string) []int {
	starts := []int{0}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}
