package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/rules/catalogue"
)

func (k *knownIssue) buildFindings(s *analyzer.Snapshot) []analyzer.Finding {
	cond, w := k.issue.Build, s.Winver
	if w == nil || !cond.Applies(w.Build) {
		return nil
	}
	hotFixes := make([]string, len(w.HotFixes))
	for i, hf := range w.HotFixes {
		hotFixes[i] = hf.ID
	}
	if cond.FixedIn(w.Build, hotFixes) {
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
	msg := fmt.Sprintf("OS build %d is possibly affected: %s", w.Build, k.issue.Title)
	if len(cond.FixedBy) > 0 {
		missing := strings.Join(cond.FixedBy, ", ") + " is not"
		if cond.Cumulative {
			missing = "neither " + strings.Join(cond.FixedBy, ", ") + " nor a later cumulative update is"
		}
		msg += " (" + missing + " in the hot-fix list; Get-HotFix shows mostly recent updates, so it may be installed)"
	}
	f := analyzer.Finding{Message: msg, Objects: []string{"build " + strconv.Itoa(w.Build)},
		Evidence: []analyzer.Evidence{{File: w.Pos.File, Line: w.Pos.Line, Excerpt: w.Raw}}}
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
