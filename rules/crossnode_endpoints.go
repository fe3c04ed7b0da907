package rules

import (
	"net/netip"

	"github.com/hnsscope/hnsscope/analyzer"
)

func overlayWithRemotes(p peer) bool {
	if p.Snapshot.Mode != "overlay" {
		return false
	}
	for _, e := range p.Snapshot.Endpoints {
		if e.Remote && endpointPA(e) != "" {
			return true
		}
	}
	return false
}

func remotePeerPARule() analyzer.ClusterRule {
	return &clusterCheck{
		meta: analyzer.RuleMeta{ID: "HNS-XNODE-006", Title: "Remote endpoint's PA is not the node hosting its pod", Family: familyCrossNode,
			Severity:    analyzer.SeverityError,
			Breaks:      "Traffic from the node to that backend pod is encapsulated to another node's address and is lost.",
			Remediation: []string{"Restart kube-proxy on the node named first so it recreates its remote endpoints; if the PA stays wrong, fix the RemoteSubnetRoute (HNS-XNODE-001) or restart flannel first."},
			Requires:    []analyzer.SourceKind{analyzer.SourceNetworks}, Since: since,
			Doc: "On overlay a remote endpoint's PA (provider address) is the IP of the node hosting the pod, as flannel's remote_<ip> endpoints and kube-proxy's remote endpoints carry it. Compared with the management IP of the bundle whose pod subnet holds the endpoint's IP."},
		applies: someNode("an overlay node with remote endpoints", overlayWithRemotes),
		run: func(nodes []*analyzer.Node) []analyzer.NodeFinding {
			ps := peers(nodes)
			var out []analyzer.NodeFinding
			for _, a := range ps {
				if a.Snapshot.Mode != "overlay" {
					continue
				}
				for _, e := range a.Snapshot.Endpoints {
					pa := endpointPA(e)
					if !e.Remote || pa == "" || !e.IP.IsValid() {
						continue
					}
					b, ok := owner(ps, a.Node, e.IP)
					if !ok || !b.mgmt.IsValid() || pa == b.mgmt.String() {
						continue
					}
					ev := append([]analyzer.Evidence{a.Evidence(e.Evidence(paHints(pa)...))}, mgmtEvidence(b.Node)...)
					out = append(out, nodeFinding(a.Node, analyzer.Finding{
						Message: a.Name + ": remote endpoint " + e.Label() + " has PA " + pa + ", but its pod subnet " + b.subnet.String() +
							" belongs to node " + b.Name + " (" + b.mgmt.String() + ")",
						Objects: []string{a.Name, b.Name, e.Label(), pa}, Evidence: ev}))
				}
			}
			return out
		},
	}
}

func hasBalancers(p peer) bool { return len(p.Snapshot.LoadBalancers) > 0 }

func peerBackendRule() analyzer.ClusterRule {
	return &clusterCheck{
		meta: analyzer.RuleMeta{ID: "HNS-XNODE-007", Title: "Load-balancer backend on another node has no endpoint there", Family: familyCrossNode,
			Severity:    analyzer.SeverityWarning,
			Breaks:      "Connections the load balancer sends to that backend fail: no pod holds the address on the node that owns it.",
			Remediation: []string{"Restart kube-proxy on the node named first so it rebuilds its load balancers from the current service endpoints.", "Check that the backend pod is running (kubectl get endpointslices -A -o wide)."},
			Requires:    []analyzer.SourceKind{analyzer.SourceEndpoints, analyzer.SourceNetworks}, Since: since,
			Doc: "A load-balancer backend whose IP lies in another node's pod subnet names a pod of that node: that node's bundle shows a local endpoint with the IP. Checked on the nodes whose bundle has load balancers. The bundles are taken at different times, so a pod that just moved can show here; hence a warning."},
		applies: someNode("a load balancer", hasBalancers),
		run: func(nodes []*analyzer.Node) []analyzer.NodeFinding {
			ps := peers(nodes)
			var out []analyzer.NodeFinding
			for _, a := range ps {
				stale := peerBackends(a, ps)
				for _, ip := range sortedAddrs(stale) {
					b, _ := owner(ps, a.Node, ip)
					out = append(out, peerBackendFinding(a, b, ip, stale[ip]))
				}
			}
			return out
		},
	}
}

// peerBackends maps each backend IP of a's load balancers that lies in
// another node's pod subnet, and that node has no local endpoint for, to
// the load balancers naming it.
func peerBackends(a peer, ps []peer) map[netip.Addr][]*analyzer.LoadBalancer {
	out := map[netip.Addr][]*analyzer.LoadBalancer{}
	for _, lb := range a.Snapshot.LoadBalancers {
		for _, e := range lb.Backends {
			if e == nil || !e.Remote || !e.IP.IsValid() {
				continue
			}
			b, ok := owner(ps, a.Node, e.IP)
			if !ok || !b.Has(analyzer.SourceEndpoints) || hasLocal(b.Snapshot, e.IP) {
				continue
			}
			out[e.IP] = append(out[e.IP], lb)
		}
	}
	return out
}

func peerBackendFinding(a, b peer, ip netip.Addr, lbs []*analyzer.LoadBalancer) analyzer.NodeFinding {
	var labels []string
	var ev []analyzer.Evidence
	for _, e := range a.Snapshot.EndpointsByIP(ip) {
		if e.Remote {
			ev = append(ev, a.Evidence(e.Evidence(quoted(ip.String()))))
			break
		}
	}
	for _, lb := range lbs {
		labels = append(labels, lb.Label())
		if len(ev) < 3 {
			ev = append(ev, a.Evidence(lb.Evidence()))
		}
	}
	ev = append(ev, subnetEvidence(b.Node)...)
	return nodeFinding(a.Node, analyzer.Finding{
		Message: a.Name + ": load balancer backend " + ip.String() + " (" + joinLimited(labels, 3) + ") lies in pod subnet " +
			b.subnet.String() + " of node " + b.Name + ", which has no endpoint with that IP",
		Objects: []string{a.Name, b.Name, ip.String()}, Evidence: ev})
}
