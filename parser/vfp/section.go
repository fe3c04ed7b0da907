package vfp

import (
	"bytes"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// maxSectionProblems bounds the problems reported for one port section so
// that a file of junk yields a readable list.
const maxSectionProblems = 200

// section is the parse result of one port section (or of the text before
// the first port header).
type section struct {
	table    *PortTable
	port     *Port
	verbs    map[string]bool
	problems []parser.Problem
}

// sectionParser reads the lines of one section. Sections are independent,
// so each worker owns one sectionParser and reuses its caches.
type sectionParser struct {
	file string
	in   *interner
	// names interns rule friendly names apart from in: they repeat across
	// ports on real nodes but may all be distinct, and the frequent labels
	// must not keep the cache admitting them.
	names  *interner
	braces *braceParser
	conds  map[string][]Condition
	arena  condArena
	admit  admission
	rules  []Rule
	counts []Counters
	datas  []RuleData
	// dips is an arena for DIP ranges: a rule's ranges are consecutive
	// lines, so they take consecutive slots and no slice grows by copying.
	dips     []DIPRange
	dipOwner *Rule
	dipStart int
	ttls     [256]int

	sec      *section
	suppress int
	tableBuf []NumberedLine
	// cmdStart is the first non-blank line after the last command ended,
	// where the next command's output (headers included) begins.
	cmdStart int
	wantGUID bool
	lastLine int

	cmd     *Command
	level   int // 0 none, 1 layer, 2 group, 3 rule
	layer   *Layer
	group   *Group
	rule    *Rule
	mode    blockMode
	record  int // index of the open listing record, -1 when none
	condKey []byte
	condAt  int
	keyBuf  [64]byte
}

type blockMode uint8

const (
	modeNone blockMode = iota
	modeConditions
	modeRuleData
	modeModify
	modeTransposition
	modeBraces
)

func newSectionParser(file string) *sectionParser {
	p := &sectionParser{file: file, in: newInterner(), names: newInterner(), braces: newBraceParser(),
		conds: make(map[string][]Condition)}
	for i := range p.ttls {
		p.ttls[i] = i
	}
	return p
}

func (p *sectionParser) begin() {
	p.sec = &section{verbs: map[string]bool{}}
	p.suppress, p.tableBuf, p.wantGUID, p.lastLine, p.cmdStart = 0, nil, false, 0, 0
	p.cmd, p.record = nil, -1
	p.resetTree()
}

func (p *sectionParser) resetTree() {
	p.level, p.layer, p.group, p.rule, p.mode = 0, nil, nil, nil, modeNone
}

func (p *sectionParser) problem(line int, level parser.Level, msg string) {
	if len(p.sec.problems) >= maxSectionProblems {
		p.suppress++
		return
	}
	p.sec.problems = append(p.sec.problems, parser.Problem{
		Pos: parser.Position{File: p.file, Line: line}, Level: level, Message: msg})
}

// line handles one line of text (without its line end).
func (p *sectionParser) line(raw []byte, n int) {
	t := bytes.TrimSpace(raw)
	if p.wantGUID {
		if len(t) == 0 {
			return
		}
		p.wantGUID = false
		if g, ok := portGUID(t); ok {
			p.sec.port.GUID = g
			return
		}
		p.problem(n, parser.LevelError, "port header is not followed by a port GUID")
	}
	if len(t) == 0 {
		p.record = -1
		return
	}
	p.lastLine = n
	if p.cmd == nil && p.cmdStart == 0 {
		p.cmdStart = n
	}
	switch {
	case bytes.HasPrefix(t, []byte("Policy for port")):
		p.startPort(t, n)
	case p.sec.port == nil:
		p.tableBuf = append(p.tableBuf, NumberedLine{Line: n, Text: string(bytes.TrimRight(raw, " \t\r"))})
	case isTerminator(t):
		p.endCommand(terminatorVerb(t), n)
	case bytes.HasPrefix(t, []byte("ERROR:")):
		p.errorLine(t, n)
	case isNoise(t):
	default:
		if p.cmd == nil {
			p.openCommand(n)
		}
		p.content(t, n)
	}
}

func (p *sectionParser) startPort(t []byte, n int) {
	if p.sec.port != nil {
		p.problem(n, parser.LevelError, "second port header in one section")
		p.finishPort(n - 1)
	}
	p.sec.port = &Port{Line: n, EndLine: n}
	p.cmdStart = 0
	rest := t[len("Policy for port"):]
	if i := bytes.IndexByte(rest, ':'); i >= 0 {
		rest = bytes.TrimSpace(rest[i+1:])
	}
	if len(rest) == 0 {
		p.wantGUID = true
		return
	}
	if g, ok := portGUID(rest); ok {
		p.sec.port.GUID = g
		return
	}
	p.problem(n, parser.LevelError, "port header holds no port GUID")
}

func (p *sectionParser) openCommand(n int) {
	start := n
	if p.cmdStart > 0 && p.cmdStart < n {
		start = p.cmdStart
	}
	p.cmd = &Command{Line: start, EndLine: n}
	p.sec.port.Commands = append(p.sec.port.Commands, p.cmd)
	p.record = -1
	p.resetTree()
}

func (p *sectionParser) closeCommand(end int) {
	p.closeBlock()
	if p.cmd != nil && end >= p.cmd.Line {
		p.cmd.EndLine = end
	}
	p.cmd = nil
	p.cmdStart = 0
	p.resetTree()
}

func (p *sectionParser) endCommand(verb []byte, n int) {
	if p.cmd == nil {
		p.openCommand(n)
	}
	p.cmd.Verb = p.in.bytes(verb)
	p.cmd.Terminated = true
	p.sec.verbs[p.cmd.Verb] = true
	p.closeCommand(n)
}

// errorLine closes the open command and records a failed command: vfpctrl
// prints ERROR as the first line of a failing command, without terminator.
func (p *sectionParser) errorLine(t []byte, n int) {
	if p.cmd != nil {
		p.closeCommand(p.lastBefore(n))
	}
	p.openCommand(n)
	p.cmd.Error = string(bytes.TrimSpace(t[len("ERROR:"):]))
	p.closeCommand(n)
}

func (p *sectionParser) lastBefore(n int) int {
	if p.cmd.EndLine < n-1 {
		return n - 1
	}
	return p.cmd.EndLine
}

// finish closes the section; atEOF says no more input follows.
func (p *sectionParser) finish(atEOF bool) *section {
	if p.sec.port == nil {
		p.sec.table = buildTable(p.tableBuf)
	} else {
		p.finishPort(p.lastLine)
		if p.wantGUID {
			p.problem(p.sec.port.Line, parser.LevelError, "port header is not followed by a port GUID")
		}
	}
	if atEOF && p.sec.port != nil {
		if cmds := p.sec.port.Commands; len(cmds) > 0 {
			if last := cmds[len(cmds)-1]; !last.Terminated && last.Error == "" {
				p.problem(last.EndLine, parser.LevelError, "file ends inside a command output (truncated)")
			}
		}
	}
	if p.suppress > 0 {
		p.sec.problems = append(p.sec.problems, parser.Problem{
			Pos: parser.Position{File: p.file, Line: p.lastLine}, Level: parser.LevelWarning,
			Message: "more problems in this port section were not listed"})
	}
	return p.sec
}

func (p *sectionParser) finishPort(end int) {
	if p.cmd != nil {
		p.closeCommand(end)
	}
	if end > p.sec.port.EndLine {
		p.sec.port.EndLine = end
	}
}

func isTerminator(t []byte) bool {
	return len(t) > len("Command  succeeded!") &&
		bytes.HasPrefix(t, []byte("Command ")) && bytes.HasSuffix(t, []byte(" succeeded!"))
}

func terminatorVerb(t []byte) []byte {
	return bytes.TrimSpace(t[len("Command ") : len(t)-len(" succeeded!")])
}

func isNoise(t []byte) bool {
	if bytes.Equal(t, []byte("ITEM LIST")) {
		return true
	}
	return len(bytes.Trim(t, "=")) == 0
}

// portGUID reads the port GUID of a section header, braces removed.
func portGUID(t []byte) (string, bool) {
	s := string(t)
	if !parser.IsGUID(s) {
		return "", false
	}
	return strings.Trim(s, "{}"), true
}
