package rules

import (
	"fmt"
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/parser/hns"
	"github.com/hnsscope/hnsscope/parser/vfp"
)

// derive builds the VFP ports the way HNS programs them for the node.
func (n *node) derive() *node {
	n.ports = nil
	ext := &vfp.Port{GUID: "port-ext", Line: 10}
	if n.mode == "l2bridge" {
		ext.Layers = []*vfp.Layer{n.l2Rewrite()}
	}
	host := &vfp.Port{GUID: "port-host", Line: 20, Layers: n.hostLayers()}
	if n.mode == "overlay" {
		host.Layers = append(host.Layers, n.encapLayer())
	}
	n.ports = append(n.ports, ext, host)
	for i, e := range n.eps {
		if e.Remote || e.PortGUID == "" {
			continue
		}
		p := &vfp.Port{GUID: e.PortGUID, Line: 100 + 50*i, State: &vfp.PortState{Known: true, Blocked: vfp.False, Enabled: vfp.True}}
		if !strings.HasSuffix(e.Name, "_ep") {
			p.Layers = n.podLayers(e)
			if n.mode == "overlay" {
				p.Layers = append(p.Layers, n.encapLayer())
			}
		}
		n.ports = append(n.ports, p)
	}
	return n
}

func (n *node) l2Rewrite() *vfp.Layer {
	out, in := group("EXTERNAL_L2_REWRITE_GROUP_IPV4_OUT"), group("EXTERNAL_L2_REWRITE_GROUP_IPV4_IN")
	for _, e := range n.eps {
		if e.Remote {
			continue
		}
		ip := e.IPs[0].Address
		mac := strings.ReplaceAll(e.MAC, ":", "")
		o := mkRule("L2_REWRITE_OUT_"+ip, "transpose", ipCond(vfp.CondDestinationIP, ip, ip),
			vfp.Condition{Kind: vfp.CondDestinationMAC, MACs: []string{strings.ReplaceAll(n.hostMAC, ":", "")}})
		o.ID = "{out-" + e.ID + "}"
		o.Data = &vfp.RuleData{Modify: []vfp.Attr{{Key: "Destination MAC", Value: strings.ToUpper(strings.ReplaceAll(e.MAC, ":", "-"))}}}
		i := mkRule("L2_REWRITE_IN_"+ip, "transpose", vfp.Condition{Kind: vfp.CondSourceMAC, MACs: []string{mac}})
		i.ID = "{in-" + e.ID + "}"
		i.Data = &vfp.RuleData{Modify: []vfp.Attr{{Key: "Source MAC", Value: strings.ToUpper(strings.ReplaceAll(n.hostMAC, ":", "-"))}}}
		out.Rules = append(out.Rules, o)
		in.Rules = append(in.Rules, i)
	}
	return layer("EXTERNAL_L2_REWRITE_LAYER", out, in)
}

func (n *node) vipSlot(lb *hns.LoadBalancer) string {
	if len(lb.VIPs) == 0 {
		return n.mgmt
	}
	return lb.VIPs[0]
}

func (n *node) lbRule(name string, lb *hns.LoadBalancer) *vfp.Rule {
	vip := n.vipSlot(lb)
	r := mkRule(name, "lbnat", protoCond(lb.Protocol), ipCond(vfp.CondDestinationIP, vip, vip),
		portCond(vfp.CondDestinationPort, lb.ExternalPort))
	r.DIPRanges = n.backendIPs(lb)
	return r
}

func (n *node) podLayers(e *hns.Endpoint) []*vfp.Layer {
	dsr := group("LB_DSR_IPv4_OUT")
	natIn, natOut := group("SLB_GROUP_NAT_IPv4_IN"), group("SLB_GROUP_NAT_IPv4_OUT")
	for _, lb := range n.lbs {
		vip := n.vipSlot(lb)
		dsr.Rules = append(dsr.Rules, n.lbRule(fmt.Sprintf("LB_DSR_H1_%s_%s_%d_%d_%d", n.mgmt, vip, lb.ExternalPort, lb.InternalPort, lb.Protocol), lb))
		for _, b := range lb.Backends {
			if b == e.ID {
				natIn.Rules = append(natIn.Rules, mkRule(fmt.Sprintf("NAT_H1_%s_%d_%d", vip, lb.ExternalPort, lb.Protocol), "nat", protoCond(lb.Protocol)))
				natOut.Rules = append(natOut.Rules, mkRule(fmt.Sprintf("ALLOW_NAT_H1_%s_%d_%d", vip, lb.ExternalPort, lb.Protocol), "allow", protoCond(lb.Protocol)))
			}
		}
	}
	if e.OutboundNAT != nil {
		for i, x := range e.OutboundNAT.Exceptions {
			if p, err := netip.ParsePrefix(x); err == nil {
				natOut.Rules = append(natOut.Rules, mkRule(fmt.Sprintf("ALLOW_EXCEPTION_OUTBOUNDNAT_H1_%d", i), "allow",
					ipCond(vfp.CondDestinationIP, p.Masked().Addr().String(), lastAddr(p).String())))
			}
		}
		natOut.Rules = append(natOut.Rules, mkRule("SNAT_TCP_OUTBOUNDNAT_H1", "dynnat", protoCond(6)),
			mkRule("SNAT_UDP_OUTBOUNDNAT_H1", "dynnat", protoCond(17)))
	}
	return []*vfp.Layer{layer("LB_DSR", dsr, group("LB_DSR_IPv6_OUT")), layer("SLB_NAT_LAYER", natIn, natOut)}
}

func (n *node) isLocal(id string) bool {
	for _, e := range n.eps {
		if e.ID == id {
			return !e.Remote
		}
	}
	return false
}

func (n *node) hostLayers() []*vfp.Layer {
	lbOut, slb, hairpin := group("LB_OUT"), group("SLB_GROUP_LB_IPv4_OUT"), group("SLB_GROUP_HAIRPIN_IPv4_IN")
	for _, lb := range n.lbs {
		vip := n.vipSlot(lb)
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
			lbOut.Rules = append(lbOut.Rules, n.lbRule(fmt.Sprintf("LB_HOST_H1_%s_%d_%d_%d", vip, lb.ExternalPort, lb.InternalPort, lb.Protocol), lb))
		case local == 1:
			slb.Rules = append(slb.Rules, n.lbRule(fmt.Sprintf("NAT_H1_%s_%d_%d_%d", vip, lb.ExternalPort, lb.ExternalPort, lb.Protocol), lb))
		case local > 1:
			slb.Rules = append(slb.Rules, n.lbRule(fmt.Sprintf("LB_H1_%s_%d_%d_%d", vip, lb.ExternalPort, lb.ExternalPort, lb.Protocol), lb))
		}
		if local > 0 {
			hairpin.Rules = append(hairpin.Rules, mkRule(fmt.Sprintf("HairPin_H1_%s_%d_%d_%d", vip, lb.ExternalPort, lb.ExternalPort, lb.Protocol),
				"transpose", protoCond(lb.Protocol), ipCond(vfp.CondSourceIP, vip, vip)))
		}
	}
	return []*vfp.Layer{layer("LB", lbOut), layer("SLB_LB_LAYER", slb), layer("SLB_HAIRPIN_LAYER", hairpin)}
}

func (n *node) encapLayer() *vfp.Layer {
	g := group("VNET_GROUP_ENCAP_IPV4_OUT")
	for _, r := range n.nets[0].RemoteSubnetRoutes {
		p := netip.MustParsePrefix(r.DestinationPrefix)
		rule := mkRule("REMOTESUBNETROUTE_"+r.DestinationPrefix, "routeencap", ipCond(vfp.CondDestinationIP, p.Addr().String(), lastAddr(p).String()))
		rule.Data = &vfp.RuleData{EncapType: "VXLAN", VNI: fmt.Sprint(r.IsolationID), EncapSourceIP: n.mgmt,
			EncapDestinations: []vfp.EncapDestination{{IP: r.ProviderAddress, MAC: r.DRMAC, Key: fmt.Sprint(r.IsolationID)}}}
		g.Rules = append(g.Rules, rule)
	}
	return layer("VNET_ENCAP_LAYER", g)
}
