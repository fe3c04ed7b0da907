package analyzer

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hnsscope/hnsscope/analyzer/bundle"
)

// The -update flag may be declared by another test file of the package;
// register it only once.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

func takeInventory(t *testing.T, path string) *Inventory {
	t.Helper()
	b, err := bundle.Open(path, bundle.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	inv, err := TakeInventory(b)
	if err != nil {
		t.Fatal(err)
	}
	inv.Bundle = filepath.Base(inv.Bundle)
	return inv
}

func TestInventoryGolden(t *testing.T) {
	names := make([]string, 0, len(layouts))
	for n := range layouts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			inv := takeInventory(t, writeLayout(t, t.TempDir(), bundleNames[name], layouts[name]))
			compareGolden(t, filepath.Join("testdata", "inventory", name+".json"), inv)
		})
	}
}

func compareGolden(t *testing.T, golden string, got *Inventory) {
	t.Helper()
	data, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if updating() {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	raw, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./analyzer -run TestInventoryGolden -update)", err)
	}
	var want Inventory
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&want, got); diff != "" {
		t.Errorf("inventory differs from %s (-want +got):\n%s", golden, diff)
	}
}

func TestInventoryNestedAKSZip(t *testing.T) {
	dir := t.TempDir()
	inner, err := os.ReadFile(writeLayout(t, dir, bundleNames["aks-flat-v1"], layouts["aks-flat-v1"]))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("upload/AKSWIN000001-20240102-031500_logs.zip")
	w.Write(inner)
	zw.Close()
	outer := filepath.Join(dir, "support-upload.zip")
	if err := os.WriteFile(outer, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	inv := takeInventory(t, outer)
	if inv.Layout != LayoutAKS || inv.Era != EraTableV1 || inv.Host != "AKSWIN000001" {
		t.Errorf("layout/era/host = %s/%s/%s, want aks/table-v1/AKSWIN000001", inv.Layout, inv.Era, inv.Host)
	}
	eps := inv.Sources[SourceEndpoints]
	if len(eps) != 1 || eps[0].Path != "upload/AKSWIN000001-20240102-031500_logs.zip/endpoint.txt" {
		t.Errorf("endpoint sources = %+v", eps)
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		path string
		want SourceKind
		ok   bool
	}{
		{"endpoint.txt", SourceEndpoints, true},
		{"kq3bz1xw.0de/Endpoint.TXT", SourceEndpoints, true},
		{"network/hns/policy.txt", SourceLoadBalancers, true},
		{"network/hnsdiaglistall", SourceHNSDiag, true},
		{"network/vfpports.txt", SourceVFPPorts, true},
		{"network/ipv6routes.txt", SourceRoutes, true},
		{"Local Area Connection  1_int.txt", SourceAdapterDetails, true},
		{"kubelet.err.log", SourceKubeletLog, true},
		{"kubelet.log.1", SourceKubeletLog, true},
		{"k8s/components/kube-proxy.log", SourceKubeProxyLog, true},
		{"kubeproxy.log", SourceKubeProxyLog, true},
		{"containerd.err.log", SourceContainerdLog, true},
		{"flanneld.log", SourceFlannelLog, true},
		{"azure-vnet-telemetry.log", SourceCNILog, true},
		{"logs/cbs/CBS.log", SourceOtherLog, true},
		{"winevt/Microsoft-Windows-Host-Network-Service-Admin.evtx", SourceEventLog, true},
		{"eventlogs/system.json", SourceEventLog, true},
		{"10-azure.conflist", SourceCNIConfig, true},
		{"config/cni/10-flannel.conf", SourceCNIConfig, true},
		{"20240102-031500-containerd-containers.txt", SourceContainers, true},
		{"excludedportrange.txt", SourcePortReservations, true},
		{"network/ipv4subinterfaces", SourceMTU, true},
		{"network/ipv6subinterfaces", "", false},
		{"catalog.logic", "", false},
		{"random.conf", "", false},
		{"wfp/filters.xml", "", false},
	}
	for _, tt := range tests {
		got, ok := classify(tt.path)
		if got != tt.want || ok != tt.ok {
			t.Errorf("classify(%q) = %q, %v; want %q, %v", tt.path, got, ok, tt.want, tt.ok)
		}
	}
}
