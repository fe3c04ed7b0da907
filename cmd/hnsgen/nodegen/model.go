package nodegen

import "net/netip"

// Mode is the Kubernetes network mode of the pod network.
type Mode int

const (
	L2Bridge Mode = iota
	Overlay
)

// Schema is the HNS JSON schema the collector asked for.
type Schema int

const (
	SchemaV1 Schema = iota
	SchemaV2
)

// Era is the collectlogs.ps1 generation, which decides the set of files and
// whether HNS files are pure JSON or table-then-JSON.
type Era int

const (
	// EraJSON2018 is collectlogs.ps1 before 2018-07-02: pure JSON, UTF-16 vfpOutput without port table.
	EraJSON2018 Era = iota
	// EraTable2019 is 2019-02-22 .. 2019-06-06: endpoint table with an Id column, hnsdiag, mtu.txt, no cmdlet sections.
	EraTable2019
	// EraTableV1 is 2021-11 .. 2022-09-01: tables before JSON, v1 HNS module, hnsdiag, docker.txt.
	EraTableV1
	// EraTableV2 is 2024-07-31 and later: hns.v2.psm1, namespaces.txt, windowsServices.txt.
	EraTableV2
)

// Layout is how the collector output was archived.
type Layout int

const (
	LayoutFolder       Layout = iota // collectlogs folder with a random 8.3 name
	LayoutAKS                        // <HOST>-<yyyyMMdd-hhmmss>_logs.zip, flattened, backslash names
	LayoutRancher                    // rancher_rke2_<host>_<date>.tar.gz with ./network/hns/...
	LayoutZippedFolder               // the collectlogs folder zipped by hand (Explorer: "/" names, one top folder)
)

// VFPCommands is the rule-dump command set of the dumpVfpPolicies.ps1 that ran.
type VFPCommands int

const (
	VFPListRule    VFPCommands = iota // /list-rule (2018-07 .. 2023-03)
	VFPRuleCounter                    // /get-rule-counter + /get-flow-stats (2023-04-27 →)
	VFPBoth                           // /list-rule and /get-rule-counter (2023-03-25 .. 2023-04-09)
)

// Node is everything one bundle describes. Builders fill the HNS and host
// intent; Derive computes VFP, routes and adapters from it; scenarios then
// mutate either layer to inject exactly one defect.
type Node struct {
	Name     string // host name, e.g. "win-l2b-01"
	Mode     Mode
	Schema   Schema
	Era      Era
	Encoding Encoding // encoding of PowerShell-written files
	Layout   Layout
	VFP      VFPCommands
	Time     string // collection time, yyyy-MM-dd HH:mm:ss (UTC)
	// ConsoleWidth is the width of the host that ran the collector; PowerShell
	// tables wider than it lose their right-hand columns (0 = wide enough).
	ConsoleWidth int

	Build    int // OS build, e.g. 17763
	HotFixes []HotFix

	Cluster Cluster
	// AzureCNI: pods hold VNet addresses, so there are no per-node pod
	// subnets to route and no bridge endpoint.
	AzureCNI bool
	// IsolationAllocator adds the "Isolation Policy" allocator Windows
	// Server 2025 shows on v1 endpoints.
	IsolationAllocator bool
	// MixedLBView lists load balancers created through HNS v2 with the v1
	// cmdlets: policy lists then carry HostComputeNetwork (and IsDSR).
	MixedLBView bool
	// NoPortAllocators leaves the allocators (and so EndpointPortGuid) out of
	// the endpoints, as reported for some Azure CNI endpoints.
	NoPortAllocators bool
	// CalicoCNI makes wrapper archives carry Calico's CNI configuration
	// instead of flannel's net-conf.json.
	CalicoCNI  bool
	MgmtIP     netip.Addr
	NodeSubnet netip.Prefix // the management subnet
	NodeGW     netip.Addr
	HostMAC    string // physical NIC MAC, 00-0D-3A-..
	NICName    string // physical adapter name, "Ethernet 2"
	PodSubnet  netip.Prefix
	DRMAC      string // overlay distributed-router MAC
	SourceVIP  netip.Addr

	Networks    []*Network
	Endpoints   []*Endpoint
	LBs         []*LoadBalancer
	RemoteNodes []RemoteNode
	Services    []WinService
	// EphemeralPorts are the dynamic and excluded port ranges (zero:
	// Derive fills the Windows defaults).
	EphemeralPorts EphemeralPorts

	// Derived state (Derive fills it; scenarios may edit it afterwards).
	Ports      []*VfpPort
	Ifaces     []*Iface
	Routes     []*Route
	Persistent []*Route
	ExtraFiles []File // wrapper files (AKS logs, Rancher components)
	SkipFiles  map[string]bool
	// WrongDirZipped models the AKS wrapper zipping the wrong C:\k\debug
	// directory (collectlogs.ps1 2023-06-27 .. 2024-04-11): no collectlogs files.
	WrongDirZipped bool
	// LazyRules defers building each port's VFP rules to the moment its
	// vfpOutput.txt section is written, and drops them afterwards, so that
	// benchmark bundles with millions of rules stream in bounded memory.
	LazyRules   bool
	derivedDone bool
	index       map[string]*Endpoint
}

// Cluster holds the cluster-wide parameters kube-proxy and the CNI use.
type Cluster struct {
	ClusterCIDR netip.Prefix
	ServiceCIDR netip.Prefix
	DNSIP       netip.Addr
	VNI         int
}

// HotFix is one Get-HotFix row.
type HotFix struct {
	Description, ID, InstalledOn string
}

// RemoteNode is another cluster node whose pods this node reaches.
type RemoteNode struct {
	Name      string
	IP        netip.Addr
	PodSubnet netip.Prefix
	DRMAC     string
	// Member marks a node generated in the same cluster (NewCluster): its
	// pods are the healthy set, so its web pod can be a service backend.
	Member bool
}

// Network is one HNS network.
type Network struct {
	ID, Name    string
	Type        string // as HNS prints it: "L2Bridge", "Overlay", "NAT", "Transparent"
	Prefix      netip.Prefix
	Gateway     netip.Addr
	VSID        int // 0 = none
	MgmtIP      netip.Addr
	DRMAC       string
	AdapterName string
	SourceMac   string
	MacPool     [2]string
	Flags       int
	HostRoute   bool
	// Prefix6 and Gateway6 are the IPv6 subnet of a dual-stack network.
	Prefix6  netip.Prefix
	Gateway6 netip.Addr
	// KeepAlive marks the pre-created network that only keeps the vSwitch
	// alive (microsoft/SDN "External", AKS "ext"): never the pod network.
	KeepAlive                  bool
	RSRs                       []RemoteSubnetRoute
	HostVnicPort, ExternalPort string // VFP port GUIDs from the detailed network
}

// RemoteSubnetRoute is the overlay network policy that routes a remote pod CIDR.
type RemoteSubnetRoute struct {
	Prefix netip.Prefix
	VNI    int
	PA     netip.Addr
	DRMAC  string
}

// Endpoint is one HNS endpoint.
type Endpoint struct {
	ID, Name         string
	Network          *Network
	IP               netip.Addr
	PrefixLen        int
	MAC              string
	Gateway          netip.Addr
	IP6, Gateway6    netip.Addr // dual-stack pods only
	Remote           bool
	State            int // v1 state: 3 AttachedSharing local, 1 Created remote
	DNSServers       []string
	DNSSuffix        []string
	Policies         []Policy
	PortGUID         string // EndpointPortGuid (local only)
	Compartment      int
	AllocCompartment int // allocator CompartmendId; 0 = same as Compartment
	NamespaceID      string
	Containers       []string // SharedContainers (sandbox first)
	EncapOverhead    int
	HostAttached     bool // cbr0_ep
	PodName          string
}

// PolicyKind is an endpoint policy type in schema-neutral form.
type PolicyKind int

const (
	PolOutBoundNAT PolicyKind = iota
	PolRoute                  // v1 ROUTE / v2 SDNRoute
	PolPA                     // v1 PA / v2 ProviderAddress
	PolL2Driver
)

// Policy is one endpoint policy.
type Policy struct {
	Kind       PolicyKind
	Exceptions []string
	// Destinations makes an OutBoundNAT policy the loopback-DSR one, which
	// lists destinations instead of exceptions.
	Destinations []string
	// IPv6 marks the second OutBoundNAT of a dual-stack pod, holding its
	// IPv6 exceptions.
	IPv6      bool
	Dest      string
	NeedEncap bool
	PA        string
}

// LoadBalancer is a kube-proxy load balancer (v1 policy list / v2 HCN LB).
type LoadBalancer struct {
	ID           string
	Service      string // namespace/name:port, for documentation
	VIP          string // "" for NodePort
	SourceVIP    string
	Protocol     int
	InternalPort int
	ExternalPort int
	DSR          bool
	NodePort     bool
	Backends     []string // endpoint IDs
	State        int      // v1 policy list state (2 = applied)
	NetworkID    string
}

// WinService is one Windows service as Get-Service and sc.exe show it.
type WinService struct {
	Name, Display string
	Running       bool
	PID           int
	Kernel        bool // a driver (vfpext, tcpip): not listed by sc queryex
}

// File is one file of a bundle: its path inside the bundle ("/" separated) and bytes.
type File struct {
	Path string
	Data []byte
}
