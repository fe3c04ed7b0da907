package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeBundle lays files out as a bundle folder; "bom:" before the content
// writes it as UTF-8 with a byte-order mark, as the Rancher script does.
func writeBundle(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if rest, ok := strings.CutPrefix(content, "bom:"); ok {
			content = "\uFEFF" + rest
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func readFixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "knownissues", "aks", filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestKnownIssuesThroughResolver checks that the resolver hands the
// scanner the Rancher event exports, the AKS services CSV and the logs of
// both layouts, and that EVTX files are reported as unread.
func TestKnownIssuesThroughResolver(t *testing.T) {
	dir := writeBundle(t, map[string]string{
		"k8s/components/kubelet.log":   "bom:" + readFixture(t, "kubelet.log"),
		"eventlogs/system.json":        "bom:" + readFixture(t, "eventlogs/system.json"),
		"eventlogs/hns-admin.json":     "bom:" + readFixture(t, "eventlogs/hns-admin.json"),
		"20241123-100000_services.csv": readFixture(t, "20241123-100000_services.csv"),
		"winevt/System.evtx":           readFixture(t, "winevt/System.evtx"),
	})
	got := analyzeBundle(t, dir)
	tests := []struct{ rule, want string }{
		{"KI-HNS-UNSPECIFIED", "k8s/components/kubelet.log: HNS failed with \"Unspecified error\" (4 lines"},
		{"KI-HNS-CRASH", "eventlogs/system.json: The Host Network Service terminated unexpectedly (1 event, at 2024-11-23T10:05:00Z)"},
		{"KI-HNS-CRASH", "20241123-100000_services.csv: The Host Network Service terminated unexpectedly (1 event"},
		{"KI-HNS-ADMINERROR", "eventlogs/hns-admin.json: HNS error 0x803B0001 HCN_E_NETWORK_NOT_FOUND"},
		{"KI-EVTX-UNREAD", "1 EVTX event log(s) present but not analysed"},
	}
	for _, tt := range tests {
		if text := joined(got[tt.rule]); !strings.Contains(text, tt.want) {
			t.Errorf("%s findings lack %q:\n%s", tt.rule, tt.want, text)
		}
	}
}
