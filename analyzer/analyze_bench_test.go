package analyzer_test

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/rules"
)

// BenchmarkAnalyzeLarge analyzes the generated large bundle (go run
// ./cmd/hnsgen -large testdata/large) and reports how the time splits
// between parsing, the rules and quoting the evidence; the rule phase
// should stay under 20 %.
func BenchmarkAnalyzeLarge(b *testing.B) {
	root := filepath.Join("..", "testdata", "large")
	entries, err := os.ReadDir(root)
	if err != nil || len(entries) == 0 {
		b.Skip("testdata/large not present: generate it with go run ./cmd/hnsgen -large testdata/large")
	}
	path := filepath.Join(root, entries[0].Name())
	all := rules.All()
	var sum analyzer.Timing
	var last *analyzer.Result
	b.ResetTimer()
	for range b.N {
		res, err := analyzer.Analyze(path, analyzer.Options{}, all)
		if err != nil {
			b.Fatal(err)
		}
		sum.Parse += res.Timing.Parse
		sum.Correlate += res.Timing.Correlate
		sum.Rules += res.Timing.Rules
		sum.Evidence += res.Timing.Evidence
		last = res
	}
	b.StopTimer()
	slowest := slices.SortedFunc(slices.Values(last.Rules), func(a, b analyzer.RuleResult) int { return cmp.Compare(b.Duration, a.Duration) })
	for _, r := range slowest[:min(3, len(slowest))] {
		b.Logf("slow rule %s: %v", r.Rule.ID, r.Duration.Round(time.Millisecond))
	}
	if total := sum.Total(); total > 0 {
		n := float64(b.N)
		b.ReportMetric(100*float64(sum.Rules)/float64(total), "rule-%")
		b.ReportMetric(sum.Parse.Seconds()/n, "parse-s/op")
		b.ReportMetric(sum.Rules.Seconds()/n, "rules-s/op")
		b.ReportMetric(sum.Evidence.Seconds()/n, "evidence-s/op")
	}
}
