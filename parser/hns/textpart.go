package hns

import (
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// textRecord is one table row or list record of the formatter text before
// the JSON, its values keyed by lower-cased column or property name.
type textRecord struct {
	line   int
	values map[string]pstext.Cell
	parts  map[string][]string // wrapped list values, as printed
}

func (r textRecord) value(names ...string) (string, bool) {
	for _, n := range names {
		if c, ok := r.values[strings.ToLower(n)]; ok {
			return c.Value, c.Truncated
		}
	}
	return "", false
}

// textRecords parses the lines before the JSON with the formatter rules and
// keeps the records that carry at least one of the expected properties.
// Other text is reported (an error message written instead of data,
// typically).
func textRecords(lines []pstext.Line, probs *parser.Problems, expected ...string) []textRecord {
	var out []textRecord
	scratch := &parser.Problems{File: probs.File}
	for _, b := range pstext.Scan(lines, scratch) {
		var recs []textRecord
		switch {
		case b.Table != nil:
			recs = tableRecords(b.Table)
		case b.List != nil:
			recs = listRecords(b.List)
		}
		if len(recs) == 0 || !recs[0].hasAny(expected) {
			probs.Add(b.StartLine, parser.LevelWarning, "unexpected text instead of a table or JSON: %q", parser.Clip(firstLineOf(lines, b.StartLine)))
			continue
		}
		out = append(out, recs...)
	}
	probs.List = append(probs.List, scratchFor(scratch, out)...)
	return out
}

// scratchFor keeps the formatter problems only when the text was data.
func scratchFor(scratch *parser.Problems, recs []textRecord) []parser.Problem {
	if len(recs) == 0 {
		return nil
	}
	return scratch.List
}

func (r textRecord) hasAny(names []string) bool {
	for _, n := range names {
		if _, ok := r.values[strings.ToLower(n)]; ok {
			return true
		}
	}
	return false
}

func firstLineOf(lines []pstext.Line, num int) string {
	if num >= 1 && num <= len(lines) {
		return strings.TrimSpace(lines[num-1].Text)
	}
	return ""
}

func tableRecords(t *pstext.Table) []textRecord {
	out := make([]textRecord, 0, len(t.Rows))
	for _, row := range t.Rows {
		rec := textRecord{line: row.Line, values: make(map[string]pstext.Cell, len(t.Columns))}
		for i, c := range t.Columns {
			if i < len(row.Cells) {
				rec.values[strings.ToLower(c.Name)] = row.Cells[i]
			}
		}
		out = append(out, rec)
	}
	return out
}

func listRecords(l *pstext.List) []textRecord {
	out := make([]textRecord, 0, len(l.Records))
	for _, r := range l.Records {
		rec := textRecord{line: r.Line, values: map[string]pstext.Cell{}, parts: map[string][]string{}}
		for _, f := range r.Fields {
			v, cut := pstext.CutEllipsis(f.Value)
			rec.values[strings.ToLower(f.Name)] = pstext.Cell{Value: v, Truncated: cut}
			if len(f.Parts) > 0 {
				rec.parts[strings.ToLower(f.Name)] = f.Parts
			}
		}
		out = append(out, rec)
	}
	return out
}

// guidList reads a "{id, id}" value whose items may have been wrapped
// mid-GUID onto continuation lines: the printed pieces are joined without
// separators before splitting.
func (r textRecord) guidList(name string) ([]string, bool) {
	v, _ := r.value(name)
	if parts, ok := r.parts[strings.ToLower(name)]; ok {
		v = strings.Join(parts, "")
	}
	items, truncated := pstext.SplitArray(v)
	return normalizeGUIDs(items), truncated
}

// stateOf reads an endpoint State cell: a number, or an enum name.
func stateOf(s string) *int {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if n, err := strconv.Atoi(s); err == nil {
		return &n
	}
	for i, name := range stateNames {
		if strings.EqualFold(name, s) {
			return &i
		}
	}
	return nil
}

func boolCell(s string) *bool {
	b, ok := toBool(s)
	if !ok {
		return nil
	}
	return &b
}
