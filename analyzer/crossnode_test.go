package analyzer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// firstNodeRule flags the first node, quoting both nodes' pod networks.
type firstNodeRule struct{ requires []SourceKind }

func (r firstNodeRule) Meta() RuleMeta {
	return RuleMeta{ID: "TEST-XNODE-1", Title: "first node", Severity: SeverityError, Requires: r.requires}
}

func (firstNodeRule) Check(nodes []*Node) []NodeFinding {
	a, b := nodes[0], nodes[1]
	return []NodeFinding{{Node: a, Finding: Finding{
		Message: a.Name + " and " + b.Name,
		Evidence: []Evidence{
			a.Evidence(a.Snapshot.PodNetwork.Evidence(`"Name"`)),
			b.Evidence(b.Snapshot.PodNetwork.Evidence(`"Name"`)),
		}}}}
}

type panicRule struct{}

func (panicRule) Meta() RuleMeta                    { return RuleMeta{ID: "TEST-XNODE-2", Severity: SeverityError} }
func (panicRule) Check(nodes []*Node) []NodeFinding { panic("boom") }

func clusterResults(t *testing.T, scenario string) []*Result {
	t.Helper()
	root := filepath.Join("..", "testdata", "bundles", scenario)
	entries, err := os.ReadDir(root)
	if err != nil || len(entries) < 2 {
		t.Skipf("generated cluster %s not present", scenario)
	}
	var out []*Result
	for _, e := range entries {
		res, err := Analyze(filepath.Join(root, e.Name()), Options{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, res)
	}
	return out
}

func TestRunClusterAttachesFindingsToTheirNode(t *testing.T) {
	results := clusterResults(t, "l2bridge-cluster-healthy")
	RunCluster(results, []ClusterRule{firstNodeRule{}, panicRule{}, firstNodeRule{requires: []SourceKind{SourceClusterConfig}}}, Options{})
	for i, res := range results {
		if len(res.Rules) != 3 {
			t.Fatalf("%s: %d rule results, want the 3 cluster rules", res.Bundle, len(res.Rules))
		}
		first, boom, skipped := res.Rules[0], res.Rules[1], res.Rules[2]
		if boom.Status != StatusError || !strings.Contains(boom.Reason, "boom") {
			t.Errorf("panicking rule: %s %q", boom.Status, boom.Reason)
		}
		if skipped.Status != StatusSkipped || !strings.Contains(skipped.Reason, "cluster-config") {
			t.Errorf("rule needing kubeclusterconfig.json: %s %q", skipped.Status, skipped.Reason)
		}
		if i > 0 {
			if first.Status != StatusPassed || len(res.Findings) != 0 {
				t.Errorf("%s: %s with %d findings, want passed", res.Bundle, first.Status, len(res.Findings))
			}
			continue
		}
		if first.Status != StatusFailed || len(res.Findings) != 1 {
			t.Fatalf("%s: %s with %d findings, want one", res.Bundle, first.Status, len(res.Findings))
		}
		evs := res.Findings[0].Evidence
		if len(evs) != 2 || evs[0].Bundle != results[0].Bundle || evs[1].Bundle != results[1].Bundle {
			t.Fatalf("evidence does not name both bundles: %+v", evs)
		}
		for _, ev := range evs {
			if !strings.Contains(ev.Excerpt, `"Name"`) {
				t.Errorf("%s %s:%d quoted %q", ev.Bundle, ev.File, ev.Line, ev.Excerpt)
			}
		}
	}
}

// TestRunClusterSkipsOneBundle: of several bundles given only one could be
// read, so there is nothing to compare it with.
func TestRunClusterSkipsOneBundle(t *testing.T) {
	results := clusterResults(t, "l2bridge-cluster-healthy")[:1]
	RunCluster(append(results, nil), []ClusterRule{firstNodeRule{}}, Options{})
	if n := len(results[0].Rules); n != 1 {
		t.Fatalf("%d cluster rule results, want 1", n)
	}
	if rr := results[0].Rules[0]; rr.Status != StatusSkipped || !strings.Contains(rr.Reason, "1 analysed") {
		t.Errorf("%s %q, want skipped for want of a second node", rr.Status, rr.Reason)
	}
}

func TestRunClusterSkipsBelowTwoUsableNodes(t *testing.T) {
	results := clusterResults(t, "l2bridge-cluster-healthy")[:2]
	results[1].Snapshot = nil // a bundle that was read but not analysed
	RunCluster(results, []ClusterRule{firstNodeRule{}}, Options{})
	for _, res := range results {
		if rr := res.Rules[0]; rr.Status != StatusSkipped || !strings.Contains(rr.Reason, "at least 2") {
			t.Errorf("%s: %s %q, want skipped for want of nodes", res.Bundle, rr.Status, rr.Reason)
		}
	}
}
