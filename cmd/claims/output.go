package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"

	"github.com/claims-tool/claims/cmd/claims/internal/render"
	"golang.org/x/term"
)

// output is where results go: standard output or the -o file, buffered.
// It keeps the first write error; a closed pipe (the reader went away, as
// in `claims DIR | head`) ends the run quietly.
type output struct {
	name string
	f    *os.File
	sink *sink
	*bufio.Writer
}

type sink struct {
	w   io.Writer
	err error
	// before, when set, is called once before the first write: it stops
	// the progress line when both go to one terminal.
	before func()
}

func (s *sink) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	if s.before != nil {
		s.before()
		s.before = nil
	}
	n, err := s.w.Write(p)
	if err != nil {
		s.err = err
	}
	return n, err
}

// openOutput opens the -o file, or wraps stdout when path is "".
func openOutput(path string, stdout io.Writer) (*output, error) {
	o := &output{name: "standard output"}
	w := stdout
	if path != "" {
		f, err := os.Create(path)
		if err != nil {
			return nil, err
		}
		o.name, o.f, w = path, f, f
	}
	o.sink = &sink{w: w}
	o.Writer = bufio.NewWriterSize(o.sink, 64<<10)
	return o, nil
}

// terminal reports whether the output goes to a terminal.
func (o *output) terminal() bool {
	f, ok := o.sink.w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// sharesScreen stops the progress line before the first write when the
// output goes to a terminal too, so that the two do not mix.
func (o *output) sharesScreen(p *progress) {
	if p != nil && o.terminal() {
		o.sink.before = p.stop
	}
}

// colour reports whether the table is to be coloured: --color always, or
// auto (the default) when the output is a terminal, NO_COLOR is unset or
// empty (https://no-color.org) and TERM is not "dumb".
func (o *output) colour(when string) bool {
	switch when {
	case "always":
		return true
	case "never":
		return false
	}
	return os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb" && o.terminal()
}

// broken reports whether writing has failed (the run may stop early).
func (o *output) broken() bool { return o.sink.err != nil }

// close flushes and closes the output. It returns nil when the reader of a
// pipe went away, and the write error otherwise.
func (o *output) close() error {
	err := o.Flush()
	if o.f != nil {
		if cerr := o.f.Close(); err == nil {
			err = cerr
		}
	}
	if o.sink.err != nil {
		err = o.sink.err
	}
	if errors.Is(err, syscall.EPIPE) {
		return nil
	}
	return err
}

// reporter prints messages about inputs on stderr, made safe for a
// terminal, and remembers whether any was an error.
type reporter struct {
	stderr io.Writer
	quiet  bool
	failed bool
	// prog is the progress line, wiped before each message; nil when
	// there is none.
	prog *progress
}

func (r *reporter) print(m message) {
	if m.err {
		r.failed = true
	} else if r.quiet {
		return
	}
	r.prog.clear()
	fmt.Fprintln(r.stderr, render.Terminal(m.text))
}

// errorf reports an error that is not about one input.
func (r *reporter) errorf(format string, args ...any) {
	r.print(message{text: fmt.Sprintf(format, args...), err: true})
}

// code is the exit code for the messages printed so far, given the code the
// results themselves call for.
func (r *reporter) code(results int) int {
	if r.failed {
		return exitError
	}
	return results
}
