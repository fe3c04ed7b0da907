package nodegen

import (
	"fmt"
	"net/netip"
	"slices"
	"strings"
)

func (n *Node) deriveHost() {
	nat := n.Network("nat")
	n.Ifaces = []*Iface{
		{Index: 1, Alias: "Loopback Pseudo-Interface 1", Desc: "Software Loopback Interface 1", IP: addr("127.0.0.1"), PrefixLen: 8,
			Compartment: 1, MTU: 4294967295, Metric: 75, Loopback: true},
		{Index: 6, Alias: n.NICName, Desc: "Microsoft Hyper-V Network Adapter", MAC: n.HostMAC, Compartment: 1, MTU: 1500, Metric: 15, Physical: true},
		{Index: 9, Alias: "vEthernet (nat)", Desc: "Hyper-V Virtual Ethernet Adapter", MAC: PoolMAC(n.Name, "natvnic"),
			IP: nat.Gateway, PrefixLen: nat.Prefix.Bits(), Compartment: 1, MTU: 1500, Metric: 5000},
		{Index: 14, Alias: "vEthernet (" + n.NICName + ")", Desc: "Hyper-V Virtual Ethernet Adapter #2", MAC: n.HostMAC,
			IP: n.MgmtIP, PrefixLen: n.NodeSubnet.Bits(), Gateway: n.NodeGW, DNS: []string{"168.63.129.16"},
			DNSSuffix: "k8s.internal.cloudapp.net", Compartment: 1, DHCP: true, MTU: 1500, Metric: 15},
	}
	next := 20
	for _, ep := range n.Endpoints {
		if ep.Remote || (ep.PodName == "" && !ep.HostAttached) {
			continue
		}
		ifc := &Iface{Index: next, MAC: dashMAC(ep.MAC), IP: ep.IP, PrefixLen: ep.PrefixLen, Gateway: ep.Gateway,
			IP6: ep.IP6, Gateway6: ep.Gateway6, DNS: ep.DNSServers, Compartment: ep.Compartment, MTU: 1500 - ep.EncapOverhead, Metric: 5, Endpoint: ep,
			Desc: fmt.Sprintf("Hyper-V Virtual Ethernet Adapter #%d", next-17)}
		if len(ep.DNSSuffix) > 0 {
			ifc.DNSSuffix = ep.DNSSuffix[0]
		}
		if ep.HostAttached {
			ifc.Alias, ifc.Gateway = "vEthernet ("+ep.Name+")", netip.Addr{}
		} else {
			ifc.Alias = "vEthernet (" + strings.ToLower(ep.ID[:8]) + ")"
		}
		n.Ifaces = append(n.Ifaces, ifc)
		next += 3
	}
	for _, i := range n.Ifaces {
		if !i.Loopback && !i.Physical {
			h := Hex(16, n.Name, "ll", i.Alias)
			i.LinkLocal = fmt.Sprintf("fe80::%s:%s:%s:%s%%%d", trim0(h[0:4]), trim0(h[4:8]), trim0(h[8:12]), trim0(h[12:16]), i.Index)
		}
	}
	n.deriveRoutes()
}

func trim0(s string) string {
	s = strings.TrimLeft(s, "0")
	if s == "" {
		return "0"
	}
	return s
}

func (n *Node) deriveRoutes() {
	n.Routes = nil
	zero := addr("0.0.0.0")
	for _, i := range n.Ifaces {
		if i.Physical {
			continue
		}
		if i.Gateway.IsValid() {
			n.AddRoute(i.Index, pfx("0.0.0.0/0"), i.Gateway, 0)
		}
		subnet := prefixOf(i)
		n.AddRoute(i.Index, subnet, zero, 256)
		n.AddRoute(i.Index, netip.PrefixFrom(i.IP, 32), zero, 256)
		n.AddRoute(i.Index, netip.PrefixFrom(Last(subnet), 32), zero, 256)
		n.AddRoute(i.Index, pfx("224.0.0.0/4"), zero, 256)
		n.AddRoute(i.Index, pfx("255.255.255.255/32"), zero, 256)
	}
	if n.Mode == L2Bridge && !n.AzureCNI {
		for _, r := range n.RemoteNodes {
			n.AddRoute(14, r.PodSubnet, r.IP, 256)
		}
	}
}

// AddRoute appends an ActiveStore route.
func (n *Node) AddRoute(ifIndex int, dest netip.Prefix, next netip.Addr, metric int) *Route {
	r := &Route{IfIndex: ifIndex, Dest: dest, NextHop: next, Metric: metric, Store: "ActiveStore"}
	n.Routes = append(n.Routes, r)
	return r
}

// RemoveRoute deletes the routes to dest and reports whether any existed.
func (n *Node) RemoveRoute(dest netip.Prefix) bool {
	kept, found := n.Routes[:0], false
	for _, r := range n.Routes {
		if r.Dest == dest {
			found = true
			continue
		}
		kept = append(kept, r)
	}
	n.Routes = kept
	return found
}

// Compartments returns the compartment IDs that hold interfaces, ascending.
func (n *Node) Compartments() []int {
	var out []int
	for _, i := range n.Ifaces {
		if i.Compartment >= 1 && !slices.Contains(out, i.Compartment) {
			out = append(out, i.Compartment)
		}
	}
	slices.Sort(out)
	return out
}

// prefixOf is the subnet of the interface's IPv4 address.
func prefixOf(i *Iface) netip.Prefix {
	return netip.PrefixFrom(i.IP, i.PrefixLen).Masked()
}
