package rules

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/hnsscope/hnsscope/analyzer"
)

// clusterCase ties a cross-node rule to a generated cluster bundle set in
// which it must fire on node, naming object and the other node peer, and
// one in which it must stay silent on every node.
type clusterCase struct {
	fires, node, peer, object, quiet string
}

var clusterCases = map[string]clusterCase{
	"HNS-XNODE-001": {"overlay-cluster-stale-rsr-pa", "win-node-1", "win-node-2", "10.240.0.15", "overlay-cluster-healthy"},
	"HNS-XNODE-002": {"overlay-cluster-missing-rsr", "win-node-2", "win-node-3", "10.244.3.0/24", "overlay-cluster-healthy"},
	"HNS-XNODE-003": {"l2bridge-cluster-route-wrong-node", "win-node-1", "win-node-2", "10.244.2.0/24", "l2bridge-cluster-healthy"},
	"HNS-XNODE-004": {"l2bridge-cluster-duplicate-pod-subnet", "win-node-3", "win-node-2", "10.244.2.0/24", "l2bridge-cluster-healthy"},
	"HNS-XNODE-005": {"overlay-cluster-duplicate-management-ip", "win-node-2", "win-node-1", "10.240.0.4", "overlay-cluster-healthy"},
	"HNS-XNODE-006": {"overlay-cluster-remote-pa-wrong-node", "win-node-1", "win-node-2", "10.244.2.4", "overlay-cluster-healthy"},
	"HNS-XNODE-007": {"l2bridge-cluster-stale-backend", "win-node-1", "win-node-3", "10.244.3.9", "l2bridge-cluster-healthy"},
}

// moreClusterCases are further firing sets of rules that compare several
// fields.
var moreClusterCases = []struct {
	id string
	clusterCase
}{
	{"HNS-XNODE-001", clusterCase{"overlay-cluster-stale-rsr-drmac", "win-node-1", "win-node-3", "00:15:5d:7c:0d:bd", "overlay-cluster-healthy"}},
	{"HNS-XNODE-001", clusterCase{"overlay-cluster-rsr-vni-mismatch", "win-node-3", "win-node-1", "IsolationId 4097", "overlay-cluster-healthy"}},
}

// generatedClusters caches the analysis of each cluster bundle set.
var generatedClusters sync.Map

// analyzeCluster analyses every bundle of a scenario folder and runs the
// cluster rules over them, as `hnsscope analyze DIR/*` does.
func analyzeCluster(t *testing.T, dir string) []*analyzer.Result {
	t.Helper()
	if r, ok := generatedClusters.Load(dir); ok {
		return r.([]*analyzer.Result)
	}
	root := filepath.Join("..", "testdata", "bundles", dir)
	entries, err := os.ReadDir(root)
	if err != nil || len(entries) < 2 {
		t.Fatalf("generated cluster %s missing or with fewer than two bundles (go run ./cmd/hnsgen -out testdata/bundles): %v", dir, err)
	}
	var results []*analyzer.Result
	for _, e := range entries {
		res, err := analyzer.Analyze(filepath.Join(root, e.Name()), analyzer.Options{}, All())
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		results = append(results, res)
	}
	analyzer.RunCluster(results, ClusterRules(), analyzer.Options{})
	generatedClusters.Store(dir, results)
	return results
}

func hostOf(res *analyzer.Result) string { return res.Inventory.Host }

func TestClusterRulesOnGeneratedBundles(t *testing.T) {
	type named struct {
		id string
		clusterCase
	}
	all := moreClusterCases[:len(moreClusterCases):len(moreClusterCases)]
	for id, cc := range clusterCases {
		all = append(all, named{id, cc})
	}
	for _, c := range all {
		id, cc := c.id, c.clusterCase
		t.Run(id+"/"+cc.fires, func(t *testing.T) {
			found := false
			for _, res := range analyzeCluster(t, cc.fires) {
				rr := ruleResultOf(res, id)
				if hostOf(res) != cc.node {
					continue
				}
				found = true
				if rr.Status != analyzer.StatusFailed {
					t.Fatalf("%s on %s of %s: status %s %s, want findings", id, cc.node, cc.fires, rr.Status, rr.Reason)
				}
				checkNamesBoth(t, rr.Findings, cc)
			}
			if !found {
				t.Fatalf("%s has no bundle of node %s", cc.fires, cc.node)
			}
			for _, res := range analyzeCluster(t, cc.quiet) {
				rr := ruleResultOf(res, id)
				if rr.Status == analyzer.StatusFailed || rr.Status == analyzer.StatusError {
					t.Errorf("%s on %s of %s: status %s: %+v", id, hostOf(res), cc.quiet, rr.Status, rr.Findings)
				}
			}
		})
	}
}

// checkNamesBoth wants a finding naming the object and both nodes, with
// evidence from both nodes' bundles.
func checkNamesBoth(t *testing.T, fs []analyzer.Finding, cc clusterCase) {
	t.Helper()
	for _, f := range fs {
		if !mentions(f, cc.object) || !strings.Contains(f.Message, cc.node) || !strings.Contains(f.Message, cc.peer) {
			continue
		}
		bundles := map[string]bool{}
		for _, ev := range f.Evidence {
			if ev.Bundle == "" || ev.File == "" {
				t.Errorf("evidence without its bundle: %+v", ev)
			}
			if ev.Excerpt == "" {
				t.Errorf("evidence %s:%d of %s not quoted", ev.File, ev.Line, ev.Bundle)
			}
			bundles[ev.Bundle] = true
		}
		if len(bundles) < 2 {
			t.Errorf("finding %q quotes %d bundle(s), want both nodes'", f.Message, len(bundles))
		}
		return
	}
	t.Errorf("no finding names %s, %s and %s: %+v", cc.object, cc.node, cc.peer, fs)
}

// TestClusterRulesStayOffOtherNodes checks that a finding is attached to
// the node at fault only: in a set with one defect the other nodes pass.
func TestClusterRulesStayOffOtherNodes(t *testing.T) {
	for id, cc := range clusterCases {
		if id == "HNS-XNODE-004" || id == "HNS-XNODE-005" {
			continue // both nodes of a duplicate are at fault
		}
		for _, res := range analyzeCluster(t, cc.fires) {
			if rr := ruleResultOf(res, id); hostOf(res) != cc.node && rr.Status == analyzer.StatusFailed {
				t.Errorf("%s on %s of %s: %+v", id, hostOf(res), cc.fires, rr.Findings)
			}
		}
	}
}

func TestEveryClusterRuleHasBundles(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range ClusterRules() {
		m := r.Meta()
		if seen[m.ID] {
			t.Errorf("duplicate rule ID %s", m.ID)
		}
		seen[m.ID] = true
		if _, ok := clusterCases[m.ID]; !ok {
			t.Errorf("%s has no generated cluster case", m.ID)
		}
		if m.Title == "" || m.Breaks == "" || len(m.Remediation) == 0 || m.Doc == "" || m.Severity == 0 || m.Family != familyCrossNode {
			t.Errorf("%s: incomplete metadata %+v", m.ID, m)
		}
	}
	for _, r := range All() {
		if seen[r.Meta().ID] {
			t.Errorf("%s is both a node and a cluster rule", r.Meta().ID)
		}
	}
}

func TestHealthyClustersHaveNoWarnings(t *testing.T) {
	for _, dir := range []string{"overlay-cluster-healthy", "l2bridge-cluster-healthy"} {
		t.Run(dir, func(t *testing.T) {
			ran := 0
			for _, res := range analyzeCluster(t, dir) {
				for _, f := range res.Findings {
					if f.Severity >= analyzer.SeverityWarning && strings.HasPrefix(f.Rule, "HNS-") {
						t.Errorf("%s: %s: %s", hostOf(res), f.Rule, f.Message)
					}
				}
				for _, rr := range res.Rules {
					if rr.Status == analyzer.StatusError {
						t.Errorf("%s errored: %s", rr.Rule.ID, rr.Reason)
					}
					if strings.HasPrefix(rr.Rule.ID, "HNS-XNODE-") && rr.Status == analyzer.StatusPassed {
						ran++
					}
				}
			}
			if ran == 0 {
				t.Error("no cross-node rule ran")
			}
		})
	}
}

// TestClusterRulesOnNodesWithoutOwnSubnet pairs node bundles whose pod
// network is no per-node subnet (flannel's network over the whole cluster
// CIDR, Azure CNI's VNet addresses) with others: no subnet is claimed twice.
func TestClusterRulesOnNodesWithoutOwnSubnet(t *testing.T) {
	for _, pair := range [][2]string{
		{"overlay-flannel-clusterwide-v1-healthy", "overlay-v2-healthy"},
		{"aks-azurecni-v2-healthy", "azurecni-collectlogs-v2-healthy"},
	} {
		t.Run(pair[0], func(t *testing.T) {
			var results []*analyzer.Result
			for _, dir := range pair {
				root := filepath.Join("..", "testdata", "bundles", dir)
				entries, err := os.ReadDir(root)
				if err != nil || len(entries) == 0 {
					t.Fatalf("generated bundle %s missing: %v", dir, err)
				}
				res, err := analyzer.Analyze(filepath.Join(root, entries[0].Name()), analyzer.Options{}, nil)
				if err != nil {
					t.Fatal(err)
				}
				results = append(results, res)
			}
			analyzer.RunCluster(results, ClusterRules(), analyzer.Options{})
			for _, res := range results {
				if rr := ruleResultOf(res, "HNS-XNODE-004"); rr.Status != analyzer.StatusSkipped {
					t.Errorf("%s: HNS-XNODE-004 %s %+v, want skipped", hostOf(res), rr.Status, rr.Findings)
				}
			}
		})
	}
}

// TestClusterRulesSkipTwoCollectionsOfOneNode analyses one node's bundle
// under two names, as two collections of the same host: its subnet and IP
// are not a duplicate.
func TestClusterRulesSkipTwoCollectionsOfOneNode(t *testing.T) {
	src := filepath.Join("..", "testdata", "bundles", "overlay-cluster-healthy")
	entries, err := os.ReadDir(src)
	if err != nil || len(entries) == 0 {
		t.Fatalf("generated cluster missing: %v", err)
	}
	data, err := os.ReadFile(filepath.Join(src, entries[0].Name()))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var results []*analyzer.Result
	for _, name := range []string{"before.zip", "after.zip"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := analyzer.Analyze(path, analyzer.Options{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, res)
	}
	analyzer.RunCluster(results, ClusterRules(), analyzer.Options{})
	for _, res := range results {
		for _, rr := range res.Rules {
			if rr.Status == analyzer.StatusFailed || rr.Status == analyzer.StatusError {
				t.Errorf("%s on two collections of %s: %s %+v", rr.Rule.ID, hostOf(res), rr.Status, rr.Findings)
			}
		}
	}
}
