package rules

import (
	"net/netip"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/vfp"
)

// lbKey identifies service traffic: destination address, port, protocol.
type lbKey struct {
	vip   netip.Addr
	port  int64
	proto int64
}

// ruleIndex finds the rules of a port that serve an lbKey without scanning
// every rule: a node with thousands of services has thousands of rules per
// port. byCond holds rules whose conditions name exactly one address, port
// and protocol; byName holds rules without a destination condition, keyed
// by the VIP, port and protocol fields of their friendly names.
type ruleIndex struct {
	byCond map[lbKey][]analyzer.RuleRef
	byName map[lbKey][]analyzer.RuleRef
}

type portIndexes map[*analyzer.Port]*ruleIndex

func (pi portIndexes) of(p *analyzer.Port) *ruleIndex {
	if idx, ok := pi[p]; ok {
		return idx
	}
	idx := &ruleIndex{byCond: map[lbKey][]analyzer.RuleRef{}, byName: map[lbKey][]analyzer.RuleRef{}}
	for _, r := range p.Rules("", "") {
		if len(condOf(r.Rule, vfp.CondDestinationIP)) > 0 {
			for _, k := range condKeys(r.Rule) {
				idx.byCond[k] = append(idx.byCond[k], r)
			}
			continue
		}
		for _, k := range nameKeys(r.Rule) {
			idx.byName[k] = append(idx.byName[k], r)
		}
	}
	pi[p] = idx
	return idx
}

func condKeys(r *vfp.Rule) []lbKey {
	var out []lbKey
	for _, ci := range condOf(r, vfp.CondDestinationIP) {
		for _, ip := range ci.IPs {
			if ip.Low != ip.High {
				continue
			}
			for _, cp := range condOf(r, vfp.CondDestinationPort) {
				for _, pr := range cp.Ranges {
					if pr.Low != pr.High {
						continue
					}
					for _, cpr := range condOf(r, vfp.CondProtocol) {
						for _, proto := range cpr.Protocols {
							out = append(out, lbKey{ip.Low, int64(pr.Low), int64(proto)})
						}
					}
				}
			}
		}
	}
	return out
}

// nameKeys reads "..._<ip>_<port>_..._<proto>" friendly names.
func nameKeys(r *vfp.Rule) []lbKey {
	f := nameFields(r)
	if len(f) < 4 {
		return nil
	}
	proto, err := strconv.ParseInt(f[len(f)-1], 10, 64)
	if err != nil {
		return nil
	}
	var out []lbKey
	for i := 0; i+1 < len(f)-1; i++ {
		ip, err1 := netip.ParseAddr(f[i])
		port, err2 := strconv.ParseInt(f[i+1], 10, 64)
		if err1 == nil && err2 == nil {
			out = append(out, lbKey{ip, port, proto})
		}
	}
	return out
}

// find returns the rules serving k in layers and groups whose names contain
// the given fragments.
func (idx *ruleIndex) find(k lbKey, layer, group string) []analyzer.RuleRef {
	var out []analyzer.RuleRef
	for _, list := range [][]analyzer.RuleRef{idx.byCond[k], idx.byName[k]} {
		for _, r := range list {
			if containsFold(r.Layer.Name, layer) && containsFold(r.Group.Name, group) {
				out = append(out, r)
			}
		}
	}
	return out
}

// findNamed reports a rule whose name starts with first (NAT_, ALLOW_NAT_,
// HairPin_ rules carry the VIP in their names, not in a destination
// condition).
func (idx *ruleIndex) findNamed(k lbKey, layer, group, first string) bool {
	for _, r := range idx.byName[k] {
		f := nameFields(r.Rule)
		if containsFold(r.Layer.Name, layer) && containsFold(r.Group.Name, group) && strings.EqualFold(f[0], first) {
			return true
		}
	}
	return false
}
