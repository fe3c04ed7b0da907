package analyzer

import (
	"net/netip"
	"testing"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/cniconf"
	"github.com/hnsscope/hnsscope/parser/hns"
	"github.com/hnsscope/hnsscope/parser/ipconfig"
	"github.com/hnsscope/hnsscope/parser/vfp"
	"github.com/hnsscope/hnsscope/parser/vfpports"
)

func three() *int { n := 3; return &n }

// testParsed is a small l2bridge node: network, bridge endpoint, two pods,
// a remote backend, DNS load balancers and VFP ports of every kind.
func testParsed() *Parsed {
	exc := []string{"10.244.0.0/16", "10.96.0.0/12", "10.240.0.0/16"}
	pod := func(id, ip, mac, port string) *hns.Endpoint {
		return &hns.Endpoint{ID: id, Name: id + "_cbr0", NetworkID: "net1", IPs: []hns.IPConfig{{Address: ip}}, MAC: mac,
			PortGUID: port, State: three(), Gateways: []string{"10.244.1.2"}, DNSServers: []string{"10.96.0.10"},
			OutboundNAT: &hns.OutboundNAT{Exceptions: exc},
			Policies:    []hns.Policy{{Kind: hns.KindRoute, Route: &hns.Route{Prefix: "10.96.0.0/12", NeedEncap: true}}}}
	}
	return &Parsed{
		Networks: []*hns.Network{{ID: "net1", Name: "cbr0", Type: "l2bridge", ManagementIP: "10.240.0.4",
			Subnets: []hns.Subnet{{Prefix: "10.244.1.0/24"}}, HostVnicPortGUID: "aaaa0000-0000-0000-0000-000000000001"},
			{ID: "net2", Name: "nat", Type: "nat", Subnets: []hns.Subnet{{Prefix: "172.20.0.0/20"}}}},
		Endpoints: []*hns.Endpoint{
			{ID: "ep0", Name: "cbr0_ep", NetworkID: "net1", IPs: []hns.IPConfig{{Address: "10.244.1.2"}}, MAC: "00:15:5d:00:00:02", PortGUID: "p0"},
			pod("ep1", "10.244.1.5", "00:15:5d:00:00:05", "P1"),
			pod("ep2", "10.244.1.6", "00:15:5d:00:00:06", ""),
			{ID: "ep3", Name: "Ethernet", NetworkID: "net1", IPs: []hns.IPConfig{{Address: "10.244.2.7"}}, Remote: true},
		},
		LoadBalancers: []*hns.LoadBalancer{
			{ID: "lb1", VIPs: []string{"10.96.0.10"}, Protocol: 17, InternalPort: 53, ExternalPort: 53, Backends: []string{"ep1", "ep3"}},
			{ID: "lb2", VIPs: []string{"10.96.0.10"}, Protocol: 6, InternalPort: 53, ExternalPort: 53, Backends: []string{"ep1", "gone"}},
		},
		VFP: []*vfp.Dump{{File: "vfpOutput.txt", Ports: []*vfp.Port{
			{GUID: "p1"}, {GUID: "P0"}, {GUID: "AAAA0000-0000-0000-0000-000000000001"},
			{GUID: "bbbb0000-0000-0000-0000-000000000009"}, {GUID: "cccc0000-0000-0000-0000-000000000002"},
		}}},
		VFPPorts: []*vfpports.File{{Ports: []*vfpports.Port{
			{Name: "CCCC0000-0000-0000-0000-000000000002", MAC: "00155d000006", FriendlyName: "ep2-port"},
			{Name: "bbbb0000-0000-0000-0000-000000000009", MAC: "00155d0000ff", FriendlyName: "9E1D8C44-2D6B-4E6A-9C11-0123456789AB"},
		}}},
		IPConfig: []*ipconfig.Config{{Compartments: []ipconfig.Compartment{
			{ID: 1, Pos: parser.Position{File: "ip.txt", Line: 1}, Adapters: []ipconfig.Adapter{
				{Name: "vEthernet (Ethernet 2)", MAC: "00-0D-3A-00-00-04", Addresses: []ipconfig.Address{{IP: netip.MustParseAddr("10.240.0.4")}}},
				{Name: "vEthernet (cbr0_ep)", Addresses: []ipconfig.Address{{IP: netip.MustParseAddr("10.244.1.2")}}}}},
			{ID: 5, Adapters: []ipconfig.Adapter{{Name: "vEthernet (ep1)", Addresses: []ipconfig.Address{{IP: netip.MustParseAddr("10.244.1.5")}}}}},
		}}},
	}
}

func TestCorrelation(t *testing.T) {
	s := NewSnapshot(nil, testParsed(), ClusterOverrides{}, nil)
	if s.PodNetwork == nil || s.PodNetwork.Name != "cbr0" || s.Mode != "l2bridge" {
		t.Fatalf("pod network %v mode %q", s.PodNetwork, s.Mode)
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"pod endpoints exclude the bridge endpoint", len(s.PodEndpoints()), 2},
		{"bridge role", s.EndpointByID("ep0").Role, EndpointBridge},
		{"port joined by EndpointPortGuid, case-insensitive", s.EndpointByID("ep1").Port != nil && s.EndpointByID("ep1").JoinedBy == "EndpointPortGuid", true},
		{"endpoint without port GUID joined by ports.txt MAC", s.EndpointByID("ep2").Port != nil && s.EndpointByID("ep2").JoinedBy == "mac", true},
		{"orphan pod-looking port", len(s.OrphanPorts()) == 1 && s.OrphanPorts()[0].GUID == "bbbb0000-0000-0000-0000-000000000009", true},
		{"host vNIC port", s.PodNetwork.HostVNIC != nil && s.PodNetwork.HostVNIC.Role == RoleHostVNIC, true},
		{"unattributed port stays unknown", s.Ports[3].Role, RoleUnknown},
		{"LB backend resolved", len(s.LoadBalancers[0].Backends), 2},
		{"dangling backend kept", s.LoadBalancers[1].MissingBackends, []string{"gone"}},
		{"endpoint knows its LBs", len(s.EndpointByID("ep1").LoadBalancers), 2},
		{"pod adapter joined by IP", s.EndpointByID("ep1").Adapter != nil && s.EndpointByID("ep1").Adapter.Compartment == 5, true},
		{"bridge adapter in host compartment", s.EndpointByID("ep0").Adapter.Compartment, 1},
		{"host MAC from the adapter holding the management IP", s.HostMAC, "00:0d:3a:00:00:04"},
		{"management IP", s.ManagementIP.String(), "10.240.0.4"},
	}
	for _, tt := range tests {
		if !equal(tt.got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func equal(a, b any) bool {
	as, ok1 := a.([]string)
	bs, ok2 := b.([]string)
	if ok1 && ok2 {
		if len(as) != len(bs) {
			return false
		}
		for i := range as {
			if as[i] != bs[i] {
				return false
			}
		}
		return true
	}
	return a == b
}

func TestClusterInference(t *testing.T) {
	s := NewSnapshot(nil, testParsed(), ClusterOverrides{}, nil)
	c := s.Cluster
	want := map[string]Param{
		"cluster": {Value: "10.244.0.0/16", Origin: OriginInferred}, "service": {Value: "10.96.0.0/12", Origin: OriginInferred},
		"node": {Value: "10.240.0.0/16", Origin: OriginInferred}, "pod": {Value: "10.244.1.0/24", Origin: OriginInferred},
		"dns": {Value: "10.96.0.10", Origin: OriginInferred}, "mgmt": {Value: "10.240.0.4", Origin: OriginInferred},
	}
	got := map[string]Param{"cluster": c.ClusterCIDR, "service": c.ServiceCIDR, "node": c.NodeSubnet, "pod": c.PodSubnet,
		"dns": c.DNSIP, "mgmt": c.ManagementIP}
	for k, w := range want {
		if got[k].Value != w.Value || got[k].Origin != w.Origin || got[k].From == "" {
			t.Errorf("%s: got %+v, want %s (%s) with a source", k, got[k], w.Value, w.Origin)
		}
	}
}

func TestClusterPrecedence(t *testing.T) {
	p := testParsed()
	p.Configs = []*cniconf.Config{
		{File: "cni.conf", Format: cniconf.FormatCNI, DNSIP: cniconf.Value{Value: "10.0.0.53", Pos: parser.Position{File: "cni.conf", Line: 4}}},
		{File: "kubeclusterconfig.json", Format: cniconf.FormatClusterConfig,
			ServiceCIDR: cniconf.Value{Value: "10.0.0.0/16", Pos: parser.Position{File: "kubeclusterconfig.json", Line: 9}},
			DNSIP:       cniconf.Value{Value: "10.0.0.10", Pos: parser.Position{File: "kubeclusterconfig.json", Line: 10}}},
	}
	s := NewSnapshot(nil, p, ClusterOverrides{ClusterCIDR: "10.250.0.0/16"}, nil)
	c := s.Cluster
	tests := []struct {
		name        string
		got         Param
		value, orig string
	}{
		{"flag wins", c.ClusterCIDR, "10.250.0.0/16", OriginFlag},
		{"cluster config beats CNI config", c.DNSIP, "10.0.0.10", OriginConfig},
		{"config beats inference", c.ServiceCIDR, "10.0.0.0/16", OriginConfig},
	}
	for _, tt := range tests {
		if tt.got.Value != tt.value || tt.got.Origin != tt.orig {
			t.Errorf("%s: got %+v, want %s (%s)", tt.name, tt.got, tt.value, tt.orig)
		}
	}
	if c.DNSIP.From != "kubeclusterconfig.json:10 " && c.DNSIP.From != "kubeclusterconfig.json:10" {
		t.Errorf("DNS IP from %q", c.DNSIP.From)
	}
}
