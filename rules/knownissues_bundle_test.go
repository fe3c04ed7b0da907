package rules

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/analyzer"
)

// generatedBundle finds the bundle of a generated scenario.
func generatedBundle(t *testing.T, scenario string) string {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join("..", "testdata", "bundles", scenario, "*"))
	if len(matches) != 1 {
		t.Fatalf("scenario %s: want one bundle, found %v", scenario, matches)
	}
	return matches[0]
}

// analyzeBundle runs the known-issue rules over a bundle through the whole
// pipeline: archive, resolver, decoder, snapshot.
func analyzeBundle(t *testing.T, path string) map[string][]analyzer.Finding {
	t.Helper()
	res, err := analyzer.Analyze(path, analyzer.Options{}, KnownIssues())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]analyzer.Finding{}
	for _, rr := range res.Rules {
		if rr.Status == analyzer.StatusError {
			t.Errorf("%s: %s", rr.Rule.ID, rr.Reason)
		}
		out[rr.Rule.ID] = rr.Findings
	}
	return out
}

func TestKnownIssuesOnGeneratedAKSBundle(t *testing.T) {
	got := analyzeBundle(t, generatedBundle(t, "aks-logs-errors"))
	tests := []struct {
		rule string
		want []string
	}{
		{"KI-HNS-UNSPECIFIED", []string{"azure-vnet.log: HNS failed with \"Unspecified error\" (3 lines, 2024/11/18 13:02:07 .. 2024/11/18 13:16:07)",
			"kubelet.log: HNS failed with", "Clean-up level: none needed"}},
		{"KI-HNS-OBJEXISTS", []string{"kubelet.log: HNS object already exists", "kubeproxy.log: HNS object already exists (3 lines, E1118 13:02:18.123456 .. E1118 13:16:18.123456)",
			"Clean-up level Alpha"}},
		{"KI-HNS-ELEMENTNOTFOUND", []string{"azure-vnet.log: HNS failed with \"Element not found\" (3 lines"}},
		{"KI-HNS-ADDRRESERVED", []string{"kubeproxy.log: HNS: an address provided is invalid or reserved (3 lines"}},
		{"KI-HNS-PORTEXISTS", []string{"kubeproxy.log: HNS: the specified port already exists (3 lines"}},
		{"KI-HNS-SWITCHPORTNOTFOUND", []string{"kubeproxy.log: HNS: the switch port was not found (3 lines", "Clean-up level Alpha"}},
		{"KI-HNS-LBEXISTS", []string{"kubeproxy.log: hcnCreateLoadBalancer: the load balancer already exists (6 lines"}},
		{"KI-HNS-EPINVALIDSTATE", []string{"azure-vnet.log: HNS endpoint is in an invalid state (3 lines"}},
		{"KI-HNS-ATTACHNS", []string{"azure-vnet.log: Attaching an endpoint to its network namespace failed (3 lines"}},
		{"KI-KUBEPROXY-NONETWORK", []string{"kubeproxy.err.log: kube-proxy cannot find its HNS network"}},
		{"KI-KUBELET-SANDBOX", []string{"kubelet.log: Pod sandboxes failed to be created"}},
		{"KI-HCS-CREATECONTAINER", []string{"containerd.log: CreateContainer failed in a Windows system call (3 lines, 2024-11-18T13:02:11.123456Z .. 2024-11-18T13:16:11.123456Z)"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			text := joined(got[tt.rule])
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("findings lack %q:\n%s", w, text)
				}
			}
			if len(got[tt.rule]) == 0 {
				t.Fatal("no findings")
			}
			for _, f := range got[tt.rule] {
				if len(f.Evidence) == 0 || f.Evidence[0].Line == 0 || f.Evidence[0].Excerpt == "" {
					t.Errorf("finding without example line: %+v", f)
				}
			}
		})
	}
}

// Every coded line of the scenario is covered by a specific issue, so the
// generic error-code issue stays silent.
func TestErrorCodeIssueDefersToSpecificOnes(t *testing.T) {
	if fs := analyzeBundle(t, generatedBundle(t, "aks-logs-errors"))["KI-HNS-ERRORCODE"]; len(fs) != 0 {
		t.Errorf("generic error-code findings:\n%s", joined(fs))
	}
}

func TestKnownIssuesOnHealthyBundlesStayQuiet(t *testing.T) {
	for _, scenario := range []string{"aks-l2bridge-v2-healthy", "rancher-overlay-v1-healthy", "l2bridge-v1-healthy",
		"l2bridge-v2-healthy", "l2bridge-v2-ps7-healthy", "l2bridge-json2018-healthy", "overlay-v1-healthy", "overlay-v2-healthy"} {
		t.Run(scenario, func(t *testing.T) {
			for id, fs := range analyzeBundle(t, generatedBundle(t, scenario)) {
				if len(fs) > 0 {
					t.Errorf("%s fired on a healthy bundle:\n%s", id, joined(fs))
				}
			}
		})
	}
}

func TestBuildKeyedIssuesOnGeneratedBundles(t *testing.T) {
	tests := []struct {
		scenario string
		fired    []string
		quiet    []string
	}{
		{"old-build-1709", []string{"KI-OS-SVCVIP-1709", "KI-OS-DOCKERSLOW-1709", "KI-OS-RESTARTOUT-1709", "KI-OS-CRASHNS-1709"},
			[]string{"KI-OS-DNSNAT-1703"}},
		{"old-build-1709-patched", []string{"KI-OS-RESTARTOUT-1709", "KI-OS-CRASHNS-1709"},
			[]string{"KI-OS-SVCVIP-1709", "KI-OS-DOCKERSLOW-1709", "KI-OS-DNSNAT-1703"}},
	}
	for _, tt := range tests {
		t.Run(tt.scenario, func(t *testing.T) {
			got := analyzeBundle(t, generatedBundle(t, tt.scenario))
			for _, id := range tt.fired {
				if len(got[id]) != 1 || !strings.Contains(got[id][0].Message, "OS build 16299 is possibly affected") {
					t.Errorf("%s: findings %+v", id, got[id])
				}
			}
			for _, id := range tt.quiet {
				if len(got[id]) != 0 {
					t.Errorf("%s fired: %+v", id, got[id])
				}
			}
		})
	}
}
