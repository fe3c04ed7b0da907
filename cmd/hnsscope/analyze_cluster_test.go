package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// clusterPaths returns every node bundle of a generated cluster scenario.
func clusterPaths(t *testing.T, scenario string) []string {
	t.Helper()
	root := filepath.Join("..", "..", "testdata", "bundles", scenario)
	entries, err := os.ReadDir(root)
	if err != nil || len(entries) < 2 {
		t.Fatalf("generated cluster %s missing (make testdata): %v", scenario, err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, filepath.Join(root, e.Name()))
	}
	return out
}

func TestAnalyzeClusterGates(t *testing.T) {
	tests := []struct {
		scenario, rule string
		nodes          []string // the nodes the finding names; none for a healthy set
	}{
		{"overlay-cluster-healthy", "", nil},
		{"l2bridge-cluster-healthy", "", nil},
		{"overlay-cluster-stale-rsr-pa", "HNS-XNODE-001", []string{"win-node-1", "win-node-2"}},
		{"overlay-cluster-stale-rsr-drmac", "HNS-XNODE-001", []string{"win-node-1", "win-node-3"}},
		{"l2bridge-cluster-route-wrong-node", "HNS-XNODE-003", []string{"win-node-1", "win-node-2"}},
		{"l2bridge-cluster-duplicate-pod-subnet", "HNS-XNODE-004", []string{"win-node-2", "win-node-3"}},
	}
	for _, tt := range tests {
		t.Run(tt.scenario, func(t *testing.T) {
			r := runCLI(t, append([]string{"--fail-on", "warning"}, clusterPaths(t, tt.scenario)...)...)
			if tt.rule == "" {
				if r.code != 0 || strings.Contains(r.stdout, "HNS-XNODE-") {
					t.Errorf("exit %d (%v), want 0 and no cross-node finding:\n%s", r.code, r.err, r.stdout)
				}
				return
			}
			if r.code != exitGate {
				t.Errorf("exit %d (%v), want %d", r.code, r.err, exitGate)
			}
			for _, line := range strings.Split(r.stdout, "\n") {
				if strings.Contains(line, tt.rule) {
					return
				}
			}
			t.Errorf("no %s in the report:\n%s", tt.rule, r.stdout)
		})
	}
}

// TestAnalyzeClusterNamesBothNodes reads the finding's message and its
// evidence in the text report: both nodes by host name, evidence from
// both bundles.
func TestAnalyzeClusterNamesBothNodes(t *testing.T) {
	paths := clusterPaths(t, "l2bridge-cluster-route-wrong-node")
	r := runCLI(t, paths...)
	if r.code != exitGate {
		t.Fatalf("exit %d (%v), want %d", r.code, r.err, exitGate)
	}
	msg := "win-node-1: route 10.244.2.0/24 to pod subnet 10.244.2.0/24 of node win-node-2 goes via 10.240.0.6"
	if !strings.Contains(r.stdout, msg) {
		t.Errorf("report lacks %q:\n%s", msg, r.stdout)
	}
	quoted := 0
	for _, p := range paths {
		if strings.Contains(r.stdout, "evidence: ["+p+"]") {
			quoted++
		}
	}
	if quoted < 2 {
		t.Errorf("evidence of %d bundle(s) shown, want both nodes':\n%s", quoted, r.stdout)
	}
}

// TestAnalyzeClusterEveryFormatShowsTheBundle checks that each report
// format tells the bundles of a cross-node finding's evidence apart.
func TestAnalyzeClusterEveryFormatShowsTheBundle(t *testing.T) {
	paths := clusterPaths(t, "overlay-cluster-stale-rsr-pa")
	dir := t.TempDir()
	files := map[string]string{"json": "r.json", "html": "r.html", "md": "r.md", "junit": "r.xml", "sarif": "r.sarif"}
	var args []string
	for f, name := range files {
		args = append(args, "--format", f+"="+filepath.Join(dir, name))
	}
	if r := runCLI(t, append(args, paths...)...); r.code != exitGate {
		t.Fatalf("exit %d (%v), want %d", r.code, r.err, exitGate)
	}
	for f, name := range files {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		if !strings.Contains(text, "HNS-XNODE-001") {
			t.Errorf("%s report lacks HNS-XNODE-001", f)
		}
		for _, p := range paths[:2] {
			if !strings.Contains(text, filepath.Base(p)) {
				t.Errorf("%s report does not name bundle %s", f, p)
			}
		}
	}
	sarif, _ := os.ReadFile(filepath.Join(dir, "r.sarif"))
	if !strings.Contains(string(sarif), `"uriBaseId": "BUNDLE2"`) {
		t.Error("SARIF evidence from another bundle does not use its own URI base")
	}
}

func TestAnalyzeClusterJSONMatchesSchema(t *testing.T) {
	checkJSONSchema(t, clusterPaths(t, "overlay-cluster-stale-rsr-drmac")...)
}

// TestAnalyzeOneBundleRunsNoClusterRule keeps single-bundle output as it
// was: cross-node rules are not even listed as skipped.
func TestAnalyzeOneBundleRunsNoClusterRule(t *testing.T) {
	r := runCLI(t, "-v", clusterPaths(t, "overlay-cluster-stale-rsr-pa")[0])
	if strings.Contains(r.stdout, "HNS-XNODE-") {
		t.Errorf("one bundle shows cross-node rules:\n%s", r.stdout)
	}
}

// TestAnalyzeClusterWithAnUnreadableBundle: of two bundles one cannot be
// read; the cross-node checks are listed as skipped on the other.
func TestAnalyzeClusterWithAnUnreadableBundle(t *testing.T) {
	paths := clusterPaths(t, "overlay-cluster-healthy")
	r := runCLI(t, "-v", paths[0], filepath.Join(t.TempDir(), "absent.zip"))
	if r.code != exitUnreadable {
		t.Errorf("exit %d (%v), want %d", r.code, r.err, exitUnreadable)
	}
	if !strings.Contains(r.stdout, "HNS-XNODE-001") || !strings.Contains(r.stdout, "1 analysed") {
		t.Errorf("cross-node checks not listed as skipped:\n%s", r.stdout)
	}
}
