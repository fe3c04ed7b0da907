package report

import (
	"fmt"

	"github.com/hnsscope/hnsscope/analyzer"
)

// SeverityCounts counts findings per severity.
type SeverityCounts struct {
	Critical int `json:"critical"`
	Error    int `json:"error"`
	Warning  int `json:"warning"`
	Info     int `json:"info"`
}

// Total is the number of findings counted.
func (c SeverityCounts) Total() int { return c.Critical + c.Error + c.Warning + c.Info }

func (c *SeverityCounts) add(s analyzer.Severity) {
	switch clampSeverity(s) {
	case analyzer.SeverityCritical:
		c.Critical++
	case analyzer.SeverityError:
		c.Error++
	case analyzer.SeverityWarning:
		c.Warning++
	default:
		c.Info++
	}
}

// CountSeverities counts findings per severity.
func CountSeverities(fs []Finding) SeverityCounts {
	var c SeverityCounts
	for _, f := range fs {
		c.add(f.Severity)
	}
	return c
}

// RuleCounts counts rule outcomes.
type RuleCounts struct {
	Passed  int `json:"passed"`
	Failed  int `json:"failed"`
	Skipped int `json:"skipped"`
	Error   int `json:"error"`
}

// String writes the outcomes as "n passed, n failed, n skipped, n error".
func (c RuleCounts) String() string {
	return fmt.Sprintf("%d passed, %d failed, %d skipped, %d error", c.Passed, c.Failed, c.Skipped, c.Error)
}

// CountRules counts the outcomes of a bundle's rules.
func CountRules(rs []analyzer.RuleResult) RuleCounts {
	var c RuleCounts
	for _, r := range rs {
		switch r.Status {
		case analyzer.StatusPassed:
			c.Passed++
		case analyzer.StatusFailed:
			c.Failed++
		case analyzer.StatusSkipped:
			c.Skipped++
		case analyzer.StatusError:
			c.Error++
		}
	}
	return c
}

// Totals sums severities and rule outcomes over all bundles.
func (r *Report) Totals() (SeverityCounts, RuleCounts) {
	var sc SeverityCounts
	var rc RuleCounts
	for _, b := range r.Bundles {
		for _, f := range r.Reported(b) {
			sc.add(f.Severity)
		}
		c := CountRules(b.Result.Rules)
		rc.Passed += c.Passed
		rc.Failed += c.Failed
		rc.Skipped += c.Skipped
		rc.Error += c.Error
	}
	return sc, rc
}
