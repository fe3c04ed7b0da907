package rules

import (
	"github.com/hnsscope/hnsscope/analyzer"
)

func duplicatePodSubnetRule() analyzer.ClusterRule {
	return &clusterCheck{
		meta: analyzer.RuleMeta{ID: "HNS-XNODE-004", Title: "Two nodes claim the same pod subnet", Family: familyCrossNode,
			Severity: analyzer.SeverityCritical,
			Breaks:   "Pods on the two nodes get the same addresses: traffic to one of them reaches the other, or neither, depending on which node the sender routes to.",
			Remediation: []string{
				"Find which node holds the pod subnet assigned by Kubernetes (kubectl get node -o jsonpath='{.spec.podCIDR}'); on the other node stop kubelet and the CNI agent, delete its pod HNS network and let the CNI recreate it from the node's own podCIDR.",
				"If the node was cloned or re-joined under a new name, remove the stale node object and its flannel lease first.",
			},
			Requires: []analyzer.SourceKind{analyzer.SourceNetworks}, Since: since,
			Doc: "Every node owns its own pod subnet (the node's podCIDR): the pod networks of two bundles must not overlap. Pod networks spanning the whole cluster CIDR (early flannel overlay) and Azure CNI's VNet addresses are not per-node subnets and are left out."},
		applies: atLeastTwo("a per-node pod subnet", hasPodSubnet),
		run: func(nodes []*analyzer.Node) []analyzer.NodeFinding {
			ps := peers(nodes)
			var out []analyzer.NodeFinding
			for _, a := range ps {
				for _, b := range ps {
					if sameHost(a.Node, b.Node) || !a.subnet.IsValid() || !b.subnet.IsValid() || !a.subnet.Overlaps(b.subnet) {
						continue
					}
					ev := append(subnetEvidence(a.Node), subnetEvidence(b.Node)...)
					out = append(out, nodeFinding(a.Node, analyzer.Finding{
						Message: a.Name + ": pod subnet " + a.subnet.String() + " overlaps pod subnet " + b.subnet.String() + " of node " + b.Name,
						Objects: []string{a.Name, b.Name, a.subnet.String()}, Evidence: ev}))
				}
			}
			return out
		},
	}
}

func hasManagementIP(p peer) bool { return p.mgmt.IsValid() }

func duplicateManagementIPRule() analyzer.ClusterRule {
	return &clusterCheck{
		meta: analyzer.RuleMeta{ID: "HNS-XNODE-005", Title: "Two nodes have the same management IP", Family: familyCrossNode,
			Severity: analyzer.SeverityCritical,
			Breaks:   "The other nodes route (l2bridge) or encapsulate (overlay) traffic for both nodes' pods to one address: the pods of one of them are unreachable.",
			Remediation: []string{
				"Give each node its own IP (a cloned VM keeps the static IP or the DHCP reservation of its source), then recreate the pod HNS network so the new management IP is used.",
			},
			Requires: []analyzer.SourceKind{analyzer.SourceNetworks}, Since: since,
			Doc: "The management IP (v1 ManagementIP, v2 ProviderAddress) is the node IP the other nodes use as next hop or provider address; two bundles must not show the same one."},
		applies: atLeastTwo("a management IP", hasManagementIP),
		run: func(nodes []*analyzer.Node) []analyzer.NodeFinding {
			ps := peers(nodes)
			var out []analyzer.NodeFinding
			for _, a := range ps {
				for _, b := range ps {
					if sameHost(a.Node, b.Node) || !a.mgmt.IsValid() || a.mgmt != b.mgmt {
						continue
					}
					ev := append(mgmtEvidence(a.Node), mgmtEvidence(b.Node)...)
					out = append(out, nodeFinding(a.Node, analyzer.Finding{
						Message: a.Name + ": management IP " + a.mgmt.String() + " is also the management IP of node " + b.Name,
						Objects: []string{a.Name, b.Name, a.mgmt.String()}, Evidence: ev}))
				}
			}
			return out
		},
	}
}
