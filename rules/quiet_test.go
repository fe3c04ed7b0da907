package rules

import (
	"testing"

	"github.com/hnsscope/hnsscope/analyzer"
)

// quietScenarios are near-misses a rule must not report: the false
// positives known of existing health-check scripts.
var quietScenarios = []scenario{
	// Overlay service-VIP remote endpoints carry the ClusterIP: not stale.
	{rule: "HNS-LB-004", mode: "overlay", before: func(n *node) {
		n.addEndpoint("ep-svcvip", "Ethernet", "10.96.0.20", true, n.hostMAC, "")
	}},
	// kube-proxy ≤ 1.9 gave every remote endpoint the same MAC.
	{rule: "HNS-EP-003", mode: "l2bridge", before: func(n *node) {
		n.endpoint("ep-r").MAC = sharedRemoteMAC
		n.addEndpoint("ep-r2", "Ethernet", "10.244.3.9", true, sharedRemoteMAC, "")
	}},
	// A rule for 10.96.0.2 must not satisfy a load balancer on 10.96.0.20,
	// and the reverse: names are compared by field. Here the right rule is
	// present, so nothing may fire.
	{rule: "HNS-LB-002", mode: "l2bridge", before: func(n *node) {
		n.addLB("lb-short", "10.96.0.2", 6, 80, 8080, "ep-b")
	}},
	// flannel VXLAN before the Remote Subnet feature made one remote_<ip>
	// endpoint per remote pod; no load balancer needs to use them.
	{rule: "HNS-LB-004", mode: "overlay", before: func(n *node) {
		n.addEndpoint("ep-flannel", "remote_10.244.3.8", "10.244.3.8", true, "0e:2a:0a:f4:03:08", "")
	}},
	// Calico's l2bridge (BGP) gateway layout is not flannel's .2.
	{rule: "HNS-GW-001", mode: "l2bridge", before: func(n *node) {
		n.nets[0].Name = "Calico"
		n.endpoint("ep-a").Gateways = []string{"10.244.1.1"}
	}},
	// An ERROR instead of a port state is unknown, not blocked.
	{rule: "HNS-EP-007", mode: "l2bridge", after: func(n *node) {
		st := n.port("port-ep-a").State
		st.Known, st.Error = false, "ERROR: failed to get port state"
		st.Blocked = "unknown"
	}},
}

func TestQuietScenarios(t *testing.T) {
	for _, sc := range quietScenarios {
		t.Run(sc.rule, func(t *testing.T) {
			res := findingsOf(t, ruleByID(t, sc.rule), sc.build())
			if res.Status == analyzer.StatusFailed {
				t.Errorf("unexpected findings: %+v", res.Findings)
			}
		})
	}
}

func TestStaleRemoteSkipsWithoutLoadBalancers(t *testing.T) {
	n := healthyNode("l2bridge")
	n.lbs = nil
	res := findingsOf(t, ruleByID(t, "HNS-LB-004"), n.derive().snapshot())
	if res.Status != analyzer.StatusSkipped {
		t.Errorf("status %s, want skipped", res.Status)
	}
}
