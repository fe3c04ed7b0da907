// Package report renders analysis results for people (text, HTML,
// Markdown) and for machines and CI (JSON, JUnit XML, SARIF). Every
// renderer works on a Report, which adds to the analyzer results what a
// report needs: stable finding fingerprints, the baseline state of each
// finding and the gate decision.
package report

import (
	"github.com/hnsscope/hnsscope/analyzer"
)

// Tool names the program that produced a report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Options control how a Report is built.
type Options struct {
	Tool Tool
	// FailOn is the lowest severity that fails the gate; 0 never fails.
	FailOn analyzer.Severity
	// Baseline, when set, classifies findings as new or known; only new
	// findings fail the gate.
	Baseline *Baseline
}

// Report is one or several analysed bundles ready to render.
type Report struct {
	Tool    Tool
	FailOn  analyzer.Severity
	Bundles []Bundle
	// Baseline is nil when no baseline was given.
	Baseline *BaselineSummary
}

// Bundle is the result of one bundle with its findings annotated.
type Bundle struct {
	Result   *analyzer.Result
	Findings []Finding
}

// Finding is an analyzer finding with what a report adds to it.
type Finding struct {
	analyzer.Finding
	Bundle      string
	Fingerprint string
	// State is StateNew or StateKnown when a baseline was given, else "".
	State string
}

// Baseline states of a finding.
const (
	StateNew   = "new"
	StateKnown = "known"
)

// Build annotates results for rendering. Results keep their order; nil
// results are dropped.
func Build(results []*analyzer.Result, opts Options) *Report {
	rep := &Report{Tool: opts.Tool, FailOn: opts.FailOn}
	for _, res := range results {
		if res == nil {
			continue
		}
		b := Bundle{Result: res}
		for _, f := range resultFindings(res) {
			b.Findings = append(b.Findings, Finding{Finding: f, Bundle: res.Bundle, Fingerprint: Fingerprint(f)})
		}
		rep.Bundles = append(rep.Bundles, b)
	}
	if opts.Baseline != nil {
		rep.Baseline = opts.Baseline.classify(rep.Bundles)
	}
	return rep
}

// resultFindings returns the findings of a result, worst first, taking
// them from the rule results when Collect was not called.
func resultFindings(res *analyzer.Result) []analyzer.Finding {
	if len(res.Findings) > 0 {
		return res.Findings
	}
	collected := analyzer.Result{Rules: res.Rules}
	collected.Collect()
	return collected.Findings
}

// Gates reports whether a finding counts for the gate: it is at or above
// FailOn and, with a baseline, new.
func (r *Report) Gates(f Finding) bool {
	return r.FailOn > 0 && f.Severity >= r.FailOn && f.State != StateKnown
}

// GateRule says what fails the gate, e.g. "new findings at error or
// above"; it is meaningful only when FailOn is set.
func (r *Report) GateRule() string {
	scope := "findings"
	if r.Baseline != nil {
		scope = "new findings"
	}
	return scope + " at " + severityName(r.FailOn) + " or above"
}

// Failed reports whether any finding fails the gate.
func (r *Report) Failed() bool {
	for _, b := range r.Bundles {
		for _, f := range b.Findings {
			if r.Gates(f) {
				return true
			}
		}
	}
	return false
}

// Reported returns the findings a report shows in full: all of them, or
// only the new ones when a baseline was given.
func (r *Report) Reported(b Bundle) []Finding {
	if r.Baseline == nil {
		return b.Findings
	}
	var out []Finding
	for _, f := range b.Findings {
		if f.State != StateKnown {
			out = append(out, f)
		}
	}
	return out
}
