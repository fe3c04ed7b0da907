package analyzer

import (
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/parser/hns"
	"github.com/hnsscope/hnsscope/parser/ipconfig"
	"github.com/hnsscope/hnsscope/parser/vfp"
	"github.com/hnsscope/hnsscope/parser/vfpports"
)

// Network is an HNS network with its endpoints and switch ports.
type Network struct {
	*hns.Network
	// Prefixes are the parsed subnet prefixes, in subnet order.
	Prefixes  []netip.Prefix
	Endpoints []*Endpoint
	HostVNIC  *Port
	External  *Port
}

// IsMode compares the network type without case ("l2bridge", "overlay").
func (n *Network) IsMode(mode string) bool { return n != nil && strings.EqualFold(n.Type, mode) }

// Contains reports whether ip lies in one of the network's subnets.
func (n *Network) Contains(ip netip.Addr) bool {
	for _, p := range n.Prefixes {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// SubnetOf returns the subnet holding ip.
func (n *Network) SubnetOf(ip netip.Addr) (hns.Subnet, netip.Prefix, bool) {
	for i, p := range n.Prefixes {
		if p.Contains(ip) && i < len(n.Subnets) {
			return n.Subnets[i], p, true
		}
	}
	return hns.Subnet{}, netip.Prefix{}, false
}

// Endpoint is an HNS endpoint with what it is joined to.
type Endpoint struct {
	*hns.Endpoint
	// IP is the first IPv4 address (invalid when the endpoint has none).
	IP      netip.Addr
	Network *Network
	// Port is the VFP port of a local endpoint; JoinedBy says which key
	// matched ("EndpointPortGuid", "mac", "friendly name").
	Port      *Port
	JoinedBy  string
	Namespace *hns.Namespace
	// LoadBalancers lists the load balancers naming this endpoint as backend.
	LoadBalancers []*LoadBalancer
	// Role says what the endpoint serves on the node.
	Role EndpointRole
	// Adapter is the ipconfig adapter holding the endpoint's IP.
	Adapter *Adapter
}

// Adapter is an ipconfig adapter with its compartment.
type Adapter struct {
	*ipconfig.Adapter
	File        string
	Compartment int
	Endpoint    *Endpoint
}

// IPv4Addrs lists the adapter's IPv4 addresses.
func (a *Adapter) IPv4Addrs() []netip.Addr {
	var out []netip.Addr
	for _, ad := range a.IPv4() {
		out = append(out, ad.IP)
	}
	return out
}

// EndpointRole tells pod endpoints apart from the node's own endpoints.
type EndpointRole string

// Endpoint roles.
const (
	EndpointPod       EndpointRole = "pod"
	EndpointRemote    EndpointRole = "remote"
	EndpointBridge    EndpointRole = "bridge"     // l2bridge host endpoint (cbr0_ep, .2)
	EndpointSourceVIP EndpointRole = "source-vip" // overlay kube-proxy source VIP
)

// Label names the endpoint for messages: IP and name or ID.
func (e *Endpoint) Label() string {
	name := e.Name
	if name == "" {
		name = e.ID
	}
	if e.IP.IsValid() {
		return e.IP.String() + " (" + name + ")"
	}
	return name
}

// IsBridgeEndpoint reports the l2bridge host endpoint: flannel's
// "<network>_ep" ("cbr0_ep"), or the local endpoint the microsoft/SDN scripts
// name after the network itself (kube-proxy --root-hnsendpoint-name, "cbr0").
func (e *Endpoint) IsBridgeEndpoint() bool {
	if strings.HasSuffix(strings.ToLower(e.Name), "_ep") {
		return true
	}
	return !e.Remote && e.Network != nil && e.Network.IsMode("l2bridge") && strings.EqualFold(e.Name, e.Network.Name)
}

// Gateway returns the first IPv4 gateway of the endpoint.
func (e *Endpoint) Gateway() netip.Addr {
	for _, g := range e.Gateways {
		if a, err := netip.ParseAddr(g); err == nil && a.Is4() {
			return a
		}
	}
	return netip.Addr{}
}

// LoadBalancer is an HNS load balancer with its backends resolved.
type LoadBalancer struct {
	*hns.LoadBalancer
	VIPAddrs []netip.Addr
	Backends []*Endpoint
	// MissingBackends are backend IDs that name no endpoint of the bundle.
	MissingBackends []string
}

// PortMappings returns every (protocol, internal, external, flags) of the LB.
func (lb *LoadBalancer) PortMappings() []hns.PortMapping {
	out := []hns.PortMapping{{Protocol: lb.Protocol, InternalPort: lb.InternalPort, ExternalPort: lb.ExternalPort, Flags: lb.Flags}}
	return append(out, lb.ExtraPortMappings...)
}

// IsNodePort reports an LB without a VIP that routes on the node IP.
func (lb *LoadBalancer) IsNodePort() bool { return len(lb.VIPAddrs) == 0 }

// Label names the load balancer for messages: "VIP:port/proto".
func (lb *LoadBalancer) Label() string {
	vip := "<node>"
	if len(lb.VIPAddrs) > 0 {
		vip = lb.VIPAddrs[0].String()
	}
	return vip + ":" + itoa64(lb.ExternalPort) + "/" + ProtocolName(lb.Protocol)
}

// ProtocolName spells 6 and 17 as TCP and UDP.
func ProtocolName(p int64) string {
	switch p {
	case 6:
		return "TCP"
	case 17:
		return "UDP"
	}
	return itoa64(p)
}

// PortRole says what a VFP port serves.
type PortRole string

// Port roles.
const (
	RolePod      PortRole = "pod"
	RoleHostVNIC PortRole = "host-vnic"
	RoleExternal PortRole = "external"
	RoleUnknown  PortRole = "unknown"
)

// Port is a VFP port section with its attribution.
type Port struct {
	*vfp.Port
	File     string
	Role     PortRole
	Endpoint *Endpoint
	JoinedBy string
	// MAC (lower-case hex without separators) and FriendlyName come from
	// ports.txt when present; Info is the whole ports.txt block.
	MAC          string
	FriendlyName string
	Info         *vfpports.Port
}

// RuleRef is a rule with the layer and group holding it.
type RuleRef struct {
	Port  *Port
	Layer *vfp.Layer
	Group *vfp.Group
	Rule  *vfp.Rule
}

// Rules lists the rules of the port whose layer and group names contain
// the given fragments (compared without case; "" matches all).
func (p *Port) Rules(layer, group string) []RuleRef {
	var out []RuleRef
	for _, l := range p.Layers {
		if !containsFold(l.Name, layer) {
			continue
		}
		for _, g := range l.Groups {
			if !containsFold(g.Name, group) {
				continue
			}
			for _, r := range g.Rules {
				out = append(out, RuleRef{Port: p, Layer: l, Group: g, Rule: r})
			}
		}
	}
	return out
}

// EachRule calls fn for every rule of the port without building a list;
// ports of large nodes hold tens of thousands of rules.
func (p *Port) EachRule(fn func(RuleRef)) {
	for _, l := range p.Layers {
		for _, g := range l.Groups {
			for _, r := range g.Rules {
				fn(RuleRef{Port: p, Layer: l, Group: g, Rule: r})
			}
		}
	}
}

// HasLayer reports whether the port has a layer whose name contains name.
func (p *Port) HasLayer(name string) bool {
	for _, l := range p.Layers {
		if containsFold(l.Name, name) {
			return true
		}
	}
	return false
}

func containsFold(s, frag string) bool {
	return frag == "" || strings.Contains(strings.ToUpper(s), strings.ToUpper(frag))
}

// RulesCut reports a port whose rule listing was cut off (the collector
// was stopped or the file truncated): its missing rules prove nothing.
func (p *Port) RulesCut() bool {
	for _, c := range p.Commands {
		if c.Verb == p.RuleSource && !c.Terminated && c.Error == "" {
			return true
		}
	}
	return false
}
