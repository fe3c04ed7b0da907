package catalogue

import (
	"strings"
	"testing"
)

func TestEmbeddedCatalogueIsValid(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Issues) < 20 {
		t.Errorf("catalogue has %d issues, want the full set", len(c.Issues))
	}
	sigs, err := c.Signatures()
	if err != nil {
		t.Fatal(err)
	}
	if len(sigs) < 17 {
		t.Errorf("%d signatures compiled, want one per log or event issue", len(sigs))
	}
	last, _ := c.Level("last-resort")
	if !strings.Contains(last.Warning, "BSOD") {
		t.Errorf("last-resort level lacks its warning: %+v", last)
	}
}

func TestCatalogueRejectsBadEntries(t *testing.T) {
	good, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	base := string(knownIssuesJSON)
	tests := []struct {
		name, old, new, want string
	}{
		{"bad regex", `"regex": "(?i)the specified port already exists"`, `"regex": "(?i)the (specified"`, "bad regex"},
		{"unknown level", `"cleanup": "alpha"`, `"cleanup": "delta"`, "unknown clean-up level"},
		{"bad severity", `"severity": "critical"`, `"severity": "fatal"`, "unknown severity"},
		{"bad id", `"id": "KI-HNS-PORTEXISTS"`, `"id": "port exists"`, "KI-AREA-NAME"},
		{"duplicate id", `"id": "KI-HNS-PORTEXISTS"`, `"id": "KI-HNS-LBEXISTS"`, "defined twice"},
		{"bad kb", `"fixedBy": ["KB4074588"]`, `"fixedBy": ["4074588"]`, "not a KB number"},
		{"two build keys", `"build": {"max": 15063,`, `"build": {"max": 15063, "equal": 1,`, "exactly one of max"},
		{"unknown fact", `"fact": "evtx-present"`, `"fact": "moon-phase"`, "unknown fact"},
		{"cumulative without fix", `"build": {"max": 16299}`, `"build": {"max": 16299, "cumulative": true}`, "need fixedBy"},
		{"short literal", `"literals": ["hcnCreateLoadBalancer"]`, `"literals": ["hcnC"]`, "shorter than 8"},
		{"no condition", `"fact": "evtx-present"`, `"unused": ""`, "exactly one of signature"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(base, tt.old) {
				t.Fatalf("catalogue no longer contains %q", tt.old)
			}
			_, err := Parse([]byte(strings.Replace(base, tt.old, tt.new, 1)))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want %q", err, tt.want)
			}
		})
	}
	if len(good.CleanupLevels) != len(LevelOrder()) {
		t.Errorf("levels = %d", len(good.CleanupLevels))
	}
}

func TestBuildConditionFixedIn(t *testing.T) {
	cond := BuildCondition{Below: 18301, FixedBy: []string{"KB4489899"}, FixBuild: 17763, Cumulative: true}
	tests := []struct {
		build     int
		installed []string
		want      bool
	}{
		{17763, []string{"KB4489899"}, true},
		{17763, []string{" kb5044089 "}, true},
		{17763, []string{"KB4480116"}, false},
		{17763, []string{"not-a-kb"}, false},
		{17134, []string{"KB5044089"}, false},
		{17763, nil, false},
	}
	for _, tt := range tests {
		if got := cond.FixedIn(tt.build, tt.installed); got != tt.want {
			t.Errorf("FixedIn(%d, %v) = %v, want %v", tt.build, tt.installed, got, tt.want)
		}
	}
	exact := BuildCondition{Max: 15063, FixedBy: []string{"KB4074588"}}
	if got := exact.FixedIn(14393, []string{"KB5034767"}); got {
		t.Error("a later KB suppressed a non-cumulative fix")
	}
}
