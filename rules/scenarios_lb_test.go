package rules

import "github.com/hnsscope/hnsscope/parser/vfp"

func init() {
	scenarios = append(scenarios,
		scenario{rule: "HNS-LB-001", mode: "l2bridge", object: "ep-deleted",
			before: func(n *node) { n.lbs[2].Backends = append(n.lbs[2].Backends, "ep-deleted") }},
		scenario{rule: "HNS-LB-002", mode: "l2bridge", object: "10.96.0.20:80/TCP",
			after: func(n *node) { dropRule(n, "port-ep-a", "LB_DSR_H1_10.240.0.4_10.96.0.20_80_8080_6") }},
		scenario{rule: "HNS-LB-002", mode: "overlay", object: "HairPin",
			after: func(n *node) { dropRule(n, "port-host", "HairPin_H1_10.96.0.20_80_80_6") }},
		scenario{rule: "HNS-LB-002", mode: "l2bridge", object: "NodePort 10.240.0.4:30080/TCP",
			before: func(n *node) { n.addLB("lb-nodeport", "", 6, 30080, 8080, "ep-b") },
			after:  func(n *node) { dropRule(n, "port-ep-b", "NAT_H1_10.240.0.4_30080_6") }},
		scenario{rule: "HNS-LB-002", mode: "l2bridge", object: "10.96.0.2:80/TCP",
			before: func(n *node) { n.addLB("lb-short", "10.96.0.2", 6, 80, 8080, "ep-b") },
			after:  func(n *node) { dropRule(n, "port-ep-a", "LB_DSR_H1_10.240.0.4_10.96.0.2_80_8080_6") }},
		scenario{rule: "HNS-LB-003", mode: "l2bridge", object: "10.244.9.9",
			after: func(n *node) {
				for _, r := range n.port("port-host").Layers[0].Groups[0].Rules {
					r.DIPRanges = append(r.DIPRanges, vfp.DIPRange{IP: "10.244.9.9", Port: "8080"})
				}
			}},
		scenario{rule: "HNS-LB-004", mode: "l2bridge", object: "10.244.3.8",
			before: func(n *node) { n.addEndpoint("ep-stale", "Ethernet", "10.244.3.8", true, "02:11:0a:f4:03:08", "") }},
		scenario{rule: "HNS-LB-005", mode: "l2bridge", object: "lb-web",
			before: func(n *node) { st := int64(4); n.lbs[2].State = &st }},
		scenario{rule: "HNS-LB-006", mode: "overlay", object: "LB_DSR_H1_10.240.0.4_10.96.0.10_53_53_17",
			after: func(n *node) {
				g := n.port("port-ep-b").Layers[0].Groups[0]
				dup := *g.Rules[0]
				dup.FriendlyName += "_stale"
				dup.Line += 500
				g.Rules = append(g.Rules, &dup)
			}},
	)
}
