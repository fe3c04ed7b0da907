package rules

func init() {
	scenarios = append(scenarios,
		scenario{rule: "HNS-L2-001", mode: "l2bridge", object: "10.244.1.5",
			after: func(n *node) { dropRule(n, "port-ext", "L2_REWRITE_OUT_10.244.1.5") }},
		scenario{rule: "HNS-L2-001", mode: "l2bridge", object: "host MAC",
			after: func(n *node) {
				for _, r := range n.port("port-ext").Layers[0].Groups[1].Rules {
					if r.FriendlyName == "L2_REWRITE_IN_10.244.1.6" {
						r.Data.Modify[0].Value = "00-15-5D-99-99-99"
					}
				}
			}},
		scenario{rule: "HNS-L2-002", mode: "l2bridge", object: "{out-ep-a-stale}",
			after: func(n *node) {
				g := n.port("port-ext").Layers[0].Groups[0]
				for _, r := range g.Rules {
					if r.ID == "{out-ep-a}" {
						dup := *r
						dup.ID, dup.Line = "{out-ep-a-stale}", r.Line+300
						g.Rules = append(g.Rules, &dup)
						break
					}
				}
			}},
	)
}
