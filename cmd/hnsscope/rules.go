package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/rules"
	"github.com/spf13/cobra"
)

func newRulesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "rules [RULE-ID]",
		Short: "List the checks hnsscope runs, or explain one",
		Long: `Without an argument, list every rule with its ID, severity, family and title.
With a rule ID (case-insensitive), explain it: what breaks, how to fix it,
which bundle sources it needs, since which release it exists and where to
read more.`,
		Example: `  hnsscope rules
  hnsscope rules HNS-NAT-001`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return withExit(exitUsage, fmt.Errorf("rules takes at most one rule ID, got %d arguments", len(args)))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			// The node rules come first, then the cluster rules that
			// compare several bundles.
			nodeRules := metasOf(rules.All())
			all := append(nodeRules, metasOf(rules.ClusterRules())...)
			if len(args) == 0 {
				return withExit(exitOutput, listRules(cmd.OutOrStdout(), all))
			}
			for i, m := range all {
				if strings.EqualFold(m.ID, args[0]) {
					return withExit(exitOutput, explainRule(cmd.OutOrStdout(), m, i >= len(nodeRules)))
				}
			}
			return withExit(exitUsage, fmt.Errorf("no rule %q (run 'hnsscope rules' for the list)", args[0]))
		},
	}
}

func metasOf[R interface{ Meta() analyzer.RuleMeta }](rs []R) []analyzer.RuleMeta {
	out := make([]analyzer.RuleMeta, len(rs))
	for i, r := range rs {
		out[i] = r.Meta()
	}
	return out
}

func listRules(w io.Writer, all []analyzer.RuleMeta) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSEVERITY\tFAMILY\tTITLE")
	for _, m := range all {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", m.ID, m.Severity, m.Family, m.Title)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\n%d rules. Explain one with: hnsscope rules RULE-ID\n", len(all))
	return err
}

func explainRule(w io.Writer, m analyzer.RuleMeta, cluster bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\n", m.ID, m.Title)
	fmt.Fprintf(&b, "Severity:  %s\n", m.Severity)
	if m.Family != "" {
		fmt.Fprintf(&b, "Family:    %s\n", m.Family)
	}
	if m.Since != "" {
		fmt.Fprintf(&b, "Since:     %s\n", m.Since)
	}
	if len(m.Requires) > 0 {
		fmt.Fprintf(&b, "Requires:  %s\n", strings.Join(kindNames(m.Requires), ", "))
	}
	if cluster {
		b.WriteString("Scope:     several nodes: runs when two or more bundles are analysed together, each bundle's sources as above\n")
	}
	if m.Breaks != "" {
		fmt.Fprintf(&b, "\nWhat breaks:\n  %s\n", m.Breaks)
	}
	if len(m.Remediation) > 0 {
		b.WriteString("\nRemediation:\n")
		for i, step := range m.Remediation {
			fmt.Fprintf(&b, "  %d. %s\n", i+1, step)
		}
	}
	if m.Doc != "" {
		fmt.Fprintf(&b, "\nDetails:\n  %s\n", m.Doc)
	}
	for _, ref := range m.References {
		fmt.Fprintf(&b, "  see %s\n", ref)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
