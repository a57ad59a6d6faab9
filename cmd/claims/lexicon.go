package main

import (
	"errors"
	"io"
	"os"

	"github.com/claims-tool/claims/lexicon"
)

const lexiconHelp = `Usage: claims lexicon [flags]

Print the built-in lexicon in its own file format: the word lists that drive
claims (number words, units, hedges, attribution verbs, verification
markers, page furniture, source aliases, synonyms). Copy the sections you
need into a file of your own and pass it with --lexicon to add or override
entries. With --lexicon, the files are checked and printed after the
built-in ones.

Examples:
  claims lexicon > my-lexicon.txt
  claims lexicon --lexicon newsroom.txt
`

func runLexicon(args []string, stdout, stderr io.Writer) int {
	var files []string
	var out string
	fs := newFlags("lexicon", stderr)
	fs.StringArrayVar(&files, "lexicon", nil, "add the entries of lexicon `FILE` (repeatable)")
	fs.StringVarP(&out, "output", "o", "", "write to `FILE` instead of standard output")
	if code := parse(fs, args, lexiconHelp, stderr); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(stderr, fs.Name(), "takes no arguments, got %q", fs.Arg(0))
	}
	rep := &reporter{stderr: stderr}
	lex := loadLexicon(files, rep)
	if lex == nil {
		return exitError
	}
	o, err := openOutput(out, stdout)
	if err != nil {
		rep.errorf("claims: %s: %s", out, errText(err))
		return exitError
	}
	lex.Write(o)
	if err := o.close(); err != nil {
		rep.errorf("claims: writing %s: %s", o.name, errText(err))
	}
	return rep.code(exitOK)
}

// loadLexicon parses the built-in lexicon and adds the user's files. Every
// malformed line is reported as file:line: what is wrong. It returns nil
// when anything failed.
func loadLexicon(files []string, rep *reporter) *lexicon.Lexicon {
	lex, err := lexicon.Default()
	if err != nil {
		rep.errorf("claims: built-in lexicon: %v", err)
		return nil
	}
	if len(files) == 0 {
		return lex
	}
	var add []lexicon.File
	ok := true
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			rep.errorf("%s: %s", name, errText(err))
			ok = false
			continue
		}
		add = append(add, lexicon.File{Name: name, Data: data})
	}
	if !ok {
		return nil
	}
	lex, err = lex.With(add...)
	var list lexicon.ErrorList
	switch {
	case errors.As(err, &list):
		for _, e := range list {
			rep.errorf("%s", e.Error())
		}
		return nil
	case err != nil:
		rep.errorf("claims: lexicon: %v", err)
		return nil
	}
	return lex
}
