package rules

import (
	"cmp"
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/hns"
)

const familyOverlay = "overlay"

var overlayRemediation = []string{
	"Restart flannel (or the overlay CNI agent) so it re-creates the RemoteSubnetRoute policies, then restart HNS if the VFP rules stay missing.",
	"Make sure at least one pod runs on the node: HNS programs the encapsulation rules only on ports that exist (projectcalico/calico #8569).",
}

func overlayRules() []analyzer.Rule {
	return []analyzer.Rule{routeEncapRule(), encapSourceRule(), rsrSanityRule(), sourceVIPRule(), remotePARule(), rsrCoverageRule(), mtuRule()}
}

type rsrRef struct {
	route  hns.RemoteSubnetRoute
	prefix netip.Prefix
}

// remoteSubnetRoutes lists the pod network's RemoteSubnetRoutes with a
// parsable prefix; several overlay and cross-node checks share the list.
func remoteSubnetRoutes(s *analyzer.Snapshot) []rsrRef {
	return s.Memo("rules/remote-subnet-routes", func() any { return parseRemoteSubnetRoutes(s) }).([]rsrRef)
}

func parseRemoteSubnetRoutes(s *analyzer.Snapshot) []rsrRef {
	if s.PodNetwork == nil {
		return nil
	}
	var out []rsrRef
	for _, r := range s.PodNetwork.RemoteSubnetRoutes {
		p, err := netip.ParsePrefix(strings.TrimSpace(r.DestinationPrefix))
		if err == nil {
			out = append(out, rsrRef{route: r, prefix: p.Masked()})
		}
	}
	return out
}

// prefixHint names the DestinationPrefix line of the RemoteSubnetRoute.
func (r rsrRef) prefixHint() string {
	return `"DestinationPrefix": ` + quoted(strings.TrimSpace(r.route.DestinationPrefix))
}

// rsrEvidence quotes the DestinationPrefix line of a RemoteSubnetRoute.
func rsrEvidence(s *analyzer.Snapshot, r rsrRef) analyzer.Evidence {
	return s.PodNetwork.Evidence(r.prefixHint())
}

func hasRSR(s *analyzer.Snapshot) (bool, string) {
	if len(remoteSubnetRoutes(s)) == 0 {
		return false, "the overlay network has no RemoteSubnetRoute policies (per-IP remote endpoint mode or a single node)"
	}
	return true, ""
}

// encapProgrammed skips a node on which no pod runs and VFP holds no
// routeencap rule at all: HNS leaves the REMOTESUBNETROUTE rules out while
// no container runs (projectcalico/calico #8569), so their absence cannot be
// told from a fault.
func encapProgrammed(s *analyzer.Snapshot) (bool, string) {
	if len(s.PodEndpoints()) == 0 && len(encapRules(s)) == 0 {
		return false, "no pod runs on the node and VFP holds no routeencap rule: HNS programs REMOTESUBNETROUTE rules only while a container runs (projectcalico/calico #8569)"
	}
	return true, ""
}

func hasRuleListings(s *analyzer.Snapshot) (bool, string) {
	for _, p := range s.Ports {
		if len(p.Layers) > 0 {
			return true, ""
		}
	}
	return false, "vfpOutput.txt has no rule listings"
}

// encapRules lists the routeencap rules of all ports, collected once: the
// overlay checks and their applicability tests each need them, and the
// ports of large nodes hold hundreds of thousands of rules.
func encapRules(s *analyzer.Snapshot) []analyzer.RuleRef {
	return s.Memo("rules/routeencap-rules", func() any { return collectEncapRules(s) }).([]analyzer.RuleRef)
}

func collectEncapRules(s *analyzer.Snapshot) []analyzer.RuleRef {
	var out []analyzer.RuleRef
	for _, p := range s.Ports {
		p.EachRule(func(r analyzer.RuleRef) {
			if strings.EqualFold(r.Rule.Type, "routeencap") {
				out = append(out, r)
			}
		})
	}
	return out
}

// encapMismatch compares a routeencap rule with its RemoteSubnetRoute.
func encapMismatch(r analyzer.RuleRef, want hns.RemoteSubnetRoute) string {
	d := r.Rule.Data
	if d == nil || len(d.EncapDestinations) == 0 {
		return ""
	}
	dst := d.EncapDestinations[0]
	var bad []string
	if want.ProviderAddress != "" && dst.IP != "" && dst.IP != want.ProviderAddress {
		bad = append(bad, "PA "+dst.IP+" (want "+want.ProviderAddress+")")
	}
	if want.DRMAC != "" && dst.MAC != "" && parser.MACKey(dst.MAC) != parser.MACKey(want.DRMAC) {
		bad = append(bad, "MAC "+dst.MAC+" (want "+want.DRMAC+")")
	}
	if vni := cmp.Or(d.VNI, dst.Key); want.IsolationID != 0 && vni != "" && vni != itoa(int(want.IsolationID)) {
		bad = append(bad, "VNI "+vni+" (want "+itoa(int(want.IsolationID))+")")
	}
	return strings.Join(bad, ", ")
}

func routeEncapRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-OVL-001", Title: "RemoteSubnetRoute without a matching VFP encapsulation rule", Family: familyOverlay,
			Severity:    analyzer.SeverityError,
			Breaks:      "Pods cannot reach pods on the remote node: traffic to its pod subnet is not VXLAN-encapsulated to the right node.",
			Remediation: overlayRemediation, Requires: []analyzer.SourceKind{analyzer.SourceNetworks, analyzer.SourceVFPDump}, Since: since,
			Doc: "Each RemoteSubnetRoute has a routeencap rule for its prefix whose encap destination is its provider address, DR MAC and VNI."},
		applies: all(modeIs("overlay"), hasRSR, hasRuleListings, vfpComplete, encapProgrammed),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			rules := encapRules(s)
			var out []analyzer.Finding
			for _, rsr := range remoteSubnetRoutes(s) {
				var match []analyzer.RuleRef
				for _, r := range rules {
					if destIsPrefix(r.Rule, rsr.prefix) {
						match = append(match, r)
					}
				}
				ev := rsrEvidence(s, rsr)
				if len(match) == 0 {
					out = append(out, analyzer.Finding{
						Message: "RemoteSubnetRoute " + rsr.prefix.String() + " → " + rsr.route.ProviderAddress + " has no routeencap rule on any VFP port",
						Objects: []string{rsr.prefix.String(), rsr.route.ProviderAddress}, Evidence: []analyzer.Evidence{ev}})
					continue
				}
				if bad := encapMismatch(match[0], rsr.route); bad != "" {
					out = append(out, analyzer.Finding{
						Message: "routeencap rule " + match[0].Rule.Name() + " for " + rsr.prefix.String() + " has " + bad,
						Objects: []string{rsr.prefix.String(), match[0].Rule.Name()}, Evidence: []analyzer.Evidence{match[0].Evidence(), ev}})
				}
			}
			return out
		},
	}
}

func encapSourceRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-OVL-002", Title: "Encapsulation source IP is not the management IP", Family: familyOverlay,
			Severity:    analyzer.SeverityError,
			Breaks:      "VXLAN packets leave with a source address the other nodes do not know: replies from remote pods never come back.",
			Remediation: []string{"Recreate the overlay network so it takes the current node IP as provider address, then restart kube-proxy."},
			Requires:    []analyzer.SourceKind{analyzer.SourceNetworks, analyzer.SourceVFPDump}, Since: since,
			Doc: "The Encap source IP of routeencap rules equals the network's management IP / ProviderAddress."},
		applies: all(modeIs("overlay"), hasRuleListings, func(s *analyzer.Snapshot) (bool, string) {
			if !s.ManagementIP.IsValid() {
				return false, "the management IP of the overlay network is unknown"
			}
			return true, ""
		}),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			byIP := map[string][]analyzer.RuleRef{}
			for _, r := range encapRules(s) {
				if d := r.Rule.Data; d != nil && d.EncapSourceIP != "" && d.EncapSourceIP != s.ManagementIP.String() {
					byIP[d.EncapSourceIP] = append(byIP[d.EncapSourceIP], r)
				}
			}
			var out []analyzer.Finding
			for _, ip := range sortedKeys(byIP) {
				rs := byIP[ip]
				var ev []analyzer.Evidence
				for _, r := range rs {
					ev = append(ev, r.Evidence())
				}
				out = append(out, analyzer.Finding{
					Message: itoa(len(rs)) + " routeencap rule(s) use encap source IP " + ip + " instead of the management IP " + s.ManagementIP.String(),
					Objects: []string{ip, s.ManagementIP.String()}, Evidence: limitEvidence(ev)})
			}
			return out
		},
	}
}
