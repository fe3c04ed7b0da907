package main

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func files(t *testing.T, name string) map[string][]byte {
	t.Helper()
	list, err := allScenarios().pick([]string{name})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range list[0].build(true)[0].Files() {
		out[f.Path] = f.Data
	}
	return out
}

func utf16Text(t *testing.T, name string, b []byte) string {
	t.Helper()
	if len(b) < 2 || b[0] != 0xFF || b[1] != 0xFE || len(b)%2 != 0 {
		t.Fatalf("%s: want UTF-16LE with BOM, starts % x", name, b[:min(4, len(b))])
	}
	u := make([]uint16, 0, len(b)/2-1)
	for i := 2; i < len(b); i += 2 {
		u = append(u, uint16(b[i])|uint16(b[i+1])<<8)
	}
	return string(utf16.Decode(u))
}

func assertCRLF(t *testing.T, name, text string) {
	t.Helper()
	if strings.Count(text, "\n") != strings.Count(text, "\r\n") {
		t.Errorf("%s: has bare LF line ends", name)
	}
}

// jsonPart splits table-then-JSON text at the first line that is exactly [ or {.
func jsonPart(text string) string {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, l := range lines {
		if s := strings.TrimSpace(l); s == "[" || s == "{" {
			return strings.Join(lines[i:], "\n")
		}
	}
	return ""
}

func decodes(t *testing.T, name, js string) any {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(js))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("%s: JSON does not decode: %v", name, err)
	}
	return v
}

func TestWindowsPowerShellFiles(t *testing.T) {
	for _, scen := range []string{"l2bridge-v1-healthy", "l2bridge-v2-healthy", "overlay-v1-healthy", "overlay-v2-healthy"} {
		fs := files(t, scen)
		for _, name := range []string{"network.txt", "endpoint.txt", "policy.txt", "ip.txt", "routes.txt", "ports.txt", "hnsdiag.txt"} {
			text := utf16Text(t, scen+"/"+name, fs[name])
			assertCRLF(t, scen+"/"+name, text)
		}
		for _, name := range []string{"network.txt", "endpoint.txt"} {
			text := utf16Text(t, name, fs[name])
			if !strings.HasPrefix(text, "\r\nName ") && !strings.HasPrefix(text, "\r\nIpAddress ") {
				t.Errorf("%s/%s: want a table before the JSON, starts %q", scen, name, text[:20])
			}
			if arr, ok := decodes(t, scen+"/"+name, jsonPart(text)).([]any); !ok || len(arr) < 3 {
				t.Errorf("%s/%s: want a JSON array of several objects", scen, name)
			}
			if !strings.Contains(text, "\":  ") {
				t.Errorf("%s/%s: want PowerShell 5.1 `\"key\":  value` spacing", scen, name)
			}
		}
		decodes(t, scen+"/policy.txt", utf16Text(t, "policy.txt", fs["policy.txt"]))
		winver := utf16Text(t, "winver.txt", fs["winver.txt"])
		if !strings.HasPrefix(winver, "Microsoft Windows NT 10.0.") || !strings.Contains(winver, ".0\r\n\n\n\r\n") {
			t.Errorf("%s/winver.txt: want the version line then the bare two-LF string, got %q", scen, winver[:min(50, len(winver))])
		}
	}
}

var portHeader = regexp.MustCompile(`(?m)^Policy for port : \r\n[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\r\n`)

func TestVfpOutputIsASCIIWithTerminators(t *testing.T) {
	for scen, verb := range map[string]string{"l2bridge-v1-healthy": "list-rule", "l2bridge-v2-healthy": "get-rule-counter"} {
		b := files(t, scen)["vfpOutput.txt"]
		for i, c := range b {
			if c > 0x7F {
				t.Fatalf("%s: byte %d is not ASCII", scen, i)
			}
		}
		text := string(b)
		assertCRLF(t, scen+"/vfpOutput.txt", text)
		ports := len(portHeader.FindAllString(text, -1))
		if ports < 5 {
			t.Errorf("%s: %d port sections, want one per port", scen, ports)
		}
		if got := strings.Count(text, "Command "+verb+" succeeded!\r\n"); got != ports {
			t.Errorf("%s: %d %s terminators for %d ports", scen, got, verb, ports)
		}
	}
}

func TestPowerShell7Encoding(t *testing.T) {
	b := files(t, "l2bridge-v2-ps7-healthy")["endpoint.txt"]
	if bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) || bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || !utf8.Valid(b) {
		t.Fatalf("want UTF-8 without BOM")
	}
	js := jsonPart(string(b))
	if !strings.Contains(js, "\n  {\n    \"") || strings.Contains(js, "\":  ") {
		t.Errorf("want 2-space PowerShell 7 indentation:\n%s", js[:min(200, len(js))])
	}
	decodes(t, "ps7 endpoint.txt", js)
}

func TestAKSZipEntries(t *testing.T) {
	fs := files(t, "aks-l2bridge-v2-healthy")
	for _, name := range []string{"endpoint.txt", "vfpOutput.txt", "kubelet.log", "kubeproxy.log", "containerd.log", "azure-vnet.log", "kubeclusterconfig.json", "10-azure.conflist"} {
		if fs[name] == nil {
			t.Errorf("zip lacks %s at its root", name)
		}
	}
	backslash := false
	for name := range fs {
		if strings.Contains(name, "/") {
			t.Errorf("entry %q uses a forward slash; Compress-Archive writes backslashes", name)
		}
		backslash = backslash || strings.HasPrefix(name, `adapters\`)
	}
	if !backslash {
		t.Error(`want adapters\ entries with backslash names`)
	}
	cfg := decodes(t, "kubeclusterconfig.json", utf16Text(t, "kubeclusterconfig.json", fs["kubeclusterconfig.json"])).(map[string]any)
	network := cfg["Kubernetes"].(map[string]any)["Network"].(map[string]any)
	if network["ServiceCidr"] != "10.96.0.0/12" || network["DnsIp"] != "10.96.0.10" {
		t.Errorf("kubeclusterconfig.json network = %v", network)
	}
}

func TestRancherTarLayout(t *testing.T) {
	fs := files(t, "rancher-overlay-v1-healthy")
	ep := fs["./network/hns/endpoint.txt"]
	if !bytes.HasPrefix(ep, []byte{0xEF, 0xBB, 0xBF}) {
		t.Fatalf("want ./network/hns/endpoint.txt in UTF-8 with BOM")
	}
	if !strings.Contains(string(ep), "\r\nVirtualNetworkName : vxlan0\r\n") {
		t.Error("want the 6-property list form of the Rancher endpoint table")
	}
	if fs["./vfpOutput.txt"] != nil || fs["./network/vfpports.txt"] == nil {
		t.Error("Rancher bundles carry network/vfpports.txt and no vfpOutput.txt")
	}
}

func TestAKSErrorLogsCarrySignatures(t *testing.T) {
	fs := files(t, "aks-logs-errors")
	all := string(fs["kubelet.log"]) + string(fs["kubeproxy.log"]) + string(fs["containerd.log"]) + string(fs["azure-vnet.log"])
	for _, sig := range []string{"hcnCreateEndpoint failed in Win32: The object already exists. (0x1392)", "HNS failed with error : Unspecified error",
		"Element not found. (0x490)", "(0x803b002f)", "The specified port already exists", "switch-port was not found",
		"hcnCreateLoadBalancer failed in Win32", "Endpoint is in invalid state", "attach namespace failed", "Unable to find HNS Network",
		"FailedCreatePodSandBox", "CreateContainer: failure in a Windows system call"} {
		if !strings.Contains(all, sig) {
			t.Errorf("logs lack %q", sig)
		}
	}
	if n := strings.Count(string(fs["kubelet.log"]), "E1118 "); n < 3 {
		t.Errorf("kubelet.log has %d error lines, want several", n)
	}
}

func TestHostileNamesStayEscapedInJSON(t *testing.T) {
	text := utf16Text(t, "endpoint.txt", files(t, "script-in-names")["endpoint.txt"])
	js := jsonPart(text)
	if strings.Contains(js, "<script>") || !strings.Contains(js, `\u003cscript\u003ealert(1)\u003c/script\u003e`) {
		t.Error("PowerShell 5.1 JSON must escape < and > as \\u003c / \\u003e")
	}
	found := false
	for _, ep := range decodes(t, "endpoint.txt", js).([]any) {
		if name, _ := ep.(map[string]any)["Name"].(string); strings.HasPrefix(name, "<script>alert(1)</script>") {
			found = true
		}
	}
	if !found {
		t.Error("the decoded endpoint name must hold the raw hostile text")
	}
}

func TestBrokenScenarioChangesItsObject(t *testing.T) {
	base := map[string][]byte{}
	for _, f := range l2v1("win-l2b-noroute").Derive().CollectLogsFiles() {
		base[f.Path] = f.Data
	}
	for path, data := range files(t, "l2bridge-missing-host-route") {
		rel := path
		if bytes.Equal(data, base[rel]) != (rel != "routes.txt") {
			t.Errorf("%s: only routes.txt may differ from the healthy base", rel)
		}
	}
	routes := utf16Text(t, "routes.txt", base["routes.txt"])
	if !strings.Contains(routes, "10.244.2.0/24") {
		t.Error("the healthy base must route 10.244.2.0/24")
	}
}
