package compare

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/claims-tool/claims/extract"
	"github.com/claims-tool/claims/lexicon"
)

// spec is a claim for tests, with just the fields alignment reads.
type spec struct {
	art      string // article path
	sentence string // the sentence; its words are the context
	text     string
	v        extract.Value
	unit     string
	subj     string
	pred     string
	src      string
	quals    []string
	status   string
	change   string
}

// articles builds articles from specs in order: claims of one article in
// spec order, sentences spanning distinct offsets.
func articles(specs ...spec) []*extract.Article {
	var out []*extract.Article
	byPath := map[string]*extract.Article{}
	sentAt := map[string]int{}
	for _, s := range specs {
		a := byPath[s.art]
		if a == nil {
			a = &extract.Article{Path: s.art}
			byPath[s.art] = a
			out = append(out, a)
		}
		key := s.art + "\x00" + s.sentence
		start, ok := sentAt[key]
		if !ok {
			start = 1000 * (len(sentAt) + 1)
			sentAt[key] = start
		}
		off := start + strings.Index(s.sentence, s.text)
		status := s.status
		if status == "" {
			status = extract.Reported
		}
		a.Claims = append(a.Claims, extract.Claim{
			ID:           fmt.Sprintf("%s@%d", s.art, off),
			Article:      s.art,
			Span:         extract.Span{Start: off, End: off + len(s.text)},
			Text:         s.text,
			Sentence:     s.sentence,
			SentenceSpan: extract.Span{Start: start, End: start + len(s.sentence)},
			Value:        s.v,
			Unit:         s.unit,
			Subject:      s.subj,
			Predicate:    s.pred,
			Change:       s.change,
			Source:       extract.Source{Name: s.src},
			Status:       status,
			Qualifiers:   s.quals,
			Context:      contextWords(s.sentence),
		})
	}
	return out
}

// contextWords mimics the extractor: folded words of three letters or more.
func contextWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
		if len([]rune(w)) >= 3 {
			out = append(out, lexicon.Norm(w))
		}
	}
	return out
}

func defaultLexicon(t testing.TB) *lexicon.Lexicon {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

// groupOf returns the group holding the claim with id.
func groupOf(r *Report, id string) *Group {
	for i := range r.Groups {
		for _, c := range r.Groups[i].Claims {
			if c == id {
				return &r.Groups[i]
			}
		}
	}
	return nil
}
