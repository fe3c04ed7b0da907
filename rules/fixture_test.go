package rules

import (
	"fmt"
	"net/netip"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/cniconf"
	"github.com/hnsscope/hnsscope/parser/hns"
	"github.com/hnsscope/hnsscope/parser/ipconfig"
	"github.com/hnsscope/hnsscope/parser/netadapter"
	"github.com/hnsscope/hnsscope/parser/portrange"
	"github.com/hnsscope/hnsscope/parser/routes"
	"github.com/hnsscope/hnsscope/parser/services"
	"github.com/hnsscope/hnsscope/parser/vfp"
	"github.com/hnsscope/hnsscope/parser/vfpports"
)

// node is an in-memory node: HNS records plus the VFP state HNS derives
// from them. Tests mutate it before or after derive().
type node struct {
	mode       string
	mgmt       string
	hostMAC    string
	podSubnet  string
	nets       []*hns.Network
	eps        []*hns.Endpoint
	lbs        []*hns.LoadBalancer
	ports      []*vfp.Port
	namespaces []*hns.Namespace
	configs    []*cniconf.Config
	noHost     bool
	ipcfg      *ipconfig.Config
	routeTable *routes.Table
	services   []services.Service
	portsFile  *vfpports.File
	portRanges []*portrange.File
	adapters   []*netadapter.Interface
	noVFP      bool
	overrides  analyzer.ClusterOverrides
}

var (
	clusterCIDR = "10.244.0.0/16"
	serviceCIDR = "10.96.0.0/12"
	nodeSubnet  = "10.240.0.0/16"
	dnsVIP      = "10.96.0.10"
)

func pos(file string, line int) parser.Position { return parser.Position{File: file, Line: line} }

func state(n int) *int { return &n }

// healthyNode builds a healthy l2bridge or overlay node with two pods, a
// remote backend and kube-dns plus one two-backend ClusterIP service.
func healthyNode(mode string) *node {
	n := &node{mode: mode, mgmt: "10.240.0.4", hostMAC: "00:0d:3a:00:00:04", podSubnet: "10.244.1.0/24"}
	gw := "10.244.1.1"
	typ := "L2Bridge"
	name := "cbr0"
	if mode == "overlay" {
		typ, name = "Overlay", "vxlan0"
	}
	vsid := int64(4096)
	net := &hns.Network{Pos: pos("network.txt", 10), Schema: hns.SchemaV1, ID: "net-pod", Name: name, TypeRaw: typ,
		Type: mode, ManagementIP: n.mgmt, Subnets: []hns.Subnet{{Prefix: n.podSubnet, Gateway: gw, VSID: &vsid}},
		HostVnicPortGUID: "port-host", ExternalPortGUID: "port-ext"}
	if mode == "overlay" {
		net.DRMAC = "00:15:5d:aa:bb:cc"
		net.RemoteSubnetRoutes = []hns.RemoteSubnetRoute{
			{DestinationPrefix: "10.244.2.0/24", IsolationID: 4096, ProviderAddress: "10.240.0.5", DRMAC: "00:15:5d:00:00:05"},
			{DestinationPrefix: "10.244.3.0/24", IsolationID: 4096, ProviderAddress: "10.240.0.6", DRMAC: "00:15:5d:00:00:06"},
		}
	}
	n.nets = []*hns.Network{net, {Pos: pos("network.txt", 40), Schema: hns.SchemaV1, ID: "net-nat", Name: "nat",
		TypeRaw: "NAT", Type: "nat", Subnets: []hns.Subnet{{Prefix: "172.20.0.0/20", Gateway: "172.20.0.1"}}}}
	podGW := "10.244.1.2"
	if mode == "overlay" {
		podGW = gw
	} else {
		n.addEndpoint("ep-bridge", "cbr0_ep", "10.244.1.2", false, "00:15:5d:01:01:02", gw)
	}
	n.addEndpoint("ep-a", "sandbox-a_cbr0", "10.244.1.5", false, "00:15:5d:01:01:05", podGW)
	n.addEndpoint("ep-b", "sandbox-b_cbr0", "10.244.1.6", false, "00:15:5d:01:01:06", podGW)
	n.addEndpoint("ep-r", "Ethernet", "10.244.2.7", true, "02:11:0a:f4:02:07", "")
	if mode == "overlay" {
		n.addEndpoint("ep-svip", "sourcevip", "10.244.1.3", false, n.hostMAC, gw)
		n.eps[len(n.eps)-1].OutboundNAT = nil
	}
	n.addLB("lb-dns-udp", dnsVIP, 17, 53, 53, "ep-a")
	n.addLB("lb-dns-tcp", dnsVIP, 6, 53, 53, "ep-a")
	n.addLB("lb-web", "10.96.0.20", 6, 80, 8080, "ep-b", "ep-r")
	return n
}

func (n *node) addEndpoint(id, name, ip string, remote bool, mac, gw string) *hns.Endpoint {
	line := 100 + 40*len(n.eps)
	e := &hns.Endpoint{Pos: pos("endpoint.txt", line), Schema: hns.SchemaV1, ID: id, Name: name, NetworkID: "net-pod",
		IPs: []hns.IPConfig{{Address: ip, PrefixLength: 24}}, MAC: mac, Remote: remote}
	if remote {
		e.State = state(1)
	} else {
		e.State = state(3)
		e.PortGUID = "port-" + id
		e.Gateways = []string{gw}
		e.DNSServers = []string{dnsVIP}
		e.DNSSuffixes = []string{"default.svc.cluster.local", "svc.cluster.local", "cluster.local"}
		exc := []string{clusterCIDR, serviceCIDR}
		if n.mode == "l2bridge" {
			exc = append(exc, nodeSubnet)
		}
		e.OutboundNAT = &hns.OutboundNAT{Exceptions: exc}
		e.Policies = []hns.Policy{{Kind: hns.KindOutboundNAT, OutboundNAT: e.OutboundNAT},
			{Kind: hns.KindRoute, Route: &hns.Route{Prefix: serviceCIDR, NeedEncap: true}}}
		if n.mode == "l2bridge" {
			e.Policies = append(e.Policies, hns.Policy{Kind: hns.KindRoute, Route: &hns.Route{Prefix: n.mgmt + "/32", NeedEncap: true}})
		} else {
			e.Policies = append(e.Policies, hns.Policy{Kind: hns.KindProviderAddress, ProviderAddress: n.mgmt})
		}
	}
	n.eps = append(n.eps, e)
	return e
}

func (n *node) addLB(id, vip string, proto, ext, internal int64, backends ...string) *hns.LoadBalancer {
	lb := &hns.LoadBalancer{Pos: pos("policy.txt", 10+30*len(n.lbs)), Schema: hns.SchemaV2, ID: id, Protocol: proto,
		ExternalPort: ext, InternalPort: internal, DSR: true, Backends: backends}
	if vip != "" {
		lb.VIPs = []string{vip}
	}
	if n.mode == "overlay" {
		lb.SourceVIP = "10.244.1.3"
	}
	n.lbs = append(n.lbs, lb)
	return lb
}

func (n *node) endpoint(id string) *hns.Endpoint {
	for _, e := range n.eps {
		if e.ID == id {
			return e
		}
	}
	panic("no endpoint " + id)
}

func (n *node) port(guid string) *vfp.Port {
	for _, p := range n.ports {
		if p.GUID == guid {
			return p
		}
	}
	panic("no port " + guid)
}

func ipCond(kind vfp.ConditionKind, lo, hi string) vfp.Condition {
	return vfp.Condition{Kind: kind, IPs: []vfp.IPRange{{Low: netip.MustParseAddr(lo), High: netip.MustParseAddr(hi)}}}
}

func portCond(kind vfp.ConditionKind, p int64) vfp.Condition {
	return vfp.Condition{Kind: kind, Ranges: []vfp.NumRange{{Low: uint32(p), High: uint32(p)}}}
}

func protoCond(p int64) vfp.Condition {
	return vfp.Condition{Kind: vfp.CondProtocol, Protocols: []uint16{uint16(p)}}
}

var ruleLine = 1000

func mkRule(name, typ string, conds ...vfp.Condition) *vfp.Rule {
	ruleLine += 7
	return &vfp.Rule{FriendlyName: name, Type: typ, Line: ruleLine, Conditions: conds}
}

func group(name string, rules ...*vfp.Rule) *vfp.Group {
	return &vfp.Group{Name: name, Rules: rules}
}

func layer(name string, groups ...*vfp.Group) *vfp.Layer {
	return &vfp.Layer{Name: name, Groups: groups}
}

func (n *node) backendIPs(lb *hns.LoadBalancer) []vfp.DIPRange {
	var out []vfp.DIPRange
	for _, id := range lb.Backends {
		for _, e := range n.eps {
			if e.ID == id {
				out = append(out, vfp.DIPRange{IP: e.IPs[0].Address, Port: fmt.Sprint(lb.InternalPort)})
			}
		}
	}
	return out
}

func (n *node) snapshot() *analyzer.Snapshot {
	src := func(kind analyzer.SourceKind, path string) []analyzer.SourceFile {
		return []analyzer.SourceFile{{Kind: kind, Path: path, State: analyzer.StatePresent}}
	}
	sources := map[analyzer.SourceKind][]analyzer.SourceFile{
		analyzer.SourceEndpoints:     src(analyzer.SourceEndpoints, "endpoint.txt"),
		analyzer.SourceNetworks:      src(analyzer.SourceNetworks, "network.txt"),
		analyzer.SourceLoadBalancers: src(analyzer.SourceLoadBalancers, "policy.txt"),
	}
	p := &analyzer.Parsed{Endpoints: n.eps, Networks: n.nets, LoadBalancers: n.lbs, Namespaces: n.namespaces, Configs: n.configs}
	if len(n.namespaces) > 0 {
		sources[analyzer.SourceNamespaces] = src(analyzer.SourceNamespaces, "namespaces.txt")
	}
	if !n.noVFP {
		sources[analyzer.SourceVFPDump] = src(analyzer.SourceVFPDump, "vfpOutput.txt")
		p.VFP = []*vfp.Dump{{File: "vfpOutput.txt", Ports: n.ports}}
	}
	if !n.noHost {
		if n.ipcfg == nil {
			n.ipcfg = n.hostConfig()
		}
		if n.routeTable == nil {
			n.routeTable = n.hostRoutes()
		}
		sources[analyzer.SourceIPConfig] = src(analyzer.SourceIPConfig, "ip.txt")
		sources[analyzer.SourceRoutes] = src(analyzer.SourceRoutes, "routes.txt")
		p.IPConfig = []*ipconfig.Config{n.ipcfg}
		p.Routes = []*routes.Table{n.routeTable}
	}
	if n.services == nil {
		for _, name := range []string{"hns", "vfpext", "kubelet", "kubeproxy", "containerd", "dnscache"} {
			n.services = append(n.services, services.Service{Name: name, State: "Running", Installed: true, Pos: pos("windowsServices.txt", 5)})
		}
	}
	if n.portsFile != nil {
		sources[analyzer.SourceVFPPorts] = src(analyzer.SourceVFPPorts, "ports.txt")
		p.VFPPorts = []*vfpports.File{n.portsFile}
	}
	if n.portRanges != nil {
		sources[analyzer.SourcePortReservations] = src(analyzer.SourcePortReservations, "dynamicportrange.txt")
		p.PortRanges = n.portRanges
	}
	p.AdapterDetails = n.adapters
	sources[analyzer.SourceServices] = src(analyzer.SourceServices, "windowsServices.txt")
	p.Services = n.services
	return analyzer.NewSnapshot(sources, p, n.overrides, nil)
}
