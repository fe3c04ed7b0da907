package nodegen

import (
	"fmt"
	"io"
	"net/netip"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// benchNode is a DSR node with pods local pod ports and services load balancers.
func benchNode(pods, services int) *Node {
	n := NewHealthy(Options{Name: "bench", Mode: L2Bridge, Schema: SchemaV2, Era: EraTableV2, VFP: VFPRuleCounter})
	n.LazyRules = true
	for i := len(n.LocalPods()); i < pods; i++ {
		n.AddPod(fmt.Sprintf("load-%03d", i), "bench")
	}
	local := n.LocalPods()
	for i := 0; i < services; i++ {
		vip := Nth(netip.MustParsePrefix("10.100.0.0/16"), 10+i).String()
		remote := Nth(netip.MustParsePrefix("10.244.2.0/23"), 2+i%480).String()
		n.AddService(fmt.Sprintf("bench/svc-%05d:http", i), vip, 6, 80, 8080, []string{local[i%len(local)].IP.String(), remote})
	}
	return n.Derive()
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

func TestLazyRulesMatchEagerRules(t *testing.T) {
	render := func(lazy bool) string {
		n := NewHealthy(Options{Name: "lazy", Mode: Overlay, Schema: SchemaV2, Era: EraTableV2, VFP: VFPRuleCounter})
		n.LazyRules = lazy
		n.Derive()
		var b strings.Builder
		if err := n.WriteVfpOutput(&b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if render(true) != render(false) {
		t.Error("streaming with lazy rules must render the same vfpOutput.txt")
	}
}

func TestWriteFolderStreaming(t *testing.T) {
	n := benchNode(4, 50)
	root, err := n.WriteFolderStreaming(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(root, "vfpOutput.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(b), "Policy for port : \r\n"); got != len(n.Ports) {
		t.Errorf("%d port sections, want %d", got, len(n.Ports))
	}
	if strings.Count(string(b), "\n") != strings.Count(string(b), "\r\n") {
		t.Error("streamed vfpOutput.txt must use CRLF")
	}
}

func BenchmarkWriteVfpOutput(b *testing.B) {
	n := benchNode(8, 2000)
	var size countWriter
	if err := n.WriteVfpOutput(io.Writer(&size)); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size.n)
	b.ResetTimer()
	var peak uint64
	for i := 0; i < b.N; i++ {
		if err := n.WriteVfpOutput(io.Discard); err != nil {
			b.Fatal(err)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse)
	}
	b.ReportMetric(float64(peak)/(1<<20), "heapMB")
}
