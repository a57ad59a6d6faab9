package render

import (
	"bytes"
	"encoding/json"
	"io"
	"iter"

	"github.com/claims-tool/claims/compare"
)

// compact encodes v as one line of JSON without HTML escaping (no trailing
// newline). encoding/json also turns invalid UTF-8 into U+FFFD.
func compact(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// claimJSONL prints one record per line: what compact gives, and a
// newline (see appendRecord).
func claimJSONL(w io.Writer, claims iter.Seq[Located]) error {
	var b []byte
	for c := range claims {
		r := NewRecord(c.Claim, c.Pos)
		b = append(appendRecord(b[:0], &r), '\n')
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// claimJSON prints one array, a record per line, each as claimJSONL
// prints it.
func claimJSON(w io.Writer, claims iter.Seq[Located]) error {
	ew := &errWriter{w: w}
	var b []byte
	sep := "[\n"
	for c := range claims {
		r := NewRecord(c.Claim, c.Pos)
		b = appendRecord(append(b[:0], sep...), &r)
		if ew.Write(b); ew.err != nil {
			return ew.err
		}
		sep = ",\n"
	}
	if sep == "[\n" {
		ew.printf("[]\n")
	} else {
		ew.printf("\n]\n")
	}
	return ew.err
}

// writeItems writes array elements, one per line; first opens the array.
func writeItems(ew *errWriter, items []any, first bool) error {
	for _, it := range items {
		b, err := compact(it)
		if err != nil {
			return err
		}
		if first {
			ew.printf("[\n")
			first = false
		} else {
			ew.printf(",\n")
		}
		ew.Write(b)
		if ew.err != nil {
			return ew.err
		}
	}
	return nil
}

// GroupRecord is a group (a fact) as the JSON report prints it.
type GroupRecord struct {
	ID         string   `json:"id"`
	Verdict    string   `json:"verdict"`
	Claims     []string `json:"claims"`
	Subject    string   `json:"subject"`
	Unit       string   `json:"unit"`
	Articles   int      `json:"articles"`
	Origins    int      `json:"origins"`
	Sources    []string `json:"sources"`
	Unverified bool     `json:"unverified"`
}

func groupRecord(g compare.Group) GroupRecord {
	r := GroupRecord{ID: g.ID, Verdict: g.Verdict, Claims: []string{}, Subject: g.Subject, Unit: g.Unit,
		Articles: g.Articles, Origins: g.Origins, Sources: []string{}, Unverified: g.Unverified}
	r.Claims = append(r.Claims, g.Claims...)
	r.Sources = append(r.Sources, g.Sources...)
	return r
}

// reportJSON prints {"articles", "claims", "groups", "summary"}, with one
// array element per line so that reports kept in version control diff well.
func reportJSON(w io.Writer, r *compare.Report, pos Positions) error {
	ew := &errWriter{w: w}
	section := func(name string, items []any, last bool) error {
		ew.printf("%q: ", name)
		if len(items) == 0 {
			ew.printf("[]")
		} else if err := writeItems(ew, items, true); err != nil {
			return err
		} else {
			ew.printf("\n]")
		}
		if !last {
			ew.printf(",")
		}
		ew.printf("\n")
		return ew.err
	}
	ew.printf("{\n")
	var items []any
	for _, a := range r.Articles {
		items = append(items, a)
	}
	if err := section("articles", items, false); err != nil {
		return err
	}
	items = items[:0]
	for i := range r.Claims {
		c := &r.Claims[i]
		items = append(items, NewRecord(c, pos[c.ID]))
	}
	if err := section("claims", items, false); err != nil {
		return err
	}
	items = items[:0]
	for _, g := range r.Groups {
		items = append(items, groupRecord(g))
	}
	if err := section("groups", items, false); err != nil {
		return err
	}
	b, err := compact(r.Summary)
	if err != nil {
		return err
	}
	ew.printf("%q: %s\n}\n", "summary", b)
	return ew.err
}
