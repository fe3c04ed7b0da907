package report

import (
	"fmt"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

// fact is one thing known about the node a bundle came from: Name labels
// it in the HTML report, Short in the one-line text form.
type fact struct{ Name, Short, Value string }

// nodeFacts lists what the bundle tells of its node, "" where unknown.
func nodeFacts(res *analyzer.Result) []fact {
	inv := res.Inventory
	if inv == nil {
		inv = &analyzer.Inventory{}
	}
	return []fact{
		{"Host", "host", inv.Host},
		{"OS build", "os", snapshotOSBuild(res.Snapshot)},
		{"Collector era", "era", inv.Era},
		{"Layout", "layout", inv.Layout},
		{"Network mode", "network mode", res.Cluster.NetworkMode.Value},
	}
}

// bundleFacts is the one-line description of the node a bundle came from.
func bundleFacts(res *analyzer.Result) string {
	var parts []string
	for _, f := range nodeFacts(res) {
		if f.Value != "" {
			parts = append(parts, f.Short+" "+f.Value)
		}
	}
	return strings.Join(parts, " · ")
}

// clusterLine lists the known CIDRs and addresses with their origin.
func clusterLine(c analyzer.ClusterParams) string {
	var parts []string
	for _, p := range clusterParams(c) {
		if p.Value == "" || p.Name == "networkMode" {
			continue
		}
		s := p.Name + " " + p.Value
		if o := paramOrigin(p); o != "" {
			s += " (" + o + ")"
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return ""
	}
	return "cluster: " + strings.Join(parts, ", ")
}

func paramOrigin(p clusterParam) string {
	switch {
	case p.Origin != "" && p.From != "":
		return p.Origin + ": " + p.From
	case p.Origin != "":
		return p.Origin
	}
	return p.From
}

func (t *textWriter) ruleErrors(res *analyzer.Result) {
	for _, rr := range rulesWithStatus(res, analyzer.StatusError) {
		t.printf("\n%s %s %s\n", t.pal.red("RULE ERROR"), t.pal.bold(rr.Rule.ID), printable(rr.Rule.Title, false))
		t.printf("%s\n", prefixLines(printable(rr.Reason, true), "  | "))
	}
}

func (t *textWriter) otherRules(res *analyzer.Result) {
	passed := rulesWithStatus(res, analyzer.StatusPassed)
	skipped := rulesWithStatus(res, analyzer.StatusSkipped)
	if len(passed)+len(skipped) == 0 {
		return
	}
	t.printf("\n")
	for _, rr := range passed {
		t.printf("%s %s %s\n", t.pal.green("passed "), rr.Rule.ID, printable(rr.Rule.Title, false))
	}
	for _, rr := range skipped {
		t.printf("%s %s %s %s\n", t.pal.dim("skipped"), rr.Rule.ID, printable(rr.Rule.Title, false),
			t.pal.dim("— "+printable(rr.Reason, false)))
	}
}

func (t *textWriter) problems(res *analyzer.Result) {
	if len(res.Problems) == 0 {
		return
	}
	if !t.opts.Verbose {
		t.printf("\n%s\n", t.pal.dim(plural(len(res.Problems), "parse problem")+" while reading the bundle (-v lists them)"))
		return
	}
	t.printf("\n%s\n", t.pal.bold("Parse problems"))
	for _, p := range sortedProblems(res) {
		t.printf("  %-7s %s: %s\n", p.Level, t.pal.cyan(printable(p.Pos.String(), false)), printable(p.Message, false))
	}
}

func (t *textWriter) summaryLine(name string, sc SeverityCounts, rc RuleCounts) string {
	sev := []string{
		t.pal.severity(analyzer.SeverityCritical, fmt.Sprintf("%d critical", sc.Critical)),
		t.pal.severity(analyzer.SeverityError, fmt.Sprintf("%d error", sc.Error)),
		t.pal.severity(analyzer.SeverityWarning, fmt.Sprintf("%d warning", sc.Warning)),
		t.pal.severity(analyzer.SeverityInfo, fmt.Sprintf("%d info", sc.Info)),
	}
	return fmt.Sprintf("%s: %s · rules: %s", t.pal.bold(printable(name, false)), strings.Join(sev, ", "), rc)
}

func (t *textWriter) footer() {
	rep := t.rep
	if len(rep.Bundles) > 1 {
		sc, rc := rep.Totals()
		t.printf("%s\n", t.summaryLine(fmt.Sprintf("total (%d bundles)", len(rep.Bundles)), sc, rc))
	}
	if bs := rep.Baseline; bs != nil {
		t.printf("baseline: %d new, %d known (not shown), %d resolved\n", bs.New, bs.Known, len(bs.Resolved))
		if t.opts.Verbose {
			for _, f := range bs.Resolved {
				t.printf("  %s %s %s\n", t.pal.green("resolved"), f.Rule, printable(f.Message, false))
			}
		}
	}
	if rep.FailOn == 0 {
		return
	}
	verdict := t.pal.green("PASS")
	if rep.Failed() {
		verdict = t.pal.red("FAIL")
	}
	t.printf("gate: %s (fails on %s)\n", verdict, rep.GateRule())
}

// plural writes "1 thing" or "n things".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
