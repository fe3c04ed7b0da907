package rules

import (
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/portrange"
)

func TestMTURuleOutcomes(t *testing.T) {
	tests := []struct {
		name      string
		mode      string
		host, pod int // 0: no Get-NetIPInterface rows
		status    analyzer.Status
		reason    string
	}{
		{"room left", "overlay", 1500, 1450, analyzer.StatusPassed, ""},
		{"jumbo link", "overlay", 9000, 1500, analyzer.StatusPassed, ""},
		{"no interface MTUs", "overlay", 0, 0, analyzer.StatusSkipped, "neither the physical NIC nor the host vNIC"},
		{"l2bridge", "l2bridge", 1500, 1500, analyzer.StatusSkipped, "applies to overlay"},
		{"one byte over", "overlay", 1500, 1451, analyzer.StatusFailed, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := healthyNode(tt.mode)
			for _, e := range n.eps {
				e.EncapOverhead = 50
			}
			if tt.host > 0 {
				withInterfaceMTUs(n, tt.host, tt.pod)
			}
			res := findingsOf(t, ruleByID(t, "HNS-OVL-007"), n.derive().snapshot())
			if res.Status != tt.status || !strings.Contains(res.Reason, tt.reason) {
				t.Fatalf("status %s (%s), want %s (%s): %+v", res.Status, res.Reason, tt.status, tt.reason, res.Findings)
			}
			for _, f := range res.Findings {
				for _, want := range []string{"MTU 1451", "EncapOverhead of 50", "MTU 1500 of the host vNIC vEthernet (Ethernet 2)"} {
					if !strings.Contains(f.Message, want) {
						t.Errorf("message lacks %q: %s", want, f.Message)
					}
				}
			}
		})
	}
}

func TestPortRuleOutcomes(t *testing.T) {
	excluded := func(proto string, line int, ranges ...[2]int) portrange.Section {
		s := portrange.Section{Protocol: proto, Kind: portrange.KindExcluded, Pos: pos("excludedportrange.txt", line)}
		for i, r := range ranges {
			s.Excluded = append(s.Excluded, portrange.ExcludedRange{Start: r[0], End: r[1], Pos: pos("excludedportrange.txt", line+4+i)})
		}
		return s
	}
	exhausted := &portrange.File{Estimate: &portrange.Estimate{Exhausted: true, Pos: pos("reservedports.txt", 1)}}
	tests := []struct {
		name     string
		files    []*portrange.File
		findings []string // protocol and severity of each finding
	}{
		{"defaults", []*portrange.File{{Sections: []portrange.Section{dynamicFile("tcp", 49152, 16384), dynamicFile("udp", 49152, 16384),
			excluded("tcp", 2, [2]int{50000, 50059}), excluded("udp", 12, [2]int{50000, 50059})}}}, nil},
		// The collector's estimate is corroboration only: it cannot raise a
		// finding the ranges do not show.
		{"estimate alone", []*portrange.File{{Sections: []portrange.Section{dynamicFile("tcp", 49152, 16384)}}, exhausted}, nil},
		{"small tcp range", []*portrange.File{{Sections: []portrange.Section{dynamicFile("tcp", 60000, 640)}}}, []string{"TCP warning"}},
		{"tcp fully excluded", []*portrange.File{{Sections: []portrange.Section{dynamicFile("tcp", 49152, 16384),
			excluded("tcp", 2, [2]int{49000, 60000}, [2]int{59000, 65535})}}, exhausted}, []string{"TCP error"}},
		{"most excluded, runs left", []*portrange.File{{Sections: []portrange.Section{dynamicFile("udp", 49152, 16384),
			excluded("udp", 12, [2]int{49152, 59151})}}}, []string{"UDP warning"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := healthyNode("l2bridge")
			n.portRanges = tt.files
			res := findingsOf(t, ruleByID(t, "HNS-NET-006"), n.derive().snapshot())
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.Objects[0]+" "+f.Severity.String())
			}
			if strings.Join(got, ",") != strings.Join(tt.findings, ",") {
				t.Fatalf("findings %v, want %v: %+v", got, tt.findings, res.Findings)
			}
		})
	}
}
