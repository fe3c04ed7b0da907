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

// Rule classes for service checks, decided once per rule from its layer,
// group, type and name.
const (
	clsDSR      = 1 << iota // LB_DSR layer and group
	clsLBNat                // lbnat rule outside the hairpin layer
	clsNATIn                // NAT_ rule in SLB_NAT_LAYER, IN group
	clsAllowOut             // ALLOW_NAT_ rule in SLB_NAT_LAYER, OUT group
	clsHairpin              // HairPin_ rule in the hairpin layer
)

type indexedRule struct {
	analyzer.RuleRef
	class  int
	byName bool // keyed by friendly-name fields, not by conditions
}

// keyIndex maps each service key to the rules serving it, over all ports,
// so that checks of nodes with thousands of services stay linear. Rules
// with a destination-IP condition are keyed by their conditions (exact
// single address, port and protocol); others by the VIP, port and protocol
// fields of their friendly names ("..._<ip>_<port>_..._<proto>").
type keyIndex map[lbKey][]indexedRule

// indexOf returns the snapshot's index, built on first use.
func indexOf(s *analyzer.Snapshot) keyIndex {
	return s.Memo("rules/service-key-index", func() any { return buildKeyIndex(s.Ports) }).(keyIndex)
}

// buildKeyIndex indexes the two halves of the ports concurrently: nodes
// with thousands of services hold hundreds of thousands of rules, while the
// number of distinct keys stays small, so merging the halves is cheap. The
// second half is appended after the first, which keeps each key's rules in
// port order.
func buildKeyIndex(ports []*analyzer.Port) keyIndex {
	if len(ports) < 64 {
		return buildKeyIndexSerial(ports)
	}
	half := len(ports) / 2
	done := make(chan keyIndex)
	go func() { done <- buildKeyIndexSerial(ports[half:]) }()
	ix := buildKeyIndexSerial(ports[:half])
	for k, rs := range <-done {
		ix[k] = append(ix[k], rs...)
	}
	return ix
}

func buildKeyIndexSerial(ports []*analyzer.Port) keyIndex {
	rules := 0
	for _, p := range ports {
		for _, l := range p.Layers {
			for _, g := range l.Groups {
				rules += len(g.Rules)
			}
		}
	}
	// Most services have one rule per pod port plus a few host rules.
	ix := make(keyIndex, rules/max(len(ports), 1)+16)
	for _, p := range ports {
		for _, l := range p.Layers {
			for _, g := range l.Groups {
				gc := groupClass(l.Name, g.Name)
				for _, r := range g.Rules {
					ref := analyzer.RuleRef{Port: p, Layer: l, Group: g, Rule: r}
					cls := ruleClass(gc, r)
					if hasDestIP(r) {
						eachCondKey(r, func(k lbKey) { ix[k] = append(ix[k], indexedRule{ref, cls, false}) })
						continue
					}
					for _, k := range nameKeys(r) {
						ix[k] = append(ix[k], indexedRule{ref, cls, true})
					}
				}
			}
		}
	}
	return ix
}

// groupClass holds the classes a rule may have given where it sits.
func groupClass(layer, group string) int {
	l, g := strings.ToUpper(layer), strings.ToUpper(group)
	cls := 0
	if strings.Contains(l, "LB_DSR") && strings.Contains(g, "LB_DSR") {
		cls |= clsDSR
	}
	if strings.Contains(l, "LB") && !strings.Contains(l, "HAIRPIN") {
		cls |= clsLBNat
	}
	if strings.Contains(l, "SLB_NAT") && strings.Contains(g, "IN") {
		cls |= clsNATIn
	}
	if strings.Contains(l, "SLB_NAT") && strings.Contains(g, "OUT") {
		cls |= clsAllowOut
	}
	if strings.Contains(l, "HAIRPIN") {
		cls |= clsHairpin
	}
	return cls
}

func ruleClass(gc int, r *vfp.Rule) int {
	first, _, _ := strings.Cut(r.FriendlyName, "_")
	cls := gc & clsDSR
	if gc&clsLBNat != 0 && (strings.EqualFold(r.Type, "lbnat") || r.Type == "") {
		cls |= clsLBNat
	}
	if gc&clsNATIn != 0 && strings.EqualFold(first, "NAT") {
		cls |= clsNATIn
	}
	if gc&clsAllowOut != 0 && strings.EqualFold(first, "ALLOW") {
		cls |= clsAllowOut
	}
	if gc&clsHairpin != 0 && strings.EqualFold(first, "HairPin") {
		cls |= clsHairpin
	}
	return cls
}

// ports returns the ports holding a rule of class cls for k, reusing dst
// (cleared first) so that checking thousands of services does not
// allocate a map per service.
func (ix keyIndex) ports(dst map[*analyzer.Port]bool, k lbKey, cls int) map[*analyzer.Port]bool {
	if dst == nil {
		dst = map[*analyzer.Port]bool{}
	}
	clear(dst)
	for _, r := range ix[k] {
		if r.class&cls != 0 {
			dst[r.Port] = true
		}
	}
	return dst
}

// eachCondKey calls fn for every single-valued (address, port, protocol)
// combination of the rule's destination conditions.
func eachCondKey(r *vfp.Rule, fn func(lbKey)) {
	var ipBuf [4]netip.Addr
	var portBuf, protoBuf [4]int64
	ips, ports, protos := ipBuf[:0], portBuf[:0], protoBuf[:0]
	for _, c := range r.Conditions {
		switch c.Kind {
		case vfp.CondDestinationIP:
			for _, ip := range c.IPs {
				if ip.Low == ip.High {
					ips = append(ips, ip.Low)
				}
			}
		case vfp.CondDestinationPort:
			for _, pr := range c.Ranges {
				if pr.Low == pr.High {
					ports = append(ports, int64(pr.Low))
				}
			}
		case vfp.CondProtocol:
			for _, p := range c.Protocols {
				protos = append(protos, int64(p))
			}
		}
	}
	for _, ip := range ips {
		for _, port := range ports {
			for _, proto := range protos {
				fn(lbKey{ip, port, proto})
			}
		}
	}
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

func hasDestIP(r *vfp.Rule) bool {
	for _, c := range r.Conditions {
		if c.Kind == vfp.CondDestinationIP {
			return true
		}
	}
	return false
}
