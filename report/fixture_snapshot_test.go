package report

import (
	"net/netip"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/hns"
	"github.com/hnsscope/hnsscope/parser/ipconfig"
	"github.com/hnsscope/hnsscope/parser/routes"
	"github.com/hnsscope/hnsscope/parser/vfp"
	"github.com/hnsscope/hnsscope/parser/winver"
)

// sampleSnapshot is a small overlay node: one network, a local and a
// remote endpoint, a load balancer and one VFP port with a rule tree.
func sampleSnapshot(podName string) *analyzer.Snapshot {
	state, metric := 2, 5
	nw := &analyzer.Network{Network: &hns.Network{
		Pos: parser.Position{File: "c/network.txt", Line: 12}, ID: "net-1", Name: "vxlan0", TypeRaw: "Overlay", Type: "overlay",
		Subnets: []hns.Subnet{{Prefix: "10.244.1.0/24", Gateway: "10.244.1.1"}}, ManagementIP: "192.168.0.10", DRMAC: "00-15-5d-00-00-01",
	}}
	local := &analyzer.Endpoint{Endpoint: &hns.Endpoint{
		Pos: parser.Position{File: "c/endpoint.txt", Line: 40}, ID: "ep-a1", Name: podName,
		IPs: []hns.IPConfig{{Address: "10.244.1.5"}}, MAC: "00-15-5d-aa-bb-01", Gateways: []string{"10.244.1.1"}, State: &state,
	}, IP: netip.MustParseAddr("10.244.1.5"), Network: nw, Role: analyzer.EndpointPod, JoinedBy: "EndpointPortGuid"}
	remote := &analyzer.Endpoint{Endpoint: &hns.Endpoint{
		Pos: parser.Position{File: "c/endpoint.txt", Line: 90}, ID: "ep-r1", Name: "remote-ep",
		IPs: []hns.IPConfig{{Address: "10.244.2.7"}}, MAC: "00-15-5d-cc-dd-02", Remote: true,
	}, IP: netip.MustParseAddr("10.244.2.7"), Network: nw, Role: analyzer.EndpointRemote}
	nw.Endpoints = []*analyzer.Endpoint{local, remote}
	lb := &analyzer.LoadBalancer{LoadBalancer: &hns.LoadBalancer{
		Pos: parser.Position{File: "c/policy.txt", Line: 3}, ID: "lb-1", VIPs: []string{"10.96.0.10"},
		Protocol: 17, InternalPort: 53, ExternalPort: 53, DSR: true, Backends: []string{"ep-a1", "ep-gone"},
	}, VIPAddrs: []netip.Addr{netip.MustParseAddr("10.96.0.10")}, Backends: []*analyzer.Endpoint{local}, MissingBackends: []string{"ep-gone"}}
	rule := &vfp.Rule{ID: "LB_DSR_53", Line: 220, Priority: 100, Type: "lbnat",
		Conditions: []vfp.Condition{{Label: "Destination IP", Kind: vfp.CondDestinationIP,
			IPs: []vfp.IPRange{{Low: netip.MustParseAddr("10.96.0.10"), High: netip.MustParseAddr("10.96.0.10")}}}},
		DIPRanges: []vfp.DIPRange{{Line: 225, IP: "10.244.1.5", Port: "53"}},
		Counters:  &vfp.Counters{MatchedPackets: 12, DroppedPackets: 1}}
	port := &analyzer.Port{Port: &vfp.Port{GUID: "PORT-GUID-1", Line: 200, Layers: []*vfp.Layer{{
		Name: "SLB_NAT_LAYER", Line: 210, Priority: 200,
		Groups: []*vfp.Group{{Name: "SLB_GROUP_NAT_IPv4_IN", Line: 215, Direction: "IN", Priority: 100, Rules: []*vfp.Rule{rule}}},
	}}}, File: "c/vfpOutput.txt", Role: analyzer.RolePod, Endpoint: local, JoinedBy: "EndpointPortGuid", MAC: "00-15-5d-aa-bb-01"}
	local.Port = port
	return &analyzer.Snapshot{
		Networks: []*analyzer.Network{nw}, Endpoints: []*analyzer.Endpoint{local, remote},
		LoadBalancers: []*analyzer.LoadBalancer{lb}, Ports: []*analyzer.Port{port},
		Routes: []routes.Route{{Destination: netip.MustParsePrefix("10.244.2.0/24"), NextHop: netip.MustParseAddr("192.168.0.11"),
			IfIndex: 7, RouteMetric: &metric, IfMetric: &metric, Store: "ActiveStore", Pos: parser.Position{File: "c/routes.txt", Line: 30}}},
		Adapters: []*analyzer.Adapter{{Adapter: &ipconfig.Adapter{Name: "vEthernet (" + podName + ")", MAC: "00-15-5D-AA-BB-01",
			Addresses: []ipconfig.Address{{IP: netip.MustParseAddr("10.244.1.5")}}, Gateways: []netip.Addr{netip.MustParseAddr("10.244.1.1")},
			DNSServers: []netip.Addr{netip.MustParseAddr("10.96.0.10")}, Pos: parser.Position{File: "c/ip.txt", Line: 44}},
			Compartment: 3, Endpoint: local}},
		Winver: &winver.Info{Major: 10, Build: 17763, Revision: 5458, Release: "1809"},
		Parsed: &analyzer.Parsed{RouteLists: []*hns.RouteList{{Pos: parser.Position{File: "c/routes.txt", Line: 1}, ID: "rl-1",
			Routes: []hns.Route{{Prefix: "10.244.2.0/24", NextHop: "192.168.0.11", NeedEncap: true}}, Endpoints: []string{"ep-a1"}}}},
	}
}
