package analyzer

import (
	"net/netip"
	"sort"
	"strings"

	"github.com/hnsscope/hnsscope/parser/cniconf"
)

// deriveCluster fills the cluster parameters: overrides win, then the
// configuration files, then inference from the HNS data.
func deriveCluster(s *Snapshot, ov ClusterOverrides) ClusterParams {
	var c ClusterParams
	c.NetworkMode = s.deriveMode()
	c.ManagementIP = s.deriveManagementIP()
	c.PodSubnet = s.derivePodSubnet()
	pf := s.readProxyFlags()
	c.ClusterCIDR = firstKnown(flagParam(ov.ClusterCIDR), s.configParam(func(k *cniconf.Config) cniconf.Value { return k.ClusterCIDR }),
		pf.clusterCIDR, s.configException(c.PodSubnet), s.inferClusterCIDR(c.PodSubnet))
	c.ServiceCIDR = firstKnown(flagParam(ov.ServiceCIDR), s.configParam(func(k *cniconf.Config) cniconf.Value { return k.ServiceCIDR }),
		s.configEncapRoute(c.ManagementIP), s.inferServiceCIDR(c.ManagementIP, c.ClusterCIDR))
	c.DNSIP = firstKnown(flagParam(ov.DNSIP), s.configParam(func(k *cniconf.Config) cniconf.Value { return k.DNSIP }),
		s.inferDNSIP())
	c.NodeSubnet = firstKnown(flagParam(ov.NodeSubnet), s.inferNodeSubnet(c))
	c.SourceVIP = firstKnown(pf.sourceVIP, s.inferSourceVIP())
	return c
}

func flagParam(v string) Param {
	if v == "" {
		return Param{}
	}
	return Param{Value: v, Origin: OriginFlag, From: "command line"}
}

func firstKnown(ps ...Param) Param {
	for _, p := range ps {
		if p.Known() {
			return p
		}
	}
	return Param{}
}

// configParam takes a value from the configuration files, the AKS cluster
// config first since it is written by the provisioning itself.
func (s *Snapshot) configParam(get func(*cniconf.Config) cniconf.Value) Param {
	cfgs := append([]*cniconf.Config(nil), s.Configs...)
	sort.SliceStable(cfgs, func(i, j int) bool {
		return cfgs[i].Format == cniconf.FormatClusterConfig && cfgs[j].Format != cniconf.FormatClusterConfig
	})
	for _, k := range cfgs {
		if v := get(k); v.Set() {
			return Param{Value: v.Value, Origin: OriginConfig, From: v.Pos.String()}
		}
	}
	return Param{}
}

// configException: the OutBoundNAT exception of a CNI configuration that
// covers the node pod subnet and is larger than it is the cluster CIDR;
// it also serves a node on which no pod runs yet.
func (s *Snapshot) configException(pod Param) Param {
	podPfx, err := netip.ParsePrefix(pod.Value)
	if err != nil {
		return Param{}
	}
	for _, k := range s.Configs {
		for _, v := range k.Exceptions {
			p, err := netip.ParsePrefix(strings.TrimSpace(v.Value))
			if err == nil && p.Bits() < podPfx.Bits() && p.Contains(podPfx.Addr()) {
				return Param{Value: p.Masked().String(), Origin: OriginConfig, From: v.Pos.String()}
			}
		}
	}
	return Param{}
}

// configEncapRoute: the NeedEncap ROUTE/SDNRoute of a CNI configuration
// that is not the node's own /32 steers ClusterIP traffic, so it is the
// service CIDR.
func (s *Snapshot) configEncapRoute(mgmt Param) Param {
	mgmtIP, _ := netip.ParseAddr(mgmt.Value)
	for _, k := range s.Configs {
		for _, v := range k.EncapRoutes {
			p, err := netip.ParsePrefix(strings.TrimSpace(v.Value))
			if err == nil && p.Bits() < 32 && !p.Contains(mgmtIP) {
				return Param{Value: p.Masked().String(), Origin: OriginConfig, From: v.Pos.String()}
			}
		}
	}
	return Param{}
}

func inferred(v, from string) Param { return Param{Value: v, Origin: OriginInferred, From: from} }

func (s *Snapshot) deriveMode() Param {
	if n := s.PodNetwork; n != nil {
		return inferred(s.Mode, "type of HNS network "+n.Name)
	}
	return s.configParam(func(k *cniconf.Config) cniconf.Value { return k.Mode })
}

func (s *Snapshot) deriveManagementIP() Param {
	if s.ManagementIP.IsValid() {
		return inferred(s.ManagementIP.String(), "management IP of HNS network "+s.PodNetwork.Name)
	}
	for _, n := range s.Networks {
		if a, err := netip.ParseAddr(strings.TrimSpace(n.ManagementIP)); err == nil {
			return inferred(a.String(), "management IP of HNS network "+n.Name)
		}
	}
	return Param{}
}

func (s *Snapshot) derivePodSubnet() Param {
	n := s.PodNetwork
	if n == nil {
		return Param{}
	}
	for _, e := range s.PodEndpoints() {
		if _, p, ok := n.SubnetOf(e.IP); ok {
			return inferred(p.String(), "subnet of HNS network "+n.Name)
		}
	}
	for _, p := range n.Prefixes {
		if p.IsValid() {
			return inferred(p.String(), "subnet of HNS network "+n.Name)
		}
	}
	return Param{}
}

// exceptionCounts counts each canonical OutBoundNAT exception over the pod
// endpoints, so one odd endpoint does not decide a cluster parameter.
func (s *Snapshot) exceptionCounts() map[netip.Prefix]int {
	counts := map[netip.Prefix]int{}
	for _, e := range s.PodEndpoints() {
		if e.OutboundNAT == nil {
			continue
		}
		for _, x := range e.OutboundNAT.Exceptions {
			if p, err := netip.ParsePrefix(strings.TrimSpace(x)); err == nil && p == p.Masked() {
				counts[p]++
			}
		}
	}
	return counts
}

// mostCommon picks the prefix seen most often, ties broken by string order.
func mostCommon(counts map[netip.Prefix]int, keep func(netip.Prefix) bool) (netip.Prefix, bool) {
	var best netip.Prefix
	bestN := 0
	for p, n := range counts {
		if !keep(p) {
			continue
		}
		if n > bestN || (n == bestN && p.String() < best.String()) {
			best, bestN = p, n
		}
	}
	return best, bestN > 0
}
