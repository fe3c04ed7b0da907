package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/analyzer/bundle"
	"github.com/hnsscope/hnsscope/report"
	"github.com/hnsscope/hnsscope/rules"
	"github.com/spf13/cobra"
)

// Exit codes of every command.
const (
	exitGate       = 1
	exitUsage      = 2
	exitUnreadable = 3
	exitOutput     = 4 // a report or listing could not be written
)

// analyzeFlags are the command-line settings of analyze.
type analyzeFlags struct {
	formats     []string
	failOn      string
	baseline    string
	quiet       bool
	verbose     bool
	timings     bool
	noColor     bool
	clusterCIDR string
	serviceCIDR string
	dnsIP       string
	config      string
	// limits are the root command's bundle limits.
	limits *bundle.Limits
}

// newAnalyzeCmd reads the bundle limits from lim, which the root
// command's flags fill.
func newAnalyzeCmd(lim *bundle.Limits) *cobra.Command {
	f := analyzeFlags{limits: lim}
	cmd := &cobra.Command{
		Use:   "analyze BUNDLE...",
		Short: "Analyze log bundles and report what is broken",
		Long: `Analyze one or more Windows container-networking log bundles (zip, tar.gz,
7z or folder) and report findings with evidence and remediation.

Formats: text, json, html, markdown (md), junit, sarif. Repeat --format to
write several; FORMAT=PATH writes to a file, "-" or no path to stdout.

Exit codes: 0 no finding at or above --fail-on, 1 gate failed,
2 usage error, 3 a bundle could not be read, 4 a report could not be
written.`,
		Example: `  hnsscope analyze node1.zip
  hnsscope analyze --format text --format html=report.html --format junit=results.xml node1.zip node2.zip
  hnsscope analyze --format json=today.json --baseline yesterday.json node1.zip`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return withExit(exitUsage, errors.New("analyze needs at least one bundle path"))
			}
			return nil
		},
		SilenceUsage: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAnalyze(cmd, f, args)
		},
	}
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return withExit(exitUsage, err) })
	fl := cmd.Flags()
	fl.StringArrayVar(&f.formats, "format", nil, "output `FORMAT[=PATH]`, repeatable (text, json, html, markdown|md, junit, sarif; default text)")
	fl.StringVar(&f.failOn, "fail-on", "error", "exit 1 when a finding is at or above `SEVERITY` (info, warning, error, critical, never)")
	fl.StringVar(&f.baseline, "baseline", "", "earlier JSON report `FILE`; only findings not in it are listed and gate the run")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print findings only")
	fl.BoolVarP(&f.verbose, "verbose", "v", false, "also list passed and skipped rules and every parse problem")
	fl.BoolVar(&f.timings, "timings", false, "print how long parsing, correlation and the rules took, per bundle, on stderr")
	fl.BoolVar(&f.noColor, "no-color", false, "no colours in text output (also NO_COLOR)")
	fl.StringVar(&f.clusterCIDR, "cluster-cidr", "", "pod `CIDR` of the cluster, overrides the bundle")
	fl.StringVar(&f.serviceCIDR, "service-cidr", "", "service `CIDR` of the cluster, overrides the bundle")
	fl.StringVar(&f.dnsIP, "dns-ip", "", "cluster DNS service `IP`, overrides the bundle")
	fl.StringVar(&f.config, "config", "", "JSON or 'key: value' `FILE` with clusterCIDR, serviceCIDR, dnsIP, nodeSubnet")
	return cmd
}

// analyzeSettings is what the flags resolve to before any bundle is read.
type analyzeSettings struct {
	outputs  []output
	failOn   analyzer.Severity
	baseline *report.Baseline
	analysis analyzer.Options
	render   report.RenderOptions
}

func runAnalyze(cmd *cobra.Command, f analyzeFlags, bundles []string) error {
	s, err := resolveSettings(cmd, f)
	if err != nil {
		return withExit(exitUsage, err)
	}
	results, readErr := analyzeAll(cmd.ErrOrStderr(), bundles, s.analysis, rules.All())
	if len(results) == 0 {
		return withExit(exitUnreadable, readErr)
	}
	// Cross-node checks compare the bundles that could be read; a run of
	// one bundle does not list them at all.
	if len(bundles) > 1 {
		analyzer.RunCluster(results, rules.ClusterRules(), s.analysis)
	}
	if f.timings {
		printTimings(cmd.ErrOrStderr(), results)
	}
	rep := report.Build(results, report.Options{
		Tool:     report.Tool{Name: "hnsscope", Version: versionString()},
		FailOn:   s.failOn,
		Baseline: s.baseline,
	})
	if err := writeOutputs(cmd.OutOrStdout(), s.outputs, rep, s.render); err != nil {
		return withExit(exitOutput, err)
	}
	switch {
	case readErr != nil:
		return withExit(exitUnreadable, readErr)
	case rep.Failed():
		return withExit(exitGate, errors.New(rep.GateRule()))
	}
	return nil
}

func resolveSettings(cmd *cobra.Command, f analyzeFlags) (analyzeSettings, error) {
	var s analyzeSettings
	if f.quiet && f.verbose {
		return s, errors.New("-q and -v cannot be used together")
	}
	var err error
	if s.failOn, err = parseFailOn(f.failOn); err != nil {
		return s, err
	}
	if s.analysis.Overrides, err = clusterOverrides(f); err != nil {
		return s, err
	}
	if err = checkLimits(*f.limits); err != nil {
		return s, err
	}
	s.analysis.Limits = *f.limits
	if f.baseline != "" {
		if s.baseline, err = readBaselineFile(f.baseline); err != nil {
			return s, err
		}
	}
	if s.outputs, err = parseOutputs(f.formats); err != nil {
		return s, err
	}
	s.render = report.RenderOptions{
		Quiet:   f.quiet,
		Verbose: f.verbose,
		Color:   !f.noColor && os.Getenv("NO_COLOR") == "" && isTerminal(cmd.OutOrStdout()),
	}
	return s, nil
}

func parseFailOn(s string) (analyzer.Severity, error) {
	if strings.EqualFold(s, "never") {
		return 0, nil
	}
	sev, err := analyzer.ParseSeverity(strings.ToLower(s))
	if err != nil {
		return 0, fmt.Errorf("--fail-on: %w (or never)", err)
	}
	return sev, nil
}

func readBaselineFile(path string) (*report.Baseline, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--baseline: %w", err)
	}
	defer fh.Close()
	b, err := report.ReadBaseline(fh)
	if err != nil {
		return nil, fmt.Errorf("--baseline %s: %w", path, err)
	}
	return b, nil
}

// isTerminal reports whether w is a character device, without a terminal
// library: enough to decide on colours and progress lines.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
