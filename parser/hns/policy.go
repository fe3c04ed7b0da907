package hns

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// policyKinds maps case-folded HNS policy types onto kinds.
var policyKinds = map[string]string{
	"outboundnat": KindOutboundNAT, "route": KindRoute, "sdnroute": KindRoute,
	"pa": KindProviderAddress, "provideraddress": KindProviderAddress,
	"l2driver": KindL2Driver, "nat": KindPortMapping, "portmapping": KindPortMapping,
	"acl": KindACL, "networkacl": KindACL, "remotesubnetroute": KindRemoteSubnetRoute,
	"hostroute": KindHostRoute, "vsid": KindVSID, "vlan": KindVLAN,
	"drmacaddress": KindDRMAC, "netadaptername": KindNetAdapterName,
	"sourcemacaddress": KindSourceMAC, "encapoverhead": KindEncapOverhead, "elb": KindELB,
}

// policies decodes the Policies array under key of o.
func (d *decoder) policies(o obj, key, path string) []Policy {
	items := d.arrayAt(o, key, path)
	var out []Policy
	for i, item := range items {
		p := fmt.Sprintf("%s.%s[%d]", path, key, i)
		m := d.asObject(item, p)
		if m == nil {
			continue
		}
		pol, hoisted := d.policy(m, p)
		out = append(out, pol)
		out = append(out, hoisted...)
	}
	return out
}

// policy decodes one policy object. v2 policies carry their fields in
// Settings; v1 policies next to Type. Routes misplaced inside an
// OutBoundNAT ExceptionList are returned as extra policies.
func (d *decoder) policy(m obj, path string) (Policy, []Policy) {
	typ := m.str("Type")
	pol := Policy{Path: path, Type: typ, Schema: SchemaV1}
	fields := m
	if m.has("Settings") {
		pol.Schema = SchemaV2
		fields = d.objectAt(m, "Settings", path)
		if fields == nil {
			fields = obj{}
		}
	}
	kind, known := policyKinds[strings.ToLower(typ)]
	if !known {
		kind = strings.ToLower(typ)
	}
	pol.Kind = kind
	var hoisted []Policy
	switch kind {
	case KindOutboundNAT:
		pol.OutboundNAT, hoisted = d.outboundNAT(fields, path)
	case KindRoute:
		pol.Route = routeOf(fields)
	case KindProviderAddress:
		pol.ProviderAddress = firstString(fields, "ProviderAddress", "PA")
	case KindPortMapping:
		pol.PortMapping = portMappingOf(fields)
	case KindACL:
		pol.ACL = aclOf(fields)
	case KindRemoteSubnetRoute:
		pol.RemoteSubnetRoute = remoteSubnetRouteOf(fields)
	case KindVSID, KindVLAN:
		pol.IsolationID = firstInt(fields, "IsolationId", "VSID", "VLAN")
	case KindDRMAC:
		pol.Address = NormalizeMAC(firstString(fields, "Address", "DrMacAddress"))
	case KindSourceMAC:
		pol.Address = NormalizeMAC(firstString(fields, "SourceMacAddress", "Address"))
	case KindNetAdapterName:
		pol.AdapterName = firstString(fields, "NetworkAdapterName", "AdapterName")
	case KindEncapOverhead:
		pol.Overhead = firstInt(fields, "Overhead", "EncapOverhead")
	case KindL2Driver, KindHostRoute:
	default:
		pol.Raw = rawJSON(fields)
	}
	return pol, hoisted
}

func (d *decoder) outboundNAT(f obj, path string) (*OutboundNAT, []Policy) {
	n := &OutboundNAT{VIP: firstString(f, "VIP", "VirtualIP"), MaxPortPoolUsage: f.intPtr("MaxPortPoolUsage")}
	key := "ExceptionList"
	if !f.has(key) {
		key = "Exceptions"
	}
	var objs []obj
	n.Exceptions, objs = d.stringList(f, key, path)
	n.Destinations, _ = d.stringList(f, "Destinations", path)
	var hoisted []Policy
	for i, o := range objs {
		p := fmt.Sprintf("%s.%s[%d]", path, key, i)
		if !o.has("DestinationPrefix") {
			d.warn(p, "object inside %s is not a route; kept as a policy of its own", key)
		} else {
			d.warn(p, "route object inside %s hoisted to the endpoint's policies", key)
		}
		pol, _ := d.policy(o, p)
		if pol.Type == "" && o.has("DestinationPrefix") {
			pol.Type, pol.Kind, pol.Route = "ROUTE", KindRoute, routeOf(o)
			pol.Raw = nil
		}
		pol.Hoisted = true
		hoisted = append(hoisted, pol)
	}
	return n, hoisted
}

func routeOf(f obj) *Route {
	return &Route{Prefix: f.str("DestinationPrefix"), NextHop: f.str("NextHop"), NeedEncap: f.flag("NeedEncap")}
}

var protocolNames = map[int64]string{1: "ICMP", 6: "TCP", 17: "UDP", 58: "ICMPV6", 132: "SCTP"}

// portMappingOf reads a NAT/PortMapping whose Protocol is a name ("TCP",
// "tcp") in v1 and a number in v2.
func portMappingOf(f obj) *PortMapping {
	pm := &PortMapping{
		InternalPort: intOr0(f, "InternalPort"), ExternalPort: intOr0(f, "ExternalPort"),
		VIP: firstString(f, "VIP", "VirtualIP"), Flags: intOr0(f, "Flags"),
		DistributionType: f.intPtr("DistributionType"),
	}
	pm.Protocol, pm.ProtocolName = protocolOf(f.str("Protocol"))
	return pm
}

func protocolOf(s string) (int64, string) {
	if s == "" {
		return 0, ""
	}
	if n, ok := toInt64(s); ok {
		return n, protocolNames[n]
	}
	name := strings.ToUpper(s)
	for n, v := range protocolNames {
		if v == name {
			return n, name
		}
	}
	return 0, name
}

func aclOf(f obj) *ACL {
	protocols := f.str("Protocols")
	if protocols == "" {
		protocols = f.str("Protocol")
	}
	return &ACL{
		ID: firstString(f, "Id", "ID"), Protocols: protocols, Action: f.str("Action"),
		Direction: f.str("Direction"), LocalAddresses: f.str("LocalAddresses"),
		RemoteAddresses: f.str("RemoteAddresses"), LocalPorts: firstString(f, "LocalPorts", "LocalPort"),
		RemotePorts: firstString(f, "RemotePorts", "RemotePort"), RuleType: f.str("RuleType"),
		Priority: intOr0(f, "Priority"),
	}
}

func remoteSubnetRouteOf(f obj) *RemoteSubnetRoute {
	return &RemoteSubnetRoute{
		DestinationPrefix: f.str("DestinationPrefix"), IsolationID: intOr0(f, "IsolationId"),
		ProviderAddress: f.str("ProviderAddress"),
		DRMAC:           NormalizeMAC(firstString(f, "DistributedRouterMacAddress", "DrMacAddress")),
	}
}

func firstString(f obj, keys ...string) string {
	for _, k := range keys {
		if s := f.str(k); s != "" {
			return s
		}
	}
	return ""
}

func firstInt(f obj, keys ...string) *int64 {
	for _, k := range keys {
		if p := f.intPtr(k); p != nil {
			return p
		}
	}
	return nil
}

func intOr0(f obj, key string) int64 {
	n, _ := f.int64Of(key)
	return n
}

// rawJSON re-encodes a value for keeping; encoding/json sorts map keys, so
// the result is deterministic.
func rawJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return b
}

// mergeOutboundNAT folds all OutBoundNAT policies of a list into one.
func mergeOutboundNAT(pols []Policy) *OutboundNAT {
	var m *OutboundNAT
	for _, p := range pols {
		if p.OutboundNAT == nil {
			continue
		}
		if m == nil {
			m = &OutboundNAT{}
		}
		if m.VIP == "" {
			m.VIP = p.OutboundNAT.VIP
		}
		if m.MaxPortPoolUsage == nil {
			m.MaxPortPoolUsage = p.OutboundNAT.MaxPortPoolUsage
		}
		m.Exceptions = appendNew(m.Exceptions, p.OutboundNAT.Exceptions...)
		m.Destinations = appendNew(m.Destinations, p.OutboundNAT.Destinations...)
	}
	return m
}

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		if !slices.Contains(list, it) {
			list = append(list, it)
		}
	}
	return list
}
