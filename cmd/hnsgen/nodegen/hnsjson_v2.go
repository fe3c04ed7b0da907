package nodegen

import "strings"

var schemaV2 = Obj{{"Major", 2}, {"Minor", 0}}

func settings(typ string, kvs ...KV) Obj {
	return Obj{{"Settings", sorted(kvs...)}, {"Type", typ}}
}

func (n *Node) policyV2(p Policy) Obj {
	switch p.Kind {
	case PolOutBoundNAT:
		if len(p.Destinations) > 0 {
			return settings("OutBoundNAT", KV{"Destinations", strs(p.Destinations)})
		}
		return settings("OutBoundNAT", KV{"Exceptions", strs(p.Exceptions)})
	case PolRoute:
		return settings("SDNRoute", KV{"DestinationPrefix", p.Dest}, KV{"NeedEncap", p.NeedEncap})
	case PolPA:
		return settings("ProviderAddress", KV{"ProviderAddress", p.PA})
	}
	return settings("L2Driver")
}

// EndpointV2 is the HCN (schema 2) object of an endpoint.
func (n *Node) EndpointV2(e *Endpoint) Obj {
	pols := Arr{}
	for _, p := range e.Policies {
		pols = append(pols, n.policyV2(p))
	}
	flags := 0
	if e.Remote {
		flags = 1
	}
	al := n.allocators(e)
	extra := []KV{{"Resources", sorted(KV{"AllocationOrder", len(al)}, KV{"Allocators", al},
		KV{"ID", strings.ToLower(GUID(e.ID, "activity"))}, KV{"State", 1})}}
	if len(e.Containers) > 0 {
		extra = append(extra, KV{"SharedContainers", strs(e.Containers)})
	}
	o := []KV{
		{"Flags", flags}, {"Health", sorted(KV{"Data", Obj{}}, KV{"Extra", sorted(extra...)})},
		{"HostComputeNetwork", e.Network.ID}, {"ID", e.ID},
		{"IpConfigurations", ipConfigs(e)},
		{"MacAddress", e.MAC}, {"Name", e.Name}, {"Policies", pols}, {"SchemaVersion", schemaV2},
	}
	if !e.Remote {
		dns := []KV{{"ServerList", strs(e.DNSServers)}}
		if len(e.DNSSuffix) > 0 {
			dns = append(dns, KV{"Search", strs(e.DNSSuffix)})
		}
		o = append(o, KV{"Dns", sorted(dns...)})
		if e.Gateway.IsValid() {
			routes := Arr{sorted(KV{"DestinationPrefix", "0.0.0.0/0"}, KV{"Metric", 0}, KV{"NextHop", e.Gateway.String()})}
			if e.Gateway6.IsValid() {
				routes = append(routes, sorted(KV{"DestinationPrefix", "::/0"}, KV{"Metric", 0}, KV{"NextHop", e.Gateway6.String()}))
			}
			o = append(o, KV{"Routes", routes})
		}
		if e.NamespaceID != "" && e.Compartment > 0 {
			o = append(o, KV{"HostComputeNamespace", e.NamespaceID})
		}
	}
	return sorted(o...)
}

func ipConfigs(e *Endpoint) Arr {
	out := Arr{sorted(KV{"IpAddress", e.IP.String()}, KV{"PrefixLength", e.PrefixLen})}
	if e.IP6.IsValid() {
		out = append(out, sorted(KV{"IpAddress", e.IP6.String()}, KV{"PrefixLength", 64}))
	}
	return out
}

// NetworkV2 is the HCN (schema 2) object of a network.
func (n *Node) NetworkV2(nw *Network, detailed bool) Obj {
	pols := Arr{}
	if nw.AdapterName != "" {
		pols = append(pols, settings("NetAdapterName", KV{"NetworkAdapterName", nw.AdapterName}))
	}
	if nw.MgmtIP.IsValid() {
		pols = append(pols, settings("ProviderAddress", KV{"ProviderAddress", nw.MgmtIP.String()}))
	}
	if nw.DRMAC != "" {
		pols = append(pols, settings("DrMacAddress", KV{"Address", nw.DRMAC}))
	}
	for _, r := range nw.RSRs {
		pols = append(pols, settings("RemoteSubnetRoute", KV{"DestinationPrefix", r.Prefix.String()}, KV{"IsolationId", r.VNI},
			KV{"ProviderAddress", r.PA.String()}, KV{"DistributedRouterMacAddress", r.DRMAC}))
	}
	if nw.HostRoute {
		pols = append(pols, settings("HostRoute"))
	}
	subPols := Arr{}
	if nw.VSID > 0 {
		subPols = append(subPols, settings("VSID", KV{"IsolationId", nw.VSID}))
	}
	subnets := Arr{sorted(KV{"IpAddressPrefix", nw.Prefix.String()}, KV{"Policies", subPols},
		KV{"Routes", Arr{sorted(KV{"DestinationPrefix", "0.0.0.0/0"}, KV{"Metric", 0}, KV{"NextHop", nw.Gateway.String()})}})}
	if nw.Prefix6.IsValid() {
		subnets = append(subnets, sorted(KV{"IpAddressPrefix", nw.Prefix6.String()}, KV{"Policies", Arr{}},
			KV{"Routes", Arr{sorted(KV{"DestinationPrefix", "::/0"}, KV{"Metric", 0}, KV{"NextHop", nw.Gateway6.String()})}}))
	}
	health := Obj{}
	if detailed {
		health = sorted(KV{"Data", Obj{}}, KV{"Extra", sorted(KV{"LayeredOn", GUID(n.Name, "vswitch", nw.Type)},
			KV{"Resources", n.networkResources(nw, true)}, KV{"SwitchGuid", GUID(n.Name, "vswitch", "ext")})})
	}
	return sorted(KV{"Dns", Obj{}}, KV{"Flags", nw.Flags}, KV{"Health", health}, KV{"ID", nw.ID},
		KV{"Ipams", Arr{sorted(KV{"Subnets", subnets}, KV{"Type", "Static"})}},
		KV{"MacPool", Obj{{"Ranges", Arr{sorted(KV{"EndMacAddress", nw.MacPool[1]}, KV{"StartMacAddress", nw.MacPool[0]})}}}},
		KV{"Name", nw.Name}, KV{"Policies", pols}, KV{"SchemaVersion", schemaV2}, KV{"Type", nw.Type})
}

// LoadBalancerV2 is the HCN (schema 2) object of a load balancer.
func (n *Node) LoadBalancerV2(lb *LoadBalancer) Obj {
	backends := Arr{}
	for _, b := range lb.Backends {
		backends = append(backends, strings.ToLower(b))
	}
	flags, pmFlags := 0, 0
	if lb.DSR {
		flags = 1
	}
	if lb.NodePort {
		pmFlags = 2
	}
	o := []KV{{"Flags", flags}, {"HostComputeEndpoints", backends}, {"ID", lb.ID},
		{"PortMappings", Arr{sorted(KV{"DistributionType", 0}, KV{"ExternalPort", lb.ExternalPort}, KV{"Flags", pmFlags},
			KV{"InternalPort", lb.InternalPort}, KV{"Protocol", lb.Protocol})}},
		{"SchemaVersion", schemaV2}}
	if lb.SourceVIP != "" {
		o = append(o, KV{"SourceVIP", lb.SourceVIP})
	}
	if lb.VIP != "" {
		o = append(o, KV{"FrontendVIPs", strs([]string{lb.VIP})})
	}
	return sorted(o...)
}

// namespace is one HNS namespace (network compartment).
type namespace struct {
	id, guid, typ string
	compartment   int
	endpoints     []*Endpoint
}

func (n *Node) namespaces() []namespace {
	out := []namespace{{id: GUID(n.Name, "ns", "host"), guid: GUID(n.Name, "nsguid", "host"), typ: "HostDefault", compartment: 1}}
	for _, e := range n.Endpoints {
		if e.Remote || e.Compartment == 0 {
			continue
		}
		if e.Compartment == 1 {
			out[0].endpoints = append(out[0].endpoints, e)
			continue
		}
		out = append(out, namespace{id: e.NamespaceID, guid: GUID(e.NamespaceID, "guid"), typ: "Host",
			compartment: e.Compartment, endpoints: []*Endpoint{e}})
	}
	return out
}

func (n *Node) namespaceV2(ns namespace) Obj {
	res := Arr{}
	for _, e := range ns.endpoints {
		res = append(res, Obj{{"Data", Obj{{"Id", strings.ToLower(e.ID)}}}, {"Type", "Endpoint"}})
		if len(e.Containers) > 0 {
			res = append(res, Obj{{"Data", Obj{{"Id", e.Containers[0]}}}, {"Type", "Container"}})
		}
	}
	return sorted(KV{"ID", ns.id}, KV{"NamespaceGuid", ns.guid}, KV{"NamespaceId", ns.compartment},
		KV{"Resources", res}, KV{"SchemaVersion", schemaV2}, KV{"Type", ns.typ})
}
