package nodegen

import (
	"strings"
	"unicode/utf8"
)

// Column is one column of a PowerShell Format-Table rendering.
type Column struct {
	Header string
	Right  bool // numbers are right-aligned, header included
	Max    int  // widest value kept; longer ones are cut with an ellipsis (0 = no limit)
	Width  int  // fixed width of views that declare one (Get-NetRoute)
}

// Formatter holds the host properties that change formatter output.
type Formatter struct {
	Ellipsis string // "..." under Windows PowerShell 5.1, "…" under PowerShell 7
	Width    int    // output width of the host; columns that do not fit are dropped (0 = unlimited)
}

// Table renders rows like Format-Table: a blank line, header, dashes, rows,
// then two blank lines. Lines use "\n"; the encoder converts them to CRLF.
func (f Formatter) Table(cols []Column, rows [][]string) string {
	if len(rows) == 0 {
		return "" // no objects reached the formatter: it prints nothing, not even a header
	}
	widths := make([]int, len(cols))
	cells := make([][]string, len(rows))
	for i, c := range cols {
		widths[i] = max(utf8.RuneCountInString(c.Header), c.Width)
	}
	for r, row := range rows {
		cells[r] = make([]string, len(cols))
		for i := range cols {
			v := ""
			if i < len(row) {
				v = row[i]
			}
			v = f.cut(v, cols[i].Max)
			cells[r][i] = v
			widths[i] = max(widths[i], utf8.RuneCountInString(v))
		}
	}
	cols, widths = f.fit(cols, widths)
	for r := range cells {
		cells[r] = cells[r][:len(cols)]
	}
	var b strings.Builder
	b.WriteString("\n")
	header := make([]string, len(cols))
	dashes := make([]string, len(cols))
	for i, c := range cols {
		header[i] = c.Header
		dashes[i] = strings.Repeat("-", utf8.RuneCountInString(c.Header))
	}
	b.WriteString(joinCells(cols, widths, header) + "\n")
	b.WriteString(joinCells(cols, widths, dashes) + "\n")
	for _, row := range cells {
		b.WriteString(joinCells(cols, widths, row) + "\n")
	}
	b.WriteString("\n\n")
	return b.String()
}

func joinCells(cols []Column, widths []int, vals []string) string {
	var b strings.Builder
	for i, v := range vals {
		if i > 0 {
			b.WriteString(" ")
		}
		gap := widths[i] - utf8.RuneCountInString(v)
		switch {
		case cols[i].Right:
			b.WriteString(strings.Repeat(" ", gap) + v)
		case i == len(vals)-1:
			b.WriteString(v)
		default:
			b.WriteString(v + strings.Repeat(" ", gap))
		}
	}
	return strings.TrimRight(b.String(), " ")
}

func (f Formatter) cut(v string, limit int) string {
	if limit <= 0 || utf8.RuneCountInString(v) <= limit {
		return v
	}
	keep := limit - utf8.RuneCountInString(f.Ellipsis)
	return string([]rune(v)[:keep]) + f.Ellipsis
}

// List renders records like Format-List: each record preceded by a blank
// line, names padded so the colons line up, two blank lines at the end.
func (f Formatter) List(records [][]KV) string {
	var b strings.Builder
	for _, rec := range records {
		width := 0
		for _, kv := range rec {
			width = max(width, len(kv.K))
		}
		b.WriteString("\n")
		for _, kv := range rec {
			b.WriteString(kv.K + strings.Repeat(" ", width-len(kv.K)) + " : " + listValue(kv.V) + "\n")
		}
	}
	if len(records) > 0 {
		b.WriteString("\n\n")
	}
	return b.String()
}

func listValue(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		return t
	case []string:
		if len(t) > 4 {
			return "{" + strings.Join(t[:4], ", ") + "...}"
		}
		return "{" + strings.Join(t, ", ") + "}"
	}
	return scalar(v, false)
}

// PSArray renders a multi-valued table cell ("{a, b}"), or the single value.
func PSArray(vals []string) string {
	if len(vals) == 1 {
		return vals[0]
	}
	return listValue(vals)
}

// fit drops the right-hand columns that do not fit the host width, as the
// formatter does on a narrow console (the first column always stays).
func (f Formatter) fit(cols []Column, widths []int) ([]Column, []int) {
	if f.Width <= 0 {
		return cols, widths
	}
	used := widths[0]
	for i := 1; i < len(cols); i++ {
		if used+1+widths[i] > f.Width {
			return cols[:i], widths[:i]
		}
		used += 1 + widths[i]
	}
	return cols, widths
}
