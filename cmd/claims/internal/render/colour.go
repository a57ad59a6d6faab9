package render

import (
	"strings"

	"github.com/claims-tool/claims/compare"
	"github.com/claims-tool/claims/extract"
)

// SGR colour codes of the table. Colour only underlines what the words
// already say (verdicts and statuses are printed as words), so a table
// printed without colour reads the same.
const (
	sgrBold   = "1"
	sgrRed    = "1;31"
	sgrGreen  = "32"
	sgrYellow = "33"
	sgrPurple = "35"
)

// paint wraps s in an SGR sequence when on. s must already be safe for a
// terminal: paint adds the only escape sequences the output has.
func paint(on bool, sgr, s string) string {
	if !on || sgr == "" || s == "" {
		return s
	}
	return "\x1b[" + sgr + "m" + s + "\x1b[0m"
}

// verdictColour is the colour of a group's heading.
func verdictColour(g compare.Group) string {
	switch {
	case g.Verdict == compare.Discrepancy:
		return sgrRed
	case g.Unverified:
		return sgrYellow
	case g.Verdict == compare.Agree:
		return sgrGreen
	}
	return sgrBold
}

// statusColour is the colour of a claim's status cell.
func statusColour(c *extract.Claim) string {
	switch c.Status {
	case extract.Unverified:
		return sgrYellow
	case extract.Denied:
		return sgrRed
	case extract.Disputed:
		return sgrPurple
	}
	return ""
}

// hasEscape reports whether s holds an ESC byte; the tests use it.
func hasEscape(s string) bool { return strings.IndexByte(s, 0x1b) >= 0 }
