package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/creack/pty"
)

// asClaims is set in the environment of the test binary when a test runs it
// as the claims command (see TestMain).
const asClaims = "CLAIMS_TEST_AS_COMMAND"

// claimsCmd is the test binary run as the claims command, in the
// environment of the tests less CI, NO_COLOR and TERM, plus env.
func claimsCmd(t *testing.T, env []string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if k != "CI" && k != "NO_COLOR" && k != "TERM" {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, asClaims+"=1", "TERM=xterm")
	cmd.Env = append(cmd.Env, env...)
	return cmd
}

// onTerminal runs cmd with the streams named in ttyStreams ("stdout",
// "stderr") on a pseudo-terminal and the others into buffers. It returns
// what the terminal showed and what went to the buffers.
func onTerminal(t *testing.T, cmd *exec.Cmd, ttyStreams ...string) (screen, stdout, stderr string) {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skip("no pseudo-terminal here:", err)
	}
	defer ptmx.Close()
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 40, Cols: 200}); err != nil {
		t.Fatal(err)
	}
	var outBuf, errBuf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &outBuf, &errBuf
	for _, s := range ttyStreams {
		switch s {
		case "stdout":
			cmd.Stdout = tty
		case "stderr":
			cmd.Stderr = tty
		}
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tty.Close() // the child has it; the reads below end when it exits
	var scr bytes.Buffer
	done := make(chan error, 1)
	go func() {
		_, err := io.Copy(&scr, ptmx)
		done <- err
	}()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v: %v\nstderr: %s", cmd.Args, err, errBuf.String())
	}
	if err := <-done; err != nil && !errors.Is(err, os.ErrClosed) && !isEIO(err) {
		t.Fatal(err)
	}
	return scr.String(), outBuf.String(), errBuf.String()
}

// isEIO: reading a pseudo-terminal whose other end is closed fails with
// EIO on Linux.
func isEIO(err error) bool {
	var pe *os.PathError
	return errors.As(err, &pe) && strings.Contains(pe.Err.Error(), "input/output error")
}

// progressLine is the line of a run on the five seed articles (the total
// is counted on the side, so the first draws may not have it yet).
var progressLine = regexp.MustCompile(`claims: ([0-9,]+/5 files|1 file|[0-9,]+ files), [0-9,]+ claims?, [0-9.]+s`)

// TestProgressOnTerminal: with stderr on a terminal, a progress line is
// drawn there, redrawn in place and wiped at the end; stdout has none.
func TestProgressOnTerminal(t *testing.T) {
	kursk, _ := filepath.Abs("../../testdata/kursk")
	for _, cmd := range []string{"extract", "compare"} {
		screen, stdout, _ := onTerminal(t, claimsCmd(t, nil, cmd, "--format", "json", kursk), "stderr")
		if !progressLine.MatchString(screen) {
			t.Errorf("%s: no progress line on the terminal: %q", cmd, screen)
		}
		if !strings.HasPrefix(screen, "\r") || !strings.HasSuffix(screen, "\r") || strings.Contains(screen, "\n") {
			t.Errorf("%s: the line is not redrawn in place and wiped: %q", cmd, screen)
		}
		if strings.Contains(stdout, "claims: ") || strings.Contains(stdout, "\r") {
			t.Errorf("%s: progress on stdout", cmd)
		}
	}
}

// TestNoProgress: no progress line when stderr is not a terminal, in CI, or
// with --quiet.
func TestNoProgress(t *testing.T) {
	kursk, _ := filepath.Abs("../../testdata/kursk")
	var stderr bytes.Buffer
	c := claimsCmd(t, nil, "extract", "--format", "jsonl", kursk)
	c.Stdout, c.Stderr = io.Discard, &stderr
	if err := c.Run(); err != nil {
		t.Fatal(err)
	}
	if stderr.Len() > 0 {
		t.Errorf("piped stderr: %q", stderr.String())
	}
	for _, tt := range []struct {
		env  []string
		args []string
	}{
		{[]string{"CI=true"}, nil},
		{nil, []string{"--quiet"}},
		{nil, []string{"-q"}},
	} {
		args := append([]string{"extract", "--format", "jsonl"}, tt.args...)
		screen, _, _ := onTerminal(t, claimsCmd(t, tt.env, append(args, kursk)...), "stderr")
		if screen != "" {
			t.Errorf("%v %v: the terminal shows %q", tt.env, tt.args, screen)
		}
	}
}

// TestColourOnTerminal: the table is coloured on a terminal, and not with
// NO_COLOR set (to anything but ""), TERM=dumb or --color never; the words
// are the same either way.
func TestColourOnTerminal(t *testing.T) {
	kursk, _ := filepath.Abs("../../testdata/kursk")
	plain := func(s string) string {
		return regexp.MustCompile("\x1b\\[[0-9;]*m").ReplaceAllString(strings.ReplaceAll(s, "\r\n", "\n"), "")
	}
	coloured, _, _ := onTerminal(t, claimsCmd(t, nil, "compare", "-q", kursk), "stdout")
	if !strings.Contains(coloured, "\x1b[") {
		t.Fatalf("no colour on a terminal:\n%s", coloured)
	}
	for _, tt := range []struct {
		env  []string
		args []string
	}{
		{[]string{"NO_COLOR=1"}, nil},
		{[]string{"NO_COLOR=false"}, nil}, // any value but ""
		{[]string{"TERM=dumb"}, nil},
		{nil, []string{"--color", "never"}},
	} {
		args := append([]string{"compare", "-q"}, tt.args...)
		screen, _, _ := onTerminal(t, claimsCmd(t, tt.env, append(args, kursk)...), "stdout")
		if strings.ContainsRune(screen, 0x1b) {
			t.Errorf("%v %v: colour:\n%q", tt.env, tt.args, screen)
		}
		if plain(screen) != plain(coloured) {
			t.Errorf("%v %v: the words differ from the coloured table", tt.env, tt.args)
		}
	}
}
