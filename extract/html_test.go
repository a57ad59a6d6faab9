package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/claims-tool/claims/extract/clean"
	"github.com/claims-tool/claims/lexicon"
)

var update = flag.Bool("update", false, "rewrite testdata/html: the generated pages and their .golden claims")

// TestHTMLPages wraps each seed article of testdata/kursk in a realistic web
// page (navigation, a cookie banner, related links and a footer with
// figures in them, scripts, an og: head; five different layouts) and checks
// that the page gives the same claims as the text: same values, subjects
// and sources, in the same order. The pages are committed under
// testdata/html, so that they can be read and tried and do not change when
// the text cleaner does; go test ./extract/ -run TestHTMLPages -update
// makes them again, and rewrites the .golden files.
//
// The .golden files hold each claim's position in the HTML file: the
// offset of the figure, and its line and column there.
func TestHTMLPages(t *testing.T) {
	x := newTestExtractor(t)
	files, err := filepath.Glob("../testdata/kursk/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	for i, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			txt, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			page, meta := seedPage(x.Lexicon(), string(txt), i)
			htmlPath := filepath.Join("..", "testdata", "html", name+".html")
			if *update {
				writeFile(t, htmlPath, []byte(page))
			} else if b, err := os.ReadFile(htmlPath); err != nil {
				t.Fatalf("%v (go test ./extract/ -run TestHTMLPages -update makes it)", err)
			} else {
				page = string(b)
			}

			want := x.Extract(f, txt)
			got := x.Extract(htmlPath, []byte(page))
			if g, w := claimKeys(got.Claims), claimKeys(want.Claims); !slices.Equal(g, w) {
				t.Errorf("claims differ from the text version:\n html: %s\n text: %s", strings.Join(g, "\n       "), strings.Join(w, "\n       "))
			}
			if m := (clean.Meta{Title: got.Title, Outlet: got.Outlet, Date: got.Date, URL: got.URL}); m != meta {
				t.Errorf("meta %+v, want %+v", m, meta)
			}
			for _, c := range got.Claims {
				raw := page[c.Span.Start:c.Span.End]
				if !strings.Contains(raw, "<") && html.UnescapeString(raw) != c.Text {
					t.Errorf("claim %q at %+v: the file has %q", c.Text, c.Span, raw)
				}
			}
			checkFile(t, strings.TrimSuffix(htmlPath, ".html")+".golden", goldenClaims(got))
		})
	}
}

// checkFile compares data with a committed file, or rewrites it with -update.
func checkFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if *update {
		writeFile(t, path, data)
		return
	}
	old, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./extract/ -run TestHTMLPages -update makes it)", err)
	}
	if !bytes.Equal(old, data) {
		t.Errorf("%s differs (if the change is right: go test ./extract/ -run TestHTMLPages -update, and review the diff)", path)
	}
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func claimKeys(cs []Claim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s-%s %q from %q", fmtNum(c.Value.Low), fmtNum(c.Value.High), c.Subject, c.Source.Name))
	}
	return out
}

func fmtNum(v *float64) string {
	if v == nil {
		return "?"
	}
	return fmt.Sprint(*v)
}

type goldenClaim struct {
	Text    string   `json:"text"`
	Low     *float64 `json:"low"`
	High    *float64 `json:"high"`
	Subject string   `json:"subject"`
	Source  string   `json:"source"`
	Offset  int      `json:"offset"`
	Line    int      `json:"line"`
	Col     int      `json:"col"`
}

func goldenClaims(a *Article) []byte {
	out := []goldenClaim{}
	for _, c := range a.Claims {
		line, col := a.Position(c.Span.Start)
		out = append(out, goldenClaim{Text: c.Text, Low: c.Value.Low, High: c.Value.High, Subject: c.Subject,
			Source: c.Source.Name, Offset: c.Span.Start, Line: line, Col: col})
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		panic(err)
	}
	return append(b, '\n')
}

// The Markdown the seed articles use, turned into HTML by seedPage.
var (
	mdImage  = regexp.MustCompile(`!\[([^\]]*)\]\(([^)\s]*)\)`)
	mdLink   = regexp.MustCompile(`\[([^\]]*)\]\(([^)\s]*)\)`)
	mdStrong = regexp.MustCompile(`\*\*(.+?)\*\*`)
)

// entityFor writes some characters as the entities real pages use.
var entityFor = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
	"\u2019", "&rsquo;", "\u2018", "&lsquo;", "\u201c", "&ldquo;", "\u201d", "&rdquo;",
	"\u2013", "&ndash;", "\u2014", "&mdash;", "\u00b2", "&sup2;", "'", "&#39;", "\u00e9", "&eacute;",
)

// inline turns one line of a seed article into HTML text.
func inline(s string) string {
	s = entityFor.Replace(s)
	s = mdImage.ReplaceAllString(s, `<img src="$2" alt="$1">`)
	s = mdLink.ReplaceAllString(s, `<a href="$2">$1</a>`)
	return mdStrong.ReplaceAllString(s, `<strong>$1</strong>`)
}

// seedPage wraps the article of a seed text in a web page. The article is
// the span of the text from its first body paragraph to its last, every
// line of it (captions and "ALSO READ" lines too); what is around it in the
// text is replaced by the furniture of a news site. layout picks one of five
// page structures. It returns the page and the Meta it declares.
func seedPage(lex *lexicon.Lexicon, txt string, layout int) (string, clean.Meta) {
	p := clean.Clean(txt, lex)
	meta := p.Meta
	if meta.Title == "" {
		meta.Title = headline(txt)
	}
	if meta.Outlet == "" {
		meta.Outlet = []string{"The Daily Ledger", "Kyiv Morning Post", "Eastern Wire", "Frontline Report", "The Evening Courier"}[layout%5]
	}
	if meta.URL == "" {
		meta.URL = "https://news.example.com/world/" + slug(meta.Title)
	}
	if meta.Date == "" {
		meta.Date = "2025-02-07T20:35:00+02:00"
	}
	// the article's paragraphs: each line from the first body block to the
	// end of the last; the wrapped lines of one block stay one paragraph
	var paras []string
	if n := len(p.Blocks); n > 0 {
		at, k := p.Blocks[0].Start, 0
		for _, ln := range strings.SplitAfter(txt[at:p.Blocks[n-1].End], "\n") {
			for k < n && p.Blocks[k].End <= at {
				k++
			}
			s := strings.TrimSpace(ln)
			switch {
			case k < n && p.Blocks[k].Start < at && len(paras) > 0:
				paras[len(paras)-1] += "\n      " + s
			case s != "":
				paras = append(paras, s)
			}
			at += len(ln)
		}
	}
	var b strings.Builder
	nl := "\n"
	if layout == 1 {
		nl = "\r\n"
	}
	w := func(format string, args ...any) {
		b.WriteString(strings.ReplaceAll(fmt.Sprintf(format, args...), "\n", nl))
	}
	attr := html.EscapeString
	if layout == 3 {
		w("\ufeff<!-- saved from url=(0052)%s -->\n", meta.URL)
	}
	w("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	w("<title>%s | %s</title>\n", attr(meta.Title), attr(meta.Outlet))
	w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	w("<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"%s\">\n", attr(meta.Title))
	w("<meta property=\"og:site_name\" content=\"%s\">\n<meta property=\"og:url\" content=\"%s\">\n", attr(meta.Outlet), attr(meta.URL))
	w("<meta property=\"article:published_time\" content=\"%s\">\n", attr(meta.Date))
	w("<link rel=\"canonical\" href=\"%s\">\n<link rel=\"stylesheet\" href=\"/static/site.4f2a1.css\">\n", attr(meta.URL))
	w("<style>body{font:18px/1.6 Georgia,serif;margin:0} .nav li{display:inline-block;margin:0 12px} .cookie{position:fixed;bottom:0}</style>\n")
	w("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({\"articleId\":40211,\"wordCount\":612,\"section\":\"world\",\"paywall\":false});</script>\n")
	w("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":%q,\"datePublished\":%q}</script>\n", meta.Title, meta.Date)
	w("</head>\n<body class=\"article-page\">\n")
	w("<div class=\"cookie\" id=\"cookie-consent\" role=\"dialog\">\n  <p>We use cookies to improve your experience. We and our 847 partners store and access information on your device for 12 purposes.</p>\n  <button>Accept all</button> <button>Manage 12 settings</button>\n</div>\n")
	w("<header class=\"site-header\">\n  <a class=\"logo\" href=\"/\"><svg width=\"120\" height=\"24\"><title>%s home</title><path d=\"M0 0h120v24H0z\"/></svg></a>\n", attr(meta.Outlet))
	w("  <nav class=\"nav\"><ul>\n    <li><a href=\"/world\">World</a></li>\n    <li><a href=\"/war\">War in Ukraine: day 1,080</a></li>\n    <li><a href=\"/business\">Business</a></li>\n    <li><a href=\"/live\">Live: 24 hours of coverage</a></li>\n    <li><a href=\"/top-10\">Top 10 stories</a></li>\n  </ul></nav>\n</header>\n")
	w("<noscript><p>Please enable JavaScript to see the 3 comments on this article.</p></noscript>\n")

	byline := fmt.Sprintf("<div class=\"byline\">By Staff Reporter &middot; <time datetime=\"%s\">%s</time> &middot; 4 min read</div>\n", attr(meta.Date), html.EscapeString(meta.Date))
	figure := "<figure><img src=\"/img/lead.jpg\" alt=\"\"><figcaption>Soldiers near the border in 2024. Photo: Reuters</figcaption></figure>\n"
	switch layout {
	case 0: // <article> with paragraphs
		w("<main>\n<article class=\"story\">\n  <h1>%s</h1>\n  %s  %s", inline(meta.Title), byline, figure)
		for _, s := range paras {
			w("  <p>%s</p>\n", inline(s))
		}
		w("</article>\n</main>\n")
	case 1: // nested divs, upper-case tags, CRLF line ends
		w("<DIV id=\"content\"><DIV class=\"story-body\">\n<H1 class=\"headline\">%s</H1>\n%s<DIV class=\"text\">\n", inline(meta.Title), byline)
		for _, s := range paras {
			w("<P>\n      %s\n</P>\n", inline(s))
		}
		w("</DIV></DIV></DIV>\n")
	case 2: // paragraphs as text separated by <br><br> in one div
		w("<div class=\"post\">\n<h1 class=\"entry-title\">%s</h1>\n%s<div class=\"entry-content\">\n", inline(meta.Title), byline)
		for i, s := range paras {
			if i > 0 {
				w("<br><br>\n")
			}
			w("%s\n", inline(s))
		}
		w("</div>\n</div>\n")
	case 3: // BOM and a "saved from" comment; sections with ad slots
		w("<main id=\"main\">\n<section class=\"article\">\n<header><h1>%s</h1>%s</header>\n%s", inline(meta.Title), byline, figure)
		for i, s := range paras {
			w("<p>%s</p>\n", inline(s))
			if i%3 == 2 {
				w("<div class=\"ad-slot\" data-slot=\"%d\"><span>Advertisement</span><script>loadAd(%d, 300, 250);</script></div>\n", i, i)
			}
		}
		w("</section>\n</main>\n")
	case 4: // an old table layout
		w("<table width=\"100%%\" cellpadding=\"0\"><tr><td class=\"sidebar\" width=\"180\">\n<a href=\"/archive/2025\">Archive 2025</a><br><a href=\"/archive/2024\">Archive 2024</a>\n</td><td class=\"content\">\n")
		w("<h1>%s</h1>\n%s", inline(meta.Title), byline)
		for _, s := range paras {
			w("<p>%s\n</p>\n", inline(s))
		}
		w("</td></tr></table>\n")
	}

	w("<aside class=\"related\">\n  <h2>Related stories</h2>\n  <ul>\n")
	w("    <li><a href=\"/a/1\">Russia says 1,200 drones downed in 24 hours</a></li>\n")
	w("    <li><a href=\"/a/2\">Five things to know as 12 leaders meet in Munich</a></li>\n")
	w("    <li><a href=\"/a/3\">Ukraine receives 3 more air defence systems, officials say.</a></li>\n  </ul>\n</aside>\n")
	w("<section class=\"newsletter\"><h3>Sign up for our newsletter</h3><p>Join 250,000 readers who get the 5 biggest stories every morning.</p><form><input type=\"email\" placeholder=\"Email\"><button>Subscribe</button></form></section>\n")
	w("<footer class=\"site-footer\">\n  <nav><a href=\"/about\">About us</a> | <a href=\"/privacy\">Privacy</a> | <a href=\"/terms\">Terms</a></nav>\n")
	w("  <p>&copy; 2025 %s. All rights reserved. Registered in England No. 1234567.</p>\n</footer>\n", html.EscapeString(meta.Outlet))
	w("<template id=\"comment-tpl\"><div class=\"comment\"><p>42 people liked this.</p></div></template>\n")
	w("<script src=\"/static/app.9c1e.js\" defer></script>\n")
	w("<script>for (var i = 0; i < 5; i++) { if (document.body.clientWidth < 768) { console.log(\"139 drones\"); } }</script>\n")
	w("</body>\n</html>\n")
	return b.String(), meta
}

// headline finds a title in a text with no front matter: the first line
// of six words or more that does not end like a sentence, else the text's
// first ten words.
func headline(txt string) string {
	for _, ln := range strings.Split(txt, "\n") {
		s := strings.TrimSpace(ln)
		if len(strings.Fields(s)) >= 6 && !strings.ContainsAny(s[len(s)-1:], ".!?") {
			return s
		}
	}
	w := strings.Fields(txt)
	return strings.Join(w[:min(10, len(w))], " ")
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// utf16Text encodes s as UTF-16 with a byte order mark.
func utf16Text(s string, bigEndian bool) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune("\ufeff" + s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

// TestEncodings reads one article in each encoding the extractor decodes
// and checks that the claim's span points at the figure's bytes in the file
// (for UTF-16, its first code unit), while its text is UTF-8.
func TestEncodings(t *testing.T) {
	const article = "Officials said 139 drones were launched at Kyiv overnight, the café owner said.\n"
	const page = "<!DOCTYPE html><html><body><nav>Home</nav><p>Officials said 139 drones were launched at Kyiv overnight, the caf&eacute; owner said.</p></body></html>"
	x := newTestExtractor(t)
	tests := []struct {
		name, path string
		src        []byte
		// where the figure starts in the file, and the bytes of a
		// character of it there
		start, unit int
		problem     string
	}{
		{"UTF-8", "a.txt", []byte(article), 15, 1, ""},
		{"UTF-8 BOM", "a.txt", []byte("\ufeff" + article), 18, 1, ""},
		{"UTF-16LE", "a.txt", utf16Text(article, false), 2 + 2*15, 2, ""},
		{"UTF-16BE", "a.txt", utf16Text(article, true), 2 + 2*15, 2, ""},
		{"Windows-1252", "a.txt", []byte(strings.ReplaceAll(article, "é", "\xe9")), 15, 1, "not UTF-8; read as Windows-1252"},
		{"HTML", "a.html", []byte(page), 60, 1, ""},
		{"HTML sniffed", "a.txt", []byte(page), 60, 1, ""},
		{"HTML in UTF-16LE", "a.htm", utf16Text(page, false), 2 + 2*60, 2, ""},
		{"HTML in Windows-1252", "a.HTML", []byte(strings.ReplaceAll(page, "&eacute;", "\xe9")), 60, 1, "not UTF-8; read as Windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := x.Extract(tt.path, tt.src)
			var c *Claim
			for i := range a.Claims {
				if strings.HasPrefix(a.Claims[i].Text, "139") {
					c = &a.Claims[i]
				}
			}
			if c == nil {
				t.Fatalf("no claim 139 in %d claims", len(a.Claims))
			}
			if want := (Span{tt.start, tt.start + tt.unit*len(c.Text)}); c.Span != want {
				t.Errorf("claim %q at %+v, want %+v", c.Text, c.Span, want)
			}
			if line, col := a.Position(c.Span.Start); line != 1 || col != tt.start+1 {
				t.Errorf("position %d:%d", line, col)
			}
			found := tt.problem == ""
			for _, p := range a.Problems {
				found = found || p.Msg == tt.problem && p.Offset >= 0 && tt.src[p.Offset] == 0xe9
			}
			if !found {
				t.Errorf("problems %+v, want %q at the first é", a.Problems, tt.problem)
			}
		})
	}
}

// TestHTMLBoxSource: a "Sources:" line under an HTML page's box of key
// figures sources every figure in it.
func TestHTMLBoxSource(t *testing.T) {
	x := newTestExtractor(t)
	page := `<!DOCTYPE html><html><head><title>Ferry fire</title></head><body><article>
<h1>Ferry fire: seven dead</h1>
<p>Seven people died when fire broke out aboard the Halden Star on Sunday, the coastguard said in a statement on Monday.</p>
<p>Rescuers took more than six hours to bring everyone ashore, officials said, and the search went on into the night.</p>
<aside><h3>The ship in numbers</h3><ul>
<li>Length overall: 186 m</li>
<li>Service speed: 19 knots</li>
</ul><p>Sources: Bellmar Ferries, Maritime Safety Authority</p></aside>
</article></body></html>`
	a := x.Extract("ferry.html", []byte(page))
	got := map[string]string{}
	for _, c := range a.Claims {
		got[c.Text] = c.Source.Name
	}
	for _, text := range []string{"186 m", "19 knots"} {
		if src, ok := got[text]; !ok || src != "Bellmar Ferries" {
			t.Errorf("%q: source %q (found %v), want Bellmar Ferries", text, src, ok)
		}
	}
}

// TestHTMLBoxAfterArticle: a box of key figures set after the article,
// under a longer "... in numbers" heading, is read with its own sources.
func TestHTMLBoxAfterArticle(t *testing.T) {
	x := newTestExtractor(t)
	page := `<!DOCTYPE html><html><head><title>Tanker seized</title></head><body><main><article>
<h1>Navy seizes tanker in the strait</h1>
<p>The navy seized the tanker on Tuesday and said it was 9.5 nautical miles off the coast when it was boarded.</p>
<p>The owner said the ship had been in international waters and called the seizure unlawful.</p>
</article>
<aside><h3>The Calista Venture in numbers</h3><ul>
<li>Distance from coast when boarded: 9.5 nautical miles (navy), 17 nautical miles (owner)</li>
<li>Length: 274 metres (ship registry)</li>
</ul></aside>
</main></body></html>`
	a := x.Extract("tanker.html", []byte(page))
	got := map[string]Claim{}
	for _, c := range a.Claims {
		got[c.Text] = c
	}
	for _, want := range []struct{ text, unit, source string }{
		{"17 nautical miles", "nmi", "owner"},
		{"274 metres", "m", "ship registry"},
	} {
		c, ok := got[want.text]
		if !ok || c.Unit != want.unit || c.Source.Name != want.source {
			t.Errorf("%q: found %v, unit %q, source %q; want unit %q, source %q", want.text, ok, c.Unit, c.Source.Name, want.unit, want.source)
		}
	}
}
