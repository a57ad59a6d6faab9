package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claims-tool/claims/lexicon"
)

func testLexicon(t testing.TB) *lexicon.Lexicon {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

// htmlMap builds the OffsetMap of a page read by readHTML.
func htmlMap(r *htmlReader) *OffsetMap {
	m := &OffsetMap{}
	for _, p := range r.pieces {
		m.Add(p.text, p.n, p.file, p.fileLen)
	}
	return m
}

// TestHTMLText checks the text a page is read as, and that pieces of it
// map to the right bytes of the page: each check names a piece of the text
// (found by searching, in the test only) and the bytes of src it must map
// to.
func TestHTMLText(t *testing.T) {
	type check struct{ text, file string }
	tests := []struct {
		name, src, want string
		checks          []check
	}{
		{"entities", "<p>Tom &amp; Jerry&rsquo;s 5&nbsp;km, &#8364;3, &#x20AC;4, &copy2025 &notit; &amp &bogus; AT&T</p>",
			"Tom & Jerry’s 5\u00a0km, €3, €4, ©2025 ¬it; & &bogus; AT&T",
			[]check{{"&", "&amp;"}, {"’s", "&rsquo;s"}, {"5\u00a0km", "5&nbsp;km"}, {"€3", "&#8364;3"}, {"€4", "&#x20AC;4"},
				{"©", "&copy"}, {"2025", "2025"}, {"¬it;", "&notit;"}, {"&bogus;", "&bogus;"}, {"AT&T", "AT&T"}}},
		{"white space and inline tags", "<div>\n   <p>One\n  two</p><p>three<b>four</b> <i>five</i>\t six (<b>5</b>).</p></div>",
			"One two\nthreefour five six (5).",
			// a word that runs into a tag ends after the tag, so that the
			// next starts at its first byte; punctuation takes the tag
			// before it instead
			[]check{{"One two", "One\n  two"}, {"four", "four"}, {"five", "five"}, {"three", "three<b>"}, {"four five", "four</b> <i>five"},
				{"5", "5"}, {"(", "(<b>"}, {").", "</b>)."}}},
		{"dropped content", "<head><title>T</title><style>p{}</style><meta name=x content=y></head><body><script>var x = 1 < 2;</script><p>A</p>" +
			"<svg><text>s</text><svg>in</svg></svg><template><p>t</p></template><noscript>n</noscript><button>Share 5</button><p>B</p>",
			"A\nB", []check{{"A", "A"}, {"B", "B"}}},
		{"line ends and cells", "a<br>b<br/><table><tr><th>x</th><td>1</td><td>2</td></tr><tr><td>3</td></tr></table><ul><li>i</li><li>j</li></ul>",
			"a\nb\nx 1 2\n3\ni\nj", []check{{"x 1 2", "x</th><td>1</td><td>2"}, {"3", "3"}}},
		{"pre", "<pre>x  y\nz</pre>", "x y\nz", []check{{"z", "z"}}},
		{"CRLF", "<p>a\r\nb</p>\r\n<p>c</p>", "a b\nc", []check{{"b", "b"}, {"a b", "a\r\nb"}}},
		{"NUL", "<p>a\x00b\x00.</p>", "ab.", []check{{"a", "a\x00"}, {"b", "b"}, {".", "\x00."}}},
		{"upper case", "<P>x</P><DIV>y</DIV><SCRIPT>z</SCRIPT>", "x\ny", []check{{"y", "y"}}},
		{"unclosed", "<p>x<a href=", "x", []check{{"x", "x"}}},
		{"plaintext", "<p>a</p><plaintext>&amp; b", "a\n&amp; b", []check{{"&amp; b", "&amp; b"}}},
		{"multibyte", "<p>Zelensky’s <b>Київ</b>café</p>", "Zelensky’s Київcafé", []check{{"Київ", "Київ</b>"}, {"café", "café"}, {"в", "в</b>"}, {"Ки", "Ки"}}},
		{"nbsp entity only", "<p>&nbsp;</p><p>x</p>", "\u00a0\nx", []check{{"x", "x"}}},
		{"space entity", "<p>a&#32;b&#10;c</p>", "a b c", []check{{"b", "b"}, {"c", "c"}}},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		if seen[tt.src] {
			t.Fatalf("duplicate input %q", tt.src)
		}
		seen[tt.src] = true
		t.Run(tt.name, func(t *testing.T) {
			r := readHTML(tt.src, 0)
			if got := string(r.buf); got != tt.want {
				t.Fatalf("text %q, want %q", got, tt.want)
			}
			m := htmlMap(r)
			for _, c := range tt.checks {
				i := strings.Index(tt.want, c.text)
				if i < 0 {
					t.Fatalf("%q not in the text", c.text)
				}
				a, b := m.File(i), m.File(i+len(c.text))
				if got := tt.src[a:b]; got != c.file {
					t.Errorf("%q maps to %q (%d:%d), want %q", c.text, got, a, b, c.file)
				}
			}
		})
	}
}

func TestIsHTML(t *testing.T) {
	for src, want := range map[string]bool{
		"<!DOCTYPE html><p>x":      true,
		"<!doctype HTML>":          true,
		"\ufeff  \n<html lang=en>": true,
		"<HTML>":                   true,
		"<html":                    true,
		"<!-- saved from url=(0014)about:internet -->\r\n<html>": true,
		"<!-- unclosed <html>":            false,
		"<htmlfoo>":                       false,
		"<p>just a fragment</p>":          false,
		"The <html> element is the root.": false,
		"":                                false,
		"---\ntitle: x\n---\n<html>":      false,
	} {
		if got := IsHTML(src); got != want {
			t.Errorf("IsHTML(%q) = %v, want %v", src, got, want)
		}
	}
}

// newsPage is a small page whose article readability finds: the figures of
// the cookie banner, the menu, the related links and the footer must not be
// read as article text, though they end like sentences.
const newsPage = `<!DOCTYPE html>
<html><head>
<title>Flood toll rises | The Courier</title>
<meta property="og:site_name" content="The Courier">
<meta property="og:title" content="Flood toll rises">
<meta property="article:published_time" content="2025-03-01T08:00:00Z">
<meta property="og:url" content="https://courier.example/og">
<link rel="canonical" href="https://courier.example/flood">
<script>var ads = [1, 2, 3];</script>
</head><body>
<div class="cookie-banner"><p>We and our 300 partners use cookies to store data on your device.</p></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/w">World news: 24 stories today.</a></li></ul></nav>
<article>
<h1>Flood toll rises</h1>
<p class="byline">By A. Reporter</p>
<p>At least 41 people have died in the floods that swept the region this week, the health ministry said on Saturday, as rescue teams reached villages cut off since Tuesday.</p>
<p>The ministry said 12,000 homes had been damaged and about 3,500 people were living in temporary shelters &ndash; a figure local officials said was too low.</p>
<p>Rain is expected to ease on Sunday, forecasters said, though rivers will stay high for several days and more evacuations are possible in the south.</p>
<p>Read more</p>
<p>An older story that follows the article: 99 boats were lost.</p>
</article>
<aside><h2>Related</h2><ul><li><a href="/x">Storm leaves 5,000 homes without power, utility says.</a></li></ul></aside>
<footer><p>Copyright 2025 The Courier. Registered company 12345.</p></footer>
</body></html>
`

func TestHTMLArticle(t *testing.T) {
	p := HTML(newsPage, testLexicon(t))
	var got []string
	for _, b := range p.Blocks {
		got = append(got, p.Text[b.Start:b.End])
	}
	want := []string{
		"At least 41 people have died in the floods that swept the region this week, the health ministry said on Saturday, as rescue teams reached villages cut off since Tuesday.",
		"The ministry said 12,000 homes had been damaged and about 3,500 people were living in temporary shelters – a figure local officials said was too low.",
		"Rain is expected to ease on Sunday, forecasters said, though rivers will stay high for several days and more evacuations are possible in the south.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	wantMeta := Meta{Title: "Flood toll rises", Outlet: "The Courier", Date: "2025-03-01T08:00:00Z", URL: "https://courier.example/flood"}
	if p.Meta != wantMeta {
		t.Errorf("meta %+v, want %+v", p.Meta, wantMeta)
	}
	// Text is the decoded text with all but the blocks blanked
	r := readHTML(newsPage, 0)
	if len(p.Text) != len(r.buf) {
		t.Fatalf("Text has %d bytes, the decoded page %d", len(p.Text), len(r.buf))
	}
	for i := range p.Text {
		if p.Text[i] != r.buf[i] && p.Text[i] != ' ' {
			t.Fatalf("Text differs from the decoded page at %d", i)
		}
	}
	// the en dash of the second block maps to its entity
	b := p.Blocks[1]
	i := b.Start + strings.Index(p.Text[b.Start:b.End], "–")
	if got := newsPage[p.Map.File(i):p.Map.File(i+len("–"))]; got != "&ndash;" {
		t.Errorf("dash maps to %q", got)
	}
}

// TestHTMLFallback: a page too small for readability is read with the text
// rules alone.
func TestHTMLFallback(t *testing.T) {
	src := "<html><body><p>Home</p><p>Officials said 5 people died in the fire.</p></body></html>"
	p := HTML(src, testLexicon(t))
	if len(p.Blocks) != 1 || p.Text[p.Blocks[0].Start:p.Blocks[0].End] != "Officials said 5 people died in the fire." {
		t.Fatalf("blocks %+v of %q", p.Blocks, p.Text)
	}
	if f := p.Map.File(p.Blocks[0].Start); !strings.HasPrefix(src[f:], "Officials") {
		t.Errorf("block maps to %d", f)
	}
}

func TestHTMLBOM(t *testing.T) {
	src := "\ufeff" + newsPage
	p := HTML(src, testLexicon(t))
	if len(p.Blocks) != 3 {
		t.Fatalf("%d blocks", len(p.Blocks))
	}
	if f := p.Map.File(p.Blocks[0].Start); !strings.HasPrefix(src[f:], "At least 41") {
		t.Errorf("first block maps to %q", src[f:f+10])
	}
}

// FuzzHTML checks the contract of HTML on arbitrary bytes: no panic; the
// blocks are in order and inside the text; Text differs from the decoded
// page only by blanks; Map.File never decreases and stays inside the file.
//
// Run while developing: go test -run '^$' -fuzz FuzzHTML -fuzztime 3m ./extract/clean/
// Last run: 3m0s, 73,858 execs, no failure (2 shared CPUs, load average 14;
// readability runs on every input).
//
// Fuzzed 11 minutes on 2026-11-21 (135,543 inputs, no failure; eight fuzz targets
// sharing a loaded 2-core machine, one worker each).
func FuzzHTML(f *testing.F) {
	lex := testLexicon(f)
	files, _ := filepath.Glob("../../testdata/html/*.html")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"", "<", "&", "&#", "&#x;", "&amp", "<p>", "</p>", "<!DOCTYPE html>", newsPage,
		"<p>a &copy2025 &#0; &#xD800; &#99999999999; b</p>", "<pre>\n\n x</pre>", "<svg><p>x</svg>y",
		"<script>x", "<title>t", "<plaintext><p>&amp;", "<p>a\x00b\r\nc</p>", "<table><td>1<td>2</table>",
		"\ufeff<html><p>Officials said 5 people died.</p>", "<p>\xff\xfe 5 km</p>", "<template><template>x</template></template>y",
		"<button><p>x</p>", "<br/><br /><br>", "<!-- <p>x</p> -->", "<p title='a>b'>c</p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		p := HTML(src, lex)
		checkPage(t, p, len(src))
		start := 0
		if strings.HasPrefix(src, "\ufeff") {
			start = 3
		}
		r := readHTML(src, start)
		if len(p.Text) != len(r.buf) {
			t.Fatalf("Text has %d bytes, the decoded page %d", len(p.Text), len(r.buf))
		}
		for i := range p.Text {
			if p.Text[i] != r.buf[i] && p.Text[i] != ' ' {
				t.Fatalf("Text differs from the decoded page at %d", i)
			}
		}
	})
}

// checkPage checks a page made from a file of size bytes: its blocks are in
// order and inside its text, and its map never goes back nor leaves the
// file.
func checkPage(t *testing.T, p Page, size int) {
	t.Helper()
	prev := 0
	for _, b := range p.Blocks {
		if b.Start < prev || b.End <= b.Start || b.End > len(p.Text) {
			t.Fatalf("block %+v out of order or outside the text (prev end %d, len %d)", b, prev, len(p.Text))
		}
		prev = b.End
	}
	if p.Map == nil {
		if len(p.Text) != size {
			t.Fatalf("no map, but Text has %d bytes and the file %d", len(p.Text), size)
		}
		return
	}
	last := 0
	for i := 0; i <= len(p.Text); i++ {
		f := p.Map.File(i)
		if f < last || f > size {
			t.Fatalf("Map.File(%d) = %d after %d (file of %d bytes)", i, f, last, size)
		}
		last = f
	}
	for _, pr := range p.Problems {
		if pr.Offset < -1 || pr.Offset > size {
			t.Fatalf("problem %+v outside the file", pr)
		}
	}
}

// BenchmarkHTML reads the pages of testdata/html (the seed articles wrapped
// in web pages), reporting MB/s of HTML. Last run: about 8 MB/s, 1 MB and
// 11,600 allocations per 30 KB of pages (2 shared CPUs, load average 14);
// readability's parse and scoring take about two thirds of the time, our
// tokenizing pass and the line rules the rest.
func BenchmarkHTML(b *testing.B) {
	lex := testLexicon(b)
	files, err := filepath.Glob("../../testdata/html/*.html")
	if err != nil || len(files) == 0 {
		b.Fatalf("no pages: %v", err)
	}
	var pages []string
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, string(src))
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			HTML(p, lex)
		}
	}
}

// BenchmarkClean cleans the text and Markdown articles of testdata/kursk,
// reporting MB/s.
func BenchmarkClean(b *testing.B) {
	lex := testLexicon(b)
	files, err := filepath.Glob("../../testdata/kursk/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no articles: %v", err)
	}
	var texts []string
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(src))
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Clean(t, lex)
		}
	}
}

// TestHTMLKeyFigures: an <aside> box of key figures in the article, or
// just after its last paragraph, is the article's (readability leaves it
// out); a box of related stories is not, nor a "Key facts" box far below
// the article.
func TestHTMLKeyFigures(t *testing.T) {
	page := strings.Replace(newsPage, "<p>Read more</p>", `<aside class="key-facts"><h3>Key facts</h3><ul>
<li>Households without water: 42,000 (utility)</li>
<li><strong>1.4 GW</strong> &ndash; planned capacity</li>
</ul></aside>
<figure><figcaption>Photo 1 of 8: the dry reservoir</figcaption></figure>
<p>The Courier, 14 Quay Street</p>
<p>Read more</p>`, 1)
	p := HTML(page, testLexicon(t))
	var got []string
	for _, b := range p.Blocks {
		got = append(got, p.Text[b.Start:b.End])
	}
	joined := strings.Join(got, "\n")
	for _, want := range []string{"Households without water: 42,000 (utility)", "1.4 GW – planned capacity"} {
		if !strings.Contains(joined, want) {
			t.Errorf("blocks lack %q:\n%s", want, joined)
		}
	}
	if strings.Contains(joined, "5,000 homes") || strings.Contains(joined, "Key facts") || strings.Contains(joined, "Photo") || strings.Contains(joined, "Quay") {
		t.Errorf("blocks hold a related story or the box's heading:\n%s", joined)
	}

	// items that are phrases, neither labelled nor opening with their
	// figure, are the box's too; an address right under it is not
	page = strings.Replace(newsPage, "<p>Read more</p>", `<aside class="key-facts"><h3>Key figures</h3><ul>
<li>About 15 billion locusts in the largest swarm (FAO)</li>
<li>Millet prices up nearly 40% since September (statistics office)</li>
<li>About 3,200 evacuated, according to officials</li>
</ul></aside>
<p>The Courier, 14 Quay Street</p>
<p>Read more</p>`, 1)
	p = HTML(page, testLexicon(t))
	got = got[:0]
	for _, b := range p.Blocks {
		got = append(got, p.Text[b.Start:b.End])
	}
	joined = strings.Join(got, "\n")
	for _, want := range []string{"About 15 billion locusts in the largest swarm (FAO)", "Millet prices up nearly 40% since September (statistics office)", "About 3,200 evacuated, according to officials"} {
		if !strings.Contains(joined, want) {
			t.Errorf("blocks lack %q:\n%s", want, joined)
		}
	}
	if strings.Contains(joined, "Quay") {
		t.Errorf("blocks hold the address under the box:\n%s", joined)
	}
}

// TestFrontMatterOutlet: the outlet is read from any of the keys front
// matter names it by.
func TestFrontMatterOutlet(t *testing.T) {
	for _, key := range []string{"outlet", "publisher", "publication", "site_name"} {
		src := "---\ntitle: Leak\n" + key + ": Kaldoria Review\n---\n\nThe plant leaked 4 tonnes, the company said.\n"
		if got := Clean(src, testLexicon(t)).Meta.Outlet; got != "Kaldoria Review" {
			t.Errorf("%s: outlet %q, want Kaldoria Review", key, got)
		}
	}
}
