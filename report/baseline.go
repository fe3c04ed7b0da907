package report

import (
	"encoding/json"
	"fmt"
	"io"
)

// Baseline holds the findings of an earlier JSON report. Findings are
// matched by fingerprint; a fingerprint seen n times in the baseline
// matches at most n current findings, so a defect that doubles still shows
// a new finding.
type Baseline struct {
	findings []ResolvedFinding
}

// ResolvedFinding names a baseline finding by what a person needs to
// recognise it. In a BaselineSummary it is a finding that is gone.
type ResolvedFinding struct {
	Bundle      string   `json:"bundle"`
	Rule        string   `json:"rule"`
	Severity    string   `json:"severity"`
	Message     string   `json:"message"`
	Objects     []string `json:"objects"`
	Fingerprint string   `json:"fingerprint"`
}

// BaselineSummary is the comparison of a run with its baseline.
type BaselineSummary struct {
	New, Known int
	// Resolved are baseline findings no longer present, in baseline order.
	Resolved []ResolvedFinding
}

// ReadBaseline reads a JSON report written by WriteJSON.
func ReadBaseline(r io.Reader) (*Baseline, error) {
	var doc struct {
		SchemaVersion string            `json:"schemaVersion"`
		Findings      []ResolvedFinding `json:"findings"`
	}
	if err := json.NewDecoder(r).Decode(&doc); err != nil {
		return nil, fmt.Errorf("read baseline: not a JSON report: %w", err)
	}
	if doc.SchemaVersion != SchemaVersion {
		return nil, fmt.Errorf("read baseline: schemaVersion %q, want %q (write it with --format json)", doc.SchemaVersion, SchemaVersion)
	}
	for i, f := range doc.Findings {
		if f.Fingerprint == "" || f.Rule == "" {
			return nil, fmt.Errorf("read baseline: finding %d has no rule or fingerprint", i)
		}
		if f.Objects == nil {
			doc.Findings[i].Objects = []string{}
		}
	}
	return &Baseline{findings: doc.Findings}, nil
}

// classify sets the State of every finding and returns the counts.
func (b *Baseline) classify(bundles []Bundle) *BaselineSummary {
	remaining := map[string]int{}
	for _, f := range b.findings {
		remaining[f.Fingerprint]++
	}
	sum := &BaselineSummary{}
	for bi := range bundles {
		for fi := range bundles[bi].Findings {
			f := &bundles[bi].Findings[fi]
			if remaining[f.Fingerprint] > 0 {
				remaining[f.Fingerprint]--
				f.State = StateKnown
				sum.Known++
				continue
			}
			f.State = StateNew
			sum.New++
		}
	}
	for _, f := range b.findings {
		if remaining[f.Fingerprint] > 0 {
			remaining[f.Fingerprint]--
			sum.Resolved = append(sum.Resolved, f)
		}
	}
	return sum
}
