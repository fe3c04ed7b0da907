package rules

import "github.com/hnsscope/hnsscope/parser/hns"

func init() {
	scenarios = append(scenarios,
		scenario{rule: "HNS-OVL-001", mode: "overlay", object: "10.244.3.0/24",
			after: func(n *node) {
				for _, p := range n.ports {
					for _, l := range p.Layers {
						for _, g := range l.Groups {
							for i := 0; i < len(g.Rules); i++ {
								if g.Rules[i].FriendlyName == "REMOTESUBNETROUTE_10.244.3.0/24" {
									g.Rules = append(g.Rules[:i], g.Rules[i+1:]...)
									i--
								}
							}
						}
					}
				}
			}},
		scenario{rule: "HNS-OVL-001", mode: "overlay", object: "10.240.0.66",
			after: func(n *node) {
				for _, r := range n.port("port-host").Layers[3].Groups[0].Rules {
					r.Data.EncapDestinations[0].IP = "10.240.0.66"
				}
			}},
		scenario{rule: "HNS-OVL-002", mode: "overlay", object: "10.240.0.99",
			after: func(n *node) {
				for _, r := range n.port("port-ep-a").Layers[2].Groups[0].Rules {
					r.Data.EncapSourceIP = "10.240.0.99"
				}
			}},
		scenario{rule: "HNS-OVL-003", mode: "overlay", object: "10.244.2.0/24",
			before: func(n *node) {
				n.nets[0].RemoteSubnetRoutes = append(n.nets[0].RemoteSubnetRoutes,
					hns.RemoteSubnetRoute{DestinationPrefix: "10.244.2.0/24", IsolationID: 4096, ProviderAddress: "10.240.0.7"})
			}},
		scenario{rule: "HNS-OVL-004", mode: "overlay", object: "10.244.1.3",
			before: func(n *node) { n.eps = n.eps[:len(n.eps)-1] }},
		scenario{rule: "HNS-OVL-005", mode: "overlay", object: "10.240.0.77",
			before: func(n *node) {
				e := n.endpoint("ep-r")
				e.Policies = append(e.Policies, hns.Policy{Kind: hns.KindProviderAddress, ProviderAddress: "10.240.0.77"})
			}},
		scenario{rule: "HNS-OVL-006", mode: "overlay", object: "10.244.3.0/24",
			before: func(n *node) {
				n.nets[0].RemoteSubnetRoutes = n.nets[0].RemoteSubnetRoutes[:1]
				n.addEndpoint("ep-r3", "Ethernet", "10.244.3.7", true, "02:11:0a:f4:03:07", "")
				n.lbs[2].Backends = append(n.lbs[2].Backends, "ep-r3")
			}},
	)
}
