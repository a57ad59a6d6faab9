package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/claims-tool/claims/extract/internal/tagger"
	"github.com/jdkato/prose/v3/tokenize"
)

// words tokenizes text as prose's tokenizer does, with the same tokens and
// offsets (TestWordsSameAsProse, FuzzWordsSameAsProse), but without asking
// prose about the spans whose split is plain: a word and its punctuation.
//
// prose splits text at whitespace and then breaks each span on its own:
// prefixes, contractions, suffixes and special spans ("U.S.", "Mr.",
// emoticons), with a regular expression tried at every step. A span of
// ASCII letters and digits has none of those (the emoticons made of
// letters stay whole either way), and most words of an article are such a
// span, alone or between brackets, quotes and punctuation.
func words(tok *tokenize.Tokenizer, text string) []tokenize.Token {
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
		out = appendSpan(tok, out, text[i:j], i)
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
func appendSpan(tok *tokenize.Tokenizer, out []tokenize.Token, span string, base int) []tokenize.Token {
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
		for _, t := range tok.Tokenize(span) {
			t.Start += base
			out = append(out, t)
		}
		return out
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
