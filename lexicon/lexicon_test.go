package lexicon

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// rawEntry is one entry line of a built-in file as written, read without
// the parser, so that duplicates and order (which the parser folds away)
// can be checked.
type rawEntry struct {
	list, phrase, value string
	file                string
	line                int
}

// rawEntries reads the entry lines of the built-in files, list by list.
func rawEntries(t *testing.T) map[string][]rawEntry {
	t.Helper()
	files, err := BuiltinFiles()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]rawEntry{}
	for _, f := range files {
		sc := bufio.NewScanner(bytes.NewReader(f.Data))
		list := ""
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			if i := strings.Index(line, "#"); i >= 0 {
				line = line[:i]
			}
			line = strings.TrimSpace(line)
			switch {
			case line == "":
			case strings.HasPrefix(line, "["):
				list = strings.TrimSpace(strings.Trim(line, "[]"))
			default:
				phrase, value, _ := strings.Cut(line, "=")
				out[list] = append(out[list], rawEntry{list, Norm(phrase), strings.TrimSpace(value), f.Name, n})
			}
		}
	}
	return out
}

func defaultLexicon(t *testing.T) *Lexicon {
	t.Helper()
	lex, err := Default()
	if err != nil {
		t.Fatalf("the built-in lexicon does not parse: %v", err)
	}
	return lex
}

func TestBuiltinParses(t *testing.T) {
	lex := defaultLexicon(t)
	raw := rawEntries(t)
	// the raw reader and the parser agree on what is in each list
	for name, es := range raw {
		if got := len(lex.Entries(name)); got != len(es) {
			t.Errorf("[%s]: parser has %d entries, file lines %d", name, got, len(es))
		}
	}
	for _, name := range []string{"cardinal", "multiplier", "bound", "vague", "unit", "currency", "month", "change", "saying"} {
		if len(lex.Entries(name)) == 0 {
			t.Errorf("built-in list [%s] is empty", name)
		}
	}
}

func TestBuiltinNoDuplicates(t *testing.T) {
	for name, es := range rawEntries(t) {
		seen := map[string]rawEntry{}
		for _, e := range es {
			if d, ok := seen[e.phrase]; ok {
				t.Errorf("%s:%d: %q is already in [%s] at %s:%d", e.file, e.line, e.phrase, name, d.file, d.line)
			}
			seen[e.phrase] = e
		}
	}
}

// TestBuiltinSorted: every list is in byte order of its folded phrases, so
// that an entry is found, and a duplicate seen, at a glance. [cardinal] is
// in numeric order instead; [range] is exempt.
func TestBuiltinSorted(t *testing.T) {
	for name, es := range rawEntries(t) {
		switch name {
		case "range":
			continue
		case "cardinal":
			less := func(i, j int) bool {
				a, _ := strconv.ParseFloat(es[i].value, 64)
				b, _ := strconv.ParseFloat(es[j].value, 64)
				return a < b
			}
			if !sort.SliceIsSorted(es, less) {
				t.Errorf("[cardinal] is not in numeric order")
			}
			continue
		}
		for k := 1; k < len(es); k++ {
			if es[k].file == es[k-1].file && es[k].phrase < es[k-1].phrase {
				t.Errorf("%s:%d: [%s] is not sorted: %q comes after %q", es[k].file, es[k].line, name, es[k].phrase, es[k-1].phrase)
			}
		}
	}
}

// TestBuiltinUnitsCanonical: the canonical unit an alias names is itself an
// alias of that unit, of the same kind, so that a canonical name read back
// ("km") means what it meant.
func TestBuiltinUnitsCanonical(t *testing.T) {
	lex := defaultLexicon(t)
	for _, e := range lex.Entries("unit") {
		canon, kind, err := ParseUnit(e.Value)
		if err != nil {
			t.Errorf("%s:%d: %v", e.File, e.Line, err)
			continue
		}
		v, ok := lex.Lookup("unit", canon)
		if !ok {
			t.Errorf("%s:%d: %q names the unit %q, which is no alias", e.File, e.Line, e.Phrase, canon)
			continue
		}
		if c2, k2, _ := ParseUnit(v); c2 != canon || k2 != kind {
			t.Errorf("%s:%d: %q is %s %s, but %q is %s %s", e.File, e.Line, e.Phrase, canon, kind, canon, c2, k2)
		}
	}
}

func TestBuiltinNoConflicts(t *testing.T) {
	lex := defaultLexicon(t)
	for _, e := range lex.Entries("unverified") {
		if lex.Has("denied", e.Phrase) {
			t.Errorf("%s:%d: %q is both unverified and denied", e.File, e.Line, e.Phrase)
		}
	}
	// one phrase, one direction: read the file lines, since the parser keeps
	// only the last value of a phrase
	dir := map[string]map[string]rawEntry{}
	for _, e := range rawEntries(t)["change"] {
		if dir[e.phrase] == nil {
			dir[e.phrase] = map[string]rawEntry{}
		}
		dir[e.phrase][e.value] = e
	}
	for phrase, values := range dir {
		if up, ok := values["up"]; ok {
			if down, ok := values["down"]; ok {
				t.Errorf("%q is both up (%s:%d) and down (%s:%d)", phrase, up.file, up.line, down.file, down.line)
			}
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, data string
		line       int
		msg        string
	}{
		{"unknown list", "# words\n[no-such-list]\nword\n", 2, "unknown list [no-such-list]"},
		{"value missing", "[bound]\nabout\n", 2, `[bound] entry "about" needs a value`},
		{"empty value", "[bound]\nabout =\n", 2, `[bound] entry "about" needs a value`},
		{"value in a plain list", "[saying]\nsaid = yes\n", 2, `[saying] takes plain phrases`},
		{"bad number", "[cardinal]\none = 1\ntwo = too\n", 3, `[cardinal] "two": value "too" is not a number`},
		{"entry before header", "# no header yet\nabout = approx\n[bound]\n", 2, `entry "about = approx" before any [list] header`},
		{"bad interval", "[vague]\nseveral = 3..\nmany = 9..3\n", 3, `interval "9..3" runs backwards`},
		{"not an interval", "[vague]\nmany = lots\n", 2, `value "lots" is not LOW..HIGH`},
		{"bad bound", "[bound]\nabout = roughly\n", 2, `value "roughly" is not one of approx, min, max`},
		{"bad unit kind", "[unit]\nkm = km distance\n", 2, `kind "distance" is not one of`},
		{"bad currency code", "[currency]\ndollar = usd\n", 2, `value "usd" is not a three-letter currency code`},
		{"unclosed header", "[bound\nabout = approx\n", 1, `section header "[bound" has no closing ]`},
		{"no phrase", "[bound]\n= max\n", 2, "entry has no phrase before ="},
		{"invalid UTF-8", "[saying]\nsa\xffid\n", 2, "line is not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lex, err := Parse(File{Name: "user.txt", Data: []byte(tt.data)})
			if err == nil {
				t.Fatalf("no error; lexicon %v", lex)
			}
			if lex != nil {
				t.Errorf("a lexicon came back with the error")
			}
			var e *Error
			if !errors.As(err, &e) {
				var list ErrorList
				if !errors.As(err, &list) || len(list) == 0 {
					t.Fatalf("error %T %v is neither *Error nor ErrorList", err, err)
				}
				e = list[0]
			}
			if e.File != "user.txt" || e.Line != tt.line {
				t.Errorf("error at %s:%d, want user.txt:%d", e.File, e.Line, tt.line)
			}
			if !strings.Contains(e.Msg, tt.msg) {
				t.Errorf("message %q does not say %q", e.Msg, tt.msg)
			}
			if want := fmt.Sprintf("user.txt:%d: ", tt.line); !strings.HasPrefix(err.Error(), want) {
				t.Errorf("Error() = %q, want it to start with %q", err.Error(), want)
			}
		})
	}
}

// TestParseErrorsAll: every malformed line is reported, in line order, and
// the count shows in the message.
func TestParseErrorsAll(t *testing.T) {
	_, err := Parse(File{Name: "bad.txt", Data: []byte("[bound]\nabout\nok = approx\n[no-such-list]\nword\n[cardinal]\nx = y\n")})
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error %v is not an ErrorList", err)
	}
	var lines []int
	for _, e := range list {
		lines = append(lines, e.Line)
	}
	if fmt.Sprint(lines) != "[2 4 7]" {
		t.Errorf("errors at lines %v, want [2 4 7]", lines)
	}
	if !strings.Contains(err.Error(), "(and 2 more errors)") {
		t.Errorf("Error() = %q", err.Error())
	}
}

func TestWithDoesNotChangeReceiver(t *testing.T) {
	base, err := Parse(File{Name: "base.txt", Data: []byte("[bound]\nabout = approx\n\n[saying]\nsaid\n")})
	if err != nil {
		t.Fatal(err)
	}
	more, err := base.With(File{Name: "more.txt", Data: []byte("[bound]\nabout = min\nup to = max\n\n[denied]\nrefuted\n")})
	if err != nil {
		t.Fatal(err)
	}
	// the new lexicon has the new entries, and the later file wins
	if v, _ := more.Lookup("bound", "about"); v != "min" {
		t.Errorf("more: about = %q, want min", v)
	}
	if !more.Has("bound", "up to") || !more.Has("denied", "refuted") || !more.Has("saying", "said") {
		t.Errorf("more lacks entries: %v %v %v", more.Has("bound", "up to"), more.Has("denied", "refuted"), more.Has("saying", "said"))
	}
	// the receiver is as it was
	if v, _ := base.Lookup("bound", "about"); v != "approx" {
		t.Errorf("base: about = %q after With, want approx", v)
	}
	if base.Has("bound", "up to") || base.Has("denied", "refuted") || len(base.Entries("bound")) != 1 {
		t.Errorf("base gained entries from With")
	}
	var buf bytes.Buffer
	if err := base.Write(&buf); err != nil || strings.Contains(buf.String(), "more.txt") {
		t.Errorf("base writes the other file: %q %v", buf.String(), err)
	}
	// a failed With leaves the receiver alone too
	if bad, err := base.With(File{Name: "bad.txt", Data: []byte("[bound]\nnear\n")}); err == nil || bad != nil {
		t.Errorf("With(bad) = %v, %v", bad, err)
	}
	if len(base.Entries("bound")) != 1 {
		t.Errorf("base changed after a failed With")
	}
	// entries handed out are copies
	es := base.Entries("bound")
	es[0].Value = "max"
	if v, _ := base.Lookup("bound", "about"); v != "approx" {
		t.Errorf("changing Entries' result changed the lexicon")
	}
}

func ExampleLexicon_Lookup() {
	lex, err := Default()
	if err != nil {
		panic(err)
	}
	// phrases are matched case-insensitively, with runs of space folded
	bound, _ := lex.Lookup("bound", "Up  to")
	unit, _ := lex.Lookup("unit", "kilometres")
	_, ok := lex.Lookup("bound", "beyond")
	fmt.Println(bound)
	fmt.Println(unit)
	fmt.Println(ok)
	// Output:
	// max
	// km measure
	// false
}

// The lists a word is in are kept as a 64-bit set.
func TestListsFitBitSet(t *testing.T) {
	n := 0
	for _, s := range Lists {
		if !s.Lookup {
			n++
		}
	}
	if n > 64 {
		t.Fatalf("%d lists take a bit; a Set holds 64", n)
	}
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// every list that takes a bit has its own: a 65th would share 0
	var all Set
	for _, name := range ListNames() {
		if Lists[name].Lookup {
			continue
		}
		b := lex.Set(name)
		if b == 0 || all&b != 0 {
			t.Errorf("list %s has no bit of its own: %b", name, b)
		}
		all |= b
	}
}

// HasWord agrees with the lists' entries, for every entry of every list
// and for words of one list asked about another.
func TestHasWordMatchesEntries(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range ListNames() {
		in := map[string]bool{}
		for _, e := range lex.Entries(name) {
			in[strings.Join(e.Words, " ")] = true
		}
		for _, other := range ListNames() {
			for _, e := range lex.Entries(other) {
				key := strings.Join(e.Words, " ")
				if got := lex.HasWord(name, key); got != in[key] {
					t.Errorf("HasWord(%q, %q) = %v, want %v", name, key, got, in[key])
				}
			}
		}
	}
	if lex.HasWord("saying", "xyzzy") || lex.HasWord("no-such-list", "said") {
		t.Error("HasWord found what no list holds")
	}
}

func TestSetAndIn(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	saying, aux := lex.Set("saying"), lex.Set("aux")
	both := lex.Set("saying", "aux")
	if saying == 0 || aux == 0 || saying&aux != 0 || both != saying|aux {
		t.Fatalf("sets overlap or are empty: %b %b %b", saying, aux, both)
	}
	for _, name := range ListNames() {
		if Lists[name].Lookup {
			continue
		}
		set := lex.Set(name)
		for _, e := range lex.Entries(name) {
			if w := strings.Join(e.Words, " "); lex.In(w)&set == 0 {
				t.Errorf("In(%q) lacks list %s", w, name)
			}
		}
	}
	for _, name := range ListNames() {
		if Lists[name].Lookup {
			continue
		}
		for _, e := range lex.Entries(name) {
			if lex.Starts(e.Words[0])&lex.Set(name) == 0 {
				t.Errorf("Starts(%q) lacks list %s", e.Words[0], name)
			}
		}
	}
	if lex.Starts("could")&lex.Set("unverified") == 0 || lex.Starts("verify")&lex.Set("unverified") != 0 {
		t.Error("Starts: first words of [unverified] wrong")
	}
	if lex.In("xyzzy") != 0 {
		t.Error("In found a word of no list")
	}
	defer func() {
		if recover() == nil {
			t.Error("Set of an unknown list did not panic")
		}
	}()
	lex.Set("no-such-list")
}

// TestMatch holds Match, MatchEnd and Contains to the longest entry, over
// phrases that share their first words (the trie walks them word by word).
func TestMatch(t *testing.T) {
	lex, err := Parse(File{Name: "m.txt", Data: []byte("[unverified]\ndid not\ndid not confirm\ndid not independently confirm\ncould not verify\n\n[saying]\nsaid\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		words string
		at    int
		want  string // the phrase matched at words[at], or ""
	}{
		{"the army did not confirm it", 2, "did not confirm"},
		{"the army did not independently confirm", 2, "did not independently confirm"},
		{"the army did not independently verify", 2, "did not"},
		{"the army did not", 2, "did not"},
		{"the army did", 2, ""},
		{"did not confirm", 1, ""},
		{"could not", 0, ""},
		{"said", 0, ""}, // another list's word
		{"did not confirm", 3, ""},
	} {
		e, n := lex.Match("unverified", Words(tt.words), tt.at)
		if got := strings.Join(e.Words, " "); got != tt.want || n != len(e.Words) {
			t.Errorf("Match(%q, %d) = %q, %d; want %q", tt.words, tt.at, got, n, tt.want)
		}
	}
	words := Words("officials did not independently confirm")
	if e, n := lex.MatchEnd("unverified", words, len(words)); strings.Join(e.Words, " ") != "did not independently confirm" || n != 4 {
		t.Errorf("MatchEnd = %q, %d; want the four words", e.Phrase, n)
	}
	if _, n := lex.MatchEnd("unverified", words, len(words)-1); n != 0 {
		t.Errorf("MatchEnd before confirm = %d words; want none (did not ends at not only)", n)
	}
	if e, i, ok := lex.Contains("unverified", Words("we could not verify it")); !ok || i != 1 || e.Phrase != "could not verify" {
		t.Errorf("Contains = %q at %d, %v; want could not verify at 1", e.Phrase, i, ok)
	}
	if _, _, ok := lex.Contains("unverified", Words("could verify")); ok {
		t.Error("Contains found a phrase in could verify")
	}
}
