package rules

import (
	"net/netip"
	"sort"

	"github.com/hnsscope/hnsscope/analyzer"
)

type requiredException struct {
	what  string
	param analyzer.Param
}

func requiredExceptions(s *analyzer.Snapshot) []requiredException {
	if ok, _ := azureCNI(s); ok {
		return azureExceptions(s)
	}
	req := []requiredException{{"cluster CIDR", s.Cluster.ClusterCIDR}, {"service CIDR", s.Cluster.ServiceCIDR}}
	if s.Mode == "l2bridge" {
		req = append(req, requiredException{"node subnet", s.Cluster.NodeSubnet})
	}
	return req
}

// azureExceptions: Azure CNI pods carry the exceptions of 10-azure.conflist
// (the VNet address space and so on), not the flannel set.
func azureExceptions(s *analyzer.Snapshot) []requiredException {
	c := azureConfig(s)
	if c == nil {
		return nil
	}
	var req []requiredException
	for _, x := range c.Exceptions {
		req = append(req, requiredException{"exception of the Azure CNI configuration",
			analyzer.Param{Value: x.Value, Origin: analyzer.OriginConfig, From: x.Pos.String()}})
	}
	return req
}

func natCoverageRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-NAT-003", Title: "OutBoundNAT exceptions miss a cluster range", Family: familyNAT,
			Severity:    analyzer.SeverityError,
			Breaks:      "Traffic from pods to other pods, to services or (l2bridge) to nodes is SNATed to the node IP: replies and network policies see the wrong source, connections fail.",
			Remediation: natRemediation, Requires: []analyzer.SourceKind{analyzer.SourceEndpoints}, Since: since,
			Doc: "The ExceptionList of each pod endpoint covers the cluster CIDR and the service CIDR, and on l2bridge the node subnet."},
		applies: all(modeIs("l2bridge", "overlay"), hasPodEndpoints, func(s *analyzer.Snapshot) (bool, string) {
			if ok, why := azureCNI(s); ok && len(azureExceptions(s)) == 0 {
				return false, "Azure CNI (" + why + ") takes its OutBoundNAT exceptions from 10-azure.conflist, which the bundle lacks or which lists none"
			}
			for _, r := range requiredExceptions(s) {
				if _, ok := prefixParam(r.param); ok {
					return true, ""
				}
			}
			return false, "neither the cluster CIDR, the service CIDR nor the node subnet could be derived; give them with flags"
		}),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, r := range requiredExceptions(s) {
				want, ok := prefixParam(r.param)
				if !ok {
					continue
				}
				var missing []*analyzer.Endpoint
				for _, e := range s.PodEndpoints() {
					if e.OutboundNAT != nil && !anyCovers(validExceptions(e), want) {
						missing = append(missing, e)
					}
				}
				if len(missing) == 0 {
					continue
				}
				objs, ev := endpointObjects(missing, exceptionHints()...)
				out = append(out, analyzer.Finding{
					Message: "OutBoundNAT ExceptionList of " + itoa(len(missing)) + " pod endpoint(s) does not cover the " + r.what + " " +
						want.String() + paramNote(r.param) + ": " + joinLimited(objs, 3),
					Objects: append([]string{want.String()}, objs...), Evidence: ev})
			}
			return out
		},
	}
}

func anyCovers(ps []netip.Prefix, want netip.Prefix) bool {
	for _, p := range ps {
		if covers(p, want) {
			return true
		}
	}
	return false
}

func natConsistencyRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-NAT-004", Title: "Pod endpoints disagree on OutBoundNAT exceptions", Family: familyNAT,
			Severity:    analyzer.SeverityWarning,
			Breaks:      "Pods created at different times SNAT different destinations, so the same connection works from one pod and fails from another.",
			Remediation: natRemediation, Requires: []analyzer.SourceKind{analyzer.SourceEndpoints}, Since: since,
			Doc: "All pod endpoints of one network are created from one CNI configuration and carry the same ExceptionList."},
		applies: all(modeIs("l2bridge", "overlay"), hasPodEndpoints),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			groups := map[string][]*analyzer.Endpoint{}
			for _, e := range s.PodEndpoints() {
				if e.OutboundNAT != nil {
					k := exceptionKey(e)
					groups[k] = append(groups[k], e)
				}
			}
			if len(groups) < 2 {
				return nil
			}
			keys := sortedKeys(groups)
			// The most common list is the reference; on a tie the longer list, as
			// a missing entry is the usual fault.
			sort.SliceStable(keys, func(i, j int) bool {
				a, b := groups[keys[i]], groups[keys[j]]
				if len(a) != len(b) {
					return len(a) > len(b)
				}
				return len(validExceptions(a[0])) > len(validExceptions(b[0]))
			})
			major := keys[0]
			var out []analyzer.Finding
			for _, k := range keys[1:] {
				objs, ev := endpointObjects(groups[k], exceptionHints()...)
				ev = append(ev, groups[major][0].Evidence(exceptionHints()...))
				out = append(out, analyzer.Finding{
					Message: itoa(len(groups[k])) + " pod endpoint(s) have ExceptionList [" + k + "] while " +
						itoa(len(groups[major])) + " have [" + major + "]: " + joinLimited(objs, 3),
					Objects: objs, Evidence: ev})
			}
			return out
		},
	}
}
