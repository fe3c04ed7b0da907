package vfp

import "github.com/hnsscope/hnsscope/parser/pstext"

// buildTable reads the PowerShell table printed before the first port
// section with the shared formatter-table reader. Text that is not such a
// table is kept as lines.
func buildTable(lines []NumberedLine) *PortTable {
	if len(lines) == 0 {
		return nil
	}
	t := &PortTable{Line: lines[0].Line}
	pl := make([]pstext.Line, len(lines))
	for i, l := range lines {
		pl[i] = pstext.Line{Num: l.Line, Text: l.Text}
	}
	head := 0
	for head < len(pl) && !pstext.IsTableStart(pl, head) {
		head++
	}
	t.Text = lines[:head]
	if head == len(pl) {
		return t
	}
	// Blank lines never reach the buffer, so the table runs to the end.
	tbl, _ := pstext.ParseTable(pl[head:], nil)
	for _, c := range tbl.Columns {
		t.Columns = append(t.Columns, c.Name)
	}
	for _, r := range tbl.Rows {
		row := TableRow{Line: r.Line, Cells: make([]string, len(r.Cells)), Truncated: tbl.TruncatedColumns(r)}
		for i, c := range r.Cells {
			row.Cells[i] = c.Value
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}
