package pstext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser"
)

// netRouteText builds a Get-NetRoute-shaped table of n rows.
func netRouteText(n int) string {
	var b strings.Builder
	b.WriteString("\nifIndex DestinationPrefix                              NextHop                                  RouteMetric ifMetric PolicyStore\n")
	b.WriteString("------- -----------------                              -------                                  ----------- -------- -----------\n")
	for i := range n {
		fmt.Fprintf(&b, "%-7d %-46s %-40s %11d %-8d %s\n", i%64, fmt.Sprintf("10.%d.%d.0/24", i/256%256, i%256), "10.240.0.1", 256, 5, "ActiveStore")
	}
	return b.String()
}

func BenchmarkScanTable(b *testing.B) {
	text := netRouteText(50000)
	lines := textLines(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		blocks := Scan(lines, &parser.Problems{})
		if len(blocks) != 1 || len(blocks[0].Table.Rows) != 50000 {
			b.Fatalf("got %d blocks", len(blocks))
		}
	}
}

func BenchmarkScanList(b *testing.B) {
	var sb strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&sb, "\nIPAddress         : 10.0.%d.%d\nInterfaceIndex    : %d\nInterfaceAlias    : vEthernet (pod %d)\nAddressFamily     : IPv4\nPolicyStore       : ActiveStore\n", i/256%256, i%256, i%500, i)
	}
	text := sb.String()
	lines := textLines(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		blocks := Scan(lines, &parser.Problems{})
		if len(blocks) != 1 || len(blocks[0].List.Records) != 20000 {
			b.Fatalf("got %d blocks", len(blocks))
		}
	}
}
