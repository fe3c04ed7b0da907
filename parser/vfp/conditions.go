package vfp

import (
	"net/netip"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// ConditionKind says how a condition's values were read. It is a small
// integer because a large dump holds millions of conditions; it prints and
// marshals as its name.
type ConditionKind uint8

// Condition kinds.
const (
	CondOther ConditionKind = iota
	CondProtocol
	CondSourceIP
	CondDestinationIP
	CondSourcePort
	CondDestinationPort
	CondSourceMAC
	CondDestinationMAC
	CondVLAN
)

var conditionKindNames = [...]string{"other", "protocol", "sourceIP", "destinationIP", "sourcePort",
	"destinationPort", "sourceMAC", "destinationMAC", "vlan"}

func (k ConditionKind) String() string {
	if int(k) < len(conditionKindNames) {
		return conditionKindNames[k]
	}
	return "unknown"
}

// MarshalText writes the kind's name.
func (k ConditionKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Condition is one "<label> : <value>" line of a Conditions: block.
type Condition struct {
	// Offset is the distance in lines from the owner's ConditionsLine (the
	// "Conditions:" line); identical blocks share one slice, so the absolute
	// line lives with the rule or group. Offsets stop at 255.
	Offset int32         `json:"offset"`
	Kind   ConditionKind `json:"kind"`
	Label  string        `json:"label"`
	// IPs holds addresses and ranges (a single address has Low == High).
	IPs []IPRange `json:"ips,omitempty"`
	// Ranges holds ports and VLAN IDs (a single value has Low == High).
	Ranges    []NumRange `json:"ranges,omitempty"`
	Protocols []uint16   `json:"protocols,omitempty"`
	// MACs are normalised: lower-case hex without separators.
	MACs []string `json:"macs,omitempty"`
	// Values holds the items that could not be read as the kind says, and
	// every item of a label that is not known.
	Values []string `json:"values,omitempty"`
}

// IPRange is an inclusive address range.
type IPRange struct {
	Low  netip.Addr `json:"low"`
	High netip.Addr `json:"high"`
}

// Contains reports whether a is in the range.
func (r IPRange) Contains(a netip.Addr) bool {
	return a.BitLen() == r.Low.BitLen() && r.Low.Compare(a) <= 0 && a.Compare(r.High) <= 0
}

// NumRange is an inclusive range of ports or VLAN IDs.
type NumRange struct {
	Low  uint32 `json:"low"`
	High uint32 `json:"high"`
}

var protocolNumbers = map[string]uint16{
	"icmp": 1, "igmp": 2, "tcp": 6, "udp": 17, "gre": 47, "esp": 50, "ah": 51,
	"icmpv6": 58, "ipv6-icmp": 58, "sctp": 132,
}

func conditionKind(label string) ConditionKind {
	k := normKey(label)
	src := strings.HasPrefix(k, "source") || strings.HasPrefix(k, "src")
	dst := strings.HasPrefix(k, "destination") || strings.HasPrefix(k, "dest") || strings.HasPrefix(k, "dst")
	switch {
	case strings.HasPrefix(k, "protocol"):
		return CondProtocol
	case strings.Contains(k, "vlan"):
		return CondVLAN
	case strings.Contains(k, "mac"):
		return pick(src, dst, CondSourceMAC, CondDestinationMAC)
	case strings.Contains(k, "port"):
		return pick(src, dst, CondSourcePort, CondDestinationPort)
	case strings.Contains(k, "ip") || strings.Contains(k, "address") || strings.Contains(k, "prefix"):
		return pick(src, dst, CondSourceIP, CondDestinationIP)
	}
	return CondOther
}

func pick(src, dst bool, s, d ConditionKind) ConditionKind {
	switch {
	case src:
		return s
	case dst:
		return d
	}
	return CondOther
}

// parseCondition reads one condition; ok is false when some item could not
// be read as its kind (it is then kept in Values).
// Typed values go to arena when it is not nil.
func parseCondition(offset int32, label, value string, arena *condArena) (Condition, bool) {
	c := Condition{Offset: offset, Label: label, Kind: conditionKind(label)}
	if arena != nil {
		arena.open(&c)
	}
	ok := c.addItems(value)
	if arena != nil {
		arena.close(&c)
	}
	return c, ok
}

func (c *Condition) addItems(value string) bool {
	ok := true
	for rest := value; rest != ""; {
		var item string
		item, rest = nextItem(rest)
		if item == "" {
			continue
		}
		if !c.addItem(item) {
			c.Values = append(c.Values, item)
			ok = ok && c.Kind == CondOther
		}
	}
	return ok
}

// nextItem cuts the first item of a list separated by commas, semicolons
// or blanks.
func nextItem(s string) (item, rest string) {
	i := strings.IndexAny(s, ",; \t")
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i+1:]
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func (c *Condition) addItem(item string) bool {
	switch c.Kind {
	case CondProtocol:
		if isDigits(item) {
			n, err := strconv.ParseUint(item, 10, 8)
			if err != nil {
				return false
			}
			c.Protocols = append(c.Protocols, uint16(n))
			return true
		}
		if n, ok := protocolNumbers[strings.ToLower(item)]; ok {
			c.Protocols = append(c.Protocols, n)
			return true
		}
	case CondSourceIP, CondDestinationIP:
		if r, ok := parseIPRange(item); ok {
			c.IPs = append(c.IPs, r)
			return true
		}
	case CondSourcePort, CondDestinationPort, CondVLAN:
		if r, ok := parseNumRange(item); ok {
			c.Ranges = append(c.Ranges, r)
			return true
		}
	case CondSourceMAC, CondDestinationMAC:
		if m, ok := parser.CompactMAC(item); ok {
			c.MACs = append(c.MACs, m)
			return true
		}
	}
	return false
}

// parseIPRange reads "a", "a-b", "a/len" and the underscore spelling
// "10_244_3_0-10_244_3_255" used in some rule names and conditions.
func parseIPRange(s string) (IPRange, bool) {
	if strings.IndexByte(s, '_') >= 0 && strings.IndexByte(s, ':') < 0 {
		s = strings.ReplaceAll(s, "_", ".")
	}
	if lo, hi, found := strings.Cut(s, "-"); found {
		a, err1 := netip.ParseAddr(lo)
		b, err2 := netip.ParseAddr(hi)
		if err1 != nil || err2 != nil || a.BitLen() != b.BitLen() || b.Less(a) {
			return IPRange{}, false
		}
		return IPRange{a, b}, true
	}
	if strings.IndexByte(s, '/') >= 0 {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return IPRange{}, false
		}
		return prefixRange(p.Masked()), true
	}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return IPRange{}, false
	}
	return IPRange{a, a}, true
}

func prefixRange(p netip.Prefix) IPRange {
	lo := p.Addr()
	b := lo.AsSlice()
	for i := p.Bits(); i < len(b)*8; i++ {
		b[i/8] |= 0x80 >> (i % 8)
	}
	hi, _ := netip.AddrFromSlice(b)
	return IPRange{lo, hi}
}

func parseNumRange(s string) (NumRange, bool) {
	lo, hi, found := strings.Cut(s, "-")
	a, err := strconv.ParseUint(lo, 10, 32)
	if err != nil {
		return NumRange{}, false
	}
	if !found {
		return NumRange{uint32(a), uint32(a)}, true
	}
	b, err := strconv.ParseUint(hi, 10, 32)
	if err != nil || b < a {
		return NumRange{}, false
	}
	return NumRange{uint32(a), uint32(b)}, true
}
