// Package lexicon holds the word lists that drive claims: number words, units,
// hedges, attribution verbs, verification markers, page furniture, source
// aliases and alignment synonyms.
//
// The lists are data, not code. The built-in lexicon is a set of embedded text
// files (see the data folder); users add their own files in the same format.
// A file is a sequence of sections:
//
//	# a comment runs to the end of the line
//	[bound]
//	about = approx
//	up to = max
//
//	[saying]
//	said
//	told
//
// A section header names a list. An entry is a phrase, optionally followed by
// "= value"; what the value means depends on the list (see Lists). Phrases are
// matched case-insensitively with curly quotes and non-breaking spaces folded,
// word by word.
//
// A Lexicon is immutable once built: Parse (or Default) builds one, With builds
// a new one with more entries, and every method only reads. It is safe to share
// between goroutines and is meant to be built once per process and passed down.
package lexicon

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.txt
var builtin embed.FS

// File is one lexicon source: a name for messages and its bytes.
type File struct {
	Name string
	Data []byte
}

// Entry is one line of a list.
type Entry struct {
	Phrase string // as written in the file
	Value  string // the text after "=", trimmed; "" when there is none
	Words  []string
	File   string
	Line   int
}

// Error is a malformed lexicon line.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ErrorList is every malformed line of a parse, in file and line order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// list is one parsed section.
type list struct {
	entries []Entry
	byKey   map[string]int // normalised phrase -> index in entries
	maxLen  int
	bit     Set // its bit in Sets, or 0 for a list read only by look-up
	trie    *node
}

// node is a node of a list's trie of phrases, word by word: a match walks
// one look-up per word, however many phrases share their first words
// ("did not confirm", "did not independently verify", ...).
type node struct {
	next  map[string]*node
	entry int // index in entries of the phrase ending here, or -1
}

// Lexicon is the parsed, immutable set of lists.
type Lexicon struct {
	lists map[string]*list
	files []File

	// sets is, for each phrase of any list and each first word of one,
	// the lists that hold it and the lists with a phrase it starts, as bit
	// sets (bit[name]); most words are in none, and one look-up says so.
	sets map[string]Sets
	bit  map[string]uint64
}

// Sets are the lists a word is in, and those with an entry it starts.
type Sets struct{ In, Starts Set }

// Default parses the built-in lexicon. Call it once and pass the result down.
func Default() (*Lexicon, error) {
	files, err := BuiltinFiles()
	if err != nil {
		return nil, err
	}
	return Parse(files...)
}

// BuiltinFiles returns the embedded lexicon files in name order.
func BuiltinFiles() ([]File, error) {
	names, err := fs.Glob(builtin, "data/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var files []File
	for _, n := range names {
		b, err := builtin.ReadFile(n)
		if err != nil {
			return nil, err
		}
		files = append(files, File{Name: "lexicon/" + n, Data: b})
	}
	return files, nil
}

// Parse builds a Lexicon from files. A malformed line is reported as an
// *Error with its file and line; all of them are returned as an ErrorList.
func Parse(files ...File) (*Lexicon, error) {
	return (&Lexicon{lists: map[string]*list{}}).With(files...)
}

// With returns a new Lexicon holding l's entries and those of files. l is not
// changed. An entry whose phrase is already in its list replaces the value.
func (l *Lexicon) With(files ...File) (*Lexicon, error) {
	var entries = map[string][]Entry{}
	for name, li := range l.lists {
		entries[name] = append([]Entry(nil), li.entries...)
	}
	var errs ErrorList
	for _, f := range files {
		errs = append(errs, parseFile(f, entries)...)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	out := &Lexicon{lists: map[string]*list{}, files: append(append([]File(nil), l.files...), files...),
		sets: map[string]Sets{}, bit: map[string]uint64{}}
	for name, es := range entries {
		out.lists[name] = index(es)
	}
	i := 0
	for _, name := range ListNames() {
		if Lists[name].Lookup {
			continue
		}
		if i == 64 {
			return nil, fmt.Errorf("lexicon: more than 64 lists take a bit of a Set; mark the lists read only by look-up with Lookup")
		}
		out.bit[name] = 1 << i
		if li := out.lists[name]; li != nil {
			li.bit = 1 << i
			for key := range li.byKey {
				ss := out.sets[key]
				ss.In |= 1 << i
				out.sets[key] = ss
			}
			for first := range li.trie.next {
				ss := out.sets[first]
				ss.Starts |= 1 << i
				out.sets[first] = ss
			}
		}
		i++
	}
	return out, nil
}

func parseFile(f File, into map[string][]Entry) ErrorList {
	var errs ErrorList
	bad := func(line int, format string, args ...any) {
		errs = append(errs, &Error{File: f.Name, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	data := bytes.TrimPrefix(f.Data, []byte("\xef\xbb\xbf"))
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	section := ""
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		if !utf8.ValidString(raw) {
			bad(n, "line is not valid UTF-8")
			continue
		}
		line := raw
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") {
				bad(n, "section header %q has no closing ]", line)
				continue
			}
			name := strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := Lists[name]; !ok {
				bad(n, "unknown list [%s] (known: %s)", name, strings.Join(ListNames(), ", "))
				section = "?"
				continue
			}
			section = name
			continue
		}
		switch section {
		case "":
			bad(n, "entry %q before any [list] header", line)
			continue
		case "?":
			continue // the header was already reported
		}
		phrase, value, hasValue := strings.Cut(line, "=")
		phrase, value = strings.TrimSpace(phrase), strings.TrimSpace(value)
		if phrase == "" {
			bad(n, "entry has no phrase before =")
			continue
		}
		spec := Lists[section]
		if spec.NeedsValue && (!hasValue || value == "") {
			bad(n, "[%s] entry %q needs a value: %s", section, phrase, spec.Value)
			continue
		}
		if !spec.NeedsValue && !spec.MayValue && hasValue {
			bad(n, "[%s] takes plain phrases, not %q = ...", section, phrase)
			continue
		}
		if spec.Check != nil {
			if err := spec.Check(value); err != nil {
				bad(n, "[%s] %q: %v", section, phrase, err)
				continue
			}
		}
		into[section] = append(into[section], Entry{Phrase: phrase, Value: value, Words: Words(phrase), File: f.Name, Line: n})
	}
	if err := sc.Err(); err != nil {
		bad(n+1, "reading: %v", err)
	}
	return errs
}

func index(es []Entry) *list {
	li := &list{byKey: map[string]int{}}
	for _, e := range es {
		key := strings.Join(e.Words, " ")
		if i, ok := li.byKey[key]; ok {
			li.entries[i] = e // a later file overrides
			continue
		}
		li.byKey[key] = len(li.entries)
		li.entries = append(li.entries, e)
	}
	li.trie = &node{entry: -1}
	for i, e := range li.entries {
		n := li.trie
		for _, w := range e.Words {
			c := n.next[w]
			if c == nil {
				if n.next == nil {
					n.next = map[string]*node{}
				}
				c = &node{entry: -1}
				n.next[w] = c
			}
			n = c
		}
		n.entry = i
		if len(e.Words) > li.maxLen {
			li.maxLen = len(e.Words)
		}
	}
	return li
}

// Norm folds a word or phrase for look-up: lower case, curly quotes and
// apostrophes made straight, dashes made "-", runs of space made one space.
func Norm(s string) string {
	// fast path: printable ASCII words with single spaces between them,
	// already folded or only upper case to lower (single tokens, punctuation
	// and most phrases); of printable ASCII only '`' folds to another rune
	plain, upper := s != "", false
	for i := 0; i < len(s) && plain; i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c == ' ':
			plain = i > 0 && i < len(s)-1 && s[i-1] != ' '
		case c < ' ' || c >= utf8.RuneSelf || c == '`':
			plain = false
		}
	}
	if plain {
		if upper {
			return strings.ToLower(s)
		}
		return s
	}
	return strings.Join(Words(s), " ")
}

// LowerASCII returns s with its ASCII capital letters in lower case, and s
// itself when it has none. Every word of s then has its Norm at the same
// offsets of the result, mostly (NormAt): a sentence folded once instead of
// each of its capitalised words on its own.
func LowerASCII(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// NormAt returns Norm(s[i:j]), where lower is LowerASCII(s). A word of
// printable ASCII without '`' (most words) folds to lower[i:j], which
// allocates nothing; any other goes through Norm.
func NormAt(s, lower string, i, j int) string {
	w := s[i:j]
	if w == "" {
		return ""
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; c <= ' ' || c >= utf8.RuneSelf || c == '`' {
			return Norm(w)
		}
	}
	return lower[i:j]
}

// Words splits a phrase into normalised words at spaces.
func Words(s string) []string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf && s[i] != '`'
	}
	if ascii {
		return strings.Fields(strings.ToLower(s))
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(Fold(r))
	}
	return strings.Fields(b.String())
}

// Fold maps one rune to its look-up form.
func Fold(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u02bc', '`':
		return '\''
	case '\u201c', '\u201d', '\u201e':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return '-'
	case '\u00a0', '\u2009', '\u202f', '\u2007':
		return ' '
	}
	return unicode.ToLower(r)
}

// Has reports whether phrase is an entry of list name.
func (l *Lexicon) Has(name, phrase string) bool {
	return l.HasWord(name, Norm(phrase))
}

// Lookup returns the value of phrase in list name.
func (l *Lexicon) Lookup(name, phrase string) (string, bool) {
	return l.LookupWord(name, Norm(phrase))
}

// Set is a set of lists, for testing a word against several at once.
type Set uint64

// Set returns the set of the named lists. It panics on a name that is no
// list (see Lists): names are written in code, so that is a bug.
func (l *Lexicon) Set(names ...string) Set {
	var s Set
	for _, n := range names {
		b, ok := l.bit[n]
		if !ok {
			panic("lexicon: no list named " + n + ", or one read only by look-up")
		}
		s |= Set(b)
	}
	return s
}

// In returns the set of lists that hold a word or phrase already folded by
// Norm: one look-up for any number of lists.
func (l *Lexicon) In(word string) Set { return l.sets[word].In }

// Starts returns the set of lists with an entry whose first word is word
// (folded): where Match can find nothing, one look-up says so.
func (l *Lexicon) Starts(word string) Set { return l.sets[word].Starts }

// SetsOf returns In(word) and Starts(word) in one look-up.
func (l *Lexicon) SetsOf(word string) Sets { return l.sets[word] }

// HasWord is Has for a word already folded by Norm (or Words): it skips
// the folding, which matters on hot paths that look every token up in
// several lists.
func (l *Lexicon) HasWord(name, word string) bool {
	li := l.lists[name]
	if li == nil {
		return false
	}
	if li.bit != 0 {
		return l.sets[word].In&li.bit != 0
	}
	_, in := li.byKey[word]
	return in
}

// LookupWord is Lookup for a word or phrase already folded by Norm.
func (l *Lexicon) LookupWord(name, word string) (string, bool) {
	li := l.lists[name]
	if li == nil {
		return "", false
	}
	if li.bit != 0 && l.sets[word].In&li.bit == 0 {
		return "", false // most words are in no list: one look-up says so
	}
	i, ok := li.byKey[word]
	if !ok {
		return "", false
	}
	return li.entries[i].Value, true
}

// Match finds the longest entry of list name that starts at words[i]; words
// must already be normalised (see Norm). It returns the entry and the number
// of words it covers, or 0.
func (l *Lexicon) Match(name string, words []string, i int) (Entry, int) {
	return l.lists[name].match(words, i)
}

func (li *list) match(words []string, i int) (Entry, int) {
	if li == nil || i >= len(words) {
		return Entry{}, 0
	}
	best, n := -1, 0
	for t, j := li.trie, i; j < len(words); j++ {
		if t = t.next[words[j]]; t == nil {
			break
		}
		if t.entry >= 0 {
			best, n = t.entry, j-i+1
		}
	}
	if best < 0 {
		return Entry{}, 0
	}
	return li.entries[best], n
}

// MatchEnd finds the longest entry of list name that ends at words[end-1].
func (l *Lexicon) MatchEnd(name string, words []string, end int) (Entry, int) {
	li := l.lists[name]
	if li == nil {
		return Entry{}, 0
	}
	for n := min(li.maxLen, end); n >= 1; n-- {
		if e, k := li.match(words[:end], end-n); k == n {
			return e, n
		}
	}
	return Entry{}, 0
}

// Entries returns a copy of the entries of list name in file order.
func (l *Lexicon) Entries(name string) []Entry {
	li := l.lists[name]
	if li == nil {
		return nil
	}
	return append([]Entry(nil), li.entries...)
}

// Contains reports whether any entry of list name occurs in the normalised
// text s as whole words, and returns the first such entry (leftmost, longest).
func (l *Lexicon) Contains(name string, words []string) (Entry, int, bool) {
	li := l.lists[name]
	for i := range words {
		if e, n := li.match(words, i); n > 0 {
			return e, i, true
		}
	}
	return Entry{}, -1, false
}

// Write prints the lexicon in its own file format, list by list, so that a
// user can start a file of their own from it.
func (l *Lexicon) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, f := range l.files {
		fmt.Fprintf(bw, "# ---- %s\n", path.Base(f.Name))
		bw.Write(f.Data)
		if len(f.Data) > 0 && f.Data[len(f.Data)-1] != '\n' {
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}
