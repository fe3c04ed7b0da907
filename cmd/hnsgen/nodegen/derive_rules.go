package nodegen

import "fmt"

func (n *Node) podLayers(ep *Endpoint) []*Layer {
	var layers []*Layer
	dsr := &Group{Name: "LB_DSR_IPv4_OUT", Priority: 100, Direction: "OUT", Type: "IPv4"}
	lbOut := &Group{Name: "SLB_GROUP_LB_IPv4_OUT", Priority: 100, Direction: "OUT", Type: "IPv4"}
	natIn := &Group{Name: "SLB_GROUP_NAT_IPv4_IN", Priority: 100, Direction: "IN", Type: "IPv4"}
	natOut := &Group{Name: "SLB_GROUP_NAT_IPv4_OUT", Priority: 100, Direction: "OUT", Type: "IPv4"}
	for _, lb := range n.LBs {
		h, vip := H(lb.ID), n.vipSlot(lb)
		if lb.DSR {
			dsr.Rules = append(dsr.Rules, n.lbRule(fmt.Sprintf("LB_DSR_%s_%s_%s_%d_%d_%d", h, n.MgmtIP, vip, lb.ExternalPort, lb.InternalPort, lb.Protocol), vip, lb))
			if hasBackend(lb, ep.ID) {
				in := newRule(fmt.Sprintf("NAT_%s_%s_%d_%d", h, vip, lb.ExternalPort, lb.Protocol), "nat", 100,
					KV{"Protocols", fmt.Sprint(lb.Protocol)}, KV{"Source IP", vip}, KV{"Source ports", fmt.Sprint(lb.InternalPort)})
				in.Modify = []KV{{"Source IP", vip}, {"Source port", fmt.Sprint(lb.ExternalPort)}}
				natIn.Rules = append(natIn.Rules, in)
				natOut.Rules = append(natOut.Rules, newRule(fmt.Sprintf("ALLOW_NAT_%s_%s_%d_%d", h, vip, lb.ExternalPort, lb.Protocol),
					"allow", 90, KV{"Protocols", fmt.Sprint(lb.Protocol)}, KV{"Source ports", fmt.Sprint(lb.InternalPort)}))
			}
			continue
		}
		lbOut.Rules = append(lbOut.Rules, n.lbRule(fmt.Sprintf("LB_%s_%s_%d_%d_%d", h, vip, lb.ExternalPort, lb.InternalPort, lb.Protocol), vip, lb))
	}
	if len(dsr.Rules) > 0 {
		layers = append(layers, &Layer{Name: "LB_DSR", Priority: 50, Flags: "0x1 Default allow", Groups: []*Group{dsr,
			{Name: "LB_DSR_IPv6_OUT", Priority: 100, Direction: "OUT", Type: "IPv6"}}})
	}
	if len(lbOut.Rules) > 0 {
		layers = append(layers, &Layer{Name: "SLB_LB_LAYER", Priority: 100, Flags: "0x1 Default allow", Groups: []*Group{lbOut}})
	}
	for _, pol := range ep.Policies {
		if pol.Kind != PolOutBoundNAT || len(pol.Destinations) > 0 || pol.IPv6 {
			continue
		}
		h := H(ep.ID)
		for i, exc := range pol.Exceptions {
			natOut.Rules = append(natOut.Rules, newRule(fmt.Sprintf("ALLOW_EXCEPTION_OUTBOUNDNAT_%s_%d", h, i), "allow", 200,
				KV{"Destination IP", exceptionRange(exc)}))
		}
		for _, proto := range []int{6, 17} {
			r := newRule(fmt.Sprintf("SNAT_%s_OUTBOUNDNAT_%s", protoName(proto), h), "dynnat", 1000, KV{"Protocols", fmt.Sprint(proto)})
			r.Flags = "3 terminating stateful"
			r.Data = []string{fmt.Sprintf("NAT pool : SLB_NATPOOL_IPV4_%s_%s", protoName(proto), h), "VIP : " + n.MgmtIP.String()}
			natOut.Rules = append(natOut.Rules, r)
		}
	}
	layers = append(layers, &Layer{Name: "SLB_NAT_LAYER", Priority: 200, Flags: "0x1 Default allow", Groups: []*Group{natIn, natOut}})
	return layers
}

// exceptionRange renders an exception CIDR as VFP prints a destination range;
// invalid entries are kept verbatim, the way HNS passes them through.
func exceptionRange(exc string) string {
	if p, err := parsePrefix(exc); err == nil {
		return Range(p)
	}
	return exc
}

func hasBackend(lb *LoadBalancer, id string) bool {
	for _, b := range lb.Backends {
		if b == id {
			return true
		}
	}
	return false
}

func (n *Node) isLocal(id string) bool {
	e := n.index[id]
	return e != nil && !e.Remote
}

func (n *Node) hostLBLayers() []*Layer {
	lbOut := &Group{Name: "LB_OUT", Priority: 100, Direction: "OUT", Type: "IPv4"}
	slb := &Group{Name: "SLB_GROUP_LB_IPv4_OUT", Priority: 100, Direction: "OUT", Type: "IPv4"}
	hairpin := &Group{Name: "SLB_GROUP_HAIRPIN_IPv4_IN", Priority: 100, Direction: "IN", Type: "IPv4"}
	for _, lb := range n.LBs {
		h, vip := H(lb.ID), n.vipSlot(lb)
		local, remote := 0, 0
		for _, b := range lb.Backends {
			if n.isLocal(b) {
				local++
			} else {
				remote++
			}
		}
		switch {
		case remote > 0:
			lbOut.Rules = append(lbOut.Rules, n.lbRule(fmt.Sprintf("LB_HOST_%s_%s_%d_%d_%d", h, vip, lb.ExternalPort, lb.InternalPort, lb.Protocol), vip, lb))
		case local == 1:
			slb.Rules = append(slb.Rules, n.lbRule(fmt.Sprintf("NAT_%s_%s_%d_%d_%d", h, vip, lb.ExternalPort, lb.ExternalPort, lb.Protocol), vip, lb))
		case local > 1:
			slb.Rules = append(slb.Rules, n.lbRule(fmt.Sprintf("LB_%s_%s_%d_%d_%d", h, vip, lb.ExternalPort, lb.ExternalPort, lb.Protocol), vip, lb))
		}
		if local > 0 {
			hairpin.Rules = append(hairpin.Rules, newRule(fmt.Sprintf("HairPin_%s_%s_%d_%d_%d", h, vip, lb.ExternalPort, lb.ExternalPort, lb.Protocol),
				"transpose", 100, KV{"Protocols", fmt.Sprint(lb.Protocol)}, KV{"Source IP", vip}))
		}
	}
	return []*Layer{
		{Name: "LB", Priority: 40, Flags: "0x1 Default allow", Groups: []*Group{lbOut}},
		{Name: "SLB_LB_LAYER", Priority: 100, Flags: "0x1 Default allow", Groups: []*Group{slb}},
		{Name: "SLB_HAIRPIN_LAYER", Priority: 150, Flags: "0x1 Default allow", Groups: []*Group{hairpin}},
	}
}

func (n *Node) encapLayers(p *VfpPort) []*Layer {
	encap := &Group{Name: "VNET_GROUP_ENCAP_IPV4_OUT", Priority: 100, Direction: "OUT", Type: "IPv4"}
	for _, r := range n.PodNetwork().RSRs {
		rule := newRule("REMOTESUBNETROUTE_"+H(r.Prefix.String()+r.PA.String()), "routeencap", 100,
			KV{"Destination IP", Range(r.Prefix)})
		rule.ID = "{" + GUID(n.Name, "rsr", r.Prefix.String()) + "}"
		rule.Data = []string{"Encap Type: VXLAN", fmt.Sprintf("VNI: %d", r.VNI), "Encap source IP : " + n.MgmtIP.String()}
		rule.Encap = []string{fmt.Sprintf("{ PA=%s, DMAC=%s, VNI=%d }", r.PA, r.DRMAC, r.VNI)}
		encap.Rules = append(encap.Rules, rule)
	}
	pa := newRule("PA_ROUTE", "paroute", 45535)
	pa.Data = []string{"VLAN ID: 0", "Using default compartment", "Cache pruning threshold: 10",
		"Cache pruning timeout: 30 seconds", fmt.Sprintf("Using interface constraint with interface index: %d", 14)}
	p.Mappings = nil
	for _, e := range n.Endpoints {
		for _, pol := range e.Policies {
			if pol.Kind == PolPA && e.Remote {
				p.Mappings = append(p.Mappings, Mapping{CA: e.IP.String(), PA: pol.PA, MAC: dashMAC(e.MAC), VSID: n.Cluster.VNI})
			}
		}
	}
	return []*Layer{
		{Name: "VNET_ENCAP_LAYER", Priority: 20, Flags: "0x1 Default allow", Groups: []*Group{encap}},
		{Name: "VNET_PA_ROUTE_LAYER", Priority: 25, Flags: "0x1 Default allow", Groups: []*Group{
			{Name: "VNET_GROUP_PA_ROUTE_IPV4_OUT", Priority: 200, Direction: "OUT", Type: "IPv4", Rules: []*Rule{pa}}}},
	}
}
