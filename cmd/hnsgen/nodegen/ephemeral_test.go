package nodegen

import (
	"strings"
	"testing"
)

func TestFreeChunks(t *testing.T) {
	tests := []struct {
		name     string
		excluded []PortRange
		want     int
	}{
		{"none", nil, 256},
		{"below the range", []PortRange{{Start: 1024, End: 1123}}, 256},
		{"overlapping first two", []PortRange{{Start: 49152, End: 57343}, {Start: 57300, End: 65199}}, 5},
		{"nested", []PortRange{{Start: 50000, End: 50999}, {Start: 50100, End: 50199}}, 13 + 227},
		{"all", []PortRange{{Start: 40000, End: 65535}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := ProtocolPorts{DynamicStart: 49152, DynamicCount: 16384, Excluded: tt.excluded}
			if got := p.freeChunks(); got != tt.want {
				t.Errorf("freeChunks = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestPortRangeFiles(t *testing.T) {
	n := healthy(L2Bridge, SchemaV2)
	res, exc, dyn := n.PortRangeFiles()
	if !strings.Contains(res, "up to 243 allocations") || !strings.Contains(res, "Successfully reserved 10 ranges") {
		t.Errorf("reservedports.txt:\n%s", res)
	}
	if strings.Count(exc, "Port Exclusion Ranges") != 2 || !strings.Contains(exc, "     50000       50059     *\n") {
		t.Errorf("excludedportrange.txt:\n%s", exc)
	}
	if strings.Count(dyn, "Number of Ports : 16384") != 2 {
		t.Errorf("dynamicportrange.txt:\n%s", dyn)
	}
	n.EphemeralPorts.TCP.Excluded = []PortRange{{Start: 0, End: 65535}}
	if res, _, _ = n.PortRangeFiles(); !strings.HasPrefix(res, "ERROR: Running out of ephemeral ports.") ||
		!strings.Contains(res, "Couldn't reserve more than 0 ranges") {
		t.Errorf("exhausted reservedports.txt:\n%s", res)
	}
}
