package analyzer

import "testing"

type fakeRule struct {
	meta  RuleMeta
	check func(*Snapshot) []Finding
}

func (r fakeRule) Meta() RuleMeta              { return r.meta }
func (r fakeRule) Check(s *Snapshot) []Finding { return r.check(s) }

func TestRunOutcomes(t *testing.T) {
	snap := &Snapshot{Sources: map[SourceKind][]SourceFile{
		SourceEndpoints: {{Kind: SourceEndpoints, Path: "endpoint.txt", State: StatePresent}},
		SourceRoutes:    {{Kind: SourceRoutes, Path: "routes.txt", State: StateEmpty}},
	}}
	rules := []Rule{
		fakeRule{RuleMeta{ID: "T-001", Severity: SeverityError, Requires: []SourceKind{SourceEndpoints}},
			func(*Snapshot) []Finding {
				return []Finding{{Message: "b"}, {Message: "a", Severity: SeverityCritical}}
			}},
		fakeRule{RuleMeta{ID: "T-002", Requires: []SourceKind{SourceRoutes}},
			func(*Snapshot) []Finding { t.Fatal("skipped rule ran"); return nil }},
		fakeRule{RuleMeta{ID: "T-003"}, func(*Snapshot) []Finding { panic("boom") }},
		fakeRule{RuleMeta{ID: "T-004"}, func(*Snapshot) []Finding { return nil }},
	}
	got := Run(snap, rules)
	want := []Status{StatusFailed, StatusSkipped, StatusError, StatusPassed}
	for i, st := range want {
		if got[i].Status != st {
			t.Errorf("%s: status %s, want %s (%s)", got[i].Rule.ID, got[i].Status, st, got[i].Reason)
		}
	}
	f := got[0].Findings
	if len(f) != 2 || f[0].Message != "a" || f[1].Severity != SeverityError || f[1].Rule != "T-001" {
		t.Errorf("findings not defaulted and sorted: %+v", f)
	}
	if got[1].Reason != "bundle has no routes" {
		t.Errorf("skip reason %q", got[1].Reason)
	}
}
