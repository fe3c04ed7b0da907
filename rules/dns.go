package rules

import (
	"net/netip"
	"slices"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

const familyDNS = "dns"

func dnsRules() []analyzer.Rule {
	return []analyzer.Rule{dnsLBRule(), dnsVFPRule(), dnsServerRule(), dnsSuffixRule()}
}

func dnsKnown(s *analyzer.Snapshot) (bool, string) {
	if _, ok := addrParam(s.Cluster.DNSIP); !ok {
		return false, "the cluster DNS IP could not be derived (no kubeclusterconfig.json, CNI config, DNS load balancers or endpoint DNS servers); give it with a flag"
	}
	return true, ""
}

func dnsLBRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-DNS-001", Title: "DNS VIP lacks a UDP or TCP 53 load balancer", Family: familyDNS,
			Severity: analyzer.SeverityCritical,
			Breaks:   "Name resolution over the missing protocol fails for every pod (UDP: all lookups; TCP: large answers and retries).",
			Remediation: []string{"Check that the kube-dns/CoreDNS pods are ready (kube-proxy only programs services with ready endpoints).",
				"Restart kube-proxy on the node."},
			Requires: []analyzer.SourceKind{analyzer.SourceLoadBalancers}, Since: since,
			Doc: "The DNS VIP has two load balancers 53→53, protocol 17 and 6, each with backends; counted per VIP and protocol (wcnscripts CheckHnsDnsRuleMissing done right)."},
		applies: all(dnsKnown, hasLoadBalancers),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			vip, _ := addrParam(s.Cluster.DNSIP)
			have := map[int64]bool{}
			var ev []analyzer.Evidence
			for _, lb := range s.LoadBalancers {
				if !slices.Contains(lb.VIPAddrs, vip) {
					continue
				}
				for _, pm := range lb.PortMappings() {
					if pm.InternalPort == 53 && pm.ExternalPort == 53 && len(lb.Backends) > 0 {
						have[pm.Protocol] = true
						ev = append(ev, lb.Evidence())
					}
				}
			}
			var out []analyzer.Finding
			for _, proto := range []int64{17, 6} {
				if have[proto] {
					continue
				}
				name := analyzer.ProtocolName(proto)
				out = append(out, analyzer.Finding{
					Message: "DNS VIP " + vip.String() + paramNote(s.Cluster.DNSIP) + " has no " + name + " 53 load balancer with backends",
					Objects: []string{vip.String() + ":53/" + name}, Evidence: append([]analyzer.Evidence{dnsEvidence(s)}, limitEvidence(ev)...)})
			}
			return out
		},
	}
}

// dnsEvidence points at where the DNS IP came from, or at the first pod.
func dnsEvidence(s *analyzer.Snapshot) analyzer.Evidence {
	for _, e := range s.PodEndpoints() {
		return e.Evidence(dnsServerHints()...)
	}
	return analyzer.Evidence{File: s.Cluster.DNSIP.From}
}

func dnsVFPRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-DNS-002", Title: "Pod port lacks the DNS DSR rules", Family: familyDNS,
			Severity: analyzer.SeverityCritical, Breaks: "DNS lookups from the pod over the missing protocol time out.",
			Remediation: restartProxy, Requires: []analyzer.SourceKind{analyzer.SourceLoadBalancers, analyzer.SourceVFPDump}, Since: since,
			Doc: "With DSR DNS load balancers each pod port holds LB_DSR rules for <dnsVIP> 53 on protocol 6 and 17 (wcnscripts CheckVfpDnsRuleMissing, monitorDNS.ps1), matched by fields."},
		applies: all(dnsKnown, hasVFPPorts, hasPodEndpoints),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			vip, _ := addrParam(s.Cluster.DNSIP)
			dsr := map[int64]bool{}
			for _, lb := range s.LoadBalancers {
				if lb.DSR && slices.Contains(lb.VIPAddrs, vip) && lb.ExternalPort == 53 && len(lb.Backends) > 0 {
					dsr[lb.Protocol] = true
				}
			}
			var out []analyzer.Finding
			ix := indexOf(s)
			have := map[int64]map[*analyzer.Port]bool{17: ix.portsWith(nil, lbKey{vip, 53, 17}, clsDSR), 6: ix.portsWith(nil, lbKey{vip, 53, 6}, clsDSR)}
			for _, p := range podPortsForLB(s) {
				var missing []string
				for _, proto := range []int64{17, 6} {
					if !dsr[proto] {
						continue
					}
					if !have[proto][p] {
						missing = append(missing, "_"+vip.String()+"_53_53_"+itoa(int(proto)))
					}
				}
				if len(missing) == 0 {
					continue
				}
				out = append(out, analyzer.Finding{
					Message: "VFP port " + portLabel(p) + " has no LB_DSR DNS rule " + strings.Join(missing, ", "),
					Objects: []string{p.GUID, vip.String()}, Evidence: []analyzer.Evidence{p.Evidence()}})
			}
			return out
		},
	}
}

func dnsServerRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-DNS-003", Title: "Pod does not use the cluster DNS VIP", Family: familyDNS,
			Severity: analyzer.SeverityError, Breaks: "The pod cannot resolve cluster names (service.namespace.svc.cluster.local).",
			Remediation: []string{"Check the dns.Nameservers of the CNI configuration and kubelet --cluster-dns.", "Recreate the affected pods."},
			Requires:    []analyzer.SourceKind{analyzer.SourceEndpoints}, Since: since,
			Doc: "Pod endpoints list the cluster DNS VIP (DNSServerList / Dns.ServerList), and so do their compartment adapters in ip.txt."},
		applies: all(dnsKnown, modeIs("l2bridge", "overlay"), hasPodEndpoints),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			vip, _ := addrParam(s.Cluster.DNSIP)
			var out []analyzer.Finding
			for _, e := range s.PodEndpoints() {
				if !listsAddr(e.DNSServers, vip) {
					out = append(out, analyzer.Finding{
						Message: "pod endpoint " + e.Label() + " lists DNS servers [" + strings.Join(e.DNSServers, ", ") + "], not the DNS VIP " + vip.String() + paramNote(s.Cluster.DNSIP),
						Objects: []string{e.Label(), vip.String()}, Evidence: []analyzer.Evidence{e.Evidence(dnsServerHints()...)}})
					continue
				}
				if a := e.Adapter; a != nil && a.Compartment != 1 && len(a.DNSServers) > 0 && !slices.Contains(a.DNSServers, vip) {
					out = append(out, analyzer.Finding{
						Message: "compartment " + itoa(a.Compartment) + " of pod endpoint " + e.Label() + " does not list the DNS VIP " + vip.String(),
						Objects: []string{e.Label(), vip.String()}, Evidence: []analyzer.Evidence{analyzer.EvidenceAt(a.Pos, "adapter "+a.Name, "DNS Servers")}})
				}
			}
			return out
		},
	}
}

func listsAddr(list []string, a netip.Addr) bool {
	for _, x := range list {
		if v, err := netip.ParseAddr(strings.TrimSpace(x)); err == nil && v == a {
			return true
		}
	}
	return false
}

func dnsSuffixRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-DNS-004", Title: "Pod has no DNS suffix search list", Family: familyDNS,
			Severity: analyzer.SeverityWarning, Breaks: "Short service names (my-svc, my-svc.my-namespace) do not resolve from the pod; only fully qualified names work.",
			Remediation: []string{"Add dns.Search to the CNI configuration (<ns>.svc.cluster.local, svc.cluster.local, cluster.local).", "Recreate the affected pods."},
			Requires:    []analyzer.SourceKind{analyzer.SourceEndpoints}, Since: since,
			Doc: "Pod endpoints carry a DNS suffix list <ns>.svc.cluster.local,svc.cluster.local,cluster.local."},
		applies: all(modeIs("l2bridge", "overlay"), hasPodEndpoints),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var eps []*analyzer.Endpoint
			for _, e := range s.PodEndpoints() {
				if len(e.DNSSuffixes) == 0 && e.DNSDomain == "" && (e.Adapter == nil || len(e.Adapter.DNSSuffixSearch) == 0) {
					eps = append(eps, e)
				}
			}
			if len(eps) == 0 {
				return nil
			}
			objs, ev := endpointObjects(eps, `"DNSSuffix"`, `"Search"`)
			return []analyzer.Finding{{Message: itoa(len(eps)) + " pod endpoint(s) have no DNS suffix search list: " + joinLimited(objs, 4),
				Objects: objs, Evidence: ev}}
		},
	}
}
