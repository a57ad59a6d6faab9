// Package render prints what claims found: extracted claims as a table,
// JSON, JSON Lines or CSV, and comparison reports as a table, JSON, CSV or
// Markdown.
//
// Every renderer is a function of an io.Writer, the data and Options. None
// changes its data or keeps state between calls, and the same input always
// gives the same bytes.
//
// Line and column are not part of a claim (a claim carries byte offsets);
// the caller computes them once (extract.Article.Position) and hands them in
// with the claim as a Located or in a Positions map.
//
// Safety rules, applied by every renderer:
//   - JSON and CSV are valid UTF-8: invalid bytes in article text become
//     U+FFFD; offsets still count the original bytes.
//   - CSV cells that a spreadsheet would run as a formula (they begin with
//     = + - @ tab or CR) get a leading ' unless they are numbers the tool
//     wrote itself, and lose escape sequences and control characters other
//     than tab, CR and LF; Options.CSVRaw turns this off.
//   - Text printed for a terminal (table) has escape sequences and control
//     characters removed (see Terminal).
package render

import (
	"fmt"
	"io"
	"iter"

	"github.com/claims-tool/claims/compare"
	"github.com/claims-tool/claims/extract"
)

// Output formats.
const (
	Table    = "table"
	JSON     = "json"
	JSONL    = "jsonl"
	CSV      = "csv"
	Markdown = "markdown"
)

// ClaimFormats are the formats of Claims, the default first.
var ClaimFormats = []string{Table, JSONL, JSON, CSV}

// ReportFormats are the formats of Report and Changes, the default first.
var ReportFormats = []string{Table, JSON, CSV, Markdown}

// Options control rendering. The zero value prints a table.
type Options struct {
	// Format is one of ClaimFormats or ReportFormats; "" means Table.
	Format string
	// CSVRaw writes article text into CSV cells as it is (made valid
	// UTF-8, nothing else): formula-like cells are not neutralised and
	// control characters are not removed.
	CSVRaw bool
	// Excel makes CSV start with a UTF-8 byte order mark and end lines
	// with CRLF, as Excel expects.
	Excel bool
	// Color colours the table's verdicts and statuses with ANSI SGR
	// sequences (for a terminal). Other formats ignore it.
	Color bool
}

func (o Options) format() string {
	if o.Format == "" {
		return Table
	}
	return o.Format
}

// Pos is a 1-based line and a 1-based column counted in bytes.
type Pos struct {
	Line int
	Col  int
}

// Located is a claim with the position of its offset.
type Located struct {
	Claim *extract.Claim
	Pos   Pos
}

// Positions maps claim ids to the position of their offset.
type Positions map[string]Pos

// Claims prints claims in opt.Format (one of ClaimFormats). It stops
// reading claims at the first write error and returns it.
func Claims(w io.Writer, claims iter.Seq[Located], opt Options) error {
	switch opt.format() {
	case Table:
		return claimTable(w, claims, opt.Color)
	case JSONL:
		return claimJSONL(w, claims)
	case JSON:
		return claimJSON(w, claims)
	case CSV:
		return claimCSV(w, claims, opt)
	}
	return fmt.Errorf("render: no claim format %q", opt.Format)
}

// Report prints a comparison report in opt.Format (one of ReportFormats).
// pos gives the position of each claim.
func Report(w io.Writer, r *compare.Report, pos Positions, opt Options) error {
	switch opt.format() {
	case Table:
		return reportTable(w, r, pos, opt.Color)
	case JSON:
		return reportJSON(w, r, pos)
	case CSV:
		return reportCSV(w, r, pos, opt)
	case Markdown:
		return reportMarkdown(w, r, pos)
	}
	return fmt.Errorf("render: no report format %q", opt.Format)
}

// errWriter keeps the first write error and ignores the writes after it, so
// a renderer can print freely and check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

func (e *errWriter) printf(format string, args ...any) {
	fmt.Fprintf(e, format, args...)
}
