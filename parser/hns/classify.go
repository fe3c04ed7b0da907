package hns

import "strings"

// Keys that only one schema uses.
var (
	v2Keys = []string{"IpConfigurations", "HostComputeNetwork", "HostComputeNamespace", "Ipams", "MacPool",
		"FrontendVIPs", "PortMappings", "HostComputeEndpoints", "NamespaceId"}
	v1Keys = []string{"IPAddress", "VirtualNetwork", "VirtualNetworkName", "IsRemoteEndpoint", "Subnets",
		"MacPools", "ManagementIP", "References", "ResourceList"}
)

// schemaOf classifies one object. SchemaVersion.Major decides; otherwise the
// schema whose keys the object carries more of wins, v1 on a tie (a v1 view
// of a load balancer created through v2 carries HostComputeNetwork).
func schemaOf(o obj) Schema {
	if sv, ok := o.get("SchemaVersion"); ok {
		if m, ok := sv.(map[string]any); ok {
			if major, ok := obj(m).int64Of("Major"); ok && major >= 2 {
				return SchemaV2
			}
		}
	}
	v1, v2 := 0, 0
	for _, k := range v1Keys {
		if o.has(k) {
			v1++
		}
	}
	for _, k := range v2Keys {
		if o.has(k) {
			v2++
		}
	}
	if v2 > v1 {
		return SchemaV2
	}
	return SchemaV1
}

// Object kinds recognised by ObjectKind.
const (
	ObjectEndpoint     = "endpoint"
	ObjectNetwork      = "network"
	ObjectLoadBalancer = "loadbalancer"
	ObjectRouteList    = "routelist"
	ObjectNamespace    = "namespace"
	ObjectUnknown      = "unknown"
)

// objectKind tells what an HNS object is from its keys.
func objectKind(o obj) string {
	switch {
	case o.has("FrontendVIPs") || o.has("PortMappings") || o.has("HostComputeEndpoints") && !o.has("Setting"):
		return ObjectLoadBalancer
	case o.has("References") || o.has("Policies") && hasELBOrRoutePolicy(o) && !o.has("MacAddress"):
		if hasPolicyType(o, "ELB") || !hasPolicyType(o, "ROUTE") && !hasPolicyType(o, "SDNRoute") {
			return ObjectLoadBalancer
		}
		return ObjectRouteList
	case o.has("IPAddress") || o.has("IpConfigurations") || o.has("VirtualNetwork") ||
		(o.has("HostComputeNetwork") || o.has("VirtualNetworkName")) && o.has("MacAddress"):
		return ObjectEndpoint
	case o.has("Subnets") || o.has("Ipams") || o.has("ManagementIP") || o.has("MacPools") || o.has("MacPool"):
		return ObjectNetwork
	case o.has("CompartmentId") || o.has("NamespaceId") || o.has("ResourceList"):
		return ObjectNamespace
	case o.has("Type") && (o.has("NetworkAdapterName") || o.has("SourceMac")):
		return ObjectNetwork
	}
	return ObjectUnknown
}

func hasELBOrRoutePolicy(o obj) bool {
	return hasPolicyType(o, "ELB") || hasPolicyType(o, "ROUTE") || hasPolicyType(o, "SDNRoute")
}

func hasPolicyType(o obj, typ string) bool {
	v, _ := o.get("Policies")
	list, _ := v.([]any)
	for _, p := range list {
		if m, ok := p.(map[string]any); ok {
			if strings.EqualFold(obj(m).str("Type"), typ) {
				return true
			}
		}
	}
	return false
}
