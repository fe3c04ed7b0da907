package catalogue

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser/logscan"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

// syntheticLogBlock builds about size bytes of kubelet/kube-proxy-like text:
// routine klog lines, embedded HNS JSON, and one HNS error every ~5000 lines.
func syntheticLogBlock(size int) []byte {
	routine := []string{
		`I1123 10:%02d:%02d.%06d    4242 proxier.go:1087] "Syncing proxy rules" ipFamily="IPv4"`,
		`I1123 10:%02d:%02d.%06d    4242 hns.go:213] "Queried load balancers" count=42 loadBalancer={"ID":"5d0ab1f5-8d3f-4c2a-9a0e-1f2e3d4c5b6a","HostComputeEndpoints":["6e2c1c5a-1111-2222-3333-444455556666"],"FrontendVIPs":["10.96.0.10"],"PortMappings":[{"Protocol":17,"InternalPort":53,"ExternalPort":53}]}`,
		`I1123 10:%02d:%02d.%06d    4242 kubelet_pods.go:1050] "Clean up pod workers for terminated pods"`,
		`time="2024-01-10T12:%02d:%02d.%06dZ" level=info msg="StartContainer for \"8a6f3c\" returns successfully"`,
		`2024/01/10 12:%02d:%02d [%06d] [cni-net] Processing ADD command with args {ContainerID:8a6f3c Netns:none IfName:eth0 Path:c:\k\cni}`,
	}
	errs := []string{
		`E1123 10:%02d:%02d.%06d    4242 cni.go:387] [cni-net] Failed to create endpoint: HNS failed with error : Unspecified error`,
		`E1123 10:%02d:%02d.%06d    4242 proxier.go:1375] Policy creation failed: hcnCreateLoadBalancer failed in Win32: The object already exists. (0x1392) {"ErrorCode":2151350282}`,
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		format := routine[i%len(routine)]
		if i%5000 == 4999 {
			format = errs[(i/5000)%len(errs)]
		}
		fmt.Fprintf(&b, format, (i/60)%60, i%60, i%1000000)
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// repeatReader yields block again and again up to n bytes, so a gigabyte of
// log costs no gigabyte of memory.
type repeatReader struct {
	block []byte
	off   int
	n     int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > r.n {
		p = p[:r.n]
	}
	c := copy(p, r.block[r.off:])
	r.off = (r.off + c) % len(r.block)
	r.n -= int64(c)
	return c, nil
}

func (r *repeatReader) Close() error { return nil }

func BenchmarkScanLogs(b *testing.B) { benchmarkScan(b, false) }

// BenchmarkScanLogsDecoded adds the text decoder every bundle file passes
// through (UTF-8 input, so it only validates and normalises line ends).
func BenchmarkScanLogsDecoded(b *testing.B) { benchmarkScan(b, true) }

func benchmarkScan(b *testing.B, decode bool) {
	const files, perFile = 8, 128 << 20 // 1 GiB per iteration
	cat, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	sigs, err := cat.Signatures()
	if err != nil {
		b.Fatal(err)
	}
	sc, err := logscan.NewScanner(sigs)
	if err != nil {
		b.Fatal(err)
	}
	block := syntheticLogBlock(8 << 20)
	inputs := make([]logscan.Input, files)
	for i := range inputs {
		inputs[i] = logscan.Input{File: fmt.Sprintf("k/log%d.log", i), Open: func() (io.ReadCloser, error) {
			rr := &repeatReader{block: block, n: perFile}
			if !decode {
				return rr, nil
			}
			r, _, err := textenc.NewReader(rr)
			return io.NopCloser(r), err
		}}
	}
	b.SetBytes(files * perFile)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, _ := sc.ScanAll(inputs, runtime.GOMAXPROCS(0))
		if len(res) != files || len(res[0].Hits) == 0 {
			b.Fatalf("scan found nothing: %+v", res[0])
		}
	}
}
