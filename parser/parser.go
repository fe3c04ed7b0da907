// Package parser holds what every file-format parser of hnsscope shares: source
// positions and parse problems. Each format lives in its own sub-package and
// returns typed records plus the problems it met; none of them aborts on bad
// input.
package parser

import "fmt"

// Position locates a record or a problem in a bundle file. Line is 1-based;
// 0 means the whole file. JSONPath is set for values found inside JSON, in the
// form $[3].Policies[0].ExceptionList.
type Position struct {
	File     string `json:"file"`
	Line     int    `json:"line,omitempty"`
	JSONPath string `json:"jsonPath,omitempty"`
}

func (p Position) String() string {
	s := p.File
	if p.Line > 0 {
		s = fmt.Sprintf("%s:%d", s, p.Line)
	}
	if p.JSONPath != "" {
		s += " " + p.JSONPath
	}
	return s
}

// Level grades a parse problem.
type Level string

const (
	// LevelError: data was lost (a record or a value could not be read).
	LevelError Level = "error"
	// LevelWarning: data was read but is degraded or salvaged (depth-truncated
	// JSON, a table value cut with "...", a hoisted policy).
	LevelWarning Level = "warning"
	// LevelInfo: a notable fact about the input (a usage banner instead of data).
	LevelInfo Level = "info"
)

// Problem is something a parser met in its input. Problems are data: parsers
// return them next to the records they could read.
type Problem struct {
	Pos     Position `json:"pos"`
	Level   Level    `json:"level"`
	Message string   `json:"message"`
}

func (p Problem) String() string {
	return fmt.Sprintf("%s: %s: %s", p.Pos, p.Level, p.Message)
}

// Problems collects problems for one file.
type Problems struct {
	File string
	List []Problem
}

// Add records a problem at line (0 = whole file).
func (ps *Problems) Add(line int, level Level, format string, args ...any) {
	ps.List = append(ps.List, Problem{
		Pos:     Position{File: ps.File, Line: line},
		Level:   level,
		Message: fmt.Sprintf(format, args...),
	})
}

// AddAt records a problem at an explicit position.
func (ps *Problems) AddAt(pos Position, level Level, format string, args ...any) {
	if pos.File == "" {
		pos.File = ps.File
	}
	ps.List = append(ps.List, Problem{Pos: pos, Level: level, Message: fmt.Sprintf(format, args...)})
}
