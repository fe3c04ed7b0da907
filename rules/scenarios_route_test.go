package rules

import (
	"net/netip"

	"github.com/hnsscope/hnsscope/parser/routes"
)

func dropRoute(n *node, dst string) {
	t := n.routeTable
	for i := 0; i < len(t.Routes); i++ {
		if t.Routes[i].Destination.String() == dst {
			t.Routes = append(t.Routes[:i], t.Routes[i+1:]...)
			i--
		}
	}
}

func init() {
	scenarios = append(scenarios,
		scenario{rule: "HNS-ROUTE-001", mode: "l2bridge", object: "10.244.2.0/24",
			after: func(n *node) { n.routeTable = n.hostRoutes(); dropRoute(n, "10.244.2.0/24") }},
		scenario{rule: "HNS-ROUTE-002", mode: "l2bridge", object: "10.244.1.0/24",
			after: func(n *node) { n.routeTable = n.hostRoutes(); dropRoute(n, "10.244.1.0/24") }},
		scenario{rule: "HNS-ROUTE-003", mode: "overlay", object: "10.244.0.0/16",
			after: func(n *node) {
				n.routeTable = n.hostRoutes()
				n.routeTable.Routes = append(n.routeTable.Routes, routes.Route{Compartment: 1, Destination: netip.MustParsePrefix(clusterCIDR),
					OnLink: true, InterfaceIP: netip.MustParseAddr("172.20.0.1"), Store: routes.StoreActive, Pos: pos("routes.txt", 77)})
			}},
		scenario{rule: "HNS-ROUTE-004", mode: "l2bridge", object: "10.244.3.0/24",
			after: func(n *node) {
				n.routeTable = n.hostRoutes()
				n.routeTable.Routes = append(n.routeTable.Routes, routes.Route{Compartment: 1, Destination: netip.MustParsePrefix("10.244.3.0/24"),
					NextHop: netip.MustParseAddr("10.240.0.99"), Store: routes.StorePersistent, Source: routes.SourceRoutePrintV4, Pos: pos("routes.txt", 88)})
			}},
	)
}

// A remote pod subnet without endpoints on this node is known from the
// route table alone: its route must still lead to a node.
func init() {
	scenarios = append(scenarios,
		scenario{rule: "HNS-ROUTE-001", mode: "l2bridge", object: "10.244.9.0/24",
			after: func(n *node) {
				n.routeTable = n.hostRoutes()
				n.routeTable.Routes = append(n.routeTable.Routes, routes.Route{Compartment: 1, Destination: netip.MustParsePrefix("10.244.9.0/24"),
					NextHop: netip.MustParseAddr("192.168.50.1"), InterfaceIP: netip.MustParseAddr(n.mgmt), Store: routes.StoreActive, Pos: pos("routes.txt", 78)})
			}})
}
