package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claims-tool/claims/lexicon"
)

type kind uint8

const (
	tWord   kind = iota // letters, with inner apostrophes and dots of abbreviations
	tNum                // digits, with inner , and . between digits
	tPunct              // one rune of punctuation or a symbol
	tOpaque             // a URL, e-mail address or handle: never looked into
)

// token is a piece of the scanned text. start and end are byte offsets.
type token struct {
	kind       kind
	start, end int
	text       string
	norm       string // folded form for lexicon look-ups (words and punctuation)
	space      bool   // white space before the token
}

// decode is utf8.DecodeRuneInString(s[i:]), quicker for ASCII.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r' // unicode.IsSpace's ASCII
	}
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u2007' || r == '\u200b' || r == '\ufeff'
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || r == '²' || r == '³'
}

// appendLex appends the tokens of s to toks. It never fails: invalid UTF-8
// bytes become punctuation tokens of one byte.
func appendLex(toks []token, s, lower string) []token {
	opaque := mayOpaque(s)
	space := true
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		switch {
		case isSpace(r):
			space = true
			i += n
			continue
		case opaque && startsOpaque(s, i):
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isSpace(r2) {
					break
				}
				j += n2
			}
			// keep sentence punctuation that ends the address out of it
			for j > i+1 && strings.ContainsRune(".,;:)!?\"'”’", rune(s[j-1])) {
				j--
			}
			toks = append(toks, token{kind: tOpaque, start: i, end: j, text: s[i:j], space: space})
			i = j
		case r >= '0' && r <= '9' || r == '.' && leadingDecimal(s, i, space):
			j := i + 1
			for j < len(s) {
				c := s[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				// a decimal point, or a comma before a group of exactly
				// three digits: "1,674,200.5"; "22,24" is two numbers
				if c == '.' && isDigit(s, j+1) || c == ',' && threeDigits(s, j+1) {
					j += 2
					continue
				}
				break
			}
			toks = append(toks, token{kind: tNum, start: i, end: j, text: s[i:j], space: space})
			i = j
		case isLetter(r):
			j := i + n
			for j < len(s) {
				r2, n2 := decode(s, j)
				if isLetter(r2) {
					j += n2
					continue
				}
				// inner apostrophe: Russia's, don't
				if (r2 == '\'' || r2 == '’') && j+n2 < len(s) {
					if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); isLetter(r3) {
						j += n2
						continue
					}
				}
				// abbreviations with inner dots: U.S., a.m.
				if r2 == '.' && j+1 < len(s) {
					if r3, _ := utf8.DecodeRuneInString(s[j+1:]); isLetter(r3) && j-i <= 2 {
						j += 1
						continue
					}
				}
				break
			}
			w := s[i:j]
			toks = append(toks, token{kind: tWord, start: i, end: j, text: w, norm: lexicon.NormAt(s, lower, i, j), space: space})
			i = j
		default:
			toks = append(toks, token{kind: tPunct, start: i, end: i + n, text: s[i : i+n], norm: string(lexicon.Fold(r)), space: space})
			i += n
		}
		space = false
	}
	return toks
}

func isDigit(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

// threeDigits reports whether s holds exactly three digits at i.
func threeDigits(s string, i int) bool {
	return isDigit(s, i) && isDigit(s, i+1) && isDigit(s, i+2) && !isDigit(s, i+3)
}

// leadingDecimal reports whether the '.' at i starts a number written
// without its zero: ".08", "(.5", "$.25", but not "1.2.3" or "U.S.".
func leadingDecimal(s string, i int, space bool) bool {
	if !isDigit(s, i+1) {
		return false
	}
	if space || i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return strings.ContainsRune("($€£¥", r)
}

// mayOpaque reports whether an opaque token (a web address, a handle, a
// tag, an e-mail address) may start anywhere in s: each holds one of
// "@#/" or "www." in any case. Most sentences hold none, and lex then
// skips startsOpaque at every token.
func mayOpaque(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '@', '#', '/':
			return true
		case '.':
			if i >= 3 && s[i-1]|0x20 == 'w' && s[i-2]|0x20 == 'w' && s[i-3]|0x20 == 'w' {
				return true
			}
		}
	}
	return false
}

// startsOpaque reports whether an opaque token starts at s[i].
func startsOpaque(s string, i int) bool {
	rest := s[i:]
	if hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.") {
		return true
	}
	if (rest[0] == '@' || rest[0] == '#') && len(rest) > 1 {
		r, _ := utf8.DecodeRuneInString(rest[1:])
		return isLetter(r) || unicode.IsDigit(r)
	}
	// e-mail: a word glued to @ ... handled as: a run with @ in the middle
	j := 0
	for j < len(rest) && j < 64 {
		c := rest[j]
		if c == '@' && j > 0 {
			return true
		}
		if !(c == '.' || c == '_' || c == '-' || c == '+' || (c|0x20 >= 'a' && c|0x20 <= 'z') || (c >= '0' && c <= '9')) {
			return false
		}
		j++
	}
	return false
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
