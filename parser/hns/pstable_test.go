package hns

import (
	"strings"
	"unicode/utf8"
)

// column describes one column of a formatter table written by psTable.
type column struct {
	name  string
	right bool // numbers are right-aligned
	max   int  // width limit; longer values are cut with ellipsis
}

// psTable renders a table as the PowerShell formatter does: a blank line,
// header, dashes, rows, two blank lines. Column width is the widest of
// header and values, or max.
func psTable(ellipsis string, cols []column, rows ...[]string) string {
	widths := make([]int, len(cols))
	for i, c := range cols {
		widths[i] = utf8.RuneCountInString(c.name)
		for _, r := range rows {
			widths[i] = max(widths[i], utf8.RuneCountInString(r[i]))
		}
		if c.max > 0 && widths[i] > c.max {
			widths[i] = c.max
		}
	}
	line := func(cells []string) string {
		var b strings.Builder
		for i, v := range cells {
			if n := utf8.RuneCountInString(v); n > widths[i] {
				v = string([]rune(v)[:widths[i]-utf8.RuneCountInString(ellipsis)]) + ellipsis
			}
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(v))
			if i > 0 {
				b.WriteString(" ")
			}
			if cols[i].right {
				b.WriteString(pad + v)
			} else {
				b.WriteString(v + pad)
			}
		}
		return strings.TrimRight(b.String(), " ") + "\n"
	}
	var b strings.Builder
	b.WriteString("\n")
	names := make([]string, len(cols))
	dashes := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.name
		dashes[i] = strings.Repeat("-", utf8.RuneCountInString(c.name))
	}
	b.WriteString(line(names))
	b.WriteString(line(dashes))
	for _, r := range rows {
		b.WriteString(line(r))
	}
	b.WriteString("\n\n")
	return b.String()
}

// cutAfter returns text up to and including the first occurrence of mark,
// as a file cut short would end.
func cutAfter(text, mark string) string {
	i := strings.Index(text, mark)
	if i < 0 {
		panic("mark not found: " + mark)
	}
	return text[:i+len(mark)] + "\n"
}

var endpointColumns = []column{{name: "IpAddress"}, {name: "MacAddress"}, {name: "IsRemoteEndpoint"}, {name: "State", right: true}}
