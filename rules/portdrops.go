package rules

import (
	"github.com/hnsscope/hnsscope/analyzer"
)

func portDropsRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-NET-005", Title: "vSwitch port drops packets", Family: familyNetwork,
			Severity: analyzer.SeverityWarning,
			Breaks:   "Packets to or from the port are dropped by the vSwitch for the reason shown; connections of the pod or host stall or fail.",
			Remediation: []string{"Look up the drop reason: policy/ACL drops are configuration, resource or MTU drops need the node examined.",
				"Collect a second bundle a minute later to see whether the count still grows."},
			Requires: []analyzer.SourceKind{analyzer.SourceVFPPorts}, Since: since,
			Doc: "ports.txt drop-reason lines with a non-zero count (port drop reasons are findings; a single sample gives totals, not rates)."},
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, f := range s.Parsed.VFPPorts {
				for _, p := range f.Ports {
					for _, d := range p.Drops {
						if d.Count == 0 {
							continue
						}
						what := d.Direction + " drops " + u64(d.Count) + " (" + d.Reason + ")"
						out = append(out, analyzer.Finding{
							Message: "vSwitch port " + p.Name + " (" + p.FriendlyName + ") has " + what,
							Objects: []string{p.Name}, Evidence: []analyzer.Evidence{analyzer.EvidenceLine(f.File, d.Line, "vswitch port "+p.Name)}})
					}
				}
			}
			return out
		},
	}
}
