package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/jdkato/prose/v3/tokenize"
)

// TestWordsSameAsProse tokenizes every fixture file whole, line by line
// and from odd starting points, with prose and with words.
func TestWordsSameAsProse(t *testing.T) {
	var files []string
	for _, g := range []string{"../testdata/kursk/*", "../testdata/dev/*/articles/*", "../testdata/html/*.html"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("found %d fixture files", len(files))
	}
	tok := tokenize.New()
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(src)
		for _, s := range []string{text, text[len(text)/3:], " \t" + text[:len(text)/2] + "\u00a0 "} {
			want, got := tok.Tokenize(s), words(s)
			if !slices.Equal(got, want) {
				for i := range min(len(got), len(want)) {
					if got[i] != want[i] {
						t.Errorf("%s: token %d is %+v, prose says %+v", f, i, got[i], want[i])
						break
					}
				}
				t.Errorf("%s: %d tokens, prose has %d", f, len(got), len(want))
			}
		}
	}
}

// FuzzWordsSameAsProse holds words to prose's tokenizer.
//
// Fuzzed 2026-11-21: 90 s (269k inputs), then 120 s twice and 60 s after
// each widening of the fast path, then 180 s (814k inputs) after splitSpan
// took over from prose's regular expressions, no failure.
func FuzzWordsSameAsProse(f *testing.F) {
	for _, s := range []string{"Ukraine's air force said 67 of 139 drones, Mr. Smith.", "(Mr.) [Dr.,] \"St.\" Mrs.: Abc. ABC. Mr.. $5 $(\"x y.)", "(8D xD) said:\" (a.) A. 'Tis (o: (o:) ((o: [o:", "U.S. xD 8D (-8 “quoted,” it’s", "a,b ,c , d,, e,\n\tf\u00a0g\u2003h", "\xff\xfe 10,000-12,000",
		"'s's it's Ukraine\u2019s can't don\u2019t 'S N'T I'M \u201cHello,\u201d \u2018tis U.S.A. a.m. Mrs. xD' rock'n'roll 60,000. km\u00b2. \u2013 (\u201cwe\u2019ll\u201d)"} {
		f.Add(s)
	}
	tok := tokenize.New()
	f.Fuzz(func(t *testing.T, s string) {
		if want, got := tok.Tokenize(s), words(s); !slices.Equal(got, want) {
			t.Errorf("%q: got %+v, prose says %+v", s, got, want)
		}
	})
}

// BenchmarkWords tokenizes the articles of testdata/kursk with prose and
// with words, reporting MB/s.
func BenchmarkWords(b *testing.B) {
	files, _ := filepath.Glob("../testdata/kursk/*.txt")
	var text string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text += string(src) + "\n"
	}
	tok := tokenize.New()
	for _, bc := range []struct {
		name string
		f    func(string) []tokenize.Token
	}{{"prose", tok.Tokenize}, {"words", func(s string) []tokenize.Token { return words(s) }}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				bc.f(text)
			}
		})
	}
}

// FuzzSplitters holds the quick splitters to the library calls they stand
// for. Fuzzed 2026-11-21: 60 s, then 40 s after foldSpace's shortcut, no
// failure.
func FuzzSplitters(f *testing.F) {
	for _, s := range []string{"a  b\tc\n", "Mr. Jane Doe, (the) “president”;\u00a0x", "\xff \xe2\x80 \u2009y\u202fz\u3000", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		old := strings.Join(strings.FieldsFunc(s, func(r rune) bool {
			return unicode.IsSpace(r) || r == '\u00a0' || r == '\u2009' || r == '\u202f'
		}), " ")
		if got := foldSpace(s); got != old {
			t.Errorf("foldSpace(%q) = %q, want %q", s, got, old)
		}
		var got []string
		for _, sp := range appendNameSpans(nil, s) {
			got = append(got, s[sp.Start:sp.End])
		}
		if want := strings.FieldsFunc(s, isNameSep); !slices.Equal(got, want) {
			t.Errorf("appendNameSpans(nil, %q) gives %q, want %q", s, got, want)
		}
	})
}

// TestNominalize: the verb of a measure names what is measured.
func TestNominalize(t *testing.T) {
	for verb, want := range map[string]string{
		"advanced": "advance", "estimated": "estimate", "created": "create", "produced": "produce",
		"treated": "treat", "repeated": "repeat", "topped": "top", "rising": "rise", "fell": "fell",
		"increased": "increase", "making": "make", "focused": "focus", "peaked": "peak", "closing": "close",
	} {
		if got := nominalize(verb); got != want {
			t.Errorf("nominalize(%q) = %q, want %q", verb, got, want)
		}
	}
}
