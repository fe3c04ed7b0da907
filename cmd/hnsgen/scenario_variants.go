package main

import "github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"

// variantScenarios are collector generations and states that parsers and
// rules must tolerate without reporting a defect, plus source-state defects.
func variantScenarios(r *registry) {
	r.add(scenario{Name: "l2bridge-table2019-healthy", What: "l2bridge HNS v1 node, collectlogs 2019-02 .. 2019-06: endpoint table with an Id column, hnsdiag and mtu.txt, no networkdetailed, no cmdlet sections in ip.txt / routes.txt, no port counters",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-2019")
			n.Era = nodegen.EraTable2019
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-v2-listrule-and-counter-healthy", What: "l2bridge HNS v2 node whose dumpVfpPolicies.ps1 (2023-03-25 .. 04-09) ran both /list-rule and /get-rule-counter per port",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-both")
			n.VFP = nodegen.VFPBoth
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-v1-kubeproxy-restart-healthy", What: "l2bridge HNS v1 node collected right after kube-proxy restarted: no load balancers yet, remote endpoints still present (nothing is stale)",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-kprestart")
			n.LBs = nil
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-vfp-port-error", What: "l2bridge v1 node",
		Broken: "every vfpctrl command on the port of pod " + podClient + " printed ERROR: (port state unknown, not blocked)",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-porterr").Derive()
			p := n.Port(n.EndpointByPod(podClient))
			p.StateError = "Failed to find port " + p.Name + ". Element not found."
			return n
		}})
	r.add(scenario{Name: "aks-collectlogs-missing", What: "AKS zip from the 2023-06 .. 2024-04 collectlogs.ps1 whose wrapper zipped the wrong C:\\k\\debug folder",
		Broken: "the zip holds kubelet/kube-proxy logs and kubeclusterconfig.json but no collectlogs output at all (no endpoint.txt, network.txt, vfpOutput.txt ...)",
		Build: func() *nodegen.Node {
			n := l2v2("akswin000002")
			n.Layout, n.WrongDirZipped = nodegen.LayoutAKS, true
			return n.Derive()
		}})
}

// sourceScenarios damage how the data was collected rather than the node.
func sourceScenarios(r *registry) {
	r.add(scenario{Name: "l2bridge-v1-narrow-console-healthy", What: "l2bridge HNS v1 node collected from an 80-column host: wide PowerShell tables (Get-NetRoute, Get-NetIPInterface, Get-NetAdapter, Get-NetNeighbor) lose their right-hand columns",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-narrow")
			n.ConsoleWidth = 80
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-v1-hnsdiag-usage-healthy", What: "l2bridge HNS v1 node whose hnsdiag.exe does not know `list all -d`: hnsdiag.txt holds the usage banner instead of objects",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-hnsdiagusage").Derive()
			n.ExtraFiles = []nodegen.File{{Path: "hnsdiag.txt", Data: nodegen.Encode(nodegen.EncUTF16, nodegen.CRLF(hnsdiagUsage))}}
			return n
		}})
	r.add(scenario{Name: "l2bridge-truncated-vfpoutput", What: "l2bridge HNS v2 node whose collector was killed while dumping VFP",
		Broken: "vfpOutput.txt ends in the middle of a rule of the third pod port (no terminator, later ports absent)",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-truncvfp").Derive()
			for _, f := range n.CollectLogsFiles() {
				if f.Path == "vfpOutput.txt" {
					cut := len(f.Data) * 3 / 5
					n.ExtraFiles = []nodegen.File{{Path: f.Path, Data: f.Data[:cut]}}
				}
			}
			return n
		}})
}

const hnsdiagUsage = `Copyright (c) Microsoft Corporation. All rights reserved.

hnsdiag <command> <object> [options ...]

Commands
    list <object>                    List all the objects of this type.
    delete <object> <id>             Delete the object with this id.

Objects
    All
    Endpoints
    Loadbalancers
    Namespaces
    Networks

Flags
    -d                               Output detailed information.
`
