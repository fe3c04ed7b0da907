package nodegen

import (
	"fmt"
	"strings"
)

// Derive computes the VFP ports and rules, host interfaces and routes that
// HNS, flannel and kube-proxy produce for the node's HNS state. Scenarios
// mutate HNS objects before Derive, or the derived state after it.
func (n *Node) Derive() *Node {
	n.derivePorts()
	n.deriveHost()
	if n.EphemeralPorts.TCP.DynamicCount == 0 && n.EphemeralPorts.UDP.DynamicCount == 0 {
		n.EphemeralPorts = defaultEphemeralPorts()
	}
	n.derivedDone = true
	return n
}

func (n *Node) derivePorts() {
	nw := n.PodNetwork()
	sw, swName := GUID(n.Name, "vswitch", "ext"), nw.Name
	if n.Mode == Overlay {
		swName = "External"
	}
	ext := &VfpPort{Name: nw.ExternalPort, Friendly: "ExternalPort", Switch: sw, SwitchFriendly: swName,
		PortID: 1, PortType: "External", MAC: n.HostMAC, NICName: "{" + GUID(n.Name, "nic") + "}",
		NICFriendly: "Microsoft Hyper-V Network Adapter", MTU: 1500, Role: RoleExternal}
	host := &VfpPort{Name: nw.HostVnicPort, Friendly: "Container NIC " + strings.ToLower(nw.HostVnicPort[:8]),
		Switch: sw, SwitchFriendly: swName, PortID: 2, PortType: "Internal", MAC: n.HostMAC,
		NICName: nw.HostVnicPort, NICFriendly: n.NICName, MTU: 1500, Role: RoleHostVnic}
	n.Ports = []*VfpPort{ext, host}
	for i, ep := range n.Endpoints {
		if ep.Remote || ep.PortGUID == "" {
			continue
		}
		psw, pswName := sw, swName
		if ep.Network.Type == "NAT" {
			psw, pswName = GUID(n.Name, "vswitch", "nat"), "nat"
		}
		p := &VfpPort{Name: ep.PortGUID, Friendly: ep.ID, Switch: psw, SwitchFriendly: pswName,
			PortID: 3 + i, PortType: "Synthetic", MAC: dashMAC(ep.MAC), NICName: ep.PortGUID,
			NICFriendly: ep.Name, MTU: 1500 - ep.EncapOverhead, Role: RolePod, Endpoint: ep}
		if ep.HostAttached {
			p.Friendly, p.PortType, p.Role = "Container NIC "+strings.ToLower(ep.PortGUID[:8]), "Internal", RoleHostVnic
		}
		n.Ports = append(n.Ports, p)
	}
	nat := n.Network("nat")
	n.Ports = append(n.Ports, &VfpPort{Name: nat.HostVnicPort, Friendly: "Container NIC " + strings.ToLower(nat.HostVnicPort[:8]),
		Switch: GUID(n.Name, "vswitch", "nat"), SwitchFriendly: "nat", PortID: 2, PortType: "Internal",
		MAC: PoolMAC(n.Name, "natvnic"), NICName: nat.HostVnicPort, NICFriendly: "nat", MTU: 1500, Role: RoleHostVnic})
	n.index = n.endpointIndex()
	for _, p := range n.Ports {
		p.Stats = PortStats{BytesSent: uint64(1e6 + Num(9e8, p.Name, "bs")), BytesReceived: uint64(1e6 + Num(9e8, p.Name, "br")),
			PacketsSent: uint64(1e4 + Num(9e6, p.Name, "ps")), PacketsReceived: uint64(1e4 + Num(9e6, p.Name, "pr"))}
		if !n.LazyRules {
			n.fillRules(p)
		}
	}
}

func (n *Node) endpointIndex() map[string]*Endpoint {
	idx := make(map[string]*Endpoint, len(n.Endpoints))
	for _, e := range n.Endpoints {
		idx[e.ID] = e
	}
	return idx
}

func dashMAC(m string) string {
	return strings.ToUpper(strings.ReplaceAll(m, ":", "-"))
}

func (n *Node) fillRules(p *VfpPort) {
	switch {
	case p.SwitchFriendly == "nat":
		return
	case p.Role == RoleExternal:
		if n.Mode == L2Bridge {
			p.Layers = append(p.Layers, n.l2RewriteLayer())
		}
	case p.Role == RoleHostVnic && p.Endpoint == nil:
		p.Layers = append(p.Layers, n.hostLBLayers()...)
		if n.Mode == Overlay {
			p.Layers = append(p.Layers, n.encapLayers(p)...)
		}
	case p.Role == RolePod:
		p.Layers = append(p.Layers, n.podLayers(p.Endpoint)...)
		if n.Mode == Overlay {
			p.Layers = append(p.Layers, n.encapLayers(p)...)
		}
		p.NatRanges = []NatRange{
			{IP: n.MgmtIP.String(), Start: 10000 + 64*Num(500, p.Name, "tcp"), Protocol: "TCP"},
			{IP: n.MgmtIP.String(), Start: 10000 + 64*Num(500, p.Name, "udp"), Protocol: "UDP"},
		}
		for i := range p.NatRanges {
			p.NatRanges[i].End = p.NatRanges[i].Start + 63
		}
	}
	for _, l := range p.Layers {
		for _, g := range l.Groups {
			for _, r := range g.Rules {
				r.Matched = uint64(Num(5000, p.Name, r.Name, r.ID))
			}
		}
	}
}

func newRule(name, typ string, prio int, conds ...KV) *Rule {
	return &Rule{Name: name, Type: typ, Priority: prio, Flags: "1 terminating", Conds: conds}
}

// H is the hash token HNS puts into rule friendly names.
func H(id string) string {
	return strings.ToUpper(Hex(6, id))
}

func protoName(p int) string {
	if p == 17 {
		return "UDP"
	}
	return "TCP"
}

func (n *Node) l2RewriteLayer() *Layer {
	out := &Group{Name: "EXTERNAL_L2_REWRITE_GROUP_IPV4_OUT", Priority: 100, Direction: "OUT", Type: "IPv4"}
	in := &Group{Name: "EXTERNAL_L2_REWRITE_GROUP_IPV4_IN", Priority: 100, Direction: "IN", Type: "IPv4"}
	for _, ep := range n.Endpoints {
		if ep.Remote || ep.PortGUID == "" || ep.Network != n.PodNetwork() {
			continue
		}
		o := newRule("L2_REWRITE_OUT_"+ep.IP.String(), "transpose", 100,
			KV{"Destination IP", ep.IP.String() + "-" + ep.IP.String()}, KV{"Destination MAC", n.HostMAC}, KV{"VLAN ID", "0"})
		o.ID, o.Modify = "{"+GUID(ep.ID, "l2out")+"}", []KV{{"Destination MAC", dashMAC(ep.MAC)}}
		i := newRule("L2_REWRITE_IN_"+ep.IP.String(), "transpose", 100, KV{"Source MAC", dashMAC(ep.MAC)})
		i.ID, i.Modify = "{"+GUID(ep.ID, "l2in")+"}", []KV{{"Source MAC", n.HostMAC}}
		out.Rules = append(out.Rules, o)
		in.Rules = append(in.Rules, i)
	}
	return &Layer{Name: "EXTERNAL_L2_REWRITE_LAYER", Priority: 5, Flags: "0x1 Default allow", Groups: []*Group{out, in,
		{Name: "EXTERNAL_L2_REWRITE_GROUP_IPV6_OUT", Priority: 100, Direction: "OUT", Type: "IPv6"},
		{Name: "EXTERNAL_L2_REWRITE_GROUP_IPV6_IN", Priority: 100, Direction: "IN", Type: "IPv6"}}}
}

func (n *Node) vipSlot(lb *LoadBalancer) string {
	if lb.NodePort {
		return n.MgmtIP.String()
	}
	return lb.VIP
}

// DIPs renders the backend list kept in a load-balancing rule's data.
func (n *Node) DIPs(lb *LoadBalancer) []string {
	out := []string{"DIP Range:"}
	for _, id := range lb.Backends {
		ip := "0.0.0.0"
		if e := n.index[id]; e != nil {
			ip = e.IP.String()
		}
		out = append(out, fmt.Sprintf("    { %s : %d }", ip, lb.InternalPort))
	}
	return out
}

// lbRule is a load-balancing rule of lb: protocol, VIP and port as
// conditions, the backends as rule data.
func (n *Node) lbRule(name, vip string, lb *LoadBalancer) *Rule {
	r := newRule(name, "lbnat", 100,
		KV{"Protocols", fmt.Sprint(lb.Protocol)}, KV{"Destination IP", vip}, KV{"Destination ports", fmt.Sprint(lb.ExternalPort)})
	r.Data = n.DIPs(lb)
	return r
}
