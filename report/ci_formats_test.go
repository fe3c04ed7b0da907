package report

import (
	"encoding/json"
	"encoding/xml"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/hnsscope/hnsscope/analyzer"
)

// Every SARIF result must point at a rule of its run by ID and index, and
// carry a level and bundle-relative locations, or code-scanning tools drop it.
func TestSARIFResultsReferenceTheirRules(t *testing.T) {
	rep := Build([]*analyzer.Result{sampleResult(), hostileResult()}, Options{Tool: testTool, FailOn: analyzer.SeverityError})
	var log sarifLog
	if err := json.Unmarshal(render(t, FormatSARIF, rep, RenderOptions{}), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 2 {
		t.Fatalf("version %q with %d runs, want 2.1.0 with 2", log.Version, len(log.Runs))
	}
	results := 0
	for _, run := range log.Runs {
		for _, r := range run.Results {
			results++
			if r.RuleIndex >= len(run.Tool.Driver.Rules) || run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
				t.Errorf("result %s has rule index %d that names another rule", r.RuleID, r.RuleIndex)
			}
			if r.Level != "error" && r.Level != "warning" && r.Level != "note" {
				t.Errorf("result %s has level %q", r.RuleID, r.Level)
			}
			for _, loc := range r.Locations {
				if loc.Physical.Artifact.URIBaseID != "BUNDLE" || loc.Physical.Artifact.URI == "" {
					t.Errorf("result %s location %+v is not bundle-relative", r.RuleID, loc.Physical.Artifact)
				}
				if loc.Physical.Region != nil && loc.Physical.Region.StartLine < 1 {
					t.Errorf("result %s has start line %d", r.RuleID, loc.Physical.Region.StartLine)
				}
			}
		}
	}
	if results != 4 {
		t.Errorf("SARIF has %d results, want 4", results)
	}
}

// The JUnit counts must add up, so CI summaries match the test cases.
func TestJUnitCountsMatchCases(t *testing.T) {
	rep := Build([]*analyzer.Result{sampleResult(), healthyResult()}, Options{Tool: testTool, FailOn: analyzer.SeverityError})
	var doc junitSuites
	if err := xml.Unmarshal(render(t, FormatJUnit, rep, RenderOptions{}), &doc); err != nil {
		t.Fatalf("JUnit is not XML: %v", err)
	}
	var tests, failures, errors, skipped int
	for _, s := range doc.Suites {
		for _, c := range s.Cases {
			tests++
			if c.Failure != nil {
				failures++
			}
			if c.Error != nil {
				errors++
			}
			if c.Skipped != nil {
				skipped++
			}
		}
	}
	if tests != doc.Tests || failures != doc.Failures || errors != doc.Errors || skipped != doc.Skipped {
		t.Errorf("totals %d/%d/%d/%d, cases %d/%d/%d/%d", doc.Tests, doc.Failures, doc.Errors, doc.Skipped, tests, failures, errors, skipped)
	}
	if failures != 2 || errors != 1 || skipped != 1 || tests != 6 {
		t.Errorf("got %d tests, %d failures, %d errors, %d skipped; want 6, 2, 1, 1", tests, failures, errors, skipped)
	}
}

func TestSARIFBundleBase(t *testing.T) {
	tests := []struct{ bundle, wantURI string }{
		{"bundles/node-a.zip", ""},
		{"/srv/in/node a.zip", "file:///srv/in/node%20a.zip/"},
	}
	for _, tt := range tests {
		if got := bundleBase(tt.bundle); got.URI != tt.wantURI || got.Description == nil {
			t.Errorf("bundleBase(%q) = %+v, want URI %q and a description", tt.bundle, got, tt.wantURI)
		}
	}
}

// Evidence from other bundles gets one URI base per bundle, reused by
// every evidence of that bundle.
func TestSARIFBasePerOtherBundle(t *testing.T) {
	res := sampleResult()
	ev := func(bundle string) analyzer.Evidence {
		return analyzer.Evidence{Bundle: bundle, File: "endpoint.txt", Line: 3}
	}
	res.Findings = []analyzer.Finding{{Rule: "HNS-X-001", Severity: analyzer.SeverityError, Message: "differs",
		Evidence: []analyzer.Evidence{ev(""), ev("node2.zip"), ev(res.Bundle), ev("node3.zip"), ev("node2.zip")}}}
	rep := Build([]*analyzer.Result{res}, Options{Tool: testTool})
	run := sarifRunOf(rep, rep.Bundles[0])
	var got []string
	for _, loc := range run.Results[0].Locations {
		got = append(got, loc.Physical.Artifact.URIBaseID)
	}
	want := []string{"BUNDLE", "BUNDLE2", "BUNDLE", "BUNDLE3", "BUNDLE2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("URI bases (-want +got):\n%s", diff)
	}
	if len(run.OriginalURIBaseIDs) != 3 {
		t.Errorf("%d URI bases, want 3: %+v", len(run.OriginalURIBaseIDs), run.OriginalURIBaseIDs)
	}
}
