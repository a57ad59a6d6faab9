package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtract runs the whole pipeline over every article of
// testdata/kursk, reporting MB/s.
func BenchmarkExtract(b *testing.B) {
	x := newTestExtractor(b)
	files, err := filepath.Glob("../testdata/kursk/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no fixture articles: %v", err)
	}
	var srcs [][]byte
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, src := range srcs {
			x.Extract(files[i], src)
		}
	}
}
