package analyzer

import (
	"net/netip"
	"sort"
	"strings"

	"github.com/hnsscope/hnsscope/parser/hns"
)

// inferClusterCIDR: the OutBoundNAT exception that covers the node pod
// subnet and is larger than it.
func (s *Snapshot) inferClusterCIDR(pod Param) Param {
	podPfx, err := netip.ParsePrefix(pod.Value)
	if err != nil {
		return Param{}
	}
	p, ok := mostCommon(s.exceptionCounts(), func(x netip.Prefix) bool {
		return x.Bits() < podPfx.Bits() && x.Contains(podPfx.Addr())
	})
	if !ok {
		return Param{}
	}
	return inferred(p.String(), "OutBoundNAT exception covering the pod subnet "+podPfx.String())
}

// inferServiceCIDR: the NeedEncap ROUTE prefix of the pod endpoints that is
// not the node's own /32, else the exception covering every ClusterIP VIP.
func (s *Snapshot) inferServiceCIDR(mgmt, cluster Param) Param {
	mgmtIP, _ := netip.ParseAddr(mgmt.Value)
	routes := map[netip.Prefix]int{}
	for _, e := range s.PodEndpoints() {
		for _, pol := range e.Policies {
			if pol.Kind != hns.KindRoute || pol.Route == nil || !pol.Route.NeedEncap {
				continue
			}
			p, err := netip.ParsePrefix(strings.TrimSpace(pol.Route.Prefix))
			if err == nil && p.Bits() < 32 && !p.Contains(mgmtIP) {
				routes[p.Masked()]++
			}
		}
	}
	if p, ok := mostCommon(routes, func(netip.Prefix) bool { return true }); ok {
		return inferred(p.String(), "NeedEncap ROUTE policy of the pod endpoints")
	}
	clusterPfx, _ := netip.ParsePrefix(cluster.Value)
	vips := s.clusterIPCandidates(mgmtIP, clusterPfx)
	if len(vips) == 0 {
		return Param{}
	}
	p, ok := mostCommon(s.exceptionCounts(), func(x netip.Prefix) bool {
		for _, v := range vips {
			if !x.Contains(v) {
				return false
			}
		}
		return !x.Contains(mgmtIP)
	})
	if !ok {
		return Param{}
	}
	return inferred(p.String(), "OutBoundNAT exception covering every load-balancer VIP")
}

func (s *Snapshot) clusterIPCandidates(mgmt netip.Addr, cluster netip.Prefix) []netip.Addr {
	var out []netip.Addr
	for _, lb := range s.LoadBalancers {
		for _, v := range lb.VIPAddrs {
			if v.Is4() && v != mgmt && !(cluster.IsValid() && cluster.Contains(v)) {
				out = append(out, v)
			}
		}
	}
	return out
}

// inferDNSIP: the VIP that has 53→53 load balancers on both UDP and TCP,
// else the DNS server most pod endpoints use.
func (s *Snapshot) inferDNSIP() Param {
	if vips := s.DNSVIPCandidates(); len(vips) > 0 {
		return inferred(vips[0].String(), "VIP of the UDP and TCP 53 load balancers")
	}
	counts := map[string]int{}
	for _, e := range s.PodEndpoints() {
		if len(e.DNSServers) > 0 {
			counts[strings.TrimSpace(e.DNSServers[0])]++
		}
	}
	best, bestN := "", 0
	for v, n := range counts {
		if _, err := netip.ParseAddr(v); err == nil && (n > bestN || (n == bestN && v < best)) {
			best, bestN = v, n
		}
	}
	if best == "" {
		return Param{}
	}
	return inferred(best, "DNS server of the pod endpoints")
}

// DNSVIPCandidates lists VIPs with 53→53 load balancers on both UDP and TCP.
func (s *Snapshot) DNSVIPCandidates() []netip.Addr {
	protos := map[netip.Addr]map[int64]bool{}
	for _, lb := range s.LoadBalancers {
		for _, pm := range lb.PortMappings() {
			if pm.InternalPort != 53 || pm.ExternalPort != 53 {
				continue
			}
			for _, v := range lb.VIPAddrs {
				if protos[v] == nil {
					protos[v] = map[int64]bool{}
				}
				protos[v][pm.Protocol] = true
			}
		}
	}
	var out []netip.Addr
	for v, p := range protos {
		if p[6] && p[17] {
			out = append(out, v)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Less(out[j]) })
	return out
}

// inferNodeSubnet: the exception that holds the management IP but not the
// pod subnet.
func (s *Snapshot) inferNodeSubnet(c ClusterParams) Param {
	mgmt, err := netip.ParseAddr(c.ManagementIP.Value)
	if err != nil {
		return Param{}
	}
	pod, _ := netip.ParsePrefix(c.PodSubnet.Value)
	p, ok := mostCommon(s.exceptionCounts(), func(x netip.Prefix) bool {
		return x.Contains(mgmt) && !(pod.IsValid() && x.Contains(pod.Addr())) && x.Bits() < 32
	})
	if !ok {
		return Param{}
	}
	return inferred(p.String(), "OutBoundNAT exception holding the management IP "+mgmt.String())
}

// inferSourceVIP: on overlay, the SourceVIP most load balancers carry that
// lies in the pod subnet.
func (s *Snapshot) inferSourceVIP() Param {
	if s.Mode != "overlay" || s.PodNetwork == nil {
		return Param{}
	}
	counts := map[string]int{}
	for _, lb := range s.LoadBalancers {
		if a, err := netip.ParseAddr(strings.TrimSpace(lb.SourceVIP)); err == nil && s.PodNetwork.Contains(a) {
			counts[a.String()]++
		}
	}
	best, bestN := "", 0
	for v, n := range counts {
		if n > bestN || (n == bestN && v < best) {
			best, bestN = v, n
		}
	}
	if best == "" {
		return Param{}
	}
	return inferred(best, "SourceVIP of the load balancers")
}
