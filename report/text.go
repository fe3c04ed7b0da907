package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

// RenderOptions tune the human-readable formats.
type RenderOptions struct {
	// Color enables ANSI colours in text output.
	Color bool
	// Quiet prints one line per finding and nothing else.
	Quiet bool
	// Verbose adds passed and skipped rules and every parse problem.
	Verbose bool
}

// WriteText writes the report for a terminal or a log.
func WriteText(w io.Writer, rep *Report, opts RenderOptions) error {
	t := &textWriter{w: w, pal: newPalette(opts.Color), opts: opts, rep: rep}
	if opts.Quiet {
		t.quiet()
	} else {
		t.full()
	}
	return t.err
}

type textWriter struct {
	w    io.Writer
	pal  palette
	opts RenderOptions
	rep  *Report
	err  error
}

func (t *textWriter) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, args...)
	}
}

func (t *textWriter) quiet() {
	for _, b := range t.rep.Bundles {
		for _, f := range t.rep.Reported(b) {
			t.printf("%s %s %s: %s%s%s\n", t.pal.severity(f.Severity, fmt.Sprintf("%-8s", strings.ToUpper(severityName(f.Severity)))),
				f.Rule, printable(f.Bundle, false), printable(f.Message, false), objectsSuffix(f.Objects), locationSuffix(f.Evidence))
		}
	}
}

func objectsSuffix(objs []string) string {
	if len(objs) == 0 {
		return ""
	}
	return " [" + printable(strings.Join(objs, ", "), false) + "]"
}

func locationSuffix(evs []analyzer.Evidence) string {
	if len(evs) == 0 {
		return ""
	}
	return " (" + printable(evidenceLocation(evs[0]), false) + ")"
}

// evidenceLocation formats file:line plus the JSON path when known; the
// evidence of a cross-node finding starts with its bundle in brackets.
func evidenceLocation(e analyzer.Evidence) string {
	s := e.File
	if e.Bundle != "" {
		s = "[" + e.Bundle + "] " + s
	}
	if e.Line > 0 {
		s = fmt.Sprintf("%s:%d", s, e.Line)
	}
	if e.JSONPath != "" {
		s += " " + e.JSONPath
	}
	return s
}

func (t *textWriter) full() {
	for i, b := range t.rep.Bundles {
		if i > 0 {
			t.printf("\n")
		}
		t.bundle(b)
	}
	t.footer()
}

func (t *textWriter) bundle(b Bundle) {
	res := b.Result
	t.printf("%s\n", t.pal.bold("== "+printable(res.Bundle, false)+" =="))
	if line := bundleFacts(res); line != "" {
		t.printf("%s\n", t.pal.dim(printable(line, false)))
	}
	if line := clusterLine(res.Cluster); line != "" {
		t.printf("%s\n", t.pal.dim(printable(line, false)))
	}
	fs := t.rep.Reported(b)
	if len(fs) == 0 {
		t.printf("\n%s\n", t.pal.green("No findings."))
	}
	for _, g := range groupByRule(res, fs) {
		t.group(g)
	}
	t.ruleErrors(res)
	if t.opts.Verbose {
		t.otherRules(res)
	}
	t.problems(res)
	t.printf("\n%s\n", t.summaryLine(res.Bundle, CountSeverities(fs), CountRules(res.Rules)))
}

func (t *textWriter) group(g ruleGroup) {
	sev := strings.ToUpper(severityName(g.Severity))
	count := plural(len(g.Findings), "finding")
	t.printf("\n%s %s %s %s\n", t.pal.severity(g.Severity, sev), t.pal.bold(g.Meta.ID),
		printable(g.Meta.Title, false), t.pal.dim("("+count+")"))
	if g.Meta.Breaks != "" {
		t.printf("  %s %s\n", t.pal.dim("breaks:"), printable(g.Meta.Breaks, false))
	}
	for _, f := range g.Findings {
		t.finding(f, g.Remediation == nil)
	}
	t.remediation("  ", g.Remediation)
}

func (t *textWriter) finding(f Finding, withRemediation bool) {
	marker := "-"
	if f.State == StateNew {
		marker = "+"
	}
	t.printf("  %s %s\n", t.pal.severity(f.Severity, marker), hangIndent(printable(f.Message, true), "    "))
	if len(f.Objects) > 0 {
		t.printf("    %s %s\n", t.pal.dim("objects: "), printable(strings.Join(f.Objects, ", "), false))
	}
	for _, e := range f.Evidence {
		t.printf("    %s %s", t.pal.dim("evidence:"), t.pal.cyan(printable(evidenceLocation(e), false)))
		if e.Object != "" {
			t.printf(" %s", t.pal.dim("("+printable(e.Object, false)+")"))
		}
		t.printf("\n")
		if e.Excerpt != "" {
			t.printf("%s\n", prefixLines(printable(e.Excerpt, true), "      | "))
		}
	}
	if withRemediation {
		t.remediation("    ", f.Remediation)
	}
}

func (t *textWriter) remediation(indent string, steps []string) {
	for i, s := range steps {
		label := "fix:"
		if i > 0 {
			label = "    "
		}
		t.printf("%s%s %s\n", indent, t.pal.green(label), hangIndent(printable(s, true), indent+"     "))
	}
}

// hangIndent indents every line after the first.
func hangIndent(s, indent string) string {
	return strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n"+indent)
}

// prefixLines puts prefix before every line.
func prefixLines(s, prefix string) string {
	return prefix + hangIndent(s, prefix)
}
