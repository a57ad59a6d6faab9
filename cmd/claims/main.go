// Command claims finds the quantitative claims in news articles, says who
// each is attributed to, and lines the same fact up across articles to show
// where outlets agree, where they differ and what rests on unverified words.
//
// Usage:
//
//	claims [compare] [flags] PATH...   compare the articles (the main job)
//	claims extract [flags] PATH...     list every claim of every article
//	claims explain [flags] ID [PATH...]  show one claim in its article and its fact
//	claims lexicon [flags]             print the built-in lexicon
//
// PATH is a file, a folder (read recursively, in name order) or - for
// standard input. Run claims help COMMAND for the flags of a command.
//
// Exit codes: 0 success; 1 compare --fail-on found what it was asked to fail
// on; 2 a usage error, or an input that could not be read (the other inputs
// are still processed and printed).
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// Exit codes.
const (
	exitOK     = 0
	exitFailOn = 1
	exitError  = 2
)

const usage = `claims finds the quantitative claims in news articles and compares them
across articles: where outlets agree, where they differ, what is unverified.

Usage:
  claims [compare] [flags] PATH...   compare the articles (the main job)
  claims extract [flags] PATH...     list every claim of every article
  claims explain [flags] ID [PATH...]
                                     show one claim in its article and its fact
  claims lexicon [flags]             print the built-in lexicon, to start your own
  claims help [COMMAND]              show the flags of a command

PATH is a file, a folder (read recursively, in name order; hidden files are
skipped) or - for standard input.

Examples:
  claims testdata/kursk
  claims extract --format jsonl testdata/kursk
  claims compare --format json -o report.json testdata/kursk
  claims compare --baseline report.json --fail-on discrepancy testdata/kursk
  claims explain testdata/kursk/000_20234631a5bd40c9.txt@2689
  claims lexicon > newsroom.txt

Exit codes: 0 success; 1 --fail-on matched; 2 usage error or unreadable input.
`

// noInput is the usage error of a command run without paths.
const noInput = "no input: give a file or folder, or - for standard input"

// run is the whole command: it parses args, writes results to stdout and
// messages to stderr, and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError
	}
	switch args[0] {
	case "extract":
		return runExtract(args[1:], stdout, stderr)
	case "compare":
		return runCompare(args[1:], stdout, stderr)
	case "lexicon":
		return runLexicon(args[1:], stdout, stderr)
	case "explain":
		return runExplain(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		return runHelp(args[1:], stderr)
	}
	if looksLikeCommand(args[0]) {
		fmt.Fprintf(stderr, "claims: unknown command %q (commands: compare, extract, explain, lexicon); run claims help\n", args[0])
		return exitError
	}
	return runCompare(args, stdout, stderr)
}

// looksLikeCommand reports whether arg is a mistyped command rather than a
// path: a bare word that names no file.
func looksLikeCommand(arg string) bool {
	if arg == "" || strings.ContainsAny(arg, `-./\`) {
		return false
	}
	_, err := os.Stat(arg)
	return err != nil
}

func runHelp(args []string, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitOK
	}
	switch args[0] {
	case "extract", "compare", "explain", "lexicon":
		return run([]string{args[0], "--help"}, io.Discard, stderr)
	}
	fmt.Fprintf(stderr, "claims help: unknown command %q (commands: compare, extract, explain, lexicon)\n", args[0])
	return exitError
}
