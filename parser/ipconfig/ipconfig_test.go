package ipconfig

import (
	"flag"
	"net/netip"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
)

var update = flag.Bool("update", false, "rewrite golden files")

type result struct {
	Config   *Config          `json:"config"`
	Problems []parser.Problem `json:"problems"`
}

func TestParseGolden(t *testing.T) {
	pstexttest.RunGolden(t, "testdata", fixtures, *update, func(name, text string) any {
		got, probs := Parse(name, strings.NewReader(text))
		return result{got, probs}
	})
}

func parseFixture(t *testing.T, name string) (*Config, []parser.Problem) {
	t.Helper()
	for _, fx := range fixtures {
		if fx.Name == name {
			return Parse(name, strings.NewReader(fx.Text))
		}
	}
	t.Fatalf("no fixture %s", name)
	return nil, nil
}

func TestDualStackGatewayContinuation(t *testing.T) {
	cfg, _ := parseFixture(t, "ip-allcompartments.txt")
	a := cfg.Compartments[0].Adapters[0]
	want := []netip.Addr{netip.MustParseAddr("fe80::1234:5678:9abc:def0%14"), netip.MustParseAddr("10.240.0.1")}
	if len(a.Gateways) != 2 || a.Gateways[0] != want[0] || a.Gateways[1] != want[1] {
		t.Errorf("gateways = %v, want %v", a.Gateways, want)
	}
	if a.IfIndex != 14 || a.IPv4()[0].Prefix != netip.MustParsePrefix("10.240.0.0/16") {
		t.Errorf("ifIndex %d, ipv4 %v", a.IfIndex, a.IPv4())
	}
}

func TestCompartments(t *testing.T) {
	cfg, _ := parseFixture(t, "ip-allcompartments.txt")
	var got []int
	for _, c := range cfg.Compartments {
		got = append(got, c.ID, len(c.Adapters))
	}
	want := []int{1, 5, 2, 0, 3, 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("compartment ids/adapter counts (-want +got):\n%s", diff)
	}
	if !cfg.Compartments[0].Active || cfg.Compartments[2].Active || cfg.Form != FormAllCompartments {
		t.Errorf("active flags or form wrong: %+v", cfg.Form)
	}
}

func TestUnrecognisedLabelsAreReported(t *testing.T) {
	cfg, probs := parseFixture(t, "ip-unknown-labels.txt")
	a := cfg.Compartments[0].Adapters[0]
	if len(a.Gateways) != 0 || len(a.DNSServers) != 0 {
		t.Errorf("gateway/DNS guessed from unknown labels: %v %v", a.Gateways, a.DNSServers)
	}
	unrecognised := 0
	for _, p := range probs {
		if strings.Contains(p.Message, "unrecognised label") {
			unrecognised++
		}
	}
	if unrecognised < 6 {
		t.Errorf("only %d unrecognised-label problems: %v", unrecognised, probs)
	}
}

func TestIfIndexFromNetIPAddress(t *testing.T) {
	cfg, _ := parseFixture(t, "ipconfigall-rancher.txt")
	got := map[string][2]any{}
	for _, a := range cfg.Compartments[0].Adapters {
		got[a.Name] = [2]any{a.IfIndex, a.IfIndexFrom}
	}
	want := map[string][2]any{
		"vEthernet (Ethernet)":  {7, "netipaddress-ip"},
		"vEthernet (calico_ep)": {12, "netipaddress-alias"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ifIndex resolution (-want +got):\n%s", diff)
	}
}

func FuzzParse(f *testing.F) {
	pstexttest.AddSeeds(f, fixtures)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _ := pstexttest.DecodeBytes(t, data)
		lines := strings.Count(text, "\n") + 1
		cfg, _ := Parse("ip.txt", strings.NewReader(text))
		for _, c := range cfg.Compartments {
			for _, a := range c.Adapters {
				if a.Pos.Line < 1 || a.Pos.Line > lines {
					t.Fatalf("adapter at line %d of %d", a.Pos.Line, lines)
				}
			}
		}
	})
}

func TestMaskBits(t *testing.T) {
	for _, tt := range []struct {
		mask string
		bits int
		ok   bool
	}{
		{"255.255.255.0", 24, true},
		{"255.255.254.0", 23, true},
		{"255.255.255.255", 32, true},
		{"0.0.0.0", 0, true},
		{"255.0.255.0", 0, false},
		{"ffff::", 0, false},
	} {
		bits, ok := maskBits(netip.MustParseAddr(tt.mask))
		if bits != tt.bits || ok != tt.ok {
			t.Errorf("maskBits(%s) = %d, %v; want %d, %v", tt.mask, bits, ok, tt.bits, tt.ok)
		}
	}
}
