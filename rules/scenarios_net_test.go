package rules

import (
	"github.com/hnsscope/hnsscope/parser/cniconf"
	"github.com/hnsscope/hnsscope/parser/hns"
	"github.com/hnsscope/hnsscope/parser/vfp"
	"github.com/hnsscope/hnsscope/parser/vfpports"
)

func init() {
	scenarios = append(scenarios,
		scenario{rule: "HNS-NET-001", mode: "l2bridge", object: "169.254.10.4",
			before: func(n *node) { n.nets[0].ManagementIP = "169.254.10.4" }},
		scenario{rule: "HNS-NET-002", mode: "overlay", object: "flannel.4096",
			before: func(n *node) {
				n.configs = append(n.configs, &cniconf.Config{File: "cni/config/cni.conf", Format: cniconf.FormatCNI,
					NetworkName: cniconf.Value{Value: "flannel.4096", Pos: pos("cni/config/cni.conf", 2)}})
			}},
		scenario{rule: "HNS-NET-002", mode: "l2bridge", object: "net-gone",
			before: func(n *node) { n.endpoint("ep-b").NetworkID = "net-gone" }},
		scenario{rule: "HNS-NET-003", mode: "l2bridge", object: "SNAT_TCP_OUTBOUNDNAT_H1",
			after: func(n *node) {
				for _, r := range n.port("port-ep-a").Layers[1].Groups[1].Rules {
					if r.FriendlyName == "SNAT_TCP_OUTBOUNDNAT_H1" {
						r.Counters = &vfp.Counters{Line: r.Line + 9, MatchedPackets: 10, DroppedPackets: 42}
					}
				}
			}},
	)
}

func init() {
	scenarios = append(scenarios, scenario{rule: "HNS-NET-002", mode: "overlay", object: "External",
		before: func(n *node) {
			n.nets[0].Name, n.nets[0].Type = "External", "l2bridge"
			var keep []*hns.Endpoint
			for _, e := range n.eps {
				if e.Remote {
					keep = append(keep, e)
				}
			}
			n.eps = keep
		}})
}

func init() {
	scenarios = append(scenarios, scenario{rule: "HNS-NET-004", mode: "l2bridge", object: "kubeproxy",
		after: func(n *node) {
			n.snapshot() // fills the default service list
			n.services[3].State = "Stopped"
		}})
}

func init() {
	scenarios = append(scenarios, scenario{rule: "HNS-NET-005", mode: "l2bridge", object: "port-ep-b",
		after: func(n *node) {
			n.portsFile = &vfpports.File{File: "ports.txt", Ports: []*vfpports.Port{{Name: "port-ep-b", FriendlyName: "ep-b",
				Drops: []vfpports.Drop{{Direction: "Ingress", Reason: "Policy drop", Count: 17, Line: 40}}}}}
		}})
}
