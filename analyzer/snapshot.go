package analyzer

import (
	"fmt"
	"io"
	"net/netip"
	"sort"
	"sync"

	"github.com/hnsscope/hnsscope/parser/cniconf"
	"github.com/hnsscope/hnsscope/parser/hns"
	"github.com/hnsscope/hnsscope/parser/ipconfig"
	"github.com/hnsscope/hnsscope/parser/mtu"
	"github.com/hnsscope/hnsscope/parser/netadapter"
	"github.com/hnsscope/hnsscope/parser/portrange"
	"github.com/hnsscope/hnsscope/parser/routes"
	"github.com/hnsscope/hnsscope/parser/services"
	"github.com/hnsscope/hnsscope/parser/vfp"
	"github.com/hnsscope/hnsscope/parser/vfpports"
	"github.com/hnsscope/hnsscope/parser/winver"
)

// Snapshot is the correlated state of one node, built from one bundle.
// The typed parser records are embedded in the correlated objects, so a
// report can render every field the parsers read.
type Snapshot struct {
	// Sources lists the recognised files of the bundle per logical source.
	Sources map[SourceKind][]SourceFile
	// Cluster holds the cluster parameters with their origin.
	Cluster ClusterParams
	// Parsed keeps the raw parser models.
	Parsed *Parsed

	Networks      []*Network
	Endpoints     []*Endpoint
	LoadBalancers []*LoadBalancer
	Namespaces    []*hns.Namespace
	// Ports are the VFP port sections with their attribution.
	Ports []*Port
	// PodNetwork is the HNS network that carries the pod endpoints, nil
	// when the bundle has none.
	PodNetwork *Network
	// Mode is the network mode of PodNetwork ("l2bridge", "overlay") or "".
	Mode string
	// ManagementIP is the node IP on the vSwitch; invalid when unknown.
	ManagementIP netip.Addr
	// HostMAC is the MAC of the host vNIC holding the management IP
	// (lower-case, colons), "" when ip.txt does not show it.
	HostMAC string
	// DRMAC is the overlay distributed-router MAC (lower-case, colons).
	DRMAC string
	// Configs are the cluster and CNI configuration files found.
	Configs []*cniconf.Config
	// Adapters are the ipconfig adapters of every compartment.
	Adapters []*Adapter
	// Routes are the routes of every routes file, in file order.
	Routes []routes.Route
	// Services are the Windows services (Get-Service and sc.exe merged).
	Services []services.Service
	// Winver is the OS version, nil when winver.txt is absent.
	Winver *winver.Info

	open          func(path string) (io.ReadCloser, error)
	memoMu        sync.Mutex
	memo          map[string]any
	endpointByID  map[string]*Endpoint
	endpointsByIP map[netip.Addr][]*Endpoint
	networkByID   map[string]*Network
}

// Has reports whether the bundle holds at least one usable file of kind.
func (s *Snapshot) Has(kind SourceKind) bool { return anyUsable(s.Sources[kind]) }

// Parsed holds the parser outputs of one bundle before correlation.
type Parsed struct {
	Endpoints     []*hns.Endpoint
	Networks      []*hns.Network
	LoadBalancers []*hns.LoadBalancer
	RouteLists    []*hns.RouteList
	Namespaces    []*hns.Namespace
	VFP           []*vfp.Dump
	VFPPorts      []*vfpports.File
	Configs       []*cniconf.Config
	Routes        []*routes.Table
	IPConfig      []*ipconfig.Config
	Services      []services.Service
	Winver        *winver.Info
	// Host interface MTUs and port reservations (parsed_host.go).
	MTU            []mtu.Interface
	NetAdapters    []netadapter.Adapter
	AdapterDetails []*netadapter.Interface
	PortRanges     []*portrange.File
}

// EndpointByID finds an endpoint by its normalised ID.
func (s *Snapshot) EndpointByID(id string) *Endpoint { return s.endpointByID[hns.NormalizeGUID(id)] }

// EndpointsByIP lists the endpoints holding ip.
func (s *Snapshot) EndpointsByIP(ip netip.Addr) []*Endpoint { return s.endpointsByIP[ip] }

// NetworkByID finds a network by its normalised ID.
func (s *Snapshot) NetworkByID(id string) *Network { return s.networkByID[hns.NormalizeGUID(id)] }

// LocalEndpoints lists the local endpoints, in file order.
func (s *Snapshot) LocalEndpoints() []*Endpoint {
	var out []*Endpoint
	for _, e := range s.Endpoints {
		if !e.Remote {
			out = append(out, e)
		}
	}
	return out
}

// PodEndpoints lists the local endpoints of the pod network that serve pods:
// not the l2bridge host endpoint nor the overlay source-VIP endpoint.
func (s *Snapshot) PodEndpoints() []*Endpoint {
	var out []*Endpoint
	for _, e := range s.Endpoints {
		if e.Role == EndpointPod && e.Network != nil && e.Network == s.PodNetwork {
			out = append(out, e)
		}
	}
	return out
}

// OpenText opens a bundle file as UTF-8 text, for rules that stream logs.
func (s *Snapshot) OpenText(path string) (io.ReadCloser, error) {
	if s.open == nil {
		return nil, fmt.Errorf("%s: snapshot has no bundle to read from", path)
	}
	return s.open(path)
}

// LogFiles lists the log sources of the bundle (component logs, event
// logs), sorted by path.
func (s *Snapshot) LogFiles() []SourceFile {
	var out []SourceFile
	for _, k := range []SourceKind{SourceKubeletLog, SourceKubeProxyLog, SourceContainerdLog, SourceFlannelLog,
		SourceCNILog, SourceOtherLog, SourceEventLog} {
		out = append(out, s.Sources[k]...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// Memo returns the value cached under key, building it on first use. Rules
// use it to share derived indexes (such as VFP rules by service) instead of
// each rebuilding them.
func (s *Snapshot) Memo(key string, build func() any) any {
	s.memoMu.Lock()
	defer s.memoMu.Unlock()
	if v, ok := s.memo[key]; ok {
		return v
	}
	if s.memo == nil {
		s.memo = map[string]any{}
	}
	v := build()
	s.memo[key] = v
	return v
}

// VFPTruncated reports a vfpOutput.txt that ends in the middle of a port
// section: ports after the cut are absent, so a missing port or rule is
// not evidence of a fault.
func (s *Snapshot) VFPTruncated() bool {
	for _, f := range s.Sources[SourceVFPDump] {
		if f.State == StateTruncated {
			return true
		}
	}
	for _, d := range s.Parsed.VFP {
		if d == nil || len(d.Ports) == 0 {
			continue
		}
		last := d.Ports[len(d.Ports)-1]
		if n := len(last.Commands); n > 0 && !last.Commands[n-1].Terminated && last.Commands[n-1].Error == "" {
			return true
		}
	}
	return false
}
