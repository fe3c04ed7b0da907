package rules

import (
	"hash/maphash"
	"net/netip"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/vfp"
)

func dsrRule(name, vip string, port, proto int64, dips ...string) *vfp.Rule {
	r := mkRule(name, "lbnat", ipCond(vfp.CondDestinationIP, vip, vip), portCond(vfp.CondDestinationPort, port), protoCond(proto))
	for _, d := range dips {
		r.DIPRanges = append(r.DIPRanges, vfp.DIPRange{IP: d})
	}
	return r
}

func dsrPort(guid string, rules ...*vfp.Rule) *analyzer.Port {
	return &analyzer.Port{Port: &vfp.Port{GUID: guid, Layers: []*vfp.Layer{
		layer("ACL_ENDPOINT_LAYER", group("ACL_ENDPOINT_GROUP_IPV4_OUT", mkRule("ALLOW_ALL", "allow"))),
		layer("LB_DSR", group("LB_DSR_IPv4_OUT", rules...)),
	}}}
}

// The index is built from two runs of ports concurrently: every key must
// list its rules of both runs, in port order, and nothing else.
func TestKeyIndexKeepsPortOrderAcrossRuns(t *testing.T) {
	var ports []*analyzer.Port
	for _, guid := range []string{"p0", "p1", "p2", "p3", "p4"} {
		ports = append(ports, dsrPort(guid,
			dsrRule("LB_DSR_a_"+guid, "10.96.0.10", 53, 17, "10.244.1.5"),
			dsrRule("LB_DSR_b_"+guid, "10.96.0.1", 443, 6, "10.240.0.4", "10.240.0.5")))
	}
	ports = append(ports, dsrPort("p5", dsrRule("LB_DSR_only_p5", "10.96.7.7", 80, 6, "10.244.2.9")))
	ix := buildKeyIndex(ports)

	portsOf := func(k lbKey) []string {
		var out []string
		for _, e := range ix.rules(k) {
			out = append(out, ix.ref(e).Port.GUID)
		}
		return out
	}
	dns := lbKey{netip.MustParseAddr("10.96.0.10"), 53, 17}
	api := lbKey{netip.MustParseAddr("10.96.0.1"), 443, 6}
	only := lbKey{netip.MustParseAddr("10.96.7.7"), 80, 6}
	want := []string{"p0", "p1", "p2", "p3", "p4"}
	if d := cmp.Diff(want, portsOf(dns)); d != "" {
		t.Errorf("dns key ports (-want +got):\n%s", d)
	}
	if d := cmp.Diff(want, portsOf(api)); d != "" {
		t.Errorf("api key ports (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"p5"}, portsOf(only)); d != "" {
		t.Errorf("p5 key ports (-want +got):\n%s", d)
	}
	if n := len(ix.keys); n != 3 {
		t.Errorf("index holds %d keys, want 3 (the allow rule has no service class)", n)
	}
	if got := ix.rules(lbKey{netip.MustParseAddr("10.96.0.10"), 53, 6}); got != nil {
		t.Errorf("TCP 53 was never programmed, got %d rules", len(got))
	}
}

func TestDIPFingerprint(t *testing.T) {
	seed := maphash.MakeSeed()
	ix := &keyIndex{seed: seed}
	dips := func(ips ...string) []vfp.DIPRange {
		var out []vfp.DIPRange
		for _, ip := range ips {
			out = append(out, vfp.DIPRange{IP: ip})
		}
		return out
	}
	tests := []struct {
		name string
		dips []vfp.DIPRange
		want map[string]bool
		same bool
	}{
		{"same set, other order", dips("10.0.0.2", "10.0.0.1"), map[string]bool{"10.0.0.1": true, "10.0.0.2": true}, true},
		{"one backend differs", dips("10.0.0.1", "10.0.0.3"), map[string]bool{"10.0.0.1": true, "10.0.0.2": true}, false},
		{"one backend missing", dips("10.0.0.1"), map[string]bool{"10.0.0.1": true, "10.0.0.2": true}, false},
		{"listed twice", dips("10.0.0.1", "10.0.0.1"), map[string]bool{"10.0.0.1": true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, sum := dipFingerprint(seed, tt.dips)
			wn, wsum := ix.setFingerprint(tt.want)
			if got := int(n) == wn && sum == wsum; got != tt.same {
				t.Errorf("fingerprints equal = %v, want %v", got, tt.same)
			}
		})
	}
}
