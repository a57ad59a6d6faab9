// Package baseline reads a comparison report back from the JSON that
// `claims compare --format json` prints, so that compare.Diff can tell what
// changed since (a baseline pinned in CI).
//
// What a report needs for Diff comes back: the articles, every claim (read
// as the render.Record it was printed as, so writer and reader share one
// definition) and every group.
package baseline

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/claims-tool/claims/cmd/claims/internal/render"
	"github.com/claims-tool/claims/compare"
)

// Read decodes a JSON report. It fails when the JSON is not a report:
// "claims" or "groups" missing, a claim id twice, or a group naming a claim
// the report does not hold.
func Read(r io.Reader) (*compare.Report, error) {
	var doc struct {
		Articles []compare.ArticleInfo `json:"articles"`
		Claims   *[]render.Record      `json:"claims"`
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
		rep.Claims = append(rep.Claims, c.Claim())
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
