package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

// WriteMarkdown writes the report as Markdown to paste into a ticket.
// Bundle text is escaped or fenced so it cannot inject markup.
func WriteMarkdown(w io.Writer, rep *Report, opts RenderOptions) error {
	m := &textWriter{w: w, rep: rep, opts: opts}
	m.printf("# %s report\n\n", mdText(rep.Tool.Name))
	m.mdOverview()
	for _, b := range rep.Bundles {
		m.mdBundle(b)
	}
	return m.err
}

func (m *textWriter) mdOverview() {
	rep := m.rep
	m.printf("| Bundle | Host | Critical | Error | Warning | Info | Rules failed |\n|---|---|--:|--:|--:|--:|--:|\n")
	for _, b := range rep.Bundles {
		sc := CountSeverities(rep.Reported(b))
		host := ""
		if b.Result.Inventory != nil {
			host = b.Result.Inventory.Host
		}
		m.printf("| %s | %s | %d | %d | %d | %d | %d |\n", mdText(b.Result.Bundle), mdText(host),
			sc.Critical, sc.Error, sc.Warning, sc.Info, CountRules(b.Result.Rules).Failed)
	}
	m.printf("\n")
	if bs := rep.Baseline; bs != nil {
		m.printf("Compared with a baseline: **%d new**, %d known (not listed), %d resolved.\n\n", bs.New, bs.Known, len(bs.Resolved))
		for _, f := range bs.Resolved {
			m.printf("- resolved: %s %s\n", mdText(f.Rule), mdText(f.Message))
		}
		if len(bs.Resolved) > 0 {
			m.printf("\n")
		}
	}
	if rep.FailOn > 0 {
		verdict := "passed"
		if rep.Failed() {
			verdict = "**failed**"
		}
		m.printf("Gate %s (fails on %s).\n\n", verdict, rep.GateRule())
	}
}

func (m *textWriter) mdBundle(b Bundle) {
	res := b.Result
	m.printf("## %s\n\n", mdCode(res.Bundle))
	if facts := bundleFacts(res); facts != "" {
		m.printf("%s\n\n", mdText(facts))
	}
	if line := clusterLine(res.Cluster); line != "" {
		m.printf("%s\n\n", mdText(line))
	}
	fs := m.rep.Reported(b)
	if len(fs) == 0 {
		m.printf("No findings.\n\n")
	}
	for _, g := range groupByRule(res, fs) {
		m.mdGroup(g)
	}
	for _, rr := range rulesWithStatus(res, analyzer.StatusError) {
		m.printf("### Rule error: %s %s\n\n%s\n", mdText(rr.Rule.ID), mdText(rr.Rule.Title), mdFence(rr.Reason, ""))
	}
	if m.opts.Verbose {
		m.mdOtherRules(res)
	}
	m.printf("Rules: %s. Parse problems: %d.\n\n", CountRules(res.Rules), len(res.Problems))
}

func (m *textWriter) mdGroup(g ruleGroup) {
	m.printf("### %s %s — %s (%d)\n\n", strings.ToUpper(severityName(g.Severity)), mdText(g.Meta.ID), mdText(g.Meta.Title), len(g.Findings))
	if g.Meta.Breaks != "" {
		m.printf("_Breaks:_ %s\n\n", mdText(g.Meta.Breaks))
	}
	for _, f := range g.Findings {
		m.printf("- %s\n", mdText(f.Message))
		if len(f.Objects) > 0 {
			codes := make([]string, len(f.Objects))
			for i, o := range f.Objects {
				codes[i] = mdCode(o)
			}
			m.printf("  - Objects: %s\n", strings.Join(codes, ", "))
		}
		for _, e := range f.Evidence {
			m.printf("  - Evidence: %s\n", mdCode(evidenceLocation(e)))
			if e.Excerpt != "" {
				m.printf("%s", mdFence(e.Excerpt, "    "))
			}
		}
		if g.Remediation == nil {
			m.mdSteps("  - Fix: ", f.Remediation)
		}
	}
	m.printf("\n")
	if len(g.Remediation) > 0 {
		m.printf("**Fix:**\n\n")
		for i, s := range g.Remediation {
			m.printf("%d. %s\n", i+1, mdText(s))
		}
		m.printf("\n")
	}
}

func (m *textWriter) mdSteps(prefix string, steps []string) {
	for _, s := range steps {
		m.printf("%s%s\n", prefix, mdText(s))
	}
}

func (m *textWriter) mdOtherRules(res *analyzer.Result) {
	for _, st := range []analyzer.Status{analyzer.StatusPassed, analyzer.StatusSkipped} {
		for _, rr := range rulesWithStatus(res, st) {
			line := fmt.Sprintf("- %s %s %s", st, mdText(rr.Rule.ID), mdText(rr.Rule.Title))
			if rr.Reason != "" {
				line += " — " + mdText(rr.Reason)
			}
			m.printf("%s\n", line)
		}
	}
	m.printf("\n")
}

// mdText escapes Markdown and HTML syntax and folds newlines, for inline
// text from a bundle. Characters that only matter at the start of a line
// are escaped there.
func mdText(s string) string {
	s = printable(strings.Join(strings.Fields(s), " "), false)
	var b strings.Builder
	for i, r := range s {
		if strings.ContainsRune("\\`*_[]<>|~&", r) || i == 0 && strings.ContainsRune("#+-=", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdCode wraps s in a code span whose fence is longer than any backtick
// run inside it.
func mdCode(s string) string {
	s = printable(strings.Join(strings.Fields(s), " "), false)
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	pad := ""
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		pad = " "
	}
	return fence + pad + s + pad + fence
}

// mdFence wraps s in a fenced code block indented by indent.
func mdFence(s, indent string) string {
	fence := strings.Repeat("`", max(3, longestRun(s, '`')+1))
	body := prefixLines(printable(s, true), indent)
	return indent + fence + "\n" + body + "\n" + indent + fence + "\n"
}

func longestRun(s string, c rune) int {
	longest, run := 0, 0
	for _, r := range s {
		if r == c {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}
