package rules

func init() {
	scenarios = append(scenarios,
		scenario{rule: "HNS-DNS-001", mode: "l2bridge", object: "10.96.0.10:53/TCP",
			before: func(n *node) {
				n.overrides.DNSIP = dnsVIP
				n.lbs = append(n.lbs[:1], n.lbs[2:]...)
			}},
		scenario{rule: "HNS-DNS-002", mode: "overlay", object: "port-ep-b",
			after: func(n *node) { dropRule(n, "port-ep-b", "LB_DSR_H1_10.240.0.4_10.96.0.10_53_53_17") }},
		scenario{rule: "HNS-DNS-003", mode: "l2bridge", object: "10.244.1.6",
			before: func(n *node) { n.endpoint("ep-b").DNSServers = []string{"168.63.129.16"} }},
		scenario{rule: "HNS-DNS-004", mode: "overlay", object: "10.244.1.5",
			before: func(n *node) { n.endpoint("ep-a").DNSSuffixes = nil }},
	)
}
