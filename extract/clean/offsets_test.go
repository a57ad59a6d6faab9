package clean

import (
	"strings"
	"testing"
)

func TestOffsetMapFile(t *testing.T) {
	// text "ab&c" decoded from file "ab&amp;c": "ab" copied, "&" from a
	// five-byte entity, "c" copied
	var m OffsetMap
	m.Add(0, 2, 0, 2)
	m.Add(2, 1, 2, 5)
	m.Add(3, 1, 7, 1)
	for _, tc := range []struct{ text, file int }{
		{0, 0}, {1, 1}, {2, 2}, {3, 7}, {4, 8},
	} {
		if got := m.File(tc.text); got != tc.file {
			t.Errorf("File(%d) = %d, want %d", tc.text, got, tc.file)
		}
	}
	var nilMap *OffsetMap
	if got := nilMap.File(5); got != 5 {
		t.Errorf("a nil map is the identity: File(5) = %d", got)
	}
}

// TestOffsetMapMergesSteadyRuns: text decoded from UTF-16 one ASCII
// character at a time needs one piece, not one per character, so that a
// large UTF-16 file does not cost tens of bytes of map per character.
func TestOffsetMapMergesSteadyRuns(t *testing.T) {
	var m OffsetMap
	text := strings.Repeat("x", 1000)
	for i := range text {
		m.Add(i, 1, 2+2*i, 2) // after a two-byte BOM
	}
	if len(m.pieces) != 1 {
		t.Fatalf("%d pieces for one steady run", len(m.pieces))
	}
	for _, off := range []int{0, 1, 500, 999, 1000} {
		if got, want := m.File(off), 2+2*off; got != want {
			t.Errorf("File(%d) = %d, want %d", off, got, want)
		}
	}
}
