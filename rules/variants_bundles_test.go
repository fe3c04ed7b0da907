package rules

import (
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/analyzer"
)

// variantCases are defects whose detection depends on the CNI set-up: the
// rule must fire on the broken bundle, naming object, and stay silent on
// the healthy bundle of the same set-up.
var variantCases = []struct {
	rule, fires, object, quiet string
}{
	{"HNS-NAT-003", "aks-azurecni-exception-missing", "10.240.0.0/16", "aks-azurecni-v2-healthy"},
	{"HNS-LB-004", "overlay-prersr-stale-remote-endpoint", "10.244.3.9", "overlay-prersr-v1-healthy"},
	{"HNS-ROUTE-001", "l2bridge-route-via-remote-dot1", "10.244.2.0/24", "l2bridge-sdn-scripts-v1-healthy"},
}

func TestRulesOnVariantBundles(t *testing.T) {
	for _, vc := range variantCases {
		t.Run(vc.rule+"/"+vc.fires, func(t *testing.T) {
			fired := ruleResultOf(analyzeGenerated(t, vc.fires), vc.rule)
			if fired.Status != analyzer.StatusFailed {
				t.Fatalf("status %s %s, want findings", fired.Status, fired.Reason)
			}
			named := false
			for _, f := range fired.Findings {
				named = named || mentions(f, vc.object)
			}
			if !named {
				t.Errorf("no finding names %q: %+v", vc.object, fired.Findings)
			}
			if quiet := ruleResultOf(analyzeGenerated(t, vc.quiet), vc.rule); quiet.Status != analyzer.StatusPassed {
				t.Errorf("%s on %s: status %s %s, want passed", vc.rule, vc.quiet, quiet.Status, quiet.Reason)
			}
		})
	}
}

// TestVariantSkips: checks the reference calls undecidable for a set-up
// skip with a reason naming why, instead of passing or guessing.
func TestVariantSkips(t *testing.T) {
	for _, tc := range []struct{ bundle, rule, reason string }{
		{"calico-overlay-no-pods-v1-healthy", "HNS-OVL-001", "#8569"},
		{"aks-azurecni-v2-healthy", "HNS-GW-001", "Azure CNI"},
		{"aks-azurecni-v2-healthy", "HNS-GW-002", "Azure CNI"},
		{"aks-azurecni-v2-healthy", "HNS-ROUTE-001", "Azure CNI"},
		{"azurecni-collectlogs-v2-healthy", "HNS-NAT-003", "10-azure.conflist"},
		{"overlay-prersr-v1-healthy", "HNS-OVL-006", "RemoteSubnetRoute"},
		{"calico-l2bridge-v1-healthy", "HNS-GW-001", "Calico"},
		{"calico-l2bridge-v1-healthy", "HNS-ROUTE-002", "Calico"},
	} {
		t.Run(tc.rule+"/"+tc.bundle, func(t *testing.T) {
			rr := ruleResultOf(analyzeGenerated(t, tc.bundle), tc.rule)
			if rr.Status != analyzer.StatusSkipped || !strings.Contains(rr.Reason, tc.reason) {
				t.Errorf("status %s %q, want skipped mentioning %q", rr.Status, rr.Reason, tc.reason)
			}
		})
	}
}
