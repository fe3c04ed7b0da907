package main

import (
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"
)

func endpointScenarios(r *registry) {
	r.add(scenario{Name: "l2bridge-gateway-dot1", What: "l2bridge v1 node",
		Broken: "every pod endpoint has gateway 10.244.1.1 instead of the bridge endpoint 10.244.1.2",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-gw1")
			for _, ep := range n.LocalPods() {
				ep.Gateway = netip.MustParseAddr("10.244.1.1")
			}
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-cbr0-ep-missing", What: "l2bridge v1 node",
		Broken: "the bridge endpoint cbr0_ep (10.244.1.2) and its vEthernet (cbr0_ep) adapter are missing",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-nocbr0ep")
			removeEndpoint(n, n.Endpoint("10.244.1.2"))
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-local-endpoint-state-4", What: "l2bridge v1 node",
		Broken: "local endpoint of pod " + podClient + " (10.244.1.5) is in state 4 (Detached)",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-detached")
			n.EndpointByPod(podClient).State = 4
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-duplicate-ip", What: "l2bridge v2 node",
		Broken: "a remote endpoint holds 10.244.1.4, the IP of local pod " + podWeb,
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-dupip")
			ep := n.AddRemote(netip.MustParseAddr("10.244.2.7"))
			dup := *ep
			dup.ID, dup.IP, dup.MAC = nodegen.GUID("dup-remote"), netip.MustParseAddr("10.244.1.4"), nodegen.IPMAC("02-11", netip.MustParseAddr("10.244.1.4"))
			n.Endpoints = append(n.Endpoints, &dup)
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-duplicate-mac", What: "l2bridge v1 node",
		Broken: "local endpoints of pods " + podWeb + " and " + podClient + " share MAC address",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-dupmac")
			n.EndpointByPod(podClient).MAC = n.EndpointByPod(podWeb).MAC
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-endpoint-ip-outside-subnet", What: "l2bridge v1 node",
		Broken: "local endpoint of pod " + podClient + " has IP 10.244.7.5, outside the network subnet 10.244.1.0/24",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-outside")
			n.EndpointByPod(podClient).IP = netip.MustParseAddr("10.244.7.5")
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-compartment-mismatch", What: "l2bridge v2 node",
		Broken: "endpoint of pod " + podWeb + ": allocator CompartmendId 7 differs from its namespace's compartment 3",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-compart")
			n.EndpointByPod(podWeb).AllocCompartment = 7
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-pods-on-nat-network", What: "l2bridge v2 node",
		Broken: "pod " + podClient + " is attached to the nat network (172.28.96.5) although the CNI network cbr0 exists",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-onnat")
			ep, nat := n.EndpointByPod(podClient), n.Network("nat")
			ep.Network, ep.IP, ep.Gateway, ep.PrefixLen = nat, netip.MustParseAddr("172.28.96.5"), nat.Gateway, 20
			ep.Name = strings.TrimSuffix(ep.Name, "_cbr0") + "_nat"
			ep.Policies, ep.MAC = nil, nodegen.PoolMAC("nat-client")
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-apipa-management-ip", What: "l2bridge v1 node",
		Broken: "network cbr0 has the APIPA management IP 169.254.12.34",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-apipa")
			n.PodNetwork().MgmtIP = netip.MustParseAddr("169.254.12.34")
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-cni-network-missing", What: "l2bridge v2 node right after a failed flannel start",
		Broken: "the expected CNI network cbr0 does not exist: only nat and External; no pod endpoints or load balancers",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-nonet")
			n.Networks = n.Networks[:2]
			n.Endpoints, n.LBs = nil, nil
			return n.Derive()
		}})
}

func removeEndpoint(n *nodegen.Node, ep *nodegen.Endpoint) {
	must(ep != nil, "endpoint to remove")
	kept := n.Endpoints[:0]
	for _, e := range n.Endpoints {
		if e != ep {
			kept = append(kept, e)
		}
	}
	n.Endpoints = kept
}
