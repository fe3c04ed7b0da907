package rules

import (
	"github.com/hnsscope/hnsscope/parser/ipconfig"
	"github.com/hnsscope/hnsscope/parser/netadapter"
	"github.com/hnsscope/hnsscope/parser/portrange"
)

// withInterfaceMTUs adds Get-NetIPInterface rows: the host vNIC (ifIndex
// 14) and every pod adapter with the given MTUs.
func withInterfaceMTUs(n *node, host, pod int) {
	n.ipcfg = n.hostConfig()
	n.ipcfg.Interfaces = append(n.ipcfg.Interfaces, ipconfig.NetIPInterface{IfIndex: 14, Family: "IPv4", MTU: &host, Pos: pos("ip.txt", 500)})
	for _, c := range n.ipcfg.Compartments[1:] {
		for _, a := range c.Adapters {
			n.ipcfg.Interfaces = append(n.ipcfg.Interfaces, ipconfig.NetIPInterface{IfIndex: a.IfIndex, Family: "IPv4", MTU: &pod,
				Pos: pos("ip.txt", 500+a.IfIndex)})
		}
	}
}

func dynamicFile(proto string, start, count int) portrange.Section {
	return portrange.Section{Protocol: proto, Kind: portrange.KindDynamic, Pos: pos("dynamicportrange.txt", 2),
		Dynamic: &portrange.DynamicRange{Start: start, Count: count, CountLine: 5, Pos: pos("dynamicportrange.txt", 4)}}
}

func init() {
	scenarios = append(scenarios,
		scenario{rule: "HNS-OVL-007", mode: "overlay", object: "10.244.1.5",
			before: func(n *node) {
				for _, e := range n.eps {
					e.EncapOverhead = 50
				}
			},
			after: func(n *node) { withInterfaceMTUs(n, 1500, 1500) }},
		// No EncapOverhead stated: the VXLAN 50 bytes still apply, against
		// the physical NIC the network is bound to.
		scenario{rule: "HNS-OVL-007", mode: "overlay", object: "Ethernet 2",
			before: func(n *node) { n.nets[0].AdapterName = "Ethernet 2" },
			after: func(n *node) {
				withInterfaceMTUs(n, 9000, 1480)
				mtu, props := 1500, pos("adapters/Ethernet 2_int.txt", 25)
				n.adapters = []*netadapter.Interface{{Name: "Ethernet 2", IfIndex: 6, MtuSize: &mtu,
					Pos: pos("adapters/Ethernet 2_int.txt", 2), PropertiesPos: &props}}
			}},
		scenario{rule: "HNS-NET-006", mode: "l2bridge", object: "UDP",
			after: func(n *node) {
				n.portRanges = []*portrange.File{{Sections: []portrange.Section{dynamicFile("tcp", 49152, 16384), dynamicFile("udp", 49152, 16384),
					{Protocol: "udp", Kind: portrange.KindExcluded, Pos: pos("excludedportrange.txt", 12), Excluded: []portrange.ExcludedRange{
						{Start: 49152, End: 65000, Pos: pos("excludedportrange.txt", 16)}}}}}}
			}},
	)
}
