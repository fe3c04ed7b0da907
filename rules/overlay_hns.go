package rules

import (
	"net/netip"
	"slices"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/hns"
)

func rsrSanityRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-OVL-003", Title: "Duplicate or self-pointing RemoteSubnetRoute", Family: familyOverlay,
			Severity:    analyzer.SeverityError,
			Breaks:      "Traffic to the prefix is encapsulated to the wrong node, or local pods are sent away from the node.",
			Remediation: overlayRemediation, Requires: []analyzer.SourceKind{analyzer.SourceNetworks}, Since: since,
			Doc: "One RemoteSubnetRoute per remote node, none for the own pod subnet, no two with the same prefix."},
		applies: all(modeIs("overlay"), hasRSR),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			own, hasOwn := prefixParam(s.Cluster.PodSubnet)
			seen := map[netip.Prefix]rsrRef{}
			var out []analyzer.Finding
			for _, r := range remoteSubnetRoutes(s) {
				ev := rsrEvidence(s, r)
				if hasOwn && r.prefix.Overlaps(own) {
					out = append(out, analyzer.Finding{
						Message: "RemoteSubnetRoute " + r.prefix.String() + " → " + r.route.ProviderAddress + " overlaps the node's own pod subnet " + own.String(),
						Objects: []string{r.prefix.String()}, Evidence: []analyzer.Evidence{ev}})
				}
				if first, dup := seen[r.prefix]; dup {
					out = append(out, analyzer.Finding{
						Message: "two RemoteSubnetRoutes for " + r.prefix.String() + ": via " + first.route.ProviderAddress + " and " + r.route.ProviderAddress,
						Objects: []string{r.prefix.String()}, Evidence: []analyzer.Evidence{ev}})
				}
				seen[r.prefix] = r
			}
			return out
		},
	}
}

func sourceVIPRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-OVL-004", Title: "Source-VIP endpoint missing", Family: familyOverlay,
			Severity:    analyzer.SeverityError,
			Breaks:      "kube-proxy cannot SNAT service traffic on the overlay: connections to services with remote backends fail.",
			Remediation: []string{"Recreate the source-VIP endpoint: delete C:\\k\\sourceVip.json (or the file your setup uses) and restart kube-proxy, which recreates it."},
			Requires:    []analyzer.SourceKind{analyzer.SourceEndpoints, analyzer.SourceLoadBalancers}, Since: since,
			Doc: "kube-proxy needs a local endpoint holding --source-vip; the load balancers' SourceVIP names it."},
		applies: all(modeIs("overlay"), hasLoadBalancers, func(s *analyzer.Snapshot) (bool, string) {
			if _, ok := addrParam(s.Cluster.SourceVIP); !ok {
				return false, "no source VIP could be derived (load balancers carry no SourceVIP inside the pod subnet)"
			}
			return true, ""
		}),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			p := s.Cluster.SourceVIP
			vip, _ := addrParam(p)
			if hasLocal(s, vip) {
				return nil
			}
			ev := []analyzer.Evidence{}
			for _, lb := range s.LoadBalancers {
				if strings.TrimSpace(lb.SourceVIP) == vip.String() {
					ev = append(ev, lb.Evidence(`"SourceVIP": `+quoted(vip.String())))
					break
				}
			}
			return []analyzer.Finding{{Message: "no local endpoint holds the source VIP " + vip.String() + paramNote(p),
				Objects: []string{vip.String()}, Evidence: ev}}
		},
	}
}

func remotePARule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-OVL-005", Title: "Remote endpoint points at an unknown node", Family: familyOverlay,
			Severity:    analyzer.SeverityError,
			Breaks:      "Traffic to the backend is encapsulated to an address that is not the node hosting it and is lost.",
			Remediation: []string{"Restart kube-proxy so it recreates its remote endpoints from the current RemoteSubnetRoutes."},
			Requires:    []analyzer.SourceKind{analyzer.SourceEndpoints, analyzer.SourceNetworks}, Since: since,
			Doc: "A remote endpoint's PA equals the ProviderAddress of the RemoteSubnetRoute containing its IP, or the own node IP when none does."},
		applies: all(modeIs("overlay"), hasRSR),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			rsrs := remoteSubnetRoutes(s)
			var out []analyzer.Finding
			for _, e := range s.Endpoints {
				pa := endpointPA(e)
				if !e.Remote || pa == "" || !e.IP.IsValid() {
					continue
				}
				want := s.ManagementIP.String()
				for _, r := range rsrs {
					if r.prefix.Contains(e.IP) {
						want = r.route.ProviderAddress
					}
				}
				if want == "" || want == "invalid IP" || pa == want {
					continue
				}
				out = append(out, analyzer.Finding{
					Message: "remote endpoint " + e.Label() + " has PA " + pa + ", but its node is " + want,
					Objects: []string{e.Label(), pa}, Evidence: []analyzer.Evidence{e.Evidence(paHints(pa)...)}})
			}
			return out
		},
	}
}

func endpointPA(e *analyzer.Endpoint) string {
	for _, p := range e.Policies {
		if p.Kind == hns.KindProviderAddress && p.ProviderAddress != "" {
			return strings.TrimSpace(p.ProviderAddress)
		}
	}
	return ""
}

func rsrCoverageRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-OVL-006", Title: "Remote pod subnet without RemoteSubnetRoute", Family: familyOverlay,
			Severity:    analyzer.SeverityError,
			Breaks:      "Pods cannot reach pods of that remote node: no encapsulation target exists for its pod subnet.",
			Remediation: overlayRemediation, Requires: []analyzer.SourceKind{analyzer.SourceEndpoints, analyzer.SourceNetworks}, Since: since,
			Doc: "With RemoteSubnetRoute mode every remote pod IP in the cluster CIDR lies in some RemoteSubnetRoute prefix."},
		applies: all(modeIs("overlay"), hasRSR, func(s *analyzer.Snapshot) (bool, string) {
			if _, ok := prefixParam(s.Cluster.ClusterCIDR); !ok {
				return false, "the cluster CIDR could not be derived; give it with a flag"
			}
			return true, ""
		}),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			cluster, _ := prefixParam(s.Cluster.ClusterCIDR)
			own, _ := prefixParam(s.Cluster.PodSubnet)
			rsrs := remoteSubnetRoutes(s)
			var out []analyzer.Finding
			subs := remotePodSubnets(s, cluster, own)
			for _, p := range sortedPrefixes(subs) {
				var missing []*analyzer.Endpoint
				for _, e := range subs[p] {
					if !slices.ContainsFunc(rsrs, func(r rsrRef) bool { return r.prefix.Contains(e.IP) }) {
						missing = append(missing, e)
					}
				}
				if len(missing) == 0 {
					continue
				}
				objs, ev := endpointObjects(missing, ipHints()...)
				out = append(out, analyzer.Finding{
					Message: "no RemoteSubnetRoute covers remote pod subnet " + p.String() + " (remote endpoints " + joinLimited(objs, 3) + ")",
					Objects: append([]string{p.String()}, objs...), Evidence: append(ev, s.PodNetwork.Evidence())})
			}
			return out
		},
	}
}
