package hnsdiag

import (
	"bytes"
	"io"
	"sort"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// text is the whole file with the byte offset of each line.
type text struct {
	data  []byte
	lines []string
	start []int // start[i] is the offset of line i (0-based)
}

func readText(r io.Reader, probs *parser.Problems) *text {
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(r); err != nil {
		probs.Add(0, parser.LevelError, "read: %v", err)
	}
	t := &text{data: buf.Bytes()}
	for off := 0; off < len(t.data); {
		end := bytes.IndexByte(t.data[off:], '\n')
		next := len(t.data)
		if end >= 0 {
			next = off + end + 1
		} else {
			end = len(t.data) - off
		}
		t.start = append(t.start, off)
		t.lines = append(t.lines, strings.TrimSuffix(string(t.data[off:off+end]), "\r"))
		off = next
	}
	return t
}

// lineAt returns the 0-based line holding byte offset off.
func (t *text) lineAt(off int) int {
	return max(sort.SearchInts(t.start, off+1)-1, 0)
}

// state is the parser's position in the file.
type state struct {
	file    string
	t       *text
	probs   *parser.Problems
	out     *Result
	section string // current table section, lower-case, "" outside
	formats map[Format]bool
	banner  int   // line of the usage banner, 0 if none
	unknown []int // 0-based lines not understood
}

// Parse reads hnsdiag.txt (decoded text). file names it in positions.
func Parse(file string, r io.Reader) (*Result, []parser.Problem) {
	probs := &parser.Problems{File: file}
	s := &state{file: file, t: readText(r, probs), probs: probs, out: &Result{}, formats: map[Format]bool{}}
	for i := 0; i < len(s.t.lines); {
		i = s.step(i)
	}
	s.finish()
	return s.out, probs.List
}

// step handles the line at i and returns the index of the next line to look
// at.
func (s *state) step(i int) int {
	line := s.t.lines[i]
	trimmed := strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
	switch {
	case trimmed == "":
		return i + 1
	case isUsageLine(trimmed):
		if s.banner == 0 {
			s.banner = i + 1
		}
		s.formats[FormatUsage] = true
		s.section = ""
		return i + 1
	case isJSONStart(trimmed):
		s.section = ""
		return s.decodeJSONAt(i)
	case isSectionHeading(line):
		s.section = strings.ToLower(strings.TrimSuffix(trimmed, ":"))
		return i + 1
	case s.section != "":
		s.tableRow(i, trimmed)
		return i + 1
	}
	if typ, id, ok := blockHeader(line); ok {
		return s.block(i, typ, id)
	}
	if !isDecoration(trimmed) {
		s.unknown = append(s.unknown, i)
	}
	return i + 1
}

func (s *state) pos(i int) parser.Position {
	return parser.Position{File: s.file, Line: i + 1}
}

// finish sets the format and reports a usage banner.
func (s *state) finish() {
	// Lines around a usage banner belong to it.
	if s.banner == 0 {
		for k, i := range s.unknown {
			if k == 3 {
				s.probs.Add(0, parser.LevelWarning, "%d lines not understood in all", len(s.unknown))
				break
			}
			s.probs.Add(i+1, parser.LevelWarning, "line not understood: %q", parser.Clip(strings.TrimSpace(s.t.lines[i])))
		}
	}
	data := len(s.out.Networks)+len(s.out.Endpoints)+len(s.out.Namespaces)+len(s.out.LoadBalancers)+
		len(s.out.Blocks)+len(s.out.Objects) > 0
	if s.banner > 0 {
		s.probs.Add(s.banner, parser.LevelInfo, "hnsdiag output not available (usage banner)")
		if !data {
			s.out.NotCollected = true
		}
	}
	switch {
	case s.banner > 0 && !data:
		s.out.Format = FormatUsage
	case len(s.formats) == 0 && len(s.unknown) == 0:
		s.out.Format = FormatEmpty
	case len(s.formats) == 0:
		s.out.Format = FormatUnknown
	default:
		delete(s.formats, FormatUsage)
		s.out.Format = FormatMixed
		for f := range s.formats {
			if len(s.formats) == 1 {
				s.out.Format = f
			}
		}
	}
}
