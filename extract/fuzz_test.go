package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract runs the whole pipeline on arbitrary bytes and checks the
// position contract: no panic; every claim's span lies inside the file, on
// UTF-8 boundaries when the file is valid UTF-8, and the file's bytes there
// equal the claim's text; sentence and source spans lie inside the file.
//
// Run while developing: go test -run '^$' -fuzz FuzzExtract -fuzztime 10m ./extract/
//
// Fuzzed 11 minutes on 2026-11-21 (27,968 inputs, no failure; eight fuzz targets
// sharing a loaded 2-core machine, one worker each).
func FuzzExtract(f *testing.F) {
	x := newTestExtractor(f)
	files, _ := filepath.Glob("../testdata/kursk/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"", "Officials said 139 drones were launched.", "\"We lost 30 tanks,\" said Gen. Ivan Petrov.",
		"According to the UN, 3,000 people fled. Another 1,500 crossed.", "He said 5. She said 6.",
		"---\ntitle: t\n---\nAbout 10,000-12,000 troops were sent, officials said.\n",
		"\xffup to 5\xfe km was \x00 claimed.", "$3.2bn, 40%, 1.5 million, half a million people died, the ministry said.",
		"Quote from X: \"12 were hurt.\n\nAnd 13 more.", "“", "a “significant number” of people.",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		a := x.Extract("fuzz.txt", src)
		valid := utf8.Valid(src)
		for _, c := range a.Claims {
			s := c.Span
			if s.Start < 0 || s.End > len(src) || s.End <= s.Start {
				t.Fatalf("claim span %+v outside file of %d bytes", s, len(src))
			}
			if !a.Decoded() && string(src[s.Start:s.End]) != c.Text {
				t.Fatalf("claim text %q, file has %q at %+v", c.Text, src[s.Start:s.End], s)
			}
			if valid && (!utf8.RuneStart(src[s.Start]) || s.End < len(src) && !utf8.RuneStart(src[s.End])) {
				t.Fatalf("claim span %+v splits a character", s)
			}
			ss := c.SentenceSpan
			if ss.Start < 0 || ss.End > len(src) || ss.Start > s.Start || ss.End < s.End {
				t.Fatalf("sentence span %+v does not hold claim span %+v", ss, s)
			}
			if sp := c.Source.Span; sp != nil && (sp.Start < 0 || sp.End > len(src) || sp.End < sp.Start) {
				t.Fatalf("source span %+v outside file", *sp)
			}
			if l, h := c.Value.Low, c.Value.High; l != nil && h != nil && *l > *h {
				t.Fatalf("claim %q: low %v > high %v", c.Text, *l, *h)
			}
			line, col := a.Position(s.Start)
			if line < 1 || col < 1 {
				t.Fatalf("position %d:%d", line, col)
			}
		}
	})
}

// TestHugeInputs runs the pipeline on inputs shaped to expose work that
// grows faster than the input: one enormous line of figures with no full
// stop, a sentence with thousands of cues, thousands of comparable figures.
// It asserts the contract on each; a quadratic step would show as a test
// timeout, and BenchmarkExtract measures the speed.
func TestHugeInputs(t *testing.T) {
	x := newTestExtractor(t)
	var line, cues, figs strings.Builder
	for i := 0; i < 20000; i++ {
		fmt.Fprintf(&line, "%d drones and ", i+100)
	}
	line.WriteString("more.\n")
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&cues, "officials said %d people died, ", i+7)
	}
	cues.WriteString("the ministry said.\n")
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&figs, "The army said %d soldiers were killed. Medics said %d soldiers were killed.\n", i+10, i+11)
	}
	for name, src := range map[string]string{"line": line.String(), "cues": cues.String(), "figures": figs.String()} {
		a := x.Extract(name+".txt", []byte(src))
		if len(a.Claims) == 0 {
			t.Errorf("%s: no claims", name)
		}
		for _, c := range a.Claims {
			if src[c.Span.Start:c.Span.End] != c.Text {
				t.Fatalf("%s: claim text %q, file has %q", name, c.Text, src[c.Span.Start:c.Span.End])
			}
		}
	}
}

// FuzzSegmentOne holds the segmenter's shortcut for a block that is one
// sentence to prose's segmenter.
//
// Run: go test -run=^$ -fuzz=FuzzSegmentOne -fuzztime=1m ./extract/
//
// Fuzzed 2026-11-21: 90 s (595,342 inputs), no failure.
func FuzzSegmentOne(f *testing.F) {
	for _, s := range []string{
		"Ukraine's air force said it downed 67 drones.", "  two lines\nof one sentence?  ", "no stop at all",
		"A \u201cquoted\u201d word!", "\u00a0\u2003", "", "Mr Smith said 5", "a \xff b.", "It ended\u2026",
		"he said: \u201cWe will win.\u201d", "as (U.S.)", "x a.b.c", "end?!\"", "so...", "he left.)", "it is 2.5.",
		"see x.Y", "then a...b", "Yahoo!Inc", "end.\"Next", "so.\u201cNo", "U.S.A.Today", "Go?Yes!No.",
		"It advanced 2.5 km.", "1.5.", "2.5. Then", "v1.2.3 came", "3.14.15 rose 0.5%", "12.5\n\n3.",
	} {
		f.Add(s)
	}
	x := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, s string) {
		got, want := x.segment(s), x.seg.Segment(s)
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !slices.Equal(got, want) {
			t.Errorf("segment(%q) = %+v, prose gives %+v", s, got, want)
		}
	})
}
