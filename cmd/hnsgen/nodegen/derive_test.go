package nodegen

import (
	"fmt"
	"strings"
	"testing"
)

func healthy(mode Mode, schema Schema) *Node {
	return NewHealthy(Options{Name: "t", Mode: mode, Schema: schema, Era: EraTableV2, VFP: VFPRuleCounter}).Derive()
}

func ruleNames(p *VfpPort) []string {
	var out []string
	for _, l := range p.Layers {
		for _, g := range l.Groups {
			for _, r := range g.Rules {
				out = append(out, r.Name)
			}
		}
	}
	return out
}

func count(names []string, match func(string) bool) int {
	n := 0
	for _, s := range names {
		if match(s) {
			n++
		}
	}
	return n
}

func TestHealthyVFPMatchesHNS(t *testing.T) {
	for _, tc := range []struct {
		mode   Mode
		schema Schema
	}{{L2Bridge, SchemaV1}, {L2Bridge, SchemaV2}, {Overlay, SchemaV1}, {Overlay, SchemaV2}} {
		n := healthy(tc.mode, tc.schema)
		name := fmt.Sprintf("mode %d schema %d", tc.mode, tc.schema)
		ext := ruleNames(n.ExternalVfpPort())
		for _, ep := range n.Endpoints {
			if ep.Remote || (tc.mode == Overlay && ep.IP == n.SourceVIP) {
				continue
			}
			p := n.Port(ep)
			if p == nil {
				t.Fatalf("%s: local endpoint %s has no VFP port", name, ep.IP)
			}
			if tc.mode == L2Bridge && count(ext, func(s string) bool { return strings.HasSuffix(s, "_"+ep.IP.String()) }) != 2 {
				t.Errorf("%s: want one L2 rewrite OUT and IN rule for %s", name, ep.IP)
			}
			if ep.PodName == "" {
				continue
			}
			names := ruleNames(p)
			if c := count(names, func(s string) bool { return strings.HasPrefix(s, "SNAT_") }); c != 2 {
				t.Errorf("%s: pod %s has %d SNAT rules, want TCP and UDP", name, ep.IP, c)
			}
			dns := count(names, func(s string) bool { return strings.Contains(s, "_10.96.0.10_53_53_") })
			if want := map[Schema]int{SchemaV1: 0, SchemaV2: 2}[tc.schema]; tc.schema == SchemaV2 && dns != want {
				t.Errorf("%s: pod %s has %d DNS LB_DSR rules, want %d", name, ep.IP, dns, want)
			}
			if tc.mode == Overlay && count(names, func(s string) bool { return strings.HasPrefix(s, "REMOTESUBNETROUTE_") }) != len(n.PodNetwork().RSRs) {
				t.Errorf("%s: pod %s lacks a routeencap rule per RemoteSubnetRoute", name, ep.IP)
			}
		}
	}
}

func TestHealthyTopology(t *testing.T) {
	n := healthy(L2Bridge, SchemaV2)
	if ep := n.Endpoint("10.244.1.2"); ep == nil || ep.Name != "cbr0_ep" || !ep.HostAttached {
		t.Error("l2bridge needs the host-attached cbr0_ep at .2")
	}
	for _, ep := range n.LocalPods() {
		if ep.Gateway.String() != "10.244.1.2" {
			t.Errorf("l2bridge pod %s gateway %s, want .2", ep.IP, ep.Gateway)
		}
	}
	o := healthy(Overlay, SchemaV2)
	if sv := o.Endpoint(o.SourceVIP.String()); sv == nil || sv.Remote {
		t.Error("overlay needs a local source-VIP endpoint")
	}
	if o.Endpoint("10.96.0.10") == nil {
		t.Error("overlay needs the service-VIP remote endpoint of kube-dns")
	}
}

// ipconfig lists every compartment, however many pods the node runs.
func TestIPTxtListsEveryPodCompartment(t *testing.T) {
	n := NewHealthy(Options{Name: "t", Mode: L2Bridge, Schema: SchemaV2, Era: EraTableV2, VFP: VFPRuleCounter})
	for i := len(n.LocalPods()); i < 80; i++ {
		n.AddPod(fmt.Sprintf("pod-%02d", i), "default")
	}
	n.Derive()
	last := n.LocalPods()[79].Compartment
	if got := n.Compartments(); got[0] != 1 || got[len(got)-1] != last {
		t.Errorf("compartments %d .. %d, want 1 .. %d", got[0], got[len(got)-1], last)
	}
	if want := fmt.Sprintf("Network Information for Compartment %d\n", last); !strings.Contains(n.IPTxt(), want) {
		t.Errorf("ip.txt lacks %q", want)
	}
}
