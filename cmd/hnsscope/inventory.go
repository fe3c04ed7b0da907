package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/analyzer/bundle"
	"github.com/spf13/cobra"
)

// newInventoryCmd reads the bundle limits from lim, which the root
// command's flags fill.
func newInventoryCmd(lim *bundle.Limits) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "inventory BUNDLE...",
		Short: "List what a bundle holds: layout, era, sources, encodings, states",
		Long: `Open each bundle (folder, zip, tar, tar.gz or 7z) without extracting it and
show which file serves each logical source, its encoding and state (present,
empty, error-text), the collector layout and era with the signals they were
read from, the core sources that are missing and the files not recognised.

A bundle that cannot be read does not stop the others; the exit status is
then 3.`,
		Example: `  hnsscope inventory AKSWIN000001-20240102-031500_logs.zip
  hnsscope inventory --format json rancher_rke2_node7_2024-01-02.tar.gz ./kq3bz1xw.0de`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return withExit(exitUsage, errors.New("inventory needs at least one bundle path"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return withExit(exitUsage, fmt.Errorf("--format %q: want text or json", format))
			}
			if err := checkLimits(*lim); err != nil {
				return withExit(exitUsage, err)
			}
			return runInventory(cmd.OutOrStdout(), cmd.ErrOrStderr(), args, *lim, format)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output `FORMAT`: text or json")
	return cmd
}

func runInventory(stdout, stderr io.Writer, paths []string, lim bundle.Limits, format string) error {
	invs := make([]*analyzer.Inventory, 0, len(paths))
	var failed []error
	for _, p := range paths {
		inv, err := inventoryOf(p, lim)
		if err != nil {
			// With one bundle the error is the command's error, printed once.
			if len(paths) > 1 {
				fmt.Fprintf(stderr, "hnsscope: %v\n", err)
			}
			failed = append(failed, err)
			continue
		}
		invs = append(invs, inv)
	}
	var err error
	if format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(invs)
	} else {
		err = writeInventories(stdout, invs)
	}
	if err != nil {
		return withExit(exitOutput, err)
	}
	switch len(failed) {
	case 0:
		return nil
	case 1:
		return withExit(exitUnreadable, failed[0])
	}
	return withExit(exitUnreadable, fmt.Errorf("%d of %d bundles could not be read", len(failed), len(paths)))
}

func inventoryOf(path string, lim bundle.Limits) (*analyzer.Inventory, error) {
	b, err := bundle.Open(path, lim)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	return analyzer.TakeInventory(b)
}

func writeInventories(w io.Writer, invs []*analyzer.Inventory) error {
	for i, inv := range invs {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if err := writeInventory(w, inv); err != nil {
			return err
		}
	}
	return nil
}

func writeInventory(w io.Writer, inv *analyzer.Inventory) error {
	host := inv.Host
	if host == "" {
		host = "unknown"
	}
	fmt.Fprintf(w, "Bundle:  %s\nLayout:  %s\nEra:     %s\nHost:    %s\n", inv.Bundle, inv.Layout, inv.Era, host)
	if len(inv.Signals) > 0 {
		fmt.Fprintln(w, "Signals:")
		for _, s := range inv.Signals {
			fmt.Fprintf(w, "  - %s\n", s)
		}
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tFILE\tSIZE\tENCODING\tSTATE")
	for _, k := range slices.Sorted(maps.Keys(inv.Sources)) {
		for _, f := range inv.Sources[k] {
			state := string(f.State)
			if f.Note != "" {
				state += " (" + f.Note + ")"
			}
			enc := string(f.Encoding)
			if enc == "" {
				enc = "binary"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", k, f.Path, bundle.HumanSize(f.Size), enc, state)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	writeList(w, "Missing", kindNames(inv.Missing))
	writeList(w, "Unrecognised", inv.Unrecognised)
	var skipped []string
	for _, s := range inv.Skipped {
		skipped = append(skipped, fmt.Sprintf("%s: %s", s.Name, s.Reason))
	}
	writeList(w, "Skipped", skipped)
	return nil
}

func kindNames(kinds []analyzer.SourceKind) []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = string(k)
	}
	return out
}

func writeList(w io.Writer, title string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s (%d):\n  %s\n", title, len(items), strings.Join(items, "\n  "))
}
