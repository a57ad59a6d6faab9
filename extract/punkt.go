package extract

import (
	"strconv"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// newSegmenter is prose's segment.New: the punkt segmenter on the English
// training data of neurosnap/sentences, with prose's own abbreviations
// added. It reads the training data (400 KB of JSON, 20,000 words) with a
// reader for its one shape instead of encoding/json, which took 15 ms of
// every start-up and was its longest step; anything else in the data goes
// to encoding/json as before. TestSegmenterSameAsProse and
// FuzzParseTraining hold it to prose and to encoding/json. abbrevs are
// more words that a full stop does not end a sentence after ("Rs. 50,000").
func newSegmenter(abbrevs ...string) (*segment.Segmenter, error) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, err
	}
	st, ok := parseTraining(b)
	if !ok {
		if st, err = sentences.LoadTraining(b); err != nil {
			return nil, err
		}
	}
	for _, a := range proseAbbrevs {
		st.AbbrevTypes.Add(a)
	}
	for _, a := range abbrevs {
		st.AbbrevTypes.Add(a)
	}
	return segment.WithTraining(st), nil
}

// proseAbbrevs are the abbreviations prose's segment.New adds to the
// training data (its supervisedAbbrevs, unexported).
var proseAbbrevs = [...]string{"sgt", "gov", "no", "mt"}

// parseTraining reads punkt training data of the one shape it has: an
// object of the four sets, each an object of words to integers, in UTF-8
// without escapes. ok is false for anything else.
func parseTraining(b []byte) (st *sentences.Storage, ok bool) {
	if !utf8.Valid(b) {
		return nil, false // encoding/json would replace the bad bytes
	}
	st = sentences.NewStorage()
	st.OrthoContext = make(sentences.SetString, len(b)/20) // an entry is about 20 bytes
	sets := map[string]sentences.SetString{
		"AbbrevTypes": st.AbbrevTypes, "Collocations": st.Collocations,
		"SentStarters": st.SentStarters, "OrthoContext": st.OrthoContext,
	}
	// one copy of the text, and every word a part of it
	r := &jsonReader{b: string(b)}
	if !r.next('{') {
		return nil, false
	}
	for first := true; !r.next('}'); first = false {
		if !first && !r.next(',') {
			return nil, false
		}
		name, ok := r.str()
		set := sets[name]
		if !ok || set == nil || !r.next(':') || !r.ints(set) {
			return nil, false
		}
	}
	r.space()
	return st, r.i == len(b)
}

// jsonReader reads the little of JSON that parseTraining needs.
type jsonReader struct {
	b string
	i int
}

func (r *jsonReader) space() {
	for r.i < len(r.b) && (r.b[r.i] == ' ' || r.b[r.i] == '\t' || r.b[r.i] == '\n' || r.b[r.i] == '\r') {
		r.i++
	}
}

// next consumes c, after white space, if it comes next.
func (r *jsonReader) next(c byte) bool {
	r.space()
	if r.i < len(r.b) && r.b[r.i] == c {
		r.i++
		return true
	}
	return false
}

// str reads a string without escapes.
func (r *jsonReader) str() (string, bool) {
	if !r.next('"') {
		return "", false
	}
	start := r.i
	for ; r.i < len(r.b); r.i++ {
		switch c := r.b[r.i]; {
		case c == '"':
			s := r.b[start:r.i]
			r.i++
			return s, true
		case c == '\\' || c < ' ':
			return "", false
		}
	}
	return "", false
}

// ints reads an object of strings to integers into set.
func (r *jsonReader) ints(set sentences.SetString) bool {
	if !r.next('{') {
		return false
	}
	for first := true; !r.next('}'); first = false {
		if !first && !r.next(',') {
			return false
		}
		k, ok := r.str()
		if !ok || !r.next(':') {
			return false
		}
		n, ok := r.int()
		if !ok {
			return false
		}
		set[k] = n
	}
	return true
}

// int reads a JSON integer: -?(0|[1-9][0-9]*), not followed by a fraction
// or an exponent.
func (r *jsonReader) int() (int, bool) {
	r.space()
	start := r.i
	if r.i < len(r.b) && r.b[r.i] == '-' {
		r.i++
	}
	digits := r.i
	for r.i < len(r.b) && '0' <= r.b[r.i] && r.b[r.i] <= '9' {
		r.i++
	}
	switch {
	case r.i == digits, r.b[digits] == '0' && r.i > digits+1:
		return 0, false
	case r.i < len(r.b) && (r.b[r.i] == '.' || r.b[r.i] == 'e' || r.b[r.i] == 'E'):
		return 0, false
	}
	n, err := strconv.Atoi(r.b[start:r.i])
	return n, err == nil
}
