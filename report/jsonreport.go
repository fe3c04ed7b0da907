package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/hnsscope/hnsscope/analyzer"
)

// WriteJSON writes the report in the versioned JSON format described by
// schema/report.schema.json. Every list has a fixed order and empty lists
// are written as [], so consumers never meet null.
func WriteJSON(w io.Writer, rep *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rep.jsonModel()); err != nil {
		return fmt.Errorf("write JSON report: %w", err)
	}
	return nil
}

// severityName names a severity, clamped so that the output always
// matches the schema.
func severityName(s analyzer.Severity) string {
	return clampSeverity(s).String()
}

// clampSeverity maps values outside the scale to its nearest end, so
// every format names, counts and colours a severity the same way.
func clampSeverity(s analyzer.Severity) analyzer.Severity {
	return min(max(s, analyzer.SeverityInfo), analyzer.SeverityCritical)
}

func failOnName(s analyzer.Severity) string {
	if s == 0 {
		return "never"
	}
	return severityName(s)
}

func (r *Report) gateName() string {
	if r.Failed() {
		return "fail"
	}
	return "pass"
}

func (r *Report) jsonModel() jsonReport {
	sc, rc := r.Totals()
	out := jsonReport{
		SchemaVersion: SchemaVersion,
		Tool:          r.Tool,
		FailOn:        failOnName(r.FailOn),
		Gate:          r.gateName(),
		Summary:       jsonSummary{Bundles: len(r.Bundles), Findings: sc, Rules: rc},
		Bundles:       []jsonBundle{},
		Findings:      []jsonFinding{},
	}
	if r.Baseline != nil {
		out.Baseline = &jsonBaseline{New: r.Baseline.New, Known: r.Baseline.Known, Resolved: nonNil(r.Baseline.Resolved)}
	}
	for _, b := range r.Bundles {
		jb := jsonBundleOf(r, b)
		out.Bundles = append(out.Bundles, jb)
		for _, f := range b.Findings {
			out.Findings = append(out.Findings, jsonFindingOf(f, true))
		}
	}
	return out
}

func jsonBundleOf(r *Report, b Bundle) jsonBundle {
	res := b.Result
	jb := jsonBundle{
		Bundle:    res.Bundle,
		Inventory: jsonInventoryOf(res.Inventory),
		Cluster:   jsonCluster(res.Cluster),
		Summary: jsonSummary{
			Bundles:  1,
			Findings: CountSeverities(r.Reported(b)),
			Rules:    CountRules(res.Rules),
		},
		Findings: []jsonFinding{},
		Rules:    []jsonRule{},
		Skipped:  []jsonSkip{},
		Problems: []jsonProblem{},
	}
	for _, f := range b.Findings {
		jb.Findings = append(jb.Findings, jsonFindingOf(f, false))
	}
	for _, rr := range sortedRules(res.Rules) {
		jb.Rules = append(jb.Rules, jsonRule{
			ID: rr.Rule.ID, Title: rr.Rule.Title, Family: rr.Rule.Family,
			Severity: severityName(rr.Rule.Severity), Status: rr.Status, Reason: rr.Reason,
			Findings: len(rr.Findings),
		})
		if rr.Status == analyzer.StatusSkipped {
			jb.Skipped = append(jb.Skipped, jsonSkip{Rule: rr.Rule.ID, Reason: rr.Reason})
		}
	}
	for _, p := range sortedProblems(res) {
		jb.Problems = append(jb.Problems, jsonProblem{
			File: p.Pos.File, Line: p.Pos.Line, JSONPath: p.Pos.JSONPath, Level: p.Level, Message: p.Message,
		})
	}
	return jb
}

func jsonFindingOf(f Finding, withBundle bool) jsonFinding {
	jf := jsonFinding{
		Rule:        f.Rule,
		Severity:    severityName(f.Severity),
		Message:     f.Message,
		Objects:     nonNil(f.Objects),
		Evidence:    nonNil(f.Evidence),
		Remediation: nonNil(f.Remediation),
		Fingerprint: f.Fingerprint,
		Baseline:    f.State,
	}
	if withBundle {
		jf.Bundle = f.Bundle
	}
	return jf
}

func jsonInventoryOf(inv *analyzer.Inventory) jsonInventory {
	out := jsonInventory{Signals: []string{}, Sources: []jsonSource{}, Missing: []string{}, Unrecognised: []string{}}
	if inv == nil {
		return out
	}
	out.Layout, out.Era, out.Host = inv.Layout, inv.Era, inv.Host
	out.Signals = append(out.Signals, inv.Signals...)
	out.Unrecognised = append(out.Unrecognised, inv.Unrecognised...)
	sort.Strings(out.Unrecognised)
	for _, k := range inv.Missing {
		out.Missing = append(out.Missing, string(k))
	}
	sort.Strings(out.Missing)
	for _, sf := range inventorySources(inv) {
		out.Sources = append(out.Sources, jsonSource{
			Kind: string(sf.Kind), Path: sf.Path, Size: sf.Size, Encoding: string(sf.Encoding),
			State: string(sf.State), Note: sf.Note,
		})
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func jsonCluster(c analyzer.ClusterParams) map[string]analyzer.Param {
	out := map[string]analyzer.Param{}
	for _, p := range clusterParams(c) {
		out[p.Name] = p.Param
	}
	return out
}
