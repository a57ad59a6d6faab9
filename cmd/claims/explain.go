package main

import (
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/claims-tool/claims/cmd/claims/internal/render"
	"github.com/claims-tool/claims/extract"
)

const explainHelp = `Usage: claims explain [flags] ID [PATH...]

Show one claim and why it is reported as it is: the claim in its article
(path:line:col, the line with ^^^ under the figure and --- under the source
and the words that flag it), its fields (value, unit, subject, verb,
source, status) and the fact it fell into, with every article's figure for
that fact and the verdict.

ID is a claim id as the other commands print it: the article's path, @,
and the byte offset of the figure (testdata/kursk/000_20234631a5bd40c9.txt@2689).
The claim is found by comparing the articles of PATH..., by default the
folder of the id's article; give the same paths as the run that printed
the id, so that the fact has the same members.

List the ids with:
  claims extract --format jsonl PATH | jq -r .id

Examples:
  claims explain testdata/kursk/000_20234631a5bd40c9.txt@2689
  claims explain testdata/kursk/000_20234631a5bd40c9.txt@2689 testdata/kursk more/
  claims compare --explain testdata/kursk/000_20234631a5bd40c9.txt@2689 testdata/kursk
`

// listIDs tells how to find the ids of a folder.
const listIDs = "list the ids with: claims extract --format jsonl PATH | jq -r .id"

func runExplain(args []string, stdout, stderr io.Writer) int {
	var o options
	fs := newFlags("explain", stderr)
	o.maxSize = defaultMaxSize
	fs.StringVarP(&o.output, "output", "o", "", "write to `FILE` instead of standard output")
	fs.StringArrayVar(&o.lexicons, "lexicon", nil, "add the entries of lexicon `FILE` to the built-in lexicon (repeatable)")
	fs.IntVarP(&o.jobs, "jobs", "j", runtime.NumCPU(), "read `N` articles in parallel")
	fs.BoolVarP(&o.quiet, "quiet", "q", false, "print only errors on stderr, no notices")
	fs.Var(&o.maxSize, "max-size", "skip files larger than `SIZE` bytes (suffixes K, M, G are powers of 1024)")
	colorFlag(fs, &o.color)
	if code := parse(fs, args, explainHelp, stderr); code >= 0 {
		return code
	}
	o.format = render.Table
	if code := o.check(fs.Name(), []string{render.Table}, stderr); code >= 0 {
		return code
	}
	if fs.NArg() == 0 {
		return usageError(stderr, fs.Name(), "no claim id: give one, such as testdata/kursk/000_20234631a5bd40c9.txt@2689; %s", listIDs)
	}
	return explain(fs.Name(), fs.Arg(0), fs.Args()[1:], o, stdout, stderr)
}

// explain prints the claim id found by comparing the articles of paths (by
// default the folder of the id's article).
func explain(cmd, id string, paths []string, o options, stdout, stderr io.Writer) int {
	article, _, ok := splitID(id)
	if !ok {
		return usageError(stderr, cmd, "%q is not a claim id (PATH@OFFSET); %s", id, listIDs)
	}
	if article == stdinName && len(paths) == 0 {
		return usageError(stderr, cmd, "a claim of standard input can only be explained with - as PATH, reading the same text again")
	}
	if len(paths) == 0 {
		paths = []string{filepath.Dir(article)}
	}
	rep := &reporter{stderr: stderr, quiet: o.quiet}
	lex, x := setup(o, rep)
	if x == nil {
		return exitError
	}
	arts, pos := extractAll(&pipeline{x: x, jobs: o.jobs, maxSize: int64(o.maxSize), keep: true}, paths, rep)
	rep.prog.setPhase("comparing")
	report, err := compareSafely(arts, lex)
	rep.prog.stop()
	if err != nil {
		rep.errorf("claims: %v", err)
		return exitError
	}
	i := slices.IndexFunc(report.Claims, func(c extract.Claim) bool { return c.ID == id })
	if i < 0 {
		msg := fmt.Sprintf("%s: no claim %s in %s", cmd, id, strings.Join(paths, " "))
		if near := nearest(arts, article, id); near != "" {
			msg += fmt.Sprintf(" (the nearest claim of that article is %s)", near)
		}
		rep.errorf("%s; %s", msg, listIDs)
		return exitError
	}
	var text string
	for _, a := range arts {
		if a.Path == article {
			text = a.Source()
		}
	}
	out, err := openOutput(o.output, stdout)
	if err != nil {
		rep.errorf("claims: %s: %s", o.output, errText(err))
		return exitError
	}
	e := render.Explanation{Claim: &report.Claims[i], Text: text, Report: report, Positions: pos}
	if err := render.Explain(out, e, o.render(out)); err != nil && !out.broken() {
		rep.errorf("claims: %v", err)
	}
	if err := out.close(); err != nil {
		rep.errorf("claims: writing %s: %s", out.name, errText(err))
	}
	return rep.code(exitOK)
}

// splitID splits a claim id into its article path and offset.
func splitID(id string) (article string, offset int, ok bool) {
	i := strings.LastIndexByte(id, '@')
	if i <= 0 {
		return "", 0, false
	}
	off, err := strconv.Atoi(id[i+1:])
	if err != nil || off < 0 {
		return "", 0, false
	}
	return id[:i], off, true
}

// nearest is the id of the claim of article closest to the offset of id,
// "" when the article was not read or has no claims.
func nearest(arts []*extract.Article, article, id string) string {
	_, off, _ := splitID(id)
	best, dist := "", -1
	for _, a := range arts {
		if a.Path != article {
			continue
		}
		for _, c := range a.Claims {
			d := max(c.Span.Start-off, off-c.Span.Start)
			if dist < 0 || d < dist {
				best, dist = c.ID, d
			}
		}
	}
	return best
}
