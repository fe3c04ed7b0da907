package rules

import (
	"iter"
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/parser/vfp"
)

// lastAddr is the highest address of p.
func lastAddr(p netip.Prefix) netip.Addr {
	p = p.Masked()
	b := p.Addr().AsSlice()
	for i := p.Bits(); i < len(b)*8; i++ {
		b[i/8] |= 1 << (7 - uint(i%8))
	}
	a, _ := netip.AddrFromSlice(b)
	return a
}

// condOf yields the rule's conditions of kind without collecting them:
// the matchers below run for every rule of every pod port.
func condOf(r *vfp.Rule, kind vfp.ConditionKind) iter.Seq[*vfp.Condition] {
	return func(yield func(*vfp.Condition) bool) {
		for i := range r.Conditions {
			if r.Conditions[i].Kind == kind && !yield(&r.Conditions[i]) {
				return
			}
		}
	}
}

// destIsPrefix reports a destination-IP condition equal to exactly p.
func destIsPrefix(r *vfp.Rule, p netip.Prefix) bool {
	lo, hi := p.Masked().Addr(), lastAddr(p)
	for c := range condOf(r, vfp.CondDestinationIP) {
		for _, ip := range c.IPs {
			if ip.Low == lo && ip.High == hi {
				return true
			}
		}
	}
	return false
}

// hasIP reports whether a condition of kind names exactly the address a.
func hasIP(r *vfp.Rule, kind vfp.ConditionKind, a netip.Addr) bool {
	for c := range condOf(r, kind) {
		for _, ip := range c.IPs {
			if ip.Low == a && ip.High == a {
				return true
			}
		}
	}
	return false
}

func hasProtocol(r *vfp.Rule, proto int64) bool {
	for c := range condOf(r, vfp.CondProtocol) {
		for _, p := range c.Protocols {
			if int64(p) == proto {
				return true
			}
		}
	}
	return false
}

// nameFields splits a rule friendly name on "_" (rule names are matched by
// field, never by substring, so 10.0.0.1 does not match 10.0.0.10).
func nameFields(r *vfp.Rule) []string { return strings.Split(r.FriendlyName, "_") }

// conditionKey renders the conditions of the given kinds, "" when the rule
// has none of them.
func conditionKey(r *vfp.Rule, kinds ...vfp.ConditionKind) string {
	var parts []string
	for _, k := range kinds {
		for c := range condOf(r, k) {
			var vals []string
			for _, ip := range c.IPs {
				vals = append(vals, ip.Low.String()+"-"+ip.High.String())
			}
			for _, n := range c.Ranges {
				vals = append(vals, u64(uint64(n.Low))+"-"+u64(uint64(n.High)))
			}
			for _, pr := range c.Protocols {
				vals = append(vals, "proto "+u64(uint64(pr)))
			}
			vals = append(vals, c.MACs...)
			vals = append(vals, c.Values...)
			parts = append(parts, strings.Join(vals, ","))
		}
	}
	return strings.Join(parts, " ")
}

func containsFold(s, frag string) bool {
	return strings.Contains(strings.ToUpper(s), strings.ToUpper(frag))
}
