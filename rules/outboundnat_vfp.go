package rules

import (
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

var natVFPRemediation = []string{
	"Restart HNS (Restart-Service -Force hns) so it re-plumbs the VFP rules of the endpoints, then restart kube-proxy.",
	"If the rules stay missing, recreate the affected pods.",
}

// podPortsWithNAT lists pod endpoints with an OutBoundNAT policy and a VFP
// port that carries a rule listing.
func podPortsWithNAT(s *analyzer.Snapshot) []*analyzer.Endpoint {
	var out []*analyzer.Endpoint
	for _, e := range s.PodEndpoints() {
		if e.OutboundNAT != nil && len(e.OutboundNAT.Exceptions) > 0 && e.Port != nil && len(e.Port.Layers) > 0 && !e.Port.RulesCut() {
			out = append(out, e)
		}
	}
	return out
}

func natSNATRulesRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-NAT-005", Title: "Pod port lacks the TCP or UDP OutBoundNAT SNAT rule", Family: familyNAT,
			Severity:    analyzer.SeverityError,
			Breaks:      "Outbound connections of the missing protocol from the pod fail (for UDP: DNS to external resolvers, NTP).",
			Remediation: natVFPRemediation, Requires: []analyzer.SourceKind{analyzer.SourceEndpoints, analyzer.SourceVFPDump}, Since: since,
			Doc: "A pod port holds dynnat rules SNAT_TCP_OUTBOUNDNAT_* and SNAT_UDP_OUTBOUNDNAT_* in SLB_NAT_LAYER."},
		applies: all(modeIs("l2bridge", "overlay"), hasVFPPorts),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, e := range podPortsWithNAT(s) {
				have := map[string]bool{}
				for _, r := range e.Port.Rules("SLB_NAT", "") {
					name := strings.ToUpper(r.Rule.FriendlyName)
					if strings.HasPrefix(name, "SNAT_TCP_OUTBOUNDNAT") || (r.Rule.Type == "dynnat" && hasProtocol(r.Rule, 6)) {
						have["TCP"] = true
					}
					if strings.HasPrefix(name, "SNAT_UDP_OUTBOUNDNAT") || (r.Rule.Type == "dynnat" && hasProtocol(r.Rule, 17)) {
						have["UDP"] = true
					}
				}
				var missing []string
				for _, p := range []string{"TCP", "UDP"} {
					if !have[p] {
						missing = append(missing, "SNAT_"+p+"_OUTBOUNDNAT")
					}
				}
				if len(missing) == 0 {
					continue
				}
				out = append(out, analyzer.Finding{
					Message:  "VFP port " + e.Port.GUID + " of pod endpoint " + e.Label() + " has no " + strings.Join(missing, " and ") + " rule",
					Objects:  []string{e.Label(), e.Port.GUID},
					Evidence: []analyzer.Evidence{e.Port.Evidence(), e.Evidence(`"OutBoundNAT"`)}})
			}
			return out
		},
	}
}

func natExceptionVFPRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-NAT-006", Title: "OutBoundNAT exception without its VFP allow rule", Family: familyNAT,
			Severity:    analyzer.SeverityError,
			Breaks:      "Traffic to the exempted range is SNATed anyway: pod-to-pod and pod-to-service connections see the node IP as source.",
			Remediation: natVFPRemediation, Requires: []analyzer.SourceKind{analyzer.SourceEndpoints, analyzer.SourceVFPDump}, Since: since,
			Doc: "HNS turns each ExceptionList entry into an allow rule in SLB_NAT_LAYER whose destination range is exactly the exception."},
		applies: all(modeIs("l2bridge", "overlay"), hasVFPPorts),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, e := range podPortsWithNAT(s) {
				rules := e.Port.Rules("SLB_NAT", "")
				var missing []string
				for _, p := range validExceptions(e) {
					// Only the IPv4 NAT groups are documented; what VFP shows for the
					// IPv6 exceptions of a dual-stack pod is not known.
					if !p.Addr().Is4() {
						continue
					}
					found := false
					for _, r := range rules {
						if destIsPrefix(r.Rule, p) {
							found = true
							break
						}
					}
					if !found {
						missing = append(missing, p.String())
					}
				}
				if len(missing) == 0 {
					continue
				}
				out = append(out, analyzer.Finding{
					Message: "VFP port " + e.Port.GUID + " of pod endpoint " + e.Label() + " has no SLB_NAT rule for OutBoundNAT exception(s) " +
						strings.Join(missing, ", "),
					Objects:  append([]string{e.Label(), e.Port.GUID}, missing...),
					Evidence: []analyzer.Evidence{e.Evidence(exceptionHints()...), e.Port.Evidence()}})
			}
			return out
		},
	}
}
