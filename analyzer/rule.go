// Package analyzer opens bundles, resolves which file holds which source,
// builds the correlated snapshot of one node and runs rules over it.
package analyzer

import (
	"fmt"
	"time"
)

// Severity grades a finding. Order: info < warning < error < critical.
type Severity int

// Severities, weakest first.
const (
	SeverityInfo Severity = iota + 1
	SeverityWarning
	SeverityError
	SeverityCritical
)

var severityNames = map[Severity]string{
	SeverityInfo: "info", SeverityWarning: "warning", SeverityError: "error", SeverityCritical: "critical",
}

func (s Severity) String() string {
	if n, ok := severityNames[s]; ok {
		return n
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// ParseSeverity reads "info", "warning", "error" or "critical".
func ParseSeverity(s string) (Severity, error) {
	for sev, name := range severityNames {
		if name == s {
			return sev, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want info, warning, error or critical)", s)
}

// MarshalText writes the severity name, so JSON carries "error", not 3.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// RuleMeta describes a rule. ID is stable across releases (e.g. HNS-NAT-001).
type RuleMeta struct {
	ID          string       `json:"id"`
	Title       string       `json:"title"`
	Family      string       `json:"family"`
	Severity    Severity     `json:"severity"`
	Breaks      string       `json:"breaks"`
	Remediation []string     `json:"remediation"`
	Requires    []SourceKind `json:"requires,omitempty"`
	Since       string       `json:"since"`
	Doc         string       `json:"doc,omitempty"`
	References  []string     `json:"references,omitempty"`
}

// Rule checks one aspect of a node. Check returns the findings; an empty
// result means the rule passed. A rule whose Requires sources are missing is
// not run: the engine records it as skipped.
type Rule interface {
	Meta() RuleMeta
	Check(s *Snapshot) []Finding
}

// Evidence points at the bundle text that shows a problem.
type Evidence struct {
	// Bundle names the bundle File belongs to when a finding compares
	// several bundles (cross-node checks); "" means the finding's own bundle.
	Bundle   string `json:"bundle,omitempty"`
	File     string `json:"file"`
	Line     int    `json:"line,omitempty"`
	JSONPath string `json:"jsonPath,omitempty"`
	Excerpt  string `json:"excerpt,omitempty"`
	// EndLine is the last line an excerpt joins (the close of a JSON array
	// quoted with its items); 0 for a one-line excerpt.
	EndLine int    `json:"endLine,omitempty"`
	Object  string `json:"object,omitempty"`
	// Quote asks the analysis to set Line and Excerpt from the file's own
	// text once the rules ran (see Quote). Nil keeps Line and Excerpt as
	// the rule wrote them, as for log lines a rule already read.
	Quote *Quote `json:"-"`
}

// Quote says which line of a record proves a finding. The record is the
// text at Evidence.Line and the lines after it that are indented deeper: a
// JSON object, a VFP rule, an ipconfig adapter, a single table row (or
// through Quote.Last). The
// quoted line is the first one holding Hints[0], else the first holding
// Hints[1], and so on; without a match it is the record's first line that
// is more than a bracket. A value that opens a JSON array or object is
// quoted through its close.
type Quote struct {
	// Hints are compared without case and without blanks, e.g.
	// `"IPAddress"` or `"Name": "cbr0"`.
	Hints []string
	// Last, when set, is the record's last line, for records whose lines
	// are not indented under the first (a vfpctrl listing).
	Last int
}

// Finding is one concrete problem found by a rule.
type Finding struct {
	Rule        string     `json:"rule"`
	Severity    Severity   `json:"severity"`
	Message     string     `json:"message"`
	Objects     []string   `json:"objects,omitempty"`
	Evidence    []Evidence `json:"evidence,omitempty"`
	Remediation []string   `json:"remediation,omitempty"`
}

// Status is the outcome of one rule on one bundle.
type Status string

// Rule outcomes.
const (
	StatusPassed  Status = "passed"
	StatusFailed  Status = "failed"
	StatusSkipped Status = "skipped"
	StatusError   Status = "error"
)

// RuleResult is what one rule produced on one bundle.
type RuleResult struct {
	Rule     RuleMeta  `json:"rule"`
	Status   Status    `json:"status"`
	Reason   string    `json:"reason,omitempty"`
	Findings []Finding `json:"findings,omitempty"`
	// Duration is how long the check took; kept out of reports so that
	// their output stays the same from run to run.
	Duration time.Duration `json:"-"`
}
