package vfp

import "strings"

// buildTable reads the PowerShell table printed before the first port
// section: a header line, a dash line whose runs give the column spans,
// then rows. Text that is not such a table is kept as lines.
func buildTable(lines []NumberedLine) *PortTable {
	if len(lines) == 0 {
		return nil
	}
	t := &PortTable{Line: lines[0].Line}
	dash := -1
	for i, l := range lines {
		if i > 0 && isDashLine(l.Text) {
			dash = i
			break
		}
	}
	if dash < 0 {
		t.Text = lines
		return t
	}
	spans := dashSpans(lines[dash].Text)
	t.Text = lines[:dash-1]
	t.Columns = cutColumns(lines[dash-1].Text, spans)
	for _, l := range lines[dash+1:] {
		t.Rows = append(t.Rows, TableRow{Line: l.Line, Cells: cutColumns(l.Text, spans)})
	}
	return t
}

func isDashLine(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && strings.Trim(s, "- ") == ""
}

func dashSpans(s string) []int {
	var starts []int
	for i := 0; i < len(s); i++ {
		if s[i] == '-' && (i == 0 || s[i-1] == ' ') {
			starts = append(starts, i)
		}
	}
	return starts
}

// cutColumns cuts s at the column starts; the last column runs to the end
// of the line because PowerShell lets the last value overflow.
func cutColumns(s string, starts []int) []string {
	cells := make([]string, len(starts))
	for i, st := range starts {
		if st >= len(s) {
			break
		}
		end := len(s)
		if i+1 < len(starts) && starts[i+1] < end {
			end = starts[i+1]
		}
		cells[i] = strings.TrimSpace(s[st:end])
	}
	return cells
}
