package rules

import (
	"fmt"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser"
)

var crossOverlayRemediation = []string{
	"Restart flannel (or the overlay CNI agent) on the node named first: it re-reads the other nodes' leases (pod subnet, node IP, VtepMAC) and re-creates its RemoteSubnetRoute policies.",
	"If a node was re-created with a new IP or a new HNS network, check that its old lease is gone from the cluster (kubectl get node -o yaml: podCIDR and flannel annotations).",
}

func overlayWithRSR(p peer) bool {
	return p.Snapshot.Mode == "overlay" && len(remoteSubnetRoutes(p.Snapshot)) > 0
}

func rsrPeerRule() analyzer.ClusterRule {
	return &clusterCheck{
		meta: analyzer.RuleMeta{ID: "HNS-XNODE-001", Title: "RemoteSubnetRoute disagrees with the node owning the subnet", Family: familyCrossNode,
			Severity:    analyzer.SeverityError,
			Breaks:      "Pods on the node cannot reach pods of the other node: VXLAN packets go to a stale node IP or carry a destination MAC the other node's distributed router drops.",
			Remediation: crossOverlayRemediation,
			Requires:    []analyzer.SourceKind{analyzer.SourceNetworks}, Since: since,
			Doc: "On overlay each node's RemoteSubnetRoute for another node's pod subnet carries that node's IP as ProviderAddress, its distributed-router MAC as DistributedRouterMacAddress and the VNI of its network as IsolationId, as flannel sets them from that node's lease (PublicIP, VtepMAC, VNI). Compared with the bundle of the node that owns the subnet."},
		applies: someNode("an overlay network with RemoteSubnetRoute policies", overlayWithRSR),
		run: func(nodes []*analyzer.Node) []analyzer.NodeFinding {
			ps := peers(nodes)
			var out []analyzer.NodeFinding
			for _, a := range ps {
				if !overlayWithRSR(a) {
					continue
				}
				for _, r := range remoteSubnetRoutes(a.Snapshot) {
					b, ok := owner(ps, a.Node, r.prefix.Addr())
					if !ok || b.subnet != r.prefix {
						continue
					}
					if diffs, ev := rsrDiffs(r, b); len(diffs) > 0 {
						out = append(out, rsrPeerFinding(a, b, r, diffs, ev))
					}
				}
			}
			return out
		},
	}
}

// rsrDiffs lists what a RemoteSubnetRoute says about node b that b's own
// bundle contradicts, with the evidence of b that shows it.
func rsrDiffs(r rsrRef, b peer) ([]string, []analyzer.Evidence) {
	var diffs []string
	var ev []analyzer.Evidence
	pa := strings.TrimSpace(r.route.ProviderAddress)
	if b.mgmt.IsValid() && pa != "" && pa != b.mgmt.String() {
		diffs = append(diffs, fmt.Sprintf("ProviderAddress %s, but %s's management IP is %s", pa, b.Name, b.mgmt))
		ev = append(ev, mgmtEvidence(b.Node)...)
	}
	if dr := b.Snapshot.DRMAC; dr != "" && r.route.DRMAC != "" && parser.MACKey(dr) != parser.MACKey(r.route.DRMAC) {
		diffs = append(diffs, fmt.Sprintf("DistributedRouterMacAddress %s, but %s's DR MAC is %s", r.route.DRMAC, b.Name, dr))
		if b.Snapshot.PodNetwork != nil {
			ev = append(ev, b.Evidence(b.Snapshot.PodNetwork.Evidence(append(macHints(dr, `"DrMacAddress"`, `"Address"`), `"DrMacAddress"`)...)))
		}
	}
	if vsid := podVSID(b.Snapshot); vsid > 0 && r.route.IsolationID > 0 && r.route.IsolationID != vsid {
		diffs = append(diffs, fmt.Sprintf("IsolationId %d, but %s's network VNI is %d", r.route.IsolationID, b.Name, vsid))
		if b.Snapshot.PodNetwork != nil {
			ev = append(ev, b.Evidence(b.Snapshot.PodNetwork.Evidence(`"VSID"`, `"IsolationId"`)))
		}
	}
	return diffs, ev
}

// macHints names a MAC value under each key in the colon and the dash
// form, as HNS and flannel print it either way.
func macHints(mac string, keys ...string) []string {
	dashed := strings.ReplaceAll(mac, ":", "-")
	var out []string
	for _, k := range keys {
		out = append(out, k+": "+quoted(mac), k+": "+quoted(dashed))
	}
	return out
}

// podVSID is the VSID (VNI) of the pod network's first subnet that has one.
func podVSID(s *analyzer.Snapshot) int64 {
	if s.PodNetwork == nil {
		return 0
	}
	for _, sub := range s.PodNetwork.Subnets {
		if sub.VSID != nil && *sub.VSID > 0 {
			return *sub.VSID
		}
	}
	if v := s.PodNetwork.VSID; v != nil {
		return *v
	}
	return 0
}

func rsrPeerFinding(a, b peer, r rsrRef, diffs []string, peerEv []analyzer.Evidence) analyzer.NodeFinding {
	hints := append(macHints(r.route.DRMAC, `"DistributedRouterMacAddress"`), r.prefixHint())
	if len(peerEv) > 0 && strings.HasPrefix(diffs[0], "ProviderAddress") {
		hints = []string{r.prefixHint()}
	}
	ev := append([]analyzer.Evidence{a.Evidence(a.Snapshot.PodNetwork.Evidence(hints...))}, peerEv...)
	return nodeFinding(a.Node, analyzer.Finding{
		Message: a.Name + ": RemoteSubnetRoute " + r.prefix.String() + " for node " + b.Name + " has " + strings.Join(diffs, "; "),
		Objects: []string{a.Name, b.Name, r.prefix.String()}, Evidence: ev})
}

func rsrPeerMissingRule() analyzer.ClusterRule {
	return &clusterCheck{
		meta: analyzer.RuleMeta{ID: "HNS-XNODE-002", Title: "No RemoteSubnetRoute for another node's pod subnet", Family: familyCrossNode,
			Severity:    analyzer.SeverityError,
			Breaks:      "Pods on the node cannot reach pods of the other overlay node: nothing encapsulates traffic to its pod subnet.",
			Remediation: crossOverlayRemediation,
			Requires:    []analyzer.SourceKind{analyzer.SourceNetworks}, Since: since,
			Doc: "An overlay node that uses RemoteSubnetRoute policies has one for the pod subnet of every other overlay node of the cluster (flannel's RemoteSubnetRoute mode, flannel-io/flannel PR #1061, adds one per remote lease). Compared with the pod subnets the other bundles show."},
		applies: someNode("an overlay network with RemoteSubnetRoute policies", overlayWithRSR),
		run: func(nodes []*analyzer.Node) []analyzer.NodeFinding {
			ps := peers(nodes)
			var out []analyzer.NodeFinding
			for _, a := range ps {
				if !overlayWithRSR(a) {
					continue
				}
				for _, b := range ps {
					if sameHost(a.Node, b.Node) || !b.subnet.IsValid() || b.Snapshot.Mode != "overlay" || contested(ps, b) {
						continue
					}
					if !rsrCovers(a, b) {
						ev := append([]analyzer.Evidence{a.Evidence(a.Snapshot.PodNetwork.Evidence(`"RemoteSubnetRoute"`))}, subnetEvidence(b.Node)...)
						out = append(out, nodeFinding(a.Node, analyzer.Finding{
							Message: a.Name + ": no RemoteSubnetRoute for pod subnet " + b.subnet.String() + " of node " + b.Name + " (" + b.mgmt.String() + ")",
							Objects: []string{a.Name, b.Name, b.subnet.String()}, Evidence: ev}))
					}
				}
			}
			return out
		},
	}
}

func rsrCovers(a, b peer) bool {
	for _, r := range remoteSubnetRoutes(a.Snapshot) {
		if covers(r.prefix, b.subnet) {
			return true
		}
	}
	return false
}
