package hns

import "strings"

// knownKeys are the HNS keys the decoders read, in their canonical spelling.
// HNS spells some keys differently across builds and schemas (ID/Id,
// IPAddress/IpAddress, CompartmentId/CompartmentID); objects are rewritten
// to these spellings once, so lookups are plain map accesses. Where two
// spellings fold together the first listed is canonical.
var knownKeys = []string{
	"Action", "AdapterName", "Address", "AddressPrefix", "Allocators", "CompartmendId", "CompartmentGuid",
	"CompartmentId", "Data", "DNSDomain", "DNSServerList", "DNSSuffix", "DestinationPrefix", "Destinations",
	"Direction", "DistributedRouterMacAddress", "Error", "ErrorCode", "Success", "DistributionType", "Dns", "Domain", "DrMacAddress",
	"EncapOverhead", "EndMacAddress", "EndpointPortGuid", "ExceptionList", "Exceptions", "ExternalNicPortGuid",
	"ExternalPort", "Extra", "Flags", "FrontendVIPs", "GatewayAddress", "GatewayAddressV6", "Health",
	"HostComputeEndpoints", "HostComputeNamespace", "HostComputeNetwork", "ID", "ILB", "IPAddress", "IPv6",
	"IPv6Address", "IPv6PrefixLength", "InternalPort", "IpAddressPrefix", "IpConfigurations", "Ipams",
	"IsApplied", "IsDSR", "IsDefault", "IsRemoteEndpoint", "IsolationId", "LocalAddresses", "LocalPort",
	"LocalPorts", "LocalRoutedVip", "MacAddress", "MacPool", "MacPools", "Major", "ManagementIP",
	"MaxPortPoolUsage", "Name", "Namespace", "NamespaceGuid", "NamespaceId", "NeedEncap", "NetworkAdapterName",
	"NextHop", "Overhead", "PA", "Policies", "PortMappings", "PrefixLength", "Priority", "Protocol", "Protocols",
	"ProviderAddress", "Ranges", "References", "RemoteAddresses", "RemotePort", "RemotePorts", "ResourceList",
	"Resources", "Routes", "RuleType", "SchemaVersion", "Search", "ServerList", "Setting", "Settings",
	"SharedContainers", "SourceMac", "SourceMacAddress", "SourceVIP", "StartMacAddress", "State", "Subnets",
	"Tag", "Type", "VIP", "VIPs", "VLAN", "VSID", "VirtualIP", "VirtualNetwork", "VirtualNetworkName",
}

// keyTables is built once from knownKeys and only read afterwards.
type keyTables struct {
	canonical map[string]bool   // spelling → is canonical
	byFold    map[string]string // lower-case → canonical
	// maybe[len][first letter, lower-cased] is set when a known key has that
	// length and initial: a cheap filter for the many keys HNS prints that
	// the decoders never read.
	maybe [65][256]bool
}

var keys = buildKeyTables()

func buildKeyTables() keyTables {
	t := keyTables{canonical: map[string]bool{}, byFold: map[string]string{}}
	for _, k := range knownKeys {
		f := strings.ToLower(k)
		if _, dup := t.byFold[f]; dup {
			continue
		}
		t.byFold[f] = k
		t.canonical[k] = true
		if len(k) <= 64 {
			t.maybe[len(k)][f[0]] = true
		}
	}
	return t
}

// canonicalKey returns the canonical spelling of k, or k itself.
func canonicalKey(k string) string {
	if len(k) == 0 || len(k) > 64 || !keys.maybe[len(k)][lower(k[0])] || keys.canonical[k] {
		return k
	}
	var buf [64]byte
	for i := 0; i < len(k); i++ {
		buf[i] = lower(k[i])
	}
	if c, ok := keys.byFold[string(buf[:len(k)])]; ok {
		return c
	}
	return k
}

// canonicalize rewrites the keys of m to their canonical spellings. A key
// whose canonical spelling is already present is left alone.
func canonicalize(m map[string]any) {
	var renames [][2]string
	for k := range m {
		if c := canonicalKey(k); c != k {
			if _, clash := m[c]; !clash {
				renames = append(renames, [2]string{k, c})
			}
		}
	}
	for _, r := range renames {
		m[r[1]] = m[r[0]]
		delete(m, r[0])
	}
}

// lower folds an ASCII letter; canonicalKey runs on every key of every
// object, so it avoids allocating a lower-cased copy.
func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
