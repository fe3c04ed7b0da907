package main

import (
	"net/netip"

	"github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"
)

func routeScenarios(r *registry) {
	r.add(scenario{Name: "l2bridge-missing-host-route", What: "l2bridge v1 node",
		Broken: "no host route to remote pod subnet 10.244.2.0/24 (node win-node-2, 10.240.0.5) in routes.txt",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-noroute").Derive()
			must(n.RemoveRoute(netip.MustParsePrefix("10.244.2.0/24")), "route 10.244.2.0/24")
			return n
		}})
	r.add(scenario{Name: "l2bridge-podcidr-via-nat-vnic", What: "l2bridge v1 node",
		Broken: "route to remote pod subnet 10.244.3.0/24 goes out of vEthernet (nat) (ifIndex 9) instead of the host vNIC towards 10.240.0.6",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-natroute").Derive()
			found := false
			for _, rt := range n.Routes {
				if rt.Dest == netip.MustParsePrefix("10.244.3.0/24") {
					rt.IfIndex, rt.NextHop, found = 9, netip.MustParseAddr("172.28.96.1"), true
				}
			}
			must(found, "route 10.244.3.0/24")
			return n
		}})
	r.add(scenario{Name: "l2bridge-duplicate-persistent-routes", What: "l2bridge v1 node",
		Broken: "two conflicting persistent routes for 10.244.2.0/24: via 10.240.0.5 (the right node) and via 10.240.0.7",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-duproute").Derive()
			p := netip.MustParsePrefix("10.244.2.0/24")
			n.RemoveRoute(p)
			n.Persistent = []*nodegen.Route{
				{IfIndex: 14, Dest: p, NextHop: netip.MustParseAddr("10.240.0.5"), Store: "PersistentStore", Metric: 256},
				{IfIndex: 14, Dest: p, NextHop: netip.MustParseAddr("10.240.0.7"), Store: "PersistentStore", Metric: 256},
			}
			return n
		}})
}
