package rules

import (
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

const familyGateway = "gateway"

func gatewayRules() []analyzer.Rule {
	return []analyzer.Rule{bridgeGatewayRule(), bridgeEndpointRule(), overlayGatewayRule(), compartmentGatewayRule()}
}

// subnetHost returns the n-th address of the pod subnet holding e.
func subnetHost(s *analyzer.Snapshot, e *analyzer.Endpoint, n int) (netip.Addr, netip.Prefix, bool) {
	if s.PodNetwork == nil {
		return netip.Addr{}, netip.Prefix{}, false
	}
	_, p, ok := s.PodNetwork.SubnetOf(e.IP)
	if !ok {
		return netip.Addr{}, netip.Prefix{}, false
	}
	return nthAddr(p, n), p, true
}

func gatewayCheck(id, title, mode string, nth int, doc string) analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: id, Title: title, Family: familyGateway, Severity: analyzer.SeverityError,
			Breaks: "Pods send off-subnet traffic to an address that does not forward it: no service, cross-node or outbound traffic.",
			Remediation: []string{"Fix the gateway in the CNI configuration (win-bridge/sdnbridge: the .2 bridge address, or forceBridgeGateway; overlay: the subnet's .1).",
				"Recreate the affected pods."},
			Requires: []analyzer.SourceKind{analyzer.SourceEndpoints}, Since: since, Doc: doc},
		applies: all(modeIs(mode), bridgeLayoutKnown, hasPodEndpoints),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			byGW := map[string][]*analyzer.Endpoint{}
			want := map[string]netip.Addr{}
			for _, e := range s.PodEndpoints() {
				gw := e.Gateway()
				exp, _, ok := subnetHost(s, e, nth)
				if !ok || !gw.IsValid() || gw == exp {
					continue
				}
				byGW[gw.String()] = append(byGW[gw.String()], e)
				want[gw.String()] = exp
			}
			var out []analyzer.Finding
			for _, gw := range sortedKeys(byGW) {
				objs, ev := endpointObjects(byGW[gw], gatewayHints(gw)...)
				out = append(out, analyzer.Finding{
					Message: itoa(len(objs)) + " pod endpoint(s) use gateway " + gw + ", want " + want[gw].String() + ": " + joinLimited(objs, 3),
					Objects: append([]string{gw}, objs...), Evidence: ev})
			}
			return out
		},
	}
}

func bridgeGatewayRule() analyzer.Rule {
	return gatewayCheck("HNS-GW-001", "l2bridge pod gateway is not the subnet's .2", "l2bridge", 2,
		"On l2bridge the pods' gateway is the bridge endpoint at subnet+2; .1 is reserved by the platform (win-bridge, sdnbridge forceBridgeGateway; windows-container-networking #40).")
}

func overlayGatewayRule() analyzer.Rule {
	return gatewayCheck("HNS-GW-003", "overlay pod gateway is not the subnet's .1", "overlay", 1,
		"On overlay the pods' gateway is the subnet's .1, served by the distributed router.")
}

func bridgeEndpointRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-GW-002", Title: "l2bridge bridge endpoint (.2) missing or not host-attached", Family: familyGateway,
			Severity:    analyzer.SeverityError,
			Breaks:      "Pods' gateway .2 does not answer: pods reach nothing outside their node subnet, the host cannot reach pods.",
			Remediation: []string{"Delete the <network>_ep endpoint (cbr0_ep) and restart flannel so it recreates and attaches it (flannel-io/flannel #1112, #1391, #1423)."},
			Requires:    []analyzer.SourceKind{analyzer.SourceEndpoints}, Since: since,
			Doc: "flannel host-gw creates <network>_ep with IP subnet+2 attached to the host compartment, shown as vEthernet (cbr0_ep) in ip.txt."},
		applies: all(modeIs("l2bridge"), bridgeLayoutKnown, hasPodEndpoints),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			pods := s.PodEndpoints()
			want, pfx, ok := subnetHost(s, pods[0], 2)
			if !ok {
				return nil
			}
			var holder *analyzer.Endpoint
			for _, e := range s.EndpointsByIP(want) {
				if !e.Remote {
					holder = e
				}
			}
			if holder == nil {
				return []analyzer.Finding{{Message: "no local endpoint holds the bridge address " + want.String() + " of pod subnet " + pfx.String(),
					Objects: []string{want.String()}, Evidence: []analyzer.Evidence{s.PodNetwork.Evidence(subnetHints(pfx)...)}}}
			}
			if !s.Has(analyzer.SourceIPConfig) || len(s.Adapters) == 0 {
				return nil
			}
			if holder.Adapter == nil || holder.Adapter.Compartment != 1 {
				where := "no adapter in ip.txt"
				if holder.Adapter != nil {
					where = "adapter " + holder.Adapter.Name + " in compartment " + itoa(holder.Adapter.Compartment)
				}
				return []analyzer.Finding{{Message: "bridge endpoint " + holder.Label() + " is not attached to the host compartment (" + where + ")",
					Objects: []string{holder.Label()}, Evidence: []analyzer.Evidence{holder.Evidence(quoted(want.String()))}}}
			}
			return nil
		},
	}
}

func compartmentGatewayRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-GW-004", Title: "Pod compartment gateway differs from the HNS endpoint", Family: familyGateway,
			Severity:    analyzer.SeverityError,
			Breaks:      "The pod routes off-subnet traffic to another gateway than HNS programmed: cross-node, service and outbound traffic fails.",
			Remediation: []string{"Recreate the pod so its compartment is configured from the endpoint again."},
			Requires:    []analyzer.SourceKind{analyzer.SourceEndpoints, analyzer.SourceIPConfig}, Since: since,
			Doc: "ipconfig's Default Gateway of a pod compartment adapter equals the endpoint gateway."},
		applies: all(modeIs("l2bridge", "overlay"), hasPodEndpoints),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, e := range s.PodEndpoints() {
				a, gw := e.Adapter, e.Gateway()
				if a == nil || a.Compartment == 1 || !gw.IsValid() {
					continue
				}
				var have []string
				match := false
				for _, g := range a.Gateways {
					if g.Is4() {
						have = append(have, g.String())
						match = match || g == gw
					}
				}
				if match {
					continue
				}
				got := "no default gateway"
				if len(have) > 0 {
					got = "default gateway " + strings.Join(have, ", ")
				}
				out = append(out, analyzer.Finding{
					Message:  "compartment " + itoa(a.Compartment) + " of pod endpoint " + e.Label() + " has " + got + ", HNS says " + gw.String(),
					Objects:  []string{e.Label(), gw.String()},
					Evidence: []analyzer.Evidence{analyzer.EvidenceAt(a.Pos, "adapter "+a.Name, "Default Gateway"), e.Evidence(gatewayHints(gw.String())...)}})
			}
			return out
		},
	}
}
