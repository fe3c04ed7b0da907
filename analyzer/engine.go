package analyzer

import (
	"fmt"
	"runtime/debug"
	"sort"
	"strings"
	"time"
)

// Run checks every rule against the snapshot. A rule whose required sources
// are absent is skipped with the reason; a rule that panics is recorded as an
// error and the others still run. Results keep the order of rules; findings
// inside a result are sorted.
func Run(s *Snapshot, rules []Rule) []RuleResult {
	results := make([]RuleResult, 0, len(rules))
	for _, r := range rules {
		start := time.Now()
		res := runOne(s, r)
		res.Duration = time.Since(start)
		results = append(results, res)
	}
	return results
}

func runOne(s *Snapshot, r Rule) (res RuleResult) {
	meta := r.Meta()
	res.Rule = meta
	if missing := missingSources(s, meta.Requires); len(missing) > 0 {
		res.Status = StatusSkipped
		res.Reason = "bundle has no " + strings.Join(missing, ", ")
		return res
	}
	defer func() {
		if p := recover(); p != nil {
			res.Status = StatusError
			res.Findings = nil
			res.Reason = fmt.Sprintf("rule failed: %v\n%s", p, firstFrames(debug.Stack()))
		}
	}()
	if a, ok := r.(Applicability); ok {
		if applies, reason := a.Applicable(s); !applies {
			res.Status = StatusSkipped
			res.Reason = reason
			return res
		}
	}
	return checkOne(s, r, meta)
}

// checkOne runs a rule that applies; runOne recovers its panics.
func checkOne(s *Snapshot, r Rule, meta RuleMeta) (res RuleResult) {
	res.Rule = meta
	findings := r.Check(s)
	for i := range findings {
		findings[i] = withDefaults(findings[i], meta)
	}
	SortFindings(findings)
	res.Findings = findings
	res.Status = StatusPassed
	if len(findings) > 0 {
		res.Status = StatusFailed
	}
	return res
}

// withDefaults fills what a finding left out from its rule's metadata.
func withDefaults(f Finding, meta RuleMeta) Finding {
	if f.Rule == "" {
		f.Rule = meta.ID
	}
	if f.Severity == 0 {
		f.Severity = meta.Severity
	}
	if len(f.Remediation) == 0 {
		f.Remediation = meta.Remediation
	}
	return f
}

func missingSources(s *Snapshot, kinds []SourceKind) []string {
	var missing []string
	for _, k := range kinds {
		if !s.Has(k) {
			missing = append(missing, string(k))
		}
	}
	return missing
}

// firstFrames keeps a panic report short enough for a report line.
func firstFrames(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	if len(lines) > 12 {
		lines = lines[:12]
	}
	return strings.Join(lines, "\n")
}

// Applicability is implemented by rules that need a derived input (a
// network mode, a cluster CIDR): when it cannot be derived the rule is
// skipped with the reason instead of guessing.
type Applicability interface {
	Applicable(s *Snapshot) (applies bool, reason string)
}

// SortFindings orders findings worst first, then by rule, message and first
// evidence, so output is the same on every run.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Message != b.Message {
			return a.Message < b.Message
		}
		return evidenceKey(a) < evidenceKey(b)
	})
}

func evidenceKey(f Finding) string {
	if len(f.Evidence) == 0 {
		return ""
	}
	e := f.Evidence[0]
	return fmt.Sprintf("%s:%09d", e.File, e.Line)
}
