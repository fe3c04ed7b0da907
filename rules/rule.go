// Package rules holds the checks hnsscope runs over a node snapshot, one
// file per family. All lists them in a fixed order.
package rules

import (
	"maps"
	"net/netip"
	"slices"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

// since is the release that introduced the rules of this package.
const since = "0.1.0"

// check is a rule made of its metadata, an optional applicability test and
// the check itself.
type check struct {
	meta    analyzer.RuleMeta
	applies func(s *analyzer.Snapshot) (bool, string)
	run     func(s *analyzer.Snapshot) []analyzer.Finding
}

func (c *check) Meta() analyzer.RuleMeta                       { return c.meta }
func (c *check) Check(s *analyzer.Snapshot) []analyzer.Finding { return c.run(s) }

// Applicable skips the rule with a reason when an input it needs is absent.
func (c *check) Applicable(s *analyzer.Snapshot) (bool, string) {
	if c.applies == nil {
		return true, ""
	}
	return c.applies(s)
}

// all combines applicability tests; the first failing one gives the reason.
func all(tests ...func(s *analyzer.Snapshot) (bool, string)) func(s *analyzer.Snapshot) (bool, string) {
	return func(s *analyzer.Snapshot) (bool, string) {
		for _, t := range tests {
			if ok, why := t(s); !ok {
				return false, why
			}
		}
		return true, ""
	}
}

func modeIs(modes ...string) func(s *analyzer.Snapshot) (bool, string) {
	return func(s *analyzer.Snapshot) (bool, string) {
		for _, m := range modes {
			if s.Mode == m {
				return true, ""
			}
		}
		if s.Mode == "" {
			return false, "no l2bridge or overlay pod network found in the bundle"
		}
		return false, "applies to " + strings.Join(modes, "/") + " networks; the pod network " + s.PodNetwork.Name + " is " + s.Mode
	}
}

func hasPodEndpoints(s *analyzer.Snapshot) (bool, string) {
	if len(s.PodEndpoints()) == 0 {
		return false, "the bundle has no local pod endpoints"
	}
	return true, ""
}

func hasVFPPorts(s *analyzer.Snapshot) (bool, string) {
	if len(s.Ports) == 0 {
		return false, "vfpOutput.txt holds no port section"
	}
	return true, ""
}

// vfpComplete skips rules that conclude from an absent port or rule when
// the VFP dump was cut short.
func vfpComplete(s *analyzer.Snapshot) (bool, string) {
	if s.VFPTruncated() {
		return false, "vfpOutput.txt is truncated: ports and rules after the cut are unknown"
	}
	return true, ""
}

func hasLoadBalancers(s *analyzer.Snapshot) (bool, string) {
	if len(s.LoadBalancers) == 0 {
		return false, "the bundle has no HNS load balancers (kube-proxy removes them all when it restarts)"
	}
	return true, ""
}

// paramNote says where an inferred value came from, for messages.
func paramNote(p analyzer.Param) string {
	switch p.Origin {
	case analyzer.OriginInferred:
		return " (inferred from " + p.From + ")"
	case analyzer.OriginConfig:
		return " (from " + p.From + ")"
	case analyzer.OriginFlag:
		return " (given on the command line)"
	}
	return ""
}

func prefixParam(p analyzer.Param) (netip.Prefix, bool) {
	pfx, err := netip.ParsePrefix(strings.TrimSpace(p.Value))
	if err != nil {
		return netip.Prefix{}, false
	}
	return pfx.Masked(), true
}

func addrParam(p analyzer.Param) (netip.Addr, bool) {
	a, err := netip.ParseAddr(strings.TrimSpace(p.Value))
	return a, err == nil
}

// nthAddr is the n-th address of p's network: 1 is the overlay gateway,
// 2 the l2bridge bridge endpoint.
func nthAddr(p netip.Prefix, n int) netip.Addr {
	a := p.Masked().Addr()
	for range n {
		a = a.Next()
	}
	return a
}

// covers reports whether outer holds every address of inner.
func covers(outer, inner netip.Prefix) bool {
	return outer.Bits() <= inner.Bits() && outer.Contains(inner.Addr())
}

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

// joinLimited lists up to n items and says how many more there are.
func joinLimited(items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return strings.Join(items[:n], ", ") + " and " + itoa(len(items)-n) + " more"
}
