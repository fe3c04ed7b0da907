package rules

import (
	"net/netip"
	"slices"
	"sort"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/routes"
)

func sortPrefixes(ps []netip.Prefix) {
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].Addr() != ps[j].Addr() {
			return ps[i].Addr().Less(ps[j].Addr())
		}
		return ps[i].Bits() < ps[j].Bits()
	})
}

func ownSubnetRouteRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-ROUTE-002", Title: "Own pod subnet not on-link on the bridge vNIC", Family: familyRoutes,
			Severity:    analyzer.SeverityError,
			Breaks:      "The host (and traffic forwarded by it) cannot reach the local pods: kubelet probes and node-to-pod traffic fail.",
			Remediation: []string{"Delete cbr0_ep and restart flannel so the bridge endpoint is re-attached with its on-link route."},
			Requires:    []analyzer.SourceKind{analyzer.SourceRoutes, analyzer.SourceEndpoints}, Since: since,
			Doc: "On l2bridge the node's pod subnet is an on-link route on vEthernet (cbr0_ep), the adapter holding the subnet's .2."},
		applies: all(modeIs("l2bridge"), bridgeLayoutKnown, hasRoutes, hasPodEndpoints),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			own, ok := prefixParam(s.Cluster.PodSubnet)
			if !ok {
				return nil
			}
			bridge := nthAddr(own, 2)
			var covering []routes.Route
			for _, r := range s.HostRoutes() {
				if r.Destination.Masked() != own || r.Store == routes.StorePersistent {
					continue
				}
				if onLink(r) && (r.InterfaceIP == bridge || (r.IfIndex != 0 && adapterHolds(s, r.IfIndex, bridge))) {
					return nil
				}
				covering = append(covering, r)
			}
			f := analyzer.Finding{Message: "pod subnet " + own.String() + " has no on-link route on the bridge vNIC " + bridge.String(),
				Objects: []string{own.String(), bridge.String()}, Evidence: []analyzer.Evidence{s.PodNetwork.Evidence(subnetHints(own)...)}}
			for _, r := range covering {
				f.Evidence = append(f.Evidence, routeEvidence(r))
			}
			return []analyzer.Finding{f}
		},
	}
}

func adapterHolds(s *analyzer.Snapshot, ifIndex int, ip netip.Addr) bool {
	a := s.AdapterByIfIndex(ifIndex)
	return a != nil && slices.Contains(a.IPv4Addrs(), ip)
}

func natVNICRouteRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-ROUTE-003", Title: "Pod CIDR routed through the NAT vNIC", Family: familyRoutes,
			Severity: analyzer.SeverityError,
			Breaks:   "Traffic to pods is sent into the nat network's vNIC and lost.",
			Remediation: []string{"Remove the route (Remove-NetRoute -DestinationPrefix <prefix> -InterfaceAlias \"vEthernet (nat)\").",
				"Check whether the nat network's subnet overlaps the cluster CIDR; if so, recreate it with another range."},
			Requires: []analyzer.SourceKind{analyzer.SourceRoutes, analyzer.SourceNetworks}, Since: since,
			Doc: "No route to the cluster CIDR or the pod subnet may use the interface of the nat network."},
		applies: all(modeIs("l2bridge", "overlay"), hasRoutes),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			nat := natPrefixes(s)
			var pods []netip.Prefix
			for _, p := range []analyzer.Param{s.Cluster.ClusterCIDR, s.Cluster.PodSubnet} {
				if pfx, ok := prefixParam(p); ok {
					pods = append(pods, pfx)
				}
			}
			var out []analyzer.Finding
			seen := map[netip.Prefix]bool{} // route print and Get-NetRoute show the same route
			for _, r := range s.HostRoutes() {
				ifIP := routeInterfaceIP(s, r)
				if !inAny(nat, ifIP) || r.Destination.Bits() == 0 {
					continue
				}
				for _, p := range pods {
					if p.Overlaps(r.Destination) && !seen[r.Destination] {
						seen[r.Destination] = true
						out = append(out, analyzer.Finding{
							Message: "route " + r.Destination.String() + " into pod range " + p.String() + " uses the nat vNIC " + ifIP.String(),
							Objects: []string{r.Destination.String(), ifIP.String()}, Evidence: []analyzer.Evidence{routeEvidence(r)}})
						break
					}
				}
			}
			return out
		},
	}
}

func natPrefixes(s *analyzer.Snapshot) []netip.Prefix {
	var nat []netip.Prefix
	for _, n := range s.Networks {
		if n.IsMode("nat") {
			nat = append(nat, validPrefixes(n.Prefixes)...)
		}
	}
	return nat
}

// routeInterfaceIP is the address of the route's interface; Get-NetRoute
// rows name the interface by index only.
func routeInterfaceIP(s *analyzer.Snapshot, r routes.Route) netip.Addr {
	if r.InterfaceIP.IsValid() {
		return r.InterfaceIP
	}
	if a := s.AdapterByIfIndex(r.IfIndex); a != nil && len(a.IPv4Addrs()) > 0 {
		return a.IPv4Addrs()[0]
	}
	return netip.Addr{}
}

func inAny(ps []netip.Prefix, a netip.Addr) bool {
	for _, p := range ps {
		if a.IsValid() && p.Contains(a) {
			return true
		}
	}
	return false
}

func persistentRouteRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-ROUTE-004", Title: "Duplicate or conflicting persistent routes", Family: familyRoutes,
			Severity:    analyzer.SeverityWarning,
			Breaks:      "After a reboot the conflicting persistent routes come back: traffic to the prefix goes to a stale next hop.",
			Remediation: []string{"Remove the stale persistent route with route delete <prefix> <next hop> (or Remove-NetRoute) and keep one per prefix."},
			Requires:    []analyzer.SourceKind{analyzer.SourceRoutes}, Since: since,
			Doc: "route print's Persistent Routes hold one entry per destination; two entries for a destination are a duplicate or a conflict."},
		applies: hasRoutes,
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			byDest := map[netip.Prefix][]routes.Route{}
			for _, r := range s.HostRoutes() {
				if r.Store == routes.StorePersistent && r.Destination.Bits() > 0 {
					byDest[r.Destination] = append(byDest[r.Destination], r)
				}
			}
			var out []analyzer.Finding
			for _, p := range sortedPrefixes(byDest) {
				if f, ok := persistentConflict(p, byDest[p]); ok {
					out = append(out, f)
				}
			}
			return out
		},
	}
}

// persistentConflict looks at the persistent routes of one destination.
// route print and Get-NetRoute list the same persistent route twice, so
// routes are compared within one source: two next hops are a conflict, the
// same next hop twice a duplicate.
func persistentConflict(p netip.Prefix, rs []routes.Route) (analyzer.Finding, bool) {
	bySource := map[string][]routes.Route{}
	for _, r := range rs {
		bySource[r.Source] = append(bySource[r.Source], r)
	}
	for _, src := range sortedKeys(bySource) {
		list := bySource[src]
		if len(list) < 2 {
			continue
		}
		kind := "duplicate"
		var hops []string
		var ev []analyzer.Evidence
		for _, r := range list {
			if nextHopText(r) != nextHopText(list[0]) {
				kind = "conflicting"
			}
			hops = append(hops, nextHopText(r))
			ev = append(ev, routeEvidence(r))
		}
		return analyzer.Finding{
			Message: itoa(len(list)) + " " + kind + " persistent routes for " + p.String() + " via " + joinLimited(hops, 4),
			Objects: []string{p.String()}, Evidence: ev}, true
	}
	return analyzer.Finding{}, false
}
