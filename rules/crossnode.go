package rules

import (
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

const familyCrossNode = "cross-node"

// ClusterRules returns the checks that compare the bundles of several
// nodes of one cluster, in report order. They run only when more than one
// bundle is analysed.
func ClusterRules() []analyzer.ClusterRule {
	return []analyzer.ClusterRule{
		rsrPeerRule(), rsrPeerMissingRule(), peerHostRouteRule(), duplicatePodSubnetRule(),
		duplicateManagementIPRule(), remotePeerPARule(), peerBackendRule(),
	}
}

// clusterCheck is a cluster rule made of its metadata, an optional
// applicability test and the check itself.
type clusterCheck struct {
	meta    analyzer.RuleMeta
	applies func(nodes []*analyzer.Node) (bool, string)
	run     func(nodes []*analyzer.Node) []analyzer.NodeFinding
}

func (c *clusterCheck) Meta() analyzer.RuleMeta { return c.meta }
func (c *clusterCheck) Check(nodes []*analyzer.Node) []analyzer.NodeFinding {
	return c.run(nodes)
}

// Applicable skips the rule with a reason when the bundles lack an input.
func (c *clusterCheck) Applicable(nodes []*analyzer.Node) (bool, string) {
	if c.applies == nil {
		return true, ""
	}
	return c.applies(nodes)
}

// peer is a node as the others see it: the pod subnet it owns and the
// addresses they must use to reach it.
type peer struct {
	*analyzer.Node
	subnet netip.Prefix // invalid when the node has no per-node pod subnet
	mgmt   netip.Addr
}

// peers derives the per-node facts. A pod network spanning the whole
// cluster CIDR (early flannel overlay) or Azure CNI's VNet addressing gives
// no per-node pod subnet; such a node is still compared by its management
// IP.
func peers(nodes []*analyzer.Node) []peer {
	out := make([]peer, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, peer{Node: n, subnet: perNodeSubnet(n.Snapshot), mgmt: n.Snapshot.ManagementIP})
	}
	return out
}

// perNodeSubnet is the node's own pod subnet, or an invalid prefix. Every
// cluster check derives the peers again, so the answer is kept per snapshot.
func perNodeSubnet(s *analyzer.Snapshot) netip.Prefix {
	return s.Memo("rules/per-node-pod-subnet", func() any {
		sub, ok := prefixParam(s.Cluster.PodSubnet)
		cluster, okCluster := prefixParam(s.Cluster.ClusterCIDR)
		notAzure, _ := notAzureCNI(s)
		if ok && sub.Addr().Is4() && notAzure && !(okCluster && covers(sub, cluster)) && !holdsRemotePods(s, sub) {
			return sub
		}
		return netip.Prefix{}
	}).(netip.Prefix)
}

// holdsRemotePods reports a pod network that holds the node's remote
// endpoints too: it spans other nodes' pods (the early flannel network over
// the whole cluster CIDR), so it is no per-node subnet even when the
// cluster CIDR is unknown.
func holdsRemotePods(s *analyzer.Snapshot, sub netip.Prefix) bool {
	for _, e := range s.Endpoints {
		if e.Remote && e.IP.IsValid() && sub.Contains(e.IP) {
			return true
		}
	}
	return false
}

// owner returns the other node whose pod subnet holds ip. An address two
// nodes claim has no owner: that conflict is HNS-XNODE-004's finding, and
// comparing with either node would blame the wrong one.
func owner(ps []peer, self *analyzer.Node, ip netip.Addr) (peer, bool) {
	var found []peer
	for _, p := range ps {
		if !sameHost(p.Node, self) && p.subnet.IsValid() && p.subnet.Contains(ip) {
			found = append(found, p)
		}
	}
	if len(found) != 1 || contested(ps, found[0]) {
		return peer{}, false
	}
	return found[0], true
}

// contested reports a pod subnet that another node claims too.
func contested(ps []peer, p peer) bool {
	for _, q := range ps {
		if !sameHost(q.Node, p.Node) && q.subnet.IsValid() && p.subnet.IsValid() && q.subnet.Overlaps(p.subnet) {
			return true
		}
	}
	return false
}

// atLeastTwo skips a rule unless two nodes pass test.
func atLeastTwo(what string, test func(p peer) bool) func(nodes []*analyzer.Node) (bool, string) {
	return func(nodes []*analyzer.Node) (bool, string) {
		n := 0
		for _, p := range peers(nodes) {
			if test(p) {
				n++
			}
		}
		if n < 2 {
			return false, "fewer than two of the bundles show " + what
		}
		return true, ""
	}
}

// someNode skips a rule unless one node passes test and another has a
// per-node pod subnet to compare with.
func someNode(what string, test func(p peer) bool) func(nodes []*analyzer.Node) (bool, string) {
	return func(nodes []*analyzer.Node) (bool, string) {
		ps := peers(nodes)
		for _, p := range ps {
			if !test(p) {
				continue
			}
			for _, q := range ps {
				if !sameHost(q.Node, p.Node) && q.subnet.IsValid() {
					return true, ""
				}
			}
		}
		return false, "no bundle shows " + what + " together with another node's pod subnet"
	}
}

func hasPodSubnet(p peer) bool { return p.subnet.IsValid() }

// subnetEvidence quotes the pod network's subnet line.
func subnetEvidence(n *analyzer.Node) []analyzer.Evidence {
	s := n.Snapshot
	if s.PodNetwork == nil {
		return nil
	}
	sub := strings.TrimSpace(s.Cluster.PodSubnet.Value)
	return []analyzer.Evidence{n.Evidence(s.PodNetwork.Evidence(subnetValueHints(sub)...))}
}

// mgmtEvidence quotes the pod network's management IP (v1 ManagementIP,
// v2 ProviderAddress policy).
func mgmtEvidence(n *analyzer.Node) []analyzer.Evidence {
	if n.Snapshot.PodNetwork == nil {
		return nil
	}
	ip := quoted(n.Snapshot.ManagementIP.String())
	return []analyzer.Evidence{n.Evidence(n.Snapshot.PodNetwork.Evidence(`"ManagementIP": `+ip, `"ProviderAddress": `+ip, `"ManagementIP"`, `"ProviderAddress"`))}
}

// nodeFinding attaches f to node n.
func nodeFinding(n *analyzer.Node, f analyzer.Finding) analyzer.NodeFinding {
	return analyzer.NodeFinding{Node: n, Finding: f}
}

// sameHost tells two bundles of one node (two collections, before and
// after a change) apart from two nodes: they are not compared.
func sameHost(x, y *analyzer.Node) bool {
	return x == y || (x.Name != "" && strings.EqualFold(x.Name, y.Name))
}
