package nodegen

import (
	"slices"
	"strings"
)

// sorted orders keys ordinally, the order HNS prints them in.
func sorted(kvs ...KV) Obj {
	o := Obj(kvs)
	slices.SortStableFunc(o, func(a, b KV) int { return strings.Compare(a.K, b.K) })
	return o
}

func strs(s []string) Arr {
	out := Arr{}
	for _, v := range s {
		out = append(out, v)
	}
	return out
}

func (n *Node) version(id string) int64 { return 21474836480 + int64(Num(4, id)) }

func (n *Node) policyV1(p Policy) Obj {
	switch p.Kind {
	case PolOutBoundNAT:
		if len(p.Destinations) > 0 && !p.IPv6 {
			return sorted(KV{"Type", "OutBoundNAT"}, KV{"Destinations", strs(p.Destinations)})
		}
		return sorted(KV{"Type", "OutBoundNAT"}, KV{"ExceptionList", strs(p.Exceptions)})
	case PolRoute:
		return sorted(KV{"Type", "ROUTE"}, KV{"DestinationPrefix", p.Dest}, KV{"NeedEncap", p.NeedEncap})
	case PolPA:
		return sorted(KV{"Type", "PA"}, KV{"PA", p.PA})
	}
	return Obj{{"Type", "L2Driver"}}
}

// EndpointV1 is the Get-HnsEndpoint (v1) object of an endpoint.
func (n *Node) EndpointV1(e *Endpoint) Obj {
	pols := Arr{}
	for _, p := range e.Policies {
		pols = append(pols, n.policyV1(p))
	}
	o := []KV{
		{"ActivityId", strings.ToLower(GUID(e.ID, "activity"))}, {"ID", e.ID}, {"IPAddress", e.IP.String()},
		{"MacAddress", e.MAC}, {"Name", e.Name}, {"Policies", pols}, {"PrefixLength", e.PrefixLen},
		{"SharedContainers", strs(e.Containers)}, {"State", e.State}, {"Type", e.Network.Type},
		{"Version", n.version(e.ID)}, {"VirtualNetwork", e.Network.ID}, {"VirtualNetworkName", e.Network.Name},
		{"Resources", n.endpointResources(e)},
		{"Health", sorted(KV{"LastErrorCode", 0}, KV{"LastUpdateTime", int64(133761234567890123)})},
	}
	if e.Remote {
		o = append(o, KV{"IsRemoteEndpoint", true})
	} else {
		o = append(o, KV{"CreateProcessingStartTime", int64(133761230000000000 + Num(1e9, e.ID))})
		if e.Gateway.IsValid() {
			o = append(o, KV{"GatewayAddress", e.Gateway.String()})
		}
		if len(e.DNSServers) > 0 {
			o = append(o, KV{"DNSServerList", strings.Join(e.DNSServers, ",")}, KV{"DNSSuffix", strings.Join(e.DNSSuffix, ",")})
		}
		if e.Compartment > 0 {
			o = append(o, KV{"Namespace", sorted(KV{"CompartmentId", e.Compartment}, KV{"ID", e.NamespaceID}, KV{"IsDefault", false})})
		}
	}
	if e.EncapOverhead > 0 {
		o = append(o, KV{"EncapOverhead", e.EncapOverhead})
	}
	if e.IP6.IsValid() {
		o = append(o, KV{"IPv6Address", e.IP6.String()}, KV{"IPv6PrefixLength", 64})
		if e.Gateway6.IsValid() {
			o = append(o, KV{"GatewayAddressV6", e.Gateway6.String()})
		}
	}
	return sorted(o...)
}

func (n *Node) allocators(e *Endpoint) Arr {
	al := Arr{}
	if n.NoPortAllocators {
		return al
	}
	if e.PortGUID != "" {
		comp := e.Compartment
		if e.AllocCompartment != 0 {
			comp = e.AllocCompartment
		}
		al = append(al, sorted(KV{"AllocationOrder", 2}, KV{"CompartmendId", comp}, KV{"EndpointNicGuid", GUID(e.ID, "nic")},
			KV{"EndpointPortGuid", e.PortGUID}, KV{"Flags", 0}, KV{"ID", GUID(e.ID, "alloc-port")}, KV{"IsPolicy", false},
			KV{"MacAddress", dashMAC(e.MAC)}, KV{"State", 1}, KV{"SwitchId", GUID(n.Name, "vswitch", "ext")}, KV{"Tag", "Endpoint Port"}))
		if n.IsolationAllocator {
			al = append(al, sorted(KV{"AllocationOrder", 1}, KV{"Flags", 0}, KV{"ID", GUID(e.ID, "alloc-iso")}, KV{"InDefaultIsolation", true},
				KV{"IsPolicy", true}, KV{"IsolationID", 0}, KV{"IsolationType", 0}, KV{"State", 1}, KV{"Tag", "Isolation Policy"}))
		}
	}
	for _, p := range e.Policies {
		switch {
		case p.Kind == PolOutBoundNAT && !e.Remote && len(p.Destinations) == 0 && !p.IPv6:
			kv := []KV{{"AllocationOrder", 3}, {"ID", GUID(e.ID, "alloc-nat")}, {"IsPolicy", true}, {"Tag", "VFP OutBound NAT Policy"},
				{"TcpNatPool", "SLB_NATPOOL_IPV4_TCP_" + H(e.ID)}, {"UdpNatPool", "SLB_NATPOOL_IPV4_UDP_" + H(e.ID)}, {"VIP", n.MgmtIP.String()}}
			for i, x := range p.Exceptions {
				kv = append(kv, KV{"NatExceptions_" + string(rune('1'+i)), x})
			}
			al = append(al, sorted(kv...))
		case p.Kind == PolPA && e.Remote:
			al = append(al, sorted(KV{"AllocationOrder", 0}, KV{"CA", e.IP.String()}, KV{"ID", GUID(e.ID, "alloc-vnet")},
				KV{"IsLocal", false}, KV{"IsPolicy", true}, KV{"PA", p.PA}, KV{"Tag", "VNET Policy"}, KV{"Type", 3}))
		case p.Kind == PolL2Driver:
			al = append(al, sorted(KV{"AllocationOrder", 0}, KV{"ID", GUID(e.ID, "alloc-l2")}, KV{"IsPolicy", true}, KV{"Tag", "L2Driver Policy"}))
		}
	}
	return al
}

func (n *Node) endpointResources(e *Endpoint) Obj {
	al := n.allocators(e)
	return sorted(KV{"AllocationOrder", len(al)}, KV{"Allocators", al}, KV{"ID", strings.ToLower(GUID(e.ID, "activity"))},
		KV{"PortOperationTime", 0}, KV{"State", 1}, KV{"SwitchOperationTime", 0}, KV{"VfpOperationTime", 0},
		KV{"parentId", strings.ToLower(GUID(e.Network.ID, "activity"))})
}

// NetworkV1 is the Get-HnsNetwork (v1) object; detailed adds the port allocators.
func (n *Node) NetworkV1(nw *Network, detailed bool) Obj {
	pols := Arr{}
	for _, r := range nw.RSRs {
		pols = append(pols, sorted(KV{"Type", "RemoteSubnetRoute"}, KV{"DestinationPrefix", r.Prefix.String()},
			KV{"IsolationId", r.VNI}, KV{"ProviderAddress", r.PA.String()}, KV{"DistributedRouterMacAddress", r.DRMAC}))
	}
	subPols := Arr{}
	if nw.VSID > 0 {
		subPols = append(subPols, sorted(KV{"Type", "VSID"}, KV{"VSID", nw.VSID}))
	}
	o := []KV{
		{"ActivityId", strings.ToLower(GUID(nw.ID, "activity"))}, {"CurrentEndpointCount", n.endpointCount(nw)},
		{"Extensions", Arr{
			sorted(KV{"Id", "E7C3B2F0-F3C5-48DF-AF2B-10FED6D72E7A"}, KV{"IsEnabled", false}, KV{"Name", "Microsoft Windows Filtering Platform"}),
			sorted(KV{"Id", "E9B59CFA-2BE1-4B21-828F-B6FBDBDDC017"}, KV{"IsEnabled", nw.Type != "NAT"}, KV{"Name", "Microsoft Azure VFP Switch Extension"}),
		}},
		{"Flags", nw.Flags}, {"Health", sorted(KV{"LastErrorCode", 0}, KV{"LastUpdateTime", int64(133761234500000000)})},
		{"ID", nw.ID}, {"IPv6", false}, {"LayeredOn", GUID(n.Name, "vswitch", nw.Type)},
		{"MacPools", Arr{sorted(KV{"EndMacAddress", nw.MacPool[1]}, KV{"StartMacAddress", nw.MacPool[0]})}},
		{"MaxConcurrentEndpoints", 1}, {"Name", nw.Name}, {"Policies", pols}, {"State", 1},
		{"Subnets", n.subnetsV1(nw, subPols)},
		{"TotalEndpoints", n.endpointCount(nw)}, {"Type", nw.Type}, {"Version", n.version(nw.ID)},
		{"Resources", n.networkResources(nw, detailed)},
	}
	if nw.MgmtIP.IsValid() {
		o = append(o, KV{"ManagementIP", nw.MgmtIP.String()}, KV{"NetworkAdapterName", nw.AdapterName}, KV{"SourceMac", nw.SourceMac})
	}
	if nw.DRMAC != "" {
		o = append(o, KV{"DrMacAddress", nw.DRMAC})
	}
	if nw.Type == "NAT" {
		o = append(o, KV{"NatName", "NAT" + GUID(nw.ID, "natname")[:8]})
	}
	return sorted(o...)
}

func (n *Node) endpointCount(nw *Network) int {
	c := 0
	for _, e := range n.Endpoints {
		if e.Network == nw {
			c++
		}
	}
	return c
}

func (n *Node) networkResources(nw *Network, detailed bool) Obj {
	al := Arr{}
	if detailed {
		if nw.HostVnicPort != "" {
			al = append(al, sorted(KV{"AllocationOrder", 0}, KV{"EndpointPortGuid", nw.HostVnicPort}, KV{"ID", GUID(nw.ID, "hostvnic")}, KV{"Tag", "Host Vnic"}))
		}
		if nw.ExternalPort != "" {
			al = append(al, sorted(KV{"AllocationOrder", 1}, KV{"ExternalNicPortGuid", nw.ExternalPort}, KV{"ID", GUID(nw.ID, "extnic")}, KV{"Tag", "External Adapter Info"}))
		}
	}
	return sorted(KV{"AllocationOrder", len(al)}, KV{"Allocators", al}, KV{"ID", strings.ToLower(GUID(nw.ID, "activity"))},
		KV{"PortOperationTime", 0}, KV{"State", 1}, KV{"SwitchOperationTime", 0}, KV{"VfpOperationTime", 0},
		KV{"parentId", strings.ToLower(GUID(n.Name, "hns"))})
}

func (n *Node) subnetsV1(nw *Network, subPols Arr) Arr {
	out := Arr{sorted(KV{"AddressPrefix", nw.Prefix.String()}, KV{"GatewayAddress", nw.Gateway.String()},
		KV{"ID", GUID(nw.ID, "subnet")}, KV{"ObjectType", 5}, KV{"Policies", subPols}, KV{"State", 0})}
	if nw.Prefix6.IsValid() {
		out = append(out, sorted(KV{"AddressPrefix", nw.Prefix6.String()}, KV{"GatewayAddress", nw.Gateway6.String()},
			KV{"ID", GUID(nw.ID, "subnet6")}, KV{"ObjectType", 5}, KV{"Policies", Arr{}}, KV{"State", 0}))
	}
	return out
}

// PolicyListV1 is the Get-HnsPolicyList (v1) object of a load balancer.
func (n *Node) PolicyListV1(lb *LoadBalancer) Obj {
	elb := []KV{{"ExternalPort", lb.ExternalPort}, {"ILB", false}, {"InternalPort", lb.InternalPort}, {"Protocol", lb.Protocol}, {"Type", "ELB"}}
	if lb.VIP != "" {
		elb = append(elb, KV{"VIPs", strs([]string{lb.VIP})})
	}
	if lb.NodePort {
		elb = append(elb, KV{"LocalRoutedVip", true})
	}
	if lb.SourceVIP != "" {
		elb = append(elb, KV{"SourceVIP", lb.SourceVIP})
	}
	if lb.DSR {
		elb = append(elb, KV{"IsDSR", true})
	}
	refs := Arr{}
	for _, b := range lb.Backends {
		refs = append(refs, "/endpoints/"+strings.ToLower(b))
	}
	o := []KV{{"ActivityId", strings.ToLower(GUID(lb.ID, "activity"))}, {"ID", lb.ID}, {"IsApplied", false},
		{"Policies", Arr{sorted(elb...)}}, {"References", refs}, {"State", lb.State}, {"Version", n.version(lb.ID)},
		{"Resources", sorted(KV{"AllocationOrder", 0}, KV{"Allocators", Arr{}}, KV{"ID", strings.ToLower(GUID(lb.ID, "activity"))})}}
	if n.MixedLBView {
		o = append(o, KV{"HostComputeNetwork", lb.NetworkID})
	}
	return sorted(o...)
}
