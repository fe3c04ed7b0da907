package rules

import (
	"encoding/json"
	"net/netip"
	"strconv"

	"github.com/hnsscope/hnsscope/parser/vfp"
)

// Hints name the line of a record that evidence quotes (analyzer.Quote).
// The HNS v1 and v2 schemas spell the same fact differently, so most list
// both spellings, the one holding the offending value first.

// quoted is a JSON string value as a hint, e.g. `"10.244.1.4"`.
func quoted(s string) string { return `"` + s + `"` }

// exceptionValueHints name one ExceptionList entry as PowerShell 7 and
// as Windows PowerShell 5.1 (which escapes <, > and &) print it.
func exceptionValueHints(x string) []string {
	escaped, err := json.Marshal(x)
	if err != nil || string(escaped) == quoted(x) {
		return []string{quoted(x)}
	}
	return []string{quoted(x), string(escaped)}
}

func dnsServerHints() []string { return []string{`"DNSServerList"`, `"ServerList"`} }

func exceptionHints() []string { return []string{`"ExceptionList"`, `"Exceptions"`} }

// compartmentHints: the v1 allocator's CompartmendId (sic), the v1
// namespace CompartmentId, the v2 NamespaceId.
func compartmentHints(id int64) []string {
	n := strconv.FormatInt(id, 10)
	return []string{`"CompartmendId": ` + n, `"CompartmentId": ` + n, `"NamespaceId": ` + n}
}

// subnetHints: v1 Subnets[].AddressPrefix, v2 Ipams[].Subnets[].IpAddressPrefix.
func subnetHints(p netip.Prefix) []string { return subnetValueHints(p.String()) }

// subnetValueHints is subnetHints of a prefix as the bundle spells it.
func subnetValueHints(prefix string) []string {
	v := quoted(prefix)
	return []string{`"AddressPrefix": ` + v, `"IpAddressPrefix": ` + v, `"AddressPrefix"`, `"IpAddressPrefix"`}
}

// paHints: a remote endpoint's provider address, v1 PA and v2 ProviderAddress.
func paHints(pa string) []string {
	return []string{`"PA": ` + quoted(pa), `"ProviderAddress": ` + quoted(pa)}
}

// ipHints: v1 IPAddress, v2 IpConfigurations[].IpAddress (hints ignore case).
func ipHints() []string { return []string{`"IPAddress"`} }

// gatewayHints: v1 GatewayAddress, v2 Routes[].NextHop.
func gatewayHints(gw string) []string {
	v := quoted(gw)
	return []string{`"GatewayAddress": ` + v, `"NextHop": ` + v, `"GatewayAddress"`, `"NextHop"`}
}

// counterHints name the first non-zero drop counter of a rule.
func counterHints(c *vfp.Counters) []string {
	var out []string
	if c.DroppedPackets > 0 {
		out = append(out, "Dropped packets")
	}
	if c.PendingPackets > 0 {
		out = append(out, "Pending packets")
	}
	if c.DroppedUnifiedFlows > 0 {
		out = append(out, "Dropped unified flows")
	}
	return out
}
