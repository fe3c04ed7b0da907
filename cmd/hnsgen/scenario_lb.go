package main

import (
	"net/netip"

	"github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"
)

func findLB(n *nodegen.Node, service string) *nodegen.LoadBalancer {
	for _, lb := range n.LBs {
		if lb.Service == service {
			return lb
		}
	}
	panic("no load balancer for " + service)
}

func lbScenarios(r *registry) {
	r.add(scenario{Name: "l2bridge-dangling-lb-backend", What: "l2bridge v2 node",
		Broken: "load balancer of default/web:http (" + webVIP + ":80) references endpoint " + nodegen.GUID("deleted-endpoint") + ", which does not exist",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-dangling")
			lb := findLB(n, "default/web:http")
			lb.Backends = append(lb.Backends, nodegen.GUID("deleted-endpoint"))
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-v1-lb-state-degraded", What: "l2bridge v1 node",
		Broken: "v1 policy list of kube-system/kube-dns:dns (10.96.0.10:53/UDP) has State 4 (degraded)",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-lbstate")
			findLB(n, "kube-system/kube-dns:dns").State = 4
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-stale-remote-endpoint", What: "l2bridge v1 node",
		Broken: "remote endpoint 10.244.3.9 is a backend of no load balancer (stale)",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-stale")
			n.AddRemote(netip.MustParseAddr("10.244.3.9"))
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-dns-udp-only", What: "l2bridge v2 node",
		Broken: "DNS VIP 10.96.0.10 has only the UDP 53 load balancer: the TCP 53 one (kube-system/kube-dns:dns-tcp) is missing",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-dnsudp")
			lb := findLB(n, "kube-system/kube-dns:dns-tcp")
			kept := n.LBs[:0]
			for _, x := range n.LBs {
				if x != lb {
					kept = append(kept, x)
				}
			}
			n.LBs = kept
			return n.Derive()
		}})
}
