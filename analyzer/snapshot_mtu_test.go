package analyzer

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/ipconfig"
	"github.com/hnsscope/hnsscope/parser/mtu"
	"github.com/hnsscope/hnsscope/parser/netadapter"
)

func TestInterfaceMTU(t *testing.T) {
	at := func(file string, line int) parser.Position { return parser.Position{File: file, Line: line} }
	v := func(n int) *int { return &n }
	props := at("adapters/vEthernet (Ethernet 2)_int.txt", 30)
	p := &Parsed{
		IPConfig: []*ipconfig.Config{{Interfaces: []ipconfig.NetIPInterface{
			{IfIndex: 14, Family: "IPv6", MTU: v(1280), Pos: at("ip.txt", 300)},
			{IfIndex: 14, Family: "IPv4", MTU: v(1500), Pos: at("ip.txt", 310)},
			{IfIndex: 26, Family: "IPv4", MTU: v(1450), Pos: at("ip.txt", 311)},
		}}},
		MTU: []mtu.Interface{
			{IfIndex: 14, MTU: 1500, Name: "vEthernet (Ethernet 2)", Source: mtu.SourceInterfaces, Pos: at("mtu.txt", 5)},
			{MTU: 9000, Name: "Ethernet 2", Source: mtu.SourceSubinterfaces, Pos: at("network/ipv4subinterfaces", 4)},
		},
		AdapterDetails: []*netadapter.Interface{{Name: "vEthernet (Ethernet 2)", IfIndex: 14, LinkMTU: v(1500), MtuSize: v(1500),
			Settings: []netadapter.Setting{{Key: "IfLuid", Line: 4}, {Key: "Link MTU", Value: "1500 bytes", Line: 8}},
			Pos:      at("adapters/vEthernet (Ethernet 2)_int.txt", 4), PropertiesPos: &props, Properties: map[string]string{"MtuSize": "1500"}}},
	}
	s := NewSnapshot(nil, p, ClusterOverrides{}, nil)
	type got struct {
		MTU  int64
		From string
		Line int
		Hint string
	}
	summary := func(rs []MTUReading) []got {
		var out []got
		for _, r := range rs {
			out = append(out, got{r.MTU, r.From, r.Pos.Line, r.Hint})
		}
		return out
	}
	want := []got{{1500, "Get-NetIPInterface", 310, ""}, {1500, "netsh interface ipv4 show interfaces", 5, ""},
		{1500, "netsh Link MTU", 8, "Link MTU"}, {1500, "Get-NetAdapter MtuSize", 30, "MtuSize"}}
	if diff := cmp.Diff(want, summary(s.InterfaceMTU(14, "vEthernet (Ethernet 2)"))); diff != "" {
		t.Errorf("host vNIC (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]got{{9000, "netsh interface ipv4 show subinterfaces", 4, ""}}, summary(s.InterfaceMTU(0, "ethernet 2"))); diff != "" {
		t.Errorf("by name (-want +got):\n%s", diff)
	}
	if rs := s.InterfaceMTU(99, ""); len(rs) != 0 {
		t.Errorf("unknown interface: %+v", rs)
	}
}
