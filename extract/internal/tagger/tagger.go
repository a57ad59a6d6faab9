// Package tagger is prose's part-of-speech tagger made cheaper to run.
//
// It reads the same English model (github.com/jdkato/prose/v3/tag/aptagmodel,
// an averaged perceptron in prose's documented flat format) and gives the
// same tag as prose's tag.Tagger for every token of every sentence: the same
// special cases, the same fourteen features in the same order, the same
// float32 sums and the same tie-break. Only the look-up differs. prose finds
// each feature's weights by a binary search over 75,000 strings, building
// the key first; this package splits the features by template when the model
// is loaded and finds them by hash, one look-up of a string for all it keys
// (its five word features, its suffix features, whether the model always
// tags it one way), and numbers the tags so that tag features are array
// reads. On the fixture sentences it tags about 5 times faster
// (BenchmarkTag: about 0.45 µs a token against 2.5 µs).
//
// TestSameAsProse and FuzzSameAsProse hold it to prose's answers; a new
// prose release that changes the tagger must pass them before it lands.
package tagger

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// Tagger tags tokens. It is immutable and safe for concurrent use; it
// satisfies prose's tag.Interface.
type Tagger struct {
	classes []string

	pairOff  []uint32 // feature -> its weights: classIDs/weights[pairOff[f]:pairOff[f+1]]
	classIDs []uint8
	weights  []float32

	bias    int32
	keys    map[string]int32 // a string -> what it keys (feats), as a word or a suffix
	feats   []keyFeats
	pref1   [256]int32       // "i pref1 " + first byte of the raw word
	pref0   int32            // "i pref1 " alone (an empty word)
	tag1    map[string]int32 // "i-1 tag " + tag
	tag2    map[string]int32 // "i-2 tag " + tag
	tagPair map[string]int32 // "i tag+i-2 tag " + tag + " " + tag
	tagWord map[string]int32 // "i-1 tag+i word " + tag + " " + word, for tags of no number

	// The same tag features by tag number, for the model's classes and the
	// two start sentinels (the maps above serve any other tag).
	tagID    map[string]int
	tag1s    []int32     // by tag
	tag2s    []int32     // by tag
	tagPair2 []int32     // by tag * len(tag1s) + tag
	tagged   [][]tagFeat // the "i-1 tag+i word" features of a word (wordFeats.tagged)

	sentinels [4]posFeats // of starts and ends, which pad every sentence
}

// The words prose pads a sentence with, two on each side.
var (
	starts = [2]string{"-START-", "-START2-"}
	ends   = [2]string{"-END-", "-END2-"}
)

// tagFeat is an "i-1 tag+i word" feature, kept with its word.
type tagFeat struct {
	tag  int32
	feat int32
}

// prev is the tag of a token before the one being tagged: its number, or
// -1 for a tag that is no class (its text then says which).
type prev struct {
	id  int
	tag string
}

// wordFeats are the features of one normalized word in each position
// around the word being tagged.
type wordFeats struct {
	self, prev, prev2, next, next2 int32
	tagged                         int32 // index in Tagger.tagged, or -1
}

// keyFeats is all that one string keys in the model, so that a token
// takes one look-up for its raw and normalized forms and their suffixes
// when they are the same string, as they mostly are.
type keyFeats struct {
	word     wordFeats // as a normalized word: its five word features
	side     sideFeats // as the last three bytes of a neighbour's normalized word
	suffix   int32     // as the last three bytes of the raw word ("i suffix ")
	unambig  int16     // as a raw word the model always tags one way: its class, or -1
	emoticon bool      // as a raw word: one of prose's emoticons
}

// noKey is what a string the model does not know keys.
var noKey = keyFeats{word: wordFeats{-1, -1, -1, -1, -1, -1}, side: sideFeats{-1, -1}, suffix: -1, unambig: -1}

func (t *Tagger) key(s string) keyFeats {
	if i, ok := t.keys[s]; ok {
		return t.feats[i]
	}
	return noKey
}

// Knows reports whether the model was trained on word as a word in
// lower case (it has features for it, or always tags it one way): a
// common word of English, whatever its tag, as against a name it never
// saw.
func (t *Tagger) Knows(word string) bool {
	k := t.key(word)
	w := k.word
	// a word the model always tags one way ("another", "some") has no
	// features of its own; one seen only beside the tagged word has some
	return w.self >= 0 || w.prev >= 0 || w.prev2 >= 0 || w.next >= 0 || w.next2 >= 0 || k.unambig >= 0
}

// slot returns what s keys, to fill in at load, adding s if it is new. The
// pointer is good until the next call.
func (t *Tagger) slot(s string) *keyFeats {
	i, ok := t.keys[s]
	if !ok {
		i = int32(len(t.feats))
		t.keys[s] = i
		t.feats = append(t.feats, noKey)
	}
	return &t.feats[i]
}

// posFeats are the features of the word at one position of a sentence.
type posFeats struct {
	wordFeats
	side sideFeats
}

// sideFeats are the suffix features of a neighbour.
type sideFeats struct{ prev, next int32 }

// The feature templates of prose's tagger (tag.go, predict).
const (
	tBias     = "bias"
	tSuffix   = "i suffix "
	tPref1    = "i pref1 "
	tTag1     = "i-1 tag "
	tTag2     = "i-2 tag "
	tTagPair  = "i tag+i-2 tag "
	tWord     = "i word "
	tTagWord  = "i-1 tag+i word "
	tPrevWord = "i-1 word "
	tPrevSuf  = "i-1 suffix "
	tPrev2    = "i-2 word "
	tNextWord = "i+1 word "
	tNextSuf  = "i+1 suffix "
	tNext2    = "i+2 word "
)

var english = sync.OnceValues(func() (*Tagger, error) { return FromBytes(aptagmodel.English) })

// New returns the tagger for prose's built-in English model, loaded on the
// first call and shared after.
func New() (*Tagger, error) { return english() }

// Name reports which tagger this is.
func (t *Tagger) Name() string { return tag.Default }

// Tag tags words read as one sentence.
func (t *Tagger) Tag(words []string) []tag.Token {
	out := make([]tag.Token, len(words))
	for i, w := range words {
		out[i].Text = w
	}
	t.TagTokens(out)
	return out
}

// TagTokens fills in the Tag of each token, read as one sentence. It
// allocates only for words that need Unicode case folding and for long
// sentences.
func (t *Tagger) TagTokens(tokens []tag.Token) {
	n := len(tokens)
	if n == 0 {
		return
	}
	var ctxBuf [64]string
	var featBuf [64]posFeats
	var rawBuf [60]keyFeats
	ctx, wf, raws := ctxBuf[:0], featBuf[:0], rawBuf[:0]
	if n+4 > len(ctxBuf) {
		ctx, wf, raws = make([]string, 0, n+4), make([]posFeats, 0, n+4), make([]keyFeats, 0, n)
	}
	ctx = append(ctx, starts[0], starts[1])
	wf = append(wf, t.sentinels[0], t.sentinels[1])
	for i := range tokens {
		raw := tokens[i].Text
		norm := normalize(raw)
		kRaw := t.key(raw)
		kNorm := kRaw
		if norm != raw {
			kNorm = t.key(norm)
		}
		sufN, sufR := lastBytes(norm, 3), lastBytes(raw, 3)
		kSufN := kNorm
		if sufN != norm {
			kSufN = t.key(sufN)
		}
		switch {
		case sufR == raw:
		case sufR == sufN:
			kRaw.suffix = kSufN.suffix
		default:
			kRaw.suffix = t.key(sufR).suffix
		}
		ctx = append(ctx, norm)
		wf = append(wf, posFeats{kNorm.word, kSufN.side})
		raws = append(raws, kRaw)
	}
	ctx = append(ctx, ends[0], ends[1])
	wf = append(wf, t.sentinels[2], t.sentinels[3])
	var scores [256]float32
	var key [128]byte
	nc := len(t.classes)
	p1, p2 := prev{nc, starts[0]}, prev{nc + 1, starts[1]}
	for i := range tokens {
		word := tokens[i].Text
		tg, id, ok := t.special(word, raws[i])
		if !ok {
			if id = t.predict(&scores, key[:0], i+2, ctx, wf, word, raws[i].suffix, p1, p2); id >= 0 {
				tg = t.classes[id]
			}
		}
		tokens[i].Tag = tg
		p2, p1 = p1, prev{id, tg}
	}
}

// special is prose's tagOne before the model: tokens it never scores.
// k is what word keys; the tag's number is -1 for a tag of no number.
func (t *Tagger) special(word string, k keyFeats) (string, int, bool) {
	tg := ""
	switch {
	case word == "-":
		tg = "-"
	case k.emoticon:
		tg = "SYM"
	case strings.HasPrefix(word, "@"):
		tg = "NN"
	case word != "" && (word[0] == '0' || word[0] == '*') && noneRe.MatchString(word):
		tg = "-NONE-"
	case len(word) == 5 && word[0] == '-' && keepRe.MatchString(word):
		tg = word
	case k.unambig >= 0:
		return t.classes[k.unambig], int(k.unambig), true // numbered at load
	default:
		return "", -1, false
	}
	if id, ok := t.tagID[tg]; ok {
		return tg, id, true
	}
	return tg, -1, true
}

// predict scores the token at ctx[i] (i counts the two start sentinels).
// The features are summed in prose's order, so the float32 sums, and the
// tag, are the same.
//
// all has a slot for every class number a uint8 can hold, so that the
// inner loop indexes it without a bounds check; only the model's classes
// are cleared and compared.
func (t *Tagger) predict(all *[256]float32, key []byte, i int, ctx []string, wf []posFeats, word string, suf int32, p1, p2 prev) int {
	scores := all[:len(t.classes)]
	clear(scores)
	pre := t.pref0
	if word != "" {
		pre = t.pref1[word[0]]
	}
	var tag1, tag2, pair, tw int32 = -1, -1, -1, -1
	if p1.id >= 0 && p2.id >= 0 {
		tag1, tag2, pair = t.tag1s[p1.id], t.tag2s[p2.id], t.tagPair2[p1.id*len(t.tag1s)+p2.id]
	} else {
		tag1, tag2 = lookup(t.tag1, p1.tag), lookup(t.tag2, p2.tag)
		key = append(append(append(key[:0], p1.tag...), ' '), p2.tag...)
		pair = lookup(t.tagPair, string(key))
	}
	if p1.id >= 0 {
		for _, f := range t.taggedOf(wf[i].wordFeats) {
			if int(f.tag) == p1.id {
				tw = f.feat
				break
			}
		}
	} else {
		key = append(append(append(key[:0], p1.tag...), ' '), ctx[i]...)
		tw = lookup(t.tagWord, string(key))
	}
	feats := [14]int32{
		t.bias,
		suf,
		pre,
		tag1,
		tag2,
		pair,
		wf[i].self,
		tw,
		wf[i-1].prev,
		wf[i-1].side.prev,
		wf[i-2].prev2,
		wf[i+1].next,
		wf[i+1].side.next,
		wf[i+2].next2,
	}
	for _, f := range feats {
		if f < 0 {
			continue
		}
		lo, hi := t.pairOff[f], t.pairOff[f+1]
		ids, wts := t.classIDs[lo:hi], t.weights[lo:hi]
		wts = wts[:len(ids)]
		for j, id := range ids {
			all[id] += wts[j]
		}
	}
	best, bestID := float32(math.Inf(-1)), -1
	for id, s := range scores {
		if s > best {
			best, bestID = s, id
		}
	}
	return bestID // -1 only for a model without classes or with NaN weights
}

func lookup(m map[string]int32, k string) int32 {
	if f, ok := m[k]; ok {
		return f
	}
	return -1
}

// lastBytes is prose's suffix: the last n bytes of w, or w.
func lastBytes(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

// normalize is prose's: the form of a word the model was trained on.
func normalize(word string) string {
	if word == "" {
		return word
	}
	first := word[0]
	if first != '-' && strings.IndexByte(word, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(word) == 4 && isDecimalInt(word) {
		return "!YEAR"
	}
	if first >= '0' && first <= '9' {
		return "!DIGITS"
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(word)
		}
	}
	return word
}

// isDecimalInt reports whether s is what strconv.Atoi accepts (s is four
// bytes long).
func isDecimalInt(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// prose passes Penn Treebank traces and bracket literals through unscored.
var (
	noneRe = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRe = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// IsEmoticon reports whether s is one of prose's emoticons, which its
// tokenizer keeps whole and its tagger tags SYM.
func IsEmoticon(s string) bool { return emoticons[s] }

// emoticons is the set prose's tagger tags SYM (prose/v3 internal/emoticon,
// MIT licence, Copyright (c) 2017-2026 Joseph Kato). It cannot be imported;
// TestSameAsProse checks each entry against prose.
var emoticons = map[string]bool{
	"(-8": true, "(-;": true, "(-_-)": true, "(._.)": true, "(:": true, "(=": true, "(o:": true,
	"(¬_¬)": true, "(ಠ_ಠ)": true, "(╯°□°）╯︵┻━┻": true, "-__-": true, "8-)": true, "8-D": true,
	"8D": true, ":(": true, ":((": true, ":(((": true, ":()": true, ":)))": true, ":-)": true,
	":-))": true, ":-)))": true, ":-*": true, ":-/": true, ":-X": true, ":-]": true, ":-o": true,
	":-p": true, ":-x": true, ":-|": true, ":-}": true, ":0": true, ":3": true, ":P": true,
	":]": true, ":`(": true, ":`)": true, ":`-(": true, ":o": true, ":o)": true, "=(": true,
	"=)": true, "=D": true, "=|": true, "@_@": true, "O.o": true, "O_o": true, "V_V": true,
	"XDD": true, "[-:": true, "^___^": true, "o_0": true, "o_O": true, "o_o": true, "v_v": true,
	"xD": true, "xDD": true, "¯\\(ツ)/¯": true,
}

// FromBytes reads a model in prose's flat format (documented in prose/v3
// internal/flat):
//
//	magic "PROSETAG", version uint32 (1)
//	nClasses uint32, then per class: uint16 length + bytes
//	nFeatures, nPairs, blobLen uint32, then the blob (features, sorted)
//	featOff, pairOff (nFeatures+1) x uint32
//	classIDs nPairs x uint8, weights nPairs x float32
//	nTagMap uint32, then per entry: uint16 length + bytes, uint8 class
//
// all little-endian. data is not retained.
func FromBytes(data []byte) (*Tagger, error) {
	r := &reader{b: data}
	if string(r.bytes(8)) != "PROSETAG" {
		return nil, errors.New("tagger: not a prose flat tagger model")
	}
	if v := r.u32(); v != 1 && r.err == nil {
		return nil, fmt.Errorf("tagger: model format version %d, want 1", v)
	}
	nClasses := int(r.u32())
	if r.err != nil || nClasses > 256 {
		return nil, fmt.Errorf("tagger: bad class count %d", nClasses)
	}
	t := &Tagger{classes: make([]string, nClasses)}
	for i := range t.classes {
		t.classes[i] = r.str16()
	}
	nFeatures, nPairs, blobLen := int(r.u32()), int(r.u32()), int(r.u32())
	blob := string(r.bytes(blobLen))
	featOff := r.u32s(nFeatures + 1)
	t.pairOff = r.u32s(nFeatures + 1)
	ids, raw := r.bytes(nPairs), r.bytes(4*nPairs)
	nTagMap := int(r.u32())
	if r.err != nil {
		return nil, r.err
	}
	// The weights are checked and decoded on another goroutine while the
	// features are indexed, which needs none of them: at start-up the
	// sentence model loads beside the tagger and is done first, so the
	// weights take the core it frees.
	weightsErr := make(chan error, 1)
	go func() { weightsErr <- t.readWeights(ids, raw) }()
	fail := func(err error) (*Tagger, error) {
		<-weightsErr // data is not retained: the goroutine is done with it
		return nil, err
	}
	if err := offsets(featOff, len(blob)); err != nil {
		return fail(fmt.Errorf("tagger: feature %w", err))
	}
	type wordClass struct {
		word  string
		class int
	}
	unambig := make([]wordClass, 0, min(nTagMap, (len(data)-r.pos)/3)) // an entry takes 3 bytes at least
	for range nTagMap {
		w, id := r.str16(), int(r.u8())
		if r.err != nil {
			return fail(r.err)
		}
		if id >= nClasses {
			return fail(fmt.Errorf("tagger: word %q has class %d of %d", w, id, nClasses))
		}
		unambig = append(unambig, wordClass{w, id})
	}
	t.index(blob, featOff, len(unambig)+len(emoticons))
	// the words the model always tags one way, by the number of their tag
	// (a class listed twice has the number of its first listing)
	for _, u := range unambig {
		t.slot(u.word).unambig = int16(t.tagID[t.classes[u.class]])
	}
	for e := range emoticons {
		t.slot(e).emoticon = true
	}
	for i, w := range [...]string{starts[0], starts[1], ends[0], ends[1]} {
		t.sentinels[i] = posFeats{t.key(w).word, t.key(lastBytes(w, 3)).side}
	}
	if err := <-weightsErr; err != nil {
		return nil, err
	}
	return t, nil
}

// readWeights checks the feature-to-weight offsets and the class numbers,
// and decodes the weights: ids and raw are the model's classIDs and
// weights sections.
func (t *Tagger) readWeights(ids, raw []byte) error {
	if err := offsets(t.pairOff, len(ids)); err != nil {
		return fmt.Errorf("tagger: weight %w", err)
	}
	for _, id := range ids {
		if int(id) >= len(t.classes) {
			return fmt.Errorf("tagger: class %d of %d", id, len(t.classes))
		}
	}
	t.classIDs = append([]uint8(nil), ids...)
	w := make([]float32, len(ids))
	raw = raw[:4*len(w)]
	for i := range w {
		w[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
	}
	t.weights = w
	return nil
}

// index sorts the model's features into the per-template tables. A
// feature of no template is never looked up, by prose or here.
//
// It runs at every start of the program, so it counts each template's
// features first and sizes each table once: growing the maps was a third
// of the load time. more is how many keys will be added after.
func (t *Tagger) index(blob string, featOff []uint32, more int) {
	t.bias, t.pref0 = -1, -1
	for i := range t.pref1 {
		t.pref1[i] = -1
	}
	n := len(featOff) - 1
	tmpls := make([]int8, n) // the template of each feature, or -1
	count := make([]int, len(templates))
	last := 0
	for i := range n {
		f := blob[featOff[i]:featOff[i+1]]
		tmpls[i] = -1
		if f == tBias {
			t.bias = int32(i)
			continue
		}
		// the features are sorted, so a run of them shares its template
		if !strings.HasPrefix(f, templates[last]) {
			last = template(f)
			if last < 0 {
				last = 0
				continue
			}
		}
		tmpls[i] = int8(last)
		count[last]++
	}
	size := func(ts ...string) int {
		c := 0
		for _, tm := range ts {
			c += count[slices.Index(templates, tm)]
		}
		return c
	}
	t.numberTags()
	nKeys := size(tWord, tPrevWord, tPrev2, tNextWord, tNext2)/2 + size(tSuffix) + more
	t.keys, t.feats = make(map[string]int32, nKeys), make([]keyFeats, 0, nKeys)
	t.tag1, t.tag2 = make(map[string]int32, size(tTag1)), make(map[string]int32, size(tTag2))
	t.tagPair, t.tagWord = make(map[string]int32, size(tTagPair)), map[string]int32{}
	for i, tm := range tmpls {
		if tm < 0 {
			continue
		}
		id, tmpl := int32(i), templates[tm]
		key := blob[featOff[i]+uint32(len(tmpl)) : featOff[i+1]]
		switch tmpl {
		case tPref1:
			switch len(key) {
			case 0:
				t.pref0 = id
			case 1:
				t.pref1[key[0]] = id
			}
		case tSuffix:
			t.slot(key).suffix = id
		case tTag1:
			t.tag1[key] = id
		case tTag2:
			t.tag2[key] = id
		case tTagPair:
			t.tagPair[key] = id
		case tTagWord:
			tg, word, _ := strings.Cut(key, " ")
			n, ok := t.tagID[tg]
			if !ok {
				t.tagWord[key] = id // a tag of no number: found by its text
				break
			}
			k := t.slot(word)
			if k.word.tagged < 0 {
				k.word.tagged = int32(len(t.tagged))
				t.tagged = append(t.tagged, nil)
			}
			t.tagged[k.word.tagged] = append(t.tagged[k.word.tagged], tagFeat{int32(n), id})
		case tWord, tPrevWord, tPrev2, tNextWord, tNext2:
			k := t.slot(key)
			switch tmpl {
			case tWord:
				k.word.self = id
			case tPrevWord:
				k.word.prev = id
			case tPrev2:
				k.word.prev2 = id
			case tNextWord:
				k.word.next = id
			case tNext2:
				k.word.next2 = id
			}
		case tPrevSuf, tNextSuf:
			k := t.slot(key)
			if tmpl == tPrevSuf {
				k.side.prev = id
			} else {
				k.side.next = id
			}
		}
	}
	t.indexTags()
}

// numberTags numbers the tags: the classes, then the two start sentinels.
func (t *Tagger) numberTags() {
	t.tagID = map[string]int{}
	for i, c := range t.classes {
		if _, dup := t.tagID[c]; !dup {
			t.tagID[c] = i
		}
	}
	nc := len(t.classes)
	for i, s := range starts {
		if _, dup := t.tagID[s]; !dup {
			t.tagID[s] = nc + i
		}
	}
}

// indexTags files the tag features by tag number too.
func (t *Tagger) indexTags() {
	k := len(t.classes) + 2
	t.tag1s, t.tag2s, t.tagPair2 = make([]int32, k), make([]int32, k), make([]int32, k*k)
	for a := range k {
		t.tag1s[a], t.tag2s[a] = -1, -1
		for b := range k {
			t.tagPair2[a*k+b] = -1
		}
	}
	tags := make([]string, k)
	for tg, i := range t.tagID {
		tags[i] = tg
	}
	// a class listed twice keeps one number; its other number is never used
	for a, ta := range tags {
		if ta == "" {
			continue
		}
		t.tag1s[a], t.tag2s[a] = lookup(t.tag1, ta), lookup(t.tag2, ta)
		for b, tb := range tags {
			if tb != "" {
				t.tagPair2[a*k+b] = lookup(t.tagPair, ta+" "+tb)
			}
		}
	}
}

func (t *Tagger) taggedOf(w wordFeats) []tagFeat {
	if w.tagged < 0 {
		return nil
	}
	return t.tagged[w.tagged]
}

// templates are the feature templates that take a key, longest first: no
// template is a prefix of another, but the order keeps that from mattering.
var templates = []string{tTagWord, tTagPair, tPrevSuf, tNextSuf, tPrevWord, tPrev2, tNextWord, tNext2, tSuffix, tPref1, tTag1, tTag2, tWord}

// template reports which of templates begins f, or -1.
func template(f string) int {
	for i, t := range templates {
		if strings.HasPrefix(f, t) {
			return i
		}
	}
	return -1
}

// offsets checks that off runs from 0 up to end without going back.
func offsets(off []uint32, end int) error {
	prev := uint32(0)
	for i, o := range off {
		if o < prev || int(o) > end {
			return fmt.Errorf("offset %d is %d, after %d (end %d)", i, o, prev, end)
		}
		prev = o
	}
	if len(off) == 0 || int(off[len(off)-1]) != end {
		return fmt.Errorf("offsets do not end at %d", end)
	}
	return nil
}

type reader struct {
	b   []byte
	pos int
	err error
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || len(r.b)-r.pos < n {
		r.err = fmt.Errorf("tagger: model truncated at byte %d (need %d more)", r.pos, n)
		return nil
	}
	b := r.b[r.pos : r.pos+n]
	r.pos += n
	return b
}

func (r *reader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) u8() uint8 {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *reader) str16() string {
	b := r.bytes(2)
	if b == nil {
		return ""
	}
	return string(r.bytes(int(binary.LittleEndian.Uint16(b))))
}

func (r *reader) u32s(n int) []uint32 {
	if r.err == nil && (n < 0 || n > (len(r.b)-r.pos)/4) {
		r.err = fmt.Errorf("tagger: model truncated at byte %d (%d offsets)", r.pos, n)
	}
	if r.err != nil {
		return nil
	}
	b := r.bytes(4 * n)
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}
