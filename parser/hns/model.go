package hns

import "github.com/hnsscope/hnsscope/parser"

// Schema names the HNS object schema a record was read from.
type Schema string

// Schemas. SchemaTable marks a record known only from the formatter table or
// list that precedes the JSON (the JSON part was missing).
const (
	SchemaV1    Schema = "v1"
	SchemaV2    Schema = "v2"
	SchemaTable Schema = "table"
)

// IPConfig is one address of an endpoint; PrefixLength 0 means unknown.
type IPConfig struct {
	Address      string `json:"address"`
	PrefixLength int    `json:"prefixLength,omitempty"`
}

// Endpoint is an HNS endpoint in either schema.
type Endpoint struct {
	Pos         parser.Position `json:"pos"`
	Schema      Schema          `json:"schema"`
	ID          string          `json:"id"`
	Name        string          `json:"name,omitempty"`
	NetworkID   string          `json:"networkId,omitempty"`
	NetworkName string          `json:"networkName,omitempty"`
	// NetworkType is the v1 endpoint's copy of its network's type.
	NetworkType string     `json:"networkType,omitempty"`
	IPs         []IPConfig `json:"ips,omitempty"`
	MAC         string     `json:"mac,omitempty"`
	MACRaw      string     `json:"macRaw,omitempty"`
	Gateways    []string   `json:"gateways,omitempty"`
	DNSServers  []string   `json:"dnsServers,omitempty"`
	DNSSuffixes []string   `json:"dnsSuffixes,omitempty"`
	DNSDomain   string     `json:"dnsDomain,omitempty"`
	Remote      bool       `json:"remote"`
	// State is the v1 endpoint state (see StateName); nil when unknown, as
	// for v2 objects without a table row.
	State       *int   `json:"state,omitempty"`
	StateSource string `json:"stateSource,omitempty"` // "json" or "table"
	// RowLine is the line of the formatter table row a v2 object took its
	// State from (0 when none).
	RowLine int `json:"rowLine,omitempty"`
	// PortGUID is the VFP/vmswitch port name (allocator EndpointPortGuid).
	PortGUID         string       `json:"portGuid,omitempty"`
	CompartmentID    *int64       `json:"compartmentId,omitempty"`
	NamespaceID      string       `json:"namespaceId,omitempty"`
	SharedContainers []string     `json:"sharedContainers,omitempty"`
	EncapOverhead    int64        `json:"encapOverhead,omitempty"`
	Flags            int64        `json:"flags,omitempty"`
	OutboundNAT      *OutboundNAT `json:"outboundNat,omitempty"`
	Policies         []Policy     `json:"policies,omitempty"`
	// Truncated marks an object that held depth-truncated values.
	Truncated bool `json:"truncated,omitempty"`
}

// Endpoint states of the v1 schema.
var stateNames = []string{"Uninitialized", "Created", "Attached", "AttachedSharing", "Detached", "Degraded", "Destroyed"}

// StateName names a v1 endpoint state ("AttachedSharing" for 3).
func StateName(s int) string {
	if s >= 0 && s < len(stateNames) {
		return stateNames[s]
	}
	return "Unknown"
}

// Subnet is a network subnet (v1 Subnets[], v2 Ipams[].Subnets[]).
type Subnet struct {
	Path     string   `json:"path,omitempty"`
	Prefix   string   `json:"prefix"`
	Gateway  string   `json:"gateway,omitempty"`
	VSID     *int64   `json:"vsid,omitempty"`
	VLAN     *int64   `json:"vlan,omitempty"`
	Policies []Policy `json:"policies,omitempty"`
}

// MACRange is one range of a network's MAC pool.
type MACRange struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// Network is an HNS network in either schema.
type Network struct {
	Pos     parser.Position `json:"pos"`
	Schema  Schema          `json:"schema"`
	ID      string          `json:"id"`
	Name    string          `json:"name,omitempty"`
	TypeRaw string          `json:"typeRaw,omitempty"`
	Type    string          `json:"type,omitempty"` // lower-cased
	Subnets []Subnet        `json:"subnets,omitempty"`
	// ManagementIP is v1 ManagementIP or the v2 ProviderAddress policy.
	ManagementIP       string              `json:"managementIp,omitempty"`
	DRMAC              string              `json:"drMac,omitempty"`
	SourceMAC          string              `json:"sourceMac,omitempty"`
	AdapterName        string              `json:"adapterName,omitempty"`
	VSID               *int64              `json:"vsid,omitempty"`
	RemoteSubnetRoutes []RemoteSubnetRoute `json:"remoteSubnetRoutes,omitempty"`
	HostVnicPortGUID   string              `json:"hostVnicPortGuid,omitempty"`
	ExternalPortGUID   string              `json:"externalPortGuid,omitempty"`
	MACPools           []MACRange          `json:"macPools,omitempty"`
	DNSServers         []string            `json:"dnsServers,omitempty"`
	DNSSuffixes        []string            `json:"dnsSuffixes,omitempty"`
	Flags              int64               `json:"flags,omitempty"`
	Policies           []Policy            `json:"policies,omitempty"`
	Truncated          bool                `json:"truncated,omitempty"`
}

// LoadBalancer is a v1 ELB policy list or a v2 HostComputeLoadBalancer.
type LoadBalancer struct {
	Pos       parser.Position `json:"pos"`
	Schema    Schema          `json:"schema"`
	ID        string          `json:"id"`
	VIPs      []string        `json:"vips,omitempty"`
	SourceVIP string          `json:"sourceVip,omitempty"`
	// Protocol is the IP protocol number (6 TCP, 17 UDP, 132 SCTP).
	Protocol       int64 `json:"protocol,omitempty"`
	InternalPort   int64 `json:"internalPort,omitempty"`
	ExternalPort   int64 `json:"externalPort,omitempty"`
	DSR            bool  `json:"dsr"`
	ILB            bool  `json:"ilb"`
	LocalRoutedVIP bool  `json:"localRoutedVip"`
	// NodePort: routed locally and no frontend VIP.
	NodePort bool `json:"nodePort"`
	IPv6     bool `json:"ipv6"`
	// DistributionType is v2 only (0 per connection, 1 source IP+protocol,
	// 2 source IP).
	DistributionType *int64 `json:"distributionType,omitempty"`
	// Backends are endpoint IDs (v1 References, v2 HostComputeEndpoints).
	Backends []string `json:"backends,omitempty"`
	// State is the v1 policy-list state (2 applied); nil for v2.
	State     *int64 `json:"state,omitempty"`
	IsApplied *bool  `json:"isApplied,omitempty"`
	NetworkID string `json:"networkId,omitempty"`
	Flags     int64  `json:"flags,omitempty"`
	// ExtraPortMappings holds v2 port mappings after the first one.
	ExtraPortMappings []PortMapping `json:"extraPortMappings,omitempty"`
	Truncated         bool          `json:"truncated,omitempty"`
}

// RouteList is a v1 policy list holding ROUTE policies instead of an ELB.
type RouteList struct {
	Pos       parser.Position `json:"pos"`
	ID        string          `json:"id"`
	Routes    []Route         `json:"routes,omitempty"`
	Endpoints []string        `json:"endpoints,omitempty"`
	State     *int64          `json:"state,omitempty"`
	Policies  []Policy        `json:"policies,omitempty"`
}

// Namespace is an HNS namespace (network compartment).
type Namespace struct {
	Pos           parser.Position `json:"pos"`
	Schema        Schema          `json:"schema"`
	ID            string          `json:"id"`
	CompartmentID *int64          `json:"compartmentId,omitempty"`
	GUID          string          `json:"guid,omitempty"`
	Type          string          `json:"type,omitempty"`
	EndpointIDs   []string        `json:"endpointIds,omitempty"`
	ContainerIDs  []string        `json:"containerIds,omitempty"`
	IsDefault     *bool           `json:"isDefault,omitempty"`
	Truncated     bool            `json:"truncated,omitempty"`
}
