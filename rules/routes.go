package rules

import (
	"net/netip"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/routes"
)

const familyRoutes = "routes"

var routeRemediation = []string{
	"Restart flannel (host-gw) or the routing agent that programs the pod-subnet routes so it re-adds them.",
	"Or add the route by hand: New-NetRoute -DestinationPrefix <remote pod CIDR> -NextHop <remote node IP> -InterfaceAlias \"vEthernet (<NIC>)\".",
}

func routeRules() []analyzer.Rule {
	return []analyzer.Rule{remoteSubnetRouteRule(), ownSubnetRouteRule(), natVNICRouteRule(), persistentRouteRule()}
}

func hasRoutes(s *analyzer.Snapshot) (bool, string) {
	if len(s.HostRoutes()) == 0 {
		return false, "routes.txt holds no IPv4 host route"
	}
	return true, ""
}

// routeEvidence quotes the route's line.
func routeEvidence(r routes.Route) analyzer.Evidence {
	return analyzer.EvidenceAt(r.Pos, "route "+r.Destination.String())
}

// onLink reports a route without a gateway: marked on-link, or with an
// absent or 0.0.0.0 next hop.
func onLink(r routes.Route) bool {
	return r.OnLink || !r.NextHop.IsValid() || r.NextHop.IsUnspecified()
}

func nextHopText(r routes.Route) string {
	if onLink(r) {
		return "on-link (" + r.InterfaceIP.String() + ")"
	}
	return r.NextHop.String()
}

// bestRoute is the longest-prefix host route for ip, ignoring the default route.
func bestRoute(rs []routes.Route, ip netip.Addr) (routes.Route, bool) {
	var best routes.Route
	found := false
	for _, r := range rs {
		if r.Destination.Bits() == 0 || !r.Destination.Contains(ip) || r.Store == routes.StorePersistent {
			continue
		}
		if !found || r.Destination.Bits() > best.Destination.Bits() {
			best, found = r, true
		}
	}
	return best, found
}

// remotePodSubnets groups the remote endpoints (remote pods and LB
// backends) inside the cluster CIDR and outside the own pod subnet by the
// remote pod subnet holding them, sized like the own pod subnet (a /24 when
// it is unknown). Endpoints keep their file order.
func remotePodSubnets(s *analyzer.Snapshot, cluster, own netip.Prefix) map[netip.Prefix][]*analyzer.Endpoint {
	bits := 24
	if own.IsValid() {
		bits = own.Bits()
	}
	out := map[netip.Prefix][]*analyzer.Endpoint{}
	for _, e := range s.Endpoints {
		if !e.Remote || !e.IP.IsValid() || !cluster.Contains(e.IP) || (own.IsValid() && own.Contains(e.IP)) {
			continue
		}
		p, _ := e.IP.Prefix(bits)
		out[p] = append(out[p], e)
	}
	return out
}

func remoteSubnetRouteRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-ROUTE-001", Title: "No host route to a remote pod subnet", Family: familyRoutes,
			Severity:    analyzer.SeverityError,
			Breaks:      "Pods on this node cannot reach pods (and service backends) on the remote node: packets follow the default route and are dropped.",
			Remediation: routeRemediation, Requires: []analyzer.SourceKind{analyzer.SourceRoutes, analyzer.SourceEndpoints}, Since: since,
			Doc: "On l2bridge every remote pod subnet is a host route via the remote node IP, a next hop in the node subnet (flannel host-gw RouterWindows). Remote subnets are those of remote endpoints and load-balancer backends, and those the route table holds inside the cluster CIDR."},
		applies: all(modeIs("l2bridge"), notAzureCNI, hasRoutes, func(s *analyzer.Snapshot) (bool, string) {
			if _, ok := prefixParam(s.Cluster.PodSubnet); !ok {
				return false, "the node pod subnet could not be derived"
			}
			if _, ok := prefixParam(s.Cluster.ClusterCIDR); !ok {
				return false, "the cluster CIDR could not be derived (needed to tell remote pods from node IPs); give it with a flag"
			}
			return true, ""
		}),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			host := s.HostRoutes()
			nodeNet, okNode := prefixParam(s.Cluster.NodeSubnet)
			own, _ := prefixParam(s.Cluster.PodSubnet)
			cluster, _ := prefixParam(s.Cluster.ClusterCIDR)
			subs := remotePodSubnets(s, cluster, own)
			var out []analyzer.Finding
			checked := map[netip.Prefix]bool{}
			for _, p := range sortedPrefixes(subs) {
				e := subs[p][0]
				r, ok := bestRoute(host, e.IP)
				switch {
				case !ok:
					out = append(out, analyzer.Finding{
						Message: "no host route covers remote pod subnet " + p.String() + " (remote endpoint " + e.Label() + ")",
						Objects: []string{p.String(), e.Label()}, Evidence: []analyzer.Evidence{e.Evidence(quoted(e.IP.String()))}})
				case okNode && (r.OnLink || !nodeNet.Contains(r.NextHop)) && !viaRemoteBridge(r, p):
					checked[r.Destination] = true
					out = append(out, analyzer.Finding{
						Message: "route " + r.Destination.String() + " to remote pod subnet " + p.String() + " goes via " + nextHopText(r) +
							", neither a node in the node subnet " + nodeNet.String() + paramNote(s.Cluster.NodeSubnet) +
							" nor the remote bridge address " + nthAddr(p, 2).String(),
						Objects: []string{p.String(), r.Destination.String()}, Evidence: []analyzer.Evidence{routeEvidence(r), e.Evidence(quoted(e.IP.String()))}})
				}
			}
			if okNode {
				out = append(out, strayPodSubnetRoutes(s, host, nodeNet, checked)...)
			}
			return out
		},
	}
}

// strayPodSubnetRoutes checks the routes to remote pod subnets that no
// endpoint of this node points at: every route inside the cluster CIDR
// other than the own pod subnet must lead to a node in the node subnet.
func strayPodSubnetRoutes(s *analyzer.Snapshot, host []routes.Route, nodeNet netip.Prefix, checked map[netip.Prefix]bool) []analyzer.Finding {
	own, _ := prefixParam(s.Cluster.PodSubnet)
	cluster, _ := prefixParam(s.Cluster.ClusterCIDR)
	nat := natPrefixes(s) // a route into the nat vNIC is HNS-ROUTE-003
	var out []analyzer.Finding
	for _, r := range host {
		d := r.Destination
		if r.Store == routes.StorePersistent || checked[d] || d.Bits() <= cluster.Bits() || !cluster.Overlaps(d) ||
			own.Overlaps(d) || nodeNet.Overlaps(d) || inAny(nat, routeInterfaceIP(s, r)) {
			continue
		}
		checked[d] = true
		if (!r.OnLink && nodeNet.Contains(r.NextHop)) || viaRemoteBridge(r, d) {
			continue
		}
		out = append(out, analyzer.Finding{
			Message: "route " + d.String() + " to a remote pod subnet of cluster CIDR " + cluster.String() + " goes via " + nextHopText(r) +
				", neither a node in the node subnet " + nodeNet.String() + paramNote(s.Cluster.NodeSubnet) +
				" nor the remote bridge address " + nthAddr(d, 2).String(),
			Objects: []string{d.String()}, Evidence: []analyzer.Evidence{routeEvidence(r)}})
	}
	return out
}

// viaRemoteBridge: microsoft/SDN AddRoutes.ps1 routes a remote Windows pod
// subnet via that subnet's bridge address .2 instead of the node IP.
func viaRemoteBridge(r routes.Route, remote netip.Prefix) bool {
	return !r.OnLink && r.NextHop == nthAddr(remote, 2)
}

func sortedPrefixes[V any](m map[netip.Prefix]V) []netip.Prefix {
	out := make([]netip.Prefix, 0, len(m))
	for p := range m {
		out = append(out, p)
	}
	sortPrefixes(out)
	return out
}
