package analyzer

import "github.com/hnsscope/hnsscope/parser"

// Result is the analysis of one bundle: what it holds, the cluster
// parameters used, the snapshot, each rule's outcome and all findings.
type Result struct {
	Bundle    string        `json:"bundle"`
	Inventory *Inventory    `json:"inventory"`
	Cluster   ClusterParams `json:"cluster"`
	Snapshot  *Snapshot     `json:"-"`
	Rules     []RuleResult  `json:"rules"`
	// Findings holds every rule's findings, worst first.
	Findings []Finding `json:"findings"`
	// Problems are what the parsers met while reading the bundle.
	Problems []parser.Problem `json:"problems,omitempty"`
	// Timing is how long parsing, correlation and rules took.
	Timing Timing `json:"-"`
}

// Collect fills Findings from Rules.
func (r *Result) Collect() {
	r.Findings = r.Findings[:0]
	for _, rr := range r.Rules {
		r.Findings = append(r.Findings, rr.Findings...)
	}
	SortFindings(r.Findings)
}

// Worst returns the highest severity among the findings, or 0 when there
// are none.
func (r *Result) Worst() Severity {
	var worst Severity
	for _, f := range r.Findings {
		if f.Severity > worst {
			worst = f.Severity
		}
	}
	return worst
}
