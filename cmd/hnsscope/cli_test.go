package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/hnsscope/hnsscope/analyzer"
)

func runHnsscope(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func utf16File(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

// aksZip writes a small AKS-style bundle: collectlogs files flattened at
// the root with backslash entry names, next to the Kubernetes files.
func aksZip(t *testing.T, dir string) string {
	t.Helper()
	files := map[string][]byte{
		"endpoint.txt": utf16File("\r\nIpAddress MacAddress IsRemoteEndpoint State\r\n--------- ---------- ---------------- -----\r\n\r\n" +
			"[\r\n {\r\n  \"ID\": \"5A1\",\r\n  \"IpConfigurations\": []\r\n }\r\n]\r\n"),
		"network.txt":                 utf16File("Name Type Id AddressPrefix\r\n"),
		"policy.txt":                  {0xFF, 0xFE},
		"ip.txt":                      utf16File("\r\nWindows IP Configuration\r\n\r\n   Host Name . . . . . . . . . . . . : AKSWIN000009\r\n"),
		"vfpOutput.txt":               []byte("ERROR: no ports\r\n"),
		`adapters\Ethernet 2_int.txt`: []byte("Interface Ethernet 2 Parameters\r\n"),
		"kubelet.log":                 []byte("I1118 kubelet\n"),
		"kubeclusterconfig.json":      []byte(`{"Kubernetes":{}}`),
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	zw.Close()
	p := filepath.Join(dir, "AKSWIN000009-20241118-023207_logs.zip")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestInventoryText(t *testing.T) {
	p := aksZip(t, t.TempDir())
	code, out, errOut := runHnsscope(t, "inventory", p)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	for _, want := range []string{
		"Layout:  aks", "Era:     table-v2", "Host:    AKSWIN000009",
		"hns-endpoints", "utf-16le-bom", "policy.txt", "empty (byte-order mark only)",
		"error-text (tool error instead of data: ERROR: no ports)", "adapters/Ethernet 2_int.txt",
		"Missing (2):\n  vfp-ports\n  routes",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestInventoryJSON(t *testing.T) {
	p := aksZip(t, t.TempDir())
	code, out, errOut := runHnsscope(t, "inventory", "--format", "json", p)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	var invs []analyzer.Inventory
	if err := json.Unmarshal([]byte(out), &invs); err != nil {
		t.Fatalf("output is not a JSON list of inventories: %v\n%s", err, out)
	}
	if len(invs) != 1 || invs[0].Layout != analyzer.LayoutAKS || !invs[0].Has(analyzer.SourceEndpoints) {
		t.Errorf("inventory = %+v", invs)
	}
}

func TestInventoryShippedBundles(t *testing.T) {
	tests := []struct{ dir, layout string }{
		{"l2bridge-v2-healthy", analyzer.LayoutCollectlogs},
		{"aks-l2bridge-v2-healthy", analyzer.LayoutAKS},
		{"rancher-overlay-v1-healthy", analyzer.LayoutRancher},
	}
	for _, tt := range tests {
		p := filepath.Join("..", "..", "testdata", "bundles", tt.dir)
		if _, err := os.Stat(p); err != nil {
			t.Logf("skipping %s: %v", tt.dir, err)
			continue
		}
		code, out, errOut := runHnsscope(t, "inventory", "-f", "json", p)
		var invs []analyzer.Inventory
		if code != 0 || json.Unmarshal([]byte(out), &invs) != nil || len(invs) != 1 {
			t.Errorf("%s: exit %d, stderr %s", tt.dir, code, errOut)
			continue
		}
		if invs[0].Layout != tt.layout || len(invs[0].Missing) != 0 && tt.layout != analyzer.LayoutRancher {
			t.Errorf("%s: layout %s, missing %v; want layout %s and nothing missing", tt.dir, invs[0].Layout, invs[0].Missing, tt.layout)
		}
	}
}

func TestCLIExitCodes(t *testing.T) {
	dir := t.TempDir()
	random := filepath.Join(dir, "random.zip")
	os.WriteFile(random, []byte("\x13\x37 definitely not an archive \xff\xfe"), 0o644)
	empty := filepath.Join(dir, "empty.zip")
	var buf bytes.Buffer
	zip.NewWriter(&buf).Close()
	os.WriteFile(empty, buf.Bytes(), 0o644)
	good := aksZip(t, dir)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"version", []string{"version"}, 0, ""},
		{"unknown flag", []string{"inventory", "--bogus", good}, 2, "unknown flag: --bogus"},
		{"unknown command", []string{"inspect", good}, 2, `unknown command "inspect"`},
		{"no bundle", []string{"inventory"}, 2, "needs at least one bundle"},
		{"bad format", []string{"inventory", "--format", "xml", good}, 2, "want text or json"},
		{"bad size", []string{"--max-file-size", "lots", "inventory", good}, 2, "invalid size"},
		{"no entries allowed", []string{"--max-entries", "0", "inventory", good}, 2, "--max-entries must be positive"},
		{"version with args", []string{"version", "extra"}, 2, "takes no arguments"},
		{"unknown rule", []string{"rules", "NOPE-999"}, 2, `no rule "NOPE-999"`},
		{"random bytes zip", []string{"inventory", random}, 3, "random.zip: not a folder or a zip"},
		{"empty zip", []string{"inventory", empty}, 3, "no entries"},
		{"missing bundle", []string{"inventory", filepath.Join(dir, "nope.zip")}, 3, "nope.zip"},
		{"over the file limit", []string{"--max-file-size", "16B", "inventory", good}, 3, "raise --max-file-size"},
		{"one bad of two", []string{"inventory", good, random}, 3, "random.zip"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runHnsscope(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr %q lacks %q", errOut, tt.stderr)
			}
		})
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"4GiB", 4 << 30, true}, {"512MiB", 512 << 20, true}, {"512m", 512 << 20, true},
		{"100MB", 100e6, true}, {"1.5G", 3 << 29, true}, {"2048", 2048, true}, {"16 KiB", 16 << 10, true},
		{"", 0, false}, {"-1G", 0, false}, {"lots", 0, false}, {"0", 0, false},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("parseSize(%q) = %d, %v; want %d, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
		if err == nil {
			if back, _ := parseSize(formatSize(got)); back != got {
				t.Errorf("formatSize(%d) = %q does not read back", got, formatSize(got))
			}
		}
	}
}

func TestRulesCommand(t *testing.T) {
	code, out, _ := runHnsscope(t, "rules")
	if code != 0 || !strings.Contains(out, "ID") || !strings.Contains(out, "SEVERITY") {
		t.Fatalf("exit %d, output:\n%s", code, out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 4 {
		t.Skip("no rules registered")
	}
	id := strings.Fields(lines[1])[0]
	code, out, _ = runHnsscope(t, "rules", strings.ToLower(id))
	if code != 0 || !strings.HasPrefix(out, id+": ") || !strings.Contains(out, "Severity:") {
		t.Errorf("rules %s: exit %d, output:\n%s", id, code, out)
	}
}
