package report

import (
	"sort"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser"
)

// inventorySources flattens the per-kind map into one list ordered by kind
// and path, so every format lists sources the same way on every run.
func inventorySources(inv *analyzer.Inventory) []analyzer.SourceFile {
	if inv == nil {
		return nil
	}
	var out []analyzer.SourceFile
	for kind, files := range inv.Sources {
		for _, f := range files {
			if f.Kind == "" {
				f.Kind = kind
			}
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].Path < out[j].Path
	})
	return out
}

// sortedRules orders rule results by ID so reports do not depend on the
// order rules were registered in.
func sortedRules(rs []analyzer.RuleResult) []analyzer.RuleResult {
	out := append([]analyzer.RuleResult(nil), rs...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Rule.ID < out[j].Rule.ID })
	return out
}

func sortedProblems(res *analyzer.Result) []parser.Problem {
	out := append([]parser.Problem(nil), res.Problems...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Pos, out[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return out
}

// clusterParam is a cluster parameter under the analyzer's JSON name for it.
type clusterParam struct {
	Name string
	analyzer.Param
}

// clusterParams lists the cluster parameters in a fixed order.
func clusterParams(c analyzer.ClusterParams) []clusterParam {
	named := []struct {
		name string
		p    analyzer.Param
	}{
		{"clusterCIDR", c.ClusterCIDR}, {"serviceCIDR", c.ServiceCIDR}, {"nodeSubnet", c.NodeSubnet},
		{"podSubnet", c.PodSubnet}, {"dnsIP", c.DNSIP}, {"networkMode", c.NetworkMode},
		{"managementIP", c.ManagementIP}, {"sourceVIP", c.SourceVIP},
	}
	out := make([]clusterParam, 0, len(named))
	for _, n := range named {
		out = append(out, clusterParam{Name: n.name, Param: n.p})
	}
	return out
}
