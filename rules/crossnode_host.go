package rules

import (
	"net/netip"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/routes"
)

func l2bridgeWithRoutes(p peer) bool {
	ok, _ := hasRoutes(p.Snapshot)
	notAzure, _ := notAzureCNI(p.Snapshot)
	return p.Snapshot.Mode == "l2bridge" && ok && notAzure && p.Has(analyzer.SourceRoutes)
}

func peerHostRouteRule() analyzer.ClusterRule {
	return &clusterCheck{
		meta: analyzer.RuleMeta{ID: "HNS-XNODE-003", Title: "Host route to another node's pod subnet does not lead to that node", Family: familyCrossNode,
			Severity:    analyzer.SeverityError,
			Breaks:      "Pods on the node cannot reach pods of the other node: their packets go to a node that does not host that pod subnet, or follow the default route.",
			Remediation: routeRemediation,
			Requires:    []analyzer.SourceKind{analyzer.SourceNetworks}, Since: since,
			Doc: "On l2bridge (flannel host-gw) each node routes every other node's pod subnet via that node's IP (flannel host-gw RouterWindows), or via that subnet's bridge address .2 (microsoft/SDN AddRoutes.ps1). Checked on the nodes whose bundle has routes.txt, against the management IP and pod subnet the other bundles show."},
		applies: someNode("an l2bridge node with host routes", l2bridgeWithRoutes),
		run: func(nodes []*analyzer.Node) []analyzer.NodeFinding {
			ps := peers(nodes)
			var out []analyzer.NodeFinding
			for _, a := range ps {
				if !l2bridgeWithRoutes(a) {
					continue
				}
				host := a.Snapshot.HostRoutes()
				for _, b := range ps {
					if sameHost(a.Node, b.Node) || !b.subnet.IsValid() || !b.mgmt.IsValid() || b.Snapshot.Mode != "l2bridge" || contested(ps, b) {
						continue
					}
					if f, bad := peerRouteFinding(a, b, host, ps); bad {
						out = append(out, f)
					}
				}
			}
			return out
		},
	}
}

// peerRouteFinding checks a's route to b's pod subnet: it must exist and
// lead to b.
func peerRouteFinding(a, b peer, host []routes.Route, ps []peer) (analyzer.NodeFinding, bool) {
	r, ok := bestRoute(host, b.subnet.Addr())
	ev := append(mgmtEvidence(b.Node), subnetEvidence(b.Node)...)
	if !ok {
		return nodeFinding(a.Node, analyzer.Finding{
			Message: a.Name + ": no host route to pod subnet " + b.subnet.String() + " of node " + b.Name + " (" + b.mgmt.String() + ")",
			Objects: []string{a.Name, b.Name, b.subnet.String()}, Evidence: ev}), true
	}
	if !r.OnLink && (r.NextHop == b.mgmt || viaRemoteBridge(r, b.subnet)) {
		return analyzer.NodeFinding{}, false
	}
	msg := a.Name + ": route " + r.Destination.String() + " to pod subnet " + b.subnet.String() + " of node " + b.Name +
		" goes via " + nextHopText(r) + ", not via " + b.Name + "'s management IP " + b.mgmt.String()
	if other, found := nodeWithIP(ps, r.NextHop); found {
		msg += " (" + r.NextHop.String() + " is node " + other.Name + ")"
	}
	objs := []string{a.Name, b.Name, b.subnet.String()}
	if r.Destination != b.subnet {
		objs = append(objs, r.Destination.String())
	}
	return nodeFinding(a.Node, analyzer.Finding{
		Message: msg, Objects: objs,
		Evidence: append([]analyzer.Evidence{a.Evidence(routeEvidence(r))}, ev...)}), true
}

// nodeWithIP finds the node whose management IP is ip.
func nodeWithIP(ps []peer, ip netip.Addr) (peer, bool) {
	for _, p := range ps {
		if ip.IsValid() && p.mgmt == ip {
			return p, true
		}
	}
	return peer{}, false
}
