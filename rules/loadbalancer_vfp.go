package rules

import (
	"net/netip"
	"sort"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/vfp"
)

// lbTarget is one (VIP, port, protocol) an LB programs.
type lbTarget struct {
	lb    *analyzer.LoadBalancer
	vip   netip.Addr
	port  int64
	proto int64
	local bool // has a local backend
}

func (t lbTarget) label() string {
	kind := ""
	if t.lb.IsNodePort() {
		kind = "NodePort "
	}
	return kind + t.vip.String() + ":" + itoa(int(t.port)) + "/" + analyzer.ProtocolName(t.proto)
}

func lbTargets(s *analyzer.Snapshot) []lbTarget {
	var out []lbTarget
	for _, lb := range s.LoadBalancers {
		vip, ok := vipSlot(s, lb)
		if !ok || len(lb.Backends) == 0 || lb.IPv6 || (lb.IsNodePort() && apipa.Contains(vip)) {
			continue // an APIPA management IP is HNS-NET-001; NodePort rules then follow no rule
		}
		local := false
		for _, b := range lb.Backends {
			local = local || !b.Remote
		}
		for _, pm := range lb.PortMappings() {
			out = append(out, lbTarget{lb: lb, vip: vip, port: pm.ExternalPort, proto: pm.Protocol, local: local})
		}
	}
	return out
}

// podPortsForLB lists pod ports whose layers HNS names the way this check
// knows; a port with none of them is skipped rather than reported.
func podPortsForLB(s *analyzer.Snapshot) []*analyzer.Port {
	var out []*analyzer.Port
	for _, e := range s.PodEndpoints() {
		if e.Port != nil && !e.Port.RulesCut() && (e.Port.HasLayer("LB_DSR") || e.Port.HasLayer("SLB_NAT") || e.Port.HasLayer("SLB_LB")) {
			out = append(out, e.Port)
		}
	}
	return out
}

func hostPort(s *analyzer.Snapshot) *analyzer.Port {
	if s.PodNetwork == nil || s.PodNetwork.HostVNIC == nil {
		return nil
	}
	p := s.PodNetwork.HostVNIC
	if p.RulesCut() {
		return nil
	}
	if p.HasLayer("SLB_LB") || p.HasLayer("HAIRPIN") || p.HasLayer("LB") {
		return p
	}
	return nil
}

// portSets are scratch maps reused across services.
type portSets struct{ dsr, lbnat, natIn, allow, hairpin map[*analyzer.Port]bool }

// missingLBRules lists, per expected rule description, the ports lacking it.
func missingLBRules(ix *keyIndex, sets *portSets, pods []*analyzer.Port, host *analyzer.Port, t lbTarget) map[string][]*analyzer.Port {
	var missing map[string][]*analyzer.Port
	k := lbKey{t.vip, t.port, t.proto}
	need := func(what string, p *analyzer.Port, have map[*analyzer.Port]bool) {
		if !have[p] {
			if missing == nil {
				missing = map[string][]*analyzer.Port{}
			}
			missing[what] = append(missing[what], p)
		}
	}
	sets.dsr, sets.lbnat = ix.portsWith(sets.dsr, k, clsDSR), ix.portsWith(sets.lbnat, k, clsLBNat)
	dsr, lbnat := sets.dsr, sets.lbnat
	for _, p := range pods {
		if t.lb.DSR {
			need("LB_DSR rule", p, dsr)
		} else {
			need("lbnat rule", p, lbnat)
		}
	}
	if t.lb.DSR {
		sets.natIn, sets.allow = ix.portsWith(sets.natIn, k, clsNATIn), ix.portsWith(sets.allow, k, clsAllowOut)
		natIn, allow := sets.natIn, sets.allow
		for _, b := range t.lb.Backends {
			if b.Remote || b.Port == nil || b.Port.RulesCut() || !b.Port.HasLayer("SLB_NAT") {
				continue
			}
			need("backend NAT rule (SLB_GROUP_NAT_IPv4_IN)", b.Port, natIn)
			need("backend ALLOW_NAT rule (SLB_GROUP_NAT_IPv4_OUT)", b.Port, allow)
		}
	}
	if host != nil {
		need("host load-balancing rule", host, lbnat)
		if t.local {
			sets.hairpin = ix.portsWith(sets.hairpin, k, clsHairpin)
			need("HairPin rule", host, sets.hairpin)
		}
	}
	return missing
}

func lbVFPRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-LB-002", Title: "Service VFP rules missing", Family: familyLB,
			Severity:    analyzer.SeverityError,
			Breaks:      "Connections to the service VIP (or NodePort) from the affected pods or from the host are not load-balanced and fail.",
			Remediation: restartProxy, Requires: []analyzer.SourceKind{analyzer.SourceLoadBalancers, analyzer.SourceVFPDump, analyzer.SourceEndpoints}, Since: since,
			Doc: "Each load balancer (VIP, or the management IP for NodePorts) has its LB_DSR or lbnat rule on every pod port, NAT/ALLOW_NAT rules on local backend ports and host rules on the host vNIC port; fields compared exactly."},
		applies: all(hasLoadBalancers, hasVFPPorts),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			ix := indexOf(s)
			pods, host := podPortsForLB(s), hostPort(s)
			sets := &portSets{}
			for _, t := range lbTargets(s) {
				missing := missingLBRules(ix, sets, pods, host, t)
				for _, what := range sortedKeys(missing) {
					ports := missing[what]
					var guids []string
					ev := []analyzer.Evidence{t.lb.Evidence("")}
					for _, p := range ports {
						guids = append(guids, portLabel(p))
						ev = append(ev, p.Evidence(""))
					}
					out = append(out, analyzer.Finding{
						Message: "load balancer " + t.label() + " (" + t.lb.ID + ") has no " + what + " on " + itoa(len(ports)) + " port(s): " + joinLimited(guids, 3),
						Objects: append([]string{t.label(), t.lb.ID}, guids...), Evidence: limitEvidence(ev)})
				}
			}
			return out
		},
	}
}

func portLabel(p *analyzer.Port) string {
	if p.Endpoint != nil {
		return p.GUID + " (" + p.Endpoint.Label() + ")"
	}
	return p.GUID + " (" + string(p.Role) + ")"
}

func lbBackendsRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-LB-003", Title: "VFP service rule backends differ from the load balancer", Family: familyLB,
			Severity:    analyzer.SeverityError,
			Breaks:      "Connections to the service go to backends that no longer serve it, or skip new ones.",
			Remediation: restartProxy, Requires: []analyzer.SourceKind{analyzer.SourceLoadBalancers, analyzer.SourceVFPDump, analyzer.SourceEndpoints}, Since: since,
			Doc: "The DIP range of an lbnat rule lists exactly the IPs of the load balancer's backend endpoints."},
		applies: all(hasLoadBalancers, hasVFPPorts),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			ix := indexOf(s)
			for _, t := range lbTargets(s) {
				if len(t.lb.MissingBackends) > 0 {
					continue
				}
				want := map[string]bool{}
				for _, b := range t.lb.Backends {
					want[b.IP.String()] = true
				}
				if f, ok := dipMismatch(ix, t, want); ok {
					out = append(out, f)
				}
			}
			return out
		},
	}
}

func dipMismatch(ix *keyIndex, t lbTarget, want map[string]bool) (analyzer.Finding, bool) {
	// A rule whose DIP fingerprint equals the backends' holds the same IPs
	// (bar a 64-bit hash collision); only the others are compared in full.
	wantN, wantSum := ix.setFingerprint(want)
	for _, e := range ix.rules(lbKey{t.vip, t.port, t.proto}) {
		if e.class&(clsLBNat|clsDSR) == 0 || e.ndips == 0 || (int(e.ndips) == wantN && e.dipSum == wantSum) {
			continue
		}
		r := ix.ref(e)
		if sameDIPs(r.Rule.DIPRanges, want) {
			continue
		}
		have := map[string]bool{}
		for _, d := range r.Rule.DIPRanges {
			have[d.IP] = true
		}
		extra, lacking := setDiff(have, want), setDiff(want, have)
		if len(extra) == 0 && len(lacking) == 0 {
			continue
		}
		msg := "VFP rule " + r.Rule.Name() + " on port " + r.Port.GUID + " for load balancer " + t.label() + ":"
		if len(extra) > 0 {
			msg += " extra backend(s) " + strings.Join(extra, ", ")
		}
		if len(lacking) > 0 {
			msg += " missing backend(s) " + strings.Join(lacking, ", ")
		}
		return analyzer.Finding{Message: msg, Objects: append(append([]string{t.label(), r.Rule.Name()}, extra...), lacking...),
			Evidence: []analyzer.Evidence{r.Evidence(), t.lb.Evidence("")}}, true
	}
	return analyzer.Finding{}, false
}

func setDiff(a, b map[string]bool) []string {
	var out []string
	for k := range a {
		if !b[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// sameDIPs is the allocation-free common case: every backend listed once.
func sameDIPs(dips []vfp.DIPRange, want map[string]bool) bool {
	if len(dips) != len(want) {
		return false
	}
	for i, d := range dips {
		if !want[d.IP] {
			return false
		}
		for _, e := range dips[:i] {
			if e.IP == d.IP {
				return false
			}
		}
	}
	return true
}
