package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tokenize"
)

// words tokenizes text as prose's tokenizer does, with the same tokens and
// offsets (TestWordsSameAsProse, FuzzWordsSameAsProse), but without asking
// prose about spans that can only be one token or a word and its comma.
//
// prose splits text at whitespace and then breaks each span on its own:
// prefixes, contractions, suffixes and special spans ("U.S.", "Mr.",
// emoticons), with a regular expression tried at every step. A span of
// ASCII letters and digits has none of those (the emoticons made of
// letters stay whole either way), and most words of an article are such a
// span, alone or before a comma.
func words(tok *tokenize.Tokenizer, text string) []tokenize.Token {
	out := make([]tokenize.Token, 0, len(text)/5+2)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		out = appendSpan(tok, out, text[i:j], i)
		i = j
	}
	return out
}

// appendSpan appends the tokens of one whitespace-free span at offset base.
func appendSpan(tok *tokenize.Tokenizer, out []tokenize.Token, span string, base int) []tokenize.Token {
	k := 0
	for k < len(span) && isAlnum(span[k]) {
		k++
	}
	switch {
	case k == len(span):
		return append(out, tokenize.Token{Text: span, Start: base})
	case k > 0 && k == len(span)-1 && span[k] == ',':
		return append(out, tokenize.Token{Text: span[:k], Start: base}, tokenize.Token{Text: ",", Start: base + k})
	}
	for _, t := range tok.Tokenize(span) {
		t.Start += base
		out = append(out, t)
	}
	return out
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
