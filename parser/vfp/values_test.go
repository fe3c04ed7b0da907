package vfp

import (
	"fmt"
	"net/netip"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBraceLines(t *testing.T) {
	bp := newBraceParser()
	tests := []struct {
		line  string
		dips  []DIPRange
		encap []EncapDestination
		ok    bool
	}{
		{"{ 10.244.0.25 : 53 }", []DIPRange{{IP: "10.244.0.25", Port: "53"}}, nil, true},
		{"{ fd00::25 : 8080 }", []DIPRange{{IP: "fd00::25", Port: "8080"}}, nil, true},
		{"{ 10.0.0.1 : 80, 10.0.0.2 : 80 }", []DIPRange{{IP: "10.0.0.1", Port: "80"}, {IP: "10.0.0.2", Port: "80"}}, nil, true},
		{"{ IP address=10.240.0.6, MAC address=00-15-5D-01-02-04, GRE key=4096 }", nil,
			[]EncapDestination{{IP: "10.240.0.6", MAC: "00-15-5D-01-02-04", Key: "4096"}}, true},
		{"{ IP Address = fd00::6 , VNI = 7 , }", nil, []EncapDestination{{IP: "fd00::6", Key: "7"}}, true},
		{"{ 10.0.0.1 }", nil, nil, false},
		{"{ unterminated : 1", nil, nil, false},
	}
	for _, tt := range tests {
		got := bp.parse([]byte(tt.line))
		if got.ok != tt.ok {
			t.Errorf("%q: ok = %v", tt.line, got.ok)
			continue
		}
		if diff := cmp.Diff(tt.dips, got.dips); diff != "" {
			t.Errorf("%q dips (-want +got):\n%s", tt.line, diff)
		}
		if diff := cmp.Diff(tt.encap, got.encap); diff != "" {
			t.Errorf("%q encap (-want +got):\n%s", tt.line, diff)
		}
	}
}

func TestSimpleDIP(t *testing.T) {
	tests := []struct{ line, ip, port string }{
		{"{ 10.244.0.25 : 53 }", "10.244.0.25", "53"},
		{"{fd00::25 : 8080}", "fd00::25", "8080"},
		{"{ 10.0.0.1 : 80, 10.0.0.2 : 80 }", "", ""},
		{"{ IP address=10.0.0.1 }", "", ""},
		{"{ a b : 1 }", "", ""},
		{"{ : 1 }", "", ""},
	}
	for _, tt := range tests {
		ip, port, ok := simpleDIP([]byte(tt.line))
		if ok != (tt.ip != "") || string(ip) != tt.ip || string(port) != tt.port {
			t.Errorf("simpleDIP(%q) = %q, %q, %v", tt.line, ip, port, ok)
		}
	}
}

func TestConditionValues(t *testing.T) {
	a := netip.MustParseAddr
	tests := []struct {
		label, value string
		want         Condition
		ok           bool
	}{
		{"Destination IP", "10.244.3.0-10.244.3.255", Condition{Label: "Destination IP", Kind: CondDestinationIP,
			IPs: []IPRange{{a("10.244.3.0"), a("10.244.3.255")}}}, true},
		{"Destination IP", "10_244_3_0-10_244_3_255", Condition{Label: "Destination IP", Kind: CondDestinationIP,
			IPs: []IPRange{{a("10.244.3.0"), a("10.244.3.255")}}}, true},
		{"Source IP", "10.0.0.1, 10.0.0.2", Condition{Label: "Source IP", Kind: CondSourceIP,
			IPs: []IPRange{{a("10.0.0.1"), a("10.0.0.1")}, {a("10.0.0.2"), a("10.0.0.2")}}}, true},
		{"Source IP", "10.0.0.9-10.0.0.1", Condition{Label: "Source IP", Kind: CondSourceIP,
			Values: []string{"10.0.0.9-10.0.0.1"}}, false},
		{"Protocols", "TCP,17,icmp", Condition{Label: "Protocols", Kind: CondProtocol, Protocols: []uint16{6, 17, 1}}, true},
		{"Destination ports", "80-90", Condition{Label: "Destination ports", Kind: CondDestinationPort,
			Ranges: []NumRange{{80, 90}}}, true},
		{"Source MAC", "00-15-5D-AB-CD-12", Condition{Label: "Source MAC", Kind: CondSourceMAC,
			MACs: []string{"00155dabcd12"}}, true},
		{"VLAN ID", "0", Condition{Label: "VLAN ID", Kind: CondVLAN, Ranges: []NumRange{{0, 0}}}, true},
		{"ICMP code", "3", Condition{Label: "ICMP code", Kind: CondOther, Values: []string{"3"}}, true},
	}
	arena := &condArena{}
	var kept []Condition
	for _, tt := range tests {
		got, ok := parseCondition(0, tt.label, tt.value, nil)
		viaArena, _ := parseCondition(0, tt.label, tt.value, arena)
		if ok != tt.ok {
			t.Errorf("%s : %s: ok = %v", tt.label, tt.value, ok)
		}
		if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(x, y netip.Addr) bool { return x == y })); diff != "" {
			t.Errorf("%s : %s (-want +got):\n%s", tt.label, tt.value, diff)
		}
		if diff := cmp.Diff(got, viaArena, cmp.Comparer(func(x, y netip.Addr) bool { return x == y })); diff != "" {
			t.Errorf("%s : %s arena differs (-plain +arena):\n%s", tt.label, tt.value, diff)
		}
		kept = append(kept, viaArena)
	}
	for i, tt := range tests {
		fresh, _ := parseCondition(0, tt.label, tt.value, nil)
		if diff := cmp.Diff(fresh, kept[i], cmp.Comparer(func(x, y netip.Addr) bool { return x == y })); diff != "" {
			t.Errorf("arena condition %d overwritten (-want +got):\n%s", i, diff)
		}
	}
}

// TestLongConditionBlock covers condition lines 10 and more lines after
// "Conditions:", whose offsets equal the line-feed byte.
func TestLongConditionBlock(t *testing.T) {
	var b strings.Builder
	b.WriteString("Policy for port : 0A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9\nLAYER : L\nGROUP : G\nRULE : R\nConditions:\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, "Destination ports : %d\n", i)
	}
	b.WriteString("Flow TTL: 0\nCommand list-rule succeeded!\n")
	d, _ := ParseParallel("x", strings.NewReader(b.String()), 1)
	r := d.Ports[0].Layers[0].Groups[0].Rules[0]
	if len(r.Conditions) != 12 {
		t.Fatalf("conditions = %d, want 12", len(r.Conditions))
	}
	for i, c := range r.Conditions {
		if c.Offset != int32(i+1) || c.Ranges[0].Low != uint32(i+1) {
			t.Errorf("condition %d = %+v", i, c)
		}
	}
}

// TestLongLines checks that a line longer than the first read chunks is
// kept whole, and that one beyond the limit is cut and reported.
func TestLongLines(t *testing.T) {
	long := strings.Repeat("x", 200<<10)
	text := "Policy for port : 0A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9\nNote : " + long + "\nCommand list-space succeeded!\n"
	d, probs := ParseParallel("x", strings.NewReader(text), 1)
	if len(probs) != 0 {
		t.Errorf("problems: %v", probs)
	}
	sp := d.Ports[0].Spaces
	if sp == nil || len(sp.Records) != 1 || len(sp.Records[0].Fields[0].Value) != len(long) {
		t.Fatalf("long value not kept whole")
	}
	huge := strings.Repeat("y", chunkSize+10)
	_, probs = ParseParallel("x", strings.NewReader("Policy for port :\n"+huge+"\n"), 1)
	var cut bool
	for _, p := range probs {
		cut = cut || strings.Contains(p.Message, "was cut")
	}
	if !cut {
		t.Errorf("line over the limit not reported: %v", probs)
	}
}

func TestDecimal(t *testing.T) {
	tests := []struct {
		in   string
		want uint64
		ok   bool
	}{
		{"0", 0, true}, {"45535", 45535, true}, {"18446744073709551615", 1<<64 - 1, true},
		{"18446744073709551616", 0, false}, {"", 0, false}, {"12a", 0, false}, {"-1", 0, false},
	}
	for _, tt := range tests {
		got, ok := decimal([]byte(tt.in))
		if got != tt.want || ok != tt.ok {
			t.Errorf("decimal(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPortHeaderGUID(t *testing.T) {
	for _, tt := range []struct {
		header, want string
		problem      bool
	}{
		{"Policy for port : 0A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9", "0A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9", false},
		{"Policy for port : {0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9}", "0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9", false},
		{"Policy for port :\n{0A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9}", "0A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9", false},
		{"Policy for port : 0A1B2C3D-4E5F-4061-8293-A4B5C6D7E8", "", true},
		{"Policy for port :\nnot-a-guid", "", true},
	} {
		d, probs := ParseParallel("x", strings.NewReader(tt.header+"\nCommand list-space succeeded!\n"), 1)
		if len(d.Ports) != 1 || d.Ports[0].GUID != tt.want {
			t.Errorf("%q: ports %+v, want one with GUID %q", tt.header, d.Ports, tt.want)
		}
		if got := len(probs) > 0; got != tt.problem {
			t.Errorf("%q: problems %v, want some: %v", tt.header, probs, tt.problem)
		}
	}
}

func TestPortTable(t *testing.T) {
	text := "Ports of the switch\n" +
		"Port name                            Mac Address       PortId\n" +
		"---------                            -----------       ------\n" +
		"7C1D4A90-2B3E-4F5A-8C6D-1E2F3A4B5C6D 00-15-5D-5A-01-02 5E0A2B51-6B8C-4C...\n" +
		"Policy for port : 7C1D4A90-2B3E-4F5A-8C6D-1E2F3A4B5C6D\nCommand list-space succeeded!\n"
	d, _ := ParseParallel("x", strings.NewReader(text), 1)
	tbl := d.PortTable
	if tbl == nil || len(tbl.Text) != 1 || tbl.Text[0].Text != "Ports of the switch" {
		t.Fatalf("port table %+v, want the title line kept as text", tbl)
	}
	if want := []string{"Port name", "Mac Address", "PortId"}; strings.Join(tbl.Columns, "|") != strings.Join(want, "|") {
		t.Errorf("columns %q, want %q", tbl.Columns, want)
	}
	if len(tbl.Rows) != 1 || tbl.Rows[0].Line != 4 || tbl.Rows[0].Cells[1] != "00-15-5D-5A-01-02" ||
		tbl.Rows[0].Cells[2] != "5E0A2B51-6B8C-4C" || len(tbl.Rows[0].Truncated) != 1 || tbl.Rows[0].Truncated[0] != "PortId" {
		t.Errorf("rows %+v, want one row with PortId cut", tbl.Rows)
	}
}
