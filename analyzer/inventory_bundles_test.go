package analyzer

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"
)

// Generated bundle layouts for the inventory tests. Contents are minimal but
// shaped like the collectors' output: encodings, table headers, JSON keys.

type genFile struct {
	name string
	data []byte
}

func u16(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func ascii(s string) []byte { return []byte(s) }

func utf8BOM(s string) []byte { return append([]byte{0xEF, 0xBB, 0xBF}, s...) }

const (
	endpointV2 = "\r\nIpAddress  MacAddress        IsRemoteEndpoint State\r\n---------  ----------        ---------------- -----\r\n" +
		"10.244.1.5 00-15-5D-01-02-03                  2\r\n\r\n[\r\n  {\r\n    \"ID\": \"a\",\r\n    \"IpConfigurations\": []\r\n  }\r\n]\r\n"
	endpointV1Id = "\r\nId IpAddress MacAddress IsRemoteEndpoint\r\n-- --------- ---------- ----------------\r\n" +
		"a  10.0.0.5  00-15-5D-00-00-01 False\r\n\r\n{\r\n  \"ID\": \"a\",\r\n  \"IPAddress\": \"10.0.0.5\",\r\n  \"VirtualNetwork\": \"n\"\r\n}\r\n"
	endpointRancher = "\r\nIpAddress          : 10.42.1.7\r\nVirtualNetworkName : flannel.4096\r\nIsRemoteEndpoint   :\r\n\r\n" +
		"[\r\n  {\r\n    \"IPAddress\": \"10.42.1.7\"\r\n  }\r\n]\r\n"
	hnsdiagUsage = "Copyright (c) Microsoft Corporation.\r\n\r\nhnsdiag <command> <object> [options ...]\r\n  list <object>\r\n\r\nObjects\r\n  All\r\n\r\nFlags\r\n  -d\r\n"
	ipconfigText = "\r\nWindows IP Configuration\r\n\r\n   Host Name . . . . . . . . . . . . : AKSWIN000001\r\n   Primary Dns Suffix  . . . . . . . : \r\n"
	vfpCounters  = "Policy for port :\r\nABCD-1234\r\nITEM LIST\r\nCommand get-rule-counter succeeded!\r\nCommand get-flow-stats succeeded!\r\n"
)

var layouts = map[string][]genFile{
	"collectlogs-v2-folder": {
		{"kq3bz1xw.0de/endpoint.txt", u16(endpointV2)},
		{"kq3bz1xw.0de/network.txt", u16("Name Type Id AddressPrefix\r\n")},
		{"kq3bz1xw.0de/policy.txt", []byte{0xFF, 0xFE}},
		{"kq3bz1xw.0de/namespaces.txt", u16("ID : x\r\n")},
		{"kq3bz1xw.0de/hnsdiag.txt", u16(hnsdiagUsage)},
		{"kq3bz1xw.0de/vfpOutput.txt", ascii(vfpCounters)},
		{"kq3bz1xw.0de/ports.txt", u16("Port name : x\r\n")},
		{"kq3bz1xw.0de/routes.txt", u16("IPv4 Route Table\r\n")},
		{"kq3bz1xw.0de/ip.txt", u16(ipconfigText)},
		{"kq3bz1xw.0de/winver.txt", u16("Microsoft Windows NT 10.0.20348.0\n\n\r\n")},
		{"kq3bz1xw.0de/windowsServices.txt", u16("Status Name\r\n")},
		{"kq3bz1xw.0de/netadapter.txt", u16("Name\r\n")},
		{"kq3bz1xw.0de/adapters/vEthernet (Ethernet)_int.txt", ascii("Interface vEthernet\r\n")},
		{"kq3bz1xw.0de/wfp/filters.xml", ascii("<wfpdiag/>")},
		{"kq3bz1xw.0de/winevt/System.evtx", []byte("ElfFile\x00")},
		{"kq3bz1xw.0de/notes.md", ascii("hand-written notes")},
	},
	"aks-flat-v1": {
		{`endpoint.txt`, u16(endpointV1Id)},
		{`network.txt`, u16("[\r\n]\r\n")},
		{`vfpOutput.txt`, ascii("ERROR: failed to open port\r\n")},
		{`ip.txt`, u16(ipconfigText)},
		{`docker.txt`, u16("CONTAINER ID\r\n")},
		{`adapters\Ethernet 2_int.txt`, ascii("Interface Ethernet 2\r\n")},
		{`kubelet.log`, ascii("I0102 kubelet started\n")},
		{`kubeproxy.err.log`, ascii("E0102 sync failed\n")},
		{`azure-vnet.log`, ascii("2024/01/02 CNI ADD\n")},
		{`kubeclusterconfig.json`, ascii(`{"Kubernetes":{"Network":{"ServiceCidr":"10.0.0.0/16"}}}`)},
		{`10-azure.conflist`, ascii(`{"cniVersion":"0.3.0"}`)},
		{`20240102-031500_services.csv`, ascii("a,b\n")},
		{`..\..\evil.txt`, ascii("x")},
	},
	"aks-wrong-folder": {
		{`kubelet.log`, ascii("I0102 kubelet started\n")},
		{`kubeclusterconfig.json`, ascii(`{}`)},
		{`CustomDataSetupScript.log`, ascii("setup\n")},
	},
	"rancher": {
		{"./network/hns/endpoint.txt", utf8BOM(endpointRancher)},
		{"./network/hns/network.txt", utf8BOM("[]\r\n")},
		{"./network/hns/policy.txt", utf8BOM("")},
		{"./network/hnsdiaglistall", utf8BOM("Networks:\r\nName ID\r\n")},
		{"./network/vfpports.txt", utf8BOM("Port name : x\r\n")},
		{"./network/ipv4routes.txt", utf8BOM("IPv4 Route Table\r\n")},
		{"./network/networkroutes", utf8BOM("ifIndex DestinationPrefix\r\n")},
		{"./network/ipconfigall.txt", utf8BOM("Windows IP Configuration\r\n")},
		{"./network/googlelookup", utf8BOM("Server: x\r\n")},
		{"./eventlogs/hns-admin.json", utf8BOM("[]")},
		{"./k8s/components/kubelet.log", ascii("I0102\n")},
		{"./config/cni/10-flannel.conf", ascii(`{"type":"flannel"}`)},
	},
	"pure-json-2018": {
		{"endpoint.txt", u16("[\r\n  {\r\n    \"IPAddress\": \"10.0.0.5\"\r\n  }\r\n]\r\n")},
		{"network.txt", u16("[]")},
		{"policy.txt", nil},
		{"vfpOutput.txt", u16("Policy for port : x\r\n")},
		{"ports.txt", u16("Port name : x\r\n")},
		{"routes.txt", u16("IPv4 Route Table\r\n")},
		{"ip.txt", u16("Windows IP Configuration\r\n")},
	},
	"two-runs": {
		{"C/k/debug/kq3bz1xw.0de/endpoint.txt", u16(endpointV2)},
		{"C/k/debug/kq3bz1xw.0de/ip.txt", u16(ipconfigText)},
		{"C/k/debug/p0c1rk7q.1ab/endpoint.txt", u16(endpointV2)},
	},
	"sdndiagnostics": {
		{"Server01/VFP/0a1b_vfpctrl_list_rule.txt", ascii("ITEM LIST")},
		{"Server01/VFP/vfpctrl_list-vmswitch-port.txt", ascii("Port name")},
	},
	"k2s": {
		{"vfprules.txt", ascii("Policy for port Name: x")},
		{"hnsdiag.json", ascii("{}")},
		{"servicestatus.txt", ascii("Running")},
	},
	"networkhealth": {
		{"endpointdata.json", u16("[]")},
		{"networkdata.json", u16("[]")},
		{"networkhealth.ps1", ascii("param()")},
	},
}

// bundleNames gives each layout the file name its collector would use.
var bundleNames = map[string]string{
	"collectlogs-v2-folder": "collectlogs-v2-folder",
	"aks-flat-v1":           "AKSWIN000001-20240102-031500_logs.zip",
	"aks-wrong-folder":      "AKSWIN000002-20240102-031500_logs.zip",
	"rancher":               "rancher_rke2_winnode7_2024-01-02.tar.gz",
	"pure-json-2018":        "pure-json-2018.zip",
	"sdndiagnostics":        "sdndiagnostics.zip",
	"two-runs":              "two-runs",
	"k2s":                   "k2s",
	"networkhealth":         "WIN1-20240102-031500_troubleshooting.zip",
}

// writeLayout writes a generated layout as a folder, zip or tar.gz,
// according to its name, and returns its path.
func writeLayout(t *testing.T, dir, name string, files []genFile) string {
	t.Helper()
	p := filepath.Join(dir, name)
	var data []byte
	switch filepath.Ext(name) {
	case ".zip":
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, f := range files {
			w, err := zw.Create(f.name)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(f.data)
		}
		zw.Close()
		data = buf.Bytes()
	case ".gz":
		var buf bytes.Buffer
		gw := gzip.NewWriter(&buf)
		tw := tar.NewWriter(gw)
		for _, f := range files {
			tw.WriteHeader(&tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.data)), Typeflag: tar.TypeReg})
			tw.Write(f.data)
		}
		tw.Close()
		gw.Close()
		data = buf.Bytes()
	default:
		for _, f := range files {
			fp := filepath.Join(p, filepath.FromSlash(f.name))
			if err := os.MkdirAll(filepath.Dir(fp), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(fp, f.data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return p
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
