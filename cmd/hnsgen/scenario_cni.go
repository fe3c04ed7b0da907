package main

import (
	"net/netip"
	"slices"

	"github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"
)

// cniScenarios and the families below are the CNI set-ups whose healthy
// state differs from flannel's, and
// the defects whose detection depends on them. cniScenarios: win-bridge,
// sdnbridge, win-overlay and flannel VXLAN generations.
func cniScenarios(r *registry) {
	r.add(scenario{Name: "winbridge-l2bridge-v1-healthy", What: "containernetworking win-bridge l2bridge node: network named after the CNI config (l2bridge) with the lower-case type l2bridge, bridge endpoint l2bridge_ep at .2, HNS v1, WS2019",
		Build: func() *nodegen.Node {
			n := l2v1("win-winbridge")
			n.RenameNetwork("cbr0", "l2bridge")
			n.PodNetwork().Type = "l2bridge"
			return n.Derive()
		}})
	r.add(scenario{Name: "sdnbridge-l2bridge-v2-healthy", What: "windows-container-networking sdnbridge node with forceBridgeGateway (pod gateway .2): network sdnbridge, HNS v2, WS2022",
		Build: func() *nodegen.Node {
			n := l2v2("win-sdnbridge")
			n.RenameNetwork("cbr0", "sdnbridge")
			return n.Derive()
		}})
	r.add(scenario{Name: "winoverlay-ipmasq-v1-healthy", What: "containernetworking win-overlay node with ipMasq: PA policy on local endpoints, gateway copied from the network subnet, the network's own prefix as extra OutBoundNAT exception, no HostRoute policy, HNS v1",
		Build: func() *nodegen.Node {
			n := ovv1("win-winoverlay")
			nw := n.PodNetwork()
			nw.HostRoute, nw.Flags = false, 0
			n.UseIPMasq()
			return n.Derive()
		}})
	r.add(scenario{Name: "overlay-flannel-vni-name-v2-healthy", What: "flannel v2 VXLAN node whose network is named flannel.<VNI> (flannel.4096), HNS v2 with DSR, WS2022",
		Build: func() *nodegen.Node {
			n := ovv2("win-flannel-vni")
			n.RenameNetwork("vxlan0", "flannel.4096")
			return n.Derive()
		}})
	r.add(scenario{Name: "overlay-prersr-v1-healthy", What: "flannel VXLAN node on WS2019 (build 17763, before the Remote Subnet feature): no RemoteSubnetRoute policies, one remote_<ip> endpoint with a PA policy per remote pod, including pods no service uses",
		Build: func() *nodegen.Node {
			n := ovv1("win-ovl-prersr")
			n.Build, n.HotFixes = 17763, nil
			n.UsePerIPRemoteEndpoints(netip.MustParseAddr("10.244.2.12"), netip.MustParseAddr("10.244.3.8"))
			return n.Derive()
		}})
	r.add(scenario{Name: "overlay-prersr-stale-remote-endpoint", What: "flannel VXLAN node on WS2019 with per-IP remote endpoints",
		Broken: "kube-proxy remote endpoint 10.244.3.9 (named Ethernet, not a flannel remote_<ip> endpoint) is a backend of no load balancer (stale)",
		Build: func() *nodegen.Node {
			n := ovv1("win-ovl-prersr-stale")
			n.Build, n.HotFixes = 17763, nil
			n.UsePerIPRemoteEndpoints(netip.MustParseAddr("10.244.2.12"))
			ep := n.AddRemote(netip.MustParseAddr("10.244.3.9"))
			ep.Policies = []nodegen.Policy{{Kind: nodegen.PolPA, PA: "10.240.0.6"}}
			return n.Derive()
		}})
}

// viaRemoteBridge routes the pod subnets of the named remote nodes via
// their nth address, the way microsoft/SDN AddRoutes.ps1 uses the remote .2.
func viaRemoteBridge(n *nodegen.Node, nth int, nodes ...string) bool {
	found := false
	for _, rt := range n.Routes {
		for _, r := range n.RemoteNodes {
			if rt.Dest == r.PodSubnet && slices.Contains(nodes, r.Name) {
				rt.NextHop, found = nodegen.Nth(r.PodSubnet, nth), true
			}
		}
	}
	return found
}

// cniRouteScenarios: l2bridge nodes set up by the microsoft/SDN scripts.
func cniRouteScenarios(r *registry) {
	r.add(scenario{Name: "l2bridge-sdn-scripts-v1-healthy", What: "l2bridge HNS v1 node set up by the microsoft/SDN scripts: the host endpoint at .2 is named after the network (cbr0, kube-proxy --root-hnsendpoint-name) and AddRoutes.ps1 routes the remote Windows pod subnets via the remote bridge address .2",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-sdnscripts")
			for _, e := range n.Endpoints {
				if e.HostAttached {
					e.Name = e.Network.Name
				}
			}
			n.Derive()
			must(viaRemoteBridge(n, 2, "win-node-2", "win-node-3"), "remote pod subnet routes")
			return n
		}})
	r.add(scenario{Name: "l2bridge-route-via-remote-dot1", What: "l2bridge v1 node",
		Broken: "the route to remote pod subnet 10.244.2.0/24 (node win-node-2) goes via its .1 (10.244.2.1), an address reserved by the platform that forwards nothing, instead of the bridge address .2 or the node IP",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-viadot1").Derive()
			must(viaRemoteBridge(n, 1, "win-node-2"), "remote pod subnet routes")
			return n
		}})
}

// cniEraScenarios: older flannel and kube-proxy generations, newer Windows
// builds and mixed v1/v2 views.
func cniEraScenarios(r *registry) {
	r.add(scenario{Name: "l2bridge-v2-ws2025-healthy", What: "l2bridge HNS v2 node on Windows Server 2025 (build 26100) whose endpoints carry the Isolation Policy allocator",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-ws2025")
			n.Build, n.IsolationAllocator = 26100, true
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-dualstack-v2-healthy", What: "dual-stack l2bridge node, HNS v2: pods with an IPv4 and an IPv6 IpConfiguration and ::/0 route, a second OutBoundNAT holding the IPv6 exceptions, {IPv4, IPv6} cells in the endpoint table, ipconfig listing the IPv6 gateway first",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-dual")
			n.UseDualStack(netip.MustParsePrefix("fd00:10:244::/56"), netip.MustParsePrefix("fd00:10:96::/112"), netip.MustParsePrefix("fd00:10:244:1::/64"))
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-dualstack-v1-healthy", What: "dual-stack l2bridge node, HNS v1: pods with IPv6Address and GatewayAddressV6, a second OutBoundNAT holding the IPv6 exceptions",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-dual1")
			n.UseDualStack(netip.MustParsePrefix("fd00:10:244::/56"), netip.MustParsePrefix("fd00:10:96::/112"), netip.MustParsePrefix("fd00:10:244:1::/64"))
			return n.Derive()
		}})
	r.add(scenario{Name: "overlay-flannel-clusterwide-v1-healthy", What: "flannel VXLAN node of the flannel #833 era (WS2019, per-IP remote endpoints): the overlay network spans the whole cluster network 10.244.0.0/16 and pods use its gateway 10.244.0.1",
		Build: func() *nodegen.Node {
			n := ovv1("win-ovl-wide")
			n.Build, n.HotFixes = 17763, nil
			nw := n.PodNetwork()
			nw.Prefix, nw.Gateway = n.Cluster.ClusterCIDR, nodegen.Nth(n.Cluster.ClusterCIDR, 1)
			for _, e := range n.LocalPods() {
				e.Gateway = nw.Gateway
			}
			n.UsePerIPRemoteEndpoints()
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-kubeproxy19-shared-mac-healthy", What: "l2bridge node of the kube-proxy <= 1.9 era (collectlogs before 2018-07, build 17134): every remote endpoint has the MAC 00:11:22:33:44:55",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-kp19")
			n.Era, n.Build, n.HotFixes = nodegen.EraJSON2018, 17134, nil
			for _, e := range n.Endpoints {
				if e.Remote {
					e.MAC = "00:11:22:33:44:55"
				}
			}
			return n.Derive()
		}})
}

// calicoScenarios: Calico VXLAN and BGP nodes, rke2's Calico and an idle node.
func calicoScenarios(r *registry) {
	r.add(scenario{Name: "calico-overlay-v2-healthy", What: "Calico VXLAN node: overlay network named Calico, endpoints <sandbox>_Calico, HNS v2 with DSR, WS2022",
		Build: func() *nodegen.Node {
			n := ovv2("win-calico")
			n.RenameNetwork("vxlan0", "Calico")
			return n.Derive()
		}})
	r.add(scenario{Name: "rancher-calico-v1-healthy", What: "Rancher RKE2 tar.gz of a Calico VXLAN node: pod network Calico next to the External 192.168.255.0/30 network rke2 pre-creates, Calico CNI config with a flat SDNROUTE policy, v1 policy lists with IsApplied False",
		Build: func() *nodegen.Node {
			n := ovv1("rke2-calico-00")
			n.Layout, n.Encoding, n.CalicoCNI = nodegen.LayoutRancher, nodegen.EncUTF8BOM, true
			n.RenameNetwork("vxlan0", "Calico")
			return n.Derive()
		}})
	r.add(scenario{Name: "rancher-calico-external-v1-healthy", What: "Rancher RKE2 tar.gz of a Calico VXLAN node whose pod network itself is named External (no separate 192.168.255.0/30 network), v1 policy lists with IsApplied False",
		Build: func() *nodegen.Node {
			n := ovv1("rke2-calico-01")
			n.Layout, n.Encoding, n.CalicoCNI = nodegen.LayoutRancher, nodegen.EncUTF8BOM, true
			n.UseExternalAsPodNetwork()
			return n.Derive()
		}})
	r.add(scenario{Name: "calico-l2bridge-v1-healthy", What: "Calico node in BGP mode (windows-bgp): l2bridge network named Calico with host endpoint Calico_ep, HNS v1",
		Build: func() *nodegen.Node {
			n := l2v1("win-calico-bgp")
			n.RenameNetwork("cbr0", "Calico")
			return n.Derive()
		}})
	r.add(scenario{Name: "calico-overlay-no-pods-v1-healthy", What: "Calico VXLAN node (network Calico, HNS v1) on which no pod runs: only the source-VIP endpoint is local, RemoteSubnetRoute policies exist but no VFP port holds a REMOTESUBNETROUTE rule (projectcalico/calico #8569)",
		Build: func() *nodegen.Node {
			n := ovv1("win-calico-idle")
			n.RenameNetwork("vxlan0", "Calico")
			n.RemovePods()
			n.Derive()
			must(n.DropEncapRules(), "routeencap rules")
			return n
		}})
	r.add(scenario{Name: "calico-v1-mixed-lb-view-healthy", What: "Calico VXLAN node whose load balancers kube-proxy created through HNS v2 but collectlogs listed with the v1 cmdlets: policy lists with IsDSR and HostComputeNetwork, IsApplied False (projectcalico/calico #8465)",
		Build: func() *nodegen.Node {
			n := ovv1("win-calico-mixed")
			n.RenameNetwork("vxlan0", "Calico")
			n.MixedLBView = true
			for _, lb := range n.LBs {
				lb.DSR = lb.VIP != ""
			}
			return n.Derive()
		}})
}

// azureScenarios: AKS Azure CNI nodes, with and without the AKS wrapper.
func azureScenarios(r *registry) {
	r.add(scenario{Name: "aks-azurecni-v2-healthy", What: "AKS zip of an Azure CNI node: networks azure and ext, pods holding VNet addresses (10.240.0.0/16) behind the VNet gateway, no bridge endpoint, OutBoundNAT exceptions from 10-azure.conflist (the VNet only) plus the loopback-DSR OutBoundNAT listing only Destinations, HNS v2 endpoints without allocators (no EndpointPortGuid)",
		Build: func() *nodegen.Node {
			n := l2v2("akswin000003")
			n.Layout, n.NoPortAllocators = nodegen.LayoutAKS, true
			n.UseAzureCNI()
			return n.Derive()
		}})
	r.add(scenario{Name: "azurecni-collectlogs-v2-healthy", What: "collectlogs.ps1 output of an AKS Azure CNI node run by hand (no AKS wrapper: no 10-azure.conflist, no kubeclusterconfig.json), Windows Server 23H2 (build 25398)",
		Build: func() *nodegen.Node {
			n := l2v2("akswin000005")
			n.Build, n.NoPortAllocators = 25398, true
			n.UseAzureCNI()
			return n.Derive()
		}})
	r.add(scenario{Name: "aks-azurecni-exception-missing", What: "AKS zip of an Azure CNI node",
		Broken: "pod client-6c9f8d7b5-q8wlm (10.240.0.14) lacks the OutBoundNAT exception 10.240.0.0/16 (the VNet) that 10-azure.conflist lists",
		Build: func() *nodegen.Node {
			n := l2v2("akswin000004")
			n.Layout = nodegen.LayoutAKS
			n.UseAzureCNI()
			ep := n.EndpointByPod(podClient)
			must(len(ep.Policies) > 0 && ep.Policies[0].Kind == nodegen.PolOutBoundNAT, "OutBoundNAT of "+podClient)
			ep.Policies[0].Exceptions = nil
			return n.Derive()
		}})
}
