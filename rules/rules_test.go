package rules

import (
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/analyzer"
)

// scenario mutates a healthy node so that exactly one fault is present.
type scenario struct {
	rule   string
	mode   string
	before func(n *node) // applied before VFP derivation
	after  func(n *node) // applied to the derived VFP state
	object string        // must appear in a finding's message or objects
}

func (sc scenario) build() *analyzer.Snapshot {
	n := healthyNode(sc.mode)
	if sc.before != nil {
		sc.before(n)
	}
	n.derive()
	if sc.after != nil {
		sc.after(n)
	}
	return n.snapshot()
}

func ruleByID(t *testing.T, id string) analyzer.Rule {
	t.Helper()
	for _, r := range All() {
		if r.Meta().ID == id {
			return r
		}
	}
	t.Fatalf("rule %s not registered in All()", id)
	return nil
}

func findingsOf(t *testing.T, r analyzer.Rule, s *analyzer.Snapshot) analyzer.RuleResult {
	t.Helper()
	res := analyzer.Run(s, []analyzer.Rule{r})[0]
	if res.Status == analyzer.StatusError {
		t.Fatalf("%s failed: %s", r.Meta().ID, res.Reason)
	}
	return res
}

func mentions(f analyzer.Finding, obj string) bool {
	if strings.Contains(f.Message, obj) {
		return true
	}
	for _, o := range f.Objects {
		if strings.Contains(o, obj) {
			return true
		}
	}
	return false
}

func TestScenariosFire(t *testing.T) {
	for _, sc := range scenarios {
		t.Run(sc.rule+"/"+sc.object, func(t *testing.T) {
			r := ruleByID(t, sc.rule)
			res := findingsOf(t, r, sc.build())
			if res.Status != analyzer.StatusFailed {
				t.Fatalf("want findings, got status %s (%s)", res.Status, res.Reason)
			}
			hit := false
			for _, f := range res.Findings {
				if mentions(f, sc.object) {
					hit = true
				}
				if len(f.Evidence) == 0 || f.Evidence[0].File == "" {
					t.Errorf("finding without file evidence: %s", f.Message)
				}
			}
			if !hit {
				t.Errorf("no finding names %q: %+v", sc.object, res.Findings)
			}
		})
	}
}

// TestHealthyNodesPass runs every rule on healthy nodes of both modes: no
// rule may report anything at warning or above.
func TestHealthyNodesPass(t *testing.T) {
	for _, mode := range []string{"l2bridge", "overlay"} {
		s := healthyNode(mode).derive().snapshot()
		for _, res := range analyzer.Run(s, All()) {
			if res.Status == analyzer.StatusError {
				t.Errorf("%s %s: %s", mode, res.Rule.ID, res.Reason)
			}
			for _, f := range res.Findings {
				if f.Severity >= analyzer.SeverityWarning {
					t.Errorf("%s: healthy node gives %s: %s", mode, f.Rule, f.Message)
				}
			}
		}
	}
}

// TestEveryRuleHasScenario keeps the scenario table complete and the
// metadata filled.
func TestEveryRuleHasScenario(t *testing.T) {
	have := map[string]bool{}
	for _, sc := range scenarios {
		have[sc.rule] = true
	}
	seen := map[string]bool{}
	for _, r := range All() {
		m := r.Meta()
		if !strings.HasPrefix(m.ID, "HNS-") {
			continue
		}
		if seen[m.ID] {
			t.Errorf("duplicate rule ID %s", m.ID)
		}
		seen[m.ID] = true
		if !have[m.ID] {
			t.Errorf("%s has no firing scenario", m.ID)
		}
		if m.Title == "" || m.Family == "" || m.Severity == 0 || m.Breaks == "" || len(m.Remediation) == 0 || m.Since == "" || m.Doc == "" {
			t.Errorf("%s has incomplete metadata: %+v", m.ID, m)
		}
	}
}
