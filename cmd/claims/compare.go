package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/claims-tool/claims/cmd/claims/internal/baseline"
	"github.com/claims-tool/claims/cmd/claims/internal/render"
	"github.com/claims-tool/claims/compare"
	"github.com/claims-tool/claims/extract"
	"github.com/claims-tool/claims/lexicon"
)

const compareHelp = `Usage: claims [compare] [flags] PATH...

Read every article, line the same fact up across them and report, fact by
fact, where the articles agree, where they differ (discrepancy), what rests
on words the articles themselves flag as unverified, and what only one
article reports (single). The table lists discrepancies first, then
unverified facts, then agreements, then single-source facts, and ends with
a summary line.

PATH is a file, a folder (read recursively in name order, hidden files
skipped) or - for standard input.

With --claims, PATH... are claim files written by claims extract --format
jsonl, for instance one per shard of an archive extracted on many machines;
compare merges them into one report with the same facts as a run on the
articles themselves (articles are taken in path order; title, outlet, date
and URL are not in claim files, so the report leaves them empty).

Formats: table (default), json (articles, claims, groups, summary: the
contract other tools read), csv (a row per claim with its group and
verdict), markdown (for a document or a pull request comment).

For CI:
  --fail-on discrepancy,unverified,single
      exit 1 when the report has a fact of one of these kinds.
  --baseline REPORT.json
      read an earlier report (made with --format json) and print what
      changed instead of the report: facts added and removed, verdicts and
      values changed. With --fail-on, only changes count: the run fails
      when a change leaves a fact of one of the kinds.

Examples:
  claims testdata/kursk
  claims compare --format markdown -o report.md testdata/kursk
  claims compare --format json -o baseline.json testdata/kursk
  claims compare --baseline baseline.json --fail-on discrepancy testdata/kursk
  claims compare --explain testdata/kursk/000_20234631a5bd40c9.txt@2689 testdata/kursk
  claims extract --format jsonl archive/2024 > 2024.jsonl   # one shard per machine
  claims compare --claims 2023.jsonl 2024.jsonl
`

func runCompare(args []string, stdout, stderr io.Writer) int {
	var o options
	fs := newFlags("compare", stderr)
	inputFlags(fs, &o, render.ReportFormats)
	fs.StringSliceVar(&o.failOn, "fail-on", nil, "exit 1 when a fact is of one of `KINDS`: discrepancy, unverified, single (comma-separated)")
	fs.StringVar(&o.baseline, "baseline", "", "print what changed since the earlier JSON report `FILE` instead of the report")
	var explainID string
	fs.StringVar(&explainID, "explain", "", "show the claim `ID` in its article and its fact instead of the report (see claims explain --help)")
	var claimFiles bool
	fs.BoolVar(&claimFiles, "claims", false, "PATH... are claim files made by claims extract --format jsonl (shards of a large run), not articles")
	if code := parse(fs, args, compareHelp, stderr); code >= 0 {
		return code
	}
	if code := o.check(fs.Name(), render.ReportFormats, stderr); code >= 0 {
		return code
	}
	if explainID != "" && claimFiles {
		return usageError(stderr, fs.Name(), "--explain shows the claim in its article, so it reads articles: drop --claims and give the articles' paths")
	}
	if explainID != "" {
		return explain(fs.Name(), explainID, fs.Args(), o, stdout, stderr)
	}
	if fs.NArg() == 0 {
		return usageError(stderr, fs.Name(), noInput)
	}
	rep := &reporter{stderr: stderr, quiet: o.quiet}
	var base *compare.Report
	if o.baseline != "" {
		if base = readBaseline(o.baseline, rep); base == nil {
			return exitError
		}
	}
	lex, x := setup(o, rep)
	if x == nil {
		return exitError
	}
	out, err := openOutput(o.output, stdout)
	if err != nil {
		rep.errorf("claims: %s: %s", o.output, errText(err))
		return exitError
	}
	var arts []*extract.Article
	var pos render.Positions
	if claimFiles {
		rep.prog = newProgress(stderr, o.quiet)
		rep.prog.setTotal(fs.NArg())
		arts, pos = readClaimFiles(fs.Args(), rep, int64(o.maxSize))
	} else {
		arts, pos = extractAll(&pipeline{x: x, jobs: o.jobs, maxSize: int64(o.maxSize), keep: true}, fs.Args(), rep)
	}
	rep.prog.setPhase("comparing")
	report, err := compareSafely(arts, lex)
	rep.prog.stop()
	for _, a := range arts {
		a.Release()
	}
	if err != nil {
		rep.errorf("claims: %v", err)
		out.close()
		return exitError
	}
	code := exitOK
	if base != nil {
		changes := compare.Diff(base, report)
		if err := render.Changes(out, changes, o.render(out)); err != nil && !out.broken() {
			rep.errorf("claims: %v", err)
		}
		if o.changesFail(changes, report) {
			code = exitFailOn
		}
	} else {
		if err := render.Report(out, report, pos, o.render(out)); err != nil && !out.broken() {
			rep.errorf("claims: %v", err)
		}
		if slices.ContainsFunc(report.Groups, o.fails) {
			code = exitFailOn
		}
	}
	if err := out.close(); err != nil {
		rep.errorf("claims: writing %s: %s", out.name, errText(err))
	}
	return rep.code(code)
}

// extractAll reads every input, reporting what is wrong with each, and
// returns the articles read with the positions of their claims.
//
// It starts the progress line (rep.prog), which the caller stops.
func extractAll(p *pipeline, paths []string, rep *reporter) ([]*extract.Article, render.Positions) {
	var arts []*extract.Article
	pos := render.Positions{}
	rep.prog = newProgress(rep.stderr, rep.quiet)
	rep.prog.count(paths)
	p.run(inputs(paths), func(r *result) bool {
		for _, m := range r.msgs {
			rep.print(m)
		}
		rep.prog.file(len(r.claims))
		if r.art != nil {
			arts = append(arts, r.art)
			for _, c := range r.claims {
				pos[c.Claim.ID] = c.Pos
			}
		}
		return true
	})
	return arts, pos
}

// compareSafely runs compare.Compare, turning a panic into an error.
func compareSafely(arts []*extract.Article, lex *lexicon.Lexicon) (r *compare.Report, err error) {
	defer func() {
		if v := recover(); v != nil {
			first, _, _ := strings.Cut(fmt.Sprint(v), "\n")
			r, err = nil, fmt.Errorf("internal error while comparing (please report it): panic: %s", first)
		}
	}()
	return compare.Compare(arts, lex, compare.Config{}), nil
}

// fails reports whether a fact is of a kind --fail-on lists.
func (o *options) fails(g compare.Group) bool {
	for _, k := range o.failOn {
		switch {
		case k == "unverified" && g.Unverified,
			k == "discrepancy" && g.Verdict == compare.Discrepancy,
			k == "single" && g.Verdict == compare.Single:
			return true
		}
	}
	return false
}

// changesFail reports whether a change leaves a fact of a kind --fail-on
// lists in the new report: added facts, and facts whose values or verdict
// changed. Removed facts leave nothing to fail on.
func (o *options) changesFail(c compare.Changes, now *compare.Report) bool {
	group := make(map[string]compare.Group, len(now.Groups))
	for _, g := range now.Groups {
		group[g.ID] = g
	}
	var left []compare.Fact
	left = append(left, c.Added...)
	for _, ch := range slices.Concat(c.Values, c.Verdicts) {
		left = append(left, ch.New)
	}
	for _, f := range left {
		g, ok := group[f.Group]
		if !ok {
			g = compare.Group{ID: f.Group, Verdict: f.Verdict}
		}
		if o.fails(g) {
			return true
		}
	}
	return false
}

// readBaseline reads the --baseline report; nil after reporting an error.
func readBaseline(name string, rep *reporter) *compare.Report {
	f, err := os.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		rep.errorf("%s: no such file; make a baseline first with: claims compare --format json -o %s PATH...", name, name)
		return nil
	}
	if err != nil {
		rep.errorf("%s: %s", name, errText(err))
		return nil
	}
	defer f.Close()
	b, err := baseline.Read(f)
	if err != nil {
		rep.errorf("%s: %v", name, err)
		return nil
	}
	return b
}
