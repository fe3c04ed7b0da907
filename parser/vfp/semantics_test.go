package vfp

import (
	"bytes"
	"encoding/json"
	"net/netip"
	"os"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/hnsscope/hnsscope/parser/textenc"
)

func portByGUID(t *testing.T, d *Dump, guid string) *Port {
	t.Helper()
	for _, p := range d.Ports {
		if p.GUID == guid {
			return p
		}
	}
	t.Fatalf("port %s not found", guid)
	return nil
}

func findRule(p *Port, layer, group, friendly string) *Rule {
	for _, l := range p.Layers {
		for _, g := range l.Groups {
			for _, r := range g.Rules {
				if l.Name == layer && g.Name == group && r.FriendlyName == friendly {
					return r
				}
			}
		}
	}
	return nil
}

func TestPortStateErrorIsNotBlocked(t *testing.T) {
	g := parseFile(t, "testdata/failures.txt", 2)
	missing := portByGUID(t, g.Dump, "0A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9")
	if missing.State == nil || missing.State.Known || missing.State.IsBlocked() {
		t.Errorf("failed get-port-state: state %+v, want known=false and not blocked", missing.State)
	}
	blocked := portByGUID(t, g.Dump, "2A3B4C5D-6E7F-4809-9A1B-2C3D4E5F6071")
	if !blocked.State.IsBlocked() {
		t.Errorf("Blocked : TRUE not seen")
	}
	if c := blocked.Commands[0]; c.Verb != VerbListSpace || !c.Inferred || c.Error == "" {
		t.Errorf("first command = %+v, want inferred failed list-space", c)
	}
}

func TestRuleDetails(t *testing.T) {
	g := parseFile(t, "testdata/l2bridge.txt", 1)
	host := portByGUID(t, g.Dump, "A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D")
	if host.RuleSource != VerbGetRuleCounter {
		t.Errorf("rule source %q", host.RuleSource)
	}
	dsr := findRule(host, "LB_DSR", "LB_DSR_IPv4_OUT", "LB_DSR_A1B2C3_10.240.0.4_10.96.0.10_53_53_17")
	if dsr == nil {
		t.Fatal("DSR rule missing")
	}
	if dsr.ID != "" || dsr.Type != "lbnat" || !dsr.Flags.Has(FlagTerminating) || dsr.Flags.Has(FlagStateful) {
		t.Errorf("DSR rule header wrong: %+v", dsr)
	}
	if len(dsr.DIPRanges) != 3 || dsr.DIPRanges[2].IP != "10.244.3.9" || dsr.DIPRanges[2].Port != "53" {
		t.Errorf("DIP ranges = %+v", dsr.DIPRanges)
	}
	if dsr.Counters == nil || dsr.Counters.MatchedPackets != 5120 {
		t.Errorf("counters = %+v", dsr.Counters)
	}
	if c := dsr.Conditions; len(c) != 3 || c[0].Protocols[0] != 17 ||
		c[1].IPs[0].Low != netip.MustParseAddr("10.96.0.10") || c[2].Ranges[0] != (NumRange{53, 53}) {
		t.Errorf("conditions = %+v", c)
	}
	snat := findRule(host, "SLB_NAT_LAYER", "SLB_GROUP_NAT_IPv4_OUT", "SNAT_TCP_OUTBOUNDNAT_8F3E2A1B")
	if snat == nil || snat.Counters.DroppedPackets != 3 || !snat.Flags.Has(FlagStateful) || *snat.FlowTTL != 240 {
		t.Errorf("SNAT rule = %+v", snat)
	}
}

func TestOverlayEncap(t *testing.T) {
	g := parseFile(t, "testdata/overlay.txt", 1)
	p := g.Dump.Ports[0]
	r := findRule(p, "VNET_ENCAP_LAYER", "VNET_GROUP_ENCAP_IPV4_OUT", "ENCAP_10_244_3_0-10_244_3_255")
	if r == nil || r.Data == nil {
		t.Fatal("encap rule or its data missing")
	}
	want := IPRange{netip.MustParseAddr("10.244.3.0"), netip.MustParseAddr("10.244.3.255")}
	if got := r.Conditions[0].IPs[0]; got != want {
		t.Errorf("underscore range = %v, want %v", got, want)
	}
	e := r.Data.EncapDestinations
	if len(e) != 2 || e[0].IP != "10.240.0.6" || e[1].IP != "10.240.0.7" || e[1].Key != "4096" {
		t.Errorf("encap destinations = %+v", e)
	}
	if r.Data.EncapType != "VXLAN" || r.Data.VNI != "4096" {
		t.Errorf("encap type/vni = %q/%q", r.Data.EncapType, r.Data.VNI)
	}
}

// TestCRLFWithoutDecoder checks that the parser itself tolerates CRLF.
func TestCRLFWithoutDecoder(t *testing.T) {
	raw, err := os.ReadFile("testdata/l2bridge.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, _ := ParseParallel("l2bridge.txt", bytes.NewReader(raw), 2)
	if len(d.Ports) != 2 || d.Ports[0].GUID != "7C1D4A90-2B3E-4F5A-8C6D-1E2F3A4B5C6D" {
		t.Fatalf("ports = %+v", d.Ports)
	}
}

func TestTruncatedKeepsEarlierRules(t *testing.T) {
	g := parseFile(t, "testdata/truncated.txt", 2)
	p := g.Dump.Ports[0]
	if r := findRule(p, "LB", "LB_OUT", "LB_HOST_9F8E7D_10.96.0.1_443_6443_6"); r == nil || r.Counters.PendingPackets != 2 {
		t.Errorf("complete rule before the cut = %+v", r)
	}
	var sawError bool
	for _, pr := range g.Problems {
		sawError = sawError || pr.Level == "error"
	}
	if !sawError {
		t.Errorf("no error problem for the cut file: %v", g.Problems)
	}
}

// TestChunkBoundaries parses a multi-chunk file, whose port headers and
// rules straddle read chunks, with one and two workers.
func TestChunkBoundaries(t *testing.T) {
	var buf bytes.Buffer
	if _, err := writeSynthetic(&buf, 2<<20, 500, true); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	one, probs := ParseParallel("vfpOutput.txt", bytes.NewReader([]byte(text)), 1)
	two, _ := ParseParallel("vfpOutput.txt", iotest.HalfReader(bytes.NewReader([]byte(text))), 2)
	if len(probs) != 0 {
		t.Errorf("problems: %v", probs[:min(len(probs), 5)])
	}
	a, _ := json.Marshal(one)
	b, _ := json.Marshal(two)
	if !bytes.Equal(a, b) {
		t.Fatal("results differ between 1 and 2 workers")
	}
	wantRules := strings.Count(text, "RULE : ")
	if got := countRules(one); got != wantRules || got == 0 {
		t.Errorf("rules = %d, want %d", got, wantRules)
	}
	if got, want := len(one.Ports), strings.Count(text, "Policy for port"); got != want {
		t.Errorf("ports = %d, want %d", got, want)
	}
}

func TestLookups(t *testing.T) {
	g := parseFile(t, "testdata/l2bridge.txt", 1)
	p := g.Dump.Port("{a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d}")
	if p == nil {
		t.Fatal("port lookup by lower-case braced GUID failed")
	}
	grp := p.Layer("lb_dsr").Group("LB_DSR_IPv4_OUT")
	if grp == nil || len(grp.Rules) != 2 {
		t.Fatalf("group lookup = %+v", grp)
	}
	if n := len(p.Rules()); n != 3 {
		t.Errorf("Rules() = %d, want 3", n)
	}
	if c := grp.Rules[0].Condition(CondDestinationPort); c == nil || c.Ranges[0].Low != 53 {
		t.Errorf("destination port condition = %+v", c)
	}
	if p.Layer("missing").Group("x") != nil {
		t.Error("lookup in a missing layer returned a group")
	}
}

// TestUTF16Dump checks the pre-2018 encoding (UTF-16LE with BOM) through
// the decoder gives the same dump as ASCII.
func TestUTF16Dump(t *testing.T) {
	raw, err := os.ReadFile("testdata/l2bridge.txt")
	if err != nil {
		t.Fatal(err)
	}
	u16 := []byte{0xFF, 0xFE}
	for _, c := range raw {
		u16 = append(u16, c, 0)
	}
	r, _, err := textenc.NewReader(bytes.NewReader(u16))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := ParseParallel("l2bridge.txt", r, 2)
	want := parseFile(t, "testdata/l2bridge.txt", 2).Dump
	a, _ := json.Marshal(got)
	b, _ := json.Marshal(want)
	if !bytes.Equal(a, b) {
		t.Error("UTF-16LE dump differs from the ASCII one")
	}
}
