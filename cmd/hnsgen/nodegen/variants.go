package nodegen

import (
	"encoding/binary"
	"net/netip"
	"strings"
)

// Reshapes of a healthy node (call before Derive) into the other CNI
// set-ups whose healthy state differs from flannel's.

// RenameNetwork renames a network and the endpoints named after it
// ("<sandbox>_<network>", "<network>_ep").
func (n *Node) RenameNetwork(old, name string) {
	nw := n.Network(old)
	if nw == nil {
		panic("no network " + old)
	}
	nw.Name = name
	for _, e := range n.Endpoints {
		switch {
		case e.Network != nw:
		case e.Name == old+"_ep":
			e.Name = name + "_ep"
		case strings.HasSuffix(e.Name, "_"+old):
			e.Name = strings.TrimSuffix(e.Name, old) + name
		}
	}
}

// UseIPMasq gives every local pod the network's own prefix as an extra
// OutBoundNAT exception, as win-overlay / sdnoverlay do with ipMasq.
func (n *Node) UseIPMasq() {
	for _, e := range n.LocalPods() {
		for i := range e.Policies {
			if e.Policies[i].Kind == PolOutBoundNAT {
				e.Policies[i].Exceptions = append(e.Policies[i].Exceptions, e.Network.Prefix.String())
			}
		}
	}
}

// UseAzureCNI turns an l2bridge node into an AKS Azure CNI node: networks
// "azure" and "ext", pods holding VNet addresses behind the VNet gateway,
// no bridge endpoint, no per-node pod subnets and OutBoundNAT exceptions
// from 10-azure.conflist (the VNet address space).
func (n *Node) UseAzureCNI() {
	vnet, flannelPods := n.NodeSubnet, n.Cluster.ClusterCIDR
	n.AzureCNI, n.PodSubnet, n.Cluster.ClusterCIDR = true, vnet, vnet
	n.RenameNetwork("External", "ext")
	pod := n.PodNetwork()
	pod.Name, pod.Prefix, pod.Gateway = "azure", vnet, n.NodeGW
	kept := n.Endpoints[:0]
	for _, e := range n.Endpoints {
		if !e.HostAttached {
			kept = append(kept, e)
		}
	}
	n.Endpoints = kept
	remote := 0
	for i, e := range n.LocalPods() {
		n.moveEndpoint(e, Nth(vnet, 12+i))
		e.Name = strings.TrimSuffix(e.Name, "cbr0") + pod.Name
		e.Gateway = n.NodeGW
		e.Policies = []Policy{
			{Kind: PolOutBoundNAT, Exceptions: []string{vnet.String()}},
			{Kind: PolRoute, Dest: n.Cluster.ServiceCIDR.String(), NeedEncap: true},
			// enableLoopbackDSR: a second OutBoundNAT listing destinations.
			{Kind: PolOutBoundNAT, Destinations: []string{n.Cluster.DNSIP.String()}},
		}
	}
	for _, e := range n.Endpoints {
		if e.Remote && flannelPods.Contains(e.IP) {
			n.moveEndpoint(e, Nth(vnet, 45+32*remote))
			e.MAC = IPMAC("02-11", e.IP)
			remote++
		}
	}
}

// moveEndpoint gives an endpoint a new address in the node's pod subnet.
func (n *Node) moveEndpoint(e *Endpoint, ip netip.Addr) {
	e.IP, e.PrefixLen = ip, n.PodSubnet.Bits()
}

// UsePerIPRemoteEndpoints models flannel VXLAN before the Remote Subnet
// feature (builds < 18301): no RemoteSubnetRoute policies, one remote
// endpoint "remote_<ip>" per remote pod with a PA policy, extra pods
// included that no service uses.
func (n *Node) UsePerIPRemoteEndpoints(extra ...netip.Addr) {
	n.PodNetwork().RSRs = nil
	for _, ip := range extra {
		n.AddRemote(ip)
	}
	for _, e := range n.Endpoints {
		if !e.Remote || n.Cluster.ServiceCIDR.Contains(e.IP) || !n.Cluster.ClusterCIDR.Contains(e.IP) {
			continue
		}
		e.Name, e.MAC = "remote_"+e.IP.String(), IPMAC("0E-2A", e.IP)
		for _, r := range n.RemoteNodes {
			if r.PodSubnet.Contains(e.IP) {
				e.Policies = []Policy{{Kind: PolPA, PA: r.IP.String()}}
			}
		}
	}
}

// UseExternalAsPodNetwork drops the keep-alive network and names the pod
// network "External", as Calico does in rke2.
func (n *Node) UseExternalAsPodNetwork() {
	var kept []*Network
	for _, nw := range n.Networks {
		if !nw.KeepAlive {
			kept = append(kept, nw)
		}
	}
	n.Networks = kept
	n.RenameNetwork(n.PodNetwork().Name, "External")
}

// RemovePods deletes every local pod endpoint and its load-balancer
// backends, dropping load balancers left without backends: a node on
// which no pod runs.
func (n *Node) RemovePods() {
	gone := map[string]bool{}
	kept := n.Endpoints[:0]
	for _, e := range n.Endpoints {
		if !e.Remote && e.PodName != "" {
			gone[e.ID] = true
			continue
		}
		kept = append(kept, e)
	}
	n.Endpoints = kept
	lbs := n.LBs[:0]
	for _, lb := range n.LBs {
		var bs []string
		for _, b := range lb.Backends {
			if !gone[b] {
				bs = append(bs, b)
			}
		}
		if lb.Backends = bs; len(bs) > 0 {
			lbs = append(lbs, lb)
		}
	}
	n.LBs = lbs
}

// DropEncapRules removes the REMOTESUBNETROUTE routeencap rules from every
// VFP port (call after Derive).
func (n *Node) DropEncapRules() bool {
	removed := 0
	for _, p := range n.Ports {
		removed += p.RemoveRules(func(r *Rule) bool { return r.Type == "routeencap" })
	}
	return removed > 0
}

// UseDualStack gives the pod network an IPv6 subnet and every local pod an
// IPv6 address, gateway and a second OutBoundNAT holding the IPv6
// exceptions.
func (n *Node) UseDualStack(cluster6, service6, pod6 netip.Prefix) {
	nw := n.PodNetwork()
	nw.Prefix6, nw.Gateway6 = pod6, nth6(pod6, 1)
	for i, e := range n.LocalPods() {
		e.IP6, e.Gateway6 = nth6(pod6, 3+i), nth6(pod6, 2)
		e.Policies = append(e.Policies, Policy{Kind: PolOutBoundNAT, IPv6: true, Exceptions: []string{cluster6.String(), service6.String()}})
	}
}

// nth6 returns the n-th address of an IPv6 prefix of at most /64.
func nth6(p netip.Prefix, n int) netip.Addr {
	a := p.Masked().Addr().As16()
	binary.BigEndian.PutUint64(a[8:], binary.BigEndian.Uint64(a[8:])+uint64(n))
	return netip.AddrFrom16(a)
}
