package rules

import (
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/parser/ipconfig"
	"github.com/hnsscope/hnsscope/parser/routes"
)

// hostConfig builds ip.txt: host vNIC and bridge endpoint in compartment
// 1, each pod in its own compartment.
func (n *node) hostConfig() *ipconfig.Config {
	host := ipconfig.Compartment{ID: 1, Pos: pos("ip.txt", 1), Adapters: []ipconfig.Adapter{{
		Name: "vEthernet (Ethernet 2)", MAC: strings.ToUpper(strings.ReplaceAll(n.hostMAC, ":", "-")), IfIndex: 14,
		Addresses: []ipconfig.Address{{IP: netip.MustParseAddr(n.mgmt), Kind: "ipv4", Prefix: netip.MustParsePrefix(nodeSubnet)}},
		Gateways:  []netip.Addr{netip.MustParseAddr("10.240.0.1")}, Pos: pos("ip.txt", 10)},
		{Name: "vEthernet (nat)", IfIndex: 9, Addresses: []ipconfig.Address{{IP: netip.MustParseAddr("172.20.0.1"), Kind: "ipv4"}}, Pos: pos("ip.txt", 30)}}}
	cfg := &ipconfig.Config{Compartments: []ipconfig.Compartment{host}}
	for i, e := range n.eps {
		if e.Remote {
			continue
		}
		a := ipconfig.Adapter{Name: "vEthernet (" + e.ID + ")", MAC: e.MAC, IfIndex: 20 + i, Pos: pos("ip.txt", 100+20*i),
			Addresses: []ipconfig.Address{{IP: netip.MustParseAddr(e.IPs[0].Address), Kind: "ipv4"}}}
		if strings.HasSuffix(e.Name, "_ep") {
			cfg.Compartments[0].Adapters = append(cfg.Compartments[0].Adapters, a)
			continue
		}
		if len(e.Gateways) > 0 {
			a.Gateways = []netip.Addr{netip.MustParseAddr(e.Gateways[0])}
		}
		a.DNSServers = []netip.Addr{netip.MustParseAddr(dnsVIP)}
		a.DNSSuffixSearch = e.DNSSuffixes
		cfg.Compartments = append(cfg.Compartments, ipconfig.Compartment{ID: 2 + i, Pos: pos("ip.txt", 99+20*i), Adapters: []ipconfig.Adapter{a}})
	}
	return cfg
}

// hostRoutes builds routes.txt: on l2bridge one route per remote node pod
// subnet via the node IP and the own pod subnet on the bridge endpoint.
func (n *node) hostRoutes() *routes.Table {
	t := &routes.Table{}
	add := func(dst, hop, ifIP string, store string) {
		r := routes.Route{Compartment: 1, Destination: netip.MustParsePrefix(dst), InterfaceIP: netip.MustParseAddr(ifIP),
			Store: store, Source: routes.SourceRoutePrintV4, Pos: pos("routes.txt", 10+len(t.Routes))}
		if hop == "" {
			r.OnLink = true
		} else {
			r.NextHop = netip.MustParseAddr(hop)
		}
		t.Routes = append(t.Routes, r)
	}
	add("0.0.0.0/0", "10.240.0.1", n.mgmt, routes.StoreActive)
	add(nodeSubnet, "", n.mgmt, routes.StoreActive)
	add("172.20.0.0/20", "", "172.20.0.1", routes.StoreActive)
	if n.mode == "l2bridge" {
		add(n.podSubnet, "", "10.244.1.2", routes.StoreActive)
		for _, r := range remoteNodes {
			add(r.subnet, r.ip, n.mgmt, routes.StoreActive)
			add(r.subnet, r.ip, n.mgmt, routes.StorePersistent)
		}
	}
	return t
}

var remoteNodes = []struct{ subnet, ip string }{
	{"10.244.0.0/24", "10.240.0.10"}, {"10.244.2.0/24", "10.240.0.5"}, {"10.244.3.0/24", "10.240.0.6"},
}
