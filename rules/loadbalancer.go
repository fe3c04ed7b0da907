package rules

import (
	"net/netip"
	"sort"

	"github.com/hnsscope/hnsscope/analyzer"
)

const familyLB = "load-balancing"

var restartProxy = []string{
	"Restart kube-proxy: it deletes and recreates every HNS load balancer on start.",
	"If the VFP rules are still missing or stale, restart HNS (Restart-Service -Force hns) and then kube-proxy.",
}

func loadBalancerRules() []analyzer.Rule {
	return []analyzer.Rule{danglingBackendRule(), lbVFPRule(), lbBackendsRule(), staleRemoteRule(), lbStateRule(), duplicateDSRRule()}
}

func danglingBackendRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-LB-001", Title: "Load balancer references a missing endpoint", Family: familyLB,
			Severity:    analyzer.SeverityError,
			Breaks:      "Connections to the service are balanced onto an endpoint that no longer exists and time out.",
			Remediation: restartProxy, Requires: []analyzer.SourceKind{analyzer.SourceLoadBalancers, analyzer.SourceEndpoints}, Since: since,
			Doc: "Every ID in References (v1) / HostComputeEndpoints (v2) names an HNS endpoint (networkhealth test 8, wcnscripts CheckingInvalidHnsPolicy; kubernetes #113524)."},
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, lb := range s.LoadBalancers {
				if len(lb.MissingBackends) == 0 {
					continue
				}
				out = append(out, analyzer.Finding{
					Message:  "load balancer " + lb.Label() + " (" + lb.ID + ") references missing endpoint(s) " + joinLimited(lb.MissingBackends, 4),
					Objects:  append([]string{lb.ID}, lb.MissingBackends...),
					Evidence: []analyzer.Evidence{lb.Evidence(lb.MissingBackends[0])}})
			}
			return out
		},
	}
}

// vipSlot is the address VFP rules of the LB carry: its VIP, or for a
// NodePort the management IP.
func vipSlot(s *analyzer.Snapshot, lb *analyzer.LoadBalancer) (netip.Addr, bool) {
	if len(lb.VIPAddrs) > 0 {
		return lb.VIPAddrs[0], true
	}
	return s.ManagementIP, s.ManagementIP.IsValid()
}

func staleRemoteRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-LB-004", Title: "Remote endpoint used by no load balancer", Family: familyLB,
			Severity:    analyzer.SeverityWarning,
			Breaks:      "A stale remote endpoint can hold an IP a new pod elsewhere receives; traffic to that pod is then sent to the wrong node.",
			Remediation: []string{"Remove the stale remote endpoints (Remove-HnsEndpoint) and restart kube-proxy."},
			Requires:    []analyzer.SourceKind{analyzer.SourceLoadBalancers, analyzer.SourceEndpoints}, Since: since,
			Doc: "Remote endpoints exist only as load-balancer backends (networkhealth StaleRemoteEndpoints); overlay service-VIP endpoints are expected and skipped, and a bundle without load balancers (just after a kube-proxy restart) is not judged."},
		applies: hasLoadBalancers,
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			used := map[netip.Addr]bool{}
			for _, lb := range s.LoadBalancers {
				for _, b := range lb.Backends {
					used[b.IP] = true
				}
				for _, v := range lb.VIPAddrs {
					used[v] = true // overlay service-VIP endpoints carry the ClusterIP
				}
			}
			svc, hasSvc := prefixParam(s.Cluster.ServiceCIDR)
			var stale []*analyzer.Endpoint
			for _, e := range s.Endpoints {
				if !e.Remote || !e.IP.IsValid() || used[e.IP] || len(e.LoadBalancers) > 0 || flannelRemote(e) {
					continue
				}
				if s.Mode == "overlay" && hasSvc && svc.Contains(e.IP) {
					continue
				}
				stale = append(stale, e)
			}
			if len(stale) == 0 {
				return nil
			}
			objs, ev := endpointObjects(stale, ipHints()...)
			return []analyzer.Finding{{Message: itoa(len(stale)) + " remote endpoint(s) are backends of no load balancer: " + joinLimited(objs, 5),
				Objects: objs, Evidence: ev}}
		},
	}
}

func lbStateRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-LB-005", Title: "Load balancer policy list not applied", Family: familyLB,
			Severity: analyzer.SeverityError, Breaks: "The service's load balancing is degraded or not programmed: connections to it fail.",
			Remediation: restartProxy, Requires: []analyzer.SourceKind{analyzer.SourceLoadBalancers}, Since: since,
			Doc: "A v1 ELB policy list has State 2; 4 means degraded (networkhealth LoadBalancerPolicyState, reporting every offending list). IsApplied false is normal and ignored."},
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, lb := range s.LoadBalancers {
				if lb.State == nil || *lb.State == 2 {
					continue
				}
				st := itoa(int(*lb.State))
				out = append(out, analyzer.Finding{
					Message: "load balancer policy list " + lb.ID + " for " + lb.Label() + " is in state " + st + ", want 2",
					Objects: []string{lb.ID, lb.Label()}, Evidence: []analyzer.Evidence{lb.Evidence("\"State\": " + st)}})
			}
			return out
		},
	}
}

func duplicateDSRRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-LB-006", Title: "Duplicate LB_DSR rules on a port", Family: familyLB,
			Severity:    analyzer.SeverityError,
			Breaks:      "Two DSR rules match the same service traffic: the stale one sends connections to old backends.",
			Remediation: restartProxy, Requires: []analyzer.SourceKind{analyzer.SourceVFPDump}, Since: since,
			Doc: "No two rules of LB_DSR_IPv4_OUT / LB_DSR_IPv6_OUT on a port share (destination IPs, destination ports, protocols) (wcnscripts CheckDuplicate_LB_DSR_VfpRules)."},
		applies: hasVFPPorts,
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			ix := indexOf(s)
			for _, k := range sortedLBKeys(ix) {
				out = append(out, duplicateDSR(ix, k)...)
			}
			return out
		},
	}
}

func sortedLBKeys(ix *keyIndex) []lbKey {
	ks := append([]lbKey(nil), ix.keys...)
	sort.Slice(ks, func(i, j int) bool {
		a, b := ks[i], ks[j]
		if a.vip != b.vip {
			return a.vip.Less(b.vip)
		}
		if a.port != b.port {
			return a.port < b.port
		}
		return a.proto < b.proto
	})
	return ks
}

func sameGroup(a, b indexedRule) bool {
	return a.port == b.port && a.layer == b.layer && a.group == b.group
}

// duplicateDSR reports ports where two condition-keyed rules of one LB_DSR
// group serve the same (destination IP, port, protocol), once per port.
func duplicateDSR(ix *keyIndex, k lbKey) []analyzer.Finding {
	var out []analyzer.Finding
	reported := int32(-1) // the port last reported
	// A key's rules are in port, layer, group order, so the rules of one
	// group, and those of one port, are adjacent.
	var groupFirst indexedRule
	inGroup := false
	for _, e := range ix.rules(k) {
		if e.class&clsDSR == 0 || e.byName {
			continue
		}
		if !inGroup || !sameGroup(groupFirst, e) {
			groupFirst, inGroup = e, true
			continue
		}
		if e.port == reported {
			continue
		}
		reported = e.port
		f, r := ix.ref(groupFirst), ix.ref(e)
		key := k.vip.String() + ":" + itoa(int(k.port)) + "/" + analyzer.ProtocolName(k.proto)
		out = append(out, analyzer.Finding{
			Message: "port " + r.Port.GUID + " has duplicate LB_DSR rules " + f.Rule.Name() + " and " + r.Rule.Name() + " for " + key,
			Objects: []string{r.Port.GUID, f.Rule.Name(), r.Rule.Name()}, Evidence: []analyzer.Evidence{f.Evidence(), r.Evidence()}})
	}
	return out
}
