package tagger

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/jdkato/prose/v3/tokenize"
)

// corpus returns every sentence of the repository's article fixtures,
// tokenized by prose.
func corpus(tb testing.TB) [][]string {
	tb.Helper()
	var files []string
	for _, g := range []string{"../../../testdata/kursk/*", "../../../testdata/dev/*/articles/*", "../../../testdata/html/*.html"} {
		m, err := filepath.Glob(g)
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 10 {
		tb.Fatalf("found %d fixture files; run from the repository", len(files))
	}
	seg, err := segment.New()
	if err != nil {
		tb.Fatal(err)
	}
	tok := tokenize.New()
	var out [][]string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, s := range seg.Segment(string(src)) {
			var words []string
			for _, t := range tok.Tokenize(s.Text) {
				words = append(words, t.Text)
			}
			out = append(out, words)
		}
	}
	return out
}

func tags(t tag.Interface, words []string) []string {
	var out []string
	for _, tk := range t.Tag(words) {
		out = append(out, tk.Tag)
	}
	return out
}

func models(tb testing.TB) (*tag.Tagger, *Tagger) {
	tb.Helper()
	want, err := tag.New()
	if err != nil {
		tb.Fatal(err)
	}
	got, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	return want, got
}

// TestSameAsProse tags every sentence of the fixtures, and the same
// sentences upper-cased, reversed and cut short, with prose's tagger and
// this one: every tag must be the same.
func TestSameAsProse(t *testing.T) {
	want, got := models(t)
	sents := corpus(t)
	tokens := 0
	for _, s := range sents {
		rev := slices.Clone(s)
		slices.Reverse(rev)
		var upper []string
		for _, w := range s {
			upper = append(upper, strings.ToUpper(w))
		}
		for _, words := range [][]string{s, rev, upper, s[:len(s)/2], s[len(s)/2:]} {
			tokens += len(words)
			if w, g := tags(want, words), tags(got, words); !slices.Equal(w, g) {
				for i := range w {
					if w[i] != g[i] {
						t.Errorf("%q: word %d %q is %s, prose says %s", strings.Join(words, " "), i, words[i], g[i], w[i])
						break
					}
				}
			}
		}
	}
	if tokens < 20000 {
		t.Errorf("compared only %d tokens", tokens)
	}
}

// TestSpecialTokens holds the tokens prose tags without its model to
// prose's answers, each alone and inside a sentence.
func TestSpecialTokens(t *testing.T) {
	want, got := models(t)
	special := []string{"-", "@user", "0", "*", "*T*", "*-12", "*ICH*-3", "*?*", "-LRB-", "-RRB-", "-lrb-",
		"1999", "-1999", "+123", "e-mail", "-abc", "", "É", "ÉTAT", "Straße", "'s", "n't", "$", "%", "..."}
	for e := range emoticons {
		special = append(special, e)
	}
	for _, w := range special {
		for _, words := range [][]string{{w}, {"They", "said", w, "drones", "."}} {
			if w, g := tags(want, words), tags(got, words); !slices.Equal(w, g) {
				t.Errorf("%q: got %v, prose says %v", words, g, w)
			}
		}
	}
	// every emoticon copied from prose is one prose tags SYM
	for e := range emoticons {
		if tg := tags(want, []string{e})[0]; tg != "SYM" {
			t.Errorf("emoticon %q: prose tags it %s, not SYM", e, tg)
		}
	}
}

func TestFromBytesRejectsDamage(t *testing.T) {
	model := aptagmodel.English
	for _, n := range []int{0, 7, 8, 12, 100, len(model) / 2, len(model) - 1} {
		if _, err := FromBytes(model[:n]); err == nil {
			t.Errorf("model cut to %d bytes: no error", n)
		}
	}
	bad := slices.Clone(model)
	bad[8] = 2 // version
	if _, err := FromBytes(bad); err == nil || !strings.Contains(err.Error(), "version") {
		t.Errorf("wrong version: %v", err)
	}
}

// FuzzSameAsProse tags arbitrary text with both taggers.
//
// Fuzzed 2026-11-21: 90 s (969,168 inputs) and 60 s after the tag
// numbering, no failure.
func FuzzSameAsProse(f *testing.F) {
	for _, s := range []string{
		"Ukraine's air force said 67 of 139 drones were destroyed.",
		"The 2024 offensive -- 10,000-12,000 troops -LRB- *T*-1 :) @user",
		"ÉTAT Straße 0 * - e-mail 1999",
	} {
		f.Add(s)
	}
	want, got := models(f)
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		if w, g := tags(want, words), tags(got, words); !slices.Equal(w, g) {
			t.Errorf("%q: got %v, prose says %v", words, g, w)
		}
	})
}

// FuzzFromBytes reads damaged models: an error, or a tagger that tags.
//
// Fuzzed 2026-11-21: a huge map-size hint ran out of memory (the input is
// kept in testdata/fuzz); after the fix 60 s, no failure.
func FuzzFromBytes(f *testing.F) {
	f.Add(aptagmodel.English[:200])
	f.Add([]byte("PROSETAG\x01\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tg, err := FromBytes(data)
		if err == nil {
			tg.Tag([]string{"a", "b", "."}) // must not panic
		}
	})
}

// BenchmarkTag tags the fixture sentences; prose is the baseline.
func BenchmarkTag(b *testing.B) {
	prose, fast := models(b)
	sents := corpus(b)
	var toks [][]tag.Token
	n := 0
	for _, s := range sents {
		var ts []tag.Token
		for _, w := range s {
			ts = append(ts, tag.Token{Text: w})
		}
		toks = append(toks, ts)
		n += len(ts)
	}
	for _, bc := range []struct {
		name string
		t    tag.Interface
	}{{"prose", prose}, {"fast", fast}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, ts := range toks {
					bc.t.TagTokens(ts)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/token")
		})
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := FromBytes(aptagmodel.English); err != nil {
			b.Fatal(err)
		}
	}
}

// TestKnows: the words of English the model was trained on, open-class or
// closed ("another" has no features of its own: the model always tags it
// DT), against names it never saw.
func TestKnows(t *testing.T) {
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{
		"another": true, "some": true, "local": true, "only": true, "unit": true, "the": true,
		"wkrv": false, "zelenskyy": false, "brannock": false,
	} {
		if got := tg.Knows(w); got != want {
			t.Errorf("Knows(%q) = %v, want %v", w, got, want)
		}
	}
}
