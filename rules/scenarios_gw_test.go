package rules

import "net/netip"

func init() {
	scenarios = append(scenarios,
		scenario{rule: "HNS-GW-001", mode: "l2bridge", object: "10.244.1.1",
			before: func(n *node) { n.endpoint("ep-a").Gateways = []string{"10.244.1.1"} }},
		scenario{rule: "HNS-GW-002", mode: "l2bridge", object: "10.244.1.2",
			before: func(n *node) { n.eps = n.eps[1:] }},
		scenario{rule: "HNS-GW-002", mode: "l2bridge", object: "cbr0_ep",
			after: func(n *node) {
				n.ipcfg = n.hostConfig()
				host := &n.ipcfg.Compartments[0]
				host.Adapters = host.Adapters[:2]
			}},
		scenario{rule: "HNS-GW-003", mode: "overlay", object: "10.244.1.2",
			before: func(n *node) { n.endpoint("ep-b").Gateways = []string{"10.244.1.2"} }},
		scenario{rule: "HNS-GW-004", mode: "overlay", object: "10.244.1.5",
			after: func(n *node) {
				n.ipcfg = n.hostConfig()
				for i := range n.ipcfg.Compartments {
					c := &n.ipcfg.Compartments[i]
					if c.ID != 1 && c.Adapters[0].Addresses[0].IP == netip.MustParseAddr("10.244.1.5") {
						c.Adapters[0].Gateways = nil
					}
				}
			}},
	)
}
