package rules

import (
	"hash/maphash"
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

// indexedRule locates one rule by its indexes in the snapshot's ports. It
// holds no pointers: nodes with thousands of services index hundreds of
// thousands of rules, and pointer-free entries cost the allocator and the
// garbage collector nothing to scan.
type indexedRule struct {
	port   int32
	layer  uint16
	group  uint16
	rule   int32
	class  uint8
	byName bool // keyed by friendly-name fields, not by conditions
	// ndips and dipSum fingerprint the rule's DIP list (count, and sum of
	// the hashes of its IPs) so that comparing it with a load balancer's
	// backends does not reach into the rule's memory again.
	ndips  uint16
	dipSum uint64
}

// keyIndex maps each service key to the rules serving it, over all ports,
// so that checks of nodes with thousands of services stay linear. Rules
// with a destination-IP condition are keyed by their conditions (exact
// single address, port and protocol); others by the VIP, port and protocol
// fields of their friendly names ("..._<ip>_<port>_..._<proto>"). Only
// rules of a service class are indexed. The entries of one key are stored
// contiguously, in port order.
type keyIndex struct {
	keySlots
	seed    maphash.Seed
	ports   []*analyzer.Port
	start   []int32 // entries of slot i are entries[start[i]:start[i+1]]
	entries []indexedRule
}

// keySlots numbers keys in the order they are first met.
type keySlots struct {
	slots map[lbKey]int32
	keys  []lbKey // by slot
}

// indexOf returns the snapshot's index, built on first use.
func indexOf(s *analyzer.Snapshot) *keyIndex {
	return s.Memo("rules/service-key-index", func() any { return buildKeyIndex(s.Ports) }).(*keyIndex)
}

// rules lists the rules indexed under k.
func (ix *keyIndex) rules(k lbKey) []indexedRule {
	slot, ok := ix.slots[k]
	if !ok {
		return nil
	}
	return ix.entries[ix.start[slot]:ix.start[slot+1]]
}

// ref resolves an entry to the rule it stands for.
func (ix *keyIndex) ref(r indexedRule) analyzer.RuleRef {
	p := ix.ports[r.port]
	l := p.Layers[r.layer]
	g := l.Groups[r.group]
	return analyzer.RuleRef{Port: p, Layer: l, Group: g, Rule: g.Rules[r.rule]}
}

// pendingEntry is an entry waiting for the grouping of entries by key.
type pendingEntry struct {
	slot  int32
	entry indexedRule
}

// partialIndex holds the (key, rule) pairs of a run of ports, with slots
// numbered locally.
type partialIndex struct {
	keySlots
	pending []pendingEntry
}

// buildKeyIndex collects (key, rule) pairs of two runs of ports
// concurrently, each run holding about half of the service rules, then
// groups them by key with a counting sort. That keeps each key's rules in
// port order without growing a slice per key.
func buildKeyIndex(ports []*analyzer.Port) *keyIndex {
	counts := make([]int, len(ports))
	total := 0
	for i, p := range ports {
		counts[i] = serviceRuleCount(p)
		total += counts[i]
	}
	split, acc := 0, 0
	for split < len(ports) && acc < total/2 {
		acc += counts[split]
		split++
	}
	seed := maphash.MakeSeed()
	done := make(chan *partialIndex)
	go func() { done <- collectKeys(seed, ports, split, len(ports), total-acc) }()
	parts := []*partialIndex{collectKeys(seed, ports, 0, split, acc), <-done}

	ix := &keyIndex{keySlots: parts[0].keySlots, seed: seed, ports: ports}
	remaps := make([][]int32, len(parts))
	for i, part := range parts {
		remaps[i] = make([]int32, len(part.keys))
		for slot, k := range part.keys {
			remaps[i][slot] = ix.slotOf(k)
		}
	}
	ix.group(parts, remaps)
	return ix
}

// collectKeys gathers the pairs of ports[from:to]; capacity is sized for
// one key per rule, the usual case, so the slice of hundreds of thousands
// of entries is not copied as it grows.
func collectKeys(seed maphash.Seed, ports []*analyzer.Port, from, to, capacity int) *partialIndex {
	part := &partialIndex{keySlots: keySlots{slots: map[lbKey]int32{}}, pending: make([]pendingEntry, 0, capacity)}
	var keyBuf []lbKey
	for pi := from; pi < to; pi++ {
		for li, l := range ports[pi].Layers {
			for gi, g := range l.Groups {
				gc := groupClass(l.Name, g.Name)
				if gc == 0 {
					continue
				}
				for ri, r := range g.Rules {
					cls := ruleClass(gc, r)
					if cls == 0 {
						continue
					}
					e := indexedRule{port: int32(pi), layer: uint16(li), group: uint16(gi), rule: int32(ri), class: uint8(cls)}
					if cls&(clsLBNat|clsDSR) != 0 && len(r.DIPRanges) > 0 {
						e.ndips, e.dipSum = dipFingerprint(seed, r.DIPRanges)
					}
					if hasDestIP(r) {
						keyBuf = appendCondKeys(keyBuf[:0], r)
					} else {
						keyBuf, e.byName = appendNameKeys(keyBuf[:0], r), true
					}
					for _, k := range keyBuf {
						part.pending = append(part.pending, pendingEntry{part.slotOf(k), e})
					}
				}
			}
		}
	}
	return part
}

// dipFingerprint returns the count and the order-independent hash sum of
// the DIP IPs; lists longer than a uint16 get count 0xFFFF, which no
// comparison takes as equal.
func dipFingerprint(seed maphash.Seed, dips []vfp.DIPRange) (uint16, uint64) {
	var sum uint64
	for _, d := range dips {
		sum += maphash.String(seed, d.IP)
	}
	return uint16(min(len(dips), 0xFFFF)), sum
}

// setFingerprint is dipFingerprint of a set of IPs.
func (ix *keyIndex) setFingerprint(ips map[string]bool) (int, uint64) {
	var sum uint64
	for ip := range ips {
		sum += maphash.String(ix.seed, ip)
	}
	return len(ips), sum
}

func serviceRuleCount(p *analyzer.Port) int {
	n := 0
	for _, l := range p.Layers {
		for _, g := range l.Groups {
			if groupClass(l.Name, g.Name) != 0 {
				n += len(g.Rules)
			}
		}
	}
	return n
}

func (ks *keySlots) slotOf(k lbKey) int32 {
	slot, ok := ks.slots[k]
	if !ok {
		slot = int32(len(ks.keys))
		ks.slots[k] = slot
		ks.keys = append(ks.keys, k)
	}
	return slot
}

// group lays the parts' entries out by key, in part order.
func (ix *keyIndex) group(parts []*partialIndex, remaps [][]int32) {
	ix.start = make([]int32, len(ix.keys)+1)
	n := 0
	for i, part := range parts {
		for _, p := range part.pending {
			ix.start[remaps[i][p.slot]+1]++
		}
		n += len(part.pending)
	}
	for i := 1; i < len(ix.start); i++ {
		ix.start[i] += ix.start[i-1]
	}
	next := make([]int32, len(ix.keys))
	copy(next, ix.start)
	ix.entries = make([]indexedRule, n)
	for i, part := range parts {
		for _, p := range part.pending {
			slot := remaps[i][p.slot]
			ix.entries[next[slot]] = p.entry
			next[slot]++
		}
	}
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

// portsWith returns the ports holding a rule of class cls for k, reusing
// dst (cleared first) so that checking thousands of services does not
// allocate a map per service.
func (ix *keyIndex) portsWith(dst map[*analyzer.Port]bool, k lbKey, cls int) map[*analyzer.Port]bool {
	if dst == nil {
		dst = map[*analyzer.Port]bool{}
	}
	clear(dst)
	for _, r := range ix.rules(k) {
		if int(r.class)&cls != 0 {
			dst[ix.ports[r.port]] = true
		}
	}
	return dst
}

// appendCondKeys appends every single-valued (address, port, protocol)
// combination of the rule's destination conditions.
func appendCondKeys(dst []lbKey, r *vfp.Rule) []lbKey {
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
				dst = append(dst, lbKey{ip, port, proto})
			}
		}
	}
	return dst
}

// appendNameKeys appends the keys of "..._<ip>_<port>_..._<proto>"
// friendly names.
func appendNameKeys(dst []lbKey, r *vfp.Rule) []lbKey {
	f := nameFields(r)
	if len(f) < 4 {
		return dst
	}
	proto, err := strconv.ParseInt(f[len(f)-1], 10, 64)
	if err != nil {
		return dst
	}
	for i := 0; i+1 < len(f)-1; i++ {
		ip, err1 := netip.ParseAddr(f[i])
		port, err2 := strconv.ParseInt(f[i+1], 10, 64)
		if err1 == nil && err2 == nil {
			dst = append(dst, lbKey{ip, port, proto})
		}
	}
	return dst
}

func hasDestIP(r *vfp.Rule) bool {
	for _, c := range r.Conditions {
		if c.Kind == vfp.CondDestinationIP {
			return true
		}
	}
	return false
}
