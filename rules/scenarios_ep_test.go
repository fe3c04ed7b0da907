package rules

import (
	"github.com/hnsscope/hnsscope/parser/hns"
	"github.com/hnsscope/hnsscope/parser/vfp"
)

func init() {
	scenarios = append(scenarios,
		scenario{rule: "HNS-EP-001", mode: "l2bridge", object: "10.244.1.6",
			before: func(n *node) { n.endpoint("ep-b").State = state(5) }},
		scenario{rule: "HNS-EP-002", mode: "l2bridge", object: "10.244.1.5",
			before: func(n *node) {
				n.addEndpoint("ep-dup", "Ethernet", "10.244.1.5", true, "02:11:0a:f4:01:05", "")
			}},
		scenario{rule: "HNS-EP-003", mode: "overlay", object: "00:15:5d:01:01:05",
			before: func(n *node) { n.endpoint("ep-b").MAC = "00:15:5d:01:01:05" }},
		scenario{rule: "HNS-EP-004", mode: "l2bridge", object: "10.244.7.9",
			before: func(n *node) { n.endpoint("ep-b").IPs[0].Address = "10.244.7.9" }},
		scenario{rule: "HNS-EP-005", mode: "overlay", object: "10.244.1.6",
			after: func(n *node) { n.endpoint("ep-b").PortGUID = "port-gone" }},
		scenario{rule: "HNS-EP-006", mode: "l2bridge", object: "6c1f7d2e-1111-2222-3333-444455556666",
			after: func(n *node) {
				orphan := *n.port("port-ep-a")
				orphan.GUID = "6c1f7d2e-1111-2222-3333-444455556666"
				n.ports = append(n.ports, &orphan)
			}},
		scenario{rule: "HNS-EP-007", mode: "l2bridge", object: "port-ep-a",
			after: func(n *node) { n.port("port-ep-a").State = &vfp.PortState{Known: true, Blocked: vfp.True, Line: 123} }},
		scenario{rule: "HNS-EP-008", mode: "l2bridge", object: "ns-a",
			before: func(n *node) {
				c, nc := int64(5), int64(7)
				n.endpoint("ep-a").CompartmentID = &c
				n.namespaces = append(n.namespaces, &hns.Namespace{Pos: pos("namespaces.txt", 3), ID: "ns-a", CompartmentID: &nc, EndpointIDs: []string{"ep-a"}})
			}},
		scenario{rule: "HNS-EP-009", mode: "overlay", object: "172.20.0.5",
			before: func(n *node) {
				e := n.addEndpoint("ep-nat", "nat-container", "172.20.0.5", false, "00:15:5d:09:09:09", "172.20.0.1")
				e.NetworkID = "net-nat"
			}},
	)
}
