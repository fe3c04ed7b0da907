package vfpports

import (
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

var counterHeader = regexp.MustCompile(`^Get-port-counter for port:\s*(\S*)`)

type reader struct {
	f     *File
	probs *parser.Problems
	port  *Port
	cnt   *PortCounters
	dir   *Direction
}

// Parse reads ports.txt or vfpports.txt from decoded UTF-8 text.
func Parse(file string, r io.Reader) (*File, []parser.Problem) {
	rd := &reader{f: &File{File: file, Ports: []*Port{}}, probs: &parser.Problems{File: file}}
	sc := parser.NewLineScanner(r)
	for sc.Scan() {
		if sc.Truncated() {
			rd.probs.Add(sc.Line(), parser.LevelWarning, "line longer than 1 MiB was cut")
		}
		rd.line(strings.TrimSpace(sc.Text()), sc.Line())
	}
	if err := sc.Err(); err != nil {
		rd.probs.Add(sc.Line(), parser.LevelError, "read error: %v", err)
	}
	if len(rd.f.Ports) == 0 && len(rd.f.Errors) == 0 {
		rd.probs.Add(0, parser.LevelWarning, "no port block (\"Port name\") found")
	}
	return rd.f, rd.probs.List
}

func (rd *reader) line(t string, n int) {
	switch {
	case t == "" || t == "ITEM LIST" || strings.Trim(t, "=") == "":
		return
	case strings.HasPrefix(t, "Get-port-counter for port:"):
		rd.startCounters(t, n)
	case strings.HasPrefix(t, "ERROR:"):
		rd.errorLine(t, n)
	case strings.HasPrefix(t, "Command ") && strings.HasSuffix(t, " succeeded!"):
		rd.terminator(t, n)
	case rd.cnt != nil:
		rd.counterLine(t, n)
	default:
		rd.portLine(t, n)
	}
}

func (rd *reader) terminator(t string, n int) {
	verb := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(t, "Command "), " succeeded!"))
	switch {
	case rd.cnt != nil:
		rd.cnt.Terminated, rd.cnt.EndLine = true, n
	case verb == "list-vmswitch-port":
		rd.f.Terminated = true
		rd.endPort()
	}
}

func (rd *reader) errorLine(t string, n int) {
	msg := strings.TrimSpace(strings.TrimPrefix(t, "ERROR:"))
	if rd.cnt != nil {
		rd.cnt.Error, rd.cnt.EndLine = msg, n
		return
	}
	rd.f.Errors = append(rd.f.Errors, TextLine{Line: n, Text: msg})
}

func (rd *reader) endPort() { rd.port = nil }

func (rd *reader) startCounters(t string, n int) {
	rd.endPort()
	m := counterHeader.FindStringSubmatch(t)
	rd.cnt = &PortCounters{Port: m[1], Line: n, EndLine: n}
	rd.dir = nil
	if m[1] == "" {
		rd.probs.Add(n, parser.LevelWarning, "port counter header without a port name")
	}
	rd.f.Counters = append(rd.f.Counters, rd.cnt)
}

func (rd *reader) counterLine(t string, n int) {
	rd.cnt.EndLine = n
	if d, ok := strings.CutPrefix(strings.ReplaceAll(t, " ", ""), "Direction-"); ok {
		rd.cnt.Directions = append(rd.cnt.Directions, Direction{Name: strings.ToUpper(d), Line: n})
		rd.dir = &rd.cnt.Directions[len(rd.cnt.Directions)-1]
		return
	}
	label, val, ok := strings.Cut(t, ":")
	if !ok {
		rd.probs.Add(n, parser.LevelWarning, "unrecognised line in port counters: %q", t)
		return
	}
	v, err := strconv.ParseUint(lastToken(val), 10, 64)
	if err != nil {
		rd.probs.Add(n, parser.LevelWarning, "port counter is not a number: %q", t)
		return
	}
	if rd.dir == nil {
		rd.cnt.Directions = append(rd.cnt.Directions, Direction{Line: n})
		rd.dir = &rd.cnt.Directions[len(rd.cnt.Directions)-1]
	}
	rd.dir.Counters = append(rd.dir.Counters, Counter{Label: strings.TrimSpace(label), Value: v, Line: n})
}

func lastToken(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
