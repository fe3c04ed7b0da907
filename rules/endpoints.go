package rules

import (
	"maps"
	"net/netip"
	"slices"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/hns"
)

const familyEndpoints = "endpoints"

var recreatePod = []string{
	"Delete the affected pods so kubelet recreates them with new endpoints.",
	"If the endpoint remains, remove it with Remove-HnsEndpoint (or hnsdiag delete endpoints <id>) and restart kube-proxy.",
}

func endpointRules() []analyzer.Rule {
	return []analyzer.Rule{endpointStateRule(), duplicateIPRule(), duplicateMACRule(), endpointSubnetRule(),
		endpointNoPortRule(), orphanPortRule(), blockedPortRule(), compartmentRule(), natAttachedRule()}
}

func endpointStateRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-EP-001", Title: "Local endpoint not in AttachedSharing state", Family: familyEndpoints,
			Severity: analyzer.SeverityError, Breaks: "The pod behind the endpoint has no working network: it is detached or degraded.",
			Remediation: recreatePod, Requires: []analyzer.SourceKind{analyzer.SourceEndpoints}, Since: since,
			Doc: "A healthy local endpoint has v1 State 3 (AttachedSharing); 4 Detached and 5 Degraded mark broken pods (networkhealth EndpointStateTest)."},
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, e := range s.LocalEndpoints() {
				// kube-proxy's overlay source-VIP endpoint is never attached.
				if e.State == nil || *e.State == 3 || e.Role == analyzer.EndpointSourceVIP {
					continue
				}
				st := itoa(*e.State) + " (" + hns.StateName(*e.State) + ")"
				out = append(out, analyzer.Finding{
					Message: "local endpoint " + e.Label() + " is in state " + st + ", want 3 (AttachedSharing)",
					Objects: []string{e.Label()}, Evidence: []analyzer.Evidence{e.StateEvidence()}})
			}
			return out
		},
	}
}

func duplicateIPRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-EP-002", Title: "Two endpoints hold the same IP", Family: familyEndpoints,
			Severity: analyzer.SeverityError,
			Breaks:   "Traffic for the IP reaches one of the endpoints at random; with a remote endpoint holding a local IP, local pods become unreachable.",
			Remediation: []string{"Remove the stale endpoint (the one no running pod or service uses) with Remove-HnsEndpoint.",
				"Restart kube-proxy so it recreates the remote endpoints it needs."},
			Requires: []analyzer.SourceKind{analyzer.SourceEndpoints}, Since: since,
			Doc: "Endpoint IPs are unique on a node (wcnscripts DetectDuplicateIpAddr; Azure/AKS #5653)."},
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			byIP := map[netip.Addr][]*analyzer.Endpoint{}
			for _, e := range s.Endpoints {
				if e.IP.IsValid() {
					byIP[e.IP] = append(byIP[e.IP], e)
				}
			}
			var out []analyzer.Finding
			for _, ip := range sortedAddrs(byIP) {
				eps := byIP[ip]
				if len(eps) < 2 {
					continue
				}
				var objs []string
				var ev []analyzer.Evidence
				kinds := ""
				for _, e := range eps {
					objs = append(objs, e.ID)
					ev = append(ev, e.Evidence(quoted(ip.String())))
					kinds += " " + string(e.Role)
				}
				out = append(out, analyzer.Finding{
					Message: "IP " + ip.String() + " is held by " + itoa(len(eps)) + " endpoints (" + joinLimited(objs, 4) + ";" + kinds + ")",
					Objects: append([]string{ip.String()}, objs...), Evidence: limitEvidence(ev)})
			}
			return out
		},
	}
}

func sortedAddrs[V any](m map[netip.Addr]V) []netip.Addr {
	return slices.SortedFunc(maps.Keys(m), netip.Addr.Compare)
}

// hasLocal reports a local endpoint holding ip.
func hasLocal(s *analyzer.Snapshot, ip netip.Addr) bool {
	for _, e := range s.EndpointsByIP(ip) {
		if !e.Remote {
			return true
		}
	}
	return false
}

// sharedRemoteMAC is the one MAC kube-proxy ≤ 1.9 gave every remote endpoint.
const sharedRemoteMAC = "00:11:22:33:44:55"

func duplicateMACRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-EP-003", Title: "Two local endpoints share a MAC", Family: familyEndpoints,
			Severity: analyzer.SeverityError, Breaks: "The vSwitch delivers frames for the MAC to one port only: one of the pods loses traffic.",
			Remediation: recreatePod, Requires: []analyzer.SourceKind{analyzer.SourceEndpoints}, Since: since,
			Doc: "Local endpoint MACs are unique; remote endpoints of kube-proxy ≤ 1.9 share 00:11:22:33:44:55 by design and are ignored."},
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			byMAC := map[string][]*analyzer.Endpoint{}
			for _, e := range s.LocalEndpoints() {
				mac := hns.NormalizeMAC(e.MAC)
				if mac != "" && mac != sharedRemoteMAC {
					byMAC[mac] = append(byMAC[mac], e)
				}
			}
			var out []analyzer.Finding
			for _, mac := range sortedKeys(byMAC) {
				eps := byMAC[mac]
				if len(eps) < 2 {
					continue
				}
				objs, ev := endpointObjects(eps, `"MacAddress"`)
				out = append(out, analyzer.Finding{
					Message: "MAC " + mac + " is used by " + itoa(len(eps)) + " local endpoints: " + joinLimited(objs, 4),
					Objects: append([]string{mac}, objs...), Evidence: ev})
			}
			return out
		},
	}
}

func endpointSubnetRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-EP-004", Title: "Local endpoint IP outside its network's subnets", Family: familyEndpoints,
			Severity: analyzer.SeverityError, Breaks: "The pod's address is not routed to this node: replies to it never arrive.",
			Remediation: append([]string{"Check the IPAM subnet of the CNI configuration against the HNS network subnet."}, recreatePod...),
			Requires:    []analyzer.SourceKind{analyzer.SourceEndpoints, analyzer.SourceNetworks}, Since: since,
			Doc: "A local endpoint's IP lies in one of its network's subnets (HCN_E_INVALID_IP otherwise)."},
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, e := range s.LocalEndpoints() {
				n := e.Network
				if n == nil || !e.IP.IsValid() || len(validPrefixes(n.Prefixes)) == 0 || n.Contains(e.IP) {
					continue
				}
				out = append(out, analyzer.Finding{
					Message: "local endpoint " + e.Label() + " has IP " + e.IP.String() + " outside the subnets of network " + n.Name +
						" (" + prefixList(n.Prefixes) + ")",
					Objects:  []string{e.Label(), n.Name},
					Evidence: []analyzer.Evidence{e.Evidence(quoted(e.IP.String())), n.Evidence(`"AddressPrefix"`, `"IpAddressPrefix"`)}})
			}
			return out
		},
	}
}

func validPrefixes(ps []netip.Prefix) []netip.Prefix {
	var out []netip.Prefix
	for _, p := range ps {
		if p.IsValid() {
			out = append(out, p)
		}
	}
	return out
}

func prefixList(ps []netip.Prefix) string {
	var ss []string
	for _, p := range validPrefixes(ps) {
		ss = append(ss, p.String())
	}
	return joinLimited(ss, 4)
}
