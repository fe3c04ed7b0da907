package analyzer

import (
	"maps"
	"slices"

	"github.com/hnsscope/hnsscope/analyzer/bundle"
)

// quoteAcrossBundles quotes the evidence of cross-node findings, each from
// the bundle it names. Single-node analysis quotes while its bundle is
// open; a cross-node finding cites several bundles, so each is opened
// again here, one at a time. A bundle that no longer opens leaves its
// evidence as the rule wrote it.
func quoteAcrossBundles(results []RuleResult, opts Options) {
	byBundle := map[string]map[string][]*Evidence{}
	for i := range results {
		for j := range results[i].Findings {
			evs := results[i].Findings[j].Evidence
			for k := range evs {
				ev := &evs[k]
				if ev.Quote == nil || ev.Bundle == "" || ev.File == "" || ev.Line <= 0 {
					continue
				}
				if byBundle[ev.Bundle] == nil {
					byBundle[ev.Bundle] = map[string][]*Evidence{}
				}
				byBundle[ev.Bundle][ev.File] = append(byBundle[ev.Bundle][ev.File], ev)
			}
		}
	}
	for _, path := range slices.Sorted(maps.Keys(byBundle)) {
		quoteBundle(path, byBundle[path], opts.Limits)
	}
}

func quoteBundle(path string, byFile map[string][]*Evidence, limits bundle.Limits) {
	b, err := bundle.Open(path, limits)
	if err != nil {
		return
	}
	defer b.Close()
	open := textOf(b)
	for _, file := range slices.Sorted(maps.Keys(byFile)) {
		quoteFile(open, file, byFile[file])
	}
}
