package rules

import (
	"net/netip"
	"sort"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

const familyNAT = "outbound-nat"

var natRemediation = []string{
	"Fix the OutBoundNAT ExceptionList in the CNI configuration (cluster CIDR, service CIDR and, on l2bridge, the node subnet) on the node.",
	"Recreate the affected pods so their endpoints are created with the corrected policy.",
}

func outboundNATRules() []analyzer.Rule {
	return []analyzer.Rule{natMissingRule(), natInvalidRule(), natCoverageRule(), natConsistencyRule(),
		natSNATRulesRule(), natExceptionVFPRule()}
}

func natMissingRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-NAT-001", Title: "Pod endpoint without OutBoundNAT policy", Family: familyNAT,
			Severity: analyzer.SeverityError,
			Breaks:   "Pods cannot reach anything outside the cluster: their traffic leaves with the pod IP, which the node network does not route back.",
			Remediation: []string{"Check that the CNI configuration has an OutBoundNAT EndpointPolicy.",
				"Recreate the affected pods."},
			Requires: []analyzer.SourceKind{analyzer.SourceEndpoints}, Since: since,
			Doc: "Every local pod endpoint of an l2bridge or overlay network carries an OutBoundNAT policy."},
		applies: all(modeIs("l2bridge", "overlay"), hasPodEndpoints),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var objs []string
			var ev []analyzer.Evidence
			for _, e := range s.PodEndpoints() {
				if e.OutboundNAT == nil {
					objs = append(objs, e.Label())
					ev = append(ev, e.Evidence(`"Policies"`))
				}
			}
			if len(objs) == 0 {
				return nil
			}
			return []analyzer.Finding{{Message: itoa(len(objs)) + " pod endpoint(s) have no OutBoundNAT policy: " + joinLimited(objs, 5),
				Objects: objs, Evidence: limitEvidence(ev)}}
		},
	}
}

// parseException returns the CIDR of an exception entry, or explains why
// it is not a usable canonical one.
func parseException(x string) (netip.Prefix, string) {
	t := strings.TrimSpace(x)
	p, err := netip.ParsePrefix(t)
	switch {
	case strings.ContainsAny(t, "<>{}$"):
		return p, "is an unfilled template value"
	case err != nil:
		return p, "is not a CIDR"
	case p.Bits() == 0:
		return p, "has prefix length 0 and exempts every destination from SNAT"
	case p != p.Masked():
		return p, "has host bits set (the network is " + p.Masked().String() + ")"
	}
	return p, ""
}

func exceptionProblem(x string) string {
	_, why := parseException(x)
	return why
}

func natInvalidRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-NAT-002", Title: "Invalid OutBoundNAT exception entry", Family: familyNAT,
			Severity:    analyzer.SeverityError,
			Breaks:      "HNS applies a wrong or empty exception: pod-to-pod or pod-to-service traffic is SNATed, or nothing is SNATed at all.",
			Remediation: natRemediation, Requires: []analyzer.SourceKind{analyzer.SourceEndpoints}, Since: since,
			Doc: "Each ExceptionList entry must be a canonical CIDR."},
		applies: hasPodEndpoints,
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			byEntry := map[string][]*analyzer.Endpoint{}
			for _, e := range s.PodEndpoints() {
				if e.OutboundNAT == nil {
					continue
				}
				for _, x := range e.OutboundNAT.Exceptions {
					if exceptionProblem(x) != "" {
						byEntry[x] = append(byEntry[x], e)
					}
				}
			}
			var out []analyzer.Finding
			for _, x := range sortedKeys(byEntry) {
				eps := byEntry[x]
				objs, ev := endpointObjects(eps, append(exceptionValueHints(x), exceptionHints()...)...)
				out = append(out, analyzer.Finding{
					Message: "OutBoundNAT exception \"" + x + "\" " + exceptionProblem(x) + " on " + itoa(len(eps)) + " pod endpoint(s): " + joinLimited(objs, 3),
					Objects: append([]string{x}, objs...), Evidence: ev})
			}
			return out
		},
	}
}

// endpointObjects labels the endpoints and quotes each at the line holding
// the first of hints found.
func endpointObjects(eps []*analyzer.Endpoint, hints ...string) ([]string, []analyzer.Evidence) {
	var objs []string
	var ev []analyzer.Evidence
	for _, e := range eps {
		objs = append(objs, e.Label())
		ev = append(ev, e.Evidence(hints...))
	}
	return objs, limitEvidence(ev)
}

// limitEvidence keeps reports readable when hundreds of pods share a fault.
func limitEvidence(ev []analyzer.Evidence) []analyzer.Evidence {
	if len(ev) > 10 {
		return ev[:10]
	}
	return ev
}

// validExceptions returns the canonical CIDRs of an endpoint's exceptions.
func validExceptions(e *analyzer.Endpoint) []netip.Prefix {
	if e.OutboundNAT == nil {
		return nil
	}
	var out []netip.Prefix
	for _, x := range e.OutboundNAT.Exceptions {
		if p, why := parseException(x); why == "" {
			out = append(out, p)
		}
	}
	return out
}

func exceptionKey(e *analyzer.Endpoint) string {
	var ks []string
	for _, p := range validExceptions(e) {
		ks = append(ks, p.String())
	}
	sort.Strings(ks)
	return strings.Join(ks, ",")
}
