package hns

import (
	"fmt"
	"strings"
)

// loadBalancerV1 decodes a v1 policy list whose first ELB policy describes
// the load balancer.
func (d *decoder) loadBalancerV1(o obj, path string) LoadBalancer {
	lb := LoadBalancer{Schema: SchemaV1, ID: NormalizeGUID(o.str("ID")), State: o.intPtr("State"),
		IsApplied: o.boolPtr("IsApplied"), NetworkID: NormalizeGUID(o.str("HostComputeNetwork")),
		Flags: intOr0(o, "Flags")}
	refs, _ := d.stringList(o, "References", path)
	lb.Backends = normalizeGUIDs(refs)
	found := false
	for i, v := range d.arrayAt(o, "Policies", path) {
		p := fmt.Sprintf("%s.Policies[%d]", path, i)
		pol := d.asObject(v, p)
		if pol == nil || policyKinds[strings.ToLower(pol.str("Type"))] != KindELB {
			continue
		}
		if found {
			d.warn(p, "second ELB policy in one policy list ignored")
			continue
		}
		found = true
		lb.VIPs, _ = d.stringList(pol, "VIPs", p)
		lb.SourceVIP = pol.str("SourceVIP")
		lb.Protocol, _ = protocolOf(pol.str("Protocol"))
		lb.InternalPort, lb.ExternalPort = intOr0(pol, "InternalPort"), intOr0(pol, "ExternalPort")
		lb.ILB, lb.DSR, lb.LocalRoutedVIP = pol.flag("ILB"), pol.flag("IsDSR"), pol.flag("LocalRoutedVip")
		lb.IPv6 = pol.flag("IPv6")
	}
	if !found {
		d.warn(path+".Policies", "policy list has no ELB policy")
	}
	return lb
}

// loadBalancerV2 decodes a HostComputeLoadBalancer.
func (d *decoder) loadBalancerV2(o obj, path string) LoadBalancer {
	lb := LoadBalancer{Schema: SchemaV2, ID: NormalizeGUID(o.str("ID")), SourceVIP: o.str("SourceVIP"),
		Flags: intOr0(o, "Flags"), NetworkID: NormalizeGUID(o.str("HostComputeNetwork"))}
	lb.VIPs, _ = d.stringList(o, "FrontendVIPs", path)
	eps, _ := d.stringList(o, "HostComputeEndpoints", path)
	lb.Backends = normalizeGUIDs(eps)
	lb.DSR, lb.IPv6 = lb.Flags&1 != 0, lb.Flags&2 != 0
	for i, v := range d.arrayAt(o, "PortMappings", path) {
		pm := d.asObject(v, fmt.Sprintf("%s.PortMappings[%d]", path, i))
		if pm == nil {
			continue
		}
		m := portMappingOf(pm)
		if i > 0 {
			lb.ExtraPortMappings = append(lb.ExtraPortMappings, *m)
			continue
		}
		lb.Protocol, lb.InternalPort, lb.ExternalPort = m.Protocol, m.InternalPort, m.ExternalPort
		lb.DistributionType = m.DistributionType
		lb.ILB, lb.LocalRoutedVIP = m.Flags&1 != 0, m.Flags&2 != 0
	}
	return lb
}

// routeList decodes a v1 policy list of ROUTE policies.
func (d *decoder) routeList(o obj, path string) RouteList {
	defer d.finish()
	rl := RouteList{ID: NormalizeGUID(o.str("ID")), State: o.intPtr("State")}
	refs, _ := d.stringList(o, "References", path)
	rl.Endpoints = normalizeGUIDs(refs)
	rl.Policies = d.policies(o, "Policies", path)
	for _, p := range rl.Policies {
		if p.Route != nil {
			rl.Routes = append(rl.Routes, *p.Route)
		}
	}
	return rl
}
