package lexicon

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary files to the parser: it must not panic, and a
// failure must be an ErrorList of positioned errors inside the file.
//
// Run while developing: go test -run '^$' -fuzz FuzzParse -fuzztime 10m ./lexicon/
//
// Fuzzed 11 minutes on 2026-11-21 (1,677,876 inputs, no failure; eight fuzz targets
// sharing a loaded 2-core machine, one worker each).
func FuzzParse(f *testing.F) {
	files, err := BuiltinFiles()
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		f.Add(file.Data)
	}
	for _, s := range []string{"", "[bound]\nabout = approx\n", "[vague]\nx = 5..1\n", "oops\n", "[nope]\nx\n", "[unit]\nkm = km bogus\n", "\xff\n[\n]\n="} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lex, err := Parse(File{Name: "user.txt", Data: data})
		if err == nil {
			if lex == nil {
				t.Fatal("nil lexicon without an error")
			}
			return
		}
		var list ErrorList
		if !errors.As(err, &list) || len(list) == 0 {
			t.Fatalf("error %v is not a non-empty ErrorList", err)
		}
		for _, e := range list {
			if e.File != "user.txt" || e.Line < 1 {
				t.Fatalf("error without a position: %+v", e)
			}
		}
	})
}

// slowWords is Words without its fast path: every rune folded.
func slowWords(s string) []string {
	var b []rune
	for _, r := range s {
		b = append(b, Fold(r))
	}
	return strings.Fields(string(b))
}

// FuzzNorm holds Norm's and Words' fast paths to the rune-by-rune fold.
// Fuzzed 2026-11-21: 60 s, no failure.
func FuzzNorm(f *testing.F) {
	for _, s := range []string{"", "Air Force", "air  force", " air", "air ", "Zelensky\u2019s", "10,000", "A`b", "\u00a0x", "ÉTAT", "said", "K\u212a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := slowWords(s)
		if got := Words(s); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", s, got, want)
		}
		if got := Norm(s); got != strings.Join(want, " ") {
			t.Errorf("Norm(%q) = %q, want %q", s, got, strings.Join(want, " "))
		}
	})
}

// FuzzNormAt holds NormAt to Norm for every piece of a text.
// Fuzzed 2026-11-21: 60 s, no failure.
func FuzzNormAt(f *testing.F) {
	for _, s := range []string{"", "The Air Force said", "KYIV, Ukraine", "A`b C", "Zelensky\u2019s 139", "\u00a0X y", "ÉTAT Major", "K\u212a"} {
		f.Add(s, 0, len(s))
		f.Add(s, 1, 3)
	}
	f.Fuzz(func(t *testing.T, s string, i, j int) {
		if i < 0 || j > len(s) || i > j {
			return
		}
		lower := LowerASCII(s)
		if len(lower) != len(s) {
			t.Fatalf("LowerASCII(%q) = %q: length changed", s, lower)
		}
		if got, want := NormAt(s, lower, i, j), Norm(s[i:j]); got != want {
			t.Errorf("NormAt(%q, %d, %d) = %q, want Norm(%q) = %q", s, i, j, got, s[i:j], want)
		}
	})
}
