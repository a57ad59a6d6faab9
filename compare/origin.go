package compare

import (
	"cmp"
	"hash/fnv"
	"math"
	"slices"
	"sort"
	"unicode"

	"github.com/claims-tool/claims/extract"
	"github.com/claims-tool/claims/extract/fact"
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
	originSampleMod = 8  // index one shingle hash in this many
)

type articleSig struct {
	shingles []uint64 // sorted, unique
	sampled  int      // how many of them are indexed
	figures  []uint64 // in claim order
}

// origins returns the origin number of each article.
func origins(articles []*extract.Article, claims []extract.Claim, artOf []int32, fs []feat) []int {
	n := len(articles)
	sigs := make([]articleSig, n)
	seen := make(map[int32]bool)
	for i := range claims {
		a := artOf[i]
		f := &fs[i]
		if !seen[f.sent] {
			seen[f.sent] = true
			sigs[a].shingles = appendShingles(sigs[a].shingles, claims[i].Sentence)
		}
		if f.val.Form != fact.FormVague {
			sigs[a].figures = append(sigs[a].figures, figureKey(f))
		}
	}
	// index a sample of the shingles and every figure
	type posting struct {
		h   uint64
		a   int32
		fig bool
	}
	var post []posting
	for a := range sigs {
		slices.Sort(sigs[a].shingles)
		sigs[a].shingles = slices.Compact(sigs[a].shingles)
		for _, h := range sigs[a].shingles {
			if h%originSampleMod == 0 {
				post = append(post, posting{h, int32(a), false})
				sigs[a].sampled++
			}
		}
		for _, h := range uniqueCopy(sigs[a].figures) {
			post = append(post, posting{h, int32(a), true})
		}
	}
	slices.SortFunc(post, func(x, y posting) int {
		if x.fig != y.fig {
			if x.fig {
				return 1
			}
			return -1
		}
		if x.h != y.h {
			return cmp.Compare(x.h, y.h)
		}
		return cmp.Compare(x.a, y.a)
	})
	var textPairs, figPairs []uint64
	for i := 0; i < len(post); {
		j := i
		for j < len(post) && post[j].h == post[i].h && post[j].fig == post[i].fig {
			j++
		}
		if run := post[i:j]; len(run) >= 2 && len(run) <= originPostings {
			for x := range run {
				for y := x + 1; y < len(run); y++ {
					k := uint64(run[x].a)<<32 | uint64(run[y].a)
					if run[x].fig {
						figPairs = append(figPairs, k)
					} else {
						textPairs = append(textPairs, k)
					}
				}
			}
		}
		i = j
	}
	// candidates: pairs sharing enough sampled shingles or figures
	var cands []uint64
	countRuns(textPairs, func(k uint64, c int) {
		a, b := k>>32, k&0xffffffff
		if float64(c) >= shingleShare/2*float64(max(1, min(sigs[a].sampled, sigs[b].sampled))) {
			cands = append(cands, k)
		}
	})
	countRuns(figPairs, func(k uint64, c int) {
		if c >= sequenceMin {
			cands = append(cands, k)
		}
	})
	slices.Sort(cands)
	cands = slices.Compact(cands)
	sets := newDisjoint(n)
	for _, k := range cands {
		a, b := int(k>>32), int(k&0xffffffff)
		if sameOrigin(&sigs[a], &sigs[b]) {
			sets.union(a, b)
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
		r := sets.find(i)
		if _, ok := num[r]; !ok {
			num[r] = len(num) + 1
		}
		out[i] = num[r]
	}
	return out
}

// countRuns sorts keys and calls fn with each distinct key and its count.
func countRuns(keys []uint64, fn func(k uint64, n int)) {
	slices.Sort(keys)
	for i := 0; i < len(keys); {
		j := i
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		fn(keys[i], j-i)
		i = j
	}
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

// appendShingles appends the hashes of the runs of shingleSize words of a
// sentence (words: letters and digits, case folded).
func appendShingles(out []uint64, s string) []uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	var ring [shingleSize]uint64
	n := 0
	h := uint64(offset)
	in := false
	flush := func() {
		ring[n%shingleSize] = h
		n++
		if n >= shingleSize {
			var sh uint64 = offset
			for k := n - shingleSize; k < n; k++ {
				sh = (sh ^ ring[k%shingleSize]) * prime
			}
			out = append(out, mix64(sh))
		}
		h, in = offset, false
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			h = (h ^ uint64(unicode.ToLower(r))) * prime
			in = true
		} else if in {
			flush()
		}
	}
	if in {
		flush()
	}
	return out
}

// mix64 spreads the bits of a hash (so that h%k samples evenly).
func mix64(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
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
	h.Write([]byte{byte(f.val.Form)})
	put(f.val.Lo)
	put(f.val.Hi)
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

func uniqueCopy(t []uint64) []uint64 {
	u := append([]uint64(nil), t...)
	slices.Sort(u)
	return slices.Compact(u)
}
