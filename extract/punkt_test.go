package extract

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// TestSegmenterSameAsProse: the segmenter built from the training data
// read by parseTraining splits every fixture article, and sentences
// with prose's own abbreviations, as prose's segment.New does.
func TestSegmenterSameAsProse(t *testing.T) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		t.Fatal(err)
	}
	st, ok := parseTraining(b)
	if !ok {
		t.Fatal("parseTraining does not read the English training data: start-up falls back to encoding/json")
	}
	want, err := sentences.LoadTraining(b)
	if err != nil {
		t.Fatal(err)
	}
	if !sameTraining(st, want) {
		t.Fatal("parseTraining and sentences.LoadTraining read the training data differently")
	}

	ours, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	prose, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Sgt. Smith said 3 were hurt. Gov. Jane Doe agreed. It was No. 5 on the list. Mt. Etna erupted.",
		"The U.S. Army said 12 died. Dr. Lee disagreed... Then rain came.",
	}
	for _, glob := range []string{"../testdata/kursk/*", "../testdata/dev/*/articles/*"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(src))
		}
	}
	if len(texts) < 10 {
		t.Fatalf("only %d texts", len(texts))
	}
	for _, text := range texts {
		if got, want := ours.Segment(text), prose.Segment(text); !slices.Equal(got, want) {
			t.Errorf("%.40q...: %d sentences, prose %d", text, len(got), len(want))
		}
	}
}

// sameTraining compares two training sets as punkt reads them: a set the
// data leaves out is empty.
func sameTraining(a, b *sentences.Storage) bool {
	return maps.Equal(a.AbbrevTypes, b.AbbrevTypes) && maps.Equal(a.Collocations, b.Collocations) &&
		maps.Equal(a.SentStarters, b.SentStarters) && maps.Equal(a.OrthoContext, b.OrthoContext)
}

// FuzzParseTraining holds parseTraining to encoding/json: what it reads,
// sentences.LoadTraining reads the same.
//
// Run: go test -run=^$ -fuzz=FuzzParseTraining -fuzztime=1m ./extract/
//
// Fuzzed 2026-11-21: 60 s, no failure.
func FuzzParseTraining(f *testing.F) {
	for _, s := range []string{
		`{"OrthoContext": {"a": 32, "b-c": 4}, "AbbrevTypes": {"prof": 1}, "Collocations": {}, "SentStarters": {"but": 1}}`,
		`{}`, ` { "AbbrevTypes" : { "x" : -0 } } `, `{"AbbrevTypes": {"x": 01}}`, `{"AbbrevTypes": {"x": 1.5}}`,
		`{"AbbrevTypes": {"x": 1, "x": 2}, "AbbrevTypes": {"y": 3}}`, `{"abbrevtypes": {"x": 1}}`, `{"AbbrevTypes": {"\u00e9": 1}}`,
		`{"AbbrevTypes": {"é": 99999999999999999999}}`, "{\"AbbrevTypes\": {\"\xff\": 1}}", `{"AbbrevTypes": null}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := parseTraining([]byte(s))
		if !ok {
			return
		}
		want, err := sentences.LoadTraining([]byte(s))
		if err != nil {
			t.Fatalf("parseTraining reads %q, encoding/json does not: %v", s, err)
		}
		if !sameTraining(got, want) {
			t.Errorf("%q: parseTraining %v, encoding/json %v", s, got, want)
		}
	})
}

// BenchmarkLoadSegmenter builds the segmenter as prose does (segment.New
// caches its training data, so its cost is loading that data with
// encoding/json) and as newSegmenter does.
func BenchmarkLoadSegmenter(b *testing.B) {
	b.Run("encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			d, err := data.Asset("data/english.json")
			if err != nil {
				b.Fatal(err)
			}
			if _, err := sentences.LoadTraining(d); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ours", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := newSegmenter(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
