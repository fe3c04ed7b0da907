package hns

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// synthEndpoints builds an endpoint.txt of n v1 endpoints as Windows
// PowerShell 5.1 writes it (table, then column-aligned JSON), decoded text.
func synthEndpoints(n int) []byte {
	rows := make([][]string, n)
	var js strings.Builder
	js.WriteString("[")
	for i := 0; i < n; i++ {
		ip := fmt.Sprintf("10.%d.%d.%d", 244+i/65536%8, i/256%256, i%256)
		mac := fmt.Sprintf("00-15-5D-%02X-%02X-%02X", i>>16&0xff, i>>8&0xff, i&0xff)
		rows[i] = []string{ip, mac, "", "3"}
		if i > 0 {
			js.WriteString(",")
		}
		fmt.Fprintf(&js, `{"ActivityId": "4D3E1F0A-9C8B-4A7D-8E6F-%012X", "AdditionalParams": {},
 "CreateProcessingStartTime": 132489012345678901, "DNSServerList": "10.96.0.10",
 "DNSSuffix": "default.svc.cluster.local,svc.cluster.local,cluster.local", "GatewayAddress": "10.244.1.1",
 "Health": {"LastErrorCode": 0, "LastUpdateTime": 132489012349876543},
 "ID": "5E2B6A44-3C1D-4F7A-9B8E-%012X", "IPAddress": "%s", "MacAddress": "%s",
 "Name": "%064x_cbr0", "Namespace": {"CompartmentId": %d, "ID": "7A1B2C3D-4E5F-4061-8273-%012X", "IsDefault": false},
 "Policies": [{"ExceptionList": ["10.244.0.0/16", "10.96.0.0/12", "192.168.1.0/24"], "Type": "OutBoundNAT"},
  {"DestinationPrefix": "10.96.0.0/12", "NeedEncap": true, "Type": "ROUTE"}],
 "PrefixLength": 24,
 "Resources": {"AllocationOrder": 2, "Allocators": [
   {"AllocationOrder": 0, "CompartmendId": %d, "EndpointPortGuid": "C0A8010C-71AB-4C2D-9E8F-%012X", "MacAddress": "%s",
    "State": 3, "SwitchId": "F0E1D2C3-B4A5-4697-8889-7A6B5C4D3E2F", "Tag": "Endpoint Port"}],
  "ID": "4D3E1F0A-9C8B-4A7D-8E6F-%012X", "State": 1, "parentId": "2B5C8E1F-4A7D-4C0B-9E3F-6A9D2C5F8B1E"},
 "SharedContainers": ["%064x"], "State": 3, "Type": "L2Bridge", "Version": 64424509440,
 "VirtualNetwork": "2B5C8E1F-4A7D-4C0B-9E3F-6A9D2C5F8B1E", "VirtualNetworkName": "cbr0"}`,
			i, i, ip, mac, i, i+2, i, i+2, i, mac, i, i)
	}
	js.WriteString("]")
	return []byte(psTable("...", endpointColumns, rows...) + ps51(js.String()))
}

// BenchmarkParseEndpoints parses a 20,000-endpoint file. Besides the
// wall-clock MB/s it reports cpu-MB/s: bytes per second of process CPU time
// (garbage collection included), which stays meaningful on a busy machine.
func BenchmarkParseEndpoints(b *testing.B) {
	data := synthEndpoints(20000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu0, cpuOK := processCPU()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		f, _ := ParseEndpoints("endpoint.txt", bytes.NewReader(data))
		if len(f.Endpoints) != 20000 || f.Endpoints[19999].State == nil || f.Endpoints[19999].PortGUID == "" {
			b.Fatalf("parsed %d endpoints", len(f.Endpoints))
		}
		n++
	}
	if cpu1, ok := processCPU(); ok && cpuOK && cpu1 > cpu0 {
		b.ReportMetric(float64(len(data))*float64(n)/(cpu1-cpu0).Seconds()/1e6, "cpu-MB/s")
	}
}
