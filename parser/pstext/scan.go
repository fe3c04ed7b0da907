package pstext

import (
	"github.com/hnsscope/hnsscope/parser"
)

// BlockKind says what a Block holds.
type BlockKind string

// Kinds of blocks Scan finds.
const (
	TableBlock BlockKind = "table"
	ListBlock  BlockKind = "list"
	TextBlock  BlockKind = "text"
)

// Block is one region of formatter output. A list introduced by a title
// line and a single rule of dashes (netsh "Interface X Parameters",
// "Protocol tcp Dynamic Port Range") carries that line in Title.
type Block struct {
	Kind      BlockKind `json:"kind"`
	StartLine int       `json:"startLine"`
	EndLine   int       `json:"endLine"`
	Title     string    `json:"title,omitempty"`
	Table     *Table    `json:"table,omitempty"`
	List      *List     `json:"list,omitempty"`
	Text      []Line    `json:"text,omitempty"`
}

// Scan splits lines into tables, lists and runs of other text, in order.
// Blank lines separate blocks and belong to none.
func Scan(lines []Line, ps *parser.Problems) []Block {
	var blocks []Block
	for i := 0; i < len(lines); {
		if IsBlank(lines[i].Text) {
			i++
			continue
		}
		b, used := scanBlock(lines[i:], ps)
		blocks = append(blocks, b)
		i += used
	}
	return blocks
}

func scanBlock(lines []Line, ps *parser.Problems) (Block, int) {
	first := lines[0]
	if len(lines) > 2 && IsDashLine(lines[1].Text) && len(DashSpans(lines[1].Text)) == 1 &&
		ColonColumn(lines[2].Text) > 0 {
		l, used := ParseList(lines[2:], ps)
		return Block{Kind: ListBlock, StartLine: first.Num, EndLine: l.EndLine, Title: first.Text, List: l}, used + 2
	}
	if IsTableStart(lines, 0) {
		t, used := ParseTable(lines, ps)
		return Block{Kind: TableBlock, StartLine: first.Num, EndLine: t.EndLine, Table: t}, used
	}
	if ColonColumn(first.Text) > 0 {
		l, used := ParseList(lines, ps)
		if used > 0 {
			return Block{Kind: ListBlock, StartLine: first.Num, EndLine: l.EndLine, List: l}, used
		}
	}
	b := Block{Kind: TextBlock, StartLine: first.Num}
	n := 0
	for ; n < len(lines) && !IsBlank(lines[n].Text); n++ {
		if n > 0 && IsTableStart(lines, n) {
			break
		}
		b.Text = append(b.Text, lines[n])
		b.EndLine = lines[n].Num
	}
	return b, n
}
