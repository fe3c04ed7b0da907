package main

import "github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"

// Base variants every broken scenario starts from.
func l2v1(name string) *nodegen.Node {
	return nodegen.NewHealthy(nodegen.Options{Name: name, Mode: nodegen.L2Bridge, Schema: nodegen.SchemaV1,
		Era: nodegen.EraTableV1, Encoding: nodegen.EncUTF16, VFP: nodegen.VFPListRule})
}

func l2v2(name string) *nodegen.Node {
	return nodegen.NewHealthy(nodegen.Options{Name: name, Mode: nodegen.L2Bridge, Schema: nodegen.SchemaV2,
		Era: nodegen.EraTableV2, Encoding: nodegen.EncUTF16, VFP: nodegen.VFPRuleCounter, Build: 20348})
}

// ovv1 runs WS2022: RemoteSubnetRoute policies need build 18301 or later.
func ovv1(name string) *nodegen.Node {
	return nodegen.NewHealthy(nodegen.Options{Name: name, Mode: nodegen.Overlay, Schema: nodegen.SchemaV1,
		Era: nodegen.EraTableV1, Encoding: nodegen.EncUTF16, VFP: nodegen.VFPListRule, Build: 20348})
}

func ovv2(name string) *nodegen.Node {
	return nodegen.NewHealthy(nodegen.Options{Name: name, Mode: nodegen.Overlay, Schema: nodegen.SchemaV2,
		Era: nodegen.EraTableV2, Encoding: nodegen.EncUTF16, VFP: nodegen.VFPRuleCounter, Build: 20348})
}

func healthyScenarios(r *registry) {
	r.add(scenario{Name: "l2bridge-v1-healthy", What: "flannel host-gw l2bridge node, collectlogs 2021-2022 (tables + HNS v1), WS2019, UTF-16LE",
		Build: func() *nodegen.Node { return l2v1("win-l2b-v1").Derive() }})
	r.add(scenario{Name: "l2bridge-v2-healthy", What: "flannel host-gw l2bridge node, collectlogs 2024 (tables + HNS v2, DSR), WS2022, UTF-16LE, get-rule-counter",
		Build: func() *nodegen.Node { return l2v2("win-l2b-v2").Derive() }})
	r.add(scenario{Name: "overlay-v1-healthy", What: "flannel VXLAN overlay node, HNS v1, WS2022, UTF-16LE",
		Build: func() *nodegen.Node { return ovv1("win-ovl-v1").Derive() }})
	r.add(scenario{Name: "overlay-v2-healthy", What: "flannel VXLAN overlay node, HNS v2 with DSR, WS2022, UTF-16LE, get-rule-counter",
		Build: func() *nodegen.Node { return ovv2("win-ovl-v2").Derive() }})
	r.add(scenario{Name: "l2bridge-v2-ps7-healthy", What: "l2bridge HNS v2 node collected under PowerShell 7: UTF-8 without BOM, 2-space JSON, … truncation",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-ps7")
			n.Encoding = nodegen.EncUTF8
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-json2018-healthy", What: "l2bridge node, collectlogs before 2018-07-02: pure JSON HNS files, UTF-16 vfpOutput without port table, build 17134",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-2018")
			n.Era, n.Build = nodegen.EraJSON2018, 17134
			n.HotFixes = nil
			return n.Derive()
		}})
	r.add(scenario{Name: "aks-l2bridge-v2-healthy", What: "AKS collect-windows-logs zip (flattened, backslash entry names) of an l2bridge HNS v2 node with kubelet/kube-proxy/containerd/azure-vnet logs, kubeclusterconfig.json and 10-azure.conflist",
		Build: func() *nodegen.Node {
			n := l2v2("akswin000000")
			n.Layout = nodegen.LayoutAKS
			return n.Derive()
		}})
	r.add(scenario{Name: "rancher-overlay-v1-healthy", What: "Rancher RKE2 tar.gz (./network/hns/..., UTF-8 with BOM, v1 policy lists, hnsdiag table form, no vfpOutput.txt) of an overlay node",
		Build: func() *nodegen.Node {
			n := ovv1("rke2-win-01")
			n.Layout, n.Encoding = nodegen.LayoutRancher, nodegen.EncUTF8BOM
			return n.Derive()
		}})
}
