package services

import (
	"io"
	"slices"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// ParseGetService reads windowsServices.txt. Services that do not exist
// are silently absent from it.
func ParseGetService(file string, r io.Reader) ([]Service, []parser.Problem) {
	ps := &parser.Problems{File: file}
	lines := pstext.ReadLines(r, ps)
	var out []Service
	for i := 0; i < len(lines); i++ {
		if !pstext.IsTableStart(lines, i) {
			if !pstext.IsBlank(lines[i].Text) {
				ps.Add(lines[i].Num, parser.LevelInfo, "line outside the service table ignored")
			}
			continue
		}
		tbl, n := pstext.ParseTable(lines[i:], ps)
		i += n - 1
		if tbl.Col("Name") < 0 || tbl.Col("Status") < 0 {
			ps.Add(tbl.HeaderLine, parser.LevelWarning, "table without Status and Name columns ignored")
			continue
		}
		for _, row := range tbl.Rows {
			out = append(out, serviceRow(file, tbl, row, ps))
		}
	}
	return out, ps.List
}

func serviceRow(file string, tbl *pstext.Table, row pstext.Row, ps *parser.Problems) Service {
	name, _ := tbl.Cell(row, "Name")
	disp, _ := tbl.Cell(row, "DisplayName")
	status, _ := tbl.Cell(row, "Status")
	s := Service{
		Name: name.Value, DisplayName: disp.Value, DisplayNameCut: disp.Truncated,
		State: resolveState(status), Installed: true, Source: SourceGetService,
		Pos: parser.Position{File: file, Line: row.Line},
	}
	if name.Truncated {
		ps.Add(row.Line, parser.LevelWarning, "service name %q cut by the table width", name.Value)
	}
	if !knownState(s.State) {
		ps.Add(row.Line, parser.LevelWarning, "unknown service status %q", s.State)
	}
	return s
}

// resolveState reads a status cut to the column width ("Start...") as the
// one state that starts with the prefix and is too long for the column.
func resolveState(c pstext.Cell) string {
	if !c.Truncated {
		return c.Value
	}
	found := ""
	for _, st := range states {
		if strings.HasPrefix(st, c.Value) && len(st) > len(c.Value)+3 {
			if found != "" {
				return c.Value + "..."
			}
			found = st
		}
	}
	if found == "" {
		return c.Value + "..."
	}
	return found
}

func knownState(s string) bool { return slices.Contains(states, s) }
