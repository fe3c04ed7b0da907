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
	var parse, correlate, rulePhase, evidence float64
	var last *analyzer.Result
	b.ResetTimer()
	for range b.N {
		res, err := analyzer.Analyze(path, analyzer.Options{}, all)
		if err != nil {
			b.Fatal(err)
		}
		parse += res.Timing.Parse.Seconds()
		correlate += res.Timing.Correlate.Seconds()
		rulePhase += res.Timing.Rules.Seconds()
		evidence += res.Timing.Evidence.Seconds()
		last = res
	}
	b.StopTimer()
	slowest := slices.SortedFunc(slices.Values(last.Rules), func(a, b analyzer.RuleResult) int { return cmp.Compare(b.Duration, a.Duration) })
	for _, r := range slowest[:min(3, len(slowest))] {
		b.Logf("slow rule %s: %v", r.Rule.ID, r.Duration.Round(time.Millisecond))
	}
	total := parse + correlate + rulePhase + evidence
	if total > 0 {
		b.ReportMetric(100*rulePhase/total, "rule-%")
		b.ReportMetric(parse/float64(b.N), "parse-s/op")
		b.ReportMetric(rulePhase/float64(b.N), "rules-s/op")
		b.ReportMetric(evidence/float64(b.N), "evidence-s/op")
	}
}
