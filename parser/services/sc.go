package services

import (
	"io"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// qcOrder is the order in which the collector runs "sc.exe qc". A failed
// qc does not print the service name, so it is inferred from this order.
var qcOrder = []string{"hns", "vfpext", "dnscache", "iphlpsvc", "BFE", "Dhcp", "hvsics",
	"NetSetupSvc", "mpssvc", "nvagent", "nsi", "vmcompute", "SharedAccess", "CmService", "vmms"}

var scStates = map[string]string{
	"STOPPED": StateStopped, "START_PENDING": StateStartPending, "STOP_PENDING": StateStopPending,
	"RUNNING": StateRunning, "CONTINUE_PENDING": StateContinuePending,
	"PAUSE_PENDING": StatePausePending, "PAUSED": StatePaused,
}

// scBlock is one queryex record, one qc block or one "[SC] ... FAILED".
type scBlock struct {
	qc     bool
	failed string
	svc    Service
	key    string // last key, for continuation lines
}

// ParseSC reads scqueryex.txt and returns one service per name: queryex
// state merged with qc configuration.
func ParseSC(file string, r io.Reader) ([]Service, []parser.Problem) {
	ps := &parser.Problems{File: file}
	blocks, queryFailed := scBlocks(file, pstext.ReadLines(r, ps), ps)
	nameFailures(blocks, ps)
	// Absence from queryex means "not running" only when queryex listed
	// something.
	listed := false
	for _, b := range blocks {
		listed = listed || !b.qc
	}
	return mergeSC(blocks, listed && !queryFailed), ps.List
}

// scBlocks splits the file into blocks; queryFailed reports an sc.exe
// failure other than a missing service (such as access denied).
func scBlocks(file string, lines []pstext.Line, ps *parser.Problems) (blocks []*scBlock, queryFailed bool) {
	var cur *scBlock
	nextIsQC := false
	for _, l := range lines {
		text := strings.TrimSpace(l.Text)
		pos := parser.Position{File: file, Line: l.Num}
		switch {
		case text == "":
		case strings.HasPrefix(text, "[SC]") && strings.Contains(text, "OpenService FAILED"):
			cur = &scBlock{qc: true, failed: text, svc: Service{Source: SourceSC, Pos: pos}}
			blocks = append(blocks, cur)
		case strings.HasPrefix(text, "[SC]") && strings.Contains(text, "FAILED"):
			ps.Add(l.Num, parser.LevelWarning, "sc.exe failed: %s", text)
			queryFailed, cur = true, nil
		case strings.HasPrefix(text, "[SC]"):
			nextIsQC = strings.Contains(text, "QueryServiceConfig")
		case strings.HasPrefix(l.Text, "SERVICE_NAME"):
			_, name, _ := strings.Cut(text, ":")
			cur = &scBlock{qc: nextIsQC, svc: Service{Name: strings.TrimSpace(name), Installed: true, Source: SourceSC, Pos: pos}}
			nextIsQC = false
			blocks = append(blocks, cur)
		case cur == nil:
			ps.Add(l.Num, parser.LevelInfo, "line outside service records ignored: %q", text)
		case cur.failed != "":
			cur.svc.Error = strings.TrimSpace(cur.svc.Error + " " + text)
		default:
			cur.field(l, text, ps)
		}
	}
	return blocks, queryFailed
}

// field reads "KEY : value", "DISPLAY_NAME: value" and the continuation
// lines of STATE ("(STOPPABLE, ...)") and DEPENDENCIES (": nsi").
func (b *scBlock) field(l pstext.Line, text string, ps *parser.Problems) {
	key, value, ok := strings.Cut(text, ":")
	key, value = strings.TrimSpace(key), strings.TrimSpace(value)
	if !ok || key == "" || strings.HasPrefix(text, "(") {
		b.continuation(text)
		return
	}
	b.key = key
	s := &b.svc
	num, word := numberWord(value)
	switch key {
	case "DISPLAY_NAME":
		s.DisplayName = value
	case "TYPE":
		s.Type = word
	case "STATE":
		s.State = scStates[word]
		if s.State == "" {
			ps.Add(l.Num, parser.LevelWarning, "unknown service state %q", value)
			s.State = word
		}
	case "START_TYPE":
		s.StartType = strings.TrimSpace(strings.TrimSuffix(word, "(DELAYED)"))
		s.DelayedStart = strings.Contains(word, "DELAYED")
	case "WIN32_EXIT_CODE":
		s.Win32ExitCode = num
	case "SERVICE_EXIT_CODE":
		s.ServiceExitCode = num
	case "PID":
		s.PID = num
	case "BINARY_PATH_NAME":
		s.BinaryPath = value
	case "DEPENDENCIES":
		b.continuation(":" + value)
	case "SERVICE_START_NAME":
		s.StartName = value
	}
}

func (b *scBlock) continuation(text string) {
	switch b.key {
	case "STATE":
		flags := strings.Trim(text, "() ")
		for _, f := range strings.Split(flags, ",") {
			if f = strings.TrimSpace(f); f != "" {
				b.svc.StateFlags = append(b.svc.StateFlags, f)
			}
		}
	case "DEPENDENCIES":
		if dep := strings.TrimSpace(strings.TrimPrefix(text, ":")); dep != "" {
			b.svc.Dependencies = append(b.svc.Dependencies, dep)
		}
	}
}

// numberWord splits "4  RUNNING" / "0  (0x0)" / "3120" into its number and
// the rest.
func numberWord(v string) (*int, string) {
	f := strings.Fields(v)
	if len(f) == 0 {
		return nil, ""
	}
	n, ok := pstext.Int(f[0])
	if !ok {
		return nil, v
	}
	return &n, strings.Join(f[1:], " ")
}
