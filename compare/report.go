package compare

import (
	"github.com/claims-tool/claims/extract"
)

// Verdicts of a group.
const (
	Agree       = "agree"
	Discrepancy = "discrepancy"
	Single      = "single"
)

// ArticleInfo is one input article as the report lists it.
type ArticleInfo struct {
	Path   string `json:"path"`
	Title  string `json:"title"`
	Outlet string `json:"outlet"`
	Date   string `json:"date"`
	URL    string `json:"url"`
	// Origin numbers the independent origins: articles that share an
	// origin (a wire story and its rewrites) share the number.
	Origin int `json:"origin"`
	Claims int `json:"claims"`
}

// Group is one fact: the claims that report it.
type Group struct {
	ID      string   `json:"id"`
	Verdict string   `json:"verdict"`
	Claims  []string `json:"claims"` // claim ids, in report order
	// Subject and Unit describe the fact: what is counted and in what.
	Subject string `json:"subject"`
	Unit    string `json:"unit"`
	// Articles, Origins and Sources count the independent support:
	// "3 articles, 2 origins, 1 source".
	Articles int      `json:"articles"`
	Origins  int      `json:"origins"`
	Sources  []string `json:"sources"`
	// Unverified is true when any member is flagged (unverified, denied or
	// disputed) by its article.
	Unverified bool `json:"unverified"`
}

// Summary counts the report.
type Summary struct {
	Articles      int `json:"articles"`
	Origins       int `json:"origins"`
	Claims        int `json:"claims"`
	Facts         int `json:"facts"`
	Agreements    int `json:"agreements"`
	Discrepancies int `json:"discrepancies"`
	Unverified    int `json:"unverified"`
	Single        int `json:"single"`
}

// Report is the result of comparing a set of articles. Every claim is in
// exactly one group. Groups are ordered for reading: discrepancies first,
// then unverified, then agreements, then singles.
type Report struct {
	Articles []ArticleInfo   `json:"articles"`
	Claims   []extract.Claim `json:"claims"`
	Groups   []Group         `json:"groups"`
	Summary  Summary         `json:"summary"`
}
