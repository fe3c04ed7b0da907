package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hnsscope/hnsscope/analyzer"
)

var update = flag.Bool("update", false, "rewrite golden files")

// checkGolden compares got with testdata/golden/name, or rewrites it.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", name, diff)
	}
}

func render(t *testing.T, f Format, rep *Report, opts RenderOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, f, rep, opts); err != nil {
		t.Fatalf("render %s: %v", f, err)
	}
	return buf.Bytes()
}

func TestGoldenFormats(t *testing.T) {
	results := func() []*analyzer.Result { return []*analyzer.Result{sampleResult(), healthyResult()} }
	tests := []struct {
		golden string
		format Format
		opts   RenderOptions
		failOn analyzer.Severity
	}{
		{"text.txt", FormatText, RenderOptions{}, analyzer.SeverityError},
		{"text-color.txt", FormatText, RenderOptions{Color: true}, analyzer.SeverityError},
		{"text-quiet.txt", FormatText, RenderOptions{Quiet: true}, analyzer.SeverityError},
		{"text-verbose.txt", FormatText, RenderOptions{Verbose: true}, 0},
		{"report.json", FormatJSON, RenderOptions{}, analyzer.SeverityError},
		{"report.html", FormatHTML, RenderOptions{}, analyzer.SeverityError},
		{"report.md", FormatMarkdown, RenderOptions{Verbose: true}, analyzer.SeverityError},
		{"junit.xml", FormatJUnit, RenderOptions{}, analyzer.SeverityCritical},
		{"report.sarif", FormatSARIF, RenderOptions{}, analyzer.SeverityError},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			rep := Build(results(), Options{Tool: testTool, FailOn: tt.failOn})
			got := render(t, tt.format, rep, tt.opts)
			checkGolden(t, tt.golden, got)
			// A second build must render byte for byte the same: nothing
			// may depend on map order or the clock.
			again := render(t, tt.format, Build(results(), Options{Tool: testTool, FailOn: tt.failOn}), tt.opts)
			if !bytes.Equal(got, again) {
				t.Errorf("%s: two renders differ", tt.golden)
			}
		})
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in      string
		want    Format
		wantErr bool
	}{
		{"text", FormatText, false}, {"JSON", FormatJSON, false}, {"md", FormatMarkdown, false},
		{"markdown", FormatMarkdown, false}, {"junit", FormatJUnit, false}, {"sarif", FormatSARIF, false},
		{"html", FormatHTML, false}, {"yaml", "", true}, {"", "", true},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}
