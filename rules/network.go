package rules

import (
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

const familyNetwork = "network"

var apipa = netip.MustParsePrefix("169.254.0.0/16")

func networkRules() []analyzer.Rule {
	return []analyzer.Rule{apipaRule(), missingNetworkRule(), droppedPacketsRule(), servicesRule(), portDropsRule(), ephemeralPortsRule()}
}

func apipaRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-NET-001", Title: "Management IP is an APIPA address", Family: familyNetwork,
			Severity: analyzer.SeverityCritical,
			Breaks:   "The network was created while the node NIC had no address: pods cannot reach other nodes or anything outside the node.",
			Remediation: []string{"Make sure the node NIC has its real IP address.",
				"Recreate the HNS network (delete it and restart the CNI / flannel so it is created again)."},
			Requires: []analyzer.SourceKind{analyzer.SourceNetworks}, Since: since,
			Doc: "ManagementIP (v1) / ProviderAddress (v2) of a network must not lie in 169.254.0.0/16 (networkhealth IncorrectManagementIpTest, tested numerically)."},
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, n := range s.Networks {
				ip, err := netip.ParseAddr(strings.TrimSpace(n.ManagementIP))
				if err != nil || !apipa.Contains(ip) {
					continue
				}
				out = append(out, analyzer.Finding{
					Message: "network " + n.Name + " has the APIPA management IP " + ip.String(),
					Objects: []string{n.Name, ip.String()}, Evidence: []analyzer.Evidence{n.Evidence(`"ManagementIP"`, `"ProviderAddress": `+quoted(strings.TrimSpace(n.ManagementIP)))}})
			}
			return out
		},
	}
}

func missingNetworkRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-NET-002", Title: "Expected pod network missing", Family: familyNetwork,
			Severity: analyzer.SeverityCritical,
			Breaks:   "New pods cannot be created (the CNI finds no network) and existing endpoints point at a network that is gone.",
			Remediation: []string{"Restart the CNI network daemon (flannel, Calico, Azure CNI) so it recreates the HNS network.",
				"Then restart kube-proxy: it flushes its state when the network ID changes."},
			Requires: []analyzer.SourceKind{analyzer.SourceNetworks}, Since: since,
			Doc: "The network named by the CNI configuration exists, and every endpoint's network ID names an existing network."},
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			if f, ok := noPodNetwork(s); ok {
				out = append(out, f)
			}
			for _, c := range s.Configs {
				name := c.NetworkName.Value
				if name == "" || networkNamed(s, name) {
					continue
				}
				out = append(out, analyzer.Finding{
					Message: "CNI network " + name + " named in " + c.File + " does not exist in HNS",
					Objects: []string{name}, Evidence: []analyzer.Evidence{analyzer.EvidenceAt(c.NetworkName.Pos, "cni network "+name, `"name": `+quoted(name))}})
			}
			dangling := map[string][]*analyzer.Endpoint{}
			for _, e := range s.Endpoints {
				if e.Network == nil && e.NetworkID != "" && len(s.Networks) > 0 {
					dangling[e.NetworkID] = append(dangling[e.NetworkID], e)
				}
			}
			for _, id := range sortedKeys(dangling) {
				objs, ev := endpointObjects(dangling[id], `"VirtualNetwork"`, `"HostComputeNetwork"`)
				out = append(out, analyzer.Finding{
					Message: itoa(len(objs)) + " endpoint(s) belong to network " + id + ", which does not exist: " + joinLimited(objs, 3),
					Objects: append([]string{id}, objs...), Evidence: ev})
			}
			return out
		},
	}
}

func networkNamed(s *analyzer.Snapshot, name string) bool {
	for _, n := range s.Networks {
		if strings.EqualFold(n.Name, name) {
			return true
		}
	}
	return false
}

func droppedPacketsRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-NET-003", Title: "VFP rules drop or hold packets", Family: familyNetwork,
			Severity: analyzer.SeverityWarning,
			Breaks:   "Packets matching the rule are dropped or stuck pending: connections through it fail or stall.",
			Remediation: []string{"Look at the rule's layer: ACL drops are policy, NAT/LB drops usually mean port exhaustion or a stale rule.",
				"Collect a second bundle a minute later to see whether the counters still grow (single samples give totals, not rates)."},
			Requires: []analyzer.SourceKind{analyzer.SourceVFPDump}, Since: since,
			Doc: "Non-zero Dropped packets, Pending packets or Dropped unified flows on a rule (wcnscripts CheckVfpPacketDrops)."},
		applies: hasVFPPorts,
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, p := range s.Ports {
				p.EachRule(func(r analyzer.RuleRef) {
					c := r.Rule.Counters
					if c == nil || (c.DroppedPackets == 0 && c.PendingPackets == 0 && c.DroppedUnifiedFlows == 0) {
						return
					}
					vals := "dropped packets " + u64(c.DroppedPackets) + ", pending packets " + u64(c.PendingPackets) +
						", dropped flows " + u64(c.DroppedUnifiedFlows)
					ev := r.Evidence(counterHints(c)...)
					out = append(out, analyzer.Finding{
						Message: "VFP rule " + r.Rule.Name() + " on port " + p.GUID + " (" + r.Layer.Name + "): " + vals,
						Objects: []string{r.Rule.Name(), p.GUID}, Evidence: []analyzer.Evidence{ev}})
				})
			}
			return out
		},
	}
}

// noPodNetwork reports a Kubernetes node (a pre-created External network,
// cluster configuration or load balancers) without any l2bridge or overlay
// pod network.
func noPodNetwork(s *analyzer.Snapshot) (analyzer.Finding, bool) {
	if s.PodNetwork != nil || len(s.Networks) == 0 {
		return analyzer.Finding{}, false
	}
	k8s := len(s.Configs) > 0 || len(s.LoadBalancers) > 0
	var names []string
	var ev []analyzer.Evidence
	for _, n := range s.Networks {
		names = append(names, n.Name+" ("+n.TypeRaw+")")
		ev = append(ev, n.Evidence(`"Type": `+quoted(n.TypeRaw)))
		k8s = k8s || strings.EqualFold(n.Name, "External") || strings.EqualFold(n.Name, "ext")
	}
	if !k8s {
		return analyzer.Finding{}, false
	}
	return analyzer.Finding{Message: "no l2bridge or overlay network carries pods; HNS has only " + strings.Join(names, ", "),
		Objects: names, Evidence: limitEvidence(ev)}, true
}
