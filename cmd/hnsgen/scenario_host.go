package main

import (
	"net/netip"

	"github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"
)

func podIface(n *nodegen.Node, pod string) *nodegen.Iface {
	ep := n.EndpointByPod(pod)
	for _, i := range n.Ifaces {
		if i.Endpoint == ep {
			return i
		}
	}
	panic("no adapter for pod " + pod)
}

func hostScenarios(r *registry) {
	r.add(scenario{Name: "l2bridge-container-gateway-mismatch", What: "l2bridge v2 node",
		Broken: "compartment of pod " + podClient + " routes via 10.244.1.1 (ipconfig and Get-NetRoute) while its HNS endpoint gateway is 10.244.1.2",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-ctrgw").Derive()
			ifc := podIface(n, podClient)
			ifc.Gateway = netip.MustParseAddr("10.244.1.1")
			for _, rt := range n.Routes {
				if rt.IfIndex == ifc.Index && rt.Dest.Bits() == 0 {
					rt.NextHop = ifc.Gateway
				}
			}
			return n
		}})
	r.add(scenario{Name: "l2bridge-container-no-kube-dns", What: "l2bridge v2 node",
		Broken: "pod " + podClient + "'s adapter lists DNS server 168.63.129.16 only, not the kube-dns VIP 10.96.0.10",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-ctrdns").Derive()
			podIface(n, podClient).DNS = []string{"168.63.129.16"}
			return n
		}})
	r.add(scenario{Name: "overlay-pod-mtu-no-encap-room", What: "overlay v1 node",
		Broken: "the interface of pod " + podClient + " (10.244.1.5) has MTU 1500 (Get-NetIPInterface, vmswitch port): with the endpoint's EncapOverhead of 50 bytes its packets need 1550 bytes on the 1500-byte host vNIC vEthernet (Ethernet 2)",
		Build: func() *nodegen.Node {
			n := ovv1("win-ovl-mtu").Derive()
			ep := n.EndpointByPod(podClient)
			must(ep.EncapOverhead == 50, "EncapOverhead of "+podClient)
			podIface(n, podClient).MTU = 1500
			n.Port(ep).MTU = 1500
			return n
		}})
	r.add(scenario{Name: "l2bridge-udp-ports-excluded", What: "l2bridge v2 node",
		Broken: "excludedportrange.txt excludes UDP 49152-57343 and 57300-65199 (overlapping), leaving 5 free runs of 64 UDP ports; TCP is untouched, so reservedports.txt's TCP-only estimate still reports 243 allocations",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-udpports").Derive()
			n.EphemeralPorts.UDP.Excluded = append([]nodegen.PortRange{{Start: 49152, End: 57343}, {Start: 57300, End: 65199}},
				n.EphemeralPorts.UDP.Excluded...)
			return n
		}})
}
