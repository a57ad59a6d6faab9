package main

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/claims-tool/claims/cmd/claims/internal/render"
	"github.com/spf13/pflag"
)

// options are the flags of extract and compare.
type options struct {
	format   string
	output   string
	lexicons []string
	jobs     int
	quiet    bool
	maxSize  size
	csvRaw   bool
	excel    bool
	color    string
	// compare only
	failOn   []string
	baseline string
}

// defaultMaxSize is the default of --max-size.
const defaultMaxSize = 50 << 20

// failOnKinds are the values --fail-on takes.
var failOnKinds = []string{"discrepancy", "unverified", "single"}

// newFlags returns the flag set of a command. Parse errors are returned,
// not printed; help goes to stderr.
func newFlags(name string, stderr io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet("claims "+name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.Usage = func() {}
	return fs
}

// inputFlags adds the flags that extract and compare share.
func inputFlags(fs *pflag.FlagSet, o *options, formats []string) {
	o.maxSize = defaultMaxSize
	fs.StringVar(&o.format, "format", formats[0], "output format: "+strings.Join(formats, ", "))
	fs.StringVarP(&o.output, "output", "o", "", "write the output to `FILE` instead of standard output")
	fs.StringArrayVar(&o.lexicons, "lexicon", nil, "add the entries of lexicon `FILE` to the built-in lexicon (repeatable)")
	fs.IntVarP(&o.jobs, "jobs", "j", runtime.NumCPU(), "read `N` articles in parallel (the output does not depend on it)")
	fs.BoolVarP(&o.quiet, "quiet", "q", false, "print only errors on stderr, no notices (skipped files, problems in articles)")
	fs.Var(&o.maxSize, "max-size", "skip files larger than `SIZE` bytes, reporting them as errors (suffixes K, M, G are powers of 1024)")
	fs.BoolVar(&o.csvRaw, "csv-raw", false, "csv: write article text as it is (no neutralising of formula-like cells, no removal of control characters)")
	fs.BoolVar(&o.excel, "excel", false, "csv: start with a UTF-8 byte order mark and end lines with CRLF, for Excel")
	colorFlag(fs, &o.color)
}

// colorWhen are the values of --color.
var colorWhen = []string{"auto", "always", "never"}

// colorFlag adds --color.
func colorFlag(fs *pflag.FlagSet, when *string) {
	fs.StringVar(when, "color", "auto", "table: colour the verdicts and statuses `WHEN`: auto (on a terminal, unless NO_COLOR is set), always, never")
}

// parse parses args. It returns the exit code to stop with, or -1 to go on.
// help is printed to stderr on -h/--help.
func parse(fs *pflag.FlagSet, args []string, help string, stderr io.Writer) int {
	err := fs.Parse(args)
	if errors.Is(err, pflag.ErrHelp) {
		fmt.Fprintf(stderr, "%s\nFlags:\n%s", help, fs.FlagUsages())
		return exitOK
	}
	if err != nil {
		return usageError(stderr, fs.Name(), "%v", err)
	}
	return -1
}

// usageError prints a usage error with a pointer to the help, and returns
// the usage exit code.
func usageError(stderr io.Writer, cmd, format string, args ...any) int {
	fmt.Fprintf(stderr, "%s: %s\nRun '%s --help' for usage.\n", cmd, fmt.Sprintf(format, args...), cmd)
	return exitError
}

// check validates the options of a command that prints formats.
func (o *options) check(cmd string, formats []string, stderr io.Writer) int {
	if !slices.Contains(formats, o.format) {
		return usageError(stderr, cmd, "unknown --format %q (want %s)", o.format, strings.Join(formats, ", "))
	}
	if !slices.Contains(colorWhen, o.color) {
		return usageError(stderr, cmd, "unknown --color %q (want %s)", o.color, strings.Join(colorWhen, ", "))
	}
	if o.jobs < 1 {
		return usageError(stderr, cmd, "-j must be at least 1, not %d", o.jobs)
	}
	if o.maxSize < 1 {
		return usageError(stderr, cmd, "--max-size must be at least 1 byte")
	}
	for _, k := range o.failOn {
		if !slices.Contains(failOnKinds, k) {
			return usageError(stderr, cmd, "unknown --fail-on %q (want a comma-separated list of %s)", k, strings.Join(failOnKinds, ", "))
		}
	}
	return -1
}

// render is the rendering options for out.
func (o *options) render(out *output) render.Options {
	return render.Options{Format: o.format, CSVRaw: o.csvRaw, Excel: o.excel, Color: out.colour(o.color)}
}

// size is a byte count flag: 1048576, 512K, 50M, 1G (powers of 1024).
type size int64

func (s *size) String() string { return humanSize(int64(*s)) }
func (s *size) Type() string   { return "size" }

func (s *size) Set(v string) error {
	t := strings.TrimSpace(v)
	mult := int64(1)
	upper := strings.ToUpper(t)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"BYTES", 1}, {"KIB", 1 << 10}, {"MIB", 1 << 20}, {"GIB", 1 << 30}, {"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(upper, u.suffix) {
			t, mult = strings.TrimSpace(t[:len(t)-len(u.suffix)]), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return fmt.Errorf("want a size in bytes such as 1048576, 512K, 50M or 1G")
	}
	*s = size(n * mult)
	return nil
}

// humanSize prints a byte count the way --max-size reads it back.
func humanSize(n int64) string {
	for _, u := range []struct {
		name string
		mult int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.mult && n%u.mult == 0 {
			return fmt.Sprintf("%d %s", n/u.mult, u.name)
		}
	}
	return fmt.Sprintf("%d bytes", n)
}
