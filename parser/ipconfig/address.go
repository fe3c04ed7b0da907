package ipconfig

import (
	"net"
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// splitAddress reads "fe80::1%14(Preferred)": the address without its
// zone, the state word in English (or as printed when unknown) and the
// zone.
func splitAddress(value string) (ip netip.Addr, state, zone string) {
	v := strings.TrimSpace(value)
	if i := strings.IndexByte(v, '('); i >= 0 && strings.HasSuffix(v, ")") {
		word := strings.ToLower(strings.TrimSpace(v[i+1 : len(v)-1]))
		state = addressStates[word]
		if state == "" {
			state = word
		}
		v = strings.TrimSpace(v[:i])
	}
	ip, err := netip.ParseAddr(v)
	if err != nil {
		return netip.Addr{}, state, ""
	}
	return ip.WithZone(""), state, ip.Zone()
}

var addressKinds = map[string]string{
	keyIPv4:          "ipv4",
	keyAutoconfIPv4:  "autoconfig-ipv4",
	keyIPv6:          "ipv6",
	keyTempIPv6:      "temporary-ipv6",
	keyLinkLocalIPv6: "link-local-ipv6",
}

func (st *state) addAddress(l pstext.Line, key, value string) {
	if value == "" {
		return
	}
	ip, state, zone := splitAddress(value)
	if !ip.IsValid() {
		st.ps.Add(l.Num, parser.LevelWarning, "address %q is not an IP address", value)
		return
	}
	a := st.adapter
	a.Addresses = append(a.Addresses, Address{IP: ip, Kind: addressKinds[key], State: state, Line: l.Num})
	if idx, ok := pstext.Int(zone); ok && zone != "" {
		if a.IfIndex != 0 && a.IfIndex != idx {
			st.ps.Add(l.Num, parser.LevelWarning, "adapter %q has scope %%%d after %%%d", a.Name, idx, a.IfIndex)
			return
		}
		a.IfIndex, a.IfIndexFrom = idx, "scope"
	}
}

func (st *state) lastIPv4WithoutPrefix() *Address {
	a := st.adapter
	for i := len(a.Addresses) - 1; i >= 0; i-- {
		if a.Addresses[i].IP.Is4() {
			if a.Addresses[i].Prefix.IsValid() {
				return nil
			}
			return &a.Addresses[i]
		}
	}
	return nil
}

// setMask gives the subnet mask to the IPv4 address printed before it.
func (st *state) setMask(l pstext.Line, value string) {
	mask, err := netip.ParseAddr(value)
	bits, ok := maskBits(mask)
	if err != nil || !ok {
		if value != "" {
			st.ps.Add(l.Num, parser.LevelWarning, "subnet mask %q is not a contiguous IPv4 mask", value)
		}
		return
	}
	ad := st.lastIPv4WithoutPrefix()
	if ad == nil {
		st.ps.Add(l.Num, parser.LevelInfo, "subnet mask %s without an IPv4 address before it", value)
		return
	}
	ad.Prefix = netip.PrefixFrom(ad.IP, bits).Masked()
}

func (st *state) appendAddr(l pstext.Line, list []netip.Addr, value string) []netip.Addr {
	if value == "" {
		return list
	}
	ip, err := netip.ParseAddr(value)
	if err != nil {
		st.ps.Add(l.Num, parser.LevelWarning, "%q is not an IP address", value)
		return list
	}
	return append(list, ip)
}

// isMask reports whether ip is a contiguous IPv4 netmask.
func isMask(ip netip.Addr) bool {
	_, ok := maskBits(ip)
	return ok
}

// maskBits is the prefix length of a contiguous IPv4 netmask.
func maskBits(ip netip.Addr) (int, bool) {
	if !ip.Is4() {
		return 0, false
	}
	b := ip.As4()
	bits, size := net.IPMask(b[:]).Size()
	return bits, size != 0
}
