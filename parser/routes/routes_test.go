package routes

import (
	"flag"
	"net/netip"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
)

var update = flag.Bool("update", false, "rewrite golden files")

type result struct {
	Table    *Table           `json:"table"`
	Problems []parser.Problem `json:"problems"`
}

func TestParseGolden(t *testing.T) {
	pstexttest.RunGolden(t, "testdata", fixtures, *update, func(name, text string) any {
		got, probs := Parse(name, strings.NewReader(text))
		return result{got, probs}
	})
}

func TestWrappedIPv6Gateway(t *testing.T) {
	tbl, _ := Parse("routes.txt", strings.NewReader(routePrint))
	want := netip.MustParsePrefix("2001:db8:1234:5678:9abc:def0:1234:5678/128")
	for _, r := range tbl.Routes {
		if r.Destination == want {
			if r.NextHop != netip.MustParseAddr("fe80::1") || r.OnLink || r.IfIndex != 14 {
				t.Errorf("wrapped row = %+v", r)
			}
			return
		}
	}
	t.Fatal("wrapped IPv6 row not found")
}

func TestNetmaskToPrefix(t *testing.T) {
	tests := []struct{ dest, mask, want string }{
		{"10.240.0.0", "255.255.0.0", "10.240.0.0/16"},
		{"0.0.0.0", "0.0.0.0", "0.0.0.0/0"},
		{"10.0.0.1", "255.255.255.255", "10.0.0.1/32"},
		{"10.0.0.0", "255.0.255.0", ""},
	}
	for _, tt := range tests {
		p, raw := maskPrefix(netip.MustParseAddr(tt.dest), netip.MustParseAddr(tt.mask), "raw")
		if tt.want == "" {
			if p.IsValid() || raw != "raw" {
				t.Errorf("%s/%s accepted as %s", tt.dest, tt.mask, p)
			}
			continue
		}
		if p.String() != tt.want {
			t.Errorf("%s/%s = %s, want %s", tt.dest, tt.mask, p, tt.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	pstexttest.AddSeeds(f, fixtures)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _ := pstexttest.DecodeBytes(t, data)
		lines := strings.Count(text, "\n") + 1
		tbl, probs := Parse("routes.txt", strings.NewReader(text))
		for _, r := range tbl.Routes {
			if r.Pos.Line < 1 || r.Pos.Line > lines {
				t.Fatalf("route at line %d of %d", r.Pos.Line, lines)
			}
		}
		for _, p := range probs {
			if p.Pos.File != "routes.txt" {
				t.Fatalf("problem without file: %v", p)
			}
		}
	})
}
