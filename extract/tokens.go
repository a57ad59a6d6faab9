package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/claims-tool/claims/extract/internal/tagger"
	"github.com/jdkato/prose/v3/tokenize"
)

// words tokenizes text as prose's tokenizer does, with the same tokens and
// offsets (TestWordsSameAsProse, FuzzWordsSameAsProse).
//
// prose splits text at whitespace and then breaks each span on its own:
// prefixes, contractions, suffixes and special spans ("U.S.", "Mr.",
// emoticons), with a regular expression tried at every step. A span of
// ASCII letters and digits has none of those (the emoticons made of
// letters stay whole either way), and most words of an article are such a
// span, alone or between brackets, quotes and punctuation: appendSpan
// splits those directly. Every other span goes through splitSpan, prose's
// steps without the regular expression.
func words(text string) []tokenize.Token {
	out := make([]tokenize.Token, 0, len(text)/5+2)
	for i := 0; i < len(text); {
		r, n := decode(text, i)
		if isSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := decode(text, j)
			if isSpace(r) {
				break
			}
			j += n
		}
		out = appendSpan(out, text[i:j], i)
		i = j
	}
	return out
}

// decode is utf8.DecodeRuneInString(s[i:]), quicker for ASCII.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// appendSpan appends the tokens of one whitespace-free span at offset base.
// A span of ASCII opening marks, letters and digits, and closing marks
// ("(139", "drones,", "Mr.", "said.\"") is split here as prose splits it:
// opening marks one by one, the word, closing marks one by one, except that
// a title abbreviation keeps its full stop ("Mr." is prose's special case
// `^[A-Z][a-z]{1,2}\.$`). Every other span is prose's.
func appendSpan(out []tokenize.Token, span string, base int) []tokenize.Token {
	i := 0
	for i < len(span) && strings.IndexByte(openers, span[i]) >= 0 {
		i++
	}
	k := i
	for k < len(span) && isAlnum(span[k]) {
		k++
	}
	end := k
	for end < len(span) && strings.IndexByte(closers, span[end]) >= 0 {
		end++
	}
	if i == 0 && k > 0 && k == len(span) {
		return append(out, tokenize.Token{Text: span, Start: base}) // a plain word
	}
	if k == i || end < len(span) || hasEmoticon(span, i, k) {
		return splitSpan(out, span, base)
	}
	for j := range i {
		out = append(out, tokenize.Token{Text: span[j : j+1], Start: base + j})
	}
	// peel closing marks from the end, as prose does, until the rest is the
	// word or a title abbreviation
	cut := len(span)
	for cut > k && !(cut == k+1 && span[k] == '.' && isTitleAbbrev(span[i:k])) {
		cut--
	}
	out = append(out, tokenize.Token{Text: span[i:cut], Start: base + i})
	for j := cut; j < len(span); j++ {
		out = append(out, tokenize.Token{Text: span[j : j+1], Start: base + j})
	}
	return out
}

// splitSpan is prose's Tokenizer.split (tokenize.go) for one span without
// white space: at each step a special span (an emoticon, "U.S.", "Mr.") is
// kept whole, else a prefix is split off the front, else the text before
// the first contraction ("they" of "they'll"), else a suffix off the end.
// prose tries its regular expression for special spans at every step; the
// two patterns are read here by hand.
func splitSpan(out []tokenize.Token, span string, base int) []tokenize.Token {
	var sufArr [8]tokenize.Token
	suffixes := sufArr[:0]
	for span != "" {
		if tagger.IsEmoticon(span) || isInitialism(span) || isTitleAbbrevDot(span) {
			out = append(out, tokenize.Token{Text: span, Start: base})
			break
		}
		if p := matchPrefix(span); p > 0 {
			out = append(out, tokenize.Token{Text: span[:p], Start: base})
			span, base = span[p:], base+p
			continue
		}
		if i := indexContraction(span); i > 0 {
			out = append(out, tokenize.Token{Text: span[:i], Start: base})
			span, base = span[i:], base+i
			continue
		}
		if n := matchSuffix(span); n > 0 {
			cut := len(span) - n
			suffixes = append(suffixes, tokenize.Token{Text: span[cut:], Start: base + cut})
			span = span[:cut]
			continue
		}
		out = append(out, tokenize.Token{Text: span, Start: base})
		break
	}
	for i := len(suffixes) - 1; i >= 0; i-- {
		out = append(out, suffixes[i])
	}
	return out
}

// prose's prefixes, suffixes and contractions (tokenize.defaultPrefixes,
// defaultSuffixes, defaultContractions), in its order.
var (
	prosePrefixes     = [...]string{"$", "(", `"`, "[", "\u201c", "\u2018"}
	proseSuffixes     = [...]string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'", "\u201d", "\u2019"}
	proseContractions = [...]string{"'ll", "'s", "'re", "'m", "n't", "\u2019ll", "\u2019s", "\u2019re", "\u2019m", "n\u2019t"}
)

func matchPrefix(s string) int {
	for _, p := range prosePrefixes {
		if len(s) > len(p) && strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	return 0
}

func matchSuffix(s string) int {
	for _, x := range proseSuffixes {
		if len(s) > len(x) && strings.HasSuffix(s, x) {
			return len(x)
		}
	}
	return 0
}

// indexContraction is prose's indexAnyCase: of the contractions whose
// first place in s (ASCII case folded) is after its first byte, the
// earliest place; or -1. A contraction found at 0 is passed over, even if
// it comes again later, as prose does.
func indexContraction(s string) int {
	best := -1
	for _, c := range proseContractions {
		for i := 0; i+len(c) <= len(s); i++ {
			if equalFoldASCII(s[i:i+len(c)], c) {
				if i > 0 && (best < 0 || i < best) {
					best = i
				}
				break
			}
		}
	}
	return best
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		ca, cb := a[i], b[i]
		if 'A' <= ca && ca <= 'Z' {
			ca += 'a' - 'A'
		}
		if 'A' <= cb && cb <= 'Z' {
			cb += 'a' - 'A'
		}
		if ca != cb {
			return false
		}
	}
	return true
}

// isInitialism matches ^(?:[A-Za-z]\.){2,}$: "U.S.", "a.m.".
func isInitialism(s string) bool {
	if len(s) < 4 || len(s)%2 != 0 {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' || s[i+1] != '.' {
			return false
		}
	}
	return true
}

// isTitleAbbrevDot matches ^[A-Z][a-z]{1,2}\.$: "Mr.", "Mrs.".
func isTitleAbbrevDot(s string) bool {
	return len(s) >= 3 && s[len(s)-1] == '.' && isTitleAbbrev(s[:len(s)-1])
}

// hasEmoticon reports whether prose would find an emoticon, which it keeps
// whole, at any step of splitting span (opening marks span[:i], word
// span[i:k]): "(o:" is one.
func hasEmoticon(span string, i, k int) bool {
	for j := 0; j <= i; j++ {
		if tagger.IsEmoticon(span[j:]) {
			return true
		}
	}
	for cut := len(span) - 1; cut > k; cut-- {
		if tagger.IsEmoticon(span[i:cut]) {
			return true
		}
	}
	return false
}

// prose's ASCII prefixes and suffixes (tokenize.defaultPrefixes and
// defaultSuffixes).
const (
	openers = `$("[`
	closers = `,)"]!;.?:'`
)

// isTitleAbbrev reports whether w matches [A-Z][a-z]{1,2}.
func isTitleAbbrev(w string) bool {
	if len(w) < 2 || len(w) > 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
