package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/claims-tool/claims/extract"
	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestMain runs the tests, or, when the tests run their own binary as
// the command (runClaims), the command.
func TestMain(m *testing.M) {
	if os.Getenv(asClaims) == "1" {
		main()
	}
	testscript.Main(m, map[string]func(){"claims": main})
}

// TestScripts runs the end-to-end tests in testdata/script: the claims
// command as a user runs it, in a fresh folder per script. $KURSK is the
// seed articles' folder.
func TestScripts(t *testing.T) {
	kursk, err := filepath.Abs("../../testdata/kursk")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Setup: func(e *testscript.Env) error {
			e.Setenv("KURSK", kursk)
			return nil
		},
		Cmds: map[string]func(*testscript.TestScript, bool, []string){"exits": cmdExits},
	})
}

// cmdExits is the script command "exits CODE PROG ARGS...": it runs PROG
// like exec and fails unless it exits with CODE.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits CODE PROG [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: bad code %q", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited %d, want %d", args[1], got, want)
	}
}

// golden compares got with the golden file name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(name, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/claims -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test ./cmd/claims -update after checking the change):\n%s", name, firstDiff(string(want), string(got)))
	}
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range max(len(wl), len(gl)) {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\nwant: " + w + "\ngot:  " + g
		}
	}
	return "(no line differs)"
}

// TestGolden checks the output of every format on the seed articles byte
// for byte, and that it does not depend on the number of jobs.
func TestGolden(t *testing.T) {
	dir, err := filepath.Abs("testdata/golden")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir("../..") // so that the article paths read testdata/kursk/...
	tests := []struct {
		cmd, format, file string
	}{
		{"extract", "table", "kursk.extract.txt"},
		{"extract", "jsonl", "kursk.extract.jsonl"},
		{"extract", "json", "kursk.extract.json"},
		{"extract", "csv", "kursk.extract.csv"},
		{"compare", "table", "kursk.compare.txt"},
		{"compare", "json", "kursk.compare.json"},
		{"compare", "csv", "kursk.compare.csv"},
		{"compare", "markdown", "kursk.compare.md"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var outs [][]byte
			for _, jobs := range []string{"1", "2", "8"} {
				var stdout, stderr bytes.Buffer
				code := run([]string{tt.cmd, "--format", tt.format, "-j", jobs, "testdata/kursk"}, &stdout, &stderr)
				if code != 0 || stderr.Len() > 0 {
					t.Fatalf("-j %s: exit %d, stderr:\n%s", jobs, code, stderr.String())
				}
				outs = append(outs, stdout.Bytes())
			}
			for i, jobs := range []string{"2", "8"} {
				if !bytes.Equal(outs[0], outs[i+1]) {
					t.Errorf("-j 1 and -j %s differ:\n%s", jobs, firstDiff(string(outs[0]), string(outs[i+1])))
				}
			}
			golden(t, filepath.Join(dir, tt.file), outs[0])
		})
	}
}

// TestGoldenExplain checks claims explain on seed claims: one that
// outlets agree on, and one flagged by its article.
func TestGoldenExplain(t *testing.T) {
	dir, err := filepath.Abs("testdata/golden")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir("../..")
	var all bytes.Buffer
	for _, id := range []string{"testdata/kursk/000_20234631a5bd40c9.txt@2689", "testdata/kursk/000_20234631a5bd40c9.txt@1241"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"explain", id}, &stdout, &stderr); code != 0 || stderr.Len() > 0 {
			t.Fatalf("explain %s: exit %d, stderr:\n%s", id, code, stderr.String())
		}
		all.WriteString("$ claims explain " + id + "\n")
		all.Write(stdout.Bytes())
		all.WriteString("\n")
	}
	golden(t, filepath.Join(dir, "kursk.explain.txt"), all.Bytes())
}

// TestCompareClaimShards: compare --claims over claim files extracted
// shard by shard (given in any order, one of them twice) gives the claims,
// groups and summary of a run on the articles.
func TestCompareClaimShards(t *testing.T) {
	t.Chdir("../..")
	tmp := t.TempDir()
	files, err := filepath.Glob("testdata/kursk/*.txt")
	if err != nil || len(files) < 3 {
		t.Fatalf("seed articles: %v %v", files, err)
	}
	shards := [][]string{files[2:], files[:2]}
	var names []string
	for i, shard := range shards {
		var stdout, stderr bytes.Buffer
		name := filepath.Join(tmp, "shard"+strconv.Itoa(i)+".jsonl")
		if code := run(append([]string{"extract", "--format", "jsonl", "-o", name}, shard...), &stdout, &stderr); code != 0 {
			t.Fatalf("extract: exit %d: %s", code, stderr.String())
		}
		names = append(names, name)
	}
	report := func(args ...string) (sections map[string]json.RawMessage, stderr string) {
		t.Helper()
		var out, errb bytes.Buffer
		if code := run(append([]string{"compare", "--format", "json"}, args...), &out, &errb); code != 0 {
			t.Fatalf("compare %v: exit %d: %s", args, code, errb.String())
		}
		if err := json.Unmarshal(out.Bytes(), &sections); err != nil {
			t.Fatal(err)
		}
		return sections, errb.String()
	}
	single, _ := report("testdata/kursk")
	merged, stderr := report(append([]string{"--claims"}, append(names, names[0])...)...)
	for _, k := range []string{"claims", "groups", "summary"} {
		if !bytes.Equal(single[k], merged[k]) {
			t.Errorf("%s differ:\n%s", k, firstDiff(string(single[k]), string(merged[k])))
		}
	}
	if n := strings.Count(stderr, "already read at "+names[0]+":"); n == 0 {
		t.Errorf("no notice of the claims read twice:\n%s", stderr)
	}
}

// TestClaimsAtOffsets checks the position contract on the seed articles:
// the file's bytes at [offset, end) are the claim's text, and line:col
// point at the same byte.
func TestClaimsAtOffsets(t *testing.T) {
	t.Chdir("../..")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"extract", "--format", "jsonl", "testdata/kursk"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	files := map[string][]byte{}
	n := 0
	for line := range strings.Lines(stdout.String()) {
		var c struct {
			Article     string
			Offset, End int
			Line, Col   int
			Text        string
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatal(err)
		}
		src, ok := files[c.Article]
		if !ok {
			var err error
			if src, err = os.ReadFile(c.Article); err != nil {
				t.Fatal(err)
			}
			files[c.Article] = src
		}
		if got := string(src[c.Offset:c.End]); got != c.Text {
			t.Errorf("%s@%d: file has %q, claim says %q", c.Article, c.Offset, got, c.Text)
		}
		lineStart := bytes.LastIndexByte(src[:c.Offset], '\n') + 1
		if wantLine := bytes.Count(src[:c.Offset], []byte("\n")) + 1; c.Line != wantLine || c.Col != c.Offset-lineStart+1 {
			t.Errorf("%s@%d: at %d:%d, want %d:%d", c.Article, c.Offset, c.Line, c.Col, wantLine, c.Offset-lineStart+1)
		}
		n++
	}
	if n < 20 {
		t.Errorf("only %d claims in the seed articles", n)
	}
}

// TestClosedPipe: when the reader of the output goes away (claims DIR |
// head), the run ends quietly.
func TestClosedPipe(t *testing.T) {
	t.Chdir("../..")
	for _, cmd := range []string{"extract", "compare"} {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		r.Close()
		var stderr bytes.Buffer
		code := run([]string{cmd, "--format", "json", "testdata/kursk"}, w, &stderr)
		w.Close()
		if code != 0 || stderr.Len() > 0 {
			t.Errorf("%s into a closed pipe: exit %d, stderr %q", cmd, code, stderr.String())
		}
	}
}

// TestWriteError: any other write error is reported, with exit code 2.
func TestWriteError(t *testing.T) {
	f, err := os.Open(os.DevNull) // read-only: every write fails
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var stderr bytes.Buffer
	code := run([]string{"extract", "../../testdata/kursk"}, f, &stderr)
	if code != exitError || !strings.Contains(stderr.String(), "claims: writing standard output:") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}

// TestPanicIsReported: a panic while processing one input becomes an error
// naming the file, and processing goes on.
func TestPanicIsReported(t *testing.T) {
	p := &pipeline{x: nil, jobs: 2, maxSize: defaultMaxSize} // a nil Extractor panics
	ins := []input{{path: "../../testdata/kursk/000_20234631a5bd40c9.txt", named: true}, {path: "../../testdata/kursk/001_d5a8e68a0df2efb6.txt", named: true}}
	var got []string
	p.run(slices.Values(ins), func(r *result) bool {
		if !r.failed() || r.art != nil {
			t.Errorf("%s: no failure after a panic: %+v", r.in.path, r.msgs)
		}
		for _, m := range r.msgs {
			got = append(got, m.text)
		}
		return true
	})
	if len(got) != 2 {
		t.Fatalf("want one message per file, got %q", got)
	}
	for i, m := range got {
		if !strings.HasPrefix(m, ins[i].path+": internal error") || !strings.Contains(m, "panic:") {
			t.Errorf("message %q", m)
		}
	}
}

func TestReporterIsTerminalSafe(t *testing.T) {
	var b bytes.Buffer
	r := &reporter{stderr: &b, quiet: true}
	r.print(message{text: "evil\x1b]0;title\x07.txt: \x1b[2Jbad", err: true})
	r.print(message{text: "a notice"})
	if got := b.String(); got != "evil.txt: bad\n" {
		t.Errorf("stderr = %q", got)
	}
	if !r.failed {
		t.Errorf("an error did not mark the run failed")
	}
}

func TestCollect(t *testing.T) {
	root := t.TempDir()
	write := func(name, s string) {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", "b")
	write("a/z.txt", "z")
	write("a/c.txt", "c")
	write(".hidden.txt", "h")
	write(".git/config", "g")
	write("c d.txt", "space")
	if err := os.Symlink("nowhere", filepath.Join(root, "broken")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink("a", filepath.Join(root, "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("b.txt", filepath.Join(root, "link.txt")); err != nil {
		t.Fatal(err)
	}
	ins := collect([]string{root, filepath.Join(root, "b.txt"), filepath.Join(root, "missing"), "-"})
	var got []string
	for _, in := range ins {
		s, _ := filepath.Rel(root, in.path)
		switch {
		case in.stdin:
			s = "stdin"
		case in.err != nil:
			s += " error: " + errText(in.err)
		case in.skip != "":
			s += " skip"
		}
		got = append(got, s)
	}
	want := []string{
		"a/c.txt", "a/z.txt", "b.txt", "broken error: broken symbolic link", "c d.txt", "link.txt", "loop skip",
		"missing error: no such file or directory", "stdin",
	}
	if !slices.Equal(got, want) {
		t.Errorf("collect:\n%q\nwant\n%q", got, want)
	}
}

func TestOverlap(t *testing.T) {
	tests := []struct {
		paths []string
		want  bool
	}{
		{[]string{"a", "b"}, false},
		{[]string{"a", "a"}, true},
		{[]string{"a", "./a/"}, true},
		{[]string{"a", "a/x.txt"}, true},
		{[]string{"a/x.txt", "a"}, true},
		{[]string{"a", "ab/x.txt"}, false},
		{[]string{"-", "a"}, false},
		{[]string{"-", "-"}, true},
		{[]string{"/", "a"}, true},
	}
	for _, tt := range tests {
		if got := overlap(tt.paths); got != tt.want {
			t.Errorf("overlap(%q) = %v, want %v", tt.paths, got, tt.want)
		}
	}
}

func TestBinary(t *testing.T) {
	tests := []struct {
		name string
		data string
		bin  bool
	}{
		{"text", "Moscow sent 139 drones.", false},
		{"empty", "", false},
		{"html", "<!DOCTYPE html><html><body>139 drones</body></html>", false},
		{"utf-8 bom", "\xef\xbb\xbf139 drones", false},
		{"utf-16 le bom", "\xff\xfe1\x003\x009\x00", false},
		{"latin-1", "caf\xe9 139 drones", false},
		{"pdf", "%PDF-1.4\n1 0 obj", true},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", true},
		{"zip", "PK\x03\x04\x14\x00", true},
		{"gzip", "\x1f\x8b\x08\x00", true},
		{"nul in text", "looks like text\x00but is not", true},
		{"escape sequences", "139 \x1b[8mdrones\x1b[0m, \x1b]0;title\x07officials said", false},
		{"control bytes", "\x01\x02\x03\x04\x05\x06\x07\x08abc", true},
	}
	for _, tt := range tests {
		if _, bin := binary([]byte(tt.data)); bin != tt.bin {
			t.Errorf("%s: binary = %v, want %v", tt.name, bin, tt.bin)
		}
	}
}

func TestSizeFlag(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true},
		{"512K", 512 << 10, true},
		{"50M", 50 << 20, true},
		{"50MiB", 50 << 20, true},
		{"50 MiB", 50 << 20, true},
		{"1g", 1 << 30, true},
		{"10B", 10, true},
		{"", 0, false},
		{"-1", 0, false},
		{"ten", 0, false},
		{"1.5M", 0, false},
		{"99999999999999999999", 0, false},
	}
	for _, tt := range tests {
		var s size
		err := s.Set(tt.in)
		if (err == nil) != tt.ok || tt.ok && int64(s) != tt.want {
			t.Errorf("Set(%q) = %d, %v; want %d, ok %v", tt.in, s, err, tt.want, tt.ok)
		}
		if tt.ok {
			var back size
			if err := back.Set(s.String()); err != nil || back != s {
				t.Errorf("%q prints as %q, which reads back as %d, %v", tt.in, s.String(), back, err)
			}
		}
	}
}

// The extractor's article type must not leak text after Release: extract
// keeps claims only, so memory stays bounded on large folders.
func TestExtractReleases(t *testing.T) {
	lex := loadLexicon(nil, &reporter{stderr: os.Stderr})
	x, err := extract.New(lex)
	if err != nil {
		t.Fatal(err)
	}
	p := &pipeline{x: x, jobs: 1, maxSize: defaultMaxSize}
	r := p.process(input{path: "../../testdata/kursk/000_20234631a5bd40c9.txt", named: true})
	if r.art == nil || r.art.Source() != "" || len(r.claims) == 0 {
		t.Errorf("article kept its text or lost its claims: %d claims", len(r.claims))
	}
	p.keep = true
	r = p.process(input{path: "../../testdata/kursk/000_20234631a5bd40c9.txt", named: true})
	if r.art.Source() == "" {
		t.Errorf("keep: the text was released")
	}
}

// TestHostileFolder runs the tool on a folder of the inputs fact-checkers
// meet in downloads and scrapes: every bad file is reported once by name,
// every good file's claims are printed, nothing panics, and the exit code
// is 2.
func TestHostileFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Skip("cannot create", name, err) // file systems that refuse odd names
		}
	}
	const good = "Moscow sent 139 drones into Ukraine overnight, Ukrainian officials said.\n"
	// good files, some of them odd
	write("good.txt", []byte(good))
	write("name with spaces.txt", []byte(good))
	write("new\nline.txt", []byte(good))
	write("crlf-bom.txt", []byte("\ufeff"+strings.ReplaceAll(good, "\n", "\r\n")))
	write("latin1.txt", []byte("Caf\xe9 owners said 139 drones were sent.\n"))
	write("empty.txt", nil)
	write("one-long-line.txt", []byte(strings.Repeat("word ", 200000)+good))
	write("escapes.txt", []byte("Moscow sent 139 \x1b[2Jdrones, \x1b]0;pwned\x07officials said.\n"))
	// skipped with a notice
	write("photo.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	write("archive.zip", []byte("PK\x03\x04\x14\x00\x00\x00"))
	// errors
	write("huge.txt", []byte(strings.Repeat(good, 40000))) // over --max-size below
	bad := []string{"huge.txt", "broken-link", "self-link"}
	if err := os.Symlink("nowhere", filepath.Join(dir, "broken-link")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if err := os.Symlink("self-link", filepath.Join(dir, "self-link")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(".", filepath.Join(dir, "loop")); err != nil { // a folder link: not followed
		t.Fatal(err)
	}
	if os.Geteuid() != 0 { // root reads anything
		write("unreadable.txt", []byte(good))
		if err := os.Chmod(filepath.Join(dir, "unreadable.txt"), 0); err != nil {
			t.Fatal(err)
		}
		bad = append(bad, "unreadable.txt")
	}

	var stdout, stderr bytes.Buffer
	code := run([]string{"extract", "--format", "jsonl", "--max-size", "2M", dir}, &stdout, &stderr)
	if code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	msgs := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
	for _, name := range bad {
		n := 0
		for _, m := range msgs {
			if strings.HasPrefix(m, filepath.Join(dir, name)+": ") {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: %d messages, want 1:\n%s", name, n, stderr.String())
		}
	}
	for _, name := range []string{"photo.png", "archive.zip", "loop"} {
		if !strings.Contains(stderr.String(), filepath.Join(dir, name)+": skipped: ") {
			t.Errorf("no notice for %s:\n%s", name, stderr.String())
		}
	}
	if strings.Contains(stderr.String(), "panic") || strings.Contains(stderr.String(), "goroutine") || strings.ContainsRune(stderr.String(), 0x1b) {
		t.Errorf("stderr:\n%s", stderr.String())
	}
	for _, name := range []string{"good.txt", "name with spaces.txt", "new\nline.txt", "crlf-bom.txt", "latin1.txt", "one-long-line.txt", "escapes.txt"} {
		path, _ := json.Marshal(filepath.Join(dir, name))
		if !strings.Contains(stdout.String(), `"article":`+string(path)+`,`) {
			t.Errorf("no claims from %q", name)
		}
	}
	for line := range strings.Lines(stdout.String()) {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Errorf("not JSON: %v: %q", err, line)
		}
	}
}
