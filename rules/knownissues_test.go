package rules

import (
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/hns"
)

func TestKnownIssuesOnAKSLogs(t *testing.T) {
	s := fixtureSnapshot(t, "testdata/knownissues/aks", akstestKinds, nil)
	got := findingsByRule(s)
	tests := []struct {
		rule  string
		count int      // findings of the rule
		want  []string // fragments of messages, remediation and evidence
	}{
		{"KI-HNS-UNSPECIFIED", 1, []string{
			"kubelet.log: HNS failed with \"Unspecified error\" (4 lines, E1123 10:00:00.123456 .. E1123 10:05:00.000001)",
			"kubelet.log:3 ", "kubelet.log:4 ", "kubelet.log:7 ", "Clean-up level: none needed"}},
		{"KI-KUBELET-SANDBOX", 2, []string{"kubelet.log:5 ", "kubelet.err.log:1 "}},
		{"KI-HNS-OBJEXISTS", 1, []string{"kubeproxy.log: HNS object already exists (2 lines",
			"Clean-up level Alpha (the lowest that addresses this issue): (1) Stop Docker", "Remove-HnsNetwork"}},
		{"KI-HNS-LBEXISTS", 1, []string{"kubeproxy.log:4 ", "kubeproxy.log:5 "}},
		// The other coded lines are taken by specific issues; the generic
		// one reports only what they do not cover.
		{"KI-HNS-ERRORCODE", 1, []string{
			"kubeproxy.log: HNS error 0x803B001B HCN_E_INVALID_JSON (1 line, at E1123 10:00:03.300000)", "kubeproxy.log:6 "}},
		{"KI-KUBEPROXY-NONETWORK", 1, []string{"kubeproxy.log:2 "}},
		{"KI-HCS-CREATECONTAINER", 1, []string{"containerd.log: CreateContainer failed in a Windows system call (1 line, at 2024-11-23T10:00:04.500000000Z)"}},
		{"KI-HNS-SWITCHPORTNOTFOUND", 1, []string{"azure-vnet.log: HNS: the switch port was not found (1 line, at 2024/11/23 10:00:05)",
			"Clean-up level Alpha"}},
		{"KI-HNS-CRASH", 2, []string{
			"eventlogs/system.json: The Host Network Service terminated unexpectedly (1 event, at 2024-11-23T10:05:00Z)",
			"eventlogs/system.json:0 $[1] Event 7031 (Service Control Manager) at 2024-11-23T10:05:00Z",
			"20241123-100000_services.csv: The Host Network Service terminated unexpectedly (1 event, at 11/23/2024 10:06:00 AM)",
			"20241123-100000_services.csv:4  Event 7034"}},
		{"KI-HNS-ADMINERROR", 1, []string{"eventlogs/hns-admin.json: HNS error 0x803B0001 HCN_E_NETWORK_NOT_FOUND", "$[0] Event 1019"}},
		{"KI-HNS-NETWORKNOTFOUND", 1, []string{"eventlogs/hns-admin.json"}},
		{"KI-EVTX-UNREAD", 1, []string{"2 EVTX event log(s) present but not analysed", "winevt/System.evtx"}},
		{"KI-HNS-INVALIDPARAM", 0, nil},
		{"KI-OS-SVCVIP-1709", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			fs := got[tt.rule]
			if len(fs) != tt.count {
				t.Fatalf("%d findings, want %d:\n%s", len(fs), tt.count, joined(fs))
			}
			text := joined(fs)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("findings lack %q:\n%s", w, text)
				}
			}
		})
	}
}

func TestKnownIssuesEvidenceIsBounded(t *testing.T) {
	s := fixtureSnapshot(t, "testdata/knownissues/aks", akstestKinds, nil)
	for id, fs := range findingsByRule(s) {
		for _, f := range fs {
			if len(f.Evidence) == 0 || len(f.Evidence) > 3 {
				t.Errorf("%s: %d evidence items, want 1..3: %s", id, len(f.Evidence), f.Message)
			}
		}
	}
}

func TestBuildKeyedIssues(t *testing.T) {
	rsr := []*hns.Network{{Name: "vxlan0", Type: "overlay", Policies: []hns.Policy{{Type: "RemoteSubnetRoute", Path: "$[0].Policies[0]"}}}}
	tests := []struct {
		name  string
		build int
		kbs   []string
		nets  []*hns.Network
		want  []string
	}{
		{"1709 unpatched", 16299, nil, nil, []string{"KI-OS-SVCVIP-1709", "KI-OS-CRASHNS-1709", "KI-OS-DNSNEG-1709",
			"KI-OS-RESTARTOUT-1709", "KI-OS-DOCKERSLOW-1709"}},
		{"1709 patched", 16299, []string{"KB4089848", "KB4093105"}, nil, []string{"KI-OS-CRASHNS-1709", "KI-OS-DNSNEG-1709",
			"KI-OS-RESTARTOUT-1709"}},
		{"ws2016", 14393, []string{"KB5034767"}, nil, []string{"KI-OS-DNSNAT-1703", "KI-OS-SVCVIP-1709", "KI-OS-CRASHNS-1709",
			"KI-OS-DNSNEG-1709"}},
		{"ws2016 with the DNS fix", 14393, []string{"KB4074588"}, nil, []string{"KI-OS-SVCVIP-1709", "KI-OS-CRASHNS-1709",
			"KI-OS-DNSNEG-1709"}},
		{"1709 with a later cumulative update", 16299, []string{"KB4103727"}, nil, []string{"KI-OS-CRASHNS-1709",
			"KI-OS-DNSNEG-1709", "KI-OS-RESTARTOUT-1709"}},
		{"ws2019 overlay with remote subnet routes", 17763, nil, rsr, []string{"KI-OVERLAY-RSR-BUILD"}},
		{"ws2019 overlay, older update", 17763, []string{"KB4480116"}, rsr, []string{"KI-OVERLAY-RSR-BUILD"}},
		{"ws2019 overlay with KB4489899", 17763, []string{"KB4489899"}, rsr, nil},
		{"ws2019 overlay with a 2024 update", 17763, []string{"KB5044089", "KB5044277"}, rsr, nil},
		{"1803 overlay, the 2019 fix does not apply", 17134, []string{"KB5044089"}, rsr, []string{"KI-OVERLAY-RSR-BUILD"}},
		{"ws2019 without overlay", 17763, nil, nil, nil},
		{"ws2022 overlay", 20348, nil, rsr, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findingsByRule(winverSnapshot(t, tt.build, tt.kbs, tt.nets))
			var fired []string
			for _, rr := range KnownIssues() {
				id := rr.Meta().ID
				if len(got[id]) > 0 {
					fired = append(fired, id)
				}
			}
			if strings.Join(fired, " ") != strings.Join(tt.want, " ") {
				t.Errorf("fired %v, want %v", fired, tt.want)
			}
		})
	}
}

func TestBuildKeyedMessageSaysPossiblyAffected(t *testing.T) {
	fs := findingsByRule(winverSnapshot(t, 16299, nil, nil))["KI-OS-DOCKERSLOW-1709"]
	if len(fs) != 1 {
		t.Fatalf("findings: %+v", fs)
	}
	text := joined(fs)
	for _, w := range []string{"OS build 16299 is possibly affected", "neither KB4093105 nor a later cumulative update is in the hot-fix list",
		"winver.txt:1  Microsoft Windows NT 10.0.16299.0", "Clean-up level Beta", "HNS.data"} {
		if !strings.Contains(text, w) {
			t.Errorf("finding lacks %q:\n%s", w, text)
		}
	}
}

func TestKnownIssueRulesAreListed(t *testing.T) {
	rules := KnownIssues()
	if len(rules) < 25 {
		t.Fatalf("%d known-issue rules", len(rules))
	}
	for _, r := range rules {
		m := r.Meta()
		if m.Family != knownIssuesFamily || m.Doc == "" || len(m.Remediation) < 2 || m.Severity == 0 {
			t.Errorf("%s: incomplete metadata %+v", m.ID, m)
		}
		last := m.Remediation[len(m.Remediation)-1]
		if !strings.HasPrefix(last, "Clean-up level") {
			t.Errorf("%s: remediation does not end with the clean-up level: %q", m.ID, last)
		}
	}
}

func TestLogRulesSkipWithoutLogs(t *testing.T) {
	s := analyzer.NewSnapshot(nil, nil, analyzer.ClusterOverrides{}, nil)
	for _, rr := range analyzer.Run(s, KnownIssues()) {
		if rr.Status == analyzer.StatusFailed {
			t.Errorf("%s failed on an empty bundle: %+v", rr.Rule.ID, rr.Findings)
		}
	}
}
