package services

import (
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// nameFailures names the failed qc blocks by their place in qcOrder: a run
// of failures between two named qc blocks gets the names between them
// when the counts agree; otherwise the failure stays unnamed.
func nameFailures(blocks []*scBlock, ps *parser.Problems) {
	var qc []*scBlock
	for _, b := range blocks {
		if b.qc {
			qc = append(qc, b)
		}
	}
	next := 0 // index in qcOrder of the name expected next
	for i := 0; i < len(qc); {
		if qc[i].failed == "" {
			next = orderIndex(qc[i].svc.Name, next) + 1
			i++
			continue
		}
		j := i
		for j < len(qc) && qc[j].failed != "" {
			j++
		}
		end := len(qcOrder)
		if j < len(qc) {
			end = orderIndex(qc[j].svc.Name, next)
		}
		if end-next == j-i || j == len(qc) && next+(j-i) <= len(qcOrder) {
			for k := i; k < j; k++ {
				qc[k].svc.Name, qc[k].svc.NameInferred = qcOrder[next+k-i], true
			}
		} else {
			ps.AddAt(qc[i].svc.Pos, parser.LevelWarning, "cannot tell which service %d failed qc command(s) were for", j-i)
		}
		next += j - i
		i = j
	}
}

// orderIndex finds name in qcOrder at or after from; a name outside the
// list keeps the position.
func orderIndex(name string, from int) int {
	for i := from; i < len(qcOrder); i++ {
		if strings.EqualFold(qcOrder[i], name) {
			return i
		}
	}
	return max(from-1, 0)
}

// mergeSC joins queryex records and qc blocks by name. Every service with
// configuration but no queryex record is not running when inferStopped.
func mergeSC(blocks []*scBlock, inferStopped bool) []Service {
	var out []Service
	index := map[string]int{}
	for _, b := range blocks {
		if b.qc {
			continue
		}
		index[strings.ToLower(b.svc.Name)] = len(out)
		out = append(out, b.svc)
	}
	for _, b := range blocks {
		if !b.qc {
			continue
		}
		s := b.svc
		if b.failed != "" {
			s.Installed = false
			if s.Error == "" {
				s.Error = b.failed
			} else {
				s.Error = b.failed + " " + s.Error
			}
		}
		pos := s.Pos
		if i, ok := index[strings.ToLower(s.Name)]; ok && s.Name != "" {
			q := &out[i]
			q.ConfigPos = &pos
			q.StartType, q.DelayedStart = s.StartType, s.DelayedStart
			q.BinaryPath, q.Dependencies, q.StartName = s.BinaryPath, s.Dependencies, s.StartName
			continue
		}
		// queryex lists Win32 services only: a driver's state is unknown.
		if inferStopped && s.Installed && !strings.Contains(s.Type, "DRIVER") {
			s.State, s.StateInferred = StateStopped, true
		}
		s.ConfigPos = &pos
		if s.Name != "" {
			index[strings.ToLower(s.Name)] = len(out)
		}
		out = append(out, s)
	}
	return out
}
