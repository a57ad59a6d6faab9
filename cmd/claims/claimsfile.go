package main

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/claims-tool/claims/cmd/claims/internal/render"
	"github.com/claims-tool/claims/extract"
)

// claimRecord is what readClaimFiles needs of a record: the record, and
// whether the fields compare aligns on were there (files made before they
// were added to the output lack them).
type claimRecord struct {
	render.Record
	Context *[]string `json:"context"`
}

// readClaimFiles reads claim files written by claims extract --format
// jsonl (- is standard input) and returns the articles they hold, in path
// order (the order a single run over their common folder reads them),
// each with its claims in the order of the files, and the claims'
// positions. A line that is not a claim record is an error at file:line;
// a claim met twice (shards that overlap) is kept once, with a notice.
func readClaimFiles(names []string, rep *reporter, maxSize int64) ([]*extract.Article, render.Positions) {
	byPath := map[string]*extract.Article{}
	seen := map[string]string{} // claim id -> where it was read
	pos := render.Positions{}
	for _, name := range names {
		n := readClaimFile(name, maxSize, rep, func(where string, r *claimRecord) {
			if first, dup := seen[r.ID]; dup {
				rep.print(message{text: fmt.Sprintf("%s: claim %s already read at %s; skipped", where, r.ID, first)})
				return
			}
			seen[r.ID] = where
			a := byPath[r.Article]
			if a == nil {
				a = &extract.Article{Path: r.Article}
				byPath[r.Article] = a
			}
			c := r.Record.Claim()
			if r.Context != nil {
				c.Context = *r.Context
			}
			a.Claims = append(a.Claims, c)
			pos[r.ID] = render.Pos{Line: r.Line, Col: r.Col}
		})
		rep.prog.file(n)
	}
	arts := make([]*extract.Article, 0, len(byPath))
	for _, a := range byPath {
		arts = append(arts, a)
	}
	slices.SortFunc(arts, func(a, b *extract.Article) int { return comparePaths(a.Path, b.Path) })
	return arts, pos
}

// readClaimFile reads one claim file, calling add for each record with
// its file:line, and returns the number of records. Errors are reported.
func readClaimFile(name string, maxSize int64, rep *reporter, add func(where string, r *claimRecord)) int {
	var r io.Reader
	display := name
	if name == "-" {
		r, display = os.Stdin, stdinName
	} else {
		f, err := os.Open(name)
		if err != nil {
			rep.errorf("%s: %s", name, errText(err))
			return 0
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	n, old := 0, false
	for line := 1; ; line++ {
		b, err := readLine(br, maxSize)
		if errors.Is(err, errLongLine) {
			rep.errorf("%s:%d: line over the --max-size limit of %s", display, line, humanSize(maxSize))
			return n
		}
		if err != nil && !errors.Is(err, io.EOF) {
			rep.errorf("%s: %s", display, errText(err))
			return n
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			var rec claimRecord
			switch {
			case t[0] == '[' && line == 1:
				rep.errorf("%s:1: a JSON array; --claims reads JSON Lines, one claim per line: make it with claims extract --format jsonl", display)
				return n
			case json.Unmarshal(t, &rec) != nil:
				rep.errorf("%s:%d: not a claim record (JSON Lines from claims extract --format jsonl)", display, line)
			case rec.ID == "" || rec.Article == "":
				rep.errorf("%s:%d: a claim record needs an id and an article", display, line)
			default:
				old = old || rec.Context == nil
				add(fmt.Sprintf("%s:%d", display, line), &rec)
				n++
			}
		}
		if err != nil {
			break
		}
	}
	if old {
		rep.print(message{text: fmt.Sprintf("%s: claim records without context words (made by an older claims): facts may be grouped differently than from the articles; extract again to fix", display)})
	}
	return n
}

var errLongLine = errors.New("line too long")

// readLine reads one line of at most max bytes, without its line break.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if int64(len(line)) > max {
			return nil, errLongLine
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimSuffix(line, []byte("\n")), err
	}
}

// comparePaths orders paths as a walk of their common folder meets them:
// name by name, so "a/b.txt" comes before "a-b.txt" as it does when the
// folder "a" is read before the file "a-b.txt".
func comparePaths(a, b string) int {
	as := strings.Split(filepath.ToSlash(a), "/")
	bs := strings.Split(filepath.ToSlash(b), "/")
	for i := range min(len(as), len(bs)) {
		if c := cmp.Compare(as[i], bs[i]); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(as), len(bs))
}
