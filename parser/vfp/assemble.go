package vfp

import (
	"sort"

	"github.com/hnsscope/hnsscope/parser"
)

// assemble puts the sections back in file order and resolves commands
// against the command set of the whole file.
func assemble(file string, ws []*worker, n int, probs *parser.Problems) (*Dump, []parser.Problem) {
	secs := make([]*section, n)
	for _, w := range ws {
		for _, r := range w.results {
			secs[r.id] = r.sec
		}
	}
	d := &Dump{File: file, Ports: []*Port{}}
	seen := map[string]bool{}
	var sectionProbs []parser.Problem
	for _, s := range secs {
		if s == nil {
			continue
		}
		for v := range s.verbs {
			seen[v] = true
		}
		if s.table != nil && d.PortTable == nil {
			d.PortTable = s.table
		}
		if s.port != nil {
			d.Ports = append(d.Ports, s.port)
		}
		sectionProbs = append(sectionProbs, s.problems...)
	}
	d.CommandSet = commandSet(seen)
	known := knownVerbs(d.CommandSet)
	for _, p := range d.Ports {
		resolvePort(p, known)
	}
	if len(d.Ports) == 0 {
		probs.Add(0, parser.LevelWarning, "no port section (\"Policy for port\") found")
	}
	all := append(probs.List, sectionProbs...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].Pos.Line < all[j].Pos.Line })
	return d, all
}
