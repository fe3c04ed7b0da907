package rules

import (
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/vfp"
)

const familyL2 = "l2-rewrite"

var l2Remediation = []string{
	"Restart HNS (Restart-Service -Force hns) so it re-plumbs the external port rules.",
	"If the rules stay wrong, recreate the affected pods; as a last resort recreate the HNS network.",
}

func l2RewriteRules() []analyzer.Rule {
	return []analyzer.Rule{l2MissingRule(), l2DuplicateRule()}
}

func hasL2Layer(s *analyzer.Snapshot) (bool, string) {
	for _, p := range s.Ports {
		if p.HasLayer("EXTERNAL_L2_REWRITE") {
			return true, ""
		}
	}
	return false, "no VFP port has an EXTERNAL_L2_REWRITE_LAYER (dump without rule listings, or a build naming the layer differently)"
}

func modifyValue(r *vfp.Rule, key string) string {
	if r.Data == nil {
		return ""
	}
	for _, a := range r.Data.Modify {
		if strings.EqualFold(strings.ReplaceAll(a.Key, " ", ""), strings.ReplaceAll(key, " ", "")) {
			return a.Value
		}
	}
	return ""
}

// l2Index keys the EXTERNAL_L2_REWRITE rules of all ports, each list in
// port order: OUT rules by the single addresses of their destination-IP
// conditions, IN rules by the MACs of their source-MAC conditions. It is
// built once, not scanned again for every endpoint.
type l2Index struct {
	out map[netip.Addr][]analyzer.RuleRef
	in  map[string][]analyzer.RuleRef
}

func l2IndexOf(s *analyzer.Snapshot) *l2Index {
	return s.Memo("rules/l2-rewrite-index", func() any { return buildL2Index(s.Ports) }).(*l2Index)
}

func buildL2Index(ports []*analyzer.Port) *l2Index {
	ix := &l2Index{out: map[netip.Addr][]analyzer.RuleRef{}, in: map[string][]analyzer.RuleRef{}}
	for _, p := range ports {
		for _, r := range p.Rules("EXTERNAL_L2_REWRITE", "") {
			if containsFold(r.Group.Name, "_OUT") {
				for c := range condOf(r.Rule, vfp.CondDestinationIP) {
					for _, ip := range c.IPs {
						if ip.Low == ip.High {
							ix.out[ip.Low] = append(ix.out[ip.Low], r)
						}
					}
				}
			}
			if containsFold(r.Group.Name, "_IN") {
				for c := range condOf(r.Rule, vfp.CondSourceMAC) {
					for _, m := range c.MACs {
						k := parser.MACKey(m)
						ix.in[k] = append(ix.in[k], r)
					}
				}
			}
		}
	}
	return ix
}

// l2Problems lists what is missing or wrong in the L2 rewrite rules of e.
func l2Problems(s *analyzer.Snapshot, e *analyzer.Endpoint) []string {
	mac, host := parser.MACKey(e.MAC), parser.MACKey(s.HostMAC)
	ix := l2IndexOf(s)
	out := ix.out[e.IP]
	var in []analyzer.RuleRef
	for _, r := range ix.in[mac] {
		// A rule of a group named both ways counts as the endpoint's OUT rule.
		if !(containsFold(r.Group.Name, "_OUT") && hasIP(r.Rule, vfp.CondDestinationIP, e.IP)) {
			in = append(in, r)
		}
	}
	var probs []string
	if len(out) == 0 {
		probs = append(probs, "no OUT rule for destination "+e.IP.String())
	} else if got := parser.MACKey(modifyValue(out[0].Rule, "Destination MAC")); got != "" && got != mac {
		probs = append(probs, "OUT rule "+out[0].Rule.Name()+" rewrites to MAC "+got+", not the endpoint MAC")
	}
	if len(in) == 0 {
		probs = append(probs, "no IN rule for source MAC "+e.MAC)
	} else if got := parser.MACKey(modifyValue(in[0].Rule, "Source MAC")); host != "" && got != "" && got != host {
		probs = append(probs, "IN rule "+in[0].Rule.Name()+" rewrites to MAC "+got+", not the host MAC "+s.HostMAC)
	}
	return probs
}

func l2MissingRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-L2-001", Title: "Local endpoint without its L2 rewrite rules", Family: familyL2,
			Severity:    analyzer.SeverityError,
			Breaks:      "Traffic between the pod and other nodes is not MAC-rewritten on the external port: the pod is unreachable from outside the node.",
			Remediation: l2Remediation, Requires: []analyzer.SourceKind{analyzer.SourceEndpoints, analyzer.SourceVFPDump}, Since: since,
			Doc: "On l2bridge each local endpoint has an EXTERNAL_L2_REWRITE OUT rule keyed by its IP rewriting to its MAC and an IN rule keyed by its MAC rewriting to the host MAC."},
		applies: all(modeIs("l2bridge"), hasVFPPorts, hasL2Layer, vfpComplete),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, e := range s.LocalEndpoints() {
				if e.Network != s.PodNetwork || !e.IP.IsValid() || e.MAC == "" || e.Role == analyzer.EndpointSourceVIP {
					continue
				}
				probs := l2Problems(s, e)
				if len(probs) == 0 {
					continue
				}
				out = append(out, analyzer.Finding{
					Message: "L2 rewrite rules of local endpoint " + e.Label() + " (MAC " + e.MAC + "): " + strings.Join(probs, "; "),
					Objects: []string{e.Label(), e.MAC}, Evidence: []analyzer.Evidence{e.Evidence(`"MacAddress"`)}})
			}
			return out
		},
	}
}

func l2DuplicateRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-L2-002", Title: "Duplicate L2 rewrite rules", Family: familyL2,
			Severity:    analyzer.SeverityError,
			Breaks:      "Two rewrite rules claim the same IP or MAC: traffic of the pod is rewritten to a stale MAC and lost.",
			Remediation: l2Remediation, Requires: []analyzer.SourceKind{analyzer.SourceVFPDump}, Since: since,
			Doc: "No two rule IDs share a key in EXTERNAL_L2_REWRITE groups: OUT keyed by destination IP + destination MAC + VLAN, IN by source MAC (wcnscripts CheckDuplicate_L2_ReWrite_VfpRules)."},
		applies: hasVFPPorts,
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, p := range s.Ports {
				seen := map[string]analyzer.RuleRef{}
				for _, r := range p.Rules("EXTERNAL_L2_REWRITE", "") {
					key := conditionKey(r.Rule, vfp.CondDestinationIP, vfp.CondDestinationMAC, vfp.CondVLAN, vfp.CondSourceMAC)
					if key == "" {
						continue
					}
					k := r.Group.Name + "|" + key
					first, dup := seen[k]
					if !dup {
						seen[k] = r
						continue
					}
					if first.Rule.Name() == r.Rule.Name() {
						continue
					}
					out = append(out, analyzer.Finding{
						Message: "port " + p.GUID + " has L2 rewrite rules " + first.Rule.Name() + " and " + r.Rule.Name() + " with the same key (" + key + ") in " + r.Group.Name,
						Objects: []string{p.GUID, first.Rule.Name(), r.Rule.Name()}, Evidence: []analyzer.Evidence{first.Evidence(), r.Evidence()}})
				}
			}
			return out
		},
	}
}
