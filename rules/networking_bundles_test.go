package rules

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/hnsscope/hnsscope/analyzer"
)

// bundleCase ties a rule to a generated bundle (testdata/bundles, made by
// cmd/hnsgen) in which it must fire, naming object, and one in which it
// must stay silent.
type bundleCase struct {
	fires, object, quiet string
}

var bundleCases = map[string]bundleCase{
	"HNS-ROUTE-001": {"l2bridge-missing-host-route", "10.244.2.0/24", "l2bridge-v1-healthy"},
	"HNS-ROUTE-002": {"l2bridge-cbr0-ep-missing", "10.244.1.0/24", "l2bridge-v2-healthy"},
	"HNS-ROUTE-003": {"l2bridge-podcidr-via-nat-vnic", "10.244.3.0/24", "l2bridge-v1-healthy"},
	"HNS-ROUTE-004": {"l2bridge-duplicate-persistent-routes", "10.244.2.0/24", "l2bridge-v1-healthy"},
	"HNS-NAT-001":   {"l2bridge-endpoint-no-outboundnat", "10.244.1.5", "l2bridge-v1-healthy"},
	"HNS-NAT-002":   {"l2bridge-invalid-exceptions", "<your service cidr>", "l2bridge-v2-healthy"},
	"HNS-NAT-003":   {"l2bridge-exceptions-missing-service-cidr", "10.96.0.0/12", "l2bridge-v2-healthy"},
	"HNS-NAT-004":   {"l2bridge-inconsistent-exceptions", "10.0.0.0/8", "l2bridge-v1-healthy"},
	"HNS-NAT-005":   {"l2bridge-snat-tcp-only", "SNAT_UDP_OUTBOUNDNAT", "l2bridge-v2-healthy"},
	"HNS-NAT-006":   {"l2bridge-missing-snat-allow-rule", "10.96.0.0/12", "l2bridge-v2-healthy"},
	"HNS-L2-001":    {"l2bridge-missing-l2-rewrite", "10.244.1.4", "l2bridge-v1-healthy"},
	"HNS-L2-002":    {"l2bridge-duplicate-l2-rewrite", "10.244.1.5", "l2bridge-v2-healthy"},
	"HNS-OVL-001":   {"overlay-missing-routeencap", "10.244.3.0/24", "overlay-v2-healthy"},
	"HNS-OVL-002":   {"overlay-encap-source-ip-wrong", "10.240.0.99", "overlay-v1-healthy"},
	"HNS-OVL-004":   {"overlay-missing-source-vip-endpoint", "10.244.1.2", "overlay-v2-healthy"},
	"HNS-OVL-005":   {"overlay-remote-pa-unknown-node", "10.240.0.77", "overlay-v1-healthy"},
	"HNS-LB-001":    {"l2bridge-dangling-lb-backend", "1dcb8b01-909f-4b4d-860f-336690b31395", "l2bridge-v2-healthy"},
	"HNS-LB-002":    {"l2bridge-v2-missing-lb-dsr-rules", "10.101.14.20:80/TCP", "l2bridge-v2-healthy"},
	"HNS-LB-003":    {"l2bridge-v2-lb-dsr-dip-mismatch", "10.244.2.99", "l2bridge-v2-healthy"},
	"HNS-LB-004":    {"l2bridge-stale-remote-endpoint", "10.244.3.9", "overlay-v2-healthy"},
	"HNS-LB-005":    {"l2bridge-v1-lb-state-degraded", "10.96.0.10:53/UDP", "l2bridge-v1-healthy"},
	"HNS-LB-006":    {"l2bridge-v2-duplicate-lb-dsr", "LB_DSR_", "l2bridge-v2-healthy"},
	"HNS-GW-001":    {"l2bridge-gateway-dot1", "10.244.1.1", "l2bridge-v1-healthy"},
	"HNS-GW-002":    {"l2bridge-cbr0-ep-missing", "10.244.1.2", "l2bridge-v2-healthy"},
	"HNS-GW-003":    {"overlay-wrong-gateway", "10.244.1.254", "overlay-v1-healthy"},
	"HNS-GW-004":    {"l2bridge-container-gateway-mismatch", "10.244.1.1", "l2bridge-v2-healthy"},
	"HNS-DNS-001":   {"l2bridge-dns-udp-only", "10.96.0.10:53/TCP", "l2bridge-v2-healthy"},
	"HNS-DNS-002":   {"l2bridge-v2-dns-vfp-rules-missing", "10.96.0.10", "l2bridge-v2-healthy"},
	"HNS-DNS-003":   {"l2bridge-container-no-kube-dns", "10.244.1.5", "l2bridge-v2-healthy"},
	"HNS-EP-001":    {"l2bridge-local-endpoint-state-4", "10.244.1.5", "overlay-v2-healthy"},
	"HNS-EP-002":    {"l2bridge-duplicate-ip", "10.244.1.4", "l2bridge-v2-healthy"},
	"HNS-EP-003":    {"l2bridge-duplicate-mac", "10.244.1.5", "l2bridge-v1-healthy"},
	"HNS-EP-004":    {"l2bridge-endpoint-ip-outside-subnet", "10.244.7.5", "l2bridge-v1-healthy"},
	"HNS-EP-005":    {"l2bridge-endpoint-without-port", "10.244.1.5", "l2bridge-v1-healthy"},
	"HNS-EP-006":    {"l2bridge-orphan-vfp-port", "4282E46F-2832-4011-A496-00B82B746157", "l2bridge-v1-healthy"},
	"HNS-EP-007":    {"l2bridge-blocked-port", "10.244.1.4", "l2bridge-v1-healthy"},
	"HNS-EP-008":    {"l2bridge-compartment-mismatch", "10.244.1.4", "l2bridge-v2-healthy"},
	"HNS-EP-009":    {"l2bridge-pods-on-nat-network", "172.28.96.5", "l2bridge-v2-healthy"},
	"HNS-NET-001":   {"l2bridge-apipa-management-ip", "169.254.12.34", "l2bridge-v1-healthy"},
	"HNS-NET-002":   {"l2bridge-cni-network-missing", "External", "l2bridge-v2-healthy"},
	"HNS-NET-003":   {"l2bridge-v2-rule-drop-counters", "SNAT_UDP_OUTBOUNDNAT", "l2bridge-v2-healthy"},
	"HNS-NET-004":   {"l2bridge-hns-stopped", "hns", "l2bridge-v2-healthy"},
	"HNS-OVL-003":   {"overlay-duplicate-remote-subnet-route", "10.244.2.0/24", "overlay-v2-healthy"},
	"HNS-OVL-006":   {"overlay-missing-remote-subnet-route", "10.244.3.0/24", "overlay-v1-healthy"},
	"HNS-DNS-004":   {"overlay-pod-no-dns-suffix", "10.244.1", "overlay-v2-healthy"},
	"HNS-NET-005":   {"l2bridge-v2-rule-drop-counters", "8CE215CD-05F5-46A2-A0BD-06963A8D5DA6", "l2bridge-v2-healthy"},
	"HNS-NET-006":   {"l2bridge-udp-ports-excluded", "UDP 49152-65535", "l2bridge-v2-healthy"},
	"HNS-OVL-007":   {"overlay-pod-mtu-no-encap-room", "10.244.1.5", "overlay-v1-healthy"},
}

// generatedResults caches one analysis per bundle directory.
var generatedResults sync.Map

func analyzeGenerated(t *testing.T, dir string) *analyzer.Result {
	t.Helper()
	if r, ok := generatedResults.Load(dir); ok {
		return r.(*analyzer.Result)
	}
	root := filepath.Join("..", "testdata", "bundles", dir)
	entries, err := os.ReadDir(root)
	if err != nil || len(entries) == 0 {
		t.Skipf("generated bundle %s not present (run go run ./cmd/hnsgen -out testdata/bundles)", dir)
	}
	res, err := analyzer.Analyze(filepath.Join(root, entries[0].Name()), analyzer.Options{}, All())
	if err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	generatedResults.Store(dir, res)
	return res
}

func ruleResultOf(res *analyzer.Result, id string) analyzer.RuleResult {
	for _, rr := range res.Rules {
		if rr.Rule.ID == id {
			return rr
		}
	}
	return analyzer.RuleResult{}
}

func TestRulesOnGeneratedBundles(t *testing.T) {
	for id, bc := range bundleCases {
		t.Run(id, func(t *testing.T) {
			fired := ruleResultOf(analyzeGenerated(t, bc.fires), id)
			if fired.Status != analyzer.StatusFailed {
				t.Fatalf("%s on %s: status %s %s, want findings", id, bc.fires, fired.Status, fired.Reason)
			}
			named := false
			for _, f := range fired.Findings {
				named = named || mentions(f, bc.object)
			}
			if !named {
				t.Errorf("%s on %s: no finding names %q: %+v", id, bc.fires, bc.object, fired.Findings)
			}
			quiet := ruleResultOf(analyzeGenerated(t, bc.quiet), id)
			if quiet.Status == analyzer.StatusFailed || quiet.Status == analyzer.StatusError {
				t.Errorf("%s on %s: status %s: %+v", id, bc.quiet, quiet.Status, quiet.Findings)
			}
		})
	}
}

// TestEveryRuleHasBundles keeps the bundle table complete for the
// networking rules.
func TestEveryRuleHasBundles(t *testing.T) {
	for _, r := range All() {
		id := r.Meta().ID
		if !strings.HasPrefix(id, "HNS-") {
			continue
		}
		if _, ok := bundleCases[id]; !ok {
			t.Errorf("%s has no generated bundle case", id)
		}
	}
}

func TestHealthyBundlesHaveNoWarnings(t *testing.T) {
	for _, dir := range []string{"l2bridge-v1-healthy", "l2bridge-v2-healthy", "overlay-v1-healthy", "overlay-v2-healthy",
		"l2bridge-json2018-healthy", "l2bridge-v2-ps7-healthy", "aks-l2bridge-v2-healthy", "rancher-overlay-v1-healthy",
		// Not faults of the node: a dump cut short and a port whose
		// vfpctrl commands failed must not read as missing rules.
		"l2bridge-truncated-vfpoutput", "l2bridge-vfp-port-error", "l2bridge-v1-kubeproxy-restart-healthy",
		"l2bridge-table2019-healthy", "l2bridge-v1-narrow-console-healthy", "l2bridge-v2-listrule-and-counter-healthy",
		// Other CNI set-ups and eras whose healthy state differs from flannel's.
		"winbridge-l2bridge-v1-healthy", "sdnbridge-l2bridge-v2-healthy", "winoverlay-ipmasq-v1-healthy",
		"overlay-flannel-vni-name-v2-healthy", "overlay-prersr-v1-healthy", "overlay-flannel-clusterwide-v1-healthy",
		"calico-overlay-v2-healthy", "calico-overlay-no-pods-v1-healthy", "calico-v1-mixed-lb-view-healthy",
		"rancher-calico-v1-healthy", "rancher-calico-external-v1-healthy", "calico-l2bridge-v1-healthy", "aks-azurecni-v2-healthy", "azurecni-collectlogs-v2-healthy", "l2bridge-v2-ws2025-healthy",
		"l2bridge-sdn-scripts-v1-healthy", "l2bridge-kubeproxy19-shared-mac-healthy",
		"l2bridge-dualstack-v1-healthy", "l2bridge-dualstack-v2-healthy"} {
		t.Run(dir, func(t *testing.T) {
			res := analyzeGenerated(t, dir)
			for _, f := range res.Findings {
				if f.Severity >= analyzer.SeverityWarning && strings.HasPrefix(f.Rule, "HNS-") {
					t.Errorf("%s: %s", f.Rule, f.Message)
				}
			}
			for _, rr := range res.Rules {
				if rr.Status == analyzer.StatusError {
					t.Errorf("%s errored: %s", rr.Rule.ID, rr.Reason)
				}
			}
		})
	}
}
