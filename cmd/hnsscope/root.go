package main

import (
	"github.com/hnsscope/hnsscope/analyzer/bundle"
	"github.com/spf13/cobra"
)

const exitCodesHelp = `Exit codes:
  0  success, no finding at or above --fail-on
  1  findings at or above --fail-on (analyze; default: error)
  2  usage error: unknown command, bad flag or argument
  3  a bundle is unreadable, unsafe (over a limit) or empty`

func newRootCmd() *cobra.Command {
	var lim bundle.Limits
	root := &cobra.Command{
		Use:   "hnsscope",
		Short: "Offline analyzer for Windows container-networking log bundles",
		Long: `hnsscope reads the log bundles of Windows Kubernetes nodes - CollectLogs.ps1
output as a folder, the AKS <HOST>-<timestamp>_logs.zip, Rancher tar.gz or 7z
archives - without extracting them, parses HNS, VFP and host networking state,
and reports what is broken with evidence and the fix.

` + exitCodesHelp,
		Example: `  hnsscope inventory node1_logs.zip
  hnsscope analyze node1_logs.zip
  hnsscope rules HNS-NAT-001`,
		Version:       versionString(),
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	addLimitFlags(root, &lim)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return withExit(exitUsage, err) })
	root.AddCommand(newInventoryCmd(&lim), newRulesCmd(), newVersionCmd(), newAnalyzeCmd(&lim))
	return root
}
