package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/rules/catalogue"
)

// readOSInfo takes the build and the hot-fix IDs from the snapshot's
// winver.txt.
func readOSInfo(s *analyzer.Snapshot) (osInfo, bool) {
	w := s.Winver
	if w == nil || w.Build <= 0 {
		return osInfo{}, false
	}
	info := osInfo{File: w.Pos.File, BuildLine: w.Pos.Line, Build: w.Build, Raw: w.Raw}
	for _, hf := range w.HotFixes {
		info.HotFixes = append(info.HotFixes, hf.ID)
	}
	return info, true
}

// osInfo is the part of winver.txt the build conditions use.
type osInfo struct {
	File      string
	BuildLine int
	Build     int
	Raw       string
	HotFixes  []string
}

func (k *knownIssue) buildFindings(s *analyzer.Snapshot) []analyzer.Finding {
	cond := k.issue.Build
	info, ok := readOSInfo(s)
	if !ok || !cond.Applies(info.Build) {
		return nil
	}
	if _, fixed := cond.FixedIn(info.Build, info.HotFixes); fixed {
		return nil
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
		missing := strings.Join(cond.FixedBy, ", ") + " is not"
		if cond.Cumulative {
			missing = "neither " + strings.Join(cond.FixedBy, ", ") + " nor a later cumulative update is"
		}
		msg += " (" + missing + " in the hot-fix list; Get-HotFix shows mostly recent updates, so it may be installed)"
	}
	f := analyzer.Finding{Message: msg, Objects: []string{"build " + strconv.Itoa(info.Build)},
		Evidence: []analyzer.Evidence{{File: info.File, Line: info.BuildLine,
			Excerpt: info.Raw}}}
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
				e := n.Evidence(`"RemoteSubnetRoute"`)
				e.JSONPath, e.Object = p.Path, "network "+n.Name
				ev = append(ev, e)
				break
			}
		}
	}
	return len(ev) > 0, ev
}
