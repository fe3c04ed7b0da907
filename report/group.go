package report

import (
	"slices"

	"github.com/hnsscope/hnsscope/analyzer"
)

// ruleGroup is the findings of one rule, for formats that group by rule.
type ruleGroup struct {
	Meta     analyzer.RuleMeta
	Severity analyzer.Severity
	Findings []Finding
	// Remediation is set when every finding shares it, so it is shown once.
	Remediation []string
}

// groupByRule groups findings by rule, keeping the worst-first order of
// their first appearance.
func groupByRule(res *analyzer.Result, fs []Finding) []ruleGroup {
	meta := map[string]analyzer.RuleMeta{}
	for _, rr := range res.Rules {
		meta[rr.Rule.ID] = rr.Rule
	}
	index := map[string]int{}
	var groups []ruleGroup
	for _, f := range fs {
		i, ok := index[f.Rule]
		if !ok {
			m, found := meta[f.Rule]
			if !found {
				m = analyzer.RuleMeta{ID: f.Rule}
			}
			i = len(groups)
			index[f.Rule] = i
			groups = append(groups, ruleGroup{Meta: m, Severity: f.Severity})
		}
		g := &groups[i]
		g.Findings = append(g.Findings, f)
		if f.Severity > g.Severity {
			g.Severity = f.Severity
		}
	}
	for i := range groups {
		groups[i].Remediation = sharedRemediation(groups[i].Findings)
	}
	return groups
}

func sharedRemediation(fs []Finding) []string {
	if len(fs) == 0 {
		return nil
	}
	first := fs[0].Remediation
	for _, f := range fs[1:] {
		if !slices.Equal(f.Remediation, first) {
			return nil
		}
	}
	return first
}

// rulesWithStatus returns a bundle's rule results with the given status,
// ordered by rule ID.
func rulesWithStatus(res *analyzer.Result, st analyzer.Status) []analyzer.RuleResult {
	var out []analyzer.RuleResult
	for _, rr := range sortedRules(res.Rules) {
		if rr.Status == st {
			out = append(out, rr)
		}
	}
	return out
}
