package compare

import (
	"flag"
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claims-tool/claims/extract"
	"github.com/claims-tool/claims/lexicon"
)

var benchSizes = flag.String("compare.sizes", "1000,100000", "claim counts for BenchmarkCompare, comma separated (add 1000000 for the large corpus)")

// corpus generates a corpus of about n claims: facts reported by one to
// five articles each, in articles of ten claims, with the skew of real news
// (a few counted things and context words are very common). Reports of one
// fact share fact-specific words and mostly the figure; some differ.
func corpus(n int, seed int64) []*extract.Article {
	rng := rand.New(rand.NewSource(seed))
	subjects := []string{"troops", "soldiers", "drones", "people", "killed", "wounded", "buildings", "missiles", "civilians", "homes"}
	for i := 0; i < 400; i++ {
		subjects = append(subjects, "thing"+strconv.Itoa(i))
	}
	preds := []string{"killed", "destroyed", "launched", "sent", "deployed", "damaged", "wounded", "shot", "intercepted", "", "were"}
	units := []string{"", "", "", "", "", "km", "km2", "day", "%", "USD"}
	origins := []string{"", "", "", "North Korean", "Russian", "Ukrainian"}
	subjZipf := rand.NewZipf(rng, 1.3, 2, uint64(len(subjects)-1))
	wordZipf := rand.NewZipf(rng, 1.1, 5, 20000)
	type fact struct {
		subj, pred, unit, origin string
		value                    float64
		words                    []string
	}
	type report struct {
		fact  int
		value float64
	}
	var facts []fact
	var reports []report
	for len(reports) < n {
		f := fact{
			subj:   subjects[subjZipf.Uint64()],
			pred:   preds[rng.Intn(len(preds))],
			unit:   units[rng.Intn(len(units))],
			origin: origins[rng.Intn(len(origins))],
			value:  float64(1 + rng.Intn(20000)),
		}
		for k := 0; k < 3; k++ {
			f.words = append(f.words, fmt.Sprintf("event%dw%d", len(facts), k))
		}
		facts = append(facts, f)
		for k := 1 + rng.Intn(5); k > 0 && len(reports) < n; k-- {
			v := f.value
			if rng.Intn(5) == 0 {
				v = float64(1 + rng.Intn(20000))
			}
			reports = append(reports, report{len(facts) - 1, v})
		}
	}
	rng.Shuffle(len(reports), func(i, j int) { reports[i], reports[j] = reports[j], reports[i] })
	var arts []*extract.Article
	for start := 0; start < len(reports); start += 10 {
		a := &extract.Article{Path: fmt.Sprintf("corpus/%07d.txt", len(arts))}
		for i, r := range reports[start:min(start+10, len(reports))] {
			f := facts[r.fact]
			var ctx []string
			for k := 0; k < 8; k++ {
				ctx = append(ctx, "w"+strconv.FormatUint(wordZipf.Uint64(), 10))
			}
			ctx = append(ctx, f.words...)
			ctx = append(ctx, f.subj)
			if f.pred != "" {
				ctx = append(ctx, f.pred)
			}
			var quals []string
			if f.origin != "" {
				quals = append(quals, strings.ToLower(f.origin))
			}
			v := r.value
			off := i * 200
			text := strconv.FormatFloat(v, 'f', -1, 64)
			a.Claims = append(a.Claims, extract.Claim{
				ID:           fmt.Sprintf("%s@%d", a.Path, off),
				Article:      a.Path,
				Span:         extract.Span{Start: off, End: off + len(text)},
				Text:         text,
				Sentence:     "The " + f.origin + " " + f.subj + " " + strings.Join(ctx, " ") + ".",
				SentenceSpan: extract.Span{Start: off, End: off + 150},
				Value:        extract.Value{Low: &v, High: &v},
				Unit:         f.unit,
				Subject:      f.subj,
				Predicate:    f.pred,
				Source:       extract.Source{Name: fmt.Sprintf("Source %d", r.fact%50)},
				Status:       extract.Reported,
				Qualifiers:   quals,
				Context:      ctx,
			})
		}
		arts = append(arts, a)
	}
	return arts
}

// BenchmarkCompare runs Compare on generated corpora. On the project's
// 2-core machine (Go 1.26), with other jobs loading it (load average ~3):
// 1,000 claims in about 14 ms; 100,000 in about 1.1 s (~90,000 claims/s,
// 395 MB allocated, 1.2M allocations per run); 1,000,000
// (-compare.sizes=1000000) in about 22 s: its blocks of 100,000 claims (one
// per unit dimension) make clustering grow faster than linearly.
func BenchmarkCompare(b *testing.B) {
	lex, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, s := range strings.Split(*benchSizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			b.Fatalf("-compare.sizes: %v", err)
		}
		if n > 1000 && testing.Short() {
			continue
		}
		arts := corpus(n, 1)
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			start := time.Now()
			for b.Loop() {
				Compare(arts, lex, Config{})
			}
			b.ReportMetric(float64(n)*float64(b.N)/time.Since(start).Seconds(), "claims/s")
		})
	}
}

// TestCompareScales guards the blocking: ten times the claims must take
// about ten times as long, not a hundred (an all-pairs alignment would), and
// 100,000 claims must stay far from minutes. Timing on a shared machine is
// noisy, so the bounds are loose; BenchmarkCompare gives the figures.
// Skipped with -short and under -race.
func TestCompareScales(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("slow")
	}
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	run := func(n int) time.Duration {
		arts := corpus(n, 1)
		best := time.Duration(math.MaxInt64)
		for range 2 {
			start := time.Now()
			Compare(arts, lex, Config{})
			best = min(best, time.Since(start))
		}
		return best
	}
	small, large := run(10000), run(100000)
	t.Logf("10,000 claims in %v, 100,000 in %v", small, large)
	if large > 30*small || large > 20*time.Second {
		t.Errorf("10,000 claims in %v but 100,000 in %v: alignment does not scale", small, large)
	}
}
