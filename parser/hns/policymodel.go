package hns

import "encoding/json"

// Policy kinds: the case-folded policy Type with v1/v2 synonyms merged.
const (
	KindOutboundNAT       = "outboundnat"
	KindRoute             = "route" // v1 ROUTE, v2 SDNRoute
	KindProviderAddress   = "provideraddress"
	KindL2Driver          = "l2driver"
	KindPortMapping       = "portmapping" // v1 NAT, v2 PortMapping
	KindACL               = "acl"
	KindRemoteSubnetRoute = "remotesubnetroute"
	KindHostRoute         = "hostroute"
	KindVSID              = "vsid"
	KindVLAN              = "vlan"
	KindDRMAC             = "drmacaddress"
	KindNetAdapterName    = "netadaptername"
	KindSourceMAC         = "sourcemacaddress"
	KindEncapOverhead     = "encapoverhead"
	KindELB               = "elb"
)

// Policy is one entry of a Policies array, v1 (flat) or v2 (Settings).
// Exactly the sub-record matching Kind is set; policies of other types keep
// their content in Raw.
type Policy struct {
	Path   string `json:"path"`
	Type   string `json:"type"`
	Kind   string `json:"kind"`
	Schema Schema `json:"schema"`

	OutboundNAT       *OutboundNAT       `json:"outboundNat,omitempty"`
	Route             *Route             `json:"route,omitempty"`
	ProviderAddress   string             `json:"providerAddress,omitempty"`
	PortMapping       *PortMapping       `json:"portMapping,omitempty"`
	ACL               *ACL               `json:"acl,omitempty"`
	RemoteSubnetRoute *RemoteSubnetRoute `json:"remoteSubnetRoute,omitempty"`
	IsolationID       *int64             `json:"isolationId,omitempty"`
	Address           string             `json:"address,omitempty"` // DR or source MAC, normalised
	AdapterName       string             `json:"adapterName,omitempty"`
	Overhead          *int64             `json:"overhead,omitempty"`
	// Raw is the policy's content (Settings for v2, the whole object for v1)
	// for kinds without a typed sub-record.
	Raw json.RawMessage `json:"raw,omitempty"`
	// Hoisted marks a ROUTE found inside an OutBoundNAT ExceptionList.
	Hoisted bool `json:"hoisted,omitempty"`
}

// OutboundNAT is the SNAT policy; an endpoint's several OutBoundNAT policies
// are also merged into Endpoint.OutboundNAT.
type OutboundNAT struct {
	VIP              string   `json:"vip,omitempty"`
	Exceptions       []string `json:"exceptions,omitempty"`
	Destinations     []string `json:"destinations,omitempty"`
	MaxPortPoolUsage *int64   `json:"maxPortPoolUsage,omitempty"`
}

// Route is a v1 ROUTE or v2 SDNRoute policy.
type Route struct {
	Prefix    string `json:"prefix"`
	NextHop   string `json:"nextHop,omitempty"`
	NeedEncap bool   `json:"needEncap"`
}

// PortMapping is a v1 NAT or v2 PortMapping policy, or a v2 load balancer
// port mapping. Protocol is the protocol number when known; ProtocolName is
// upper-case ("TCP").
type PortMapping struct {
	Protocol         int64  `json:"protocol,omitempty"`
	ProtocolName     string `json:"protocolName,omitempty"`
	InternalPort     int64  `json:"internalPort,omitempty"`
	ExternalPort     int64  `json:"externalPort,omitempty"`
	VIP              string `json:"vip,omitempty"`
	Flags            int64  `json:"flags,omitempty"`
	DistributionType *int64 `json:"distributionType,omitempty"`
}

// ACL is an endpoint or network ACL policy.
type ACL struct {
	ID              string `json:"id,omitempty"`
	Protocols       string `json:"protocols,omitempty"`
	Action          string `json:"action,omitempty"`
	Direction       string `json:"direction,omitempty"`
	LocalAddresses  string `json:"localAddresses,omitempty"`
	RemoteAddresses string `json:"remoteAddresses,omitempty"`
	LocalPorts      string `json:"localPorts,omitempty"`
	RemotePorts     string `json:"remotePorts,omitempty"`
	RuleType        string `json:"ruleType,omitempty"`
	Priority        int64  `json:"priority,omitempty"`
}

// RemoteSubnetRoute maps a remote pod CIDR to the node that owns it.
type RemoteSubnetRoute struct {
	DestinationPrefix string `json:"destinationPrefix"`
	IsolationID       int64  `json:"isolationId,omitempty"`
	ProviderAddress   string `json:"providerAddress,omitempty"`
	DRMAC             string `json:"drMac,omitempty"`
}
