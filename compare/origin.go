package compare

import (
	"hash/fnv"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/claims-tool/claims/extract"
)

// Independent origins.
//
// Outlets run the same wire story, often rewritten. Two articles share an
// origin when
//
//   - their text is a near-duplicate: at least half of the word 4-shingles
//     of the sentences that hold claims in the shorter article are in the
//     other; or
//   - they state the same figures in the same order: the longest common
//     subsequence of their sequences of non-vague figures (value and unit)
//     holds at least 4 figures and 70% of the shorter sequence. Vague words
//     ("hundreds") are left out: independent reports of one speech share
//     them without sharing an origin.
//
// Sharing is transitive. Origins are numbered from 1 in the order of the
// first article path of each origin.
const (
	shingleSize     = 4
	shingleShare    = 0.5
	shingleMin      = 10
	sequenceMin     = 4
	sequenceShare   = 0.7
	originPostings  = 64 // a shingle or figure in more articles says nothing
	originSampleMod = 4  // index one shingle hash in this many
)

type articleSig struct {
	shingles []uint64 // sorted, unique
	figures  []uint64 // in claim order
}

// origins returns the origin number of each article.
func origins(articles []*extract.Article, claims []extract.Claim, artOf []int32, fs []feat) []int {
	n := len(articles)
	sigs := make([]articleSig, n)
	seen := map[int32]bool{}
	for i := range claims {
		a := artOf[i]
		f := &fs[i]
		if !seen[f.sent] {
			seen[f.sent] = true
			sigs[a].shingles = append(sigs[a].shingles, shingles(claims[i].Sentence)...)
		}
		if f.val.form != formVague {
			sigs[a].figures = append(sigs[a].figures, figureKey(f))
		}
	}
	for i := range sigs {
		sigs[i].shingles = sortUnique64(sigs[i].shingles)
	}
	// candidate pairs: articles that share a sampled shingle or a figure
	post := map[uint64][]int32{}
	for a := range sigs {
		for _, h := range sigs[a].shingles {
			if h%originSampleMod == 0 {
				post[h] = append(post[h], int32(a))
			}
		}
		for _, h := range uniqueCopy(sigs[a].figures) {
			k := h ^ 0x9e3779b97f4a7c15 // keep figures apart from shingles
			post[k] = append(post[k], int32(a))
		}
	}
	pairs := map[uint64]int{}
	for _, p := range post {
		if len(p) < 2 || len(p) > originPostings {
			continue
		}
		for x := 0; x < len(p); x++ {
			for y := x + 1; y < len(p); y++ {
				if p[x] != p[y] {
					pairs[uint64(p[x])<<32|uint64(p[y])]++
				}
			}
		}
	}
	keys := make([]uint64, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, k := range keys {
		a, b := int(k>>32), int(k&0xffffffff)
		if sameOrigin(&sigs[a], &sigs[b]) {
			ra, rb := find(a), find(b)
			if ra != rb {
				parent[max(ra, rb)] = min(ra, rb)
			}
		}
	}
	byPath := make([]int, n)
	for i := range byPath {
		byPath[i] = i
	}
	sort.SliceStable(byPath, func(i, j int) bool { return articles[byPath[i]].Path < articles[byPath[j]].Path })
	num := map[int]int{}
	out := make([]int, n)
	for _, i := range byPath {
		r := find(i)
		if _, ok := num[r]; !ok {
			num[r] = len(num) + 1
		}
		out[i] = num[r]
	}
	return out
}

// sameOrigin applies the two tests of the origin rule.
func sameOrigin(a, b *articleSig) bool {
	if m := min(len(a.shingles), len(b.shingles)); m >= shingleMin {
		if float64(intersect64(a.shingles, b.shingles)) >= shingleShare*float64(m) {
			return true
		}
	}
	if m := min(len(a.figures), len(b.figures)); m >= sequenceMin {
		l := lcs(a.figures, b.figures)
		return l >= sequenceMin && float64(l) >= sequenceShare*float64(m)
	}
	return false
}

// shingles hashes the runs of shingleSize words of a sentence.
func shingles(s string) []uint64 {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var out []uint64
	for i := 0; i+shingleSize <= len(words); i++ {
		h := fnv.New64a()
		for _, w := range words[i : i+shingleSize] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		out = append(out, h.Sum64())
	}
	return out
}

// figureKey identifies a stated figure: its form, interval and dimension.
func figureKey(f *feat) uint64 {
	h := fnv.New64a()
	var b [8]byte
	put := func(x float64) {
		u := math.Float64bits(x)
		for i := range b {
			b[i] = byte(u >> (8 * i))
		}
		h.Write(b[:])
	}
	h.Write([]byte{byte(f.val.form)})
	put(f.val.lo)
	put(f.val.hi)
	h.Write([]byte(f.dim))
	return h.Sum64()
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []uint64) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func intersect64(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

func sortUnique64(t []uint64) []uint64 {
	if len(t) < 2 {
		return t
	}
	sort.Slice(t, func(i, j int) bool { return t[i] < t[j] })
	out := t[:1]
	for _, x := range t[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

func uniqueCopy(t []uint64) []uint64 {
	return sortUnique64(append([]uint64(nil), t...))
}
