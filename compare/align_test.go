package compare

import (
	"math/rand"
	"reflect"
	"slices"
	"testing"
)

// naiveAgglomerate is the definition agglomerate implements, by brute
// force: merge the two clusters with the highest average pair score
// (missing pairs count 0) while it reaches the threshold and no pair
// between them conflicts; ties to the clusters with the first members.
func naiveAgglomerate(n int, edges []edge, threshold int64) [][]int32 {
	score := map[[2]int32]int64{}
	conflict := map[[2]int32]bool{}
	for _, e := range edges {
		k := [2]int32{min(e.a, e.b), max(e.a, e.b)}
		score[k], conflict[k] = e.score, e.conflict
	}
	var cs [][]int32
	for i := 0; i < n; i++ {
		cs = append(cs, []int32{int32(i)})
	}
	for {
		bi, bj := -1, -1
		var bsum, bsize int64
		for i := range cs {
			for j := i + 1; j < len(cs); j++ {
				var sum int64
				bad, linked := false, false
				for _, x := range cs[i] {
					for _, y := range cs[j] {
						k := [2]int32{min(x, y), max(x, y)}
						if _, ok := score[k]; ok {
							linked = true
						}
						sum += score[k]
						bad = bad || conflict[k]
					}
				}
				size := int64(len(cs[i]) * len(cs[j]))
				if bad || !linked || sum < threshold*size {
					continue
				}
				if bi < 0 || float64(sum)/float64(size) > float64(bsum)/float64(bsize) {
					bi, bj, bsum, bsize = i, j, sum, size
				}
			}
		}
		if bi < 0 {
			break
		}
		cs[bi] = append(cs[bi], cs[bj]...)
		cs = slices.Delete(cs, bj, bj+1)
	}
	for _, c := range cs {
		slices.Sort(c)
	}
	return cs
}

// TestAgglomerate checks agglomerate against the brute-force definition on
// random graphs with many ties (scores from a small set), where an order
// that depends on map iteration would show.
func TestAgglomerate(t *testing.T) {
	for seed := int64(0); seed < 300; seed++ {
		rng := rand.New(rand.NewSource(seed))
		n := 2 + rng.Intn(30)
		var edges []edge
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				if rng.Intn(3) == 0 {
					continue
				}
				e := edge{a: int32(i), b: int32(j), score: int64(rng.Intn(5)-1) * 200000}
				if rng.Intn(15) == 0 {
					e.conflict, e.score = true, 0
				}
				edges = append(edges, e)
			}
		}
		want := naiveAgglomerate(n, edges, 300000)
		for run := 0; run < 3; run++ {
			if got := agglomerate(n, edges, 300000); !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d run %d:\n got %v\nwant %v", seed, run, got, want)
			}
		}
		if got := agglomerateDense(n, edges, 300000); !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d, dense:\n got %v\nwant %v", seed, got, want)
		}
	}
}
