package hns

import (
	"fmt"
	"strings"
)

// endpoint decodes one endpoint object of either schema.
func (d *decoder) endpoint(o obj, path string) Endpoint {
	ep := Endpoint{
		Schema: schemaOf(o),
		ID:     NormalizeGUID(o.str("ID")),
		Name:   o.str("Name"),
		MACRaw: o.str("MacAddress"),
	}
	ep.MAC = NormalizeMAC(ep.MACRaw)
	ep.Policies = d.policies(o, "Policies", path)
	if ep.Schema == SchemaV2 {
		d.endpointV2(o, path, &ep)
	} else {
		d.endpointV1(o, path, &ep)
	}
	ep.OutboundNAT = mergeOutboundNAT(ep.Policies)
	if ep.EncapOverhead == 0 {
		for _, p := range ep.Policies {
			if p.Overhead != nil {
				ep.EncapOverhead = *p.Overhead
			}
		}
	}
	d.finish()
	ports := portsOf(d.allocs)
	ep.PortGUID = ports.endpoint
	if ep.PortGUID == "" {
		ep.PortGUID = ports.anyPort
	}
	if ep.CompartmentID == nil {
		ep.CompartmentID = ports.compartment
	}
	return ep
}

func (d *decoder) endpointV1(o obj, path string, ep *Endpoint) {
	ep.NetworkID = NormalizeGUID(o.str("VirtualNetwork"))
	ep.NetworkName = o.str("VirtualNetworkName")
	ep.NetworkType = o.str("Type")
	if ip := o.str("IPAddress"); ip != "" {
		ep.IPs = append(ep.IPs, IPConfig{Address: ip, PrefixLength: int(intOr0(o, "PrefixLength"))})
	}
	if ip := o.str("IPv6Address"); ip != "" {
		ep.IPs = append(ep.IPs, IPConfig{Address: ip, PrefixLength: int(intOr0(o, "IPv6PrefixLength"))})
	}
	for _, k := range []string{"GatewayAddress", "GatewayAddressV6"} {
		if gw := o.str(k); gw != "" {
			ep.Gateways = append(ep.Gateways, gw)
		}
	}
	ep.DNSServers, _ = d.stringList(o, "DNSServerList", path)
	ep.DNSSuffixes, _ = d.stringList(o, "DNSSuffix", path)
	ep.DNSDomain = o.str("DNSDomain")
	ep.Remote = o.flag("IsRemoteEndpoint")
	if s, ok := o.int64Of("State"); ok {
		st := int(s)
		ep.State, ep.StateSource = &st, "json"
	}
	if ns := d.objectAt(o, "Namespace", path); ns != nil {
		ep.NamespaceID = NormalizeGUID(ns.str("ID"))
		if c := ns.intPtr("CompartmentId"); c != nil && (*c != 0 || ep.NamespaceID != "") {
			ep.CompartmentID = c
		}
	}
	ep.SharedContainers, _ = d.stringList(o, "SharedContainers", path)
	ep.EncapOverhead = intOr0(o, "EncapOverhead")
	ep.Flags = intOr0(o, "Flags")
}

func (d *decoder) endpointV2(o obj, path string, ep *Endpoint) {
	ep.NetworkID = NormalizeGUID(o.str("HostComputeNetwork"))
	ep.NamespaceID = NormalizeGUID(o.str("HostComputeNamespace"))
	for i, v := range d.arrayAt(o, "IpConfigurations", path) {
		c := d.asObject(v, fmt.Sprintf("%s.IpConfigurations[%d]", path, i))
		if c == nil || c.str("IpAddress") == "" {
			continue
		}
		ep.IPs = append(ep.IPs, IPConfig{Address: c.str("IpAddress"), PrefixLength: int(intOr0(c, "PrefixLength"))})
	}
	ep.Gateways = d.defaultGateways(o, path)
	if dns := d.objectAt(o, "Dns", path); dns != nil {
		ep.DNSServers, _ = d.stringList(dns, "ServerList", path+".Dns")
		ep.DNSSuffixes, _ = d.stringList(dns, "Search", path+".Dns")
		ep.DNSDomain = dns.str("Domain")
	}
	ep.Flags = intOr0(o, "Flags")
	ep.Remote = ep.Flags&1 == 1
	if extra := d.objectAt(d.objectAt(o, "Health", path), "Extra", path+".Health"); extra != nil {
		ep.SharedContainers, _ = d.stringList(extra, "SharedContainers", path+".Health.Extra")
	}
}

// defaultGateways returns the next hops of the default routes of a v2
// Routes array.
func (d *decoder) defaultGateways(o obj, path string) []string {
	var out []string
	for i, v := range d.arrayAt(o, "Routes", path) {
		r := d.asObject(v, fmt.Sprintf("%s.Routes[%d]", path, i))
		if r == nil {
			continue
		}
		prefix := r.str("DestinationPrefix")
		if prefix == "0.0.0.0/0" || prefix == "::/0" || prefix == "" && r.str("NextHop") != "" {
			if hop := r.str("NextHop"); hop != "" && !strings.HasPrefix(hop, "0.0.0.0") {
				out = append(out, hop)
			}
		}
	}
	return out
}
