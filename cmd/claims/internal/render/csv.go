package render

import (
	"encoding/csv"
	"io"
	"iter"
	"strconv"
	"strings"

	"github.com/claims-tool/claims/compare"
	"github.com/claims-tool/claims/extract"
)

// claimHeader names the columns of claimRow.
var claimHeader = []string{
	"id", "article", "offset", "end", "line", "col", "text", "sentence",
	"low", "high", "approx", "vague", "unit", "kind", "change",
	"subject", "predicate", "source", "source_cue", "source_as_written",
	"status", "markers",
}

func num(n int) csvCell    { return csvCell{strconv.Itoa(n), true} }
func txt(s string) csvCell { return csvCell{s: s} }

// claimRow is every field of a claim, one cell each; markers are joined
// with "; ".
func claimRow(c *extract.Claim, p Pos) []csvCell {
	r := NewRecord(c, p)
	return []csvCell{
		txt(r.ID), txt(r.Article), num(r.Offset), num(r.End), num(r.Line), num(r.Col),
		txt(r.Text), txt(r.Sentence),
		{plain(r.Value.Low), true}, {plain(r.Value.High), true},
		txt(strconv.FormatBool(r.Value.Approx)), txt(strconv.FormatBool(r.Value.Vague)),
		txt(r.Unit), txt(r.Kind), txt(r.Change),
		txt(r.Subject), txt(r.Predicate), txt(r.Source.Name), txt(r.Source.Cue), txt(r.Source.AsWritten),
		txt(r.Status), txt(strings.Join(r.Markers, "; ")),
	}
}

// csvWriter writes RFC 4180 CSV with the cell rules of Options.
type csvWriter struct {
	ew  *errWriter
	cw  *csv.Writer
	raw bool
	row []string
}

func newCSV(w io.Writer, opt Options) *csvWriter {
	ew := &errWriter{w: w}
	if opt.Excel {
		ew.printf("\ufeff")
	}
	cw := csv.NewWriter(ew)
	cw.UseCRLF = opt.Excel
	return &csvWriter{ew: ew, cw: cw, raw: opt.CSVRaw}
}

func (c *csvWriter) header(names ...string) error {
	return c.cw.Write(names)
}

func (c *csvWriter) write(cells []csvCell) error {
	c.row = c.row[:0]
	for _, cell := range cells {
		switch {
		case cell.num || c.raw:
			c.row = append(c.row, utf8Clean(cell.s))
		default:
			c.row = append(c.row, Neutral(cell.s))
		}
	}
	return c.cw.Write(c.row)
}

func (c *csvWriter) flush() error {
	c.cw.Flush()
	if err := c.cw.Error(); err != nil {
		return err
	}
	return c.ew.err
}

func claimCSV(w io.Writer, claims iter.Seq[Located], opt Options) error {
	cw := newCSV(w, opt)
	if err := cw.header(claimHeader...); err != nil {
		return err
	}
	for c := range claims {
		if err := cw.write(claimRow(c.Claim, c.Pos)); err != nil {
			return err
		}
	}
	return cw.flush()
}

// reportCSV prints one row per claim, in report order (group by group), with
// the group's id and verdict first.
func reportCSV(w io.Writer, r *compare.Report, pos Positions, opt Options) error {
	cw := newCSV(w, opt)
	if err := cw.header(append([]string{"group", "verdict", "group_unverified"}, claimHeader...)...); err != nil {
		return err
	}
	byID := claimsByID(r)
	for _, g := range r.Groups {
		for _, id := range g.Claims {
			c := byID[id]
			if c == nil {
				continue
			}
			row := append([]csvCell{txt(g.ID), txt(g.Verdict), txt(strconv.FormatBool(g.Unverified))}, claimRow(c, pos[id])...)
			if err := cw.write(row); err != nil {
				return err
			}
		}
	}
	return cw.flush()
}

func claimsByID(r *compare.Report) map[string]*extract.Claim {
	m := make(map[string]*extract.Claim, len(r.Claims))
	for i := range r.Claims {
		m[r.Claims[i].ID] = &r.Claims[i]
	}
	return m
}
