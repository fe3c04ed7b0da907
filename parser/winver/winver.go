// Package winver parses winver.txt: the OS version string printed by
// [Environment]::OSVersion and the Get-HotFix table (or "<No hotfix>").
package winver

import (
	"io"
	"regexp"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// Info is everything read from winver.txt. Revision is 0 on Windows
// 10-based builds (the update revision is not captured), so the patch level
// comes from HotFixes.
type Info struct {
	Raw      string          `json:"raw,omitempty"`
	Major    int             `json:"major,omitempty"`
	Minor    int             `json:"minor,omitempty"`
	Build    int             `json:"build,omitempty"`
	Revision int             `json:"revision,omitempty"`
	Release  string          `json:"release,omitempty"`
	Pos      parser.Position `json:"pos"`
	// HotFixTable says a Get-HotFix table was printed (possibly empty);
	// NoHotfix says the literal "<No hotfix>" was printed instead.
	HotFixTable bool     `json:"hotFixTable,omitempty"`
	NoHotfix    bool     `json:"noHotfix,omitempty"`
	HotFixes    []HotFix `json:"hotFixes,omitempty"`
}

// HotFix is one Get-HotFix row. InstalledOn is kept as printed: it is
// formatted in the node's locale.
type HotFix struct {
	ID          string          `json:"id"`
	Description string          `json:"description,omitempty"`
	Source      string          `json:"source,omitempty"`
	InstalledBy string          `json:"installedBy,omitempty"`
	InstalledOn string          `json:"installedOn,omitempty"`
	Truncated   []string        `json:"truncated,omitempty"`
	Pos         parser.Position `json:"pos"`
}

var versionLine = regexp.MustCompile(`Microsoft Windows NT (\d+)\.(\d+)\.(\d+)(?:\.(\d+))?`)

// Parse reads a winver.txt.
func Parse(file string, r io.Reader) (*Info, []parser.Problem) {
	ps := &parser.Problems{File: file}
	lines := pstext.ReadLines(r, ps)
	info := &Info{}
	for i := 0; i < len(lines); {
		text := strings.TrimSpace(lines[i].Text)
		switch {
		case text == "":
			i++
		case pstext.IsTableStart(lines, i):
			i += info.parseHotFixes(file, lines[i:], ps)
		case strings.EqualFold(text, "<No hotfix>"):
			info.NoHotfix = true
			i++
		case info.Raw == "" && versionLine.MatchString(text):
			info.setVersion(file, lines[i])
			i++
		default:
			ps.Add(lines[i].Num, parser.LevelInfo, "unexpected line ignored: %q", text)
			i++
		}
	}
	if info.Raw == "" && len(lines) > 0 {
		ps.Add(1, parser.LevelWarning, "no \"Microsoft Windows NT\" version line")
	}
	return info, ps.List
}

func (info *Info) setVersion(file string, l pstext.Line) {
	m := versionLine.FindStringSubmatch(l.Text)
	info.Raw = strings.TrimSpace(l.Text)
	info.Major, _ = pstext.Int(m[1])
	info.Minor, _ = pstext.Int(m[2])
	info.Build, _ = pstext.Int(m[3])
	info.Revision, _ = pstext.Int(m[4])
	info.Release = ReleaseName(info.Build)
	info.Pos = parser.Position{File: file, Line: l.Num}
}

func (info *Info) parseHotFixes(file string, lines []pstext.Line, ps *parser.Problems) int {
	tbl, n := pstext.ParseTable(lines, ps)
	if tbl == nil {
		return 1
	}
	if tbl.Col("HotFixID") < 0 {
		ps.Add(tbl.HeaderLine, parser.LevelWarning, "table without a HotFixID column ignored")
		return n
	}
	info.HotFixTable = true
	for _, row := range tbl.Rows {
		h := HotFix{
			ID:          tbl.Value(row, "HotFixID"),
			Description: tbl.Value(row, "Description"),
			Source:      tbl.Value(row, "Source"),
			InstalledBy: tbl.Value(row, "InstalledBy"),
			InstalledOn: tbl.Value(row, "InstalledOn"),
			Pos:         parser.Position{File: file, Line: row.Line},
		}
		h.Truncated = tbl.TruncatedColumns(row)
		info.HotFixes = append(info.HotFixes, h)
	}
	return n
}
