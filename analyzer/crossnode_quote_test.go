package analyzer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/analyzer/bundle"
	"github.com/hnsscope/hnsscope/rules"
)

// TestCrossNodeExcerptsMatchTheirBundles checks every quoted excerpt of
// every cross-node finding of the generated clusters against the file of
// the bundle the evidence names.
func TestCrossNodeExcerptsMatchTheirBundles(t *testing.T) {
	root := filepath.Join("..", "testdata", "bundles")
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Skip("no generated bundles")
	}
	checked := 0
	for _, d := range dirs {
		if !d.IsDir() || !strings.Contains(d.Name(), "-cluster-") {
			continue
		}
		t.Run(d.Name(), func(t *testing.T) {
			entries, err := os.ReadDir(filepath.Join(root, d.Name()))
			if err != nil {
				t.Fatal(err)
			}
			var results []*analyzer.Result
			for _, e := range entries {
				res, _ := analyzeBundle(t, filepath.Join(root, d.Name(), e.Name()))
				results = append(results, res)
			}
			analyzer.RunCluster(results, rules.ClusterRules(), analyzer.Options{})
			for _, res := range results {
				for _, ev := range quotedEvidence(res) {
					if ev.Bundle == "" {
						continue
					}
					b, err := bundle.Open(ev.Bundle, bundle.Limits{})
					if err != nil {
						t.Fatalf("evidence names bundle %s: %v", ev.Bundle, err)
					}
					lines := fileLines(t, b, ev.File)
					b.Close()
					if ev.Line > len(lines) || !quotes(ev.Excerpt, oneLine(lines[ev.Line-1])) {
						t.Errorf("[%s] %s:%d: excerpt %q is not the file's line", ev.Bundle, ev.File, ev.Line, ev.Excerpt)
					}
					checked++
				}
			}
		})
	}
	if checked == 0 {
		t.Error("no cross-node evidence checked")
	}
}
