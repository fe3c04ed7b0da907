package main

import (
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"
)

func overlayScenarios(r *registry) {
	r.add(scenario{Name: "overlay-missing-routeencap", What: "overlay v2 node",
		Broken: "RemoteSubnetRoute 10.244.3.0/24 → 10.240.0.6 exists in HNS but no port has its routeencap (REMOTESUBNETROUTE) rule",
		Build: func() *nodegen.Node {
			n := ovv2("win-ovl-noencap").Derive()
			removed := 0
			for _, p := range n.Ports {
				removed += p.RemoveRules(func(r *nodegen.Rule) bool {
					return r.Type == "routeencap" && len(r.Conds) > 0 && r.Conds[0].V == "10.244.3.0-10.244.3.255"
				})
			}
			must(removed > 0, "routeencap rules")
			return n
		}})
	r.add(scenario{Name: "overlay-encap-source-ip-wrong", What: "overlay v1 node",
		Broken: "routeencap rules carry encap source IP 10.240.0.99 instead of the management IP 10.240.0.4",
		Build: func() *nodegen.Node {
			n := ovv1("win-ovl-encapsrc").Derive()
			changed := 0
			for _, p := range n.Ports {
				for _, l := range p.Layers {
					for _, g := range l.Groups {
						for _, r := range g.Rules {
							for i, d := range r.Data {
								if strings.HasPrefix(d, "Encap source IP") {
									r.Data[i], changed = "Encap source IP : 10.240.0.99", changed+1
								}
							}
						}
					}
				}
			}
			must(changed > 0, "encap source lines")
			return n
		}})
	r.add(scenario{Name: "overlay-missing-source-vip-endpoint", What: "overlay v2 node",
		Broken: "no local endpoint holds the source VIP 10.244.1.2 that the load balancers use as SourceVIP",
		Build: func() *nodegen.Node {
			n := ovv2("win-ovl-nosvip")
			sv := n.Endpoint("10.244.1.2")
			must(sv != nil, "source VIP endpoint")
			kept := n.Endpoints[:0]
			for _, e := range n.Endpoints {
				if e != sv {
					kept = append(kept, e)
				}
			}
			n.Endpoints = kept
			return n.Derive()
		}})
	r.add(scenario{Name: "overlay-remote-pa-unknown-node", What: "overlay v1 node",
		Broken: "remote endpoint 10.244.2.7 has PA 10.240.0.77, which is no node (RemoteSubnetRoute for 10.244.2.0/24 says 10.240.0.5)",
		Build: func() *nodegen.Node {
			n := ovv1("win-ovl-badpa")
			ep := n.Endpoint("10.244.2.7")
			must(ep != nil && ep.Remote, "remote endpoint 10.244.2.7")
			ep.Policies = []nodegen.Policy{{Kind: nodegen.PolPA, PA: "10.240.0.77"}}
			return n.Derive()
		}})
	r.add(scenario{Name: "overlay-wrong-gateway", What: "overlay v1 node",
		Broken: "pod endpoint of " + podClient + " (10.244.1.5) has gateway 10.244.1.254 instead of the distributed-router .1",
		Build: func() *nodegen.Node {
			n := ovv1("win-ovl-badgw")
			n.EndpointByPod(podClient).Gateway = netip.MustParseAddr("10.244.1.254")
			return n.Derive()
		}})
	r.add(scenario{Name: "overlay-duplicate-remote-subnet-route", What: "overlay v2 node",
		Broken: "vxlan0 has two RemoteSubnetRoute policies for 10.244.2.0/24: to 10.240.0.5 (win-node-2) and a stale one to 10.240.0.8",
		Build: func() *nodegen.Node {
			n := ovv2("win-ovl-duprsr")
			nw := n.PodNetwork()
			stale := nw.RSRs[1]
			must(stale.Prefix.String() == "10.244.2.0/24", "RemoteSubnetRoute 10.244.2.0/24")
			stale.PA, stale.DRMAC = netip.MustParseAddr("10.240.0.8"), nodegen.PoolMAC("stale-node", "drmac")
			nw.RSRs = append(nw.RSRs, stale)
			return n.Derive()
		}})
	r.add(scenario{Name: "overlay-pod-no-dns-suffix", What: "overlay v1 node",
		Broken: "endpoint of pod " + podClient + " (10.244.1.5) has no DNS suffix search list",
		Build: func() *nodegen.Node {
			n := ovv1("win-ovl-nosuffix")
			n.EndpointByPod(podClient).DNSSuffix = nil
			return n.Derive()
		}})
	r.add(scenario{Name: "overlay-missing-remote-subnet-route", What: "overlay v2 node",
		Broken: "RemoteSubnetRoute for remote node win-node-3 (10.244.3.0/24 → 10.240.0.6) is missing from the vxlan0 network; remote backend 10.244.3.8 of default/web:http therefore got the node's own PA 10.240.0.4",
		Build: func() *nodegen.Node {
			n := ovv2("win-ovl-norsr")
			nw := n.PodNetwork()
			nw.RSRs = nw.RSRs[:len(nw.RSRs)-1]
			ep := n.AddRemote(netip.MustParseAddr("10.244.3.8"))
			for _, svc := range []string{"default/web:http", "default/web:http (NodePort)"} {
				lb := findLB(n, svc)
				lb.Backends = append(lb.Backends, ep.ID)
			}
			return n.Derive()
		}})
}
