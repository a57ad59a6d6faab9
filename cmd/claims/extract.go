package main

import (
	"io"
	"iter"

	"github.com/claims-tool/claims/cmd/claims/internal/render"
	"github.com/claims-tool/claims/extract"
	"github.com/claims-tool/claims/lexicon"
)

const extractHelp = `Usage: claims extract [flags] PATH...

List every quantitative claim of every article: where it is (path:line:col),
the figure as written, its value, unit, what it counts, the verb, who it is
attributed to and its status (reported, unverified, denied, disputed).

PATH is a file, a folder (read recursively in name order, hidden files
skipped) or - for standard input. Binary files found in folders are skipped
with a notice. An input that cannot be read is reported on stderr as
"path: what is wrong" and the others are still printed; the exit code is
then 2.

Formats: table (default), jsonl (one JSON object per claim and line), json
(one array), csv (a header row, a row per claim).

Examples:
  claims extract testdata/kursk
  claims extract --format jsonl testdata/kursk > claims.jsonl
  curl -s https://example.com/story.txt | claims extract -
  claims extract --format csv --excel -o claims.csv testdata/kursk
`

func runExtract(args []string, stdout, stderr io.Writer) int {
	var o options
	fs := newFlags("extract", stderr)
	inputFlags(fs, &o, render.ClaimFormats)
	if code := parse(fs, args, extractHelp, stderr); code >= 0 {
		return code
	}
	if code := o.check(fs.Name(), render.ClaimFormats, stderr); code >= 0 {
		return code
	}
	if fs.NArg() == 0 {
		return usageError(stderr, fs.Name(), noInput)
	}
	rep := &reporter{stderr: stderr, quiet: o.quiet}
	defer collectLess()() // from the models' loading on
	_, x := setup(o, rep)
	if x == nil {
		return exitError
	}
	out, err := openOutput(o.output, stdout)
	if err != nil {
		rep.errorf("claims: %s: %s", o.output, errText(err))
		return exitError
	}
	p := &pipeline{x: x, jobs: o.jobs, maxSize: int64(o.maxSize)}
	ins := inputs(fs.Args())
	rep.prog = newProgress(stderr, o.quiet)
	rep.prog.count(fs.Args())
	out.sharesScreen(rep.prog)
	claims := func(yield func(render.Located) bool) {
		p.run(ins, func(r *result) bool {
			for _, m := range r.msgs {
				rep.print(m)
			}
			rep.prog.file(len(r.claims))
			for _, c := range r.claims {
				if !yield(c) {
					return false
				}
			}
			return !out.broken()
		})
	}
	if err := render.Claims(out, iter.Seq[render.Located](claims), o.render(out)); err != nil && !out.broken() {
		rep.errorf("claims: %v", err)
	}
	rep.prog.stop()
	if err := out.close(); err != nil {
		rep.errorf("claims: writing %s: %s", out.name, errText(err))
	}
	return rep.code(exitOK)
}

// setup loads the lexicon (with the user's files) and the extractor, once
// for the process. It returns a nil Extractor after reporting what failed.
func setup(o options, rep *reporter) (*lexicon.Lexicon, *extract.Extractor) {
	lex := loadLexicon(o.lexicons, rep)
	if lex == nil {
		return nil, nil
	}
	x, err := extract.New(lex)
	if err != nil {
		rep.errorf("claims: %v", err)
		return nil, nil
	}
	return lex, x
}
