package vfp

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// writeSynthetic writes a get-rule-counter era vfpOutput.txt of about
// target bytes: pod ports each holding the cluster's LB_DSR service rules
// (lbnat with backends), OutBoundNAT rules and the other commands.
//
// With distinct set, every port gets its own VIPs, names and backends, the
// worst case for the name interner and the condition and brace caches.
func writeSynthetic(w io.Writer, target int64, rulesPerPort int, distinct bool) (int64, error) {
	cw := &countWriter{w: bufio.NewWriterSize(w, 1<<20)}
	fmt.Fprintf(cw, "\r\nPort name                            Mac Address       PortId\r\n")
	fmt.Fprintf(cw, "---------                            -----------       ------\r\n")
	for port := 0; cw.n < target; port++ {
		guid := fmt.Sprintf("%08X-1C2D-4E3F-8A4B-5C6D7E8F9A0B", port)
		fmt.Fprintf(cw, "Policy for port : \r\n%s\r\n ITEM LIST \r\n===========\r\n\r\nCommand list-space succeeded!\r\n", guid)
		fmt.Fprintf(cw, " ITEM LIST \r\n===========\r\n\r\nCommand list-mapping succeeded!\r\n ITEM LIST \r\n===========\r\n\r\n")
		writeNATLayer(cw, port)
		writeEncapLayer(cw)
		fmt.Fprintf(cw, "  LAYER : LB_DSR\r\n    Friendly name : LB_DSR\r\n    Flags : 0x1 \r\n    Priority : 50\r\n")
		fmt.Fprintf(cw, "    GROUP : LB_DSR_IPv4_OUT\r\n      Friendly name : LB_DSR_IPv4_OUT\r\n      Priority : 100\r\n"+
			"      Direction : OUT\r\n      Type : IPv4\r\n        Conditions:\r\n            <none>\r\n      Match type : Priority-based match\r\n")
		for i := 0; i < rulesPerPort && cw.n < target; i++ {
			salt := 0
			if distinct {
				salt = port
			}
			writeDSRRule(cw, port, i, salt)
		}
		fmt.Fprintf(cw, "Command get-rule-counter succeeded!\r\nEnabled : TRUE\r\nBlocked : FALSE\r\nBlockedOnRestore : FALSE\r\n"+
			"BlockedLayerCreation : FALSE\r\nPreserving Vlan : FALSE\r\nVM Context Set : TRUE\r\nCommand get-port-state succeeded!\r\n")
		fmt.Fprintf(cw, " ITEM LIST \r\n===========\r\n\r\nCommand list-nat-range succeeded!\r\nLAYER : LB_DSR\r\n  Flows : %d\r\nCommand get-flow-stats succeeded!\r\n", port)
	}
	return cw.n, cw.w.(*bufio.Writer).Flush()
}

func writeNATLayer(w io.Writer, port int) {
	fmt.Fprintf(w, "  LAYER : SLB_NAT_LAYER\r\n    Friendly name : SLB_NAT_LAYER\r\n    Flags : 0x1 \r\n    Priority : 200\r\n"+
		"    GROUP : SLB_GROUP_NAT_IPv4_OUT\r\n      Friendly name : SLB_GROUP_NAT_IPv4_OUT\r\n      Priority : 100\r\n"+
		"      Direction : OUT\r\n      Type : IPv4\r\n        Conditions:\r\n            <none>\r\n      Match type : Priority-based match\r\n")
	for _, proto := range []string{"TCP", "UDP"} {
		fmt.Fprintf(w, "      RULE : \r\n        Friendly name : SNAT_%s_OUTBOUNDNAT_%04X\r\n        Priority : 100\r\n"+
			"        Flags : 3 terminating stateful \r\n        Type : dynnat\r\n        Conditions:\r\n"+
			"            Protocols : %s\r\n        Flow TTL: 240\r\n        FlagsEx : 0 \r\n"+
			"        Matched packets : %d\r\n        Dropped packets : 0\r\n        Pending packets : 0\r\n        Dropped unified flows : 0\r\n",
			proto, port, proto, port*7)
	}
}

// writeEncapLayer writes overlay rules to 20 remote nodes.
func writeEncapLayer(w io.Writer) {
	fmt.Fprintf(w, "  LAYER : VNET_ENCAP_LAYER\r\n    Friendly name : VNET_ENCAP_LAYER\r\n    Flags : 0x0 \r\n    Priority : 10\r\n"+
		"    GROUP : VNET_GROUP_ENCAP_IPV4_OUT\r\n      Priority : 100\r\n      Direction : OUT\r\n      Type : IPv4\r\n"+
		"        Conditions:\r\n            <none>\r\n      Match type : Priority-based match\r\n")
	for node := 1; node <= 20; node++ {
		fmt.Fprintf(w, "      RULE : \r\n        Friendly name : ENCAP_10_244_%d_0-10_244_%d_255\r\n        Priority : 1000\r\n"+
			"        Flags : 1 terminating \r\n        Type : routeencap\r\n        Conditions:\r\n"+
			"            Destination IP : 10_244_%d_0-10_244_%d_255\r\n        Flow TTL: 0\r\n        Rule Data:\r\n"+
			"        Encap Type: VXLAN\r\n        Encap Destination(s):\r\n"+
			"            { IP address=10.240.0.%d, MAC address=00-15-5D-01-02-%02X, GRE key=4096 }\r\n        FlagsEx : 0 \r\n",
			node, node, node, node, node+4, node)
	}
}

func writeDSRRule(w io.Writer, port, i, salt int) {
	vip := fmt.Sprintf("10.%d.%d.%d", 96+salt%100, i/250, i%250+1)
	proto, protoName := 6, "TCP"
	if i%2 == 1 {
		proto, protoName = 17, "UDP"
	}
	extPort := 1000 + i%5000
	fmt.Fprintf(w, "      RULE : \r\n        Friendly name : LB_DSR_%X_10.240.0.4_%s_%d_%d_%d\r\n        Priority : 100\r\n"+
		"        Flags : 1 terminating \r\n        Type : lbnat\r\n        Conditions:\r\n            Protocols : %s\r\n"+
		"            Destination IP : %s\r\n            Destination ports : %d\r\n        Flow TTL: 0\r\n        DIP Range:\r\n",
		i*31, vip, extPort, 8080, proto, protoName, vip, extPort)
	for b := 0; b < 1+i%3; b++ {
		fmt.Fprintf(w, "            { 10.%d.%d.%d : 8080 }\r\n", 100+salt%100, b+salt/100*3, i%250+1)
	}
	fmt.Fprintf(w, "        FlagsEx : 0 \r\n        Matched packets : %d\r\n        Dropped packets : %d\r\n"+
		"        Pending packets : 0\r\n        Dropped unified flows : 0\r\n", port*i, i%7)
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// peakSampler records the largest heap footprint seen: "sys" is what
// MemStats calls HeapSys (objects, fragmentation, free and released
// spans), "inuse" is HeapInuse. It reads runtime/metrics, which, unlike
// ReadMemStats, does not stop the world 200 times a second.
type peakSampler struct {
	sys, inuse atomic.Uint64
	stop       chan struct{}
	wg         sync.WaitGroup
}

var heapMetrics = []string{
	"/memory/classes/heap/objects:bytes",
	"/memory/classes/heap/unused:bytes",
	"/memory/classes/heap/free:bytes",
	"/memory/classes/heap/released:bytes",
}

func startPeakSampler() *peakSampler {
	s := &peakSampler{stop: make(chan struct{})}
	samples := make([]metrics.Sample, len(heapMetrics))
	for i, name := range heapMetrics {
		samples[i].Name = name
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(samples)
			inuse := samples[0].Value.Uint64() + samples[1].Value.Uint64()
			sys := inuse + samples[2].Value.Uint64() + samples[3].Value.Uint64()
			if sys > s.sys.Load() {
				s.sys.Store(sys)
			}
			if inuse > s.inuse.Load() {
				s.inuse.Store(inuse)
			}
			select {
			case <-s.stop:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

func (s *peakSampler) done() {
	close(s.stop)
	s.wg.Wait()
}

// BenchmarkParseVFPOutput parses about 300 MB of pod ports that share the
// cluster's service rules, as real nodes do.
func BenchmarkParseVFPOutput(b *testing.B) { benchParse(b, false) }

// BenchmarkParseVFPOutputDistinct parses about 300 MB where no port shares
// a rule name, VIP or backend with another.
func BenchmarkParseVFPOutputDistinct(b *testing.B) { benchParse(b, true) }

func benchParse(b *testing.B, distinct bool) {
	path := filepath.Join(b.TempDir(), "vfpOutput.txt")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	size, err := writeSynthetic(f, 300<<20, 4000, distinct)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	var peakSys, peakInuse, model uint64
	var rules int
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		in, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		s := startPeakSampler()
		cpu0 := processCPU()
		d, _ := ParseParallel("vfpOutput.txt", in, 2)
		cpu += processCPU() - cpu0
		s.done()
		in.Close()
		peakSys, peakInuse = max(peakSys, s.sys.Load()), max(peakInuse, s.inuse.Load())
		b.StopTimer()
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		model = after.HeapInuse - min(after.HeapInuse, before.HeapInuse)
		rules = countRules(d)
		runtime.KeepAlive(d)
		b.StartTimer()
	}
	b.ReportMetric(float64(size)/1e6, "file-MB")
	b.ReportMetric(float64(peakSys)/1e6, "peak-MB")
	b.ReportMetric(float64(peakInuse)/1e6, "peak-inuse-MB")
	b.ReportMetric(float64(model)/1e6, "model-MB")
	b.ReportMetric(float64(rules), "rules")
	if cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

func countRules(d *Dump) int {
	n := 0
	for _, p := range d.Ports {
		for _, l := range p.Layers {
			for _, g := range l.Groups {
				n += len(g.Rules)
			}
		}
	}
	return n
}
