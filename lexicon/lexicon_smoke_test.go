package lexicon

import "testing"

func TestDefaultParses(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := lex.Lookup("bound", "Up  To"); !ok || v != "max" {
		t.Fatalf("up to = %q %v", v, ok)
	}
}
