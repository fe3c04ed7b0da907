package main

import (
	"net/netip"

	"github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"
)

// Three Windows nodes of one cluster, each with its own node IP and pod subnet.
var (
	node1 = nodegen.Member{Name: "win-node-1", IP: netip.MustParseAddr("10.240.0.4"), PodSubnet: netip.MustParsePrefix("10.244.1.0/24")}
	node2 = nodegen.Member{Name: "win-node-2", IP: netip.MustParseAddr("10.240.0.5"), PodSubnet: netip.MustParsePrefix("10.244.2.0/24")}
	node3 = nodegen.Member{Name: "win-node-3", IP: netip.MustParseAddr("10.240.0.6"), PodSubnet: netip.MustParsePrefix("10.244.3.0/24")}
)

// schemaV1 makes a member collected in the HNS v1 era, so that a cluster
// mixes v1 and v2 field names.
func schemaV1(o *nodegen.Options) {
	o.Schema, o.Era, o.VFP = nodegen.SchemaV1, nodegen.EraTableV1, nodegen.VFPListRule
}

func withV1(m nodegen.Member) nodegen.Member {
	m.Tune = schemaV1
	return m
}

func overlayCluster(members ...nodegen.Member) []*nodegen.Node {
	return nodegen.NewCluster(nodegen.Options{Mode: nodegen.Overlay, Schema: nodegen.SchemaV2, Era: nodegen.EraTableV2,
		Encoding: nodegen.EncUTF16, VFP: nodegen.VFPRuleCounter, Build: 20348}, members)
}

func l2bridgeCluster(members ...nodegen.Member) []*nodegen.Node {
	return nodegen.NewCluster(nodegen.Options{Mode: nodegen.L2Bridge, Schema: nodegen.SchemaV2, Era: nodegen.EraTableV2,
		Encoding: nodegen.EncUTF16, VFP: nodegen.VFPRuleCounter, Build: 20348}, members)
}

func deriveAll(nodes []*nodegen.Node) []*nodegen.Node {
	for _, n := range nodes {
		n.Derive()
	}
	return nodes
}

// rsrOf returns the node's RemoteSubnetRoute for prefix.
func rsrOf(n *nodegen.Node, prefix string) *nodegen.RemoteSubnetRoute {
	nw := n.PodNetwork()
	for i := range nw.RSRs {
		if nw.RSRs[i].Prefix.String() == prefix {
			return &nw.RSRs[i]
		}
	}
	return nil
}

func clusterScenarios(r *registry) {
	r.add(scenario{Name: "overlay-cluster-healthy", What: "three flannel VXLAN overlay nodes of one cluster (HNS v1 and v2) whose RemoteSubnetRoutes, DR MACs and remote endpoints agree",
		Cluster: func() []*nodegen.Node { return deriveAll(overlayCluster(withV1(node1), node2, node3)) }})
	r.add(scenario{Name: "l2bridge-cluster-healthy", What: "three flannel host-gw l2bridge nodes of one cluster (HNS v1 and v2) whose host routes and service backends agree",
		Cluster: func() []*nodegen.Node { return deriveAll(l2bridgeCluster(withV1(node1), node2, node3)) }})
	r.add(scenario{Name: "overlay-cluster-stale-rsr-pa", What: "three overlay nodes of one cluster",
		Broken: "win-node-1's RemoteSubnetRoute 10.244.2.0/24 has ProviderAddress 10.240.0.15, win-node-2's former IP; win-node-2 is 10.240.0.5",
		Cluster: func() []*nodegen.Node {
			nodes := overlayCluster(withV1(node1), node2, node3)
			r := rsrOf(nodes[0], "10.244.2.0/24")
			must(r != nil, "RemoteSubnetRoute 10.244.2.0/24 on win-node-1")
			r.PA = netip.MustParseAddr("10.240.0.15")
			return deriveAll(nodes)
		}})
	r.add(scenario{Name: "overlay-cluster-stale-rsr-drmac", What: "three overlay nodes of one cluster",
		Broken: "win-node-1's RemoteSubnetRoute 10.244.3.0/24 carries a DR MAC win-node-3's network does not have (its network was re-created)",
		Cluster: func() []*nodegen.Node {
			nodes := overlayCluster(node1, node2, node3)
			r := rsrOf(nodes[0], "10.244.3.0/24")
			must(r != nil, "RemoteSubnetRoute 10.244.3.0/24 on win-node-1")
			r.DRMAC = nodegen.PoolMAC("win-node-3-before-rebuild", "drmac")
			return deriveAll(nodes)
		}})
	r.add(scenario{Name: "overlay-cluster-rsr-vni-mismatch", What: "three overlay nodes of one cluster",
		Broken: "win-node-3's RemoteSubnetRoute 10.244.1.0/24 has IsolationId 4097; win-node-1's network VNI is 4096",
		Cluster: func() []*nodegen.Node {
			nodes := overlayCluster(withV1(node1), node2, node3)
			r := rsrOf(nodes[2], "10.244.1.0/24")
			must(r != nil, "RemoteSubnetRoute 10.244.1.0/24 on win-node-3")
			r.VNI = 4097
			return deriveAll(nodes)
		}})
	r.add(scenario{Name: "overlay-cluster-missing-rsr", What: "three overlay nodes of one cluster",
		Broken: "win-node-2 has no RemoteSubnetRoute for win-node-3's pod subnet 10.244.3.0/24",
		Cluster: func() []*nodegen.Node {
			nodes := overlayCluster(node1, node2, node3)
			nw := nodes[1].PodNetwork()
			kept := nw.RSRs[:0]
			for _, r := range nw.RSRs {
				if r.Prefix.String() != "10.244.3.0/24" {
					kept = append(kept, r)
				}
			}
			must(len(kept) < len(nw.RSRs), "RemoteSubnetRoute 10.244.3.0/24 on win-node-2")
			nw.RSRs = kept
			return deriveAll(nodes)
		}})
	r.add(scenario{Name: "overlay-cluster-remote-pa-wrong-node", What: "three overlay nodes of one cluster",
		Broken: "win-node-1's remote endpoint for win-node-2's web pod 10.244.2.4 has PA 10.240.0.6, which is win-node-3",
		Cluster: func() []*nodegen.Node {
			nodes := overlayCluster(withV1(node1), node2, node3)
			e := nodes[0].Endpoint("10.244.2.4")
			must(e != nil && e.Remote, "remote endpoint 10.244.2.4 on win-node-1")
			for i := range e.Policies {
				if e.Policies[i].Kind == nodegen.PolPA {
					e.Policies[i].PA = node3.IP.String()
				}
			}
			return deriveAll(nodes)
		}})
	r.add(scenario{Name: "overlay-cluster-duplicate-management-ip", What: "two overlay nodes of one cluster",
		Broken: "win-node-2 was cloned from win-node-1 and kept its IP: both networks have management IP 10.240.0.4",
		Cluster: func() []*nodegen.Node {
			clone := node2
			clone.IP = node1.IP
			return deriveAll(overlayCluster(node1, clone))
		}})
	r.add(scenario{Name: "l2bridge-cluster-route-wrong-node", What: "three l2bridge nodes of one cluster",
		Broken: "win-node-1 routes win-node-2's pod subnet 10.244.2.0/24 via 10.240.0.6, which is win-node-3",
		Cluster: func() []*nodegen.Node {
			nodes := deriveAll(l2bridgeCluster(withV1(node1), node2, node3))
			changed := 0
			for _, rt := range nodes[0].Routes {
				if rt.Dest.String() == "10.244.2.0/24" {
					rt.NextHop, changed = node3.IP, changed+1
				}
			}
			must(changed > 0, "route 10.244.2.0/24 on win-node-1")
			return nodes
		}})
	r.add(scenario{Name: "l2bridge-cluster-duplicate-pod-subnet", What: "three l2bridge nodes of one cluster",
		Broken: "win-node-3 was given win-node-2's pod subnet 10.244.2.0/24",
		Cluster: func() []*nodegen.Node {
			dup := node3
			dup.PodSubnet = node2.PodSubnet
			return deriveAll(l2bridgeCluster(node1, node2, dup))
		}})
	r.add(scenario{Name: "l2bridge-cluster-stale-backend", What: "three l2bridge nodes of one cluster",
		Broken: "win-node-1's web load balancers name backend 10.244.3.9 in win-node-3's pod subnet, where no endpoint holds it",
		Cluster: func() []*nodegen.Node {
			nodes := l2bridgeCluster(node1, node2, node3)
			e := nodes[0].Endpoint("10.244.3.4")
			must(e != nil && e.Remote, "remote endpoint 10.244.3.4 on win-node-1")
			e.IP = netip.MustParseAddr("10.244.3.9")
			e.MAC = nodegen.IPMAC("02-11", e.IP)
			return deriveAll(nodes)
		}})
}
