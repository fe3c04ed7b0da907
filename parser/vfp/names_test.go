package vfp

import (
	"net/netip"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitRuleName(t *testing.T) {
	ip := netip.MustParseAddr
	tests := []struct {
		name string
		want RuleName
		ok   bool
	}{
		{"LB_DSR_A1B2C3_10.240.0.4_10.96.0.10_53_53_17", RuleName{Kind: NameLBDSR, Hash: "A1B2C3",
			MgmtIP: ip("10.240.0.4"), VIP: ip("10.96.0.10"), ExternalPort: 53, InternalPort: 53, Protocol: 17}, true},
		{"LB_DSR__10.240.0.4_10.96.0.100_80_8080_6", RuleName{Kind: NameLBDSR,
			MgmtIP: ip("10.240.0.4"), VIP: ip("10.96.0.100"), ExternalPort: 80, InternalPort: 8080, Protocol: 6}, true},
		{"NAT_77_10.96.0.1_443_6", RuleName{Kind: NameNAT, Hash: "77", VIP: ip("10.96.0.1"), ExternalPort: 443, Protocol: 6}, true},
		{"NAT_77_10.96.0.1_443_443_6", RuleName{Kind: NameNAT, Hash: "77", VIP: ip("10.96.0.1"),
			ExternalPort: 443, InternalPort: 443, Protocol: 6}, true},
		{"ALLOW_NAT_ab_cd_10.96.0.1_443_6", RuleName{Kind: NameAllowNAT, Hash: "ab_cd", VIP: ip("10.96.0.1"),
			ExternalPort: 443, Protocol: 6}, true},
		{"LB_HOST_9F_10.96.0.1_443_6443_6", RuleName{Kind: NameLBHost, Hash: "9F", VIP: ip("10.96.0.1"),
			ExternalPort: 443, InternalPort: 6443, Protocol: 6}, true},
		{"LB_9F_10.244.1.5_10.96.0.1_80_8080_6", RuleName{Kind: NameLB, Hash: "9F", PodIP: ip("10.244.1.5"),
			VIP: ip("10.96.0.1"), ExternalPort: 80, InternalPort: 8080, Protocol: 6}, true},
		{"LB_9F_fd00::1_80_80_17", RuleName{Kind: NameLB, Hash: "9F", VIP: ip("fd00::1"),
			ExternalPort: 80, InternalPort: 80, Protocol: 17}, true},
		{"HairPin_x_10.96.0.1_80_80_6", RuleName{Kind: NameHairPin, Hash: "x", VIP: ip("10.96.0.1"),
			ExternalPort: 80, InternalPort: 80, Protocol: 6}, true},
		{"SNAT_UDP_OUTBOUNDNAT_8F3E", RuleName{Kind: NameSNAT, Hash: "8F3E", Protocol: 17}, true},
		{"PA_ROUTE", RuleName{Kind: NamePARoute}, true},
		{"LB_DSR_A1_10.240.0.4_10.96.0.1x_53_53_17", RuleName{}, false},
		{"L2_REWRITE_10.244.1.12", RuleName{}, false},
		{"LB_HOST_9F_10.96.0.1_443_99999_6", RuleName{}, false},
	}
	for _, tt := range tests {
		got, ok := SplitRuleName(tt.name)
		if ok != tt.ok {
			t.Errorf("%s: ok = %v, want %v", tt.name, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b netip.Addr) bool { return a == b })); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}
