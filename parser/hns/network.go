package hns

import (
	"fmt"
	"strings"
)

// network decodes one network object of either schema.
func (d *decoder) network(o obj, path string) Network {
	nw := Network{
		Schema:  schemaOf(o),
		ID:      NormalizeGUID(o.str("ID")),
		Name:    o.str("Name"),
		TypeRaw: o.str("Type"),
		Flags:   intOr0(o, "Flags"),
	}
	nw.Type = strings.ToLower(nw.TypeRaw)
	nw.Policies = d.policies(o, "Policies", path)
	if nw.Schema == SchemaV2 {
		d.networkV2(o, path, &nw)
	} else {
		d.networkV1(o, path, &nw)
	}
	d.applyNetworkPolicies(&nw)
	for _, s := range nw.Subnets {
		if s.VSID != nil && nw.VSID == nil {
			nw.VSID = s.VSID
		}
	}
	d.finish()
	ports := portsOf(d.allocs)
	nw.HostVnicPortGUID = ports.hostVnic
	nw.ExternalPortGUID = ports.external
	return nw
}

func (d *decoder) networkV1(o obj, path string, nw *Network) {
	nw.ManagementIP = o.str("ManagementIP")
	nw.DRMAC = NormalizeMAC(o.str("DrMacAddress"))
	nw.SourceMAC = NormalizeMAC(o.str("SourceMac"))
	nw.AdapterName = o.str("NetworkAdapterName")
	nw.DNSServers, _ = d.stringList(o, "DNSServerList", path)
	nw.DNSSuffixes, _ = d.stringList(o, "DNSSuffix", path)
	for i, v := range d.arrayAt(o, "Subnets", path) {
		p := fmt.Sprintf("%s.Subnets[%d]", path, i)
		s := d.asObject(v, p)
		if s == nil {
			continue
		}
		sub := Subnet{Path: p, Prefix: s.str("AddressPrefix"), Gateway: s.str("GatewayAddress")}
		sub.Policies = d.policies(s, "Policies", p)
		subnetIsolation(&sub)
		nw.Subnets = append(nw.Subnets, sub)
	}
	for i, v := range d.arrayAt(o, "MacPools", path) {
		if r := d.asObject(v, fmt.Sprintf("%s.MacPools[%d]", path, i)); r != nil {
			nw.MACPools = append(nw.MACPools, macRange(r))
		}
	}
}

func (d *decoder) networkV2(o obj, path string, nw *Network) {
	for i, v := range d.arrayAt(o, "Ipams", path) {
		ip := fmt.Sprintf("%s.Ipams[%d]", path, i)
		ipam := d.asObject(v, ip)
		for j, sv := range d.arrayAt(ipam, "Subnets", ip) {
			p := fmt.Sprintf("%s.Subnets[%d]", ip, j)
			s := d.asObject(sv, p)
			if s == nil {
				continue
			}
			sub := Subnet{Path: p, Prefix: s.str("IpAddressPrefix")}
			if gws := d.defaultGateways(s, p); len(gws) > 0 {
				sub.Gateway = gws[0]
			}
			sub.Policies = d.policies(s, "Policies", p)
			subnetIsolation(&sub)
			nw.Subnets = append(nw.Subnets, sub)
		}
	}
	if pool := d.objectAt(o, "MacPool", path); pool != nil {
		for i, v := range d.arrayAt(pool, "Ranges", path+".MacPool") {
			if r := d.asObject(v, fmt.Sprintf("%s.MacPool.Ranges[%d]", path, i)); r != nil {
				nw.MACPools = append(nw.MACPools, macRange(r))
			}
		}
	}
	if dns := d.objectAt(o, "Dns", path); dns != nil {
		nw.DNSServers, _ = d.stringList(dns, "ServerList", path+".Dns")
		nw.DNSSuffixes, _ = d.stringList(dns, "Search", path+".Dns")
	}
}

func macRange(r obj) MACRange {
	return MACRange{Start: NormalizeMAC(r.str("StartMacAddress")), End: NormalizeMAC(r.str("EndMacAddress"))}
}

func subnetIsolation(s *Subnet) {
	for _, p := range s.Policies {
		switch {
		case p.Kind == KindVSID && s.VSID == nil:
			s.VSID = p.IsolationID
		case p.Kind == KindVLAN && s.VLAN == nil:
			s.VLAN = p.IsolationID
		}
	}
}

// applyNetworkPolicies lifts v2 network policies into the fields v1 had at
// the top level; a v1 value already present wins.
func (d *decoder) applyNetworkPolicies(nw *Network) {
	for _, p := range nw.Policies {
		switch p.Kind {
		case KindProviderAddress:
			setIfEmpty(&nw.ManagementIP, p.ProviderAddress)
		case KindDRMAC:
			setIfEmpty(&nw.DRMAC, p.Address)
		case KindSourceMAC:
			setIfEmpty(&nw.SourceMAC, p.Address)
		case KindNetAdapterName:
			setIfEmpty(&nw.AdapterName, p.AdapterName)
		case KindRemoteSubnetRoute:
			nw.RemoteSubnetRoutes = append(nw.RemoteSubnetRoutes, *p.RemoteSubnetRoute)
		case KindVSID:
			if nw.VSID == nil {
				nw.VSID = p.IsolationID
			}
		}
	}
}

func setIfEmpty(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}
