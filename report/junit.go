package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// WriteJUnit writes one test suite per bundle and one test case per rule.
// A rule fails when it has a finding that fails the gate; findings below
// the gate (or known from the baseline) go to system-out. encoding/xml
// replaces characters XML cannot carry, so bundle text is safe here.
func WriteJUnit(w io.Writer, rep *Report) error {
	doc := junitSuites{Name: rep.Tool.Name}
	for _, b := range rep.Bundles {
		s := junitSuiteOf(rep, b)
		doc.Tests += s.Tests
		doc.Failures += s.Failures
		doc.Errors += s.Errors
		doc.Skipped += s.Skipped
		doc.Suites = append(doc.Suites, s)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write JUnit report: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write JUnit report: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func junitSuiteOf(rep *Report, b Bundle) junitSuite {
	s := junitSuite{Name: b.Result.Bundle}
	byRule := map[string][]Finding{}
	for _, f := range b.Findings {
		byRule[f.Rule] = append(byRule[f.Rule], f)
	}
	for _, rr := range sortedRules(b.Result.Rules) {
		c := junitCase{Name: rr.Rule.ID + " " + rr.Rule.Title, Classname: classname(rr.Rule)}
		switch rr.Status {
		case analyzer.StatusSkipped:
			c.Skipped = &junitSkipped{Message: rr.Reason}
			s.Skipped++
		case analyzer.StatusError:
			c.Error = &junitProblem{Message: "rule failed", Type: "error", Text: rr.Reason}
			s.Errors++
		default:
			gating, other := splitGating(rep, byRule[rr.Rule.ID])
			if len(gating) > 0 {
				c.Failure = &junitProblem{
					Message: fmt.Sprintf("%d finding(s) at %s or above", len(gating), severityName(rep.FailOn)),
					Type:    severityName(worstOf(gating)),
					Text:    findingsText(gating),
				}
				s.Failures++
			}
			c.SystemOut = findingsText(other)
		}
		s.Tests++
		s.Cases = append(s.Cases, c)
	}
	return s
}

func classname(m analyzer.RuleMeta) string {
	if m.Family != "" {
		return "hnsscope." + m.Family
	}
	return "hnsscope"
}

func splitGating(rep *Report, fs []Finding) (gating, other []Finding) {
	for _, f := range fs {
		if rep.Gates(f) {
			gating = append(gating, f)
		} else {
			other = append(other, f)
		}
	}
	return gating, other
}

func worstOf(fs []Finding) analyzer.Severity {
	var worst analyzer.Severity
	for _, f := range fs {
		worst = max(worst, f.Severity)
	}
	return worst
}

// findingsText lists findings as plain text for a JUnit body.
func findingsText(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "[%s] %s", severityName(f.Severity), f.Message)
		if f.State != "" {
			fmt.Fprintf(&b, " (%s)", f.State)
		}
		b.WriteString("\n")
		if len(f.Objects) > 0 {
			fmt.Fprintf(&b, "  objects: %s\n", strings.Join(f.Objects, ", "))
		}
		for _, e := range f.Evidence {
			fmt.Fprintf(&b, "  evidence: %s\n", evidenceLocation(e))
		}
		for _, r := range f.Remediation {
			fmt.Fprintf(&b, "  fix: %s\n", r)
		}
	}
	return b.String()
}
