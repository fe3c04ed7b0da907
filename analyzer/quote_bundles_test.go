package analyzer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/analyzer/bundle"
	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/rules"
)

// bundlePath returns the generated bundle of a scenario folder.
func bundlePath(t *testing.T, scenario string) string {
	t.Helper()
	root := filepath.Join("..", "testdata", "bundles", scenario)
	entries, err := os.ReadDir(root)
	if err != nil || len(entries) == 0 {
		t.Skipf("generated bundle %s not present", scenario)
	}
	return filepath.Join(root, entries[0].Name())
}

// fileLines reads the lines of a bundle file through the bundle's own
// text decoder, as a reader of the report would see them.
func fileLines(t *testing.T, b *bundle.Bundle, file string) []string {
	t.Helper()
	rc, _, err := b.OpenText(file)
	if err != nil {
		t.Fatalf("open %s: %v", file, err)
	}
	defer rc.Close()
	var lines []string
	sc := parser.NewLineScanner(rc)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}

// quotedEvidence lists the evidence of the analysis that was quoted from
// the bundle text.
func quotedEvidence(res *analyzer.Result) []analyzer.Evidence {
	var out []analyzer.Evidence
	for _, f := range res.Findings {
		for _, ev := range f.Evidence {
			if ev.Quote != nil && ev.Line > 0 {
				out = append(out, ev)
			}
		}
	}
	return out
}

func analyzeBundle(t *testing.T, path string) (*analyzer.Result, *bundle.Bundle) {
	t.Helper()
	res, err := analyzer.Analyze(path, analyzer.Options{}, rules.All())
	if err != nil {
		t.Fatal(err)
	}
	b, err := bundle.Open(path, bundle.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return res, b
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestQuotedExcerptIsTheLine: the duplicate IP finding quotes the IP line
// of each endpoint, exactly as the file has it at the evidence line.
func TestQuotedExcerptIsTheLine(t *testing.T) {
	res, b := analyzeBundle(t, bundlePath(t, "l2bridge-duplicate-ip"))
	var found bool
	for _, f := range res.Findings {
		if f.Rule != "HNS-EP-002" {
			continue
		}
		found = true
		for _, ev := range f.Evidence {
			lines := fileLines(t, b, ev.File)
			if ev.Line < 1 || ev.Line > len(lines) {
				t.Fatalf("evidence line %d outside %s (%d lines)", ev.Line, ev.File, len(lines))
			}
			if want := oneLine(lines[ev.Line-1]); ev.Excerpt != want {
				t.Errorf("%s:%d: excerpt %q, file has %q", ev.File, ev.Line, ev.Excerpt, want)
			}
			if !strings.Contains(ev.Excerpt, `"10.244.1.4"`) {
				t.Errorf("excerpt %q does not show the duplicate IP", ev.Excerpt)
			}
		}
	}
	if !found {
		t.Fatal("no HNS-EP-002 finding on the duplicate-ip bundle")
	}
}

// TestQuotedExcerptsMatchTheirFiles checks every quoted excerpt of every
// generated bundle against its file: it starts with the text of its line
// (it may go on with the lines of a JSON array), or is that line clipped.
func TestQuotedExcerptsMatchTheirFiles(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join("..", "testdata", "bundles"))
	if err != nil {
		t.Skip("no generated bundles")
	}
	checked := 0
	for _, d := range entries {
		if !d.IsDir() {
			continue
		}
		t.Run(d.Name(), func(t *testing.T) {
			res, b := analyzeBundle(t, bundlePath(t, d.Name()))
			files := map[string][]string{}
			for _, ev := range quotedEvidence(res) {
				lines, ok := files[ev.File]
				if !ok {
					lines = fileLines(t, b, ev.File)
					files[ev.File] = lines
				}
				if ev.Line > len(lines) {
					t.Errorf("%s:%d: past the end of the file (%d lines)", ev.File, ev.Line, len(lines))
					continue
				}
				if !quotes(ev.Excerpt, oneLine(lines[ev.Line-1])) {
					t.Errorf("%s:%d: excerpt %q is not the line %q", ev.File, ev.Line, ev.Excerpt, lines[ev.Line-1])
				}
				checked++
			}
		})
	}
	if checked == 0 {
		t.Error("no quoted evidence checked")
	}
}

// quotes reports whether excerpt shows line: the line itself, the line
// followed by more, the line clipped with "…", or a clipped window of it.
func quotes(excerpt, line string) bool {
	if excerpt == "" || line == "" {
		return false
	}
	body, clipped := strings.CutSuffix(excerpt, "…")
	if inner, ok := strings.CutPrefix(body, "…"); ok {
		return strings.Contains(line, inner)
	}
	return strings.HasPrefix(body, line) || (clipped && strings.HasPrefix(line, body))
}
