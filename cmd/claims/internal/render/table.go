package render

import (
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/claims-tool/claims/compare"
	"github.com/claims-tool/claims/extract"
	"github.com/olekukonko/tablewriter"
)

// Location is path:line:col, made safe for a terminal.
func Location(path string, p Pos) string {
	return fmt.Sprintf("%s:%d:%d", Terminal(path), p.Line, p.Col)
}

func sourceName(c *extract.Claim) string {
	if c.Source.Name == "" {
		return "-"
	}
	return c.Source.Name
}

// claimTable prints one row per claim: location, figure, value, unit,
// subject, predicate, source, status.
func claimTable(w io.Writer, claims iter.Seq[Located], colour bool) error {
	ew := &errWriter{w: w} // tablewriter does not report write errors
	tb := tablewriter.NewWriter(ew)
	tb.Header("location", "figure", "value", "unit", "subject", "predicate", "source", "status")
	for l := range claims {
		c := l.Claim
		row := cells(Location(c.Article, l.Pos), c.Text, Value(c.Value), c.Unit, c.Subject, c.Predicate, sourceName(c), status(c))
		row[len(row)-1] = paint(colour, statusColour(c), row[len(row)-1])
		err := tb.Append(row)
		if err != nil {
			return err
		}
	}
	if err := tb.Render(); err != nil {
		return err
	}
	return ew.err
}

// cells makes every cell safe for a terminal.
func cells(s ...string) []string {
	for i := range s {
		s[i] = Terminal(s[i])
	}
	return s
}

// status is the claim's status, with the markers that set it.
func status(c *extract.Claim) string {
	if len(c.Markers) == 0 {
		return c.Status
	}
	var m []string
	for _, k := range c.Markers {
		m = append(m, fmt.Sprintf("%q", k.Text))
	}
	return c.Status + " (" + strings.Join(m, ", ") + ")"
}

// heading names a group: its verdict, what it counts and its id.
func heading(g compare.Group) string {
	v := strings.ToUpper(g.Verdict)
	if g.Unverified {
		v += ", UNVERIFIED"
	}
	what := g.Subject
	if g.Unit != "" {
		what += " (" + g.Unit + ")"
	}
	if what == "" {
		what = "(no subject)"
	}
	return fmt.Sprintf("%s  %s  [%s]", v, what, g.ID)
}

// support is "3 articles, 2 origins, 1 source: Zelensky".
func support(g compare.Group) string {
	s := fmt.Sprintf("%s, %s, %s", plural(g.Articles, "article"), plural(g.Origins, "origin"), plural(len(g.Sources), "source"))
	if len(g.Sources) > 0 {
		s += ": " + strings.Join(g.Sources, "; ")
	}
	return s
}

func plural(n int, what string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", what)
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// summaryLine counts the report: "5 articles, 4 origins, 12 facts: 2
// agreements, 1 discrepancy, 3 unverified, 6 single; 40 claims".
func summaryLine(s compare.Summary) string {
	disc := plural(s.Discrepancies, "discrepancy")
	if s.Discrepancies != 1 {
		disc = fmt.Sprintf("%d discrepancies", s.Discrepancies)
	}
	return fmt.Sprintf("%s, %s, %s: %s, %s, %d unverified, %d single; %s",
		plural(s.Articles, "article"), plural(s.Origins, "origin"), plural(s.Facts, "fact"),
		plural(s.Agreements, "agreement"), disc, s.Unverified, s.Single, plural(s.Claims, "claim"))
}

// blocks splits the report's groups into the blocks the table and Markdown
// print: each group of several claims alone, and each run of single-claim
// groups together (a row per fact, flagged and unflagged apart), in report
// order.
func blocks(r *compare.Report) [][]compare.Group {
	var out [][]compare.Group
	for _, g := range r.Groups {
		if n := len(out); n > 0 && isSingle(g) && isSingle(out[n-1][0]) && out[n-1][0].Unverified == g.Unverified {
			out[n-1] = append(out[n-1], g)
			continue
		}
		out = append(out, []compare.Group{g})
	}
	return out
}

func isSingle(g compare.Group) bool { return len(g.Claims) == 1 && g.Verdict == compare.Single }

// singles reports whether a block is a run of single-claim facts.
func singles(b []compare.Group) bool { return isSingle(b[0]) }

// singlesHeading names a run of single-claim facts.
func singlesHeading(b []compare.Group) string {
	v := "SINGLE"
	if b[0].Unverified {
		v += ", UNVERIFIED"
	}
	return fmt.Sprintf("%s  %s reported by one claim each", v, plural(len(b), "fact"))
}

// reportTable prints one block per fact (discrepancies, unverified,
// agreements: the report's order), then the single-source facts in one
// block, then the summary.
func reportTable(w io.Writer, r *compare.Report, pos Positions, colour bool) error {
	ew := &errWriter{w: w}
	byID := claimsByID(r)
	outlet := outlets(r)
	for _, b := range blocks(r) {
		tb := tablewriter.NewWriter(ew)
		if singles(b) {
			ew.printf("%s\n", paint(colour, verdictColour(b[0]), singlesHeading(b)))
			tb.Header("location", "outlet", "figure", "value", "subject", "source", "status")
		} else {
			ew.printf("%s\n%s\n", paint(colour, verdictColour(b[0]), Terminal(heading(b[0]))), Terminal(support(b[0])))
			tb.Header("location", "outlet", "figure", "value", "source", "status")
		}
		for _, g := range b {
			for _, id := range g.Claims {
				c := byID[id]
				if c == nil {
					continue
				}
				row := []string{Location(c.Article, pos[id]), outlet[c.Article], c.Text, Value(c.Value)}
				if singles(b) {
					row = append(row, c.Subject)
				}
				row = cells(append(row, sourceName(c), status(c))...)
				row[len(row)-1] = paint(colour, statusColour(c), row[len(row)-1])
				if err := tb.Append(row); err != nil {
					return err
				}
			}
		}
		if err := tb.Render(); err != nil {
			return err
		}
		ew.printf("\n")
		if ew.err != nil {
			return ew.err
		}
	}
	ew.printf("%s\n", paint(colour, sgrBold, summaryLine(r.Summary)))
	return ew.err
}

// outlets maps article paths to their outlet, "-" when it is unknown.
func outlets(r *compare.Report) map[string]string {
	m := map[string]string{}
	for _, a := range r.Articles {
		m[a.Path] = a.Outlet
		if a.Outlet == "" {
			m[a.Path] = "-"
		}
	}
	return m
}
