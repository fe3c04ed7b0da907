package analyzer

import (
	"io"
	"net/netip"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/parser/hns"
)

// NewSnapshot correlates parsed records into a Snapshot. open reads a
// bundle file as text (nil when there is no bundle, as in tests).
func NewSnapshot(sources map[SourceKind][]SourceFile, p *Parsed, ov ClusterOverrides,
	open func(string) (io.ReadCloser, error)) *Snapshot {
	if p == nil {
		p = &Parsed{}
	}
	s := &Snapshot{
		Sources: sources, Parsed: p, Namespaces: p.Namespaces, Configs: p.Configs, open: open,
		endpointByID: map[string]*Endpoint{}, endpointsByIP: map[netip.Addr][]*Endpoint{},
		networkByID: map[string]*Network{},
	}
	s.addNetworks(p.Networks)
	s.addEndpoints(p.Endpoints)
	s.joinNamespaces()
	s.addLoadBalancers(p.LoadBalancers)
	s.assignRoles()
	s.addPorts()
	s.pickPodNetwork()
	s.addHost()
	s.Cluster = deriveCluster(s, ov)
	return s
}

func (s *Snapshot) addNetworks(nets []*hns.Network) {
	for _, hn := range nets {
		if hn == nil {
			continue
		}
		n := &Network{Network: hn}
		for _, sub := range hn.Subnets {
			pfx, _ := netip.ParsePrefix(strings.TrimSpace(sub.Prefix))
			n.Prefixes = append(n.Prefixes, pfx.Masked())
		}
		if _, dup := s.networkByID[hn.ID]; !dup && hn.ID != "" {
			s.networkByID[hn.ID] = n
		}
		s.Networks = append(s.Networks, n)
	}
}

func (s *Snapshot) addEndpoints(eps []*hns.Endpoint) {
	for _, he := range eps {
		if he == nil {
			continue
		}
		e := &Endpoint{Endpoint: he, IP: firstIPv4(he.IPs)}
		e.Network = s.networkOf(he)
		if e.Network != nil {
			e.Network.Endpoints = append(e.Network.Endpoints, e)
		}
		if _, dup := s.endpointByID[he.ID]; !dup && he.ID != "" {
			s.endpointByID[he.ID] = e
		}
		if e.IP.IsValid() {
			s.endpointsByIP[e.IP] = append(s.endpointsByIP[e.IP], e)
		}
		s.Endpoints = append(s.Endpoints, e)
	}
}

func (s *Snapshot) networkOf(he *hns.Endpoint) *Network {
	if n := s.networkByID[he.NetworkID]; n != nil {
		return n
	}
	if he.NetworkName == "" {
		return nil
	}
	for _, n := range s.Networks {
		if strings.EqualFold(n.Name, he.NetworkName) {
			return n
		}
	}
	return nil
}

func firstIPv4(ips []hns.IPConfig) netip.Addr {
	for _, c := range ips {
		if a, err := netip.ParseAddr(strings.TrimSpace(c.Address)); err == nil && a.Is4() {
			return a
		}
	}
	return netip.Addr{}
}

func (s *Snapshot) joinNamespaces() {
	byID := map[string]*hns.Namespace{}
	for _, ns := range s.Namespaces {
		byID[ns.ID] = ns
		for _, id := range ns.EndpointIDs {
			if e := s.endpointByID[id]; e != nil && e.Namespace == nil {
				e.Namespace = ns
			}
		}
	}
	for _, e := range s.Endpoints {
		if e.Namespace == nil && e.NamespaceID != "" {
			e.Namespace = byID[e.NamespaceID]
		}
	}
}

func (s *Snapshot) addLoadBalancers(lbs []*hns.LoadBalancer) {
	for _, hl := range lbs {
		if hl == nil {
			continue
		}
		lb := &LoadBalancer{LoadBalancer: hl}
		for _, v := range hl.VIPs {
			if a, err := netip.ParseAddr(strings.TrimSpace(v)); err == nil {
				lb.VIPAddrs = append(lb.VIPAddrs, a)
			}
		}
		for _, id := range hl.Backends {
			if e := s.endpointByID[id]; e != nil {
				lb.Backends = append(lb.Backends, e)
				e.LoadBalancers = append(e.LoadBalancers, lb)
			} else {
				lb.MissingBackends = append(lb.MissingBackends, id)
			}
		}
		s.LoadBalancers = append(s.LoadBalancers, lb)
	}
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }

// assignRoles marks the node's own endpoints: the l2bridge host endpoint
// ("<network>_ep") and the overlay source-VIP endpoint (a local endpoint
// whose IP is the SourceVIP of load balancers).
func (s *Snapshot) assignRoles() {
	sourceVIPs := map[netip.Addr]bool{}
	for _, lb := range s.LoadBalancers {
		if a, err := netip.ParseAddr(strings.TrimSpace(lb.SourceVIP)); err == nil {
			sourceVIPs[a] = true
		}
	}
	for _, e := range s.Endpoints {
		switch {
		case e.Remote:
			e.Role = EndpointRemote
		case e.IsBridgeEndpoint():
			e.Role = EndpointBridge
		case e.Network != nil && e.Network.IsMode("overlay") && sourceVIPs[e.IP]:
			e.Role = EndpointSourceVIP
		default:
			e.Role = EndpointPod
		}
	}
}
