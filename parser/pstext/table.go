package pstext

import (
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// Column is one table column: its header label and its span in runes, taken
// from the run of dashes under the label. A label cut by the formatter keeps
// its prefix and sets Truncated.
type Column struct {
	Name      string `json:"name"`
	Truncated bool   `json:"truncated,omitempty"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Cell is one value of a row. Truncated means the formatter cut the value
// to the column width: Value is then a prefix of the real value.
type Cell struct {
	Value     string `json:"value"`
	Truncated bool   `json:"truncated,omitempty"`
}

// Row is one table row; Cells is aligned with the table's Columns (missing
// right-hand values are empty cells). Wrapped is set when continuation lines
// were folded into the row.
type Row struct {
	Line    int    `json:"line"`
	Cells   []Cell `json:"cells"`
	Wrapped bool   `json:"wrapped,omitempty"`
}

// Table is one formatter table: header, dashes line and rows up to the
// first blank line.
type Table struct {
	HeaderLine int      `json:"headerLine"`
	EndLine    int      `json:"endLine"`
	Columns    []Column `json:"columns"`
	Rows       []Row    `json:"rows"`
}

// Col returns the index of the column whose label is name (ignoring case),
// or whose truncated label is a prefix of name; -1 if there is none.
func (t *Table) Col(name string) int {
	for i, c := range t.Columns {
		if strings.EqualFold(c.Name, name) {
			return i
		}
	}
	for i, c := range t.Columns {
		if c.Truncated && c.Name != "" && len(c.Name) <= len(name) && strings.EqualFold(c.Name, name[:len(c.Name)]) {
			return i
		}
	}
	return -1
}

// Cell returns the cell of row r in the column labelled name; ok is false
// when the table has no such column (dropped for width).
func (t *Table) Cell(r Row, name string) (Cell, bool) {
	i := t.Col(name)
	if i < 0 || i >= len(r.Cells) {
		return Cell{}, false
	}
	return r.Cells[i], true
}

// Value is Cell(r, name).Value, empty when the column is missing.
func (t *Table) Value(r Row, name string) string {
	c, _ := t.Cell(r, name)
	return c.Value
}

// TruncatedColumns names the columns whose cell of row r the formatter
// cut ("..."), nil when none was.
func (t *Table) TruncatedColumns(r Row) []string {
	var out []string
	for i, c := range r.Cells {
		if c.Truncated && i < len(t.Columns) {
			out = append(out, t.Columns[i].Name)
		}
	}
	return out
}

// IsDashLine reports whether s is a formatter underline: runs of '-'
// separated by spaces, nothing else.
func IsDashLine(s string) bool {
	s = strings.TrimRight(s, " ")
	if strings.TrimLeft(s, " ") == "" {
		return false
	}
	return strings.Trim(s, "- ") == ""
}

// DashSpans returns the rune spans [start, end) of the runs of '-' in s.
func DashSpans(s string) [][2]int {
	var spans [][2]int
	start := -1
	i := 0
	for _, r := range s {
		switch {
		case r == '-' && start < 0:
			start = i
		case r != '-' && start >= 0:
			spans = append(spans, [2]int{start, i})
			start = -1
		}
		i++
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, i})
	}
	return spans
}

// IsTableStart reports whether lines[i] is a table header: a non-blank line
// followed by a dashes line whose runs line up with the header's words.
func IsTableStart(lines []Line, i int) bool {
	if i+1 >= len(lines) || IsBlank(lines[i].Text) || !IsDashLine(lines[i+1].Text) {
		return false
	}
	if IsDashLine(lines[i].Text) {
		return false
	}
	spans := DashSpans(lines[i+1].Text)
	header := []rune(lines[i].Text)
	// Every span must carry some header text, else the dashes are a rule
	// under a title rather than an underline of labels.
	for _, c := range cutRow(header, spans, separators([][]rune{header}, spans)) {
		if strings.TrimSpace(c) == "" {
			return false
		}
	}
	return true
}

// ParseTable parses the table whose header is lines[0] and dashes line is
// lines[1]; rows run to the first blank line. It returns the table and the
// number of lines consumed (header, dashes and rows; not the blank line).
func ParseTable(lines []Line, ps *parser.Problems) (*Table, int) {
	if len(lines) < 2 || !IsDashLine(lines[1].Text) {
		return nil, 0
	}
	spans := DashSpans(lines[1].Text)
	t := &Table{HeaderLine: lines[0].Num, EndLine: lines[1].Num}
	n := 2
	for n < len(lines) && !IsBlank(lines[n].Text) {
		n++
	}
	grid := make([][]rune, 0, n-1)
	grid = append(grid, []rune(lines[0].Text))
	for _, l := range lines[2:n] {
		grid = append(grid, []rune(l.Text))
	}
	seps := separators(grid, spans)
	t.Rows = make([]Row, 0, n-2)
	for i, raw := range cutRow(grid[0], spans, seps) {
		name, cut := CutEllipsis(strings.TrimSpace(raw))
		t.Columns = append(t.Columns, Column{Name: name, Truncated: cut, Start: spans[i][0], End: spans[i][1]})
	}
	var prevRaw []string
	for i, l := range lines[2:n] {
		raw := cutRow(grid[i+1], spans, seps)
		if !t.continueRow(l, raw, prevRaw, ps) {
			t.addRow(l, raw)
		}
		prevRaw = raw
		t.EndLine = l.Num
	}
	return t, n
}

func (t *Table) addRow(l Line, raw []string) {
	cells := make([]Cell, len(raw))
	for i, r := range raw {
		v, cut := CutEllipsis(strings.TrimSpace(r))
		cells[i] = Cell{Value: v, Truncated: cut}
	}
	t.Rows = append(t.Rows, Row{Line: l.Num, Cells: cells})
}

// continueRow folds a Format-Table -Wrap continuation line into the
// previous row: text only under later columns, each continuing a value of
// the previous row that filled its column to the edge. Anything else is a
// row of its own (a row with an empty first value, say).
func (t *Table) continueRow(l Line, raw, prevRaw []string, ps *parser.Problems) bool {
	if len(t.Rows) == 0 || len(raw) < 2 || strings.TrimSpace(raw[0]) != "" {
		return false
	}
	any := false
	for i, r := range raw {
		if strings.TrimSpace(r) == "" {
			continue
		}
		any = true
		filled := i == len(raw)-1 || strings.TrimRight(prevRaw[i], " ") == prevRaw[i]
		if strings.TrimSpace(prevRaw[i]) == "" || !filled {
			return false
		}
	}
	if !any {
		return false
	}
	prev := &t.Rows[len(t.Rows)-1]
	for i, r := range raw {
		v, cut := CutEllipsis(strings.TrimSpace(r))
		if v == "" {
			continue
		}
		prev.Cells[i].Value += " " + v
		prev.Cells[i].Truncated = cut
	}
	prev.Wrapped = true
	addProblem(ps, l.Num, parser.LevelInfo, "table line taken as continuation of the row at line %d", prev.Line)
	return true
}

// separators finds, for each gap between two dash runs, the one-character
// column separator. The dashes underline only the labels: a left-aligned
// column runs up to the next label, a right-aligned (numeric) one may start
// inside the gap. The separator is the right-most position of the gap that
// is blank in every line; when values spill so that none is, the position
// blank in most lines is taken and rows are fixed up one by one.
func separators(grid [][]rune, spans [][2]int) []int {
	seps := make([]int, 0, len(spans))
	for k := 0; k+1 < len(spans); k++ {
		gapStart, gapEnd := spans[k][1], spans[k+1][0]
		best, bestCount := gapEnd-1, len(grid)+1
		for p := gapEnd - 1; p >= gapStart; p-- {
			count := 0
			for _, row := range grid {
				if p < len(row) && row[p] != ' ' {
					count++
				}
			}
			if count < bestCount {
				best, bestCount = p, count
			}
			if count == 0 {
				break
			}
		}
		seps = append(seps, best)
	}
	return seps
}

// cutRow slices a row into one raw string per span at the separators. A row
// whose value covers a separator (spilled by one character) is cut at the
// blank next to it instead.
func cutRow(row []rune, spans [][2]int, seps []int) []string {
	out := make([]string, len(spans))
	start := 0
	for k := range spans {
		end := len(row)
		if k < len(seps) {
			end = rowCut(row, seps[k])
		}
		end = max(end, start)
		if start < len(row) {
			out[k] = string(row[start:min(end, len(row))])
		}
		start = end
	}
	return out
}

func rowCut(row []rune, sep int) int {
	switch {
	case sep >= len(row) || row[sep] == ' ':
		return sep
	case sep+1 < len(row) && row[sep+1] == ' ':
		return sep + 1
	case sep > 0 && row[sep-1] == ' ':
		return sep - 1
	}
	return sep
}
