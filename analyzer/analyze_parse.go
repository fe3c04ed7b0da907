package analyzer

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"sync"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/cniconf"
	"github.com/hnsscope/hnsscope/parser/hns"
	"github.com/hnsscope/hnsscope/parser/ipconfig"
	"github.com/hnsscope/hnsscope/parser/routes"
	"github.com/hnsscope/hnsscope/parser/services"
	"github.com/hnsscope/hnsscope/parser/vfp"
	"github.com/hnsscope/hnsscope/parser/vfpports"
	"github.com/hnsscope/hnsscope/parser/winver"
)

// textOpener opens a bundle file as decoded UTF-8 text.
type textOpener func(path string) (io.ReadCloser, error)

// parseFunc parses one file; the merge it returns folds the result into
// Parsed. Parses run concurrently, merges run in file order so the
// snapshot is deterministic.
type parseFunc func(file string, r io.Reader) (merge func(*Parsed), probs []parser.Problem)

type parseJob struct {
	file  SourceFile
	parse parseFunc
}

// parseSources runs the parser of every usable source file.
func parseSources(open textOpener, sources map[SourceKind][]SourceFile, workers int) (*Parsed, []parser.Problem) {
	var jobs []parseJob
	for _, kind := range slices.Sorted(maps.Keys(sources)) {
		parse := parserFor(kind)
		if parse == nil {
			continue
		}
		for _, f := range sources[kind] {
			if f.Usable() {
				jobs = append(jobs, parseJob{file: f, parse: parse})
			}
		}
	}
	merges := make([]func(*Parsed), len(jobs))
	probs := make([][]parser.Problem, len(jobs))
	runJobs(len(jobs), workers, func(i int) {
		merges[i], probs[i] = runParse(open, jobs[i])
	})
	p := &Parsed{}
	var all []parser.Problem
	for i := range jobs {
		if merges[i] != nil {
			merges[i](p)
		}
		all = append(all, probs[i]...)
	}
	return p, all
}

func runParse(open textOpener, j parseJob) (func(*Parsed), []parser.Problem) {
	rc, err := open(j.file.Path)
	if err != nil {
		return nil, []parser.Problem{{Pos: parser.Position{File: j.file.Path}, Level: parser.LevelError,
			Message: fmt.Sprintf("cannot read file: %v", err)}}
	}
	defer rc.Close()
	return j.parse(j.file.Path, rc)
}

// runJobs calls fn(0..n-1) on up to workers goroutines.
func runJobs(n, workers int, fn func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(workers, n)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// parserFor returns the parser of a source kind, nil for kinds read
// elsewhere (logs are streamed by rules).
func parserFor(kind SourceKind) parseFunc {
	switch kind {
	case SourceEndpoints:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			f, probs := hns.ParseEndpoints(file, r)
			return func(p *Parsed) { p.Endpoints = append(p.Endpoints, ptrs(f.Endpoints)...) }, probs
		}
	case SourceNetworks, SourceNetworksDetailed:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			f, probs := hns.ParseNetworks(file, r)
			return func(p *Parsed) { p.Networks = mergeNetworks(p.Networks, ptrs(f.Networks)) }, probs
		}
	case SourceLoadBalancers:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			f, probs := hns.ParseLoadBalancers(file, r)
			return func(p *Parsed) {
				p.LoadBalancers = append(p.LoadBalancers, ptrs(f.LoadBalancers)...)
				p.RouteLists = append(p.RouteLists, ptrs(f.RouteLists)...)
			}, probs
		}
	case SourceNamespaces:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			f, probs := hns.ParseNamespaces(file, r)
			return func(p *Parsed) { p.Namespaces = append(p.Namespaces, ptrs(f.Namespaces)...) }, probs
		}
	case SourceVFPDump:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			d, probs := vfp.Parse(file, r)
			return func(p *Parsed) { p.VFP = append(p.VFP, d) }, probs
		}
	case SourceVFPPorts:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			f, probs := vfpports.Parse(file, r)
			return func(p *Parsed) { p.VFPPorts = append(p.VFPPorts, f) }, probs
		}
	case SourceRoutes:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			t, probs := routes.Parse(file, r)
			return func(p *Parsed) { p.Routes = append(p.Routes, t) }, probs
		}
	case SourceIPConfig:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			c, probs := ipconfig.Parse(file, r)
			return func(p *Parsed) { p.IPConfig = append(p.IPConfig, c) }, probs
		}
	case SourceServices:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			list, probs := services.ParseGetService(file, r)
			return func(p *Parsed) { p.Services = services.Merge(p.Services, list) }, probs
		}
	case SourceSCQuery:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			list, probs := services.ParseSC(file, r)
			return func(p *Parsed) { p.Services = services.Merge(p.Services, list) }, probs
		}
	case SourceWinver:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			info, probs := winver.Parse(file, r)
			return func(p *Parsed) {
				if p.Winver == nil {
					p.Winver = info
				}
			}, probs
		}
	case SourceClusterConfig, SourceCNIConfig:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			c, probs := cniconf.Parse(file, r)
			return func(p *Parsed) { p.Configs = append(p.Configs, c) }, probs
		}
	}
	return hostParserFor(kind)
}

func ptrs[T any](vs []T) []*T {
	out := make([]*T, len(vs))
	for i := range vs {
		out[i] = &vs[i]
	}
	return out
}

// mergeNetworks adds networks of a second file (network.txt and
// networkdetailed.txt list the same networks): a network already known by
// ID is replaced when the new record is richer (it has allocator port GUIDs).
func mergeNetworks(have, add []*hns.Network) []*hns.Network {
	idx := map[string]int{}
	for i, n := range have {
		idx[n.ID] = i
	}
	for _, n := range add {
		i, ok := idx[n.ID]
		if !ok || n.ID == "" {
			idx[n.ID] = len(have)
			have = append(have, n)
			continue
		}
		if have[i].HostVnicPortGUID == "" && n.HostVnicPortGUID != "" {
			have[i] = n
		}
	}
	return have
}
