// Package netadapter parses netadapter.txt (the Get-NetAdapter
// -IncludeHidden table) and the per-adapter files adapters\<Name>_int.txt
// (a "netsh int ipv4 sh int <ifIndex>" block followed by a Format-List *
// dump of the adapter).
package netadapter

import (
	"io"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// Adapter is one Get-NetAdapter row. MAC is normalised to upper-case
// dashes; Truncated names the columns whose value was cut.
type Adapter struct {
	Name        string          `json:"name"`
	Description string          `json:"description,omitempty"`
	IfIndex     int             `json:"ifIndex,omitempty"`
	Status      string          `json:"status,omitempty"`
	MAC         string          `json:"mac,omitempty"`
	LinkSpeed   string          `json:"linkSpeed,omitempty"`
	Truncated   []string        `json:"truncated,omitempty"`
	Pos         parser.Position `json:"pos"`
}

// Parse reads netadapter.txt.
func Parse(file string, r io.Reader) ([]Adapter, []parser.Problem) {
	ps := &parser.Problems{File: file}
	lines := pstext.ReadLines(r, ps)
	var out []Adapter
	for _, b := range pstext.Scan(lines, ps) {
		if b.Kind != pstext.TableBlock {
			ps.Add(b.StartLine, parser.LevelInfo, "%s outside the adapter table ignored", b.Kind)
			continue
		}
		tbl := b.Table
		if tbl.Col("Name") < 0 || tbl.Col("ifIndex") < 0 && tbl.Col("MacAddress") < 0 {
			ps.Add(tbl.HeaderLine, parser.LevelWarning, "table that is not Get-NetAdapter ignored")
			continue
		}
		for _, row := range tbl.Rows {
			out = append(out, adapterRow(file, tbl, row, ps))
		}
	}
	return out, ps.List
}

func adapterRow(file string, tbl *pstext.Table, row pstext.Row, ps *parser.Problems) Adapter {
	a := Adapter{
		Name:        tbl.Value(row, "Name"),
		Description: tbl.Value(row, "InterfaceDescription"),
		Status:      tbl.Value(row, "Status"),
		LinkSpeed:   tbl.Value(row, "LinkSpeed"),
		Pos:         parser.Position{File: file, Line: row.Line},
	}
	a.IfIndex, _ = pstext.Int(tbl.Value(row, "ifIndex"))
	a.MAC = macAddress(tbl.Value(row, "MacAddress"), row.Line, ps)
	a.Truncated = tbl.TruncatedColumns(row)
	return a
}

// macAddress normalises a MacAddress value; one that is not a MAC address
// is reported and dropped.
func macAddress(v string, line int, ps *parser.Problems) string {
	if v == "" {
		return ""
	}
	mac, ok := pstext.NormalizeMAC(v)
	if !ok {
		ps.Add(line, parser.LevelWarning, "MacAddress %q is not a MAC address", v)
	}
	return mac
}
