package analyzer

import (
	"fmt"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"
)

// Node is one analysed bundle as a member of a cluster: its snapshot with
// the names a cross-node finding uses to tell nodes apart.
type Node struct {
	// Name is the host name from the inventory, else the bundle's base name.
	Name string
	// Bundle is the bundle path as given, which evidence of this node carries.
	Bundle   string
	Snapshot *Snapshot
}

// Evidence marks ev as coming from this node's bundle, so that a finding
// quoting several bundles says which one each file belongs to.
func (n *Node) Evidence(ev Evidence) Evidence {
	ev.Bundle = n.Bundle
	return ev
}

// Has reports whether the node's bundle holds a usable file of kind.
func (n *Node) Has(kind SourceKind) bool { return n.Snapshot.Has(kind) }

// ClusterRule compares the state of several nodes of one cluster, each from
// its own bundle. Check returns findings, each attached to the node whose
// state is wrong; an empty result means the rule passed.
type ClusterRule interface {
	Meta() RuleMeta
	Check(nodes []*Node) []NodeFinding
}

// ClusterApplicability is implemented by cluster rules that need a derived
// input on at least two nodes (a network mode, pod subnets): when the
// bundles do not show it the rule is skipped with the reason.
type ClusterApplicability interface {
	Applicable(nodes []*Node) (applies bool, reason string)
}

// NodeFinding is a cross-node finding and the node it belongs to.
type NodeFinding struct {
	Node *Node
	Finding
}

// Nodes returns the cluster members of results that were analysed, in
// result order.
func Nodes(results []*Result) []*Node {
	var out []*Node
	seen := map[string]bool{}
	for _, r := range results {
		if r == nil || r.Snapshot == nil {
			continue
		}
		name := ""
		if r.Inventory != nil {
			name = r.Inventory.Host
		}
		if name == "" {
			name = filepath.Base(r.Bundle)
		}
		if seen[r.Bundle] {
			continue
		}
		seen[r.Bundle] = true
		out = append(out, &Node{Name: name, Bundle: r.Bundle, Snapshot: r.Snapshot})
	}
	return out
}

// minClusterNodes is how many bundles a cross-node comparison needs.
const minClusterNodes = 2

// RunCluster checks the cluster rules across the results of one run and
// adds each rule's outcome to every node's result: failed on the nodes
// whose state a finding names, passed on the others, skipped with the
// reason when the bundles lack what the rule compares or fewer than two
// could be analysed. Callers run it only when several bundles were given,
// so that a one-node analysis stays as it is. Evidence is quoted from each
// bundle's own files.
func RunCluster(results []*Result, rules []ClusterRule, opts Options) {
	var given []*Result
	for _, r := range results {
		if r != nil {
			given = append(given, r)
		}
	}
	nodes := Nodes(given)
	first := make([]int, len(given))
	for i, r := range given {
		first[i] = len(r.Rules)
	}
	for _, rule := range rules {
		start := time.Now()
		outcome := runClusterRule(nodes, rule)
		took := time.Since(start)
		for _, r := range given {
			rr := outcome.resultFor(r.Bundle)
			if r.Snapshot == nil && rr.Status == StatusPassed {
				rr.Status, rr.Reason = StatusSkipped, "the bundle was not analysed"
			}
			rr.Duration = took
			r.Rules = append(r.Rules, rr)
		}
	}
	var added []RuleResult
	for i, r := range given {
		added = append(added, r.Rules[first[i]:]...)
	}
	quoteAcrossBundles(added, opts)
	for i, r := range given {
		for j := first[i]; j < len(r.Rules); j++ {
			SortFindings(r.Rules[j].Findings)
		}
		r.Collect()
	}
}

// clusterOutcome is one cluster rule's result across the nodes.
type clusterOutcome struct {
	meta     RuleMeta
	status   Status // skipped or error for every node; "" when the rule ran
	reason   string
	perNode  map[string][]Finding
	skipNode map[string]string
}

func (o clusterOutcome) resultFor(bundle string) RuleResult {
	rr := RuleResult{Rule: o.meta, Status: o.status, Reason: o.reason}
	switch {
	case o.status != "":
		return rr
	case o.skipNode[bundle] != "":
		rr.Status, rr.Reason = StatusSkipped, o.skipNode[bundle]
	case len(o.perNode[bundle]) > 0:
		rr.Status, rr.Findings = StatusFailed, o.perNode[bundle]
	default:
		rr.Status = StatusPassed
	}
	return rr
}

func runClusterRule(nodes []*Node, rule ClusterRule) (out clusterOutcome) {
	out.meta = rule.Meta()
	out.skipNode = map[string]string{}
	var usable []*Node
	for _, n := range nodes {
		if missing := missingSources(n.Snapshot, out.meta.Requires); len(missing) > 0 {
			out.skipNode[n.Bundle] = "bundle has no " + strings.Join(missing, ", ")
			continue
		}
		usable = append(usable, n)
	}
	if len(usable) < minClusterNodes {
		out.status = StatusSkipped
		out.reason = fmt.Sprintf("needs at least %d node bundles with %s; %d analysed", minClusterNodes,
			requiresText(out.meta.Requires), len(usable))
		return out
	}
	defer func() {
		if p := recover(); p != nil {
			out.status, out.perNode = StatusError, nil
			out.reason = fmt.Sprintf("rule failed: %v\n%s", p, firstFrames(debug.Stack()))
		}
	}()
	if a, ok := rule.(ClusterApplicability); ok {
		if applies, reason := a.Applicable(usable); !applies {
			out.status, out.reason = StatusSkipped, reason
			return out
		}
	}
	out.perNode = map[string][]Finding{}
	for _, nf := range rule.Check(usable) {
		out.perNode[nf.Node.Bundle] = append(out.perNode[nf.Node.Bundle], withDefaults(nf.Finding, out.meta))
	}
	return out
}

func requiresText(kinds []SourceKind) string {
	if len(kinds) == 0 {
		return "a snapshot"
	}
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}
