package rules

import (
	"fmt"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/logscan"
	"github.com/hnsscope/hnsscope/rules/catalogue"
)

// knownIssuesSince is the release that introduced the known-issue catalogue.
const knownIssuesSince = "0.1.0"

const knownIssuesFamily = "known-issues"

// knownIssue is the rule made from one catalogue entry.
type knownIssue struct {
	issue   catalogue.Issue
	meta    analyzer.RuleMeta
	scanner *logscan.Scanner // of all signatures: one scan serves every log rule
}

// KnownIssues returns one rule per entry of the embedded known-issue
// catalogue. The log rules share one scan of the bundle's logs. If the
// catalogue cannot be loaded (a build with broken data), a single rule
// reports that instead.
func KnownIssues() []analyzer.Rule {
	cat, err := catalogue.Load()
	if err != nil {
		return []analyzer.Rule{brokenCatalogue(err)}
	}
	out := make([]analyzer.Rule, 0, len(cat.Issues))
	for _, is := range cat.Issues {
		out = append(out, &knownIssue{issue: is, meta: issueMeta(cat, is), scanner: cat.Scanner()})
	}
	return out
}

func issueMeta(cat *catalogue.Catalogue, is catalogue.Issue) analyzer.RuleMeta {
	sev, err := analyzer.ParseSeverity(is.Severity)
	if err != nil {
		sev = analyzer.SeverityWarning
	}
	m := analyzer.RuleMeta{
		ID: is.ID, Title: is.Title, Family: knownIssuesFamily, Severity: sev, Breaks: is.Cause,
		Remediation: remediation(cat, is), Since: knownIssuesSince, References: is.References,
		Doc: issueDoc(is),
	}
	switch {
	case is.Build != nil:
		m.Requires = []analyzer.SourceKind{analyzer.SourceWinver}
	case is.Fact == catalogue.FactEVTXPresent, is.Signature != nil && is.Signature.Event != nil:
		m.Requires = []analyzer.SourceKind{analyzer.SourceEventLog}
	}
	return m
}

// remediation appends the lowest clean-up level that addresses the issue.
func remediation(cat *catalogue.Catalogue, is catalogue.Issue) []string {
	out := append([]string(nil), is.Remediation...)
	lvl, ok := cat.Level(is.Cleanup)
	if !ok || lvl.ID == "none" {
		return append(out, "Clean-up level: none needed (no host networking clean-up addresses this issue; do not wipe HNS state for it).")
	}
	steps := make([]string, len(lvl.Steps))
	for i, st := range lvl.Steps {
		steps[i] = fmt.Sprintf("(%d) %s", i+1, strings.TrimSuffix(st, "."))
	}
	text := "Clean-up level " + lvl.Name + " (the lowest that addresses this issue): " + strings.Join(steps, "; ") + "."
	if lvl.Impact != "" {
		text += " Impact: " + lvl.Impact
	}
	if lvl.Warning != "" {
		text += " Warning: " + lvl.Warning
	}
	return append(out, text)
}

func issueDoc(is catalogue.Issue) string {
	var b strings.Builder
	switch {
	case is.Signature != nil && is.Signature.Event != nil:
		b.WriteString("Detected in exported event logs (Rancher eventlogs/*.json, AKS *_services.csv).")
	case is.Signature != nil:
		b.WriteString("Detected in component logs (kubelet, kube-proxy, containerd, docker, flannel, CNI, HNS) by: " +
			strings.Join(is.Signature.Literals, " | "))
		if is.Signature.Regex != "" {
			b.WriteString(" confirmed by /" + is.Signature.Regex + "/")
		}
	case is.Build != nil:
		b.WriteString(buildDoc(is.Build))
	case is.Fact != "":
		b.WriteString("Reported when the bundle holds the files this check depends on but cannot read.")
	}
	return b.String()
}

func buildDoc(c *catalogue.BuildCondition) string {
	var when string
	switch {
	case c.Equal > 0:
		when = fmt.Sprintf("build = %d", c.Equal)
	case c.Max > 0:
		when = fmt.Sprintf("build <= %d", c.Max)
	default:
		when = fmt.Sprintf("build < %d", c.Below)
	}
	doc := "Keyed on the OS build in winver.txt (" + when + ")"
	if c.Fact == catalogue.FactOverlayRemoteSubnetRoute {
		doc += " on an overlay network with RemoteSubnetRoute policies"
	}
	if len(c.FixedBy) == 0 {
		return doc + "; no hot-fix is known to fix it."
	}
	return doc + "; suppressed when the hot-fix list shows " + strings.Join(c.FixedBy, " or ") +
		". Get-HotFix lists mostly recent updates, so a missing KB means possibly affected."
}

func (k *knownIssue) Meta() analyzer.RuleMeta { return k.meta }

// Check dispatches on the kind of condition the entry has.
func (k *knownIssue) Check(s *analyzer.Snapshot) []analyzer.Finding {
	switch {
	case k.issue.Signature != nil:
		return k.logFindings(s)
	case k.issue.Build != nil:
		return k.buildFindings(s)
	case k.issue.Fact == catalogue.FactEVTXPresent:
		return evtxFindings(s)
	}
	return nil
}

// Applicable skips log rules on bundles without any log file.
func (k *knownIssue) Applicable(s *analyzer.Snapshot) (bool, string) {
	if k.issue.Signature != nil && len(scannableLogs(s)) == 0 {
		return false, "the bundle has no component or event logs"
	}
	return true, ""
}

// catalogueError is the rule standing in for an unloadable catalogue.
type catalogueError struct{ err error }

func brokenCatalogue(err error) analyzer.Rule { return catalogueError{err: err} }

func (c catalogueError) Meta() analyzer.RuleMeta {
	return analyzer.RuleMeta{ID: "KI-CATALOGUE", Title: "Known-issue catalogue", Family: knownIssuesFamily,
		Severity: analyzer.SeverityError, Since: knownIssuesSince, Breaks: "known issues are not checked"}
}

func (c catalogueError) Check(*analyzer.Snapshot) []analyzer.Finding {
	return []analyzer.Finding{{Message: "the known-issue catalogue cannot be loaded: " + c.err.Error()}}
}
