package report

import (
	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser"
)

// SchemaVersion is the version of the JSON report format. It changes only
// when a field is removed or changes meaning; new fields keep it.
const SchemaVersion = "1"

type jsonReport struct {
	SchemaVersion string        `json:"schemaVersion"`
	Tool          Tool          `json:"tool"`
	FailOn        string        `json:"failOn"`
	Gate          string        `json:"gate"`
	Summary       jsonSummary   `json:"summary"`
	Baseline      *jsonBaseline `json:"baseline,omitempty"`
	Bundles       []jsonBundle  `json:"bundles"`
	Findings      []jsonFinding `json:"findings"`
}

type jsonSummary struct {
	Bundles  int            `json:"bundles"`
	Findings SeverityCounts `json:"findings"`
	Rules    RuleCounts     `json:"rules"`
}

type jsonBaseline struct {
	New      int               `json:"new"`
	Known    int               `json:"known"`
	Resolved []ResolvedFinding `json:"resolved"`
}

type jsonBundle struct {
	Bundle    string                    `json:"bundle"`
	Inventory jsonInventory             `json:"inventory"`
	Cluster   map[string]analyzer.Param `json:"cluster"`
	Summary   jsonSummary               `json:"summary"`
	Findings  []jsonFinding             `json:"findings"`
	Rules     []jsonRule                `json:"rules"`
	Skipped   []jsonSkip                `json:"skipped"`
	Problems  []jsonProblem             `json:"problems"`
}

type jsonInventory struct {
	Layout       string       `json:"layout"`
	Era          string       `json:"era"`
	Host         string       `json:"host,omitempty"`
	Signals      []string     `json:"signals"`
	Sources      []jsonSource `json:"sources"`
	Missing      []string     `json:"missing"`
	Unrecognised []string     `json:"unrecognised"`
}

type jsonSource struct {
	Kind     string `json:"kind"`
	Path     string `json:"path"`
	Size     int64  `json:"size"`
	Encoding string `json:"encoding,omitempty"`
	State    string `json:"state"`
	Note     string `json:"note,omitempty"`
}

type jsonFinding struct {
	Bundle      string              `json:"bundle,omitempty"`
	Rule        string              `json:"rule"`
	Severity    string              `json:"severity"`
	Message     string              `json:"message"`
	Objects     []string            `json:"objects"`
	Evidence    []analyzer.Evidence `json:"evidence"`
	Remediation []string            `json:"remediation"`
	Fingerprint string              `json:"fingerprint"`
	Baseline    string              `json:"baseline,omitempty"`
}

type jsonRule struct {
	ID       string          `json:"id"`
	Title    string          `json:"title"`
	Family   string          `json:"family,omitempty"`
	Severity string          `json:"severity"`
	Status   analyzer.Status `json:"status"`
	Reason   string          `json:"reason,omitempty"`
	Findings int             `json:"findings"`
}

type jsonSkip struct {
	Rule   string `json:"rule"`
	Reason string `json:"reason"`
}

type jsonProblem struct {
	File     string       `json:"file"`
	Line     int          `json:"line,omitempty"`
	JSONPath string       `json:"jsonPath,omitempty"`
	Level    parser.Level `json:"level"`
	Message  string       `json:"message"`
}
