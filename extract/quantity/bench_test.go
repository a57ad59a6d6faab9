package quantity

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkScan scans the five seed articles of testdata/kursk (whole files,
// furniture and all) and reports the throughput in MB/s.
func BenchmarkScan(b *testing.B) {
	paths, err := filepath.Glob("../../testdata/kursk/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no seed articles in ../../testdata/kursk: %v", err)
	}
	var texts []string
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	sc := newTestScanner(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, s := range texts {
			n += len(sc.Scan(s))
		}
	}
	if n == 0 {
		b.Fatal("no quantities found")
	}
}
