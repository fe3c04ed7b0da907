package routes

import (
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// parseNetRoute reads a Get-NetRoute table and returns the lines it used.
// Columns are found by label; any of them may be missing or cut.
func (t *Table) parseNetRoute(file string, lines []pstext.Line, ps *parser.Problems) int {
	tbl, n := pstext.ParseTable(lines, ps)
	if tbl == nil {
		return 1
	}
	if tbl.Col("DestinationPrefix") < 0 && tbl.Col("NextHop") < 0 {
		ps.Add(tbl.HeaderLine, parser.LevelWarning, "table without DestinationPrefix or NextHop column ignored")
		return n
	}
	for _, c := range tbl.Columns {
		t.Columns = append(t.Columns, c.Name)
	}
	for _, row := range tbl.Rows {
		t.Routes = append(t.Routes, netRoute(file, tbl, row, ps))
	}
	return n
}

func netRoute(file string, tbl *pstext.Table, row pstext.Row, ps *parser.Problems) Route {
	r := Route{Source: SourceGetNetRoute, Pos: parser.Position{File: file, Line: row.Line}}
	for _, name := range tbl.TruncatedColumns(row) {
		r.Truncated = append(r.Truncated, fullName(name))
	}
	if idx, ok := pstext.Int(tbl.Value(row, "ifIndex")); ok {
		r.IfIndex = idx
	}
	if comp, ok := pstext.Int(tbl.Value(row, "CompartmentId")); ok {
		r.Compartment = comp
	}
	if c, ok := tbl.Cell(row, "DestinationPrefix"); ok {
		if p, err := netip.ParsePrefix(c.Value); err == nil && !c.Truncated {
			r.Destination = p.Masked()
		} else {
			r.DestinationRaw = c.Value
			if !c.Truncated {
				ps.Add(row.Line, parser.LevelWarning, "DestinationPrefix %q is not a prefix", c.Value)
			}
		}
	}
	if c, ok := tbl.Cell(row, "NextHop"); ok {
		if ip, err := netip.ParseAddr(c.Value); err == nil && !c.Truncated {
			r.NextHop, r.OnLink = ip, ip.IsUnspecified()
		} else {
			r.NextHopRaw = c.Value
		}
	}
	if m, ok := pstext.Int(tbl.Value(row, "RouteMetric")); ok {
		r.RouteMetric = new(m)
	}
	if m, ok := pstext.Int(tbl.Value(row, "ifMetric")); ok {
		r.IfMetric = new(m)
	}
	r.Store = store(tbl.Value(row, "PolicyStore"))
	return r
}

// store maps "ActiveStore" / "PersistentStore", possibly cut to a prefix.
func store(v string) string {
	switch {
	case v == "":
		return ""
	case strings.HasPrefix("ActiveStore", v) || strings.HasPrefix(v, "Active"):
		return StoreActive
	case strings.HasPrefix("PersistentStore", v) || strings.HasPrefix(v, "Persistent"):
		return StorePersistent
	}
	return strings.ToLower(v)
}

// fullName names a column by its uncut label where the cut one is known.
func fullName(label string) string {
	for _, n := range []string{"ifIndex", "DestinationPrefix", "NextHop", "RouteMetric", "ifMetric", "PolicyStore"} {
		if strings.HasPrefix(n, label) {
			return n
		}
	}
	return label
}
