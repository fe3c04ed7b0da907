package rules

import "github.com/hnsscope/hnsscope/parser/hns"

func init() {
	scenarios = append(scenarios,
		scenario{rule: "HNS-NAT-001", mode: "l2bridge", object: "10.244.1.6",
			before: func(n *node) { n.endpoint("ep-b").OutboundNAT = nil }},
		scenario{rule: "HNS-NAT-002", mode: "l2bridge", object: "10.244.0.0/0",
			before: func(n *node) { n.endpoint("ep-a").OutboundNAT.Exceptions[0] = "10.244.0.0/0" }},
		scenario{rule: "HNS-NAT-002", mode: "overlay", object: "<your service cidr>",
			before: func(n *node) { n.endpoint("ep-a").OutboundNAT.Exceptions[1] = "<your service cidr>" }},
		scenario{rule: "HNS-NAT-003", mode: "l2bridge", object: "10.240.0.0/16",
			before: func(n *node) {
				n.overrides.NodeSubnet = nodeSubnet
				for _, id := range []string{"ep-a", "ep-b"} {
					n.endpoint(id).OutboundNAT = &hns.OutboundNAT{Exceptions: []string{clusterCIDR, serviceCIDR}}
				}
			}},
		scenario{rule: "HNS-NAT-004", mode: "overlay", object: "10.244.1.6",
			before: func(n *node) {
				n.endpoint("ep-b").OutboundNAT = &hns.OutboundNAT{Exceptions: []string{clusterCIDR}}
			}},
		scenario{rule: "HNS-NAT-005", mode: "l2bridge", object: "SNAT_UDP_OUTBOUNDNAT",
			after: func(n *node) { dropRule(n, "port-ep-a", "SNAT_UDP_OUTBOUNDNAT_H1") }},
		scenario{rule: "HNS-NAT-006", mode: "overlay", object: "10.96.0.0/12",
			after: func(n *node) { dropRule(n, "port-ep-b", "ALLOW_EXCEPTION_OUTBOUNDNAT_H1_1") }},
	)
}

// dropRule removes a rule by friendly name from a port.
func dropRule(n *node, port, name string) {
	for _, l := range n.port(port).Layers {
		for _, g := range l.Groups {
			for i, r := range g.Rules {
				if r.FriendlyName == name {
					g.Rules = append(g.Rules[:i], g.Rules[i+1:]...)
					return
				}
			}
		}
	}
	panic("no rule " + name + " on " + port)
}
