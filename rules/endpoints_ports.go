package rules

import (
	"github.com/hnsscope/hnsscope/analyzer"
)

func endpointNoPortRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-EP-005", Title: "Local endpoint without a VFP port", Family: familyEndpoints,
			Severity: analyzer.SeverityError, Breaks: "The endpoint is not plumbed into the vSwitch: its pod has no network.",
			Remediation: recreatePod, Requires: []analyzer.SourceKind{analyzer.SourceEndpoints, analyzer.SourceVFPDump}, Since: since,
			Doc: "Every local endpoint of the pod network has a VFP port section (joined by EndpointPortGuid, MAC or friendly name)."},
		applies: all(hasVFPPorts, hasPodEndpoints, vfpComplete),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, e := range s.PodEndpoints() {
				if e.Port != nil {
					continue
				}
				detail := "no EndpointPortGuid"
				if e.PortGUID != "" {
					detail = "EndpointPortGuid " + e.PortGUID + " has no port section"
				}
				out = append(out, analyzer.Finding{
					Message: "local endpoint " + e.Label() + " has no VFP port in vfpOutput.txt (" + detail + ")",
					Objects: []string{e.Label()}, Evidence: []analyzer.Evidence{e.Evidence(`"EndpointPortGuid"`)}})
			}
			return out
		},
	}
}

func orphanPortRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-EP-006", Title: "VFP port without an HNS endpoint", Family: familyEndpoints,
			Severity: analyzer.SeverityWarning,
			Breaks:   "A leftover switch port keeps rules and possibly the IP or MAC of a deleted pod; new pods can collide with it.",
			Remediation: []string{"Restart HNS to let it reconcile the vSwitch ports.",
				"If the port remains, recreate the HNS network (clean-up level Alpha)."},
			Requires: []analyzer.SourceKind{analyzer.SourceEndpoints, analyzer.SourceVFPDump}, Since: since,
			Doc: "Pod-looking ports (GUID friendly name or OutBoundNAT rules) are attributed to an endpoint."},
		applies: all(hasVFPPorts, hasPodEndpoints),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, p := range s.OrphanPorts() {
				out = append(out, analyzer.Finding{
					Message: "VFP port " + p.GUID + " looks like a pod port but matches no HNS endpoint",
					Objects: []string{p.GUID}, Evidence: []analyzer.Evidence{p.Evidence()}})
			}
			return out
		},
	}
}

func blockedPortRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-EP-007", Title: "VFP port blocked", Family: familyEndpoints,
			Severity: analyzer.SeverityCritical, Breaks: "All traffic of the port is dropped: the pod, or for the host/external port the whole node, is cut off.",
			Remediation: []string{"Restart HNS (Restart-Service -Force hns).", "If the port stays blocked, recreate the pod or the HNS network."},
			Requires:    []analyzer.SourceKind{analyzer.SourceVFPDump}, Since: since,
			Doc: "get-port-state prints Blocked : TRUE for a blocked port; an ERROR instead of a state is unknown, not blocked."},
		applies: hasVFPPorts,
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, p := range s.Ports {
				if !p.State.IsBlocked() || p.Role == analyzer.RoleUnknown {
					continue
				}
				who := string(p.Role) + " port"
				if p.Endpoint != nil {
					who = "port of endpoint " + p.Endpoint.Label()
				}
				out = append(out, analyzer.Finding{
					Message: "VFP " + who + " " + p.GUID + " is blocked",
					Objects: []string{p.GUID}, Evidence: []analyzer.Evidence{p.StateEvidence("Blocked : TRUE")}})
			}
			return out
		},
	}
}

func compartmentRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-EP-008", Title: "Endpoint compartment differs from its namespace", Family: familyEndpoints,
			Severity: analyzer.SeverityError, Breaks: "The pod's adapter sits in another compartment than the one the container uses: the pod has no network.",
			Remediation: recreatePod, Requires: []analyzer.SourceKind{analyzer.SourceEndpoints, analyzer.SourceNamespaces}, Since: since,
			Doc: "The v1 allocator CompartmendId equals the CompartmentId of the endpoint's namespace (wcnscripts invalidCompartment.ps1)."},
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, e := range s.LocalEndpoints() {
				ns := e.Namespace
				if ns == nil || e.CompartmentID == nil || ns.CompartmentID == nil || *e.CompartmentID == *ns.CompartmentID {
					continue
				}
				out = append(out, analyzer.Finding{
					Message: "endpoint " + e.Label() + " is in compartment " + itoa(int(*e.CompartmentID)) + " but its namespace " + ns.ID +
						" is compartment " + itoa(int(*ns.CompartmentID)),
					Objects: []string{e.Label(), ns.ID},
					Evidence: []analyzer.Evidence{e.Evidence(compartmentHints(*e.CompartmentID)...),
						analyzer.EvidenceAt(ns.Pos, "namespace "+ns.ID, compartmentHints(*ns.CompartmentID)...)}})
			}
			return out
		},
	}
}

func natAttachedRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-EP-009", Title: "Containers attached to the nat network on a Kubernetes node", Family: familyEndpoints,
			Severity: analyzer.SeverityWarning,
			Breaks:   "Containers on the nat network are outside the pod network: services, DNS and pod-to-pod traffic do not reach them.",
			Remediation: []string{"Check the containerd/CNI configuration: pods must use the CNI network, not the default nat network.",
				"Recreate the affected containers."},
			Requires: []analyzer.SourceKind{analyzer.SourceEndpoints, analyzer.SourceNetworks}, Since: since,
			Doc: "With an l2bridge or overlay pod network present, local endpoints on the nat network mean a container runtime ignoring the CNI configuration."},
		applies: modeIs("l2bridge", "overlay"),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var eps []*analyzer.Endpoint
			for _, e := range s.LocalEndpoints() {
				if e.Network != nil && e.Network.IsMode("nat") {
					eps = append(eps, e)
				}
			}
			if len(eps) == 0 {
				return nil
			}
			objs, ev := endpointObjects(eps, `"VirtualNetworkName"`, `"HostComputeNetwork"`)
			return []analyzer.Finding{{
				Message: itoa(len(eps)) + " local endpoint(s) are on the nat network while the pod network " + s.PodNetwork.Name +
					" exists: " + joinLimited(objs, 4),
				Objects: objs, Evidence: ev}}
		},
	}
}
