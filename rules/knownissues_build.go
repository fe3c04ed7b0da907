package rules

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/rules/catalogue"
)

// osInfo is what winver.txt says about the OS: the build from
// [Environment]::OSVersion (no revision) and the KBs of its Get-HotFix table.
type osInfo struct {
	File      string
	Build     int
	BuildLine int
	HotFixes  map[string]bool
}

var (
	winverBuild = regexp.MustCompile(`Microsoft Windows NT \d+\.\d+\.(\d+)`)
	hotFixID    = regexp.MustCompile(`\bKB\d{6,8}\b`)
)

// readOSInfo reads the first usable winver file of the snapshot.
func readOSInfo(s *analyzer.Snapshot) (osInfo, bool) {
	for _, f := range s.Sources[analyzer.SourceWinver] {
		if f.State != analyzer.StatePresent && f.State != analyzer.StateTruncated {
			continue
		}
		rc, err := s.OpenText(f.Path)
		if err != nil {
			continue
		}
		info := osInfo{File: f.Path, HotFixes: map[string]bool{}}
		sc := parser.NewLineScanner(rc)
		for sc.Scan() {
			line := sc.Bytes()
			if m := winverBuild.FindSubmatch(line); m != nil && info.Build == 0 {
				info.Build, _ = strconv.Atoi(string(m[1]))
				info.BuildLine = sc.Line()
			}
			for _, kb := range hotFixID.FindAll(line, -1) {
				info.HotFixes[strings.ToUpper(string(kb))] = true
			}
		}
		rc.Close()
		if info.Build > 0 {
			return info, true
		}
	}
	return osInfo{}, false
}

func (k *knownIssue) buildFindings(s *analyzer.Snapshot) []analyzer.Finding {
	cond := k.issue.Build
	info, ok := readOSInfo(s)
	if !ok || !cond.Applies(info.Build) {
		return nil
	}
	for _, kb := range cond.FixedBy {
		if info.HotFixes[kb] {
			return nil
		}
	}
	var factEvidence []analyzer.Evidence
	if cond.Fact != "" {
		var holds bool
		holds, factEvidence = factHolds(s, cond.Fact)
		if !holds {
			return nil
		}
	}
	msg := fmt.Sprintf("OS build %d is possibly affected: %s", info.Build, k.issue.Title)
	if len(cond.FixedBy) > 0 {
		msg += fmt.Sprintf(" (%s not in the hot-fix list; Get-HotFix shows mostly recent updates, so it may be installed)",
			strings.Join(cond.FixedBy, ", "))
	}
	f := analyzer.Finding{Message: msg, Objects: []string{"build " + strconv.Itoa(info.Build)},
		Evidence: []analyzer.Evidence{{File: info.File, Line: info.BuildLine,
			Excerpt: fmt.Sprintf("Microsoft Windows NT 10.0.%d.0", info.Build)}}}
	f.Evidence = append(f.Evidence, factEvidence...)
	return []analyzer.Finding{f}
}

// factHolds evaluates a snapshot fact of a build condition.
func factHolds(s *analyzer.Snapshot, fact string) (bool, []analyzer.Evidence) {
	if fact != catalogue.FactOverlayRemoteSubnetRoute {
		return false, nil
	}
	var ev []analyzer.Evidence
	for _, n := range s.Networks {
		if n == nil || !n.IsMode("overlay") {
			continue
		}
		for _, p := range n.Policies {
			if strings.EqualFold(p.Type, "RemoteSubnetRoute") {
				ev = append(ev, analyzer.Evidence{File: n.Pos.File, Line: n.Pos.Line, JSONPath: p.Path,
					Object: "network " + n.Name, Excerpt: "RemoteSubnetRoute policy"})
				break
			}
		}
	}
	return len(ev) > 0, ev
}
