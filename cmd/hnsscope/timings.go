package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/hnsscope/hnsscope/analyzer"
)

// slowRules is how many of the slowest rules --timings names.
const slowRules = 3

// printTimings writes one line per bundle: the time of each stage, the
// rules' share of the total and the slowest rules, so that a slow analysis
// of a huge bundle can be explained.
func printTimings(w io.Writer, results []*analyzer.Result) {
	for _, res := range results {
		t := res.Timing
		total := t.Total()
		share := 0.0
		if total > 0 {
			share = 100 * float64(t.Rules) / float64(total)
		}
		fmt.Fprintf(w, "timing %s: parse %v, correlate %v, rules %v (%.1f %%), evidence %v%s\n", res.Bundle,
			round(t.Parse), round(t.Correlate), round(t.Rules), share, round(t.Evidence), slowest(res.Rules))
	}
}

func slowest(rs []analyzer.RuleResult) string {
	sorted := slices.SortedStableFunc(slices.Values(rs), func(a, b analyzer.RuleResult) int {
		return cmp.Compare(b.Duration, a.Duration)
	})
	var parts []string
	for _, r := range sorted[:min(slowRules, len(sorted))] {
		parts = append(parts, r.Rule.ID+" "+round(r.Duration).String())
	}
	if len(parts) == 0 {
		return ""
	}
	return "; slowest " + strings.Join(parts, ", ")
}

func round(d time.Duration) time.Duration {
	if d >= 10*time.Millisecond {
		return d.Round(time.Millisecond)
	}
	return d.Round(10 * time.Microsecond)
}
