package analyzer

import "testing"

type gatedRule struct {
	applies bool
	checked *bool
}

func (g gatedRule) Meta() RuleMeta { return RuleMeta{ID: "TEST-GATE-001", Severity: SeverityError} }
func (g gatedRule) Check(*Snapshot) []Finding {
	*g.checked = true
	return []Finding{{Message: "fired"}}
}
func (g gatedRule) Applicable(*Snapshot) (bool, string) { return g.applies, "service CIDR unknown" }

func TestApplicabilitySkipsWithReason(t *testing.T) {
	tests := []struct {
		applies bool
		status  Status
		reason  string
	}{
		{false, StatusSkipped, "service CIDR unknown"},
		{true, StatusFailed, ""},
	}
	for _, tt := range tests {
		checked := false
		res := Run(&Snapshot{}, []Rule{gatedRule{tt.applies, &checked}})[0]
		if res.Status != tt.status || res.Reason != tt.reason || checked != tt.applies {
			t.Errorf("applies=%v: status %s reason %q checked %v", tt.applies, res.Status, res.Reason, checked)
		}
	}
}
