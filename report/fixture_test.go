package report

import (
	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser"
)

var testTool = Tool{Name: "hnsscope", Version: "test"}

// sampleResult is a broken node with every rule outcome, parse problems
// and evidence of each kind.
func sampleResult() *analyzer.Result {
	natRule := analyzer.RuleMeta{
		ID: "HNS-NAT-001", Title: "OutboundNAT exceptions miss the cluster CIDR", Family: "nat",
		Severity: analyzer.SeverityError, Breaks: "pod-to-pod traffic across nodes is SNATed",
		Remediation: []string{"Add the cluster CIDR to the OutBoundNAT ExceptionList in the CNI config.", "Recreate the pods on the node."},
	}
	lbRule := analyzer.RuleMeta{
		ID: "HNS-LB-002", Title: "Load balancer has no backends", Family: "lb", Severity: analyzer.SeverityCritical,
		Remediation: []string{"Restart kube-proxy."},
	}
	mtuRule := analyzer.RuleMeta{ID: "HOST-MTU-001", Title: "Overlay MTU too high", Family: "host", Severity: analyzer.SeverityWarning}
	res := &analyzer.Result{
		Bundle: "bundles/node-a.zip",
		Inventory: &analyzer.Inventory{
			Bundle: "bundles/node-a.zip", Layout: "collectlogs", Era: "v2", Host: "WIN-NODE-A",
			Signals: []string{"IpConfigurations in endpoint.txt"},
			Sources: map[analyzer.SourceKind][]analyzer.SourceFile{
				analyzer.SourceEndpoints: {{Kind: analyzer.SourceEndpoints, Path: "c/endpoint.txt", Size: 2048, Encoding: "utf-16le-bom", State: analyzer.StatePresent}},
				analyzer.SourceARP:       {{Kind: analyzer.SourceARP, Path: "c/arp.txt", Size: 0, State: analyzer.StateEmpty}},
			},
			Missing:      []analyzer.SourceKind{analyzer.SourceVFPDump},
			Unrecognised: []string{"c/notes.txt"},
		},
		Cluster: analyzer.ClusterParams{
			ClusterCIDR: analyzer.Param{Value: "10.244.0.0/16", Origin: analyzer.OriginConfig, From: "c/net-conf.json:3"},
			ServiceCIDR: analyzer.Param{Value: "10.96.0.0/12", Origin: analyzer.OriginFlag, From: "command line"},
			NetworkMode: analyzer.Param{Value: "overlay", Origin: analyzer.OriginInferred, From: "network.txt"},
		},
		Problems: []parser.Problem{
			{Pos: parser.Position{File: "c/endpoint.txt", Line: 40, JSONPath: "$[2].Policies"}, Level: parser.LevelWarning, Message: "JSON depth truncated"},
		},
	}
	res.Snapshot = sampleSnapshot("web-7d9f")
	res.Rules = []analyzer.RuleResult{
		{Rule: natRule, Status: analyzer.StatusFailed, Findings: []analyzer.Finding{
			{Rule: natRule.ID, Severity: analyzer.SeverityError, Message: "Endpoint 10.244.1.5 SNATs traffic to 10.244.0.0/16",
				Objects: []string{"ep-b2", "ep-a1"}, Remediation: natRule.Remediation,
				Evidence: []analyzer.Evidence{{File: "c/endpoint.txt", Line: 120, JSONPath: "$[3].Policies[0].ExceptionList", Excerpt: "\"ExceptionList\": [\n  \"10.96.0.0/12\"\n]", Object: "ep-a1"}}},
			{Rule: natRule.ID, Severity: analyzer.SeverityError, Message: "Endpoint 10.244.1.6 SNATs traffic to 10.244.0.0/16",
				Objects: []string{"ep-c3"}, Remediation: natRule.Remediation,
				Evidence: []analyzer.Evidence{{File: "c/endpoint.txt", Line: 160}}},
		}},
		{Rule: lbRule, Status: analyzer.StatusFailed, Findings: []analyzer.Finding{
			{Rule: lbRule.ID, Severity: analyzer.SeverityCritical, Message: "LB 10.96.0.10:53/UDP has no backends",
				Objects: []string{"lb-1"}, Remediation: lbRule.Remediation,
				Evidence: []analyzer.Evidence{{File: "c/policy.txt", Line: 7, Excerpt: "\"VIPs\": [\"10.96.0.10\"]"}}},
		}},
		{Rule: mtuRule, Status: analyzer.StatusSkipped, Reason: "bundle has no mtu"},
		{Rule: analyzer.RuleMeta{ID: "HNS-EP-001", Title: "Endpoint state", Family: "endpoint", Severity: analyzer.SeverityError}, Status: analyzer.StatusPassed},
		{Rule: analyzer.RuleMeta{ID: "VFP-PORT-009", Title: "Port rule check", Family: "vfp", Severity: analyzer.SeverityWarning}, Status: analyzer.StatusError, Reason: "rule failed: index out of range"},
	}
	res.Collect()
	return res
}

// healthyResult is a node where every rule passed.
func healthyResult() *analyzer.Result {
	return &analyzer.Result{
		Bundle:    "bundles/node-b",
		Inventory: &analyzer.Inventory{Bundle: "bundles/node-b", Layout: "collectlogs", Era: "pre-v2", Host: "WIN-NODE-B"},
		Rules: []analyzer.RuleResult{
			{Rule: analyzer.RuleMeta{ID: "HNS-EP-001", Title: "Endpoint state", Severity: analyzer.SeverityError}, Status: analyzer.StatusPassed},
		},
	}
}

// hostileResult carries markup and terminal escapes in every text field a
// bundle can fill.
func hostileResult() *analyzer.Result {
	const script = "<script>alert(1)</script>"
	rule := analyzer.RuleMeta{ID: "HNS-EP-002", Title: "Endpoint " + script, Severity: analyzer.SeverityError,
		Remediation: []string{"remove " + script}}
	res := &analyzer.Result{
		Bundle: "bundles/" + script + ".zip",
		Inventory: &analyzer.Inventory{Host: script, Era: "v2", Layout: script,
			Sources: map[analyzer.SourceKind][]analyzer.SourceFile{
				analyzer.SourceEndpoints: {{Path: "c/" + script + ".txt", State: analyzer.StatePresent}},
			}},
		Cluster:  analyzer.ClusterParams{NetworkMode: analyzer.Param{Value: script}},
		Snapshot: sampleSnapshot(script),
		Problems: []parser.Problem{{Pos: parser.Position{File: script, Line: 1}, Level: parser.LevelError, Message: script}},
		Rules: []analyzer.RuleResult{{Rule: rule, Status: analyzer.StatusFailed, Findings: []analyzer.Finding{{
			Rule: rule.ID, Severity: analyzer.SeverityError, Message: "endpoint " + script + " \x1b[31mred\x1b[0m is down",
			Objects:  []string{script, "\"><img src=x onerror=alert(2)>"},
			Evidence: []analyzer.Evidence{{File: "c/endpoint.txt", Line: 3, Excerpt: "\"Name\": \"" + script + "\"", Object: script}},
		}}}},
	}
	res.Collect()
	return res
}
