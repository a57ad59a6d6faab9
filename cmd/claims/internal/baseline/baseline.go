// Package baseline reads a comparison report back from the JSON that
// `claims compare --format json` prints, so that compare.Diff can tell what
// changed since (a baseline pinned in CI).
//
// What a report needs for Diff comes back: the articles, every claim's id,
// article, span, text, value, unit, subject, predicate, source and status,
// and every group. Claim fields that the JSON does not carry (the sentence's
// span, qualifiers) stay empty.
package baseline

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/claims-tool/claims/compare"
	"github.com/claims-tool/claims/extract"
)

// claim is a claim record as the JSON report prints it.
type claim struct {
	ID        string         `json:"id"`
	Article   string         `json:"article"`
	Offset    int            `json:"offset"`
	End       int            `json:"end"`
	Text      string         `json:"text"`
	Sentence  string         `json:"sentence"`
	Value     extract.Value  `json:"value"`
	Unit      string         `json:"unit"`
	Kind      string         `json:"kind"`
	Subject   string         `json:"subject"`
	Predicate string         `json:"predicate"`
	Change    string         `json:"change"`
	Source    extract.Source `json:"source"`
	Status    string         `json:"status"`
	Markers   []string       `json:"markers"`
}

// Read decodes a JSON report. It fails when the JSON is not a report:
// "claims" or "groups" missing, a claim id twice, or a group naming a claim
// the report does not hold.
func Read(r io.Reader) (*compare.Report, error) {
	var doc struct {
		Articles []compare.ArticleInfo `json:"articles"`
		Claims   *[]claim              `json:"claims"`
		Groups   *[]compare.Group      `json:"groups"`
		Summary  compare.Summary       `json:"summary"`
	}
	if err := json.NewDecoder(r).Decode(&doc); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("not JSON (at byte %d: %v); want the output of claims compare --format json", se.Offset, err)
		}
		return nil, fmt.Errorf("not a claims JSON report: %v", err)
	}
	if doc.Claims == nil || doc.Groups == nil {
		return nil, errors.New(`not a claims JSON report: no "claims" or no "groups"; want the output of claims compare --format json`)
	}
	rep := &compare.Report{Articles: doc.Articles, Groups: *doc.Groups, Summary: doc.Summary}
	ids := make(map[string]bool, len(*doc.Claims))
	for _, c := range *doc.Claims {
		if ids[c.ID] {
			return nil, fmt.Errorf("claim id %q appears twice", c.ID)
		}
		ids[c.ID] = true
		markers := make([]extract.Marker, len(c.Markers))
		for i, m := range c.Markers {
			markers[i] = extract.Marker{Text: m}
		}
		rep.Claims = append(rep.Claims, extract.Claim{
			ID: c.ID, Article: c.Article, Span: extract.Span{Start: c.Offset, End: c.End}, Text: c.Text,
			Sentence: c.Sentence, Value: c.Value, Unit: c.Unit, Kind: c.Kind, Subject: c.Subject,
			Predicate: c.Predicate, Change: c.Change, Source: c.Source, Status: c.Status, Markers: markers,
		})
	}
	for _, g := range rep.Groups {
		for _, id := range g.Claims {
			if !ids[id] {
				return nil, fmt.Errorf("group %q names claim %q, which is not in the report", g.ID, id)
			}
		}
	}
	return rep, nil
}
