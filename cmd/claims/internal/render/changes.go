package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/claims-tool/claims/compare"
)

// Change kinds, as the text, JSON and CSV forms of Changes name them.
const (
	FactAdded      = "fact added"
	FactRemoved    = "fact removed"
	ValueChanged   = "value changed"
	VerdictChanged = "verdict changed"
)

// Changes prints what changed since a baseline report in opt.Format (one
// of ReportFormats): a line per change (table), a bullet per change
// (Markdown), {"added", "removed", "values", "verdicts"} (JSON) or a row per
// change (CSV). Removed facts come first, then added facts, value changes
// and verdict changes.
func Changes(w io.Writer, c compare.Changes, opt Options) error {
	switch opt.format() {
	case Table:
		return changesText(w, c, Terminal, "")
	case Markdown:
		return changesText(w, c, md, "- ")
	case JSON:
		return changesJSON(w, c)
	case CSV:
		return changesCSV(w, c, opt)
	}
	return fmt.Errorf("render: no format %q for changes", opt.Format)
}

// change is one line of the list.
type change struct {
	kind     string
	old, new *compare.Fact
}

func flatten(c compare.Changes) []change {
	var out []change
	for i := range c.Removed {
		out = append(out, change{kind: FactRemoved, old: &c.Removed[i]})
	}
	for i := range c.Added {
		out = append(out, change{kind: FactAdded, new: &c.Added[i]})
	}
	for i := range c.Values {
		out = append(out, change{kind: ValueChanged, old: &c.Values[i].Old, new: &c.Values[i].New})
	}
	for i := range c.Verdicts {
		out = append(out, change{kind: VerdictChanged, old: &c.Verdicts[i].Old, new: &c.Verdicts[i].New})
	}
	return out
}

// fact is "[g3] drones (km)".
func fact(f *compare.Fact) string {
	s := "[" + f.Group + "] " + f.Subject
	if f.Unit != "" {
		s += " (" + f.Unit + ")"
	}
	return s
}

func figures(f *compare.Fact) string { return strings.Join(f.Figures, "; ") }

// changesText prints a line per change and a count; safe is the escaping
// of the target (Terminal or md), bullet the line prefix.
func changesText(w io.Writer, c compare.Changes, safe func(string) string, bullet string) error {
	ew := &errWriter{w: w}
	all := flatten(c)
	for _, ch := range all {
		var s string
		switch ch.kind {
		case FactRemoved:
			s = fmt.Sprintf("%s: %s %s: %s", ch.kind, fact(ch.old), ch.old.Verdict, figures(ch.old))
		case FactAdded:
			s = fmt.Sprintf("%s: %s %s: %s", ch.kind, fact(ch.new), ch.new.Verdict, figures(ch.new))
		case ValueChanged:
			s = fmt.Sprintf("%s: %s: %s -> %s", ch.kind, fact(ch.new), figures(ch.old), figures(ch.new))
		case VerdictChanged:
			s = fmt.Sprintf("%s: %s: %s -> %s", ch.kind, fact(ch.new), ch.old.Verdict, ch.new.Verdict)
		}
		ew.printf("%s%s\n", bullet, safe(s))
	}
	if len(all) == 0 {
		ew.printf("%sno changes since the baseline\n", bullet)
	} else {
		ew.printf("%s%s since the baseline\n", bullet, plural(len(all), "change"))
	}
	return ew.err
}

// changesJSON prints compare.Changes with empty lists as [], an element
// per line.
func changesJSON(w io.Writer, c compare.Changes) error {
	ew := &errWriter{w: w}
	list := func(name string, n int, item func(int) any, last bool) error {
		ew.printf("%q: ", name)
		if n == 0 {
			ew.printf("[]")
		} else {
			items := make([]any, n)
			for i := range items {
				items[i] = item(i)
			}
			if err := writeItems(ew, items, true); err != nil {
				return err
			}
			ew.printf("\n]")
		}
		if !last {
			ew.printf(",")
		}
		ew.printf("\n")
		return ew.err
	}
	ew.printf("{\n")
	for _, l := range []struct {
		name string
		n    int
		item func(int) any
	}{
		{"added", len(c.Added), func(i int) any { return nonNil(c.Added[i]) }},
		{"removed", len(c.Removed), func(i int) any { return nonNil(c.Removed[i]) }},
		{"values", len(c.Values), func(i int) any {
			return compare.Change{Old: nonNil(c.Values[i].Old), New: nonNil(c.Values[i].New)}
		}},
		{"verdicts", len(c.Verdicts), func(i int) any {
			return compare.Change{Old: nonNil(c.Verdicts[i].Old), New: nonNil(c.Verdicts[i].New)}
		}},
	} {
		if err := list(l.name, l.n, l.item, l.name == "verdicts"); err != nil {
			return err
		}
	}
	ew.printf("}\n")
	return ew.err
}

func nonNil(f compare.Fact) compare.Fact {
	if f.Figures == nil {
		f.Figures = []string{}
	}
	return f
}

// changesCSV prints a row per change: the fact now (before, for a removed
// fact) and as it was.
func changesCSV(w io.Writer, c compare.Changes, opt Options) error {
	cw := newCSV(w, opt)
	err := cw.header("change", "group", "verdict", "subject", "unit", "figures", "old_group", "old_verdict", "old_figures")
	if err != nil {
		return err
	}
	for _, ch := range flatten(c) {
		row := make([]csvCell, 0, 9)
		if f := ch.new; f != nil {
			row = append(row, txt(ch.kind), txt(f.Group), txt(f.Verdict), txt(f.Subject), txt(f.Unit), txt(figures(f)))
		} else {
			f := ch.old
			row = append(row, txt(ch.kind), txt(""), txt(""), txt(f.Subject), txt(f.Unit), txt(""))
		}
		if f := ch.old; f != nil {
			row = append(row, txt(f.Group), txt(f.Verdict), txt(figures(f)))
		} else {
			row = append(row, txt(""), txt(""), txt(""))
		}
		if err := cw.write(row); err != nil {
			return err
		}
	}
	return cw.flush()
}
