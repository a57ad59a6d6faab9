package quantity

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/claims-tool/claims/lexicon"
)

func TestZZDump(t *testing.T) {
	out := os.Getenv("QDUMP")
	if out == "" {
		t.Skip()
	}
	lex, _ := lexicon.Default()
	sc := New(lex)
	files, _ := filepath.Glob("../../testdata/kursk/*.txt")
	f, _ := os.Create(out)
	defer f.Close()
	for _, fn := range files {
		b, _ := os.ReadFile(fn)
		s := string(b)
		for _, q := range sc.Scan(s) {
			lo, hi := "nil", "nil"
			if q.Low != nil {
				lo = fmt.Sprint(*q.Low)
			}
			if q.High != nil {
				hi = fmt.Sprint(*q.High)
			}
			fmt.Fprintf(f, "%s %d %q %s..%s approx=%v vague=%v unit=%q kind=%s change=%q nom=%q\n", filepath.Base(fn), q.Start, s[q.Start:q.End], lo, hi, q.Approx, q.Vague, q.Unit, q.Kind, q.Change, q.Nominal)
		}
	}
}
