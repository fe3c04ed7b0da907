package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/analyzer"
)

func baselineOf(t *testing.T, results ...*analyzer.Result) *Baseline {
	t.Helper()
	rep := Build(results, Options{Tool: testTool})
	b, err := ReadBaseline(bytes.NewReader(render(t, FormatJSON, rep, RenderOptions{})))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// withExtraFinding adds a new defect to the sample node.
func withExtraFinding() *analyzer.Result {
	res := sampleResult()
	res.Rules[0].Findings = append(res.Rules[0].Findings, analyzer.Finding{
		Rule: "HNS-NAT-001", Severity: analyzer.SeverityError, Message: "Endpoint 10.244.1.9 SNATs traffic to 10.244.0.0/16",
		Objects: []string{"ep-z9"}, Evidence: []analyzer.Evidence{{File: "c/endpoint.txt", Line: 300}},
	})
	res.Collect()
	return res
}

// withoutLB drops the load-balancer finding from the sample node.
func withoutLB() *analyzer.Result {
	res := sampleResult()
	res.Rules[1].Findings, res.Rules[1].Status = nil, analyzer.StatusPassed
	res.Collect()
	return res
}

func TestBaselineClassifiesFindings(t *testing.T) {
	tests := []struct {
		name               string
		baseline           *Baseline
		current            *analyzer.Result
		wantNew, wantKnown int
		wantResolved       int
		wantFailed         bool
	}{
		{"same bundle", baselineOf(t, sampleResult()), sampleResult(), 0, 3, 0, false},
		{"one new defect", baselineOf(t, sampleResult()), withExtraFinding(), 1, 3, 0, true},
		{"one defect fixed", baselineOf(t, sampleResult()), withoutLB(), 0, 2, 1, false},
		{"healthy baseline", baselineOf(t, healthyResult()), sampleResult(), 3, 0, 0, true},
		{"lines moved", baselineOf(t, sampleResult()), shiftLines(sampleResult(), 50), 0, 3, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := Build([]*analyzer.Result{tt.current}, Options{Tool: testTool, FailOn: analyzer.SeverityError, Baseline: tt.baseline})
			bs := rep.Baseline
			if bs.New != tt.wantNew || bs.Known != tt.wantKnown || len(bs.Resolved) != tt.wantResolved {
				t.Errorf("new/known/resolved = %d/%d/%d, want %d/%d/%d", bs.New, bs.Known, len(bs.Resolved), tt.wantNew, tt.wantKnown, tt.wantResolved)
			}
			if got := rep.Failed(); got != tt.wantFailed {
				t.Errorf("Failed() = %v, want %v", got, tt.wantFailed)
			}
		})
	}
}

func shiftLines(res *analyzer.Result, by int) *analyzer.Result {
	for i := range res.Rules {
		for j := range res.Rules[i].Findings {
			for k := range res.Rules[i].Findings[j].Evidence {
				res.Rules[i].Findings[j].Evidence[k].Line += by
			}
		}
	}
	res.Collect()
	return res
}

func TestBaselineTextShowsOnlyNewFindings(t *testing.T) {
	rep := Build([]*analyzer.Result{withExtraFinding()}, Options{Tool: testTool, FailOn: analyzer.SeverityError, Baseline: baselineOf(t, sampleResult())})
	out := string(render(t, FormatText, rep, RenderOptions{}))
	checkGolden(t, "text-baseline.txt", []byte(out))
	if strings.Contains(out, "LB 10.96.0.10:53/UDP") {
		t.Error("known finding is listed in full")
	}
	if !strings.Contains(out, "10.244.1.9") || !strings.Contains(out, "baseline: 1 new, 3 known (not shown), 0 resolved") {
		t.Errorf("new finding or baseline counts missing:\n%s", out)
	}
}

func TestReadBaselineRejectsOtherDocuments(t *testing.T) {
	tests := []struct{ name, doc string }{
		{"not JSON", "text report"},
		{"other version", `{"schemaVersion":"9","findings":[]}`},
		{"no version", `{"findings":[]}`},
		{"finding without fingerprint", `{"schemaVersion":"1","findings":[{"rule":"X"}]}`},
	}
	for _, tt := range tests {
		if _, err := ReadBaseline(strings.NewReader(tt.doc)); err == nil {
			t.Errorf("%s: ReadBaseline accepted it", tt.name)
		}
	}
}

func TestFingerprintIgnoresVolatileParts(t *testing.T) {
	base := analyzer.Finding{Rule: "R-1", Message: "3 endpoints", Objects: []string{"b", "a"},
		Evidence: []analyzer.Evidence{{File: "20231101/endpoint.txt", Line: 5}}}
	same := analyzer.Finding{Rule: "R-1", Message: "4 endpoints", Objects: []string{"a", "b"},
		Evidence: []analyzer.Evidence{{File: `20231102\Endpoint.txt`, Line: 90}}}
	other := analyzer.Finding{Rule: "R-1", Message: "3 endpoints", Objects: []string{"a", "c"},
		Evidence: []analyzer.Evidence{{File: "20231101/endpoint.txt", Line: 5}}}
	if Fingerprint(base) != Fingerprint(same) {
		t.Error("fingerprint depends on message, object order, folder or line")
	}
	if Fingerprint(base) == Fingerprint(other) {
		t.Error("fingerprint ignores the objects")
	}
}

func TestBaselineMarkdownListsResolved(t *testing.T) {
	rep := Build([]*analyzer.Result{withoutLB()}, Options{Tool: testTool, FailOn: analyzer.SeverityError, Baseline: baselineOf(t, sampleResult())})
	out := string(render(t, FormatMarkdown, rep, RenderOptions{}))
	if !strings.Contains(out, "- resolved: HNS-LB-002 LB 10.96.0.10:53/UDP has no backends") {
		t.Errorf("markdown does not list the resolved finding:\n%s", out)
	}
	if !strings.Contains(out, "(fails on new findings at error or above)") {
		t.Errorf("markdown does not say that only new findings fail the gate:\n%s", out)
	}
}
