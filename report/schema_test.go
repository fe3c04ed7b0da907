package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/report/schema"
)

func TestJSONMatchesSchema(t *testing.T) {
	base := Build([]*analyzer.Result{sampleResult()}, Options{Tool: testTool})
	baseline, err := ReadBaseline(bytes.NewReader(render(t, FormatJSON, base, RenderOptions{})))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		rep  *Report
	}{
		{"broken and healthy", Build([]*analyzer.Result{sampleResult(), healthyResult()}, Options{Tool: testTool, FailOn: analyzer.SeverityError})},
		{"hostile", Build([]*analyzer.Result{hostileResult()}, Options{Tool: testTool})},
		{"with baseline", Build([]*analyzer.Result{healthyResult(), sampleResult()}, Options{Tool: testTool, FailOn: analyzer.SeverityInfo, Baseline: baseline})},
		{"empty", Build(nil, Options{Tool: testTool})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := schema.Validate(render(t, FormatJSON, tt.rep, RenderOptions{})); err != nil {
				t.Errorf("report does not match schema: %v", err)
			}
		})
	}
}

// The schema must reject what it promises to reject, or validating real
// output proves nothing.
func TestSchemaRejectsBrokenReports(t *testing.T) {
	good := render(t, FormatJSON, Build([]*analyzer.Result{sampleResult()}, Options{Tool: testTool}), RenderOptions{})
	tests := []struct{ name, from, to string }{
		{"wrong version", `"schemaVersion": "1"`, `"schemaVersion": "2"`},
		{"unknown severity", `"severity": "critical"`, `"severity": "fatal"`},
		{"bad fingerprint", `"fingerprint": "v1:`, `"fingerprint": "x`},
		{"bad status", `"status": "skipped"`, `"status": "ignored"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(string(good), tt.from) {
				t.Fatalf("report has no %s", tt.from)
			}
			bad := strings.Replace(string(good), tt.from, tt.to, 1)
			if err := schema.Validate([]byte(bad)); err == nil {
				t.Errorf("schema accepted a report with %s", tt.name)
			}
		})
	}
}

func TestJSONTopLevelFindingsNameTheirBundle(t *testing.T) {
	rep := Build([]*analyzer.Result{sampleResult(), hostileResult()}, Options{Tool: testTool})
	var doc struct {
		Findings []struct {
			Bundle string `json:"bundle"`
			Rule   string `json:"rule"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(render(t, FormatJSON, rep, RenderOptions{}), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Findings) != 4 {
		t.Fatalf("got %d top-level findings, want 4", len(doc.Findings))
	}
	if doc.Findings[0].Bundle != "bundles/node-a.zip" || doc.Findings[3].Bundle != hostileResult().Bundle {
		t.Errorf("findings name bundles %q .. %q", doc.Findings[0].Bundle, doc.Findings[3].Bundle)
	}
}
