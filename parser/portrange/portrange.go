// Package portrange parses the port reservation files of a bundle:
// dynamicportrange.txt ("netsh int ipv4 sh dynamicportrange" for TCP then
// UDP), excludedportrange.txt ("netsh int ipv4 sh excludedportrange" for
// TCP then UDP) and reservedports.txt (the collector's ephemeral-port
// estimate and the result of its reservation test; in 2019-09 bundles the
// excluded-range tables). Parse recognises each part by its content, not by
// the file name, so a file holding another file's text still yields data.
package portrange

import (
	"io"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// Section kinds.
const (
	KindDynamic  = "dynamic"
	KindExcluded = "excluded"
)

// File is what one port reservation file holds.
type File struct {
	Sections []Section `json:"sections,omitempty"`
	// Estimate is reservedports.txt line 1 (TCP only, computed by the
	// collector with known flaws): nil when the file has none.
	Estimate *Estimate `json:"estimate,omitempty"`
	// Test is reservedports.txt line 2, the outcome of real reservations.
	Test *ReservationTest `json:"test,omitempty"`
}

// Section is one protocol's block: a dynamic range or an exclusion table
// (which may have no rows).
type Section struct {
	Protocol string          `json:"protocol"` // "tcp" or "udp"
	Kind     string          `json:"kind"`     // KindDynamic or KindExcluded
	Header   string          `json:"header"`
	Dynamic  *DynamicRange   `json:"dynamic,omitempty"`
	Excluded []ExcludedRange `json:"excluded,omitempty"`
	Pos      parser.Position `json:"pos"`
}

// DynamicRange is a protocol's ephemeral range: Start .. Start+Count-1.
// Pos is the "Start Port" line, CountLine the "Number of Ports" line.
type DynamicRange struct {
	Start     int             `json:"start"`
	Count     int             `json:"count"`
	CountLine int             `json:"countLine"`
	Pos       parser.Position `json:"pos"`
}

// End is the last port of the range.
func (d DynamicRange) End() int { return d.Start + d.Count - 1 }

// ExcludedRange is one row of an exclusion table, both ends included.
// Administered marks the "*" rows (exclusions an administrator added).
type ExcludedRange struct {
	Start        int             `json:"start"`
	End          int             `json:"end"`
	Administered bool            `json:"administered,omitempty"`
	Pos          parser.Position `json:"pos"`
}

// Dynamic returns the dynamic range of a protocol, nil when the file has
// none.
func (f *File) Dynamic(protocol string) *DynamicRange {
	for _, s := range f.Sections {
		if s.Protocol == protocol && s.Kind == KindDynamic && s.Dynamic != nil {
			return s.Dynamic
		}
	}
	return nil
}

// Excluded returns the excluded ranges of a protocol; ok is false when the
// file has no exclusion table for it (an empty table gives ok true).
func (f *File) Excluded(protocol string) (ranges []ExcludedRange, ok bool) {
	for _, s := range f.Sections {
		if s.Protocol == protocol && s.Kind == KindExcluded {
			ranges, ok = append(ranges, s.Excluded...), true
		}
	}
	return ranges, ok
}

// Parse reads any of the three files.
func Parse(file string, r io.Reader) (*File, []parser.Problem) {
	ps := &parser.Problems{File: file}
	st := &state{file: file, ps: ps, out: &File{}}
	for _, l := range pstext.ReadLines(r, ps) {
		st.line(l)
	}
	st.close()
	return st.out, ps.List
}

type state struct {
	file string
	ps   *parser.Problems
	out  *File
	cur  *Section
	// start and startLine hold a dynamic block's first value until its
	// count is read.
	start, startLine int
	values           int
}

func (st *state) line(l pstext.Line) {
	text := strings.TrimSpace(l.Text)
	switch {
	case text == "" || pstext.IsDashLine(text):
		return
	case st.sentence(l, text):
		return
	case isProtocolHeader(text):
		st.close()
		st.open(l, text)
		return
	}
	if start, end, admin, ok := rangeRow(text); ok {
		st.excludedRow(l, start, end, admin)
		return
	}
	if label, value, ok := keyNumber(text); ok {
		st.dynamicValue(l, label, value)
		return
	}
	if st.cur != nil && !strings.ContainsAny(text, "0123456789") {
		return // column headers and the "* - Administered port exclusions." legend
	}
	st.ps.Add(l.Num, parser.LevelInfo, "line not recognised: %q", parser.Clip(text))
}

func (st *state) open(l pstext.Line, text string) {
	lower := strings.ToLower(text)
	kind := ""
	switch {
	case strings.Contains(lower, "dynamic"):
		kind = KindDynamic
	case strings.Contains(lower, "exclu"):
		kind = KindExcluded
	}
	st.cur = &Section{Protocol: protocolOf(lower), Kind: kind, Header: text, Pos: parser.Position{File: st.file, Line: l.Num}}
	st.values, st.startLine = 0, 0
}

// close ends the open section. A section whose (localised) header did not
// give its kind took it from its content; one without content is dropped,
// as an empty table cannot be told from an unreadable range.
func (st *state) close() {
	s := st.cur
	if s == nil {
		return
	}
	st.cur = nil
	if s.Kind == KindDynamic && s.Dynamic == nil {
		st.ps.Add(s.Pos.Line, parser.LevelWarning, "%s dynamic port range without start and number of ports", s.Protocol)
	}
	if s.Kind == "" {
		st.ps.Add(s.Pos.Line, parser.LevelInfo, "section %q holds no range; kind not recognised", parser.Clip(s.Header))
		return
	}
	st.out.Sections = append(st.out.Sections, *s)
}

func (st *state) excludedRow(l pstext.Line, start, end int, admin bool) {
	if st.cur == nil || st.cur.Kind == KindDynamic {
		st.ps.Add(l.Num, parser.LevelWarning, "port range row outside an exclusion table ignored")
		return
	}
	st.cur.Kind = KindExcluded
	if start > end || end > maxPort {
		st.ps.Add(l.Num, parser.LevelWarning, "excluded port range %d-%d is not a valid range", start, end)
		return
	}
	st.cur.Excluded = append(st.cur.Excluded, ExcludedRange{Start: start, End: end, Administered: admin,
		Pos: parser.Position{File: st.file, Line: l.Num}})
}

// dynamicValue takes the start then the number of ports. English labels
// decide which is which; localised labels fall back to netsh's order.
func (st *state) dynamicValue(l pstext.Line, label string, value int) {
	if st.cur == nil || st.cur.Kind == KindExcluded {
		st.ps.Add(l.Num, parser.LevelWarning, "value line outside a dynamic port range ignored")
		return
	}
	st.cur.Kind = KindDynamic
	lower := strings.ToLower(label)
	isStart := strings.Contains(lower, "start") || !strings.Contains(lower, "number") && st.values == 0
	if !strings.Contains(lower, "start") && !strings.Contains(lower, "number") {
		st.ps.Add(l.Num, parser.LevelInfo, "label %q not recognised; read by position", parser.Clip(label))
	}
	st.values++
	if isStart {
		st.start, st.startLine = value, l.Num
		return
	}
	if st.startLine == 0 {
		st.ps.Add(l.Num, parser.LevelWarning, "number of ports without a start port")
		return
	}
	if st.start+value-1 > maxPort || value < 1 {
		st.ps.Add(l.Num, parser.LevelWarning, "dynamic range %d + %d ports exceeds the port space", st.start, value)
		value = max(0, maxPort-st.start+1)
	}
	st.cur.Dynamic = &DynamicRange{Start: st.start, Count: value, CountLine: l.Num,
		Pos: parser.Position{File: st.file, Line: st.startLine}}
	st.startLine = 0
}
