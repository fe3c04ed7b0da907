package rules

import (
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

// networkingServices are the services container networking needs, with
// the names they are known under.
var networkingServices = [][]string{{"hns"}, {"vfpext"}, {"kubelet"}, {"kubeproxy", "kube-proxy"}, {"containerd"}}

func servicesRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-NET-004", Title: "Networking service not running", Family: familyNetwork,
			Severity: analyzer.SeverityCritical,
			Breaks:   "hns/vfpext stopped: no container networking at all; kubelet/containerd stopped: no pods start; kube-proxy stopped: services stop working.",
			Remediation: []string{"Start the service (Start-Service <name>) and look at its log and the System event log for why it stopped.",
				"If HNS keeps stopping, collect its crash data (HNS Admin events, WER) before restarting it again."},
			Since: since,
			Doc:   "hns, vfpext, kubelet, kube-proxy and containerd are Running in windowsServices.txt / scqueryex.txt (wcnscripts CheckNetworkingServices)."},
		applies: func(s *analyzer.Snapshot) (bool, string) {
			if len(s.Services) == 0 {
				return false, "the bundle has no service list (windowsServices.txt, scqueryex.txt)"
			}
			return true, ""
		},
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, names := range networkingServices {
				for _, svc := range s.Services {
					if !nameIn(svc.Name, names) || svc.State == "" || strings.EqualFold(svc.State, "running") {
						continue
					}
					out = append(out, analyzer.Finding{
						Message: "service " + svc.Name + " is " + svc.State,
						Objects: []string{svc.Name}, Evidence: []analyzer.Evidence{analyzer.EvidenceAt(svc.Pos, "service "+svc.Name, "STATE")}})
				}
			}
			return out
		},
	}
}

func nameIn(name string, names []string) bool {
	for _, n := range names {
		if strings.EqualFold(name, n) {
			return true
		}
	}
	return false
}
