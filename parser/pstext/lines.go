// Package pstext reads the text that the PowerShell formatter prints for
// Format-Table and Format-List (and the look-alike key/value blocks of netsh
// and sc.exe): column spans from dashes lines, truncated values, "{a, b}"
// arrays, list records with wrapped values. It knows nothing about which
// cmdlet produced the text; format parsers build on it.
package pstext

import (
	"fmt"
	"io"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// Line is one decoded line of a file with its 1-based number.
type Line struct {
	Num  int    `json:"num"`
	Text string `json:"text"`
}

// ReadLines reads all lines of r. A line cut by the scanner's length limit
// and a read error are reported to ps (which may be nil); the lines read so
// far are returned in both cases.
func ReadLines(r io.Reader, ps *parser.Problems) []Line {
	sc := parser.NewLineScanner(r)
	var lines []Line
	for sc.Scan() {
		if sc.Truncated() {
			addProblem(ps, sc.Line(), parser.LevelWarning, "line longer than the line limit was cut")
		}
		lines = append(lines, Line{Num: sc.Line(), Text: StripANSI(sc.Text())})
	}
	if err := sc.Err(); err != nil {
		addProblem(ps, sc.Line(), parser.LevelError, "%s", fmt.Errorf("reading text: %w", err).Error())
	}
	return lines
}

// StripANSI removes terminal escape sequences (CSI "ESC [ ... letter" and
// OSC "ESC ] ... BEL"), which PowerShell 7 writes around table headers
// when its output rendering is set to ANSI.
func StripANSI(s string) string {
	if strings.IndexByte(s, 0x1b) < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != 0x1b || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		switch s[i+1] {
		case '[':
			j := i + 2
			for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
				j++
			}
			i = j
		case ']':
			j := i + 2
			for j < len(s) && s[j] != 0x07 {
				j++
			}
			i = j
		default:
			i++
		}
	}
	return b.String()
}

// IsBlank reports whether a line holds only white space.
func IsBlank(s string) bool { return strings.TrimSpace(s) == "" }

func addProblem(ps *parser.Problems, line int, level parser.Level, format string, args ...any) {
	if ps != nil {
		ps.Add(line, level, format, args...)
	}
}
