package render

import (
	"strings"
	"unicode/utf8"
)

// Terminal returns s made safe to print on a terminal, so that text copied
// from an article cannot move the cursor, retitle the window, clear the
// screen or hide what comes after it:
//   - escape sequences are removed whole: CSI (ESC [ ... final), OSC, DCS,
//     SOS, PM and APC strings (up to BEL or ST, or to the end of s when
//     unterminated), and the short ESC forms; also their one-rune C1 forms;
//   - tabs, line and paragraph breaks become a space;
//   - other C0 and C1 control characters and DEL are removed, and so are
//     the bidirectional embedding, override and isolate controls;
//   - invalid UTF-8 becomes U+FFFD.
func Terminal(s string) string { return strip(s, false) }

// strip removes escape sequences and control characters as Terminal says;
// with keepBreaks, tabs, CR and LF are kept as they are.
func strip(s string, keepBreaks bool) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case r == 0x1b:
			i = skipEscape(s, i+1)
			continue
		case r == 0x9b: // CSI
			i = skipCSI(s, i+n)
			continue
		case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f: // DCS SOS OSC PM APC
			i = skipString(s, i+n)
			continue
		case keepBreaks && (r == '\t' || r == '\n' || r == '\r'):
			b.WriteByte(byte(r))
		case r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029:
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
			// other control characters: dropped
		case isBidiControl(r):
			// dropped
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// isPlain reports whether s is printable ASCII, which Terminal leaves as is.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

func isBidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x061c || r == 0x200e || r == 0x200f
}

// skipEscape skips the escape sequence whose ESC ends just before i and
// returns the index after it.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// ESC, intermediate bytes, one final byte: "ESC ( B", "ESC c"
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipCSI skips the parameter and intermediate bytes and the final byte of
// a control sequence starting at i.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString skips a control string starting at i up to and including its
// terminator: BEL, ESC \ or the C1 ST (U+009C). Unterminated, it runs to the
// end of s: what follows would be swallowed by the terminal anyway.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i + 1
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + len("\u009c")
		}
		i++
	}
	return i
}

// csvCell is one CSV cell; num is true for numbers the tool wrote (offsets,
// lines, values), which are never neutralised.
type csvCell struct {
	s   string
	num bool
}

// Neutral returns a CSV cell value safe to open in a spreadsheet or print:
// escape sequences and control characters other than tab, CR and LF are
// removed (as Terminal does), and a cell that then begins with = + - @ tab
// or CR is prefixed with ' so that it is read as text, not run as a formula
// (OWASP, CSV injection). Invalid UTF-8 becomes U+FFFD.
func Neutral(s string) string {
	s = strip(s, true)
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
