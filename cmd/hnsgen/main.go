// Command hnsgen writes realistic CollectLogs bundles for tests, demos and
// benchmarks: healthy l2bridge/overlay nodes in every collector era, layout
// and encoding, and broken variants that each carry exactly one defect.
//
// Each scenario is a small function in a scenario_<family>.go file that
// starts from a healthy base node (nodegen.NewHealthy), optionally edits the
// HNS intent, calls Derive to compute VFP, host routes and adapters, and then
// optionally edits the derived state. To add a scenario, add a function call
// r.add(scenario{...}) to the family file (or a new scenario_<family>.go
// registered in allScenarios) and run `make testdata`.
//
// Usage:
//
//	hnsgen -out testdata/bundles [-only name,...] [-folders]
//	hnsgen -large testdata/large [-scale N]
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	out := flag.String("out", "", "write the committed scenarios into this directory")
	only := flag.String("only", "", "comma-separated scenario names (default: all)")
	large := flag.String("large", "", "write a large benchmark bundle into this directory")
	scale := flag.Int("scale", 40, "size of the large bundle: pod ports (about 7 MB of vfpOutput.txt each)")
	list := flag.Bool("list", false, "print the scenario names and exit")
	folders := flag.Bool("folders", false, "write broken collectlogs bundles as folders instead of zipped folders")
	flag.Parse()
	if err := run(*out, *only, *large, *scale, *list, *folders); err != nil {
		fmt.Fprintln(os.Stderr, "hnsgen:", err)
		os.Exit(1)
	}
}

func run(out, only, large string, scale int, list, folders bool) error {
	all := allScenarios()
	if list {
		for _, s := range all {
			fmt.Println(s.Name)
		}
		return nil
	}
	if out == "" && large == "" {
		return fmt.Errorf("nothing to do: give -out DIR and/or -large DIR")
	}
	if out != "" {
		var names []string
		if only != "" {
			names = strings.Split(only, ",")
		}
		picked, err := all.pick(names)
		if err != nil {
			return err
		}
		if err := writeScenarios(out, picked, only == "" && !folders, folders); err != nil {
			return err
		}
	}
	if large != "" {
		path, err := writeLarge(large, scale)
		if err != nil {
			return err
		}
		fmt.Println("wrote", path)
	}
	return nil
}
